// Writes generated corpora to a folder: the main corpus, its scaled copies, and one very large file.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generateFile } from './generator/files.ts';

export interface CorpusSize {
  files: number;
  lines: number;
}

/** `files` generated files under `dir`; with `scale` k every file is k times longer. */
export function writeCorpus(dir: string, files: number, seed: number, scale = 1): CorpusSize {
  let lines = 0;
  for (let index = 0; index < files; index++) {
    const file = generateFile(seed, index, { scale });
    write(join(dir, file.path), file.code);
    lines += file.lines;
  }
  return { files, lines };
}

/** A single Express route file of about `lines` lines, the size of a generated or vendored monolith. */
export function writeLargeFile(dir: string, lines: number, seed: number): CorpusSize {
  const file = generateFile(seed, 0, { lines, kind: 'express' });
  write(join(dir, file.path), file.code);
  return { files: 1, lines: file.lines };
}

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}
