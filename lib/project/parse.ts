import { createRequire } from 'node:module';
import { extname } from 'node:path';
import { SourceCode } from 'eslint';
import type { SourceCode as TSSourceCode } from '@typescript-eslint/utils/ts-eslint';
import type { LintParser } from '../utils/linted-files.ts';

interface ScopeAnalyser {
  analyze(ast: unknown, options: object): unknown;
}
interface VisitorKeysModule {
  KEYS: Readonly<Record<string, readonly string[]>>;
}

// eslint-scope and eslint-visitor-keys come with ESLint itself: the plugin adds no dependency for them.
function fromEslint<T>(name: string): T {
  const eslintRequire = createRequire(createRequire(import.meta.url).resolve('eslint'));
  return eslintRequire(name) as T;
}

export interface ParseSettings {
  readonly parser: LintParser | undefined;
  readonly parserOptions: Readonly<Record<string, unknown>>;
  readonly ecmaVersion: unknown;
  readonly sourceType: unknown;
}

/**
 * `text` parsed as ESLint parsed the linted file (same parser and options, without type information), wrapped in a
 * SourceCode with a scope manager and parent links, so the analyses read it as they read the linted file. Throws
 * when the parser fails.
 */
export function parseModule(text: string, file: string, settings: ParseSettings): TSSourceCode {
  // Component parsers (vue, svelte, astro) hand a script file to `parserOptions.parser`: use it directly.
  const parser = scriptParser(settings.parserOptions.parser) ?? settings.parser;
  const extension = extname(file);
  const sourceType = extension === '.cjs' || extension === '.cts' ? 'commonjs' : extension === '.mjs' || extension === '.mts' ? 'module' : (settings.sourceType ?? 'module');
  const ecmaVersion = typeof settings.ecmaVersion === 'number' ? settings.ecmaVersion : 'latest';
  const options = {
    ...settings.parserOptions,
    ecmaVersion,
    sourceType: sourceType === 'commonjs' ? 'script' : sourceType,
    filePath: file,
    range: true,
    loc: true,
    tokens: true,
    comment: true,
    // Type information is never used, and building a program for one helper would cost seconds.
    project: undefined,
    projectService: undefined,
    programs: undefined,
  };
  let ast: unknown;
  let scopeManager: unknown;
  let visitorKeys: unknown;
  let services: unknown;
  if (parser?.parseForESLint) {
    ({ ast, scopeManager, visitorKeys, services } = parser.parseForESLint(text, options));
  } else if (parser?.parse) {
    ast = parser.parse(text, options);
  } else {
    throw new Error('no parser');
  }
  const keys = (visitorKeys ?? fromEslint<VisitorKeysModule>('eslint-visitor-keys').KEYS) as Readonly<Record<string, readonly string[]>>;
  setParents(ast as Node, keys);
  scopeManager ??= fromEslint<ScopeAnalyser>('eslint-scope').analyze(ast, {
    ecmaVersion: typeof ecmaVersion === 'number' ? ecmaVersion : 2026,
    sourceType: sourceType === 'commonjs' ? 'script' : sourceType,
    nodejsScope: sourceType === 'commonjs',
    childVisitorKeys: keys,
    fallback: 'iteration',
  });
  return new SourceCode({ text, ast: ast as never, parserServices: services as never, scopeManager: scopeManager as never, visitorKeys: keys as never }) as unknown as TSSourceCode;
}

function scriptParser(option: unknown): LintParser | undefined {
  if (typeof option !== 'object' || option === null) return undefined;
  const parser = option as LintParser & Record<string, unknown>;
  if (typeof parser.parseForESLint === 'function' || typeof parser.parse === 'function') return parser;
  // `{ ts: tsParser, js: espree }`: the TypeScript one reads both.
  return scriptParser(parser.ts) ?? scriptParser(parser.js);
}

interface Node {
  type: string;
  parent?: Node;
}

function setParents(root: Node, keys: Readonly<Record<string, readonly string[]>>): void {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (const key of keys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      for (const item of Array.isArray(child) ? child : [child]) {
        if (item && typeof (item as Node).type === 'string') {
          (item as Node).parent = node;
          stack.push(item as Node);
        }
      }
    }
  }
}
