// Whole files of a realistic project: a header of imports, then templates until the file reaches its size.
import { createRandom, type Random } from '../../fuzz/random.ts';
import { clientHeader, clientUtils, components } from './client.ts';
import { createUnitContext, NOUNS } from './context.ts';
import { ordinaryHeader, services, types, utilities } from './ordinary.ts';
import { express, fastify, footers, headers, koa, next } from './server.ts';

type Template = (c: ReturnType<typeof createUnitContext>) => string;

interface Kind {
  name: string;
  weight: number;
  /** File extensions and how often each is used. */
  extensions: readonly (readonly [number, string])[];
  path(r: Random, index: number, ext: string): string;
  header(ts: boolean, esm: boolean): string;
  footer(esm: boolean): string;
  /** The kind's own templates, and how often ordinary code is mixed in. */
  templates: readonly Template[];
  ordinaryShare: number;
}

const ordinary = [...utilities, ...services];

export const KINDS: readonly Kind[] = [
  {
    name: 'express',
    weight: 20,
    extensions: [[4, 'js'], [1, 'cjs'], [5, 'ts']],
    path: (r, i, ext) => `src/routes/${r.pick(NOUNS)}-${i}.${ext}`,
    header: (ts, esm) => headers.express(ts, esm),
    footer: (esm) => footers.express(esm),
    templates: express,
    ordinaryShare: 0.2,
  },
  {
    name: 'koa',
    weight: 6,
    extensions: [[1, 'js'], [1, 'ts']],
    path: (r, i, ext) => `services/koa-api/src/${r.pick(NOUNS)}-${i}.${ext}`,
    header: (ts) => headers.koa(ts),
    footer: () => footers.koa(),
    templates: koa,
    ordinaryShare: 0.25,
  },
  {
    name: 'fastify',
    weight: 6,
    extensions: [[1, 'js'], [2, 'ts']],
    path: (r, i, ext) => `services/fastify-api/src/${r.pick(NOUNS)}-${i}.${ext}`,
    header: (ts) => headers.fastify(ts),
    footer: () => footers.fastify(),
    templates: fastify,
    ordinaryShare: 0.25,
  },
  {
    name: 'next',
    weight: 8,
    extensions: [[1, 'js'], [4, 'ts']],
    path: (r, i, ext) => r.pick([`web/app/api/${r.pick(NOUNS)}-${i}/route.${ext}`, `web/app/(auth)/actions-${i}.${ext}`, `web/pages/api/${r.pick(NOUNS)}-${i}.${ext}`]),
    header: (ts) => headers.next(ts),
    footer: () => footers.next(),
    templates: next,
    ordinaryShare: 0.15,
  },
  {
    name: 'components',
    weight: 14,
    extensions: [[1, 'jsx'], [3, 'tsx']],
    path: (r, i, ext) => `web/components/${r.pick(NOUNS)}/${r.pick(['List', 'Card', 'Form', 'View'])}${i}.${ext}`,
    header: (ts) => clientHeader(ts),
    footer: () => '',
    templates: components,
    ordinaryShare: 0.1,
  },
  {
    name: 'client',
    weight: 6,
    extensions: [[1, 'js'], [2, 'ts']],
    path: (r, i, ext) => `web/lib/${r.pick(NOUNS)}-client-${i}.${ext}`,
    header: (ts) => clientHeader(ts),
    footer: () => '',
    templates: clientUtils,
    ordinaryShare: 0.4,
  },
  {
    name: 'utilities',
    weight: 25,
    extensions: [[2, 'js'], [1, 'mjs'], [4, 'ts']],
    path: (r, i, ext) => `packages/${r.pick(['core', 'shared', 'utils'])}/src/${r.pick(NOUNS)}-${i}.${ext}`,
    header: (ts) => ordinaryHeader(ts),
    footer: () => '',
    templates: ordinary,
    ordinaryShare: 0,
  },
  {
    name: 'types',
    weight: 5,
    extensions: [[1, 'ts']],
    path: (r, i, ext) => `packages/core/src/types/${r.pick(NOUNS)}-${i}.${ext}`,
    header: () => '',
    footer: () => '',
    templates: types,
    ordinaryShare: 0,
  },
];

export interface GeneratedFile {
  path: string;
  code: string;
  lines: number;
}

/** Lines of a file, drawn so that the median file has about 105 lines and the mean about 150. */
function targetLines(r: Random): number {
  const normal = Math.sqrt(-2 * Math.log(1 - r.next())) * Math.cos(2 * Math.PI * r.next());
  return Math.round(Math.min(1500, Math.max(20, Math.exp(4.65 + 0.7 * normal))));
}

/**
 * File `index` of a corpus. With `scale` k the file holds k times as many lines: the same templates first,
 * then more of them, so that files of different scales differ only in size.
 */
export function generateFile(seed: number, index: number, options: { scale?: number; lines?: number; kind?: string } = {}): GeneratedFile {
  const r = createRandom(seed).fork(`file:${index}`);
  const drawn = r.weighted(KINDS.map((k) => [k.weight, k] as const));
  const kind = KINDS.find((k) => k.name === options.kind) ?? drawn;
  const ext = r.weighted(kind.extensions);
  const path = kind.path(r, index, ext);
  const ts = ext === 'ts' || ext === 'tsx';
  const esm = ext !== 'cjs' && (ts || ext === 'mjs' || r.chance(0.7));
  const drawnLines = targetLines(r);
  const target = (options.lines ?? drawnLines) * (options.scale ?? 1);
  const c = createUnitContext(r, ts);
  const parts = [kind.header(ts, esm)];
  // Names the header imports or declares are taken: a template must not declare them again.
  for (const name of parts[0]!.match(/[A-Za-z_$][\w$]*/g) ?? []) c.declared.add(name);
  let lines = count(parts[0]!);
  for (let unit = 0; lines < target; unit++) {
    const ur = r.fork(`unit:${unit}`);
    const templates = ur.chance(kind.ordinaryShare) ? ordinary : kind.templates;
    const code = ur.pick(templates)({ ...c, r: ur });
    const text = esm ? code : code.replace(/^export (default )?/gm, '');
    parts.push(text);
    lines += count(text) + 1;
  }
  parts.push(kind.footer(esm));
  const code = parts.join('\n\n');
  return { path, code, lines: count(code) };
}

function count(text: string): number {
  let lines = 1;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lines++;
  return lines;
}
