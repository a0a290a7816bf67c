// Decodes that are not trust even though no verify call takes the same expression: an OIDC id_token
// from the provider's token endpoint, and a helper that decodes a token its every caller verifies.
import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { variableOf } from '../../ast/scope.ts';
import { unwrap } from '../../ast/syntax.ts';
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
