// The lint configurations the benchmark compares, all on the same parsers and files.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import tsParser from '@typescript-eslint/parser';
import type { ESLint, Linter } from 'eslint';

export type ConfigName = 'floor' | 'ours' | 'peer';

export const SOURCE_PATTERN = '**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}';

/** The rules of eslint-plugin-sonarjs that do the nearest job to ours. */
export const PEER_RULES = ['insecure-cookie', 'cookie-no-httponly', 'session-regeneration', 'pseudo-random', 'insecure-jwt-token'];

/** Our rules that do each peer rule's job: the "same work" of the per-file comparison. */
export const COUNTERPARTS: Record<string, string> = {
  'insecure-cookie': 'require-cookie-secure',
  'cookie-no-httponly': 'require-cookie-httponly',
  'session-regeneration': 'require-session-regeneration',
  'pseudo-random': 'require-secure-session-id',
  'insecure-jwt-token': 'require-jwt-verification',
};

/** Folders a real repository keeps generated or third-party code in. */
export const IGNORES = ['**/node_modules/', '**/dist/', '**/build/', '**/coverage/', '**/.next/', '**/out/', '**/vendor/', '**/*.min.js', '**/*.d.ts'];

// Parsing only: JavaScript with JSX through espree, TypeScript through typescript-eslint's parser.
const languages: Linter.Config[] = [
  // A repository's `eslint-disable` comments would be unused in the floor pass: not a finding.
  { name: 'bench/files', files: [SOURCE_PATTERN], linterOptions: { reportUnusedDisableDirectives: 'off' } },
  { name: 'bench/js', files: ['**/*.{js,mjs,cjs,jsx}'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
  { name: 'bench/ts', files: ['**/*.{ts,mts,cts,tsx}'], languageOptions: { parser: tsParser } },
];

/** The built plugin: bench/cli.ts points every pass at its own copy, so that a rebuild mid-run changes nothing. */
export const ourPluginUrl = (): string =>
  process.env['ASVS_BENCH_PLUGIN'] ? pathToFileURL(process.env['ASVS_BENCH_PLUGIN']).href : new URL('../dist/index.js', import.meta.url).href;

/** Loads the built plugin, as a user's ESLint does. */
export async function loadOurPlugin(): Promise<ESLint.Plugin & { rules: NonNullable<ESLint.Plugin['rules']>; configs: Record<string, Linter.Config> }> {
  const module = (await import(ourPluginUrl())) as { default: ESLint.Plugin };
  return module.default as never;
}

export function loadPeerPlugin(peerDir: string): ESLint.Plugin {
  const require = createRequire(pathToFileURL(`${peerDir}/`));
  return require('eslint-plugin-sonarjs') as ESLint.Plugin;
}

export async function createConfig(name: ConfigName, peerDir?: string): Promise<Linter.Config[]> {
  if (name === 'floor') return languages;
  if (name === 'ours') {
    const plugin = await loadOurPlugin();
    return [...languages, { ...plugin.configs['all']!, files: [SOURCE_PATTERN] }];
  }
  if (!peerDir) throw new Error('the peer configuration needs the folder eslint-plugin-sonarjs is installed in');
  const sonarjs = loadPeerPlugin(peerDir);
  return [
    ...languages,
    {
      name: 'bench/peer',
      files: [SOURCE_PATTERN],
      plugins: { sonarjs },
      rules: Object.fromEntries(PEER_RULES.map((rule) => [`sonarjs/${rule}`, 'error'])),
    },
  ];
}
