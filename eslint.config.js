// Lints this repository: our own sources with eslint-plugin-eslint-plugin's rule-author checks.
import js from '@eslint/js';
import tsParser from '@typescript-eslint/parser';
import eslintPlugin from 'eslint-plugin-eslint-plugin';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import layers from './scripts/lint/layers.js';

export default defineConfig([
  globalIgnores(['dist/', 'coverage/', 'examples/', 'tests/integration/fixture*/', 'tests/fixtures/', 'bench/corpus/']),
  {
    files: ['**/*.{js,ts}'],
    languageOptions: { parser: tsParser, globals: globals.node },
    extends: [js.configs.recommended],
    rules: {
      // TypeScript checks names; the core rule does not understand type-only identifiers.
      'no-undef': 'off',
      'no-unused-vars': 'off',
      'no-redeclare': 'off',
    },
  },
  {
    files: ['lib/**/*.ts'],
    plugins: { internal: layers },
    rules: { 'internal/layer-imports': 'error' },
  },
  {
    files: ['lib/rules/*.ts'],
    extends: [eslintPlugin.configs.recommended],
    rules: {
      // createRule fills description and url from rules-data; tests/plugin.test.ts checks them.
      'eslint-plugin/require-meta-docs-description': 'off',
      'eslint-plugin/require-meta-docs-url': 'off',
      'eslint-plugin/require-meta-schema-description': 'error',
      'eslint-plugin/no-meta-schema-default': 'error',
    },
  },
  {
    files: ['tests/rules/*.test.ts'],
    extends: [eslintPlugin.configs.recommended],
    rules: {
      'eslint-plugin/consistent-output': 'error',
      'eslint-plugin/require-test-error-positions': 'off',
    },
  },
]);
