import type { Attribute, CookieApi, Defaults } from '../../frameworks/cookie-api.ts';
import type { AttributeValues } from './types.ts';

/** What an attribute value means to the library, or INVALID when it is not one the library understands. */
export const INVALID: unique symbol = Symbol('invalid');

export function normalise<A extends Attribute>(attribute: A, raw: unknown, api: CookieApi): AttributeValues[A] | typeof INVALID {
  return NORMALISERS[attribute](raw, api) as AttributeValues[A] | typeof INVALID;
}

const NORMALISERS: { [A in Attribute]: (raw: unknown, api: CookieApi) => AttributeValues[A] | typeof INVALID } = {
  secure: (raw, api) => (api.secureAuto && raw === 'auto' ? 'auto' : isPrimitive(raw) ? Boolean(raw) : INVALID),
  httpOnly: (raw) => (isPrimitive(raw) ? Boolean(raw) : INVALID),
  sameSite: (raw) => {
    // `true` is Strict in cookie, express-session and Next.js; every falsy value sends no SameSite.
    if (raw === true) return 'strict';
    if (!raw) return false;
    if (typeof raw !== 'string') return INVALID;
    const value = raw.toLowerCase();
    return value === 'strict' || value === 'lax' || value === 'none' || value === 'auto' ? value : INVALID;
  },
  path: (raw) => (typeof raw === 'string' ? raw : raw == null || raw === false ? undefined : INVALID),
  domain: (raw) => (typeof raw === 'string' ? raw || undefined : raw == null || raw === false ? undefined : INVALID),
};

function isPrimitive(value: unknown): boolean {
  return value === null || (typeof value !== 'object' && typeof value !== 'function');
}

/** The library's defaults in the same terms; `'request'` Secure is `'auto'`. */
export function defaultValue<A extends Attribute>(attribute: A, defaults: Defaults): AttributeValues[A] {
  switch (attribute) {
    case 'secure':
      return (defaults.secure === 'request' ? 'auto' : defaults.secure) as AttributeValues[A];
    case 'domain':
      return undefined as AttributeValues[A];
    default:
      return defaults[attribute as Exclude<Attribute, 'secure' | 'domain'>] as AttributeValues[A];
  }
}

/** How the code writes a value: `true`, `'lax'`, hapi's `'Lax'`. Strings use `quote`. */
export function valueSource(value: unknown, api: CookieApi, quote: string): string {
  if (typeof value !== 'string') return String(value);
  const text = api.sameSiteCase === 'capitalised' && /^(lax|strict|none)$/.test(value) ? value[0]!.toUpperCase() + value.slice(1) : value;
  return `${quote}${text}${quote}`;
}
