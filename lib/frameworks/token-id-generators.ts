// Session libraries that let the application supply its own session id or token generator, where the
// option lives, and what the library uses when it is left out (checked in each library's source).
// require-secure-session-id reads these rows through lib/models/randomness/id-generators.ts.

import { H3_MODULES } from './h3.ts';

export type GeneratorMatch =
  /** A function exported by a module, given the configuration as one of its arguments. */
  | { readonly kind: 'call'; readonly modules: readonly string[]; readonly path: readonly string[]; readonly nuxtGlobal?: boolean }
  /** A plugin registered with `fastify.register(plugin, options)` or hapi's `server.register({ plugin, options })`. */
  | { readonly kind: 'plugin'; readonly host: 'fastify' | 'hapi'; readonly modules: readonly string[] };

export interface IdGeneratorOption {
  /** The library as users know it. */
  readonly library: string;
  /** The option's path inside the configuration object. */
  readonly option: readonly string[];
  readonly match: GeneratorMatch;
  /** TypeScript types that mark a configuration object written apart from the call (`authOptions: NextAuthOptions`). */
  readonly configTypes?: readonly string[];
  /** The library's own generator, for the docs. */
  readonly builtIn: string;
}

const AUTH_JS_TYPES = ['NextAuthOptions', 'AuthOptions', 'NextAuthConfig', 'AuthConfig', 'SvelteKitAuthConfig', 'ExpressAuthConfig'];
const authJs = (modules: readonly string[], path: readonly string[]): IdGeneratorOption => ({
  library: 'Auth.js',
  option: ['session', 'generateSessionToken'],
  match: { kind: 'call', modules, path },
  configTypes: AUTH_JS_TYPES,
  builtIn: 'crypto.randomUUID() (122 bits)',
});

export const ID_GENERATOR_OPTIONS: readonly IdGeneratorOption[] = [
  { library: 'express-session', option: ['genid'], match: { kind: 'call', modules: ['express-session'], path: [] }, builtIn: 'uid-safe, 24 bytes (192 bits)' },
  { library: 'koa-session', option: ['genid'], match: { kind: 'call', modules: ['koa-session'], path: [] }, builtIn: 'crypto.randomUUID() (122 bits), external stores only' },
  {
    library: '@fastify/session',
    option: ['idGenerator'],
    match: { kind: 'plugin', host: 'fastify', modules: ['@fastify/session', 'fastify-session'] },
    builtIn: '24 random bytes (192 bits)',
  },
  { library: '@hapi/yar', option: ['customSessionIDGenerator'], match: { kind: 'plugin', host: 'hapi', modules: ['@hapi/yar', 'yar'] }, builtIn: 'crypto.randomUUID() (122 bits)' },
  { ...authJs(['next-auth', 'next-auth/next'], []), library: 'next-auth' },
  authJs(['@auth/core'], ['Auth']),
  authJs(['@auth/sveltekit'], ['SvelteKitAuth']),
  authJs(['@auth/express'], ['ExpressAuth']),
  ...['useSession', 'getSession', 'updateSession', 'sealSession'].map(
    (name): IdGeneratorOption => ({
      library: `h3 ${name}`,
      option: ['generateId'],
      match: { kind: 'call', modules: H3_MODULES, path: [name], nuxtGlobal: true },
      builtIn: 'crypto.randomUUID() (122 bits)',
    }),
  ),
];
