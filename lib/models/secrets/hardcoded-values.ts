// Where the hard-coded text of a value comes from: the string literals (or fully static templates and
// concatenations) that can end up as the value, followed through consts, destructuring, object
// properties, fallbacks (`env.X || 'dev'`, `{ X = 'dev' } = env`, parameter defaults), both branches
// of an undecided `?:`, arrays and the encoders that turn a string into key bytes. Anything the file
// does not spell out (env, calls, parameters, imports) contributes nothing: it is never hard-coded.
import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { getModuleRefs } from '../../file/modules.ts';
import { isKnown, memberKey, objectShape, type PatternStep, type ShapeEntry, staticValue, truthiness, variableBindings } from '../../values/index.ts';
import { asSourceCode, isGlobalName, variableOf, type AnySourceCode } from '../../ast/scope.ts';
import { unwrap } from '../../ast/syntax.ts';
import { alwaysThrows, productionBranch } from './production-guards.ts';

type Node = TSESTree.Node;

/** Why a literal only applies sometimes: the fixer removes the fallback rather than the literal. */
export type Fallback =
  /** `primary || 'x'`, `primary ?? 'x'`. */
  | { readonly kind: 'or'; readonly container: TSESTree.LogicalExpression; readonly primary: Node }
  /** `const { X = 'x' } = env`, `function f(x = 'x')`. */
  | { readonly kind: 'default'; readonly container: TSESTree.AssignmentPattern; readonly primary: Node; readonly key?: string }
  /** One branch of `cond ? primary : 'x'`. */
  | { readonly kind: 'branch'; readonly container: TSESTree.ConditionalExpression; readonly primary: Node };

export interface HardcodedPart {
  /** The literal, template or concatenation that spells the value. */
  readonly node: Node;
  readonly value: string;
  readonly fallback?: Fallback;
  /** The position in an array of secrets (key rotation lists), when the value came from one. */
  readonly index?: number;
}

// Deep enough for real code (a const that holds a fallback that names another const); cycles stop earlier.
const MAX_DEPTH = 12;

/** Public keys and certificates are meant to be published; only secrets count as hard-coded secrets. */
const PUBLIC_MATERIAL = /-----BEGIN (?:RSA |EC )?(?:PUBLIC KEY|CERTIFICATE)-----|^ssh-(?:rsa|ed25519) /;

/** The hard-coded strings that may become the value of `node`, in source order, without duplicates. */
export function hardcodedParts(node: Node, sourceCode: AnySourceCode): HardcodedPart[] {
  const code = asSourceCode(sourceCode);
  const found = new Map<Node, HardcodedPart>();
  collect(node, code, { depth: 0, seen: new Set(), add: (part) => found.has(part.node) || found.set(part.node, part) });
  return [...found.values()];
}

/** True for PEM public keys and certificates, which are not secrets. */
export function isPublicKeyMaterial(value: string): boolean {
  return PUBLIC_MATERIAL.test(value.trimStart());
}

interface Walk {
  readonly depth: number;
  readonly seen: Set<object>;
  readonly add: (part: HardcodedPart) => void;
  readonly fallback?: Fallback;
  readonly index?: number;
}

function collect(node: Node, code: SourceCode, walk: Walk): void {
  if (walk.depth > MAX_DEPTH || walk.seen.has(node)) return;
  walk.seen.add(node);
  const next = (child: Node, changes: Partial<Walk> = {}): void => collect(child, code, { ...walk, ...changes, depth: walk.depth + 1 });
  const bare = unwrap(node);
  switch (bare.type) {
    case 'Literal':
    case 'TemplateLiteral':
    case 'BinaryExpression': {
      if (bare.type === 'BinaryExpression' && bare.operator !== '+') return;
      const result = staticValue(bare, code);
      if (isKnown(result) && typeof result.value === 'string' && result.value !== '' && !isPublicKeyMaterial(result.value)) {
        walk.add({ node: bare, value: result.value, ...(walk.fallback ? { fallback: walk.fallback } : {}), ...(walk.index === undefined ? {} : { index: walk.index }) });
      }
      return;
    }
    case 'LogicalExpression':
      if (bare.operator === '&&') return;
      next(bare.left);
      if (!readsPublicKeyFile(bare.left, code)) next(bare.right, { fallback: walk.fallback ?? { kind: 'or', container: bare, primary: bare.left } });
      return;
    case 'ConditionalExpression': {
      const test = truthiness(bare.test, code);
      if (test !== undefined) {
        next(test ? bare.consequent : bare.alternate);
        return;
      }
      // `isProduction ? fail('SECRET') : 'dev'`: production stops before the literal is used.
      const branches = productionBranch(bare);
      if (branches && alwaysThrows(branches.production, code)) return;
      // A placeholder beside a public key file stands in for a public key, not for a secret.
      if (!readsPublicKeyFile(bare.alternate, code)) next(bare.consequent, { fallback: walk.fallback ?? { kind: 'branch', container: bare, primary: bare.alternate } });
      if (!readsPublicKeyFile(bare.consequent, code)) next(bare.alternate, { fallback: walk.fallback ?? { kind: 'branch', container: bare, primary: bare.consequent } });
      return;
    }
    case 'ArrayExpression':
      for (const [index, element] of bare.elements.entries()) {
        if (element?.type === 'SpreadElement') next(element.argument);
        else if (element) next(element, { index });
      }
      return;
    case 'Identifier':
      identifier(bare, code, walk, next);
      return;
    case 'MemberExpression': {
      const key = memberKey(bare, code);
      const entry = key === undefined ? undefined : objectShape(bare.object, code)?.get(key);
      // A later spread may replace the property: its value is unknown.
      if (entry && !entry.overridable) next(entry.valueNode);
      return;
    }
    case 'CallExpression': {
      const source = encodedSource(bare, code);
      if (source) next(source);
      return;
    }
    case 'ChainExpression':
      next(bare.expression);
      return;
    case 'AwaitExpression':
      next(bare.argument);
      return;
    default:
      return;
  }
}

