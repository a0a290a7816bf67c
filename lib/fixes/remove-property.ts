import type { TSESTree } from '@typescript-eslint/utils';
import type { RuleFix, RuleFixer, SourceCode } from '@typescript-eslint/utils/ts-eslint';

/** Removes a property from its object literal with the comma that separates it, keeping the layout. */
export function removeProperty(fixer: RuleFixer, sourceCode: Readonly<SourceCode>, property: TSESTree.Property): RuleFix {
  const object = property.parent as TSESTree.ObjectExpression;
  const index = object.properties.indexOf(property);
  const next = object.properties[index + 1];
  if (next) return fixer.removeRange([property.range[0], next.range[0]]);
  const previous = object.properties[index - 1];
  if (previous) return fixer.removeRange([previous.range[1], property.range[1]]);
  // `set('sid', id, { secure: false })` becomes `set('sid', id)` rather than keeping an empty object.
  const call = object.parent;
  if ((call.type === 'CallExpression' || call.type === 'NewExpression') && call.arguments.length > 1 && call.arguments.at(-1) === object) {
    // The argument may be parenthesised, `({ secure: false })`: its parentheses go with it.
    let before = sourceCode.getTokenBefore(object)!;
    let after = sourceCode.getTokenAfter(object)!;
    let end = object.range[1];
    while (before.value === '(' && after.value === ')') {
      end = after.range[1];
      before = sourceCode.getTokenBefore(before)!;
      after = sourceCode.getTokenAfter(after)!;
    }
    if (before.value === ',') return fixer.removeRange([before.range[0], after.value === ',' ? after.range[1] : end]);
  }
  const opening = sourceCode.getFirstToken(object)!;
  const closing = sourceCode.getLastToken(object)!;
  return fixer.replaceTextRange([opening.range[0], closing.range[1]], '{}');
}

/** Removes a statement and the line it stands on, when nothing else shares the line. */
export function removeStatement(fixer: RuleFixer, sourceCode: Readonly<SourceCode>, statement: TSESTree.Node): RuleFix {
  const text = sourceCode.text;
  let start = statement.range[0];
  let end = statement.range[1];
  // The blanks before the statement go with it; so does its line break when it had the line to itself.
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  if (start === 0 || text[start - 1] === '\n') {
    const lineBreak = /^\r?\n/.exec(text.slice(end, end + 2));
    if (lineBreak) end += lineBreak[0].length;
  }
  return fixer.removeRange([start, end]);
}
