import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { textStart } from '../ast/syntax.ts';

/** A text edit, computed before a fixer exists so a rule knows whether to offer the fix at all. */
export interface Replacement {
  readonly range: readonly [number, number];
  readonly text: string;
}

/**
 * Moves `statement` and every statement after it in its block into a callback of `callee`:
 * `req.session.regenerate((err) => { if (err) return next(err); … });`. `errorLine` is the first line
 * inside. The callback is `async` when the moved code awaits. Statements in `omit` are left out (a
 * `req.logout();` rewritten as the call itself, a field removal made pointless by `destroy`).
 * Undefined when the statements do not start their own lines, a template literal spans lines (re-
 * indenting would change the program), or the moved code yields.
 */
export function wrapRestInCallback(
  sourceCode: Readonly<SourceCode>,
  statement: TSESTree.Statement,
  callee: string,
  param: string,
  errorLine: string | undefined,
  omit: ReadonlySet<TSESTree.Node> = new Set(),
): Replacement | undefined {
  const block = statement.parent;
  if (block?.type !== 'BlockStatement') return undefined;
  const rest = block.body.slice(block.body.indexOf(statement));
  const first = rest[0]!;
  const last = rest.at(-1)!;
  const indent = ownLineIndent(sourceCode, first);
  if (indent === undefined || rest.some((node) => hasMultilineTemplate(sourceCode, node))) return undefined;
  const moved = rest.filter((node) => !omit.has(node));
  const suspends = moved.map((node) => suspension(sourceCode, node));
  if (suspends.includes('yield')) return undefined;
  let inner: string | undefined;
  if (moved.length > 0) {
    // The moved text keeps comments between statements; omitted ones are cut with the line break before them.
    let text = '';
    let from = textStart(moved[0]!);
    for (const node of rest.slice(rest.indexOf(moved[0]!))) {
      if (!omit.has(node)) continue;
      text += sourceCode.text.slice(from, lineBreakBefore(sourceCode, node));
      from = node.range[1];
    }
    text += sourceCode.text.slice(from, last.range[1]);
    inner = text.replaceAll(/\n(?=[^\n])/g, '\n  ');
  }
  const opening = `${callee}(${suspends.includes('await') ? 'async ' : ''}(${param}) => {`;
  const lines = [errorLine, inner].filter((line): line is string => line !== undefined);
  const body = lines.map((line) => `\n${indent}  ${line}`).join('');
  return { range: [textStart(first), last.range[1]], text: `${opening}${body}\n${indent}});` };
}

/** Whether `node` awaits or yields outside the functions nested in it. */
function suspension(sourceCode: Readonly<SourceCode>, node: TSESTree.Node): 'await' | 'yield' | undefined {
  let found: 'await' | 'yield' | undefined;
  const stack: TSESTree.Node[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.type === 'YieldExpression') return 'yield';
    if (current.type === 'AwaitExpression' || (current.type === 'ForOfStatement' && current.await)) found = 'await';
    if (current.type === 'ArrowFunctionExpression' || current.type === 'FunctionExpression' || current.type === 'FunctionDeclaration') continue;
    for (const key of sourceCode.visitorKeys[current.type]!) {
      const child = (current as unknown as Record<string, unknown>)[key];
      for (const item of Array.isArray(child) ? child : [child]) if (item && typeof (item as TSESTree.Node).type === 'string') stack.push(item as TSESTree.Node);
    }
  }
  return found;
}

/** Removes a statement together with the line break and indentation before it. */
export function removeStatement(sourceCode: Readonly<SourceCode>, statement: TSESTree.Node): Replacement {
  return { range: [lineBreakBefore(sourceCode, statement), statement.range[1]], text: '' };
}

// Statements inside a function always follow a token (at least its `{`).
function lineBreakBefore(sourceCode: Readonly<SourceCode>, node: TSESTree.Node): number {
  return sourceCode.getTokenBefore(node, { includeComments: true })!.range[1];
}

/** Inserts `text` as a statement of its own before `statement`, at the same indentation. */
export function insertStatementBefore(sourceCode: Readonly<SourceCode>, statement: TSESTree.Node, text: string): Replacement | undefined {
  const indent = ownLineIndent(sourceCode, statement);
  const start = textStart(statement);
  return indent === undefined ? undefined : { range: [start, start], text: `${text}\n${indent}` };
}

/** The indentation of the line `node` starts, when nothing but whitespace precedes it there. */
function ownLineIndent(sourceCode: Readonly<SourceCode>, node: TSESTree.Node): string | undefined {
  const line = sourceCode.lines[node.loc.start.line - 1]!;
  const before = line.slice(0, node.loc.start.column);
  return /^\s*$/.test(before) ? before : undefined;
}

function hasMultilineTemplate(sourceCode: Readonly<SourceCode>, node: TSESTree.Node): boolean {
  if (!sourceCode.getText(node).includes('`')) return false;
  return sourceCode.getTokens(node).some((token) => token.type === 'Template' && token.loc.start.line !== token.loc.end.line);
}

/** A name for the callback's error parameter that hides no variable the moved code may use. */
export function freshName(sourceCode: Readonly<SourceCode>, node: TSESTree.Node, candidates: readonly string[]): string {
  const visible = new Set<string>();
  for (let scope: ReturnType<SourceCode['getScope']> | null = sourceCode.getScope(node); scope; scope = scope.upper) {
    for (const variable of scope.variables) visible.add(variable.name);
    for (const reference of scope.through) visible.add(reference.identifier.name);
  }
  return candidates.find((name) => !visible.has(name)) ?? `${candidates[0]}_`;
}

/** The statement of a block that contains `node`, without leaving the function `node` is in. */
export function enclosingStatement(node: TSESTree.Node): TSESTree.Statement | undefined {
  for (let current: TSESTree.Node = node; current.parent; current = current.parent) {
    if (current.parent.type === 'BlockStatement') return current as TSESTree.Statement;
    if (current.type === 'ArrowFunctionExpression' || current.type === 'FunctionExpression' || current.type === 'FunctionDeclaration') return undefined;
  }
  return undefined;
}
