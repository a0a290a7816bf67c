// How much unpredictability a value carries, as far as the file shows: CSPRNG bits (`randomBytes(16)`
// is 128), a predictable source (Math.random, the clock, a counter, a time-based UUID), a constant, or
// unknown. Values are followed through arithmetic, string building, encodings, truncation, hashing,
// arrays, loops that append to a variable, and functions declared in the same file. A value with a
// CSPRNG branch (`crypto.randomUUID?.() ?? fallback()`) counts as random: the fallback is not the
// generator. Computed once per node per file.
import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { GLOBAL, RANDOM_SOURCES, type RandomSource, type SizedBits } from '../../frameworks/token-random-sources.ts';
import { calleeName, globalPath, isFunction, localFunction, returnedExpressions, type FunctionNode } from '../../ast/local-functions.ts';
import { getModuleRefs, type ModuleRefs } from '../../file/modules.ts';
import { asSourceCode, variableOf, type AnySourceCode, type Variable } from '../../ast/scope.ts';
import { isKnown, staticValue } from '../../values/index.ts';
import { unwrap } from '../../ast/syntax.ts';
import { fileFact, perFile } from '../../ast/per-file.ts';

type Node = TSESTree.Node;

/** Where a generator's size is written, so a fix can raise it: `randomBytes(4)`, `nanoid(8)`. */
export interface SizeArgument {
  readonly call: TSESTree.CallExpression | TSESTree.NewExpression;
  /** The size argument, or undefined when the call relies on the default size. */
  readonly node: Node | undefined;
  readonly unitBits: number;
}

export type Entropy =
  /** From a CSPRNG; `bits` undefined when the file does not say how many. */
  | { readonly kind: 'random'; readonly bits: number | undefined; readonly source: Node; readonly label: string; readonly perChar?: number; readonly size?: SizeArgument }
  /** Predictable: no CSPRNG is involved and `source` is Math.random, the clock, a counter… */
  | { readonly kind: 'weak'; readonly source: Node; readonly label: string }
  /** A constant: adds nothing, takes nothing away. */
  | { readonly kind: 'none' }
  /** `opaque`: a call or import the file cannot see into, which may well be a CSPRNG. */
  | { readonly kind: 'unknown'; readonly opaque: boolean };

type Random = Extract<Entropy, { kind: 'random' }>;

const NONE: Entropy = { kind: 'none' };
const UNKNOWN: Entropy = { kind: 'unknown', opaque: false };
const OPAQUE: Entropy = { kind: 'unknown', opaque: true };

interface FileState {
  readonly code: SourceCode;
  readonly modules: ModuleRefs;
  readonly nodes: WeakMap<Node, Entropy>;
  readonly variables: WeakMap<Variable, Entropy>;
  readonly functions: WeakMap<FunctionNode, Entropy>;
  readonly busy: Set<object>;
}

const RANDOMNESS = fileFact<FileState>('randomness');

function stateOf(sourceCode: AnySourceCode): FileState {
  return perFile(sourceCode, RANDOMNESS, () => {
    const code = asSourceCode(sourceCode);
    return { code, modules: getModuleRefs(code), nodes: new WeakMap(), variables: new WeakMap(), functions: new WeakMap(), busy: new Set() };
  });
}

/** The entropy of the value `node` evaluates to. */
export function entropyOf(node: Node, sourceCode: AnySourceCode): Entropy {
  const state = stateOf(sourceCode);
  // `{ token: i }` in `for (…; …; i++)` is a position (a lexer's token index), not a generated id; the
  // index still makes `ALPHABET[i]` or `'id' + i` predictable.
  const bare = unwrap(node);
  if (bare.type === 'Identifier' && isLoopIndex(bare, state)) return UNKNOWN;
  return evaluate(node, state);
}

function isLoopIndex(id: TSESTree.Identifier, state: FileState): boolean {
  const variable = variableOf(state.code, id);
  const writes = variable?.references.filter((reference) => reference.isWrite() && !reference.init) ?? [];
  return writes.length > 0 && writes.every((reference) => isLoopUpdate((reference.identifier as Node).parent!));
}

/**
 * The entropy of what a generator option returns when called (`genid: () => …`, `idGenerator: makeId`,
 * `generateId: nanoid`): a function literal, a function declared in the file, or a library generator.
 */
