import type { TSESTree } from '@typescript-eslint/utils';
import type { RuleFix, RuleFixer } from '@typescript-eslint/utils/ts-eslint';
import type { Attribute, CookieApi, SameSite } from '../../frameworks/cookie-api.ts';
import type { ObjectShape } from '../../values/index.ts';

export type { Attribute, CookieApi, SameSite } from '../../frameworks/cookie-api.ts';

type Node = TSESTree.Node;

/** An attribute's value as the browser will see it. */
export interface AttributeValues {
  /** `'auto'`: Secure exactly when the request is HTTPS. */
  readonly secure: boolean | 'auto';
  readonly httpOnly: boolean;
  readonly sameSite: SameSite;
  /** undefined: no Path attribute. */
  readonly path: string | undefined;
  /** undefined: a host-only cookie. */
  readonly domain: string | undefined;
}

export type AttributeState<A extends Attribute = Attribute> =
  /** Left out: the library's default applies. */
  | { readonly kind: 'absent'; readonly value: AttributeValues[A] }
  /** Set to a value the file decides; `node` is where (a property, a write, a string's segment). */
  | { readonly kind: 'known'; readonly value: AttributeValues[A]; readonly node: Node; readonly literal: boolean }
  /** Set by something the file does not show, or left out of an object that may get it elsewhere. */
  | { readonly kind: 'unknown' };

export type Fix = (fixer: RuleFixer) => RuleFix | RuleFix[];

/** Edits one cookie's attributes in the code's own form: an options object or a Set-Cookie string. */
export interface CookieEditor {
  /** Gives `attribute` a value (adding it where it is left out); undefined when no safe edit exists. */
  set<A extends Attribute>(attribute: A, value: NonNullable<AttributeValues[A]>): Fix | undefined;
  /** Removes the attribute, so the library's default applies again. */
  remove(attribute: Attribute): Fix | undefined;
  /** Renames the cookie, where its name is a literal or a left-out option with a default. */
  rename(name: string): Fix | undefined;
}

/** One place that sets a cookie, in the terms every cookie rule uses. */
export interface CookieSite {
  readonly api: CookieApi;
  /** The call, assignment or header value that sets the cookie. */
  readonly node: Node;
  readonly side: 'server' | 'browser';
  /** The cookie's name when the file decides it (a library's default name included). */
  readonly name: string | undefined;
  /** Where the name is written; undefined for a default name. */
  readonly nameNode: Node | undefined;
  /** The expression that gives the cookie its value, if the file shows one. */
  readonly valueNode: Node | undefined;
  /** A session library writes it (or uses it: a `createCookie` handed to a session storage). */
  readonly sessionLibrary: boolean;
  /** The value is known to be empty, or the cookie expires at once: it clears a cookie, it carries no token. */
  readonly deletion: boolean;
  attribute<A extends Attribute>(attribute: A): AttributeState<A>;
  /** Where a left-out attribute is reported: the options object, else the call. */
  readonly missingNode: Node;
  readonly editor: CookieEditor;
}

/** A cookie call whose attributes are an options object. */
export interface ObjectCandidate {
  readonly api: CookieApi;
  readonly node: Node;
  /** The call that takes the configuration, when a missing one can be added as an argument. */
  readonly call: TSESTree.CallExpression | undefined;
  /** The configuration expression; undefined when the call leaves it out. */
  readonly config: Node | undefined;
  /** Where a left-out configuration would go. */
  readonly configIndex: number | undefined;
  /** `set({ name, value, ...attributes })`. */
  readonly objectForm: boolean;
  readonly side: 'server' | 'browser';
  /** A session library uses this cookie (a `createCookie` handed to a session storage). */
  readonly sessionLibrary: boolean;
  /** Defaults a plugin registration in the file adds (@fastify/cookie `parseOptions`); 'unknown' when it is not readable. */
  readonly registeredDefaults: ObjectShape | 'unknown' | undefined;
}

/** The configuration as the file shows it. */
export type Config =
  | { readonly kind: 'absent' }
  | { readonly kind: 'unknown' }
  | { readonly kind: 'shape'; readonly shape: ObjectShape }
  /** The attributes are the call's arguments (ngx-cookie-service's `set(name, value, expires, path, …)`). */
  | { readonly kind: 'positional' };

/** Where the name is: a node to replace, or a path to insert `name: …` at (from `parent`, else from the configuration). */
export type NamePlace = { readonly node: Node } | { readonly path: readonly string[]; readonly parent?: ObjectShape } | undefined;
