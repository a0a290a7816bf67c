import type { TSESTree } from '@typescript-eslint/utils';
import type { RuleFix, RuleFixer, SourceCode } from '@typescript-eslint/utils/ts-eslint';

/**
 * Removes one property of an object literal or one element of an array literal with its comma, keeping
 * the list's layout (`{ a, b }` → `{ a }`, one property per line stays one per line). Null when a
 * comment sits in the removed text, which would be lost with it.
 */
export function removeListItem(fixer: RuleFixer, sourceCode: Readonly<SourceCode>, item: TSESTree.Node): RuleFix | null {
  // A parenthesised item, `['RS256', ('none')]`, goes with its parentheses.
  let first: TSESTree.Token | TSESTree.Node = item;
  let last: TSESTree.Token | TSESTree.Node = item;
  let before = sourceCode.getTokenBefore(item)!;
  let after = sourceCode.getTokenAfter(item)!;
  while (before.value === '(' && after.value === ')') {
    first = before;
    last = after;
    before = sourceCode.getTokenBefore(before)!;
    after = sourceCode.getTokenAfter(after)!;
  }
  const trailingComma = after.value === ',' ? after : undefined;
  const next = trailingComma ? sourceCode.getTokenAfter(trailingComma)! : after;
  const closes = next.value === '}' || next.value === ']';
  let range: [number, number];
  if (!closes) {
    range = [first.range[0], next.range[0]];
  } else if (before.value === ',') {
    range = trailingComma ? [before.range[1], trailingComma.range[1]] : [before.range[0], last.range[1]];
  } else {
    range = [before.range[1], next.range[0]];
  }
  const comments = sourceCode.getAllComments().some((comment) => comment.range[0] >= range[0] && comment.range[1] <= range[1]);
  return comments ? null : fixer.removeRange(range);
}
