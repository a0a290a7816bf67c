// Type-checked by `npm run typecheck`: a user's eslint.config.ts must accept the plugin and its configs.
import { defineConfig } from 'eslint/config';
import type { ESLint } from 'eslint';
import asvs from '../../lib/index.ts';

const plugin: ESLint.Plugin = asvs;

export default defineConfig([
  { plugins: { asvs: plugin }, extends: ['asvs/recommended'] },
  asvs.configs.strict,
  { extends: [asvs.configs['asvs-l2']], rules: { 'asvs/require-cookie-httponly': 'warn' } },
]);