function identifier(id: TSESTree.Identifier, code: SourceCode, walk: Walk, next: (child: Node, changes?: Partial<Walk>) => void): void {
  const variable = variableOf(code, id);
  if (!variable || walk.seen.has(variable)) return;
  walk.seen.add(variable);
  const [def] = variable.defs;
  if (variable.defs.length === 1 && def?.type === 'Parameter') {
    // Only the default is spelled out: a caller that passes nothing gets it.
    const pattern = (def.name as Node).parent;
    if (pattern?.type === 'AssignmentPattern' && pattern.left === def.name) {
      next(pattern.right, { fallback: walk.fallback ?? { kind: 'default', container: pattern, primary: pattern.left } });
    }
    return;
  }
  const bindings = variableBindings(variable, code);
  if (!bindings) return;
  for (const binding of bindings.list) followPath(binding.rhs, binding.path, code, walk, next);
}

const PUBLIC_KEY_FILE = /\.(?:pub|crt|cer)$|public|cert/i;

/** `readFileSync('keys/jwt.pub')`: a public key or certificate read from disk. */
function readsPublicKeyFile(node: Node, code: SourceCode): boolean {
  const bare = unwrap(node);
  if (bare.type !== 'CallExpression') return false;
  const [path] = bare.arguments;
  if (!path || path.type === 'SpreadElement' || !getModuleRefs(code).is(unwrap(bare.callee), ['fs', 'node:fs'], 'readFileSync')) return false;
  const name = staticValue(path, code);
  return isKnown(name) && typeof name.value === 'string' && PUBLIC_KEY_FILE.test(name.value);
}

/** The value at a destructuring path: into object literals the file shows, and every default on the way. */
function followPath(rhs: Node, path: readonly PatternStep[], code: SourceCode, walk: Walk, next: (child: Node, changes?: Partial<Walk>) => void): void {
  let current: Node | undefined = rhs;
  for (const step of path) {
    const entry: ShapeEntry | undefined = current ? objectShape(current, code)?.get(step.key) : undefined;
    const reachable: boolean = entry !== undefined && !entry.overridable;
    // The default applies only when the property may be missing.
    const present = reachable && isKnown(entry!.value) && entry!.value.value !== undefined;
    const pattern = step.fallback?.parent;
    if (step.fallback && pattern?.type === 'AssignmentPattern' && !present) {
      next(step.fallback, { fallback: walk.fallback ?? { kind: 'default', container: pattern, primary: pattern.left, key: step.key } });
    }
    current = reachable ? entry!.valueNode : undefined;
  }
  if (current) next(current);
}

/**
 * The string an encoder turns into key bytes: `Buffer.from(s)`, `new TextEncoder().encode(s)`,
 * `createSecretKey(s)` (node:crypto), jose's `base64url.decode(s)` and `importJWK({ k: s })`, `String(s)`.
 */
function encodedSource(call: TSESTree.CallExpression, code: SourceCode): Node | undefined {
  const [first] = call.arguments;
  if (!first || first.type === 'SpreadElement') return undefined;
  const callee = unwrap(call.callee);
  const modules = getModuleRefs(code);
  if (modules.is(callee, ['crypto', 'node:crypto'], 'createSecretKey') || modules.is(callee, 'jose', 'base64url', 'decode')) return first;
  if (isGlobalName(code, callee, 'String')) return first;
  if (modules.is(callee, 'jose', 'importJWK')) return objectShape(first, code)?.get('k')?.valueNode;
  if (callee.type !== 'MemberExpression') return undefined;
  const method = memberKey(callee, code);
  const object = unwrap(callee.object);
  if (method === 'from' && isGlobalName(code, object, 'Buffer')) return first;
  if (method === 'encode' && isTextEncoder(object, code)) return first;
  return undefined;
}

function isTextEncoder(node: Node, code: SourceCode): boolean {
  if (node.type === 'NewExpression') return isGlobalName(code, unwrap(node.callee), 'TextEncoder');
  if (node.type !== 'Identifier') return false;
  const variable = variableOf(code, node);
  const bindings = variable ? variableBindings(variable, code) : undefined;
  const rhs = bindings?.list.length === 1 && bindings.list[0]!.path.length === 0 ? unwrap(bindings.list[0]!.rhs) : undefined;
  return rhs?.type === 'NewExpression' && isGlobalName(code, unwrap(rhs.callee), 'TextEncoder');
}
