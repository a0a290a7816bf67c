import type { TSESTree } from '@typescript-eslint/utils';
import type { RuleFix, RuleFixer, SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { removeProperty, removeStatement } from './remove-property.ts';

// Edits of one entry of an options object, wherever the file sets it: a property of the literal
// (shorthand included), or a later write such as `opts.cookie.secure = false`.

/** Gives an existing entry a new value; undefined when the entry is not a property or a plain write. */
export function replaceEntryValue(fixer: RuleFixer, entry: TSESTree.Node, key: string, text: string): RuleFix | undefined {
  if (entry.type === 'Property') {
    return entry.shorthand ? fixer.replaceText(entry, `${key}: ${text}`) : fixer.replaceText(entry.value, text);
  }
  if (entry.type === 'AssignmentExpression' && entry.operator === '=') return fixer.replaceText(entry.right, text);
  return undefined;
}

/** Removes an entry: a property of an object literal, or a write that is a statement of its own. */
export function removeEntry(fixer: RuleFixer, sourceCode: Readonly<SourceCode>, entry: TSESTree.Node): RuleFix | undefined {
  if (entry.type === 'Property' && entry.parent.type === 'ObjectExpression') return removeProperty(fixer, sourceCode, entry);
  if (entry.type === 'AssignmentExpression' && entry.parent.type === 'ExpressionStatement') return removeStatement(fixer, sourceCode, entry.parent);
  return undefined;
}
