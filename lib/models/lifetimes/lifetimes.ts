import type { TSESTree } from '@typescript-eslint/utils';
import type { DurationFormat } from './durations.ts';
import { durationSeconds, valueSeconds } from './durations.ts';
import { getModuleRefs } from '../../file/modules.ts';
import { isKnown, objectShape, type ObjectShape, type ShapeEntry, variableBindings } from '../../values/index.ts';
import { asSourceCode, variableOf, type AnySourceCode } from '../../ast/scope.ts';
import { unwrap } from '../../ast/syntax.ts';
import { NON_EXPIRING_STORES, SESSION_STORES, type CookieFactory, type LifetimeOption, type SessionLifetime, type SessionStore } from '../../frameworks/session-lifetimes.ts';

type Node = TSESTree.Node;
type Call = TSESTree.CallExpression | TSESTree.NewExpression;

/** Where a fix can add a missing lifetime option. */
export type Insertion =
  /** Into an object literal, creating the objects along `path` that are missing (`cookie: { maxAge }`). */
  | { readonly kind: 'property'; readonly object: TSESTree.ObjectExpression; readonly path: readonly string[] }
  /** As a new last argument of a call that has no options. */
  | { readonly kind: 'argument'; readonly call: Call; readonly path: readonly string[] }
  /** As a new options argument just before a callback argument. */
  | { readonly kind: 'before'; readonly argument: Node; readonly path: readonly string[] }
  /** As a builder call (`.setExpirationTime(…)`) just before the chain's `member` call. */
  | { readonly kind: 'method'; readonly member: TSESTree.MemberExpression; readonly name: string; readonly path: readonly string[] };

export interface Described {
  /** How messages name the library (`express-session`, `connect-redis`, `jwt.sign`). */
  readonly library: string;
  readonly subject: 'sessions' | 'tokens';
  /** The option as users write it: `cookie.maxAge`, `ttl`, `expiresIn`. */
  readonly option: string;
  readonly format: DurationFormat;
  /** Activity renews the lifetime; undefined when the file does not say. */
  readonly sliding: boolean | undefined;
}

/** What a session configuration or a token says about its lifetime. Unknown means: say nothing. */
export type Lifetime =
  | { readonly kind: 'unknown' }
  /** No option sets a lifetime; the library's default applies (undefined: none, it never expires). */
  | (Described & { readonly kind: 'absent'; readonly defaultSeconds: number | undefined; readonly node: Node; readonly insertion: Insertion | undefined })
  /** The option is set to a value that switches expiry off (`ttl: 0`); `replacement` names the option a fix writes instead (`disableTTL: true` becomes `ttl: …`). */
  | (Described & { readonly kind: 'disabled'; readonly node: Node; readonly valueNode: Node; readonly value: unknown; readonly replacement?: string })
  | (Described & { readonly kind: 'set'; readonly seconds: number; readonly node: Node; readonly valueNode: Node });

export const UNKNOWN_LIFETIME: Lifetime = { kind: 'unknown' };

/**
 * The lifetime a session library's options give. `options` is the options expression, or undefined
 * when the call passes none; `site` is the call that takes them (reported when nothing narrower is),
 * and `insertAt` where a fix adds options the call lacks.
 */
export function sessionLifetime(spec: SessionLifetime, options: Node | undefined, site: Node, insertAt: Insertion | undefined, sourceCode: AnySourceCode): Lifetime {
  const code = asSourceCode(sourceCode);
  const shape = options ? objectShape(options, code) : undefined;
  if (options && !shape) return UNKNOWN_LIFETIME;
  const sliding = slidingOf(spec, shape, code);
  const [first] = spec.lifetime;
  const describe = (option: LifetimeOption): Described => ({ library: spec.library, subject: spec.subject, option: option.path.join('.'), format: option.format, sliding });
  let firstLookup: Lookup | undefined;
  for (const option of spec.lifetime) {
    const lookup: Lookup = shape ? lookUp(shape, option.path, spec.cookieFactory, code) : { status: 'absent', object: undefined, remaining: option.path, call: undefined, noOptions: true };
    firstLookup ??= lookup;
    if (lookup.status === 'unknown') return UNKNOWN_LIFETIME;
    if (lookup.status === 'absent') continue;
    const result = entryLifetime(lookup.entry, option, describe(option), code);
    if (result !== 'absent') return result;
  }
  if (spec.lifetimeRequired) return UNKNOWN_LIFETIME;
  if (spec.store && shape) {
    const store = storeLifetime(shape, spec.store, code);
    if (store !== undefined) return store;
  }
  const insertion = insertionFor(firstLookup!, first.path, insertAt);
  return {
    ...describe(first),
    kind: 'absent',
    defaultSeconds: spec.defaultSeconds,
    node: insertion?.kind === 'property' ? insertion.object : insertion?.kind === 'argument' ? insertion.call : site,
    insertion,
  };
}

