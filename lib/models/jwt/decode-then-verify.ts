// Decodes that are not trust even though no verify call takes the same expression: an OIDC id_token
// from the provider's token endpoint, a JWT that is the body of a response the server fetched, and a
// helper that decodes a token its every caller verifies.
import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { variableOf } from '../../ast/scope.ts';
import { unwrap } from '../../ast/syntax.ts';
import { memberKey } from '../../values/index.ts';
import { isFetch } from '../tokens/outgoing-requests.ts';
import { REQUEST_NAMES } from '../../vocabulary/request-names.ts';

type Node = TSESTree.Node;

/**
 * An OpenID Connect id_token the server got from the provider's token endpoint (`params.id_token`,
 * `tokens.idToken`): OIDC Core 3.1.3.7 lets a client rely on TLS for it. Not one read from a request,
 * which the browser sent.
 */
export function isIdTokenFromProvider(token: Node): boolean {
  let current = unwrap(token);
  if (current.type === 'Identifier') return false;
  if (current.type !== 'MemberExpression') return false;
  const key = current.property.type === 'Identifier' ? current.property.name : current.property.type === 'Literal' ? String(current.property.value) : '';
  if (!/^id_?token$/i.test(key)) return false;
  while (current.type === 'MemberExpression') current = unwrap(current.object);
  return !(current.type === 'Identifier' && (REQUEST_NAMES.includes(current.name) || current.name === 'body'));
}

const STRING_STEPS = new Set(['trim', 'trimStart', 'trimEnd', 'toString']);
const BODY_READERS = new Set(['text', 'json']);
const MAX_STEPS = 8;

/**
 * A JWT that is the body of a response the server fetched (`await response.text()` of a userinfo
 * endpoint answering `application/jwt`): like the id_token, it came straight from the provider over
 * TLS, not from the browser.
 */
export function isFetchedResponseBody(token: Node, code: Readonly<SourceCode>): boolean {
  let node = unwrap(token);
  for (let step = 0; step < MAX_STEPS; step++) {
    if (node.type === 'AwaitExpression') node = unwrap(node.argument);
    else if (node.type === 'Identifier') {
      const init = constantInit(node, code);
      if (!init) return false;
      node = init;
    } else if (node.type === 'CallExpression' && node.callee.type === 'MemberExpression') {
      const method = memberKey(node.callee, code) ?? '';
      if (BODY_READERS.has(method)) return isFetchedResponse(unwrap(node.callee.object), code);
      if (!STRING_STEPS.has(method)) return false;
      node = unwrap(node.callee.object);
    } else return false;
  }
  return false;
}

/** `await fetch(…)`, or a parameter typed with the Fetch API's `Response` (a server receives a `Request`). */
function isFetchedResponse(node: Node, code: Readonly<SourceCode>): boolean {
  const value = node.type === 'AwaitExpression' ? unwrap(node.argument) : node;
  if (value.type === 'CallExpression') return isFetch(unwrap(value.callee), code);
  if (value.type !== 'Identifier') return false;
  const definition = variableOf(code, value)?.defs[0];
  if (definition?.type === 'Parameter') {
    const annotation = value.typeAnnotation?.typeAnnotation ?? (definition.name.type === 'Identifier' ? definition.name.typeAnnotation?.typeAnnotation : undefined);
    return annotation?.type === 'TSTypeReference' && annotation.typeName.type === 'Identifier' && annotation.typeName.name === 'Response';
  }
  const init = constantInit(value, code);
  return init !== undefined && isFetchedResponse(init, code);
}

/** The initialiser of a `const` the identifier refers to. */
function constantInit(id: TSESTree.Identifier, code: Readonly<SourceCode>): Node | undefined {
  const definition = variableOf(code, id)?.defs[0];
  if (definition?.type !== 'Variable' || definition.parent.kind !== 'const' || definition.node.id.type !== 'Identifier') return undefined;
  return definition.node.init ? unwrap(definition.node.init) : undefined;
}

/** When `token` is a parameter of a named function: the argument each call of it in the file passes there. */
export function parameterCallers(token: Node, code: Readonly<SourceCode>): Node[] | undefined {
  const bare = unwrap(token);
  if (bare.type !== 'Identifier') return undefined;
  const definition = variableOf(code, bare)?.defs[0];
  if (definition?.type !== 'Parameter') return undefined;
  const fn = definition.node;
  const index = fn.params.findIndex((param) => param.type === 'Identifier' && param.name === bare.name);
  // The variable that holds the function: `function f` or `const f = …`, not a method's key.
  const binding = fn.type === 'FunctionDeclaration' ? fn.id : fn.parent?.type === 'VariableDeclarator' && fn.parent.id.type === 'Identifier' ? fn.parent.id : undefined;
  const variable = binding && index >= 0 ? variableOf(code, binding) : undefined;
  if (!variable) return undefined;
  const argumentsPassed: Node[] = [];
  for (const reference of variable.references) {
    const call = reference.identifier.parent;
    if (call?.type !== 'CallExpression' || call.callee !== reference.identifier) continue;
    const argument = call.arguments[index];
    if (!argument || argument.type === 'SpreadElement') return undefined;
    argumentsPassed.push(argument);
  }
  return argumentsPassed;
}
