import { Linter } from 'eslint';
import type { ESLint, Rule } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';

export type ParserName = 'espree' | 'ts';

export interface AnalyzeOptions {
  /** espree (the default) or @typescript-eslint/parser. */
  parser?: ParserName;
  /** Defaults to 'module'. */
  sourceType?: 'module' | 'commonjs' | 'script';
  globals?: Record<string, 'readonly' | 'writable' | 'off'>;
}

export interface AnalyzeContext {
  sourceCode: SourceCode;
  ast: TSESTree.Program;
}

/**
 * Lints `code` with a one-rule inline plugin and runs `inspect` at `Program:exit`, when every node has
 * its parent and the scope manager is complete, exactly as a real rule would see them.
 */
export function analyze<T>(code: string, inspect: (context: AnalyzeContext) => T, options: AnalyzeOptions = {}): T {
  let result: { value: T } | undefined;
  const rule: Rule.RuleModule = {
    meta: { type: 'problem', schema: [] },
    create(context) {
      const sourceCode = context.sourceCode as unknown as SourceCode;
      return {
        'Program:exit'() {
          result = { value: inspect({ sourceCode, ast: sourceCode.ast }) };
        },
      };
    },
  };
  const plugin: ESLint.Plugin = { rules: { probe: rule } };
  const linter = new Linter({ configType: 'flat' });
  const typescript = options.parser === 'ts';
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.js', '**/*.ts'],
        plugins: { analysis: plugin },
        rules: { 'analysis/probe': 'error' },
        languageOptions: {
          sourceType: options.sourceType ?? 'module',
          ...(options.globals ? { globals: options.globals } : {}),
          ...(typescript ? { parser: tsParser as Linter.Parser } : {}),
        },
      },
    ],
    typescript ? 'file.ts' : 'file.js',
  );
  const fatal = messages.find((message) => message.fatal);
  if (fatal) throw new Error(`parse error: ${fatal.message} (${fatal.line}:${fatal.column})`);
  if (!result) throw new Error('the probe rule did not run');
  return result.value;
}

/** Every node in the tree, depth first, in source order. */
export function* walk(node: TSESTree.Node, visitorKeys: SourceCode['visitorKeys']): Generator<TSESTree.Node> {
  yield node;
  for (const key of visitorKeys[node.type] ?? []) {
    const child = (node as unknown as Record<string, unknown>)[key];
    for (const item of Array.isArray(child) ? child : [child]) {
      if (item && typeof (item as TSESTree.Node).type === 'string') yield* walk(item as TSESTree.Node, visitorKeys);
    }
  }
}

/** The first argument of every `check(...)` call, in source order: how tests point at an expression. */
export function checkedNodes({ sourceCode, ast }: AnalyzeContext, marker = 'check'): TSESTree.Node[] {
  const found: TSESTree.Node[] = [];
  for (const node of walk(ast, sourceCode.visitorKeys)) {
    if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === marker) {
      const [argument] = node.arguments;
      if (argument) found.push(argument);
    }
  }
  return found;
}

/** Runs `inspect` on the argument of each `check(...)` call in `code` and returns the results in order. */
export function analyzeChecks<T>(
  code: string,
  inspect: (node: TSESTree.Node, sourceCode: SourceCode) => T,
  options: AnalyzeOptions = {},
): T[] {
  return analyze(code, (context) => checkedNodes(context).map((node) => inspect(node, context.sourceCode)), options);
}

/** Like {@link analyzeChecks} for a single `check(...)`. */
export function analyzeCheck<T>(code: string, inspect: (node: TSESTree.Node, sourceCode: SourceCode) => T, options: AnalyzeOptions = {}): T {
  const results = analyzeChecks(code, inspect, options);
  if (results.length !== 1) throw new Error(`expected one check(...), found ${results.length}`);
  return results[0] as T;
}