type Lookup =
  | { readonly status: 'found'; readonly entry: ShapeEntry }
  /** Missing: `object` is the innermost literal on the path, `call` a cookie factory called without options. */
  | { readonly status: 'absent'; readonly object: ObjectShape | undefined; readonly remaining: readonly string[]; readonly call: Call | undefined; readonly noOptions?: true }
  | { readonly status: 'unknown' };

const UNKNOWN_LOOKUP: Lookup = { status: 'unknown' };

/** The entry at `path`, following nested objects and a cookie made by `factory` (`cookie: createCookie(name, options)`). */
export function lookUp(shape: ObjectShape, path: readonly string[], factory: CookieFactory | undefined, code: AnySourceCode): Lookup {
  let current = shape;
  for (let index = 0; ; index++) {
    const key = path[index]!;
    const entry = current.get(key);
    if (!entry) return current.complete ? { status: 'absent', object: current, remaining: path.slice(index), call: undefined } : UNKNOWN_LOOKUP;
    if (index === path.length - 1) return { status: 'found', entry };
    const nested = entry.shape();
    if (nested) {
      current = nested;
      continue;
    }
    const value = entry.value;
    if (isKnown(value) && value.value == null) return { status: 'absent', object: undefined, remaining: path.slice(index), call: undefined };
    const made = factory?.key === key ? factoryCall(entry.valueNode, factory, code) : undefined;
    if (!made) return UNKNOWN_LOOKUP;
    const argument = made.arguments[factory!.options];
    if (!argument) return { status: 'absent', object: undefined, remaining: path.slice(index + 1), call: made };
    const options = objectShape(argument, code);
    if (!options) return UNKNOWN_LOOKUP;
    current = options;
  }
}

function factoryCall(node: Node, factory: CookieFactory, code: AnySourceCode): TSESTree.CallExpression | undefined {
  const value = constantInit(node, code);
  return value?.type === 'CallExpression' && getModuleRefs(code).is(value.callee, factory.modules, ...factory.path) ? value : undefined;
}

/** The expression a node stands for, through `const x = …` chains; the node itself otherwise. */
export function constantInit(node: Node, sourceCode: AnySourceCode, depth = 0): Node | undefined {
  const bare = unwrap(node);
  if (bare.type !== 'Identifier' || depth > 10) return bare;
  const code = asSourceCode(sourceCode);
  const variable = variableOf(code, bare);
  const bindings = variable ? variableBindings(variable, code) : undefined;
  const binding = bindings?.list.length === 1 && !bindings.uninitialised ? bindings.list[0]! : undefined;
  return binding && binding.path.length === 0 ? constantInit(binding.rhs, code, depth + 1) : undefined;
}

/**
 * Whether `entry.valueNode` alone gives the entry's value: a property written in the literal itself.
 * Entries merged from branches, overridable by unknown writes, or set by later assignments are not.
 */
function isPlainProperty(entry: ShapeEntry): boolean {
  return !entry.overridable && !entry.inherited && entry.node.type === 'Property' && entry.node.value === entry.valueNode;
}

/** The lifetime one present option gives, or 'absent' when it holds `undefined`. */
export function entryLifetime(entry: ShapeEntry, option: Pick<LifetimeOption, 'format' | 'never'>, described: Described, code: AnySourceCode): Lifetime | 'absent' {
  const value = entry.value;
  const base = { ...described, node: entry.node, valueNode: entry.valueNode };
  if (isKnown(value)) {
    if (value.value === undefined) return 'absent';
    if (option.never?.some((never) => Object.is(never, value.value))) return { ...base, kind: 'disabled', value: value.value };
    const seconds = valueSeconds(value.value, option.format);
    return seconds === undefined ? UNKNOWN_LIFETIME : { ...base, kind: 'set', seconds };
  }
  if (!isPlainProperty(entry)) return UNKNOWN_LIFETIME;
  const seconds = durationSeconds(entry.valueNode, option.format, code);
  return seconds === undefined ? UNKNOWN_LIFETIME : { ...base, kind: 'set', seconds };
}

