import type { DurationFormat } from './duration-format.ts';

// The shape of the session-lifetime rows each framework family exports; lib/frameworks/session-lifetimes.ts lists them.

export const DAY = 24 * 60 * 60;

/** `callee(...)` or `new Callee(...)` where the callee is one of the modules' exports at one of `paths`. */
export interface CallSite {
  readonly kind: 'call' | 'new';
  readonly modules: readonly string[];
  readonly paths: readonly (readonly string[])[];
  /** Which argument holds the options: an index, the last argument, or `koa` (koa-session takes `(options, app)` or `(app, options)`). */
  readonly options: number | 'last' | 'koa';
  /** Also an undeclared global of the same name (Nuxt auto-imports h3), when the options show `requiredKey`. */
  readonly autoImported?: { readonly requiredKey: string };
}

/** `instance.register(plugin, options)` (Fastify) or `server.register({ plugin, options })` (hapi). */
export interface PluginSite {
  readonly kind: 'fastify-plugin' | 'hapi-plugin';
  readonly modules: readonly string[];
}

/** hapi `server.auth.strategy(name, scheme, options)`; the options must contain the object `requiredObject`. */
export interface StrategySite {
  readonly kind: 'hapi-strategy';
  readonly scheme: string;
  readonly requiredObject: string;
}

/** A variable or `satisfies` typed with one of the modules' option types (`authOptions: NextAuthOptions`). */
export interface TypedSite {
  readonly kind: 'typed';
  readonly modules: readonly string[];
  readonly types: readonly string[];
}

/** `receiver.method(…)` where the receiver is what one of these exports returns when called (`getAuth()`). */
export interface MethodSite {
  readonly kind: 'method';
  readonly method: string;
  readonly receivers: readonly { readonly modules: readonly string[]; readonly path: readonly string[] }[];
  readonly options: number;
}

export type SessionSite = CallSite | PluginSite | StrategySite | TypedSite | MethodSite;

export interface LifetimeOption {
  /** Where the option sits in the options object: `['cookie', 'maxAge']`. */
  readonly path: readonly string[];
  readonly format: DurationFormat;
  /** Values that switch expiry off: iron-session `ttl: 0`, koa-session `maxAge: 'session'`. */
  readonly never?: readonly unknown[];
}

/** An option whose truthy value makes activity renew the lifetime (express-session `rolling`). */
export interface SlidingFlag {
  readonly path: readonly string[];
  readonly default: boolean;
}

export interface SessionLifetime {
  /** How messages name the library. */
  readonly library: string;
  /** Sessions, or signed tokens whose defaults a module-level configuration sets. */
  readonly subject: 'sessions' | 'tokens';
  readonly sites: readonly SessionSite[];
  /** The options that set the lifetime, in the order the library reads them; the first present wins. The first is where a fix adds one. */
  readonly lifetime: readonly [LifetimeOption, ...LifetimeOption[]];
  /** The lifetime in seconds when no option sets one; undefined when the session then never expires. */
  readonly defaultSeconds?: number;
  /** The library throws without a lifetime, so only a given value is judged. */
  readonly lifetimeRequired?: boolean;
  /** Whether activity renews the lifetime: always, never, or when any of these flags is on. */
  readonly sliding: boolean | readonly SlidingFlag[];
  /** The option holding a server-side store, whose own TTL bounds sessions when the cookie sets no lifetime. */
  readonly store?: string;
  /** The cookie option may be a cookie object made by a factory: `createCookie(name, options)`. */
  readonly cookieFactory?: CookieFactory;
}

/** A function that makes the object an option holds, and which of its arguments are that object's options. */
export interface CookieFactory {
  readonly key: string;
  readonly modules: readonly string[];
  readonly path: readonly string[];
  readonly options: number;
}