export function generatorEntropy(node: Node, sourceCode: AnySourceCode): Entropy {
  const state = stateOf(sourceCode);
  const fn = localFunction(node, state.code);
  if (fn) return functionEntropy(fn, state);
  const source = sourceOf(node, state);
  return source ? sourceEntropy(source, [], node, node, state) : UNKNOWN;
}

/** The entropy of a function's results, each return being one branch. */
export function returnEntropy(fn: FunctionNode, sourceCode: AnySourceCode): Entropy {
  return functionEntropy(fn, stateOf(sourceCode));
}

function memo<K extends object>(cache: WeakMap<K, Entropy>, key: K, state: FileState, compute: () => Entropy): Entropy {
  const cached = cache.get(key);
  if (cached) return cached;
  if (state.busy.has(key)) return UNKNOWN;
  state.busy.add(key);
  let result: Entropy;
  try {
    result = compute();
  } finally {
    state.busy.delete(key);
  }
  cache.set(key, result);
  return result;
}

function evaluate(node: Node, state: FileState): Entropy {
  return memo(state.nodes, node, state, () => compute(unwrap(node), state));
}

function compute(node: Node, state: FileState): Entropy {
  const value = (child: Node): Entropy => evaluate(child, state);
  switch (node.type) {
    case 'Literal':
      return NONE;
    case 'TemplateLiteral':
      return concat(node.expressions.map(value), node);
    case 'Identifier':
      return identifierEntropy(node, state);
    case 'MemberExpression':
      return memberEntropy(node, state);
    case 'ChainExpression':
      return value(node.expression);
    case 'CallExpression':
      return callEntropy(node, state);
    case 'NewExpression':
      return newEntropy(node, state);
    case 'AwaitExpression':
      return value(node.argument);
    case 'UnaryExpression':
      return node.operator === '-' || node.operator === '+' || node.operator === '~' ? value(node.argument) : NONE;
    case 'UpdateExpression':
      return { kind: 'weak', source: node, label: counterLabel(node.argument) };
    case 'BinaryExpression':
      return COMPARISONS.has(node.operator) ? NONE : concat([value(node.left), value(node.right)], node);
    case 'LogicalExpression':
      return branches([value(node.left), value(node.right)], node);
    case 'ConditionalExpression':
      return branches([value(node.consequent), value(node.alternate)], node);
    case 'ArrayExpression':
      return concat(
        node.elements.flatMap((element) => (element ? [value(element.type === 'SpreadElement' ? element.argument : element)] : [])),
        node,
      );
    case 'SequenceExpression':
      return value(node.expressions.at(-1)!);
    case 'AssignmentExpression':
      return node.operator === '=' ? value(node.right) : concat([value(node.left), value(node.right)], node);
    default:
      return UNKNOWN;
  }
}

const COMPARISONS = new Set(['==', '!=', '===', '!==', '<', '<=', '>', '>=', 'in', 'instanceof']);

// Parts joined into one value: their random bits add up; a predictable part adds nothing.
function concat(parts: readonly Entropy[], node: Node): Entropy {
  const randoms = parts.filter((part): part is Random => part.kind === 'random');
  const unknown = parts.some((part) => part.kind === 'unknown');
  if (randoms.length === 1) {
    const [random] = randoms as [Random];
    const alone = parts.every((part) => part === random || part.kind === 'none');
    return alone ? random : { kind: 'random', bits: unknown ? undefined : random.bits, source: random.source, label: random.label };
  }
  if (randoms.length > 1) {
    const bits = unknown || randoms.some((part) => part.bits === undefined) ? undefined : randoms.reduce((sum, part) => sum + part.bits!, 0);
    return { kind: 'random', bits, source: node, label: randoms[0]!.label };
  }
  return predictable(parts);
}

// One of several values: any CSPRNG branch makes it a CSPRNG value (the others are fallbacks).
function branches(parts: readonly Entropy[], node: Node): Entropy {
  const randoms = parts.filter((part): part is Random => part.kind === 'random');
  if (randoms.length === 1) return randoms[0]!;
  if (randoms.length > 1) {
    const bits = randoms.some((part) => part.bits === undefined) ? undefined : Math.min(...randoms.map((part) => part.bits!));
    return { kind: 'random', bits, source: node, label: randoms[0]!.label };
  }
  return predictable(parts);
}

function predictable(parts: readonly Entropy[]): Entropy {
  if (parts.some((part) => part.kind === 'unknown' && part.opaque)) return OPAQUE;
  const weak = parts.find((part) => part.kind === 'weak');
  if (weak) return weak;
  return parts.some((part) => part.kind === 'unknown') ? UNKNOWN : NONE;
}

