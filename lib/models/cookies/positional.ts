import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import type { Attribute } from '../../frameworks/cookie-api.ts';
import { isKnown, staticValue } from '../../values/index.ts';
import { unwrap } from '../../ast/syntax.ts';
import { defaultValue, INVALID, normalise } from './normalise.ts';
import type { AttributeState, ObjectCandidate } from './types.ts';

// ngx-cookie-service's older form `set(name, value, expires, path, domain, secure, sameSite)`: the
// attributes are arguments, not properties of an options object.

/** The call uses the positional form: more arguments follow the options' place, or that place holds an expiry. */
export function isPositionalCall(candidate: ObjectCandidate, code: SourceCode): boolean {
  const { call, configIndex } = candidate;
  if (!candidate.api.positional || !call || configIndex === undefined) return false;
  if (call.arguments.length > configIndex + 1) return true;
  const expiry = call.arguments[configIndex];
  if (!expiry || expiry.type === 'SpreadElement') return false;
  const bare = unwrap(expiry);
  if (bare.type === 'NewExpression' && bare.callee.type === 'Identifier' && bare.callee.name === 'Date') return true;
  const value = staticValue(bare, code);
  return isKnown(value) && typeof value.value === 'number';
}

/** An attribute of a positional call, as the library reads it. */
export function positionalAttribute<A extends Attribute>(candidate: ObjectCandidate, attribute: A, code: SourceCode): AttributeState<A> {
  const api = candidate.api;
  const index = api.positional?.[attribute];
  const args = candidate.call!.arguments;
  const absent = { kind: 'absent', value: defaultValue(attribute, api.defaults) } as AttributeState<A>;
  if (index === undefined || args.length <= index) return absent;
  if (args.slice(0, index + 1).some((argument) => argument.type === 'SpreadElement')) return { kind: 'unknown' };
  const argument = args[index] as TSESTree.Expression;
  const value = staticValue(argument, code);
  if (!isKnown(value)) return { kind: 'unknown' };
  // The library reads each argument as `if (argument)`; a falsy SameSite becomes its default Lax.
  if (value.value == null || value.value === '' || (attribute === 'sameSite' && !value.value)) return absent;
  const normal = normalise(attribute, value.value, api);
  return normal === INVALID ? { kind: 'unknown' } : { kind: 'known', value: normal, node: argument, literal: false };
}
