import type { ESLint } from 'eslint';

/**
 * The config options of the `eslint` command that runs a formatter. ESLint hands a formatter the results but not
 * the config, so the report reads the config again, from the same file: the one `-c` names, none after
 * `--no-config-lookup`, else the one ESLint finds.
 */
export function commandLineConfig(argv: readonly string[]): Pick<ESLint.Options, 'overrideConfigFile'> {
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    if (arg === '--no-config-lookup') return { overrideConfigFile: true };
    if ((arg === '-c' || arg === '--config') && argv[index + 1] !== undefined) return { overrideConfigFile: argv[index + 1]! };
    if (arg.startsWith('--config=')) return { overrideConfigFile: arg.slice('--config='.length) };
  }
  return {};
}