/** True, false, or undefined when a flag's value is unknown. */
function slidingOf(spec: SessionLifetime, shape: ObjectShape | undefined, code: AnySourceCode): boolean | undefined {
  if (typeof spec.sliding === 'boolean') return spec.sliding;
  let sliding = false;
  for (const flag of spec.sliding) {
    if (!shape) {
      sliding ||= flag.default;
      continue;
    }
    const lookup = lookUp(shape, flag.path, undefined, code);
    if (lookup.status === 'unknown') return undefined;
    if (lookup.status === 'absent') {
      sliding ||= flag.default;
      continue;
    }
    const value = lookup.entry.value;
    if (!isKnown(value)) return undefined;
    sliding ||= value.value === undefined ? flag.default : Boolean(value.value);
  }
  return sliding;
}

/** `insertAt` is where options would go when the call has none; its path is a prefix (hapi's `options`). */
function insertionFor(lookup: Lookup, path: readonly string[], insertAt: Insertion | undefined): Insertion | undefined {
  if (lookup.status !== 'absent') return undefined;
  if (lookup.call) return { kind: 'argument', call: lookup.call, path: lookup.remaining };
  if (lookup.object) return lookup.object.node && { kind: 'property', object: lookup.object.node, path: lookup.remaining };
  return lookup.noOptions && insertAt ? { ...insertAt, path: [...insertAt.path, ...path] } : undefined;
}

/**
 * What the session store bounds when the cookie sets no lifetime: undefined when the store's TTL is
 * not the question (none given and the default MemoryStore; the caller reports the missing cookie
 * lifetime), a lifetime for a known store, or unknown.
 */
function storeLifetime(shape: ObjectShape, key: string, code: AnySourceCode): Lifetime | undefined {
  const entry = shape.get(key);
  if (!entry) return shape.complete ? undefined : UNKNOWN_LIFETIME;
  if (!isPlainProperty(entry)) return UNKNOWN_LIFETIME;
  const made = constantInit(entry.valueNode, code);
  if (made?.type !== 'NewExpression' && made?.type !== 'CallExpression') return UNKNOWN_LIFETIME;
  const refs = getModuleRefs(code);
  if (made.type === 'NewExpression' && NON_EXPIRING_STORES.some((store) => refs.is(made.callee, store.module, ...store.path))) return undefined;
  const store = SESSION_STORES.find((candidate) => isStoreConstructor(made, candidate, code));
  if (!store) return UNKNOWN_LIFETIME;
  const described: Described = { library: store.library, subject: 'sessions', option: store.ttl.path.join('.'), format: store.ttl.format, sliding: true };
  const [options] = made.arguments;
  if (!options) return { ...described, kind: 'absent', defaultSeconds: store.defaultSeconds, node: made, insertion: { kind: 'argument', call: made, path: store.ttl.path } };
  const storeShape = objectShape(options, code);
  if (!storeShape) return UNKNOWN_LIFETIME;
  if (store.disable) {
    const disabled = storeShape.get(store.disable);
    if (disabled && !isKnown(disabled.value)) return UNKNOWN_LIFETIME;
    if (disabled && isKnown(disabled.value) && disabled.value.value) {
      return { ...described, kind: 'disabled', option: store.disable, node: disabled.node, valueNode: disabled.valueNode, value: disabled.value.value, replacement: store.ttl.path.join('.') };
    }
  }
  const lookup = lookUp(storeShape, store.ttl.path, undefined, code);
  if (lookup.status === 'unknown') return UNKNOWN_LIFETIME;
  const result = lookup.status === 'found' ? entryLifetime(lookup.entry, store.ttl, described, code) : 'absent';
  if (result !== 'absent') return result;
  // `ttl: undefined` is there already: adding a second `ttl` would be confusing, so no fix.
  const insertion: Insertion | undefined = lookup.status === 'absent' && storeShape.node ? { kind: 'property', object: storeShape.node, path: store.ttl.path } : undefined;
  return { ...described, kind: 'absent', defaultSeconds: store.defaultSeconds, node: storeShape.node ?? options, insertion };
}

/** `new RedisStore(…)`, `MongoStore.create(…)`, `new (require('connect-redis')(session))(…)`. */
function isStoreConstructor(made: Call, store: SessionStore, code: AnySourceCode): boolean {
  const refs = getModuleRefs(code);
  const callee = unwrap(made.callee);
  if (made.type === 'CallExpression') {
    return callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier' && callee.property.name === 'create' && isStoreClass(callee.object);
  }
  return isStoreClass(callee);

  function isStoreClass(node: Node): boolean {
    if (store.constructors.some((path) => refs.is(node, store.module, ...path))) return true;
    // connect-redis < 7 and memorystore export a factory: `require('connect-redis')(session)`.
    const factory = constantInit(node, code);
    return factory?.type === 'CallExpression' && refs.is(factory.callee, store.module);
  }
}
