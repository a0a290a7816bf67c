// Templates of ordinary code with no cookies or sessions: utilities, services, types and configuration.
import { cap, plural, VERBS, type Unit } from './context.ts';

type Template = (c: Unit) => string;

export const utilities: Template[] = [
  (c) => {
    const fn = c.name('groupBy');
    return `export function ${fn}${c.t('<T, K extends PropertyKey>')}(items${c.t(': readonly T[]')}, key${c.t(': (item: T) => K')})${c.t(': Record<K, T[]>')} {
  const groups = {}${c.t(' as Record<K, T[]>')};
  for (const item of items) {
    const k = key(item);
    (groups[k] ??= []).push(item);
  }
  return groups;
}`;
  },
  (c) => {
    const fn = c.name('debounce');
    return `export function ${fn}${c.t('<A extends unknown[]>')}(action${c.t(': (...args: A) => void')}, wait = ${c.r.pick([50, 100, 250, 300])}) {
  let timer${c.t(': ReturnType<typeof setTimeout> | undefined')};
  return (...args${c.t(': A')}) => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => action(...args), wait);
  };
}`;
  },
  (c) => {
    const fn = c.name('formatMoney');
    return `export function ${fn}(cents${c.t(': number')}, currency = '${c.r.pick(['EUR', 'USD', 'GBP', 'JPY'])}', locale = 'en-US')${c.t(': string')} {
  if (!Number.isFinite(cents)) return '—';
  const formatter = new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: 2 });
  return formatter.format(cents / 100);
}`;
  },
  (c) => {
    const fn = c.name('retry');
    return `export async function ${fn}${c.t('<T>')}(task${c.t(': () => Promise<T>')}, attempts = ${c.r.int(2, 6)}, delayMs = ${c.r.pick([100, 200, 500])})${c.t(': Promise<T>')} {
  let lastError${c.t(': unknown')};
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      return await task();
    } catch (error) {
      lastError = error;
      await new Promise((resolve) => setTimeout(resolve, delayMs * 2 ** attempt));
    }
  }
  throw lastError;
}`;
  },
  (c) => {
    const fn = c.name('chunk');
    return `export function ${fn}${c.t('<T>')}(items${c.t(': T[]')}, size${c.t(': number')})${c.t(': T[][]')} {
  const chunks${c.t(': T[][]')} = [];
  for (let index = 0; index < items.length; index += size) {
    chunks.push(items.slice(index, index + size));
  }
  return chunks;
}`;
  },
  (c) => {
    const fn = c.name('slugify');
    return `export const ${fn} = (text${c.t(': string')})${c.t(': string')} =>
  text
    .normalize('NFKD')
    .replace(/[\\u0300-\\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/(^-|-$)/g, '');`;
  },
  (c) => {
    const units = c.name('UNITS');
    const fn = c.name('parseDuration');
    return `const ${units}${c.t(': Record<string, number>')} = { ms: 1, s: 1000, m: 60000, h: 3600000, d: 86400000 };
export function ${fn}(text${c.t(': string')})${c.t(': number')} {
  const match = /^(\\d+(?:\\.\\d+)?)(ms|s|m|h|d)$/.exec(text.trim());
  if (!match) throw new RangeError(\`Bad duration: \${text}\`);
  return Number(match[1]) * (${units}[match[2]${c.t('!')}] ?? 1);
}`;
  },
  (c) => {
    const fn = c.name(`${c.r.pick(VERBS)}${cap(c.noun())}Status`);
    return `export function ${fn}(code${c.t(': number')})${c.t(': string')} {
  switch (code) {
    case 0:
      return 'pending';
    case 1:
    case 2:
      return 'active';
    case ${c.r.int(3, 9)}:
      return 'suspended';
    default:
      return code < 0 ? 'invalid' : 'archived';
  }
}`;
  },
  (c) => {
    const fn = c.name('deepMerge');
    return `export function ${fn}(target${c.t(': Record<string, unknown>')}, ...sources${c.t(': Record<string, unknown>[]')})${c.t(': Record<string, unknown>')} {
  for (const source of sources) {
    for (const [key, value] of Object.entries(source)) {
      const current = target[key];
      target[key] =
        value && typeof value === 'object' && !Array.isArray(value) && current && typeof current === 'object'
          ? ${fn}({ ...(current${c.t(' as Record<string, unknown>')}) }, value${c.t(' as Record<string, unknown>')})
          : value;
    }
  }
  return target;
}`;
  },
];

