import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import type { Attribute, CookieApi, Place } from '../../frameworks/cookie-api.ts';
import { isKnown, objectShape, type ObjectShape, type ShapeEntry, staticValue } from '../../values/index.ts';
import { unwrap } from '../../ast/syntax.ts';
import { defaultValue, INVALID, normalise } from './normalise.ts';
import { ObjectEditor, type AttributesAt } from './object-editor.ts';
import { isPositionalCall, positionalAttribute } from './positional.ts';
import { fallbackState, FallbackEditor } from './fallbacks.ts';
import type { AttributeState, AttributeValues, Config, CookieEditor, CookieSite, NamePlace, ObjectCandidate } from './types.ts';

type Node = TSESTree.Node;

/** One site per attribute object (express-session's `cookie: (req) => ({…})` gives one per returned object). */
export function objectSites(candidate: ObjectCandidate, code: SourceCode): CookieSite[] {
  // The positional form has no options object to read or edit.
  const config: Config = isPositionalCall(candidate, code) ? { kind: 'positional' } : configOf(candidate, code);
  return attributeObjects(candidate, config, code).map((attributes) => new ObjectSite(candidate, config, attributes, code));
}

function configOf(candidate: ObjectCandidate, code: SourceCode): Config {
  if (!candidate.config) return { kind: 'absent' };
  const shape = objectShape(candidate.config, code);
  if (shape) return { kind: 'shape', shape };
  const value = staticValue(candidate.config, code);
  return isKnown(value) && value.value == null ? { kind: 'absent' } : { kind: 'unknown' };
}

function attributeObjects(candidate: ObjectCandidate, config: Config, code: SourceCode): AttributesAt[] {
  const paths = candidate.objectForm ? [[]] : candidate.api.attributes;
  // Object-based rows name at least one attribute path.
  if (config.kind !== 'shape') return [{ kind: config.kind === 'positional' ? 'unknown' : config.kind, path: paths[0]!, parent: undefined }];
  let fallback: AttributesAt | undefined;
  for (const path of paths) {
    const found = walk(config.shape, path, code);
    if (found.length !== 1 || found[0]!.kind !== 'absent') return found;
    fallback ??= found[0];
  }
  return [fallback!];
}

/** Follows `path` from the configuration to the attribute object(s). */
function walk(shape: ObjectShape, path: readonly string[], code: SourceCode): AttributesAt[] {
  let current = shape;
  for (const [index, key] of path.entries()) {
    const entry = current.get(key);
    const rest = path.slice(index);
    if (!entry) return [{ kind: current.complete ? 'absent' : 'unknown', path: rest, parent: current }];
    const next = entry.shape();
    if (next) {
      current = next;
      continue;
    }
    const returned = index === path.length - 1 ? returnedObjects(entry, code) : undefined;
    if (returned) return returned;
    const value = entry.value;
    // `cookie: undefined` or `delete opts.cookie`: left out, but a new `cookie` next to that entry would not stick.
    return [{ kind: isKnown(value) && value.value == null ? 'absent' : 'unknown', path: rest, parent: undefined }];
  }
  return [{ kind: 'shape', shape: current, path: [], parent: undefined }];
}

/** express-session 1.19's `cookie: (req) => ({ … })`: each returned object is a variant. */
function returnedObjects(entry: ShapeEntry, code: SourceCode): AttributesAt[] | undefined {
  const fn = unwrap(entry.valueNode);
  if (fn.type !== 'ArrowFunctionExpression' && fn.type !== 'FunctionExpression') return undefined;
  const returned = fn.body.type === 'BlockStatement' ? returnArguments(fn.body, code) : [fn.body];
  if (returned.length === 0) return undefined;
  return returned.map((expression) => {
    const shape = objectShape(expression, code);
    return shape ? { kind: 'shape', shape, path: [], parent: undefined } : { kind: 'unknown', path: [], parent: undefined };
  });
}

