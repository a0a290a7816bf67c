import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import type { Attribute, CookieApi } from '../../frameworks/cookie-api.ts';
import { isKnown, type ObjectShape, type ShapeEntry } from '../../values/index.ts';
import { unwrap } from '../../ast/syntax.ts';
import { isEditableEntry, isRemovableEntry, removeEntry, replaceEntryValue } from './attribute-fix.ts';
import { INVALID, normalise, valueSource } from './normalise.ts';
import type { AttributeState, AttributeValues, CookieEditor, Fix } from './types.ts';

// Attributes a library reads from elsewhere in its configuration when the cookie's own attribute
// object leaves them out: better-auth's `advanced.defaultCookieAttributes` and `useSecureCookies`,
// next-auth's `useSecureCookies`.

/** The first fallback the configuration sets, as a state with the entry that sets it; undefined when none is set. */
export function fallbackState<A extends Attribute>(api: CookieApi, config: ObjectShape | undefined, attribute: A): { state: AttributeState<A>; entry?: ShapeEntry } | undefined {
  for (const fallback of api.fallbacks ?? []) {
    if (fallback.attribute !== attribute) continue;
    const found = entryAt(config, fallback.path);
    if (found === 'unknown') return { state: { kind: 'unknown' } };
    if (!found) continue;
    const value = found.value;
    if (!isKnown(value)) return { state: { kind: 'unknown' } };
    if (value.value === undefined) continue;
    const normal = normalise(attribute, value.value, api);
    if (normal === INVALID) return { state: { kind: 'unknown' } };
    const bare = unwrap(found.valueNode);
    // A configuration-wide switch is a deployment decision: a person, not --fix, turns it back.
    return { state: { kind: 'known', value: normal as AttributeValues[A], node: found.node, literal: false }, entry: found };
  }
  return undefined;
}

/** The entry at `path`, undefined when the configuration leaves it out, 'unknown' when it cannot tell. */
function entryAt(config: ObjectShape | undefined, path: readonly string[]): ShapeEntry | 'unknown' | undefined {
  let shape = config;
  for (const [index, key] of path.entries()) {
    if (!shape) return 'unknown';
    const entry = shape.get(key);
    if (!entry) return shape.complete ? undefined : 'unknown';
    if (index === path.length - 1) return entry;
    shape = entry.shape();
  }
  return undefined;
}

/**
 * Edits an attribute where a fallback sets it (`useSecureCookies: false` → `true`), else where `editor`
 * would; never removes an override whose absence the library's version decides.
 */
export class FallbackEditor implements CookieEditor {
  readonly #editor: CookieEditor;
  readonly #entries: (attribute: Attribute) => ShapeEntry | undefined;
  readonly #api: CookieApi;
  readonly #code: SourceCode;

  constructor(editor: CookieEditor, entries: (attribute: Attribute) => ShapeEntry | undefined, api: CookieApi, code: SourceCode) {
    this.#editor = editor;
    this.#entries = entries;
    this.#api = api;
    this.#code = code;
  }

  set<A extends Attribute>(attribute: A, value: NonNullable<AttributeValues[A]>): Fix | undefined {
    const entry = this.#entries(attribute);
    if (!entry) return this.#editor.set(attribute, value);
    const node = entry.node;
    const key = node.type === 'Property' && node.key.type === 'Identifier' ? node.key.name : this.#api.keys[attribute];
    const quote = this.#code.getText(entry.valueNode)[0] === '"' ? '"' : "'";
    return isEditableEntry(node) ? (fixer) => replaceEntryValue(fixer, node, key, valueSource(value, this.#api, quote)) : undefined;
  }

  remove(attribute: Attribute): Fix | undefined {
    const entry = this.#entries(attribute);
    // Without the override, what the cookie gets depends on the library's version.
    if (!entry) return this.#api.partialObject === 'unknown' ? undefined : this.#editor.remove(attribute);
    const node = entry.node as TSESTree.Node;
    return isRemovableEntry(node) ? (fixer) => removeEntry(fixer, this.#code, node) : undefined;
  }

  rename(name: string): Fix | undefined {
    return this.#editor.rename(name);
  }
}
