import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import type { Variable } from '../ast/scope.ts';
import type { ObjectShape } from './shape-types.ts';
import type { Static } from './static.ts';
import type { Bindings, MemberWrite, PatternStep } from './variable-writes.ts';

type Node = TSESTree.Node;

/**
 * The engine's parts evaluate one another: a value may need an object's shape, a shape needs the values
 * of its entries and of the paths into it. A lower part reaches a higher one through this table, which
 * values/index.ts fills once, so that no two files import each other.
 */
export interface Evaluators {
  staticValue(node: Node | null | undefined, code: SourceCode): Static;
  objectShape(node: Node | null | undefined, code: SourceCode): ObjectShape | undefined;
  shapeValue(shape: ObjectShape): Static;
  deriveShape(base: ObjectShape, writes: readonly MemberWrite[], code: SourceCode): ObjectShape;
  valueAtPath(node: Node, path: readonly PatternStep[], code: SourceCode): Static;
  variableBindings(variable: Variable, code: SourceCode): Bindings | undefined;
  variableShape(variable: Variable, code: SourceCode): ObjectShape | undefined;
}

function unbound(): never {
  throw new Error('The value engine is used before lib/values/index.ts has loaded');
}

export const evaluators: Evaluators = {
  staticValue: unbound,
  objectShape: unbound,
  shapeValue: unbound,
  deriveShape: unbound,
  valueAtPath: unbound,
  variableBindings: unbound,
  variableShape: unbound,
};

export function bindEvaluators(parts: Evaluators): void {
  Object.assign(evaluators, parts);
}
