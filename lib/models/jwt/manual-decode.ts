// A JWT payload decoded by hand: `JSON.parse(atob(token.split('.')[1]))`,
// `JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString())` and the like. Like a library
// `decode`, it checks nothing.
import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { isKnown, memberKey, staticValue, variableBindings } from '../../values/index.ts';
import { asSourceCode, isGlobalName, variableOf, type AnySourceCode } from '../../ast/scope.ts';
import { unwrap } from '../../ast/syntax.ts';

type Node = TSESTree.Node;

const MAX_DEPTH = 8;

/** The token whose payload segment `JSON.parse(...)` decodes, if the call is such a decode. */
export function manuallyDecodedToken(call: TSESTree.CallExpression, sourceCode: AnySourceCode): Node | undefined {
  const code = asSourceCode(sourceCode);
  const callee = unwrap(call.callee);
  const [argument] = call.arguments;
  if (callee.type !== 'MemberExpression' || memberKey(callee, code) !== 'parse' || !isGlobalName(code, unwrap(callee.object), 'JSON')) return undefined;
  return argument && argument.type !== 'SpreadElement' ? payloadOf(unwrap(argument), code, 0) : undefined;
}

/** Through the decoding calls (`atob`, `Buffer.from`, `.toString()`, `decodeURIComponent`…) down to `token.split('.')[1]`. */
function payloadOf(node: Node, code: SourceCode, depth: number): Node | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const next = (child: Node | undefined): Node | undefined => (child && child.type !== 'SpreadElement' ? payloadOf(unwrap(child), code, depth + 1) : undefined);
  switch (node.type) {
    case 'MemberExpression': {
      // `token.split('.')[1]`
      const object = unwrap(node.object);
      const index = node.computed ? staticValue(node.property, code) : undefined;
      if (!index || !isKnown(index) || index.value !== 1 || object.type !== 'CallExpression') return undefined;
      const split = unwrap(object.callee);
      const [separator] = object.arguments;
      const dot = separator && staticValue(separator, code);
      return split.type === 'MemberExpression' && memberKey(split, code) === 'split' && dot && isKnown(dot) && dot.value === '.' ? unwrap(split.object) : undefined;
    }
    case 'CallExpression': {
      const callee = unwrap(node.callee);
      // `.toString()`, `.replace(/-/g, '+')`: the decoded text of their receiver.
      if (callee.type === 'MemberExpression' && ['toString', 'replace', 'replaceAll', 'decode'].includes(memberKey(callee, code) ?? '')) {
        return memberKey(callee, code) === 'decode' ? next(node.arguments[0]) : next(callee.object);
      }
      // `atob(x)`, `Buffer.from(x, 'base64')`, `decodeURIComponent(x)`, `base64UrlDecode(x)`.
      return next(node.arguments[0]);
    }
    case 'Identifier': {
      const variable = variableOf(code, node);
      const bindings = variable ? variableBindings(variable, code) : undefined;
      const binding = bindings?.list.length === 1 && bindings.list[0]!.path.length === 0 ? bindings.list[0]! : undefined;
      if (binding) return next(binding.rhs);
      // `const [, payload] = token.split('.')`
      const split = bindings?.list.length === 1 && bindings.list[0]!.path.length === 1 && bindings.list[0]!.path[0]!.key === '1' ? unwrap(bindings.list[0]!.rhs) : undefined;
      if (split?.type !== 'CallExpression') return undefined;
      const method = unwrap(split.callee);
      const [separator] = split.arguments;
      const dot = separator && staticValue(separator, code);
      return method.type === 'MemberExpression' && memberKey(method, code) === 'split' && dot && isKnown(dot) && dot.value === '.' ? unwrap(method.object) : undefined;
    }
    default:
      return undefined;
  }
}
