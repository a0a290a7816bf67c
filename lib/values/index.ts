// The static-value engine's one entry: what an expression evaluates to, the shape of an object, where a
// variable's value comes from. Loading this file wires the engine's mutually recursive parts together.
import { objectShape } from './object-shape.ts';
import { valueAtPath, variableBindings, variableShape } from './paths.ts';
import { bindEvaluators } from './recursion.ts';
import { shapeValue } from './shape.ts';
import { deriveShape } from './shape-builder.ts';
import { staticValue } from './static-values.ts';

bindEvaluators({ staticValue, objectShape, shapeValue, deriveShape, valueAtPath, variableBindings, variableShape });

export { objectShape, shapeValue, deriveShape, valueAtPath, variableBindings, variableShape };
export { shapeAtPath } from './paths.ts';
export { calledFunction } from './imports.ts';
export { literalShape } from './shape-builder.ts';
export type { ObjectShape, ShapeEntry } from './shape-types.ts';
export { isKnown, isPrimitive, known, KNOWN_UNDEFINED, mergeStatics, UNKNOWN, type Static } from './static.ts';
export { binary, memberKey, staticKey, staticValue, truthiness } from './static-values.ts';
export { memoised, valueState, type ValueState } from './state.ts';
export { findBindings, findMemberWrites, isObjectAssign, isObjectMethod, type Bindings, type MemberWrite, type PatternStep } from './variable-writes.ts';
