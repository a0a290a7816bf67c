import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';

type Node = TSESTree.Node;

// Type-level wrappers: at run time the value is the wrapped expression's.
const TS_WRAPPERS = new Set<string>([
  'TSAsExpression',
  'TSSatisfiesExpression',
  'TSNonNullExpression',
  'TSTypeAssertion',
  'TSInstantiationExpression',
]);

/** The expression with TypeScript's type-only wrappers (`as`, `satisfies`, `!`, `<T>`) removed. */
export function unwrap(node: Node): Node {
  let current = node;
  while (TS_WRAPPERS.has(current.type)) current = (current as TSESTree.TSAsExpression).expression;
  return current;
}

/** True when `child` sits directly inside a type-only wrapper, so climbing it keeps the same value. */
export function isWrapperOf(parent: Node, child: Node): boolean {
  return TS_WRAPPERS.has(parent.type) && (parent as TSESTree.TSAsExpression).expression === child;
}

/** The name a non-computed key spells (`a`, `'a'`, `1`), or undefined for anything computed or private. */
export function literalKey(key: Node): string | undefined {
  if (key.type === 'Identifier') return key.name;
  if (key.type === 'Literal') return String(key.value);
  return undefined;
}

const BLOCKS = new Set<string>(['Program', 'BlockStatement', 'StaticBlock', 'SwitchCase', 'TSModuleBlock']);

/** Where a statement-level declaration or write lives: the block whose statements run in order. */
export function enclosingBlock(node: Node): Node {
  // Program is a block, so the climb always ends.
  let current = node.parent!;
  while (!BLOCKS.has(current.type)) current = current.parent!;
  return current;
}

// Nodes that evaluate their child once, every time they run: `a, b`, `x = child`, `const x = child`.
// (A write is never the left side of an assignment, so AssignmentExpression means its right side.)
const STRAIGHT = new Set<string>([
  'ExpressionStatement',
  'SequenceExpression',
  'BlockStatement',
  'VariableDeclarator',
  'VariableDeclaration',
  'ExportNamedDeclaration',
  'AssignmentExpression',
  ...TS_WRAPPERS,
]);

/**
 * True when `node` runs every time the code of `block` reaches it: only straight-line nodes (expression
 * statements, sequences, declarations, plain nested blocks) lie between them. Anything else (if, loops,
 * functions, try, `&&`, default values) makes it conditional.
 */
export function runsUnconditionallyIn(node: Node, block: Node): boolean {
  // Program is not straight-line, so a write outside `block` (a `var` from a nested block) stops there.
  for (let current: Node = node; ; current = current.parent!) {
    const parent: Node = current.parent!;
    if (parent === block) return true;
    if (!STRAIGHT.has(parent.type)) return false;
  }
}

/**
 * The statements at the top of a file. svelte-eslint-parser nests each `<script>` block's statements in a
 * `SvelteScriptElement` of the Program, beside the markup; astro-eslint-parser puts the frontmatter's statements
 * in the Program, then an `AstroFragment` of markup; Vue's parser keeps the template out of the Program.
 */
export function topLevelStatements(program: TSESTree.Program): readonly TSESTree.ProgramStatement[] {
  const markup = (node: { type: string }) => node.type.startsWith('Svelte') || node.type.startsWith('Astro');
  if (!program.body.some(markup)) return program.body;
  return program.body.flatMap((node) => {
    const { type } = node as { type: string };
    if (type === 'SvelteScriptElement') return (node as unknown as { body: TSESTree.ProgramStatement[] }).body;
    return markup(node) ? [] : [node];
  });
}

/**
 * Where a statement's text begins. TypeScript-ESTree starts `@x export class C {}` at `export`, after
 * its decorators; a fix that moves the statement or inserts before it must start at the first decorator.
 */
export function textStart(statement: Node): number {
  const declaration = statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportDefaultDeclaration' ? statement.declaration : statement;
  const decorator = declaration && 'decorators' in declaration ? declaration.decorators?.[0] : undefined;
  return Math.min(statement.range[0], decorator?.range[0] ?? statement.range[0]);
}

/** The opening parenthesis of a call's arguments, past any parentheses around the callee and its type arguments. */
export function argumentsOpening(sourceCode: Readonly<SourceCode>, call: TSESTree.CallExpression | TSESTree.NewExpression): TSESTree.Token {
  return sourceCode.getTokenAfter(call.typeArguments ?? call.callee, { filter: (token) => token.value === '(' })!;
}

/** The callee as written, with its parentheses: `(req.logout as Logout)` rather than `req.logout as Logout`. */
export function calleeText(sourceCode: Readonly<SourceCode>, call: TSESTree.CallExpression): string {
  return sourceCode.text.slice(call.range[0], (call.typeArguments ?? argumentsOpening(sourceCode, call)).range[0]);
}
