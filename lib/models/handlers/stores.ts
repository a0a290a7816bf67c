import { isDeclared, type VersionContext } from '../../file/versions.ts';
import type { SessionFlavour } from './session.ts';

// Cookie sessions keep the whole session in the cookie: a planted cookie never gains the login, and
// the app ends one by dropping it (`req.session = null`).
// koa-session's cookie mode and yar's cookie cache cannot be told apart from their store modes.
const COOKIE_STORES: Record<SessionFlavour, { cookie: readonly string[]; server: readonly string[] }> = {
  express: { cookie: ['cookie-session'], server: ['express-session'] },
  fastify: { cookie: ['@fastify/secure-session', 'fastify-secure-session'], server: ['@fastify/session', 'fastify-session'] },
  koa: { cookie: [], server: [] },
  yar: { cookie: [], server: [] },
};

/**
 * Whether `req.session` is a cookie session (cookie-session, @fastify/secure-session) rather than a
 * server-side one: the file's imports decide, else the project's package.json, else server-side.
 */
export function isCookieSession(flavour: SessionFlavour, imported: ReadonlySet<string>, context: VersionContext): boolean {
  const stores = COOKIE_STORES[flavour];
  if (stores.server.some((name) => imported.has(name))) return false;
  if (stores.cookie.some((name) => imported.has(name))) return true;
  return stores.cookie.some((name) => isDeclared(context, name)) && !stores.server.some((name) => isDeclared(context, name));
}
