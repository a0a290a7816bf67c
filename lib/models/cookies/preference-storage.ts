import type { TSESTree } from '@typescript-eslint/utils';
import { isKnown, objectShape, staticValue } from '../../values/index.ts';
import type { AnySourceCode } from '../../ast/scope.ts';
import { isPreferenceName, isSessionDataKey } from '../../vocabulary/cookie-purposes.ts';
import { literalKey, topLevelStatements } from '../../ast/syntax.ts';
import { asSourceCode } from '../../ast/scope.ts';

/**
 * A cookie or cookie-session storage the call names for a preference: `createCookie('theme', …)`,
 * `createCookieSessionStorage({ cookie: { name: 'theme' } })`. Its secret and lifetime guard no session.
 */
export function configuresPreferenceCookie(call: TSESTree.CallExpression | TSESTree.NewExpression, sourceCode: AnySourceCode): boolean {
  const named = call.arguments.some((argument) => {
    if (argument.type === 'SpreadElement') return false;
    const name = cookieName(argument, sourceCode);
    return name !== undefined && isPreferenceName(name);
  });
  return named || declaresNoSessionData(call, sourceCode);
}

/**
 * A session storage whose data type names no user, role or credential:
 * `createCookieSessionStorage<{ clientId: string }>(…)` keeps an anonymous visitor's data, not a login.
 */
export function declaresNoSessionData(call: TSESTree.CallExpression | TSESTree.NewExpression, sourceCode: AnySourceCode): boolean {
  const [data] = call.typeArguments?.params ?? [];
  const keys = data && typeKeys(data, asSourceCode(sourceCode).ast, 0);
  return keys !== undefined && keys.length > 0 && !keys.some(isSessionDataKey);
}

const MAX_TYPE_DEPTH = 4;

/** The property names of an object type the file spells out; undefined for anything else. */
function typeKeys(type: TSESTree.Node, program: TSESTree.Program, depth: number): string[] | undefined {
  if (depth > MAX_TYPE_DEPTH) return undefined;
  switch (type.type) {
    case 'TSTypeLiteral':
      return memberKeys(type.members);
    case 'TSIntersectionType': {
      const parts = type.types.map((part) => typeKeys(part, program, depth + 1));
      return parts.every((part) => part !== undefined) ? parts.flat() : undefined;
    }
    case 'TSTypeReference': {
      if (type.typeName.type !== 'Identifier' || type.typeArguments) return undefined;
      const declaration = localType(type.typeName.name, program);
      if (declaration?.type === 'TSTypeAliasDeclaration') return typeKeys(declaration.typeAnnotation, program, depth + 1);
      return declaration && !declaration.extends?.length ? memberKeys(declaration.body.body) : undefined;
    }
    default:
      return undefined;
  }
}

function memberKeys(members: readonly TSESTree.TypeElement[]): string[] | undefined {
  const keys: string[] = [];
  for (const member of members) {
    const key = member.type === 'TSPropertySignature' && !member.computed ? literalKey(member.key) : undefined;
    if (key === undefined) return undefined;
    keys.push(key);
  }
  return keys;
}

/** A type alias or interface declared at the top of the file, exported or not. */
function localType(name: string, program: TSESTree.Program): TSESTree.TSTypeAliasDeclaration | TSESTree.TSInterfaceDeclaration | undefined {
  for (const statement of topLevelStatements(program)) {
    const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
    if ((declaration?.type === 'TSTypeAliasDeclaration' || declaration?.type === 'TSInterfaceDeclaration') && declaration.id.name === name) return declaration;
  }
  return undefined;
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