export const services: Template[] = [
  (c) => {
    const noun = c.noun();
    const cls = c.name(`${cap(noun)}Service`);
    return `export class ${cls} {
  ${c.t('private readonly ')}cache = new Map${c.t(`<string, ${cap(noun)}>`)}();
  constructor(${c.t('private readonly ')}db${c.t(': Database')}, ${c.t('private readonly ')}events${c.t(': EventBus')}) {${c.ts ? '' : '\n    this.db = db;\n    this.events = events;\n  '}}

  async find(id${c.t(': string')})${c.t(`: Promise<${cap(noun)} | undefined>`)} {
    const cached = this.cache.get(id);
    if (cached) return cached;
    const row = await this.db.query('SELECT * FROM ${plural(noun)} WHERE id = $1', [id]);
    if (row) this.cache.set(id, row);
    return row ?? undefined;
  }

  async update(id${c.t(': string')}, patch${c.t(`: Partial<${cap(noun)}>`)}) {
    const existing = await this.find(id);
    if (!existing) throw new NotFoundError('${noun}', id);
    const next = { ...existing, ...patch, updatedAt: new Date() };
    await this.db.query('UPDATE ${plural(noun)} SET data = $2 WHERE id = $1', [id, JSON.stringify(next)]);
    this.cache.delete(id);
    this.events.emit('${noun}.updated', { id, fields: Object.keys(patch) });
    return next;
  }
}`;
  },
  (c) => {
    const cls = c.name('LruCache');
    return `export class ${cls}${c.t('<K, V>')} {
  ${c.t('private ')}entries = new Map${c.t('<K, V>')}();
  constructor(${c.t('private readonly ')}capacity = ${c.r.pick([100, 500, 1000])}) {${c.ts ? '' : '\n    this.capacity = capacity;\n  '}}
  get(key${c.t(': K')})${c.t(': V | undefined')} {
    if (!this.entries.has(key)) return undefined;
    const value = this.entries.get(key)${c.t('!')};
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }
  set(key${c.t(': K')}, value${c.t(': V')})${c.t(': void')} {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value${c.t(' as K')};
      this.entries.delete(oldest);
    }
  }
}`;
  },
  (c) => {
    const noun = c.noun();
    const fn = c.name(`sync${cap(plural(noun))}`);
    return `export async function ${fn}(source${c.t(': Source')}, target${c.t(': Target')}, { dryRun = false } = {}) {
  const [left, right] = await Promise.all([source.all(), target.all()]);
  const known = new Set(right.map((item${c.t(': { id: string }')}) => item.id));
  const missing = left.filter((item${c.t(': { id: string }')}) => !known.has(item.id));
  const stats = { created: 0, skipped: 0, failed: 0 };
  for (const item of missing) {
    if (dryRun) {
      stats.skipped++;
      continue;
    }
    try {
      await target.insert(item);
      stats.created++;
    } catch (error) {
      stats.failed++;
      console.warn('could not sync ${noun}', item.id, error);
    }
  }
  return stats;
}`;
  },
];

export const types: Template[] = [
  (c) => {
    const noun = cap(c.noun());
    const name = c.name(noun);
    return `export interface ${name} {
  id: string;
  name: string;
  status: '${c.r.pick(['draft', 'active'])}' | 'archived';
  createdAt: Date;
  updatedAt?: Date;
  tags: readonly string[];
  meta: Record<string, unknown>;
}`;
  },
  (c) => `export enum ${c.name('Role')} {
  Viewer = 'viewer',
  Editor = 'editor',
  Admin = 'admin',
}`,
  (c) => `export type ${c.name('Result')}<T, E = Error> = { ok: true; value: T } | { ok: false; error: E };`,
  (c) => {
    const name = c.name('config');
    return `export const ${name} = {
  port: Number(process.env.PORT ?? ${c.r.pick([3000, 8080, 4000])}),
  databaseUrl: process.env.DATABASE_URL ?? 'postgres://localhost/app',
  logLevel: process.env.LOG_LEVEL ?? 'info',
  features: { search: true, exports: ${c.r.pick(['true', 'false'])}, beta: process.env.BETA === '1' },
}${c.t(' as const')};`;
  },
];

export const ordinaryHeader = (ts: boolean): string =>
  `import { EventEmitter } from 'node:events';
import { NotFoundError } from './errors${ts ? '' : '.js'}';
${ts ? "import type { Database, EventBus, Source, Target } from './types';\n" : ''}`;