function counterLabel(node: Node): string {
  const bare = unwrap(node);
  const name = bare.type === 'Identifier' ? bare.name : bare.type === 'MemberExpression' ? calleeName(bare) : undefined;
  return name ? `the counter ${name}` : 'a counter';
}

function identifierEntropy(node: TSESTree.Identifier, state: FileState): Entropy {
  const variable = variableOf(state.code, node);
  if (!variable || variable.defs.length === 0) return node.name === 'undefined' || node.name === 'NaN' || node.name === 'Infinity' ? NONE : UNKNOWN;
  return memo(state.variables, variable, state, () => variableEntropy(variable, state));
}

/** Every value the file gives the variable: initialiser and `=` writes as branches, appends as parts. */
function variableEntropy(variable: Variable, state: FileState): Entropy {
  const def = variable.defs[0]!;
  if (def.type === 'ImportBinding') return OPAQUE;
  if (def.type !== 'Variable') return UNKNOWN;
  const assigned: Entropy[] = [];
  const appended: Entropy[] = [];
  let counter: Node | undefined;
  for (const reference of variable.references) {
    const id = reference.identifier as Node;
    const parent = id.parent!;
    if (reference.isWrite()) {
      const loop = parent.type === 'VariableDeclarator' ? parent.parent.parent : undefined;
      if (parent.type === 'VariableDeclarator' && loop?.type === 'ForOfStatement' && loop.left === parent.parent && parent.id === id) {
        assigned.push(element(evaluate(loop.right, state)));
      } else if (parent.type === 'VariableDeclarator' && parent.id === id && parent.init) {
        assigned.push(evaluate(parent.init, state));
      } else if (parent.type === 'AssignmentExpression' && parent.left === id) {
        if (parent.operator === '=') assigned.push(evaluate(parent.right, state));
        else if (isNumberLiteral(parent.right)) counter ??= parent;
        else appended.push(evaluate(parent.right, state));
      } else if (parent.type === 'UpdateExpression') {
        counter ??= parent;
      } else {
        // Destructuring, for-in keys and other writes the analysis does not follow.
        assigned.push(UNKNOWN);
      }
      continue;
    }
    appended.push(...readWrites(id, state));
  }
  if (counter) return { kind: 'weak', source: counter, label: `the counter ${variable.name}` };
  return concat([branches(assigned, def.node), ...appended], def.node);
}

// An element of a CSPRNG byte array is random, though how many bits it keeps is not counted.
function element(entropy: Entropy): Entropy {
  return entropy.kind === 'random' ? { kind: 'random', bits: undefined, source: entropy.source, label: entropy.label } : entropy;
}

/** The step of a `for` loop: `i++` in `for (…; …; i++)`, also inside `i++, j--`. */
function isLoopUpdate(node: Node): boolean {
  let current = node;
  while (current.parent?.type === 'SequenceExpression') current = current.parent;
  return current.parent?.type === 'ForStatement' && current.parent.update === current;
}

function isCounterWrite(node: Node): boolean {
  return node.type === 'UpdateExpression' || (node.type === 'AssignmentExpression' && node.operator !== '=');
}

function isNumberLiteral(node: Node): boolean {
  const bare = unwrap(node);
  return bare.type === 'Literal' && typeof bare.value === 'number';
}

/** What a read of the variable puts into it: `crypto.getRandomValues(bytes)`, `out.push(x)`, `out[i] = x`. */
function readWrites(id: Node, state: FileState): Entropy[] {
  const parent = id.parent!;
  if (parent.type === 'CallExpression' && parent.arguments[0] === id) {
    const source = sourceOf(parent.callee, state);
    if (source?.path.at(-1) === 'getRandomValues') return [typedArrayEntropy(id, parent, state)];
    return [];
  }
  if (parent.type !== 'MemberExpression' || parent.object !== id) return [];
  const grand = parent.parent!;
  if (grand.type === 'AssignmentExpression' && grand.left === parent) return [evaluate(grand.right, state)];
  if (grand.type === 'CallExpression' && grand.callee === parent && ['push', 'unshift'].includes(calleeName(parent) ?? '')) {
    return grand.arguments.map((argument) => evaluate(argument.type === 'SpreadElement' ? argument.argument : argument, state));
  }
  return [];
}

