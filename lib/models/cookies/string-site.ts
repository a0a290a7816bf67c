import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import type { Attribute, CookieApi } from '../../frameworks/cookie-api.ts';
import { appendAttribute, removeAttribute, replaceAttributeValue } from './set-cookie-attribute-fix.ts';
import type { SetCookieString } from './set-cookie-string.ts';
import { defaultValue, INVALID, normalise } from './normalise.ts';
import type { AttributeState, AttributeValues, CookieEditor, CookieSite, Fix } from './types.ts';

type Node = TSESTree.Node;

/** A cookie written as a Set-Cookie string (a header value, `document.cookie`). */
export class StringSite implements CookieSite {
  readonly api: CookieApi;
  readonly node: Node;
  readonly side: 'server' | 'browser';
  readonly name: string | undefined;
  readonly nameNode = undefined;
  readonly valueNode: Node | undefined;
  readonly deletion: boolean;
  readonly sessionLibrary = false;
  readonly missingNode: Node;
  readonly editor: CookieEditor;
  readonly #string: SetCookieString;

  /** `node` is the expression as the call or assignment spells it; `string` may come from a const it names. */
  constructor(api: CookieApi, node: Node, string: SetCookieString, side: 'server' | 'browser') {
    this.api = api;
    this.node = node;
    this.side = side;
    this.#string = string;
    this.name = string.name;
    this.valueNode = string.valueNode;
    this.missingNode = node;
    this.deletion = isDeletion(string);
    this.editor = new StringEditor(string, api);
  }

  attribute<A extends Attribute>(attribute: A): AttributeState<A> {
    const found = this.#string.attribute(this.api.keys[attribute]);
    if (!found) return this.#string.open ? { kind: 'unknown' } : { kind: 'absent', value: defaultValue(attribute, this.api.defaults) };
    // Secure and HttpOnly are flags: present means on, whatever follows them.
    const raw = attribute === 'secure' || attribute === 'httpOnly' ? true : found.value;
    if (raw === undefined) return { kind: 'unknown' };
    const value = normalise(attribute, raw, this.api);
    return value === INVALID ? { kind: 'unknown' } : { kind: 'known', value, node: this.node, literal: found.range !== undefined };
  }
}

function isDeletion(string: SetCookieString): boolean {
  if (string.value === '') return true;
  const maxAge = string.attribute('max-age')?.value;
  if (maxAge !== undefined && /^\s*(-\d+|0+)\s*$/.test(maxAge)) return true;
  return string.attribute('expires')?.value?.includes('1970') ?? false;
}

class StringEditor implements CookieEditor {
  readonly #string: SetCookieString;
  readonly #api: CookieApi;

  constructor(string: SetCookieString, api: CookieApi) {
    this.#string = string;
    this.#api = api;
  }

  set<A extends Attribute>(attribute: A, value: NonNullable<AttributeValues[A]>): Fix | undefined {
    const key = this.#api.keys[attribute];
    const found = this.#string.attribute(key);
    const text = typeof value === 'string' && attribute === 'sameSite' ? value[0]!.toUpperCase() + value.slice(1) : String(value);
    if (found) {
      const range = found.valueRange;
      return range && typeof value === 'string' ? (fixer) => replaceAttributeValue(fixer, range, text) : undefined;
    }
    const attributeText = value === true ? key : `${key}=${text}`;
    return this.#string.append ? (fixer) => appendAttribute(fixer, this.#string, attributeText)! : undefined;
  }

  remove(attribute: Attribute): Fix | undefined {
    const range = this.#string.attribute(this.#api.keys[attribute])?.range;
    return range ? (fixer) => removeAttribute(fixer, range) : undefined;
  }

  rename(): Fix | undefined {
    return undefined;
  }
}
