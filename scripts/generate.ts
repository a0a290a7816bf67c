// Turns rules-data/session-management.yaml into lib/generated/*.ts, docs and the README tables.
// `--check` writes nothing and fails when any of those files differs from what the data says.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DataError, loadRulesData } from './generator/load-data.ts';
import { ROOT, renderOutputs, staleOutputs } from './generator/outputs.ts';

const check = process.argv.includes('--check');

function listDir(dir: string): string[] {
  const full = join(ROOT, dir);
  return existsSync(full) ? readdirSync(full) : [];
}

try {
  const outputs = renderOutputs(loadRulesData());
  const stale = staleOutputs(outputs, listDir);
  const drifted = [...outputs].filter(([path, content]) => {
    const full = join(ROOT, path);
    return !existsSync(full) || readFileSync(full, 'utf8') !== content;
  });
  if (check) {
    if (drifted.length > 0 || stale.length > 0) {
      for (const [path] of drifted) console.error(`out of date: ${path}`);
      for (const path of stale) console.error(`left over: ${path}`);
      console.error('Run `npm run generate` and commit the result.');
      process.exitCode = 1;
    } else {
      console.log(`${outputs.size} generated files are current.`);
    }
  } else {
    for (const [path, content] of drifted) {
      mkdirSync(dirname(join(ROOT, path)), { recursive: true });
      writeFileSync(join(ROOT, path), content);
      console.log(`wrote ${path}`);
    }
    for (const path of stale) {
      rmSync(join(ROOT, path));
      console.log(`removed ${path}`);
    }
    if (drifted.length === 0 && stale.length === 0) console.log('Nothing to do: every generated file is current.');
  }
} catch (error) {
  if (!(error instanceof DataError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
