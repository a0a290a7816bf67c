import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { memoised, valueState, type ValueState } from './state.ts';
import { evaluators } from './recursion.ts';
import { asSourceCode, isPropertyName, variableOf, type AnySourceCode, type Variable } from '../ast/scope.ts';
import { isKnown, isPrimitive, known, KNOWN_UNDEFINED, mergeStatics, UNKNOWN, type Static } from './static.ts';
import { literalKey, unwrap } from '../ast/syntax.ts';
import { environmentOf } from '../ast/environment.ts';
import { findMemberWrites } from './variable-writes.ts';
import { importedValue } from './imports.ts';

type Node = TSESTree.Node;

/**
 * The value `node` has when the file alone decides it, else UNKNOWN. Follows literals, templates,
 * consts (declared anywhere in scope) and never-reassigned let/var, destructuring, operators whose
 * operands are known, `&&`/`||`/`??`/`?:` when the outcome is decided, arrays, objects (see
 * {@link objectShape}), member access and TS wrappers. Calls, parameters, `process.env`, `new`,
 * `await`, regular expressions and functions are UNKNOWN. Memoised per node; never throws.
 */
export function staticValue(node: Node | null | undefined, sourceCode: AnySourceCode): Static {
  if (!node) return UNKNOWN;
  const code = asSourceCode(sourceCode);
  const state = valueState(code);
  return memoised(state, state.values, node, UNKNOWN, () => evaluate(node, code, state));
}

/** The string a (computed) key evaluates to, or undefined; symbols and objects do not count. */
export function staticKey(node: Node, sourceCode: AnySourceCode): string | undefined {
  const result = staticValue(node, sourceCode);
  return isKnown(result) && isPrimitive(result.value) ? String(result.value) : undefined;
}

/** The key a member expression reads (`a.b`, `a['b']`, `a[KEY]`), or undefined. */
export function memberKey(node: TSESTree.MemberExpression, sourceCode: AnySourceCode): string | undefined {
  return node.computed ? staticKey(node.property, sourceCode) : literalKey(node.property);
}

// Returned inside an optional chain whose object is nullish: the whole chain is then `undefined`.
const SHORT_CIRCUIT = Symbol('short-circuit');

function evaluate(node: Node, code: SourceCode, state: ValueState): Static {
  const result = evaluateInChain(node, code, state);
  return result === SHORT_CIRCUIT ? KNOWN_UNDEFINED : result;
}

function evaluateInChain(node: Node, code: SourceCode, state: ValueState): Static | typeof SHORT_CIRCUIT {
  const value = (child: Node | null | undefined): Static => staticValue(child, code);
  switch (node.type) {
    case 'Literal':
      if ('regex' in node && node.regex) return UNKNOWN;
      if ('bigint' in node && node.bigint !== undefined) return known(BigInt(node.bigint));
      return known(node.value);
    case 'TemplateLiteral':
      return template(node, value);
    case 'Identifier':
      return identifierValue(node, code, state);
    case 'UnaryExpression':
      return unary(node, value(node.argument));
    case 'BinaryExpression':
      return node.left.type === 'PrivateIdentifier' ? UNKNOWN : binary(node.operator, value(node.left), value(node.right));
    case 'LogicalExpression':
      return logical(node, value);
    case 'ConditionalExpression': {
      const test = truthiness(node.test, code);
      if (test !== undefined) return value(test ? node.consequent : node.alternate);
      // `isProduction ? 'none' : 'lax'`: what production gets is what is deployed.
      const production = productionBranch(node);
      if (production) return value(production);
      return mergeStatics([value(node.consequent), value(node.alternate)]);
    }
    case 'ArrayExpression':
      return arrayValue(node, value);
    case 'ObjectExpression':
    case 'CallExpression': {
      const shape = evaluators.objectShape(node, code);
      return shape ? evaluators.shapeValue(shape) : UNKNOWN;
    }
    case 'MemberExpression':
      return memberValue(node, code, state);
    case 'ChainExpression':
      return evaluate(node.expression, code, state);
    case 'SequenceExpression':
      return value(node.expressions.at(-1));
    case 'AssignmentExpression':
      return node.operator === '=' ? value(node.right) : UNKNOWN;
    case 'TSAsExpression':
    case 'TSSatisfiesExpression':
    case 'TSNonNullExpression':
    case 'TSTypeAssertion':
      return value(unwrap(node));
    default:
      return UNKNOWN;
  }
}

