import { REACT_ROUTER_MODULES } from './react-router.ts';

// Where each session and cookie library takes the secret that signs or encrypts its sessions. JWT
// libraries' keys are described in jwt-libraries.ts (their key arguments and `secretOptions`).
// A site's `properties` are paths inside the argument; [] is the argument itself.

type Path = readonly string[];

export type SecretSiteForm =
  /** `f(...)` or `lib.f(...)`. */
  | 'call'
  | 'new'
  /** Fastify: `app.register(plugin, options)`. */
  | 'register'
  /** hapi: `server.register({ plugin, options })` (or an array of them). */
  | 'hapi-plugin'
  /** hapi: `server.auth.strategy(name, scheme, options)` for a scheme the file's imports provide. */
  | 'hapi-scheme'
  /** A property write on an instance: Koa's `app.keys = [...]`. */
  | 'instance-property'
  /** An options object typed with the library's options type (`const authOptions: NextAuthOptions = {...}`). */
  | 'typed';

export interface SecretSite {
  /** The library as users know it. */
  readonly library: string;
  /** What messages call the secret, e.g. `secret`. */
  readonly option: string;
  /** The environment variable a suggestion reads it from. */
  readonly env: string;
  readonly modules: readonly string[];
  /** Export path of the function, class or type; for 'instance-property', the class. */
  readonly path: readonly string[];
  readonly form: SecretSiteForm;
  /** The argument that holds the secret or the options; 'last' when the options close the call. */
  readonly argument?: number | 'last';
  readonly properties: readonly Path[];
  /** For 'hapi-scheme': the scheme name. For 'instance-property': the property. */
  readonly name?: string;
  /** Also matched on an undeclared global of this name (Nuxt auto-imports h3's helpers). */
  readonly autoImported?: boolean;
}

const H3_SESSION = ['useSession', 'getSession', 'updateSession', 'sealSession', 'unsealSession', 'clearSession'];
const REMIX_STORAGES = [
  'createCookieSessionStorage',
  'createSessionStorage',
  'createFileSessionStorage',
  'createMemorySessionStorage',
  'createWorkersKVSessionStorage',
  'createArcTableSessionStorage',
];

const site = (library: string, option: string, env: string, rest: Omit<SecretSite, 'library' | 'option' | 'env'>): SecretSite => ({ library, option, env, ...rest });

