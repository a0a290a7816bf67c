import { STANDARD_KEYS, type CookieApi } from './cookie-api.ts';

// Next.js `cookies()` from next/headers (sync before Next 15, a promise since) and `NextResponse`'s
// `cookies`: both are @edge-runtime/cookies 6.0.0 `ResponseCookies`, which adds only Path=/.

const responseCookies = {
  side: 'server',
  session: false,
  config: { argument: 2 },
  name: { argument: 0 },
  value: { argument: 1 },
  attributes: [[]],
  objectForm: true,
  keys: STANDARD_KEYS,
  defaults: { secure: false, httpOnly: false, sameSite: false, path: '/' },
  sameSiteCase: 'lower',
  secureAuto: false,
  secureOnHttp: 'sent',
} as const;

export const nextCookies: CookieApi = {
  ...responseCookies,
  id: 'next.cookies.set',
  label: 'Next.js cookies().set',
  match: { kind: 'method', receiver: 'next-cookies', methods: ['set'] },
};

export const nextResponseCookies: CookieApi = {
  ...responseCookies,
  id: 'next.NextResponse.cookies.set',
  label: 'Next.js NextResponse cookies.set',
  match: { kind: 'method', receiver: 'next-response-cookies', methods: ['set'] },
};
