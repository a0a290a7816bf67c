// Whether two expressions hold the same token: the same variable, or the same read of the request
// (`req.headers.authorization`), spelled the same way. Used to accept decode-then-verify and
// verify-then-decode of one token.
import type { TSESTree } from '@typescript-eslint/utils';
import { variableBindings } from '../../values/index.ts';
import { asSourceCode, variableOf, type AnySourceCode } from '../../ast/scope.ts';
import { unwrap } from '../../ast/syntax.ts';

/** Identities of the token `node` holds: its variable (and what a single binding gave it) or the text of the read. */
export function tokenKeys(node: TSESTree.Node, sourceCode: AnySourceCode): ReadonlySet<unknown> {
  const code = asSourceCode(sourceCode);
  const keys = new Set<unknown>();
  let current = unwrap(node);
  for (let depth = 0; depth < 4; depth++) {
    // Two variables called `token` in different functions are different tokens: names are not identities.
    const variable = current.type === 'Identifier' ? variableOf(code, current) : undefined;
    keys.add(variable ?? normalise(code.getText(current)));
    if (!variable) break;
    const bindings = variableBindings(variable, code);
    const binding = bindings?.list.length === 1 && bindings.list[0]!.path.length === 0 ? bindings.list[0]! : undefined;
    if (!binding) break;
    current = unwrap(binding.rhs);
  }
  return keys;
}

export function sameToken(a: ReadonlySet<unknown>, b: ReadonlySet<unknown>): boolean {
  for (const key of a) if (b.has(key)) return true;
  return false;
}

function normalise(text: string): string {
  return text.replaceAll(/\s+/g, '').replaceAll('?.', '.').replaceAll('"', "'");
}
