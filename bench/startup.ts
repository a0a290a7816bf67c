// The time to import a plugin in a fresh Node process: what each ESLint worker pays before linting.
import { execFileSync } from 'node:child_process';
import { median } from './stats.ts';

/**
 * The median, over `runs` fresh processes, of the time `import(url)` takes; with `allRules`, until every rule
 * is loaded too, which is what a worker running them all pays (our rules load on first use).
 */
export function importTime(specifier: string, runs: number, { allRules = false } = {}): number {
  const load = allRules ? 'const plugin = module.default ?? module; for (const name in plugin.rules) plugin.rules[name].create;' : '';
  const script = `const started = performance.now(); const module = await import(${JSON.stringify(specifier)}); ${load} process.stdout.write(String(performance.now() - started));`;
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    times.push(Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })));
  }
  return median(times);
}
