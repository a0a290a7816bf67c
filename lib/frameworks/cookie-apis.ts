import { astroCookies } from './astro.ts';
import { betterAuthCookie } from './better-auth.ts';
import { documentCookie, jsCookie } from './browser.ts';
import { cookiesNext, ngxCookie, ngxCookieService, reactCookieHook, universalCookies } from './client-cookies.ts';
import { cookieSerialize, cookieSession, cookiesInstance, cookieStringifySetCookie, expressClearCookie, expressResponseCookie, expressSession } from './express.ts';
import { fastifyClearCookie, fastifyReplyCookie, fastifySecureSession, fastifySession } from './fastify.ts';
import { h3Sessions, h3SetCookie } from './h3.ts';
import { hapiCookieAuth, hapiResponseState, hapiServerState, hapiYar } from './hapi.ts';
import { setCookieHeader } from './headers.ts';
import { honoDeleteCookie, honoSetCookie, honoSetSignedCookie } from './hono.ts';
import { ironSessions } from './iron-session.ts';
import { koaCookies, koaSession, requestCookieJar } from './koa.ts';
import { nextCookies, nextResponseCookies } from './next.ts';
import { nextAuthCookie } from './next-auth.ts';
import { createCookie, sessionStorages } from './react-router.ts';
import { svelteKitCookies } from './sveltekit.ts';
import type { CookieApi } from './cookie-api.ts';

export type { Attribute, CookieApi, Defaults, Match, Receiver, SameSite } from './cookie-api.ts';

/** Every cookie API the plugin understands. Adding a library means adding its row here, with tests. */
export const COOKIE_APIS: readonly CookieApi[] = [
  expressResponseCookie,
  expressClearCookie,
  expressSession,
  cookieSession,
  cookiesInstance,
  cookieSerialize,
  cookieStringifySetCookie,
  koaCookies,
  koaSession,
  requestCookieJar,
  fastifyReplyCookie,
  fastifyClearCookie,
  fastifySession,
  fastifySecureSession,
  hapiResponseState,
  hapiServerState,
  hapiYar,
  hapiCookieAuth,
  nextCookies,
  nextResponseCookies,
  honoSetCookie,
  honoSetSignedCookie,
  honoDeleteCookie,
  h3SetCookie,
  ...h3Sessions,
  svelteKitCookies,
  astroCookies,
  createCookie,
  ...sessionStorages,
  ...ironSessions,
  nextAuthCookie,
  betterAuthCookie,
  jsCookie,
  ngxCookieService,
  ngxCookie,
  ...universalCookies,
  reactCookieHook,
  cookiesNext,
  documentCookie,
  setCookieHeader,
];