function memberEntropy(node: TSESTree.MemberExpression, state: FileState): Entropy {
  const object = evaluate(node.object, state);
  if (node.computed) {
    if (object.kind === 'random') return element(object);
    const property = evaluate(node.property, state);
    if (property.kind === 'none') return object.kind === 'none' ? NONE : UNKNOWN;
    // A loop counter walks through a collection (`ids[i]`): the element is whatever the collection holds,
    // unless the file spells it out (`ALPHABET[i % 62]`). A Math.random index still picks predictably.
    if (object.kind !== 'none' && property.kind === 'weak' && isCounterWrite(property.source)) return UNKNOWN;
    return property;
  }
  return calleeName(node) === 'length' ? NONE : UNKNOWN;
}

function newEntropy(node: TSESTree.NewExpression, state: FileState): Entropy {
  const path = globalPath(node.callee, state.code);
  if (path?.length === 1 && path[0] === 'Date') return node.arguments.length === 0 ? { kind: 'weak', source: node, label: 'new Date()' } : UNKNOWN;
  if (path?.length === 1 && (TYPED_ARRAYS.has(path[0]!) || path[0] === 'Array')) return NONE;
  return OPAQUE;
}

const TYPED_ARRAYS = new Map([
  ['Uint8Array', 8],
  ['Int8Array', 8],
  ['Uint8ClampedArray', 8],
  ['Uint16Array', 16],
  ['Int16Array', 16],
  ['Uint32Array', 32],
  ['Int32Array', 32],
  ['BigUint64Array', 64],
  ['BigInt64Array', 64],
]);

// Methods that reshape a value without adding or removing randomness (truncation is counted apart).
const TRANSFORMS = new Set([
  'toString',
  'toUpperCase',
  'toLowerCase',
  'padStart',
  'padEnd',
  'trim',
  'replace',
  'replaceAll',
  'split',
  'join',
  'map',
  'flatMap',
  'reduce',
  'concat',
  'charAt',
  'charCodeAt',
  'codePointAt',
  'at',
  'toFixed',
  'toPrecision',
  'valueOf',
  'getTime',
  'toISOString',
  'toJSON',
  'toUTCString',
  'getMilliseconds',
  'reverse',
  'repeat',
  'then',
]);
const TRUNCATIONS = new Set(['slice', 'substring', 'substr']);
// Global functions that only convert or combine their arguments.
const PURE_GLOBALS = new Set([
  'String',
  'Number',
  'BigInt',
  'parseInt',
  'parseFloat',
  'btoa',
  'encodeURIComponent',
  'encodeURI',
  'escape',
  'Array',
  'Array.from',
  'Array.of',
  'String.fromCharCode',
  'String.fromCodePoint',
  'JSON.stringify',
  'Buffer.from',
  'Promise.resolve',
]);
const PER_CHAR: Readonly<Record<string, number>> = { hex: 4, base64: 6, base64url: 6 };

function callEntropy(node: TSESTree.CallExpression, state: FileState): Entropy {
  const source = sourceOf(node.callee, state);
  if (source) return sourceEntropy(source, node.arguments, node, node, state);
  const factory = factoryCall(node.callee, state);
  if (factory) {
    const size = node.arguments[0] ? node.arguments : undefined;
    return sourceEntropy(factory.source, factory.call.arguments, factory.call, node, state, size && { node: size[0]!, call: node });
  }
  const path = globalPath(node.callee, state.code);
  if (path && (PURE_GLOBALS.has(path.join('.')) || path[0] === 'Math')) return concat(argumentEntropies(node.arguments, state), node);
  const callee = unwrap(node.callee);
  if (callee.type === 'MemberExpression' && !callee.computed) {
    const method = calleeName(callee)!;
    if (method === 'digest') return digestEntropy(callee.object, node, state);
    if (TRANSFORMS.has(method)) return transformEntropy(method, evaluate(callee.object, state), node, state);
    if (TRUNCATIONS.has(method)) return truncate(method, evaluate(callee.object, state), node, state);
  }
  const fn = localFunction(node.callee, state.code);
  return fn ? functionEntropy(fn, state) : OPAQUE;
}

function argumentEntropies(args: readonly TSESTree.CallExpressionArgument[], state: FileState): Entropy[] {
  return args.map((argument) => {
    const bare = unwrap(argument.type === 'SpreadElement' ? argument.argument : argument);
    if (!isFunction(bare)) return evaluate(bare, state);
    // A callback's parameters are the receiver's elements (`Array.from(bytes, (b) => …)`): what it
    // returns from them alone adds nothing the receiver does not already count.
    const result = functionEntropy(bare, state);
    return result.kind === 'unknown' && !result.opaque ? NONE : result;
  });
}

