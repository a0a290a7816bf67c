import type { TSESTree } from '@typescript-eslint/utils';
import type { RuleFix, RuleFixer, SourceCode } from '@typescript-eslint/utils/ts-eslint';

/** Adds `text` (e.g. `httpOnly: true`) as the last property of an object literal, in the object's own layout. */
export function insertProperty(fixer: RuleFixer, sourceCode: Readonly<SourceCode>, object: TSESTree.ObjectExpression, text: string): RuleFix {
  const last = object.properties.at(-1);
  if (!last) {
    const closing = sourceCode.getLastToken(object)!;
    const opening = sourceCode.getFirstToken(object)!;
    return opening.loc.end.line === closing.loc.start.line
      ? fixer.replaceText(object, `{ ${text} }`)
      : fixer.insertTextBefore(closing, `  ${text}\n${indentOf(sourceCode, closing)}`);
  }
  const afterLast = sourceCode.getTokenAfter(last)!;
  const trailingComma = afterLast.value === ',' ? afterLast : undefined;
  const multiline = sourceCode.getFirstToken(object)!.loc.start.line !== last.loc.start.line;
  if (multiline) {
    const indent = indentOf(sourceCode, last);
    return trailingComma
      ? fixer.insertTextAfter(trailingComma, `\n${indent}${text},`)
      : fixer.insertTextAfter(last, `,\n${indent}${text}`);
  }
  return trailingComma ? fixer.insertTextAfter(trailingComma, ` ${text},`) : fixer.insertTextAfter(last, `, ${text}`);
}

/** Adds `text` as a new last argument of a call, e.g. a missing options object. */
export function appendArgument(fixer: RuleFixer, sourceCode: Readonly<SourceCode>, call: TSESTree.CallExpression | TSESTree.NewExpression, text: string): RuleFix {
  // Work from the call's own closing parenthesis: a parenthesised last argument `f((a))` ends before its `)`.
  const closing = sourceCode.getLastToken(call)!;
  if (call.arguments.length === 0) return fixer.insertTextBefore(closing, text);
  const beforeClosing = sourceCode.getTokenBefore(closing)!;
  return beforeClosing.value === ',' ? fixer.insertTextAfter(beforeClosing, ` ${text}`) : fixer.insertTextAfter(beforeClosing, `, ${text}`);
}

function indentOf(sourceCode: Readonly<SourceCode>, node: TSESTree.Node | TSESTree.Token): string {
  const line = sourceCode.lines[node.loc.start.line - 1] ?? '';
  return /^\s*/.exec(line)![0];
}
