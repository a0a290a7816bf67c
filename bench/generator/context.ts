// What a code template gets: a seeded random source, the file's language, and unique top-level names.
import type { Random } from '../../fuzz/random.ts';

export const NOUNS = [
  'user', 'order', 'invoice', 'product', 'cart', 'account', 'profile', 'payment', 'report', 'team',
  'project', 'message', 'comment', 'upload', 'device', 'address', 'subscription', 'plan', 'coupon', 'review',
  'ticket', 'event', 'booking', 'shipment', 'customer', 'tenant', 'workspace', 'document', 'note', 'task',
] as const;

export const VERBS = ['get', 'list', 'create', 'update', 'remove', 'find', 'load', 'save', 'sync', 'validate', 'format', 'build'] as const;

export interface Unit {
  readonly r: Random;
  readonly ts: boolean;
  /** A top-level name that no earlier template of this file declared: `formatOrder`, then `formatOrder2`. */
  name(base: string): string;
  /** `text` in TypeScript files, nothing in JavaScript files: `fn(id${c.t(': string')})`. */
  t(text: string): string;
  noun(): string;
}

export function createUnitContext(r: Random, ts: boolean): Unit & { declared: Set<string> } {
  const declared = new Set<string>();
  return {
    r,
    ts,
    declared,
    name(base) {
      let candidate = base;
      for (let index = 2; declared.has(candidate); index++) candidate = `${base}${index}`;
      declared.add(candidate);
      return candidate;
    },
    t: (text) => (ts ? text : ''),
    noun: () => r.pick(NOUNS),
  };
}

export const cap = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);
export const plural = (word: string): string => (word.endsWith('s') ? `${word}es` : word.endsWith('y') ? `${word.slice(0, -1)}ies` : `${word}s`);

/** Indents every line of a block by `depth` levels of two spaces. */
export function indent(code: string, depth = 1): string {
  const pad = '  '.repeat(depth);
  return code
    .split('\n')
    .map((line) => (line ? pad + line : line))
    .join('\n');
}

/** A random cookie or session option object, sometimes missing a flag or turning one off. */
export function cookieOptions(c: Unit, style: 'express' | 'koa' | 'fastify' | 'next'): string {
  const { r } = c;
  const parts: string[] = [];
  if (r.chance(0.8)) parts.push(`httpOnly: ${r.chance(0.9) ? 'true' : 'false'}`);
  if (r.chance(0.75)) parts.push(r.pick(['secure: true', "secure: process.env.NODE_ENV === 'production'", 'secure: isProduction', 'secure: false']));
  if (r.chance(0.7)) parts.push(`sameSite: ${r.pick(["'lax'", "'strict'", "'none'", style === 'express' ? "'Lax'" : "'lax'"])}`);
  if (r.chance(0.5)) parts.push(style === 'koa' ? `maxAge: ${r.pick(['86400000', '60 * 60 * 1000', 'ONE_DAY_MS'])}` : `maxAge: ${r.pick(['3600', '60 * 60 * 24', '1000 * 60 * 15', 'SESSION_TTL'])}`);
  if (r.chance(0.4)) parts.push(`path: '/'`);
  if (r.chance(0.2)) parts.push(`domain: '.example.com'`);
  if (style === 'koa' && r.chance(0.5)) parts.push('signed: true');
  if (style === 'fastify' && r.chance(0.3)) parts.push('signed: true');
  if (r.chance(0.15)) parts.push('...cookieDefaults');
  return parts.length === 0 ? '{}' : parts.length > 3 && r.chance(0.6) ? `{\n${parts.map((part) => `  ${part},`).join('\n')}\n}` : `{ ${parts.join(', ')} }`;
}

export function cookieName(c: Unit, session: boolean): string {
  return session
    ? c.r.pick(['sid', 'session', 'connect.sid', '__Host-session', 'auth_token', 'access_token', 'refresh_token', 'jwt', 'remember_me', 'app.sess'])
    : c.r.pick(['theme', 'locale', 'consent', 'ab_bucket', 'last_visit', 'currency', 'tz', 'banner_dismissed', 'utm_source']);
}
