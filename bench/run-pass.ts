// Runs bench/pass.ts in a fresh process, so that no pass inherits another's warm JIT or heap.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { PassRequest, PassResult } from './pass.ts';

const passScript = fileURLToPath(new URL('pass.ts', import.meta.url));
const root = fileURLToPath(new URL('..', import.meta.url));

export function runPass(request: PassRequest): PassResult {
  const output = execFileSync(process.execPath, ['--import', 'tsx', passScript, JSON.stringify(request)], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(output.trim().split('\n').at(-1)!) as PassResult;
}

/** The sum of the times of the rules whose id starts with `prefix`. */
export function rulesTotal(result: PassResult, prefix: string): number {
  return Object.entries(result.rulesMs).reduce((sum, [rule, time]) => (rule.startsWith(prefix) ? sum + time : sum), 0);
}
