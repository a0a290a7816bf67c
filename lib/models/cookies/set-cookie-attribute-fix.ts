import type { RuleFix, RuleFixer } from '@typescript-eslint/utils/ts-eslint';
import type { SetCookieString } from './set-cookie-string.ts';

// Edits of a Set-Cookie or document.cookie string in the code that builds it.

/** Appends `; Attribute` at the end of the string (a new `+ '; Attribute'` after a concatenation that ends in an expression). */
export function appendAttribute(fixer: RuleFixer, string: SetCookieString, attribute: string): RuleFix | undefined {
  const point = string.append;
  if (!point) return undefined;
  if (point.concatenate) return fixer.insertTextAfterRange([point.offset, point.offset], ` + ${point.quote}${point.separator}${attribute}${point.quote}`);
  return fixer.insertTextAfterRange([point.offset, point.offset], `${point.separator}${attribute}`);
}

/** Replaces the value of an attribute the string spells out (`SameSite=None` → `SameSite=Lax`). */
export function replaceAttributeValue(fixer: RuleFixer, range: readonly [number, number], value: string): RuleFix {
  return fixer.replaceTextRange([range[0], range[1]], value);
}

/** Removes `; Attribute=Value` from the string. */
export function removeAttribute(fixer: RuleFixer, range: readonly [number, number]): RuleFix {
  return fixer.removeRange([range[0], range[1]]);
}
