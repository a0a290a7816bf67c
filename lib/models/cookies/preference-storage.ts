import type { TSESTree } from '@typescript-eslint/utils';
import { isKnown, objectShape, staticValue } from '../../values/index.ts';
import type { AnySourceCode } from '../../ast/scope.ts';
import { isPreferenceName } from '../../vocabulary/cookie-purposes.ts';

/**
 * A cookie or cookie-session storage the call names for a preference: `createCookie('theme', …)`,
 * `createCookieSessionStorage({ cookie: { name: 'theme' } })`. Its secret and lifetime guard no session.
 */
export function configuresPreferenceCookie(call: TSESTree.CallExpression | TSESTree.NewExpression, sourceCode: AnySourceCode): boolean {
  return call.arguments.some((argument) => {
    if (argument.type === 'SpreadElement') return false;
    const name = cookieName(argument, sourceCode);
    return name !== undefined && isPreferenceName(name);
  });
}

function cookieName(argument: TSESTree.Node, sourceCode: AnySourceCode): string | undefined {
  const value = staticValue(argument, sourceCode);
  if (isKnown(value) && typeof value.value === 'string') return value.value;
  const shape = objectShape(argument, sourceCode);
  const entry = shape?.get('name') ?? shape?.get('cookie')?.shape()?.get('name');
  const name = entry?.value;
  return name && isKnown(name) && typeof name.value === 'string' ? name.value : undefined;
}

/** A node inside the options object of such a call: `secrets` in `createCookieSessionStorage({ cookie: { name: 'theme', secrets } })`. */
export function inPreferenceCookieConfig(node: TSESTree.Node, sourceCode: AnySourceCode): boolean {
  let current: TSESTree.Node = node;
  while (current.parent && (current.parent.type === 'Property' || current.parent.type === 'ObjectExpression' || current.parent.type === 'ArrayExpression')) current = current.parent;
  const call = current.parent;
  return (call?.type === 'CallExpression' || call?.type === 'NewExpression') && call.arguments.includes(current as TSESTree.CallExpressionArgument) && configuresPreferenceCookie(call, sourceCode);
}