function template(node: TSESTree.TemplateLiteral, value: (child: Node) => Static): Static {
  // `cooked` is null for an invalid escape, which only a tagged template's quasi may hold.
  if (node.quasis.some((quasi) => quasi.value.cooked === null)) return UNKNOWN;
  let text = node.quasis[0]!.value.cooked!;
  for (const [index, expression] of node.expressions.entries()) {
    const part = value(expression);
    if (!isKnown(part) || !isPrimitive(part.value)) return UNKNOWN;
    text += String(part.value) + node.quasis[index + 1]!.value.cooked!;
  }
  return known(text);
}

// Globals whose value the language fixes, as long as the file does not declare its own.
const GLOBAL_CONSTANTS = new Map<string, unknown>([
  ['undefined', undefined],
  ['NaN', Number.NaN],
  ['Infinity', Number.POSITIVE_INFINITY],
]);

function identifierValue(node: TSESTree.Identifier, code: SourceCode, state: ValueState): Static {
  if (isPropertyName(node)) return UNKNOWN;
  const variable = variableOf(code, node);
  if (!variable || (variable.scope.type === 'global' && variable.defs.length === 0)) {
    return GLOBAL_CONSTANTS.has(node.name) ? known(GLOBAL_CONSTANTS.get(node.name)) : (importedValue(variable, node, code) ?? UNKNOWN);
  }
  const imported = importedValue(variable, node, code);
  if (imported) return imported;
  return memoised(state, state.variableValues, variable, UNKNOWN, () => variableValue(variable, code));
}

function variableValue(variable: Variable, code: SourceCode): Static {
  const shape = evaluators.variableShape(variable, code);
  if (shape) return evaluators.shapeValue(shape);
  const bindings = evaluators.variableBindings(variable, code);
  if (!bindings) return UNKNOWN;
  // No write at all: only `let x;` or `var x;` never assigned.
  if (bindings.list.length === 0) return KNOWN_UNDEFINED;
  const result = mergeStatics(bindings.list.map((binding) => evaluators.valueAtPath(binding.rhs, binding.path, code)));
  // An array the file changes in place (push, arr[0] = …) is not the literal any more.
  if (isKnown(result) && !isPrimitive(result.value)) {
    const writes = findMemberWrites(variable, bindings.list[0]!, code, (key) => staticKey(key, code));
    if (writes.mutated) return UNKNOWN;
  }
  return result;
}

function unary(node: TSESTree.UnaryExpression, argument: Static): Static {
  if (node.operator === 'void') return KNOWN_UNDEFINED;
  if (!isKnown(argument)) return UNKNOWN;
  const operand = argument.value;
  switch (node.operator) {
    case '!':
      return known(!operand);
    case 'typeof':
      return known(typeof operand);
    default:
      break;
  }
  if (!isPrimitive(operand)) return UNKNOWN;
  try {
    switch (node.operator) {
      case '-':
        return known(-(operand as number));
      case '+':
        return known(+(operand as number));
      case '~':
        return known(~(operand as number));
      default:
        return UNKNOWN;
    }
  } catch {
    // `+1n` throws a TypeError.
    return UNKNOWN;
  }
}

type Operand = string | number | bigint | boolean | null | undefined;

const BINARY: Record<string, (a: Operand, b: Operand) => unknown> = {
  '==': (a, b) => a == b,
  '!=': (a, b) => a != b,
  '===': (a, b) => a === b,
  '!==': (a, b) => a !== b,
  '<': (a, b) => (a as number) < (b as number),
  '<=': (a, b) => (a as number) <= (b as number),
  '>': (a, b) => (a as number) > (b as number),
  '>=': (a, b) => (a as number) >= (b as number),
  '+': (a, b) => (a as number) + (b as number),
  '-': (a, b) => (a as number) - (b as number),
  '*': (a, b) => (a as number) * (b as number),
  '/': (a, b) => (a as number) / (b as number),
  '%': (a, b) => (a as number) % (b as number),
  '**': (a, b) => (a as number) ** (b as number),
  '|': (a, b) => (a as number) | (b as number),
  '&': (a, b) => (a as number) & (b as number),
  '^': (a, b) => (a as number) ^ (b as number),
  '<<': (a, b) => (a as number) << (b as number),
  '>>': (a, b) => (a as number) >> (b as number),
  '>>>': (a, b) => (a as number) >>> (b as number),
};

