import { STANDARD_KEYS, type CookieApi } from './cookie-api.ts';

// iron-session 8.0.4 `getIronSession(req, res, options)` / `getIronSession(cookieStore, options)`, and
// the v6/v7 wrappers that take the same options last: Secure, HttpOnly, SameSite=Lax and Path=/.

const ironSession = {
  side: 'server',
  session: true,
  config: { last: true },
  name: { config: ['cookieName'] },
  attributes: [['cookieOptions']],
  keys: STANDARD_KEYS,
  defaults: { secure: true, httpOnly: true, sameSite: 'lax', path: '/' },
  sameSiteCase: 'lower',
  secureAuto: false,
  secureOnHttp: 'sent',
} as const;

const ENTRY_POINTS: readonly [string, string][] = [
  ['iron-session', 'getIronSession'],
  ['iron-session/next', 'withIronSessionApiRoute'],
  ['iron-session/next', 'withIronSessionSsr'],
  ['iron-session/express', 'ironSession'],
];

export const ironSessions: readonly CookieApi[] = ENTRY_POINTS.map(([module, name]) => ({
  ...ironSession,
  id: `iron-session.${name}`,
  label: `iron-session ${name}`,
  match: { kind: 'call', modules: [module], path: [name] },
}));
