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
    // After a guard that stops production, in the function or the module.
    "function show() { if (process.env.NODE_ENV !== 'development') throw new Error('dev only'); check(link); }",
    "export async function GET() { if (env.isProduction) { return notAllowed(); } check(link); }",
    "export default function Page() { if (process.env.NODE_ENV === 'production') notFound(); check(link); }",
    "if (!import.meta.env.DEV) throw new Error('playground'); check(link);",
    // A route whose loader stops outside development never renders there.
    "export const loader = () => { if (process.env.NODE_ENV !== 'development') { throw new Error('dev only'); } return null; };\nexport default function Playground() { check(link); }",
    "export async function getServerSideProps() { if (process.env.NODE_ENV === 'production') return { notFound: true }; return { props: {} }; }\nexport default function Page() { check(link); }",
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
    // The guard comes after the use, stops development, or stops without reading the environment.
    "function show() { check(link); if (process.env.NODE_ENV !== 'development') throw new Error('late'); }",
    "function show() { if (env.isDevelopment) throw new Error('prod only'); check(link); }",
    "function show() { if (!user) throw new Error('no user'); check(link); }",
    "export const loader = () => { if (!user) throw new Error('no user'); return null; };\nexport default function Page() { check(link); }",
    "export const action = () => { if (env.isProduction) throw new Error('x'); };\nexport default function Page() { check(link); }",
  ])('%s may run in production', (code) => {
    expect(analyzeCheck(code, (node) => runsOnlyInDevelopment(node))).toBe(false);
  });
});
