import tsParser from '@typescript-eslint/parser';
import type { TSESTree } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import astroParser from 'astro-eslint-parser';
import svelteParser from 'svelte-eslint-parser';
import vueParser from 'vue-eslint-parser';
import { describe, expect, it } from 'vitest';
import { topLevelStatements } from '../../lib/ast/syntax.ts';

function statementTypes(text: string, filename: string, parser?: Linter.Parser): string[] {
  let types: string[] = [];
  const rule = {
    create: (context: { sourceCode: { ast: unknown } }) => ({
      Program() {
        types = topLevelStatements(context.sourceCode.ast as TSESTree.Program).map((statement) => statement.type);
      },
    }),
  };
  const extension = filename.slice(filename.lastIndexOf('.') + 1);
  const messages = new Linter().verify(
    text,
    [{ files: [`**/*.${extension}`], plugins: { t: { rules: { probe: rule } } }, languageOptions: parser ? { parser, parserOptions: { parser: tsParser } } : {}, rules: { 't/probe': 'error' } }],
    filename,
  );
  expect(messages).toEqual([]);
  return types;
}

describe('topLevelStatements', () => {
  const code = "import a from 'a';\na();\n";

  it('is the Program body of a JavaScript file', () => {
    expect(statementTypes(code, 'a.js')).toEqual(['ImportDeclaration', 'ExpressionStatement']);
  });

  it('is the statements of every <script> block of a Svelte component, in order', () => {
    expect(statementTypes(`<script module>\n${code}</script>\n<script>\nlet b = 1;\n</script>\n<p>{b}</p>\n`, 'C.svelte', svelteParser as Linter.Parser)).toEqual([
      'ImportDeclaration',
      'ExpressionStatement',
      'VariableDeclaration',
    ]);
  });

  it('is the script of a Vue component and the frontmatter of an Astro one', () => {
    expect(statementTypes(`<script>\n${code}</script>\n<template><p /></template>\n`, 'C.vue', vueParser as Linter.Parser)).toEqual(['ImportDeclaration', 'ExpressionStatement']);
    expect(statementTypes(`---\n${code}---\n<p />\n`, 'C.astro', astroParser as Linter.Parser)).toEqual(['ImportDeclaration', 'ExpressionStatement']);
  });
});