function transformEntropy(method: string, receiver: Entropy, node: TSESTree.CallExpression, state: FileState): Entropy {
  if (receiver.kind === 'random' && method === 'toString') {
    const encoding = staticString(node.arguments[0], state);
    const perChar = encoding === undefined ? undefined : PER_CHAR[encoding];
    return perChar ? { ...receiver, perChar } : receiver;
  }
  return concat([receiver, ...argumentEntropies(node.arguments, state)], node);
}

// `.slice(0, 8)` of a hex string keeps 32 bits.
function truncate(method: string, receiver: Entropy, node: TSESTree.CallExpression, state: FileState): Entropy {
  if (receiver.kind !== 'random') return receiver;
  const [start, second] = node.arguments.length === 0 ? [0] : node.arguments.map((argument) => staticNumber(argument, state));
  if (start === undefined || receiver.perChar === undefined || (node.arguments.length > 1 && second === undefined) || start < 0 || (second ?? 0) < 0) {
    return { kind: 'random', bits: undefined, source: receiver.source, label: receiver.label };
  }
  const total = receiver.bits === undefined ? undefined : Math.floor(receiver.bits / receiver.perChar);
  const end = second === undefined ? total : method === 'substr' ? start + second : second;
  const chars = end === undefined ? undefined : Math.max(0, Math.min(end, total ?? end) - start);
  return { kind: 'random', bits: chars === undefined ? undefined : chars * receiver.perChar, source: receiver.source, label: receiver.label, perChar: receiver.perChar };
}

// A hash has the entropy of what it hashes; an HMAC is keyed, so its output is unknown rather than weak.
function digestEntropy(hash: Node, node: TSESTree.CallExpression, state: FileState): Entropy {
  const inputs: Entropy[] = [];
  let current = unwrap(hash);
  while (current.type === 'CallExpression' && current.callee.type === 'MemberExpression' && calleeName(current.callee) === 'update') {
    inputs.push(...argumentEntropies(current.arguments, state));
    current = unwrap(current.callee.object);
  }
  if (current.type !== 'CallExpression') return UNKNOWN;
  const ref = state.modules.resolve(current.callee);
  const name = ref && ref.module.replace(/^node:/, '') === 'crypto' ? ref.path.at(-1) : undefined;
  // An HMAC keyed with a secret the file cannot read is as unpredictable as its key: opaque. A
  // constant key leaves it a hash of its inputs.
  if (name === 'createHmac' && !isKnown(staticValue(current.arguments[1] ?? current, state.code))) return OPAQUE;
  if (name !== 'createHash' && name !== 'createHmac') return UNKNOWN;
  const result = concat(inputs, node);
  const encoding = staticString(node.arguments[0], state);
  return result.kind === 'random' && encoding && PER_CHAR[encoding] ? { ...result, perChar: PER_CHAR[encoding] } : result;
}

function functionEntropy(fn: FunctionNode, state: FileState): Entropy {
  return memo(state.functions, fn, state, () => {
    const returns = returnedExpressions(fn, state.code);
    return returns.length === 0 ? UNKNOWN : branches(returns.map((node) => evaluate(node, state)), fn);
  });
}

/** The random source a callee denotes: a module export or a host global from the table. */
function sourceOf(callee: Node, state: FileState): RandomSource | undefined {
  const ref = state.modules.resolve(callee);
  if (ref) {
    const module = ref.module.replace(/^node:/, '');
    const path = ref.path[0] === 'default' ? ref.path.slice(1) : ref.path;
    return RANDOM_SOURCES.find((source) => source.modules.includes(module) && samePath(source.path, path));
  }
  const path = globalPath(callee, state.code);
  return path && RANDOM_SOURCES.find((source) => source.modules.includes(GLOBAL) && samePath(source.path, path));
}

function samePath(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((part, index) => part === b[index]);
}

/** `const gen = customAlphabet(a, 10); gen()`: the call that made the generator. */
function factoryCall(callee: Node, state: FileState): { source: RandomSource; call: TSESTree.CallExpression } | undefined {
  let made = unwrap(callee);
  if (made.type === 'Identifier') {
    const variable = variableOf(state.code, made);
    const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (def?.type !== 'Variable' || def.node.id !== def.name || !def.node.init || variable!.references.filter((reference) => reference.isWrite()).length !== 1) return undefined;
    made = unwrap(def.node.init);
  }
  if (made.type !== 'CallExpression') return undefined;
  const source = sourceOf(made.callee, state);
  return source?.factory ? { source, call: made } : undefined;
}

