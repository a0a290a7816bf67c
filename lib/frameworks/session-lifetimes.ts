import type { DurationFormat } from './duration-format.ts';
import { betterAuthLifetime } from './better-auth.ts';
import { nextAuthLifetime } from './next-auth.ts';
import { REACT_ROUTER_MODULES } from './react-router.ts';
import { DAY, type CookieFactory, type LifetimeOption, type SessionLifetime } from './session-lifetime.ts';

export type { CallSite, CookieFactory, LifetimeOption, MethodSite, PluginSite, SessionLifetime, SessionSite, SlidingFlag, StrategySite, TypedSite } from './session-lifetime.ts';

// How long each library lets a session or token live, and where its code says so. Units and defaults
// were checked against each library's source or documentation (see rules-data and
// research/asvs.md §5): a wrong unit here is a factor of 1000 in every verdict.

export const SESSION_LIFETIMES: readonly SessionLifetime[] = [
  {
    // cookie.maxAge in ms; without it a browser-session cookie, and MemoryStore never expires the session.
    library: 'express-session',
    subject: 'sessions',
    sites: [
      { kind: 'call', modules: ['express-session'], paths: [[]], options: 0 },
      { kind: 'typed', modules: ['express-session'], types: ['SessionOptions'] },
    ],
    lifetime: [
      { path: ['cookie', 'maxAge'], format: 'ms', never: [null] },
      { path: ['cookie', 'expires'], format: 'date', never: [null, false] },
    ],
    sliding: [{ path: ['rolling'], default: false }],
    store: 'store',
  },
  {
    // The whole session is in the signed cookie; the server never checks its age.
    library: 'cookie-session',
    subject: 'sessions',
    sites: [{ kind: 'call', modules: ['cookie-session'], paths: [[]], options: 0 }],
    lifetime: [
      { path: ['maxAge'], format: 'ms', never: [null] },
      { path: ['expires'], format: 'date', never: [null, false] },
    ],
    sliding: false,
  },
  {
    library: 'koa-session',
    subject: 'sessions',
    sites: [{ kind: 'call', modules: ['koa-session'], paths: [[]], options: 'koa' }],
    lifetime: [{ path: ['maxAge'], format: 'ms', never: ['session'] }],
    defaultSeconds: DAY,
    sliding: [
      { path: ['rolling'], default: false },
      { path: ['renew'], default: false },
    ],
  },
  {
    library: '@fastify/session',
    subject: 'sessions',
    sites: [
      { kind: 'fastify-plugin', modules: ['@fastify/session', 'fastify-session'] },
      { kind: 'typed', modules: ['@fastify/session'], types: ['FastifySessionOptions'] },
    ],
    lifetime: [
      { path: ['cookie', 'maxAge'], format: 'ms', never: [null] },
      { path: ['cookie', 'expires'], format: 'date', never: [null, false] },
    ],
    sliding: [{ path: ['rolling'], default: true }],
    store: 'store',
  },
  {
    library: '@fastify/secure-session',
    subject: 'sessions',
    sites: [{ kind: 'fastify-plugin', modules: ['@fastify/secure-session', 'fastify-secure-session'] }],
    lifetime: [{ path: ['expiry'], format: 's' }],
    defaultSeconds: DAY + 1,
    sliding: false,
  },
  {
    library: '@hapi/yar',
    subject: 'sessions',
    sites: [{ kind: 'hapi-plugin', modules: ['@hapi/yar', 'yar'] }],
    lifetime: [{ path: ['cache', 'expiresIn'], format: 'ms' }],
    defaultSeconds: DAY,
    sliding: false,
  },
  {
    // Without cookie.ttl the iron-sealed cookie is a browser-session cookie that never expires.
    library: '@hapi/cookie',
    subject: 'sessions',
    sites: [{ kind: 'hapi-strategy', scheme: 'cookie', requiredObject: 'cookie' }],
    lifetime: [{ path: ['cookie', 'ttl'], format: 'ms', never: [null] }],
    sliding: [{ path: ['keepAlive'], default: false }],
  },
  {
    library: 'iron-session',
    subject: 'sessions',
    sites: [
      { kind: 'call', modules: ['iron-session'], paths: [['getIronSession']], options: 'last' },
      { kind: 'call', modules: ['iron-session/next'], paths: [['withIronSessionApiRoute'], ['withIronSessionSsr']], options: 'last' },
      { kind: 'call', modules: ['iron-session/express'], paths: [['ironSession']], options: 0 },
      // The options usually live in a lib/session.ts of their own: `export const sessionOptions: SessionOptions = {…}`.
      { kind: 'typed', modules: ['iron-session', 'iron-session/next'], types: ['SessionOptions', 'IronSessionOptions'] },
    ],
    lifetime: [{ path: ['ttl'], format: 's', never: [0] }],
    defaultSeconds: 14 * DAY,
    sliding: false,
  },
  {
    // Without maxAge the seal has no TTL and the session never expires.
    library: 'h3 useSession',
    subject: 'sessions',
    sites: [
      {
        kind: 'call',
        modules: ['h3', 'nitropack/runtime', '#imports'],
        paths: [['useSession'], ['getSession'], ['updateSession'], ['sealSession']],
        options: 1,
        autoImported: { requiredKey: 'password' },
      },
      { kind: 'typed', modules: ['h3'], types: ['SessionConfig'] },
    ],
    lifetime: [{ path: ['maxAge'], format: 's', never: [0] }],
    sliding: false,
  },
  {
    library: 'React Router session storage',
    subject: 'sessions',
    sites: [
      {
        kind: 'call',
        modules: REACT_ROUTER_MODULES,
        paths: [
          ['createCookieSessionStorage'],
          ['createSessionStorage'],
          ['createFileSessionStorage'],
          ['createMemorySessionStorage'],
          ['createWorkersKVSessionStorage'],
          ['createArcTableSessionStorage'],
        ],
        options: 0,
      },
    ],
    lifetime: [
      { path: ['cookie', 'maxAge'], format: 's' },
      { path: ['cookie', 'expires'], format: 'date' },
    ],
    sliding: false,
    cookieFactory: { key: 'cookie', modules: REACT_ROUTER_MODULES, path: ['createCookie'], options: 1 },
  },
  {
    // A session cookie minted from a Firebase ID token; the SDK requires expiresIn (5 minutes to 2 weeks).
    library: 'Firebase createSessionCookie',
    subject: 'sessions',
    sites: [
      {
        kind: 'method',
        method: 'createSessionCookie',
        receivers: [
          { modules: ['firebase-admin/auth'], path: ['getAuth'] },
          { modules: ['firebase-admin'], path: ['auth'] },
        ],
        options: 1,
      },
    ],
    lifetime: [{ path: ['expiresIn'], format: 'ms' }],
    lifetimeRequired: true,
    sliding: false,
  },
  {
    // Lucia v3 extends a session when half of it has passed.
    library: 'Lucia',
    subject: 'sessions',
    sites: [{ kind: 'new', modules: ['lucia'], paths: [['Lucia']], options: 1 }],
    lifetime: [{ path: ['sessionExpiresIn'], format: 'timespan' }],
    defaultSeconds: 30 * DAY,
    sliding: true,
  },
  nextAuthLifetime,
  betterAuthLifetime,
];

