// What the project layer needs to read a linted file's imports the way ESLint read the file itself: where it is,
// which parser and options parsed it, and which folder bounds the project. Recorded by createRule, keyed by the AST.

/** A parser as ESLint's languageOptions hold it: `parseForESLint` (typescript-eslint, vue…) or `parse` (espree). */
export interface LintParser {
  parseForESLint?(text: string, options: object): { ast: unknown; scopeManager?: unknown; visitorKeys?: unknown; services?: unknown };
  parse?(text: string, options: object): unknown;
}

export interface LintedFile {
  /** Absolute path of the file on disk (ESLint's physicalFilename). */
  readonly filename: string;
  /** ESLint's cwd: files outside it are outside the project. */
  readonly cwd: string;
  readonly parser: LintParser | undefined;
  readonly parserOptions: Readonly<Record<string, unknown>>;
  readonly ecmaVersion: unknown;
  readonly sourceType: unknown;
}

interface ContextLike {
  readonly physicalFilename?: string;
  readonly filename: string;
  readonly cwd: string;
  readonly sourceCode: { readonly ast: object };
  readonly languageOptions?: { readonly parser?: unknown; readonly parserOptions?: unknown; readonly ecmaVersion?: unknown; readonly sourceType?: unknown };
}

const linted = new WeakMap<object, LintedFile>();

export function rememberLintedFile(context: ContextLike): void {
  const ast = context.sourceCode.ast;
  if (linted.has(ast)) return;
  const options = context.languageOptions ?? {};
  linted.set(ast, {
    filename: context.physicalFilename ?? context.filename,
    cwd: context.cwd,
    parser: options.parser as LintParser | undefined,
    parserOptions: (options.parserOptions ?? {}) as Record<string, unknown>,
    ecmaVersion: options.ecmaVersion,
    sourceType: options.sourceType,
  });
}

/** The linted file whose AST this is, if a rule of ours saw it. */
export function lintedFileOf(ast: object): LintedFile | undefined {
  return linted.get(ast);
}
