// The shape of the per-library cookie data. A row says how code reaches the library (a function of a
// module, a method on a framework object, a plugin registration), where the cookie's name and options
// are, what the library calls each attribute, and what it does when one is left out. The analysis in
// lib/models/cookies reads these rows; no rule knows a library by name.

export type Attribute = 'secure' | 'httpOnly' | 'sameSite' | 'path' | 'domain';

/** A normalised SameSite: `false` means the attribute is not sent; `'auto'` is express-session's None-on-HTTPS. */
export type SameSite = 'strict' | 'lax' | 'none' | 'auto' | false;

/** What the library sends when the attribute is left out. */
export interface Defaults {
  /** `'request'`: Secure exactly when the request came over HTTPS (Koa, cookie-session). */
  readonly secure: boolean | 'request';
  readonly httpOnly: boolean;
  readonly sameSite: SameSite;
  /** `undefined`: no Path attribute, so the browser scopes the cookie to the request's directory. */
  readonly path: string | undefined;
}

/** Where a value sits in a call: an argument, or a property path inside the call's configuration object. */
export type Place = { readonly argument: number } | { readonly config: readonly string[] };

/** Which argument holds the configuration object (the options, or the session library's settings). */
export type ConfigPlace =
  | { readonly argument: number }
  /** The last argument (iron-session: `(req, res, options)` or `(cookieStore, options)`). */
  | { readonly last: true }
  /** Whichever argument is an object literal (koa-session accepts `(options, app)` and `(app, options)`). */
  | { readonly object: true };

/** How code reaches the library. The analysis implements each kind once. */
export type Match =
  /** A function exported by a module, called directly or through a namespace: `session(…)`, `cookie.serialize(…)`. */
  | { readonly kind: 'call'; readonly modules: readonly string[]; readonly path: readonly string[]; readonly nuxtGlobal?: boolean }
  /** A method on a framework object the analysis recognises (lib/match/receivers.ts). */
  | { readonly kind: 'method'; readonly receiver: Receiver; readonly methods: readonly string[] }
  /** A plugin registered with `fastify.register(plugin, options)` or hapi's `server.register({ plugin, options })`. */
  | { readonly kind: 'plugin'; readonly host: 'fastify' | 'hapi'; readonly modules: readonly string[] }
  /** hapi `server.auth.strategy(name, scheme, options)`. */
  | { readonly kind: 'auth-strategy'; readonly scheme: string }
  /**
   * A method on an instance of a class a module exports: one the file creates (`new Cookies()`), an
   * Angular service injected into a constructor parameter or with `inject(CookieService)`, or a
   * parameter, variable or class property typed with the class. `defaultsArgument`: the constructor
   * argument whose options are the default of every call (universal-cookie's `new Cookies(header, defaults)`).
   */
  | { readonly kind: 'instance'; readonly modules: readonly string[]; readonly path: readonly string[]; readonly methods: readonly string[]; readonly defaultsArgument?: number }
  /** A function a module's hook returns in an array, called by the name it is destructured to: react-cookie's `const [, setCookie] = useCookies()`. */
  | { readonly kind: 'returned'; readonly modules: readonly string[]; readonly path: readonly string[]; readonly index: number }
  /** A raw `Set-Cookie` header value, or a `document.cookie` assignment. */
  | { readonly kind: 'set-cookie-header' }
  | { readonly kind: 'document-cookie' };

export type Receiver =
  | 'express-response'
  | 'fastify-reply'
  | 'koa-cookies'
  | 'sveltekit-cookies'
  | 'astro-cookies'
  | 'cookie-jar'
  | 'cookies-instance'
  | 'next-cookies'
  | 'next-response-cookies'
  | 'hapi-toolkit'
  | 'hapi-server';