function returnArguments(body: Node, code: SourceCode): Node[] {
  const found: Node[] = [];
  const visit = (node: Node): void => {
    if (node.type === 'ReturnStatement') {
      if (node.argument) found.push(node.argument);
      return;
    }
    if (node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression') return;
    for (const key of code.visitorKeys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      for (const item of Array.isArray(child) ? child : [child]) {
        if (item && typeof (item as Node).type === 'string') visit(item as Node);
      }
    }
  };
  visit(body);
  return found;
}

const PREFIXES: Readonly<Record<string, string>> = { host: '__Host-', secure: '__Secure-' };

class ObjectSite implements CookieSite {
  readonly api: CookieApi;
  readonly node: Node;
  readonly side: 'server' | 'browser';
  readonly name: string | undefined;
  readonly nameNode: Node | undefined;
  readonly valueNode: Node | undefined;
  readonly deletion: boolean;
  readonly sessionLibrary: boolean;
  readonly missingNode: Node;
  readonly editor: CookieEditor;
  readonly #candidate: ObjectCandidate;
  readonly #attributes: AttributesAt;
  readonly #code: SourceCode;
  readonly #prefix: { readonly kind: string; readonly entry: ShapeEntry } | undefined;
  readonly #states = new Map<Attribute, AttributeState>();
  readonly #positional: boolean;
  readonly #configShape: ObjectShape | undefined;
  readonly #fallbackEntries = new Map<Attribute, ShapeEntry>();

  constructor(candidate: ObjectCandidate, config: Config, attributes: AttributesAt, code: SourceCode) {
    this.#candidate = candidate;
    this.#attributes = attributes;
    this.#code = code;
    this.#positional = config.kind === 'positional';
    this.api = candidate.api;
    this.node = candidate.node;
    this.side = candidate.side;
    this.sessionLibrary = candidate.api.session || candidate.sessionLibrary;
    const configShape = config.kind === 'shape' ? config.shape : undefined;
    this.#configShape = configShape;
    this.#prefix = this.#readPrefix();
    const name = this.#readName(config, configShape);
    const prefix = this.#prefix ? PREFIXES[this.#prefix.kind]! : '';
    this.name = name.value === undefined ? undefined : prefix + name.value;
    this.nameNode = name.node;
    this.valueNode = candidate.objectForm ? configShape?.get('value')?.valueNode : placeNode(candidate, candidate.api.value);
    this.deletion = this.#isDeletion();
    this.missingNode = this.#missingNode();
    const editor = new ObjectEditor(candidate, config, attributes, name.place, code);
    this.editor = candidate.api.fallbacks || candidate.api.partialObject ? new FallbackEditor(editor, (attribute) => this.#fallbackEntry(attribute), candidate.api, code) : editor;
  }

  attribute<A extends Attribute>(attribute: A): AttributeState<A> {
    let state = this.#states.get(attribute);
    if (!state) {
      state = this.#compute(attribute);
      this.#states.set(attribute, state);
    }
    return state as AttributeState<A>;
  }

  #compute<A extends Attribute>(attribute: A): AttributeState<A> {
    const forced = this.#forced(attribute);
    if (forced) return forced as AttributeState<A>;
    if (this.#positional) return positionalAttribute(this.#candidate, attribute, this.#code);
    const attributes = this.#attributes;
    if (attributes.kind === 'unknown') return { kind: 'unknown' };
    const entry = attributes.kind === 'shape' ? attributes.shape.get(this.api.keys[attribute]) : undefined;
    if (!entry) {
      const unreadable = attributes.kind === 'shape' && (!attributes.shape.complete || this.api.partialObject === 'unknown');
      return unreadable ? { kind: 'unknown' } : this.#absent(attribute);
    }
    const value = entry.value;
    if (!isKnown(value)) return { kind: 'unknown' };
    if (value.value === undefined) return this.#absent(attribute);
    const normal = normalise(attribute, value.value, this.api);
    if (normal === INVALID) return { kind: 'unknown' };
    return { kind: 'known', value: normal, node: entry.node, literal: isLiteral(entry.valueNode) };
  }

  /** What the library sends when the attribute is left out, after plugin-level defaults. */
  #absent<A extends Attribute>(attribute: A): AttributeState<A> {
    const fallback = fallbackState(this.api, this.#configShape, attribute);
    if (fallback) {
      if (fallback.entry) this.#fallbackEntries.set(attribute, fallback.entry);
      return fallback.state;
    }
    const registered = this.#candidate.registeredDefaults;
    if (registered === 'unknown') return { kind: 'unknown' };
    if (registered) {
      const entry = registered.get(this.api.keys[attribute]);
      if (!entry) return registered.complete ? { kind: 'absent', value: defaultValue(attribute, this.api.defaults) } : { kind: 'unknown' };
      const value = entry.value;
      const normal = isKnown(value) ? (value.value === undefined ? defaultValue(attribute, this.api.defaults) : normalise(attribute, value.value, this.api)) : INVALID;
      return normal === INVALID ? { kind: 'unknown' } : { kind: 'absent', value: normal };
    }
    return { kind: 'absent', value: defaultValue(attribute, this.api.defaults) };
  }

  /** The fallback entry that decides `attribute`, once the attribute's state is known. */
  #fallbackEntry(attribute: Attribute): ShapeEntry | undefined {
    this.attribute(attribute);
    return this.#fallbackEntries.get(attribute);
  }

  /** Hono's `prefix` decides Secure (and, for `'host'`, Path and Domain) whatever the other options say. */
  #forced(attribute: Attribute): AttributeState | undefined {
    const prefix = this.#prefix;
    if (!prefix) return undefined;
    const node = prefix.entry.node;
    if (attribute === 'secure') return { kind: 'known', value: true, node, literal: true };
    if (prefix.kind !== 'host') return undefined;
    if (attribute === 'path') return { kind: 'known', value: '/', node, literal: true };
    if (attribute === 'domain') return { kind: 'absent', value: undefined } as AttributeState<'domain'>;
    return undefined;
  }

  #readPrefix(): { readonly kind: string; readonly entry: ShapeEntry } | undefined {
    const option = this.api.prefixOption;
    const attributes = this.#attributes;
    if (!option || attributes.kind !== 'shape') return undefined;
    const entry = attributes.shape.get(option);
    const value = entry?.value;
    return entry && value && isKnown(value) && typeof value.value === 'string' && value.value in PREFIXES ? { kind: value.value, entry } : undefined;
  }

  #readName(config: Config, configShape: ObjectShape | undefined): { value: string | undefined; node: Node | undefined; place: NamePlace } {
    const candidate = this.#candidate;
    const place: Place | undefined = candidate.objectForm ? { config: ['name'] } : this.api.name;
    if (!place) return { value: undefined, node: undefined, place: undefined };
    if ('argument' in place) {
      const node = placeNode(candidate, place);
      return { value: stringValue(node, this.#code), node, place: node ? { node } : undefined };
    }
    const fallback = this.api.name?.default;
    if (config.kind === 'absent') return { value: fallback, node: undefined, place: { path: place.config } };
    if (!configShape) return { value: undefined, node: undefined, place: undefined };
    let shape: ObjectShape = configShape;
    const last = place.config.length - 1;
    for (const key of place.config.slice(0, last)) {
      const next = shape.get(key)?.shape();
      if (!next) return shape.complete && !shape.get(key) ? { value: fallback, node: undefined, place: { path: place.config.slice(place.config.indexOf(key)), parent: shape } } : { value: undefined, node: undefined, place: undefined };
      shape = next;
    }
    const entry = shape.get(place.config[last]!);
    if (entry) return { value: stringValue(entry.valueNode, this.#code), node: entry.valueNode, place: { node: entry.valueNode } };
    return shape.complete ? { value: fallback, node: undefined, place: { path: place.config.slice(last), parent: shape } } : { value: undefined, node: undefined, place: undefined };
  }

  #isDeletion(): boolean {
    if (this.api.clears) return true;
    const value = this.valueNode ? staticValue(this.valueNode, this.#code) : undefined;
    if (value && isKnown(value) && value.value === '') return true;
    if (this.#attributes.kind !== 'shape') return false;
    const shape = this.#attributes.shape;
    const maxAge = shape.get('maxAge')?.value;
    if (maxAge && isKnown(maxAge) && typeof maxAge.value === 'number' && maxAge.value <= 0) return true;
    const expires = shape.get('expires');
    return expires !== undefined && isEpoch(expires.valueNode, this.#code);
  }

  #missingNode(): Node {
    if (this.#positional) return this.node;
    const inCall = (node: Node | undefined): node is Node => node !== undefined && node.range[0] >= this.node.range[0] && node.range[1] <= this.node.range[1];
    const attributes = this.#attributes;
    if (attributes.kind === 'shape' && inCall(attributes.shape.node)) return attributes.shape.node;
    if (attributes.parent && inCall(attributes.parent.node)) return attributes.parent.node;
    return inCall(this.#candidate.config) ? this.#candidate.config : this.node;
  }
}

function placeNode(candidate: ObjectCandidate, place: Place | undefined): Node | undefined {
  if (!place || !('argument' in place) || !candidate.call) return undefined;
  const args = candidate.call.arguments;
  if (args.slice(0, place.argument + 1).some((argument) => argument.type === 'SpreadElement')) return undefined;
  return args[place.argument];
}

function stringValue(node: Node | undefined, code: SourceCode): string | undefined {
  const value = node ? staticValue(node, code) : undefined;
  return value && isKnown(value) && typeof value.value === 'string' ? value.value : undefined;
}

/** A value spelled out where it is set, which a fix can change without changing anything else. */
function isLiteral(node: Node): boolean {
  const bare = unwrap(node);
  // (A regular expression is never a known attribute value, so it does not get here.)
  return bare.type === 'Literal' || (bare.type === 'TemplateLiteral' && bare.expressions.length === 0) || (bare.type === 'Identifier' && bare.name === 'undefined');
}

/** `new Date(0)`, `0` or a 1970 date string: the cookie expires at once. */
function isEpoch(node: Node, code: SourceCode): boolean {
  const bare = unwrap(node);
  if (bare.type === 'NewExpression' && bare.callee.type === 'Identifier' && bare.callee.name === 'Date' && bare.arguments.length === 1) {
    const argument = staticValue(bare.arguments[0]!, code);
    return isKnown(argument) && (argument.value === 0 || (typeof argument.value === 'string' && argument.value.includes('1970')));
  }
  const value = staticValue(bare, code);
  return isKnown(value) && (value.value === 0 || (typeof value.value === 'string' && value.value.includes('1970')));
}

export type { AttributeValues };