/**
 * A session store whose TTL limits sessions whose cookie sets no lifetime. Every one of these renews
 * the TTL on each request (`touch`), so it is an idle timeout.
 */
export interface SessionStore {
  readonly library: string;
  readonly module: string;
  /**
   * How the store is made: `new X(options)` or `X.create(options)`, where X is the module at one of
   * these paths, or what calling it returns (`require('connect-redis')(session)`).
   */
  readonly constructors: readonly (readonly string[])[];
  readonly ttl: LifetimeOption;
  /** Options that switch expiry off. */
  readonly disable?: string;
  readonly defaultSeconds: number;
}

export const SESSION_STORES: readonly SessionStore[] = [
  {
    library: 'connect-redis',
    module: 'connect-redis',
    constructors: [[], ['RedisStore']],
    ttl: { path: ['ttl'], format: 's' },
    disable: 'disableTTL',
    defaultSeconds: DAY,
  },
  {
    library: 'connect-mongo',
    module: 'connect-mongo',
    constructors: [[], ['MongoStore']],
    ttl: { path: ['ttl'], format: 's' },
    defaultSeconds: 14 * DAY,
  },
  {
    library: 'memorystore',
    module: 'memorystore',
    constructors: [[]],
    ttl: { path: ['ttl'], format: 'ms' },
    defaultSeconds: DAY,
  },
];