export const SECRET_SITES: readonly SecretSite[] = [
  site('express-session', 'secret', 'SESSION_SECRET', { modules: ['express-session'], path: [], form: 'call', argument: 0, properties: [['secret']] }),
  site('cookie-session', 'keys', 'SESSION_SECRET', { modules: ['cookie-session'], path: [], form: 'call', argument: 0, properties: [['keys'], ['secret']] }),
  site('cookie-parser', 'secret', 'COOKIE_SECRET', { modules: ['cookie-parser'], path: [], form: 'call', argument: 0, properties: [[]] }),
  site('cookie-signature', 'secret', 'COOKIE_SECRET', { modules: ['cookie-signature'], path: ['sign'], form: 'call', argument: 1, properties: [[]] }),
  site('cookie-signature', 'secret', 'COOKIE_SECRET', { modules: ['cookie-signature'], path: ['unsign'], form: 'call', argument: 1, properties: [[]] }),
  site('keygrip', 'keys', 'COOKIE_SECRET', { modules: ['keygrip'], path: [], form: 'new', argument: 0, properties: [[]] }),
  site('keygrip', 'keys', 'COOKIE_SECRET', { modules: ['keygrip'], path: [], form: 'call', argument: 0, properties: [[]] }),
  site('Koa', 'app.keys', 'COOKIE_SECRET', { modules: ['koa'], path: [], form: 'instance-property', name: 'keys', properties: [[]] }),

  site('@fastify/cookie', 'secret', 'COOKIE_SECRET', { modules: ['@fastify/cookie', 'fastify-cookie'], path: [], form: 'register', argument: 1, properties: [['secret']] }),
  site('@fastify/session', 'secret', 'SESSION_SECRET', { modules: ['@fastify/session', 'fastify-session'], path: [], form: 'register', argument: 1, properties: [['secret']] }),
  site('@fastify/secure-session', 'key', 'SESSION_SECRET', {
    modules: ['@fastify/secure-session', 'fastify-secure-session'],
    path: [],
    form: 'register',
    argument: 1,
    properties: [['secret'], ['key']],
  }),

  site('iron-session', 'password', 'SESSION_PASSWORD', { modules: ['iron-session'], path: ['getIronSession'], form: 'call', argument: 'last', properties: [['password']] }),
  site('iron-session', 'password', 'SESSION_PASSWORD', { modules: ['iron-session'], path: ['sealData'], form: 'call', argument: 1, properties: [['password']] }),
  site('iron-session', 'password', 'SESSION_PASSWORD', { modules: ['iron-session'], path: ['unsealData'], form: 'call', argument: 1, properties: [['password']] }),
  site('iron-session', 'password', 'SESSION_PASSWORD', { modules: ['iron-session/next'], path: ['withIronSessionApiRoute'], form: 'call', argument: 1, properties: [['password']] }),
  site('iron-session', 'password', 'SESSION_PASSWORD', { modules: ['iron-session/next'], path: ['withIronSessionSsr'], form: 'call', argument: 1, properties: [['password']] }),
  site('iron-session', 'password', 'SESSION_PASSWORD', { modules: ['iron-session'], path: ['SessionOptions'], form: 'typed', properties: [['password']] }),
  site('iron-session', 'password', 'SESSION_PASSWORD', { modules: ['iron-session'], path: ['IronSessionOptions'], form: 'typed', properties: [['password']] }),
  site('@hapi/iron', 'password', 'IRON_PASSWORD', { modules: ['@hapi/iron'], path: ['seal'], form: 'call', argument: 1, properties: [[]] }),
  site('@hapi/iron', 'password', 'IRON_PASSWORD', { modules: ['@hapi/iron'], path: ['unseal'], form: 'call', argument: 1, properties: [[]] }),

  ...H3_SESSION.map((name) => site('h3', 'password', 'SESSION_PASSWORD', { modules: ['h3'], path: [name], form: 'call', argument: 1, properties: [['password']], autoImported: true })),

  site('@hapi/yar', 'cookieOptions.password', 'SESSION_PASSWORD', { modules: ['@hapi/yar'], path: [], form: 'hapi-plugin', properties: [['cookieOptions', 'password']] }),
  site('@hapi/cookie', 'cookie.password', 'COOKIE_PASSWORD', {
    modules: ['@hapi/cookie', 'hapi-auth-cookie'],
    path: [],
    form: 'hapi-scheme',
    name: 'cookie',
    argument: 2,
    properties: [['cookie', 'password'], ['password']],
  }),
  site('@hapi/jwt', 'keys', 'JWT_SECRET', { modules: ['@hapi/jwt'], path: [], form: 'hapi-scheme', name: 'jwt', argument: 2, properties: [['keys']] }),
  site('hapi-auth-jwt2', 'key', 'JWT_SECRET', { modules: ['hapi-auth-jwt2'], path: [], form: 'hapi-scheme', name: 'jwt', argument: 2, properties: [['key']] }),

  site('next-auth', 'secret', 'NEXTAUTH_SECRET', { modules: ['next-auth'], path: [], form: 'call', argument: 'last', properties: [['secret']] }),
  ...['getToken', 'encode', 'decode'].map((name) => site('next-auth', 'secret', 'NEXTAUTH_SECRET', { modules: ['next-auth/jwt'], path: [name], form: 'call', argument: 0, properties: [['secret']] })),
  ...['NextAuthOptions', 'AuthOptions', 'NextAuthConfig'].map((name) => site('next-auth', 'secret', 'NEXTAUTH_SECRET', { modules: ['next-auth'], path: [name], form: 'typed', properties: [['secret']] })),
  site('Auth.js', 'secret', 'AUTH_SECRET', { modules: ['@auth/core'], path: ['Auth'], form: 'call', argument: 1, properties: [['secret']] }),
  site('Auth.js', 'secret', 'AUTH_SECRET', { modules: ['@auth/core'], path: ['AuthConfig'], form: 'typed', properties: [['secret']] }),
  site('Auth.js', 'secret', 'AUTH_SECRET', { modules: ['@auth/express'], path: ['ExpressAuth'], form: 'call', argument: 0, properties: [['secret']] }),
  site('Auth.js', 'secret', 'AUTH_SECRET', { modules: ['@auth/sveltekit'], path: ['SvelteKitAuth'], form: 'call', argument: 0, properties: [['secret']] }),

  // better-auth 1.7 (packages/better-auth/src/context/create-context.ts) signs its cookies with `secret`, else BETTER_AUTH_SECRET.
  site('better-auth', 'secret', 'BETTER_AUTH_SECRET', { modules: ['better-auth', 'better-auth/minimal'], path: ['betterAuth'], form: 'call', argument: 0, properties: [['secret']] }),
  site('better-auth', 'secret', 'BETTER_AUTH_SECRET', { modules: ['better-auth', 'better-auth/types'], path: ['BetterAuthOptions'], form: 'typed', properties: [['secret']] }),

  site('hono/cookie', 'secret', 'COOKIE_SECRET', { modules: ['hono/cookie'], path: ['setSignedCookie'], form: 'call', argument: 3, properties: [[]] }),
  site('hono/cookie', 'secret', 'COOKIE_SECRET', { modules: ['hono/cookie'], path: ['getSignedCookie'], form: 'call', argument: 1, properties: [[]] }),

  site('React Router', 'secrets', 'SESSION_SECRET', { modules: REACT_ROUTER_MODULES, path: ['createCookie'], form: 'call', argument: 1, properties: [['secrets']] }),
  ...REMIX_STORAGES.map((name) => site('React Router', 'cookie.secrets', 'SESSION_SECRET', { modules: REACT_ROUTER_MODULES, path: [name], form: 'call', argument: 0, properties: [['cookie', 'secrets']] })),
];

/** Default environment variable names for JWT keys. */
export const JWT_SECRET_ENV = 'JWT_SECRET';
export const JWT_PRIVATE_KEY_ENV = 'JWT_PRIVATE_KEY';
