import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import type { CookieApi } from '../../frameworks/cookie-api.ts';
import { localFunction, type FunctionNode } from '../../ast/local-functions.ts';
import { isObjectAssign, calledFunction } from '../../values/index.ts';
import { unwrap } from '../../ast/syntax.ts';
import { callCandidate, objectCandidates } from './find.ts';
import type { ObjectCandidate } from './types.ts';

type Node = TSESTree.Node;

/** A cookie call inside a function whose options (and maybe name and value) are the function's own parameters. */
interface WrappedCall {
  readonly api: CookieApi;
  readonly config: number;
  readonly name: number | undefined;
  readonly value: number | undefined;
}

const summaries = new WeakMap<FunctionNode, readonly WrappedCall[]>();

/**
 * The cookie calls a call makes through an app's own wrapper (`setAuthCookie(res, token, opts)` around
 * `res.cookie(name, token, opts)`), local or imported: the library call as if written here, its arguments the
 * wrapper's. Only wrappers that pass a parameter through as the options, unchanged, count.
 */
export function wrapperCandidates(call: TSESTree.CallExpression, code: SourceCode): ObjectCandidate[] {
  if (call.arguments.some((argument) => argument.type === 'SpreadElement')) return [];
  // Another module is parsed only for a wrapper named for cookies (`setAuthCookie`): opening the module behind
  // every imported call doubled the lint of a large app. A function of this file is always read.
  if (!namedForCookies(call.callee) && !localFunction(unwrap(call.callee), code)) return [];
  const called = calledFunction(call.callee, code);
  if (!called) return [];
  return wrappedCalls(called.fn, called.code).map(({ api, config, name, value }) =>
    callCandidate({ ...api, config: { argument: config }, name: name === undefined ? undefined : { argument: name }, value: value === undefined ? undefined : { argument: value } }, call, code),
  );
}

function namedForCookies(callee: Node): boolean {
  const bare = unwrap(callee);
  const name = bare.type === 'Identifier' ? bare.name : bare.type === 'MemberExpression' && !bare.computed && bare.property.type === 'Identifier' ? bare.property.name : '';
  return /cookie/i.test(name);
}

function wrappedCalls(fn: FunctionNode, code: SourceCode): readonly WrappedCall[] {
  let found = summaries.get(fn);
  if (found) return found;
  // Set before the walk: a wrapper that calls itself wraps nothing.
  summaries.set(fn, []);
  found = /cookie/i.test(code.text.slice(fn.range[0], fn.range[1])) ? summarise(fn, code) : [];
  summaries.set(fn, found);
  return found;
}

function summarise(fn: FunctionNode, code: SourceCode): WrappedCall[] {
  const params = untouchedParameters(fn, code);
  if (params.size === 0) return [];
  const found: WrappedCall[] = [];
  for (const inner of callsIn(fn, code)) {
    for (const candidate of objectCandidates(inner, code)) {
      const place = candidate.api.config;
      if (!candidate.call || candidate.objectForm || !place || !('argument' in place)) continue;
      const config = parameterIndex(candidate.config, params);
      if (config === undefined) continue;
      const name = candidate.api.name && 'argument' in candidate.api.name ? parameterIndex(inner.arguments[candidate.api.name.argument], params) : undefined;
      const value = candidate.api.value && 'argument' in candidate.api.value ? parameterIndex(inner.arguments[candidate.api.value.argument], params) : undefined;
      found.push({ api: candidate.api, config, name, value });
    }
  }
  return found;
}

/** Parameters (plain names) the function only reads, never writes to or through: a pass-through. */
function untouchedParameters(fn: FunctionNode, code: SourceCode): Map<string, number> {
  const params = new Map<string, number>();
  for (const [index, param] of fn.params.entries()) {
    if (param.type !== 'Identifier') continue;
    const variable = code.getDeclaredVariables(param)[0] ?? code.getDeclaredVariables(fn).find((candidate) => candidate.name === param.name);
    if (!variable) continue;
    const changed = variable.references.some((reference) => {
      if (reference.isWrite()) return true;
      const parent = (reference.identifier as Node).parent;
      if (parent?.type === 'MemberExpression' && parent.object === reference.identifier) return true;
      return parent?.type === 'CallExpression' && parent.arguments[0] === reference.identifier && isObjectAssign(parent.callee, code);
    });
    if (!changed) params.set(param.name, index);
  }
  return params;
}

function parameterIndex(node: Node | undefined, params: ReadonlyMap<string, number>): number | undefined {
  const bare = node && unwrap(node);
  return bare?.type === 'Identifier' ? params.get(bare.name) : undefined;
}

/** The calls in the function's body, nested functions left out (they may never run). */
function callsIn(fn: FunctionNode, code: SourceCode): TSESTree.CallExpression[] {
  const found: TSESTree.CallExpression[] = [];
  const visit = (node: Node): void => {
    if (node.type === 'CallExpression') found.push(node);
    if (node !== fn && (node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression' || node.type === 'ClassBody')) return;
    for (const key of code.visitorKeys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      for (const item of Array.isArray(child) ? child : [child]) if (item && typeof (item as Node).type === 'string') visit(item as Node);
    }
  };
  visit(fn.body);
  return found;
}