/** express-session's own MemoryStore never expires a session on its own. */
export const NON_EXPIRING_STORES: readonly { readonly module: string; readonly path: readonly string[] }[] = [
  { module: 'express-session', path: ['MemoryStore'] },
];

/**
 * How tokens signed through a JWT library call get their expiry, keyed by the library and call names
 * of lib/frameworks/jwt-libraries.ts (`jsonwebtoken jwt.sign`).
 */
export interface TokenExpiry {
  /** The option that sets the lifetime, relative to the call's options object. */
  readonly option?: { readonly path: readonly string[]; readonly format: DurationFormat };
  /** The builder method that sets it (jose `setExpirationTime`). */
  readonly method?: string;
  /** Where the claims are: an argument index, or the builder's constructor argument. */
  readonly payload?: number | 'builder';
  /**
   * Whether leaving the option out means the token never expires. False for per-call overrides of a
   * module default (`jwtService.sign(payload, { expiresIn })`), which only matter when set.
   */
  readonly absentMeansNever: boolean;
}

const JWT_SPAN = 'jsonwebtoken' as const;

export const TOKEN_EXPIRY: Readonly<Record<string, TokenExpiry>> = {
  'jsonwebtoken jwt.sign': { option: { path: ['expiresIn'], format: JWT_SPAN }, payload: 0, absentMeansNever: true },
  // hono's sign(payload, key, alg) has no options: the `exp` claim is the expiry.
  'hono/jwt sign': { payload: 0, absentMeansNever: true },
  'hono/jwt Jwt.sign': { payload: 0, absentMeansNever: true },
  // jwt-simple checks `exp` only when the payload has one.
  'jwt-simple jwt.encode': { payload: 0, absentMeansNever: true },
  'jose SignJWT#sign': { method: 'setExpirationTime', payload: 'builder', absentMeansNever: true },
  'jose EncryptJWT#encrypt': { method: 'setExpirationTime', payload: 'builder', absentMeansNever: true },
  // Module-wide defaults: a sign() call that forgets its own expiresIn falls back to them.
  '@nestjs/jwt JwtModule.register': { option: { path: ['signOptions', 'expiresIn'], format: JWT_SPAN }, absentMeansNever: true },
  '@nestjs/jwt JwtModule.registerAsync': { option: { path: ['signOptions', 'expiresIn'], format: JWT_SPAN }, absentMeansNever: true },
  '@nestjs/jwt new JwtService': { option: { path: ['signOptions', 'expiresIn'], format: JWT_SPAN }, absentMeansNever: true },
  // @fastify/jwt reads numbers as seconds and strings as @lukeed/ms spans, like jsonwebtoken.
  '@fastify/jwt @fastify/jwt': { option: { path: ['sign', 'expiresIn'], format: JWT_SPAN }, absentMeansNever: true },
  '@nestjs/jwt jwtService.sign': { option: { path: ['expiresIn'], format: JWT_SPAN }, absentMeansNever: false },
  '@nestjs/jwt jwtService.signAsync': { option: { path: ['expiresIn'], format: JWT_SPAN }, absentMeansNever: false },
};