function sourceEntropy(
  source: RandomSource,
  args: readonly TSESTree.CallExpressionArgument[],
  call: TSESTree.CallExpression | TSESTree.NewExpression | Node,
  at: Node,
  state: FileState,
  resized?: { node: Node; call: TSESTree.CallExpression },
): Entropy {
  if (source.kind === 'weak') return { kind: 'weak', source: at, label: source.label };
  const base = { kind: 'random', source: at, label: source.label, ...(source.perChar ? { perChar: source.perChar } : {}) } as const;
  if (source.path.at(-1) === 'getRandomValues') return args[0] ? typedArrayEntropy(args[0], at, state) : { ...base, bits: undefined };
  if (source.path.at(-1) === 'randomInt') return { ...base, bits: randomIntBits(args, state) };
  if (typeof source.bits !== 'object') return { ...base, bits: source.bits };
  return sizedEntropy(source.bits, args, call, at, state, resized, base);
}

function sizedEntropy(
  sized: SizedBits,
  args: readonly TSESTree.CallExpressionArgument[],
  call: Node,
  at: Node,
  state: FileState,
  resized: { node: Node; call: TSESTree.CallExpression } | undefined,
  base: Omit<Random, 'bits'>,
): Entropy {
  const unitBits = typeof sized.unitBits === 'number' ? sized.unitBits : alphabetBits(args[sized.unitBits.alphabet], state);
  const sizeNode = resized?.node ?? args[sized.argument];
  const size = sizeNode ? staticNumber(sizeNode, state) : sized.default;
  if (unitBits === undefined || size === undefined) return { ...base, bits: undefined };
  const sizeCall = (resized?.call ?? (call.type === 'CallExpression' || call.type === 'NewExpression' ? call : undefined)) as SizeArgument['call'] | undefined;
  const bits = Math.floor(size * unitBits);
  return sizeCall ? { ...base, bits, size: { call: sizeCall, node: sizeNode, unitBits } } : { ...base, bits };
}

function alphabetBits(node: Node | undefined, state: FileState): number | undefined {
  const alphabet = staticString(node, state);
  return alphabet === undefined || alphabet.length < 2 ? undefined : Math.log2(new Set(alphabet).size);
}

function randomIntBits(args: readonly TSESTree.CallExpressionArgument[], state: FileState): number | undefined {
  const numbers = args.filter((argument) => !isFunction(unwrap(argument))).map((argument) => staticNumber(argument, state));
  const [low, high] = numbers.length >= 2 ? numbers : [0, numbers[0]];
  return low === undefined || high === undefined || high - low < 1 ? undefined : Math.floor(Math.log2(high - low));
}

/** `getRandomValues(new Uint8Array(16))`, or of a variable declared as one. */
function typedArrayEntropy(target: Node, at: Node, state: FileState): Entropy {
  let array = unwrap(target);
  if (array.type === 'Identifier') {
    const variable = variableOf(state.code, array);
    const def = variable?.defs[0];
    if (def?.type === 'Variable' && def.node.init) array = unwrap(def.node.init);
  }
  const base = { kind: 'random', source: at, label: 'crypto.getRandomValues()' } as const;
  if (array.type !== 'NewExpression') return { ...base, bits: undefined };
  const path = globalPath(array.callee, state.code);
  const unitBits = path?.length === 1 ? TYPED_ARRAYS.get(path[0]!) : undefined;
  const sizeNode = array.arguments[0];
  const size = sizeNode && staticNumber(sizeNode, state);
  if (unitBits === undefined || size === undefined) return { ...base, bits: undefined };
  return { ...base, bits: size * unitBits, size: { call: array, node: sizeNode, unitBits } };
}

function staticNumber(node: Node | undefined, state: FileState): number | undefined {
  if (!node || node.type === 'SpreadElement') return undefined;
  const result = staticValue(node, state.code);
  return isKnown(result) && typeof result.value === 'number' && Number.isFinite(result.value) ? result.value : undefined;
}

function staticString(node: Node | undefined, state: FileState): string | undefined {
  if (!node || node.type === 'SpreadElement') return undefined;
  const result = staticValue(node, state.code);
  return isKnown(result) && typeof result.value === 'string' ? result.value : undefined;
}
