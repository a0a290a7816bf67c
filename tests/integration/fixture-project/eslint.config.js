import tsParser from '@typescript-eslint/parser';
import { defineConfig } from 'eslint/config';
import asvs from 'eslint-plugin-asvs';

export default defineConfig([
  {
    plugins: { asvs },
    extends: ['asvs/recommended'],
  },
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tsParser },
  },
]);
