import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { memoised, valueState } from './state.ts';
import { shapeAtPath, variableShape } from './paths.ts';
import { asSourceCode, isPropertyName, variableOf, type AnySourceCode } from '../ast/scope.ts';
import { deriveShape, literalShape } from './shape-builder.ts';
import type { ObjectShape } from './shape-types.ts';
import { isKnown, known, UNKNOWN, type Static } from './static.ts';
import { memberKey, staticValue } from './static-values.ts';
import { unwrap } from '../ast/syntax.ts';
import { isObjectAssign, isObjectMethod } from './variable-writes.ts';
import { importedShape, requiredShape, returnedShape } from './imports.ts';
import { EnumShape } from './enum-shape.ts';

type Node = TSESTree.Node;

/**
 * The properties an object will have: follows identifiers to their declaration (const anywhere in
 * scope; let/var only when never reassigned), destructuring, member access into known objects, spreads,
 * `Object.assign` (its result, and later `Object.assign(opts, …)` calls), later writes through the
 * variable (`opts.secure = true`, `opts.cookie.secure = true`, `opts['secure'] = x`, `delete opts.x`),
 * `Object.freeze`, and TS wrappers. Undefined when `node` is not known to be an object.
 */
export function objectShape(node: Node | null | undefined, sourceCode: AnySourceCode): ObjectShape | undefined {
  if (!node) return undefined;
  const code = asSourceCode(sourceCode);
  const state = valueState(code);
  return memoised(state, state.shapes, node, null, () => computeShape(node, code) ?? null) ?? undefined;
}

function computeShape(node: Node, code: SourceCode): ObjectShape | undefined {
  const bare = unwrap(node);
  switch (bare.type) {
    case 'ObjectExpression':
      return literalShape(bare, code);
    case 'Identifier': {
      if (isPropertyName(bare)) return undefined;
      const variable = variableOf(code, bare);
      const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
      // Merged enum declarations could add members: only a single one is read.
      if (def?.type === 'TSEnumName') return new EnumShape(def.node as TSESTree.TSEnumDeclaration, code);
      return importedShape(variable, bare, code) ?? (variable ? variableShape(variable, code) : undefined);
    }
    case 'MemberExpression': {
      const key = memberKey(bare, code);
      return key === undefined ? undefined : shapeAtPath(bare.object, [{ key }], code);
    }
    case 'ChainExpression':
      return objectShape(bare.expression, code);
    case 'SequenceExpression':
      return objectShape(bare.expressions.at(-1), code);
    case 'AssignmentExpression':
      return bare.operator === '=' ? objectShape(bare.right, code) : undefined;
    case 'CallExpression':
      return callShape(bare, code);
    default:
      return undefined;
  }
}

function callShape(call: TSESTree.CallExpression, code: SourceCode): ObjectShape | undefined {
  const [first] = call.arguments;
  if (!first) return returnedShape(call, code);
  if (call.arguments.length === 1 && first.type === 'Literal') return requiredShape(call, code);
  if (call.arguments.some((argument) => argument.type === 'SpreadElement')) return undefined;
  if (['freeze', 'seal', 'preventExtensions'].some((name) => isObjectMethod(call.callee, code, name))) {
    return objectShape(first, code);
  }
  if (!isObjectAssign(call.callee, code)) return returnedShape(call, code);
  const target = unwrap(first);
  // A variable's own writes already include this call, and every other write to the same object.
  if (target.type === 'Identifier' || target.type === 'MemberExpression') return objectShape(target, code);
  const base = objectShape(target, code);
  return base && deriveShape(base, [{ kind: 'assign', target: [], node: call, sources: call.arguments.slice(1), conditional: false }], code);
}
