import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import layers from '../scripts/lint/layers.js';

const lib = fileURLToPath(new URL('../lib/', import.meta.url));
const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'"]*?\bfrom\s*'(\.[^']+)'|\bimport\(\s*'(\.[^']+)'\s*\)/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every relative import of every file in lib/, type-only ones included. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(lib)) {
    const text = readFileSync(file, 'utf8');
    graph.set(file, [...text.matchAll(IMPORT)].map((match) => resolve(dirname(file), (match[1] ?? match[2])!)));
  }
  return graph;
}

/** The import cycles: strongly connected components of more than one file, or a file importing itself. */
function cycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (file: string): void => {
    index.set(file, index.size);
    low.set(file, index.get(file)!);
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (!graph.has(next)) continue;
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (stack.includes(next)) {
        low.set(file, Math.min(low.get(file)!, index.get(next)!));
      }
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      component.push(member.slice(lib.length));
    } while (member !== file);
    if (component.length > 1 || graph.get(file)!.includes(file)) found.push(component.sort());
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return found;
}

function lintAs(file: string, code: string): string[] {
  const linter = new Linter({ cwd: fileURLToPath(new URL('..', import.meta.url)) });
  const config = [{ files: ['**/*.ts'], languageOptions: { parser: tsParser }, plugins: { internal: layers }, rules: { 'internal/layer-imports': 'error' as const } }];
  return linter.verify(code, config, { filename: join(lib, file) }).map((message) => message.message);
}

describe('the layers of lib/', () => {
  it('have no import cycle, type-only imports included', () => {
    const graph = importGraph();
    expect(graph.size).toBeGreaterThan(100);
    expect(cycles(graph)).toEqual([]);
  });

  it('finds a cycle when there is one', () => {
    const graph = new Map([['/a', ['/b']], ['/b', ['/c']], ['/c', ['/a']], ['/d', ['/a']]]);
    expect(cycles(graph).map((component) => component.length)).toEqual([3]);
  });

  it('fail the lint on an import that goes upwards, sideways or around the value engine', () => {
    expect(lintAs('ast/syntax.ts', "import { x } from '../models/cookies/sites.ts';")).toEqual([
      "'../models/cookies/sites.ts': ast/ sits below models/cookies/ and may not import it.",
    ]);
    expect(lintAs('match/receivers.ts', "export * from '../vocabulary/token-names.ts';")).toEqual([
      "'../vocabulary/token-names.ts': match/ and vocabulary/ are siblings of one layer and may not import each other.",
    ]);
    expect(lintAs('frameworks/express.ts', "import type { X } from '../ast/scope.ts';")).toEqual([
      "'../ast/scope.ts': frameworks/ holds data only and imports nothing outside frameworks/.",
    ]);
    expect(lintAs('models/jwt/calls.ts', "const m = import('../../values/paths.ts');")).toEqual([
      "'../../values/paths.ts': reach the value engine through lib/values/index.ts.",
    ]);
  });

  it('pass the lint on an import that goes downwards or stays in its folder', () => {
    expect(lintAs('models/jwt/calls.ts', "import { a } from '../../values/index.ts'; import { b } from './keys.ts'; import { c } from '../secrets/sites.ts';")).toEqual([]);
    expect(lintAs('rules/x.ts', "import { a } from '../models/cookies/sites.ts'; import { b } from '../utils/settings.ts';")).toEqual([]);
  });
});
