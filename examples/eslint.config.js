// The example app's lint config: every rule of the plugin, loaded by package name as a user would.
import tsParser from '@typescript-eslint/parser';
import { defineConfig } from 'eslint/config';
import asvs from 'eslint-plugin-asvs';

export default defineConfig([
  {
    plugins: { asvs },
    extends: ['asvs/all'],
  },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parser: tsParser },
  },
]);
