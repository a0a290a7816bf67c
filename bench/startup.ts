// The time to import a plugin in a fresh Node process: what each ESLint worker pays before linting.
import { execFileSync } from 'node:child_process';
import { median } from './stats.ts';

/** The median, over `runs` fresh processes, of the time `import(url)` takes. */
export function importTime(specifier: string, runs: number): number {
  const script = `const started = performance.now(); await import(${JSON.stringify(specifier)}); process.stdout.write(String(performance.now() - started));`;
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    times.push(Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })));
  }
  return median(times);
}
