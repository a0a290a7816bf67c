import { describe, expect, it } from 'vitest';
import { runsOnlyInDevelopment } from '../../lib/file/development-only.ts';
import { analyzeCheck } from '../helpers/analyze.ts';

describe('runsOnlyInDevelopment', () => {
  it.for([
    'if (env.isDevelopment) check(link);',
    "if (process.env.NODE_ENV !== 'production') { check(link); }",
    "if (process.env.NODE_ENV === 'development') check(link);",
    "if ('production' != process.env.NODE_ENV) check(link);",
    'if (import.meta.env.DEV) check(link);',
    'if (__DEV__) check(link);',
    'if (!config.isProduction) check(link);',
    'if (env.isProduction) send(); else check(link);',
    'const shown = isDev ? check(link) : undefined;',
    "process.env.NODE_ENV === 'development' && check(link);",
    'if (env.isDevelopment && verbose) check(link);',
    'if (env.isDevelopment) { if (verbose) { check(link); } }',
  ])('%s runs only in development', (code) => {
    expect(analyzeCheck(code, (node) => runsOnlyInDevelopment(node))).toBe(true);
  });

  it.for([
    'check(link);',
    'if (env.isProduction) check(link);',
    "if (process.env.NODE_ENV === 'production') check(link);",
    "if (process.env.NODE_ENV !== 'development') check(link);",
    'if (env.isDevelopment) send(); else check(link);',
    'if (env.isDevelopment || force) check(link);',
    'if (verbose) check(link);',
    "if (process.env.MODE !== 'production') check(link);",
    'if (isDevelopmentBuild(x)) check(link);',
  ])('%s may run in production', (code) => {
    expect(analyzeCheck(code, (node) => runsOnlyInDevelopment(node))).toBe(false);
  });
});
