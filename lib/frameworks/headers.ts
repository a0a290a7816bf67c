import { STRING_KEYS } from './browser.ts';
import type { CookieApi } from './cookie-api.ts';

/**
 * A raw `Set-Cookie` header: `res.setHeader('Set-Cookie', …)`, `append`, `set`, `header`, `writeHead`
 * and `Headers`/`Response` header maps, h3 `setHeader(event, …)`. Only what the string says is sent.
 */
export const setCookieHeader: CookieApi = {
  id: 'set-cookie-header',
  label: 'Set-Cookie header',
  side: 'server',
  session: false,
  match: { kind: 'set-cookie-header' },
  attributes: [],
  keys: STRING_KEYS,
  defaults: { secure: false, httpOnly: false, sameSite: false, path: undefined },
  sameSiteCase: 'capitalised',
  secureAuto: false,
  secureOnHttp: 'sent',
};