export interface CookieApi {
  /** Stable id, used in tests and docs: `express-session`, `koa.cookies.set`. */
  readonly id: string;
  /** The library as users know it, for messages and docs. */
  readonly label: string;
  readonly side: 'server' | 'browser';
  /** Every cookie it writes carries a session: a session library. */
  readonly session: boolean;
  readonly match: Match;
  /** The configuration object the places below are relative to; absent where the match finds it (plugins, strings). */
  readonly config?: ConfigPlace;
  /** Where the cookie's name is, and the library's default name. */
  readonly name?: Place & { readonly default?: string };
  /** Where the cookie's value is (its provenance can make it a session cookie). */
  readonly value?: Place;
  /** Property path of the attribute object inside the configuration: [] when the attributes are at its top. */
  readonly attributes: readonly (readonly string[])[];
  /** The calls also accept one object `{ name, value, ...attributes }` as their first argument. */
  readonly objectForm?: boolean;
  /** The option name of each attribute (hapi calls Secure `isSecure`). */
  readonly keys: Readonly<Record<Attribute, string>>;
  readonly defaults: Defaults;
  /** How the library writes SameSite values: `'lax'` or hapi's `'Lax'`. */
  readonly sameSiteCase: 'lower' | 'capitalised';
  /** Accepts `secure: 'auto'` (Secure when the request is HTTPS). */
  readonly secureAuto: boolean;
  /**
   * What Secure does on a plain-HTTP request: `sent` (the header carries it; the browser decides),
   * `dropped` (the library silently sends no cookie) or `throws`. Decides whether adding Secure is a
   * safe autofix or a suggestion.
   */
  readonly secureOnHttp: 'sent' | 'dropped' | 'throws';
  /**
   * Where each attribute is when the configuration argument is not an object: ngx-cookie-service's
   * `set(name, value, expires, path, domain, secure, sameSite)`.
   */
  readonly positional?: Readonly<Partial<Record<Attribute, number>>>;
  /**
   * A browser-side row whose calls write the cookie from the server when the options carry one of
   * these keys (cookies-next's `{ req, res }` or `{ cookies }`).
   */
  readonly serverOptions?: readonly string[];
  /**
   * Options elsewhere in the configuration that supply an attribute the attribute object leaves out,
   * in the order the library reads them (better-auth's `advanced.defaultCookieAttributes.secure`, then
   * `advanced.useSecureCookies`). A fix changes them where they are.
   */
  readonly fallbacks?: readonly { readonly attribute: Attribute; readonly path: readonly string[] }[];
  /**
   * `'unknown'`: once the file gives the attribute object, what an attribute it leaves out becomes
   * depends on the library's version (next-auth 4 replaces its default cookie, Auth.js 5 merges into it).
   */
  readonly partialObject?: 'unknown';
  /** A plugin registration in the same file whose option supplies defaults: @fastify/cookie's `parseOptions`. */
  readonly registeredDefaults?: { readonly modules: readonly string[]; readonly option: string };
  /** It clears a cookie (`res.clearCookie`): only the prefix rules apply, since a browser ignores an invalid clear. */
  readonly clears?: boolean;
  /** Hono's `prefix: 'host' | 'secure'`, which names the cookie `__Host-…`/`__Secure-…` and forces Secure. */
  readonly prefixOption?: string;
}

export const STANDARD_KEYS: Readonly<Record<Attribute, string>> = {
  secure: 'secure',
  httpOnly: 'httpOnly',
  sameSite: 'sameSite',
  path: 'path',
  domain: 'domain',
};

export const HAPI_KEYS: Readonly<Record<Attribute, string>> = {
  secure: 'isSecure',
  httpOnly: 'isHttpOnly',
  sameSite: 'isSameSite',
  path: 'path',
  domain: 'domain',
};

/** Nothing is added unless asked for: Express `res.cookie`, `cookie.serialize`, Next.js, Hono, h3. */
export const BARE_DEFAULTS: Defaults = { secure: false, httpOnly: false, sameSite: false, path: undefined };

/**
 * The session cookie of an authentication library (next-auth, better-auth): HttpOnly, SameSite=Lax,
 * Path=/, and Secure when the app's URL is https.
 */
export const AUTH_LIBRARY_COOKIE = {
  side: 'server',
  session: true,
  keys: STANDARD_KEYS,
  defaults: { secure: 'request', httpOnly: true, sameSite: 'lax', path: '/' },
  sameSiteCase: 'lower',
  secureAuto: false,
  secureOnHttp: 'sent',
} as const satisfies Partial<CookieApi>;
