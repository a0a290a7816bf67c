import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';
import type { SharedConfigurationSettings } from '@typescript-eslint/utils/ts-eslint';
import { getAsvsSettings } from '../../utils/settings.ts';
import type { SessionScope } from './session-cookies.ts';
import { valueSource } from './normalise.ts';
import type { Attribute, CookieSite } from './types.ts';

// What the five cookie rules share in their options and messages.

export interface CookieRuleOptions {
  readonly checkAllCookies?: boolean;
  readonly autofix?: boolean;
}

export const CHECK_ALL_COOKIES_SCHEMA: JSONSchema4 = {
  type: 'boolean',
  description: 'Check every cookie, not only session cookies (ASVS 5.0 applies the cookie requirements to all cookies).',
};

export const AUTOFIX_SCHEMA: JSONSchema4 = {
  type: 'boolean',
  description: 'Set to false to offer every fix as an editor suggestion instead of applying it with --fix.',
};

export function sessionScope(settings: SharedConfigurationSettings, options: CookieRuleOptions | undefined): SessionScope {
  return { names: getAsvsSettings(settings).sessionCookieNames, all: options?.checkAllCookies === true };
}

/** How messages name the cookie: `'sid'`, or the API when the name is not in the file. */
export function cookieData(site: CookieSite, session: boolean): { kind: string; name: string } {
  return { kind: session ? 'Session cookie' : 'Cookie', name: site.name === undefined ? `set by ${site.api.label}` : `'${site.name}'` };
}

/** The attribute as the code would write it: `secure: true`, hapi's `isSameSite: 'Lax'`, or a string's `SameSite=Lax`. */
export function attributeText(site: CookieSite, attribute: Attribute, value: unknown): string {
  const key = site.api.keys[attribute];
  const kind = site.api.match.kind;
  if (kind === 'set-cookie-header' || kind === 'document-cookie') {
    if (value === true) return `\`${key}\``;
    const text = String(value);
    return `\`${key}=${attribute === 'sameSite' ? text[0]!.toUpperCase() + text.slice(1) : text}\``;
  }
  return `\`${key}: ${valueSource(value, site.api, "'")}\``;
}