/** The branch of `?:` that runs in production, when its test names the environment (`isProduction`, `NODE_ENV === 'production'`, `isDev`). */
export function productionBranch(node: TSESTree.ConditionalExpression): Node | undefined {
  const environment = environmentOf(node.test);
  return environment === 'production' ? node.consequent : environment === 'development' ? node.alternate : undefined;
}

/** Operators on two known primitives; objects are left alone (their coercion could run code). */
export function binary(operator: string, left: Static, right: Static): Static {
  const apply = BINARY[operator];
  if (!apply || !isKnown(left) || !isKnown(right) || !isPrimitive(left.value) || !isPrimitive(right.value)) return UNKNOWN;
  try {
    return known(apply(left.value, right.value));
  } catch {
    // Mixing bigint and number, or a negative bigint exponent.
    return UNKNOWN;
  }
}

function logical(node: TSESTree.LogicalExpression, value: (child: Node) => Static): Static {
  const left = value(node.left);
  if (!isKnown(left)) return UNKNOWN;
  const useLeft = node.operator === '&&' ? !left.value : node.operator === '||' ? Boolean(left.value) : left.value != null;
  return useLeft ? left : value(node.right);
}

/**
 * Whether `node` is truthy, when decided: known values, and literals of objects, arrays and functions,
 * which are truthy whatever they hold.
 */
export function truthiness(node: Node, sourceCode: AnySourceCode): boolean | undefined {
  const bare = unwrap(node);
  switch (bare.type) {
    case 'ObjectExpression':
    case 'ArrayExpression':
    case 'ArrowFunctionExpression':
    case 'FunctionExpression':
    case 'ClassExpression':
      return true;
    default: {
      const result = staticValue(bare, sourceCode);
      return isKnown(result) ? Boolean(result.value) : undefined;
    }
  }
}

function arrayValue(node: TSESTree.ArrayExpression, value: (child: Node) => Static): Static {
  const items: unknown[] = [];
  for (const element of node.elements) {
    if (!element) {
      items.push(undefined);
      continue;
    }
    const spread = element.type === 'SpreadElement';
    const result = value(spread ? element.argument : element);
    if (!isKnown(result)) return UNKNOWN;
    if (!spread) {
      items.push(result.value);
    } else if (Array.isArray(result.value) || typeof result.value === 'string') {
      items.push(...(result.value as Iterable<unknown>));
    } else {
      return UNKNOWN;
    }
  }
  return known(items);
}

function memberValue(node: TSESTree.MemberExpression, code: SourceCode, state: ValueState): Static | typeof SHORT_CIRCUIT {
  const object = unwrap(node.object);
  if (object.type === 'MemberExpression' && isInChain(node)) {
    // Evaluate the chain link by link so a nullish `a?.` ends the whole chain.
    const inner = memberValue(object, code, state);
    if (inner === SHORT_CIRCUIT) return inner;
    if (node.optional && isKnown(inner) && inner.value == null) return SHORT_CIRCUIT;
  } else if (node.optional) {
    const base = staticValue(object, code);
    if (isKnown(base) && base.value == null) return SHORT_CIRCUIT;
  }
  const key = memberKey(node, code);
  return key === undefined ? UNKNOWN : evaluators.valueAtPath(node.object, [{ key }], code);
}

function isInChain(node: Node): boolean {
  // Climbs member and call links only; Program stops the climb before it runs out of parents.
  let current: Node = node;
  while (current.type === 'MemberExpression' || current.type === 'CallExpression') current = current.parent!;
  return current.type === 'ChainExpression';
}
