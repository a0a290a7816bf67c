import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

export default defineConfig({
  resolve: {
    // The plugin loads each rule with `require` on first use, which vitest's module runner cannot serve;
    // the built package's lazy loading is tested in tests/integration/lazy-loading.test.ts.
    // lib/plugin.ts is the only module that imports it.
    alias: [{ find: /^\.\/load-rule\.ts$/, replacement: path('tests/helpers/load-rule.ts') }],
  },
  test: {
    include: ['tests/**/*.test.ts'],
    setupFiles: ['tests/setup.ts'],
    testTimeout: 60_000,
    coverage: {
      provider: 'v8',
      include: ['lib/**/*.ts'],
      exclude: ['lib/generated/**', 'lib/load-rule.ts'],
      thresholds: { lines: 95, branches: 95 },
    },
  },
});
