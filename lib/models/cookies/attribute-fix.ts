import type { TSESTree } from '@typescript-eslint/utils';
import type { RuleFix, RuleFixer, SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { enclosingBlock, runsUnconditionallyIn } from '../../ast/syntax.ts';
import { removeProperty, removeStatement } from '../../fixes/remove-property.ts';

// Edits of one entry of an options object, wherever the file sets it: a property of the literal
// (shorthand included), or a later write such as `opts.cookie.secure = false`.

/** A property, or a plain `opts.secure = …` write: an entry whose value a fix can replace. */
export type EditableEntry = TSESTree.Property | TSESTree.AssignmentExpression;

export function isEditableEntry(entry: TSESTree.Node): entry is EditableEntry {
  return entry.type === 'Property' || isPlainWrite(entry);
}

/** A property of an object literal, or a write that is a statement of its own: an entry a fix can delete. */
export function isRemovableEntry(entry: TSESTree.Node): entry is EditableEntry {
  return (entry.type === 'Property' && entry.parent.type === 'ObjectExpression') || (isPlainWrite(entry) && entry.parent.type === 'ExpressionStatement');
}

// A write inside an `if` or a loop is one of several values; changing it alone would not decide the attribute.
function isPlainWrite(entry: TSESTree.Node): entry is TSESTree.AssignmentExpression {
  if (entry.type !== 'AssignmentExpression' || entry.operator !== '=') return false;
  const block = enclosingBlock(entry);
  return block !== undefined && runsUnconditionallyIn(entry, block);
}

/** Gives an existing entry a new value. */
export function replaceEntryValue(fixer: RuleFixer, entry: EditableEntry, key: string, text: string): RuleFix {
  if (entry.type === 'AssignmentExpression') return fixer.replaceText(entry.right, text);
  return entry.shorthand ? fixer.replaceText(entry, `${key}: ${text}`) : fixer.replaceText(entry.value, text);
}

/** Removes an entry that {@link isRemovableEntry} accepts. */
export function removeEntry(fixer: RuleFixer, sourceCode: Readonly<SourceCode>, entry: EditableEntry): RuleFix {
  return entry.type === 'Property' ? removeProperty(fixer, sourceCode, entry) : removeStatement(fixer, sourceCode, entry.parent);
}
