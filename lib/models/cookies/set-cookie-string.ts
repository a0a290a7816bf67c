import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { asSourceCode, type AnySourceCode } from '../../ast/scope.ts';
import { isKnown, staticValue } from '../../values/index.ts';
import { unwrap } from '../../ast/syntax.ts';

// A `Set-Cookie` header or `document.cookie` string as the code spells it: a literal, a template, a
// `+` concatenation, or a mix. Expressions are unknown text; they may hold the cookie's value, an
// attribute's value, or (where they stand alone) attributes the text does not show.

type Node = TSESTree.Node;

/** A run of text the file spells out; `start` is its source offset when the source holds it verbatim. */
interface TextPart {
  readonly text: string;
  readonly start: number | undefined;
}

type Part = TextPart | { readonly expression: Node };

export interface StringAttribute {
  /** As written: `SameSite`, `samesite`. */
  readonly name: string;
  /** The text after `=`, trimmed; undefined when it has no `=` or an expression makes up its value. */
  readonly value: string | undefined;
  /** Source range of `; Name=Value` (from its `;`), when one literal holds all of it. */
  readonly range: readonly [number, number] | undefined;
  /** Source range of the value text, when the source holds it verbatim. */
  readonly valueRange: readonly [number, number] | undefined;
}

export interface SetCookieString {
  /** The expression that builds the string (a `const`'s initialiser when the code names one). */
  readonly node: Node;
  /** The cookie's name, when the text spells it. */
  readonly name: string | undefined;
  /** The cookie's value as text, when the text spells all of it. */
  readonly value: string | undefined;
  /** The expression that supplies the value (`sid=${id}`), if any. */
  readonly valueNode: Node | undefined;
  /** An expression outside any name or value may add attributes the text does not show. */
  readonly open: boolean;
  /** The last attribute of that name, case-insensitively (`secure`, `samesite`). */
  attribute(name: string): StringAttribute | undefined;
  /** Where to append `; Attribute`: the offset inside the closing literal, or after the whole expression. */
  readonly append: { readonly offset: number; readonly separator: string; readonly concatenate: boolean; readonly quote: string } | undefined;
}

/** Parses a string-building expression; undefined when no part of it is text (a call, a parameter). */
export function parseSetCookieString(node: Node, sourceCode: AnySourceCode): SetCookieString | undefined {
  const code = asSourceCode(sourceCode);
  const parts = flatten(node, code);
  if (!parts.some((part) => 'text' in part)) return undefined;
  return new Parsed(node, parts, code);
}

function flatten(node: Node, code: SourceCode): Part[] {
  const bare = unwrap(node);
  if (bare.type === 'Literal' && typeof bare.value === 'string') {
    const verbatim = code.text.slice(bare.range[0] + 1, bare.range[1] - 1) === bare.value;
    return [{ text: bare.value, start: verbatim ? bare.range[0] + 1 : undefined }];
  }
  if (bare.type === 'TemplateLiteral') {
    const parts: Part[] = [];
    for (const [index, quasi] of bare.quasis.entries()) {
      // Only tagged templates have uncooked text, and those are calls, not TemplateLiterals here.
      const cooked = quasi.value.cooked!;
      parts.push({ text: cooked, start: quasi.value.raw === cooked ? quasi.range[0] + 1 : undefined });
      const expression = bare.expressions[index];
      if (expression) parts.push(...flattenExpression(expression, code));
    }
    return parts;
  }
  if (bare.type === 'BinaryExpression' && bare.operator === '+') {
    return [...flatten(bare.left, code), ...flatten(bare.right, code)];
  }
  return flattenExpression(bare, code);
}

function flattenExpression(node: Node, code: SourceCode): Part[] {
  const bare = unwrap(node);
  // Only the shapes flatten takes apart go back to it; a `null`, a number or `a - b` would come straight back here.
  if ((bare.type === 'Literal' && typeof bare.value === 'string') || bare.type === 'TemplateLiteral' || (bare.type === 'BinaryExpression' && bare.operator === '+')) {
    return flatten(bare, code);
  }
  const result = staticValue(bare, code);
  return isKnown(result) && typeof result.value === 'string' ? [{ text: result.value, start: undefined }] : [{ expression: bare }];
}

interface Segment {
  text: string;
  /** Offsets of each character of `text` in the source, or undefined where the source differs. */
  offsets: (number | undefined)[];
  expressions: { index: number; node: Node }[];
  /** An expression stands where it cannot be an attribute's value. */
  loose: boolean;
}

class Parsed implements SetCookieString {
  readonly name: string | undefined;
  readonly value: string | undefined;
  readonly valueNode: Node | undefined;
  readonly open: boolean;
  readonly append: SetCookieString['append'];
  readonly node: Node;
  readonly #attributes = new Map<string, StringAttribute>();

  constructor(node: Node, parts: readonly Part[], code: SourceCode) {
    this.node = node;
    const [head, ...attributes] = splitSegments(parts);
    const equals = head!.text.indexOf('=');
    const valueExpressions = head!.expressions.filter((expression) => expression.index > equals);
    // The name is known when no expression stands before its `=`.
    this.name = equals !== -1 && valueExpressions.length === head!.expressions.length ? head!.text.slice(0, equals).trim() : undefined;
    this.valueNode = valueExpressions[0]?.node;
    this.value = equals !== -1 && head!.expressions.length === 0 ? head!.text.slice(equals + 1).trim() : undefined;
    // `sid=${id}${flags}`: a second expression after the value may hold attributes.
    this.open = equals === -1 || valueExpressions.length > 1 || attributes.some((segment) => segment.loose);
    for (const segment of attributes) {
      const attribute = toAttribute(segment);
      if (attribute) this.#attributes.set(attribute.name.toLowerCase(), attribute);
    }
    this.append = appendPoint(this.node, parts, code);
  }

  attribute(name: string): StringAttribute | undefined {
    return this.#attributes.get(name.toLowerCase());
  }
}

// Stands in an offsets array for the position of an expression.
const EXPRESSION_MARK = -1;

function splitSegments(parts: readonly Part[]): Segment[] {
  const segments: Segment[] = [{ text: '', offsets: [], expressions: [], loose: false }];
  for (const part of parts) {
    const current = (): Segment => segments.at(-1)!;
    if ('expression' in part) {
      const segment = current();
      // Inside `Name=…` an expression is that attribute's value; anywhere else it may be attributes.
      if (segments.length > 1 && !segment.text.includes('=')) segment.loose = true;
      segment.expressions.push({ index: segment.text.length, node: part.expression });
      segment.text += '\u0000';
      segment.offsets.push(EXPRESSION_MARK);
      continue;
    }
    for (const [index, char] of [...part.text].entries()) {
      const offset = part.start === undefined ? undefined : part.start + index;
      if (char === ';') {
        // An attribute segment records its `;` first, then one offset per character of its text.
        segments.push({ text: '', offsets: [offset], expressions: [], loose: false });
        continue;
      }
      const segment = current();
      segment.text += char;
      segment.offsets.push(offset);
    }
  }
  return segments;
}

function toAttribute(segment: Segment): StringAttribute | undefined {
  const equals = segment.text.indexOf('=');
  const name = (equals === -1 ? segment.text : segment.text.slice(0, equals)).trim();
  if (name === '' || name.includes('\u0000')) return undefined;
  const rawValue = equals === -1 ? undefined : segment.text.slice(equals + 1);
  const value = rawValue === undefined || rawValue.includes('\u0000') ? undefined : rawValue.trim();
  const offsets = segment.offsets;
  const contiguous = offsets.every((offset, index) => offset !== undefined && offset !== EXPRESSION_MARK && offset === offsets[0]! + index);
  const range: [number, number] | undefined = contiguous ? [offsets[0]!, offsets.at(-1)! + 1] : undefined;
  let valueRange: [number, number] | undefined;
  if (range && value !== undefined && value !== '') {
    const start = segment.text.indexOf(value, equals + 1);
    valueRange = [range[0] + 1 + start, range[0] + 1 + start + value.length];
  }
  return { name, value, range, valueRange };
}

function appendPoint(node: Node, parts: readonly Part[], code: SourceCode): SetCookieString['append'] {
  const last = parts.at(-1)!;
  const text = parts.flatMap((part) => ('text' in part ? [part.text] : ['\u0000'])).join('');
  const trimmed = text.trimEnd();
  const separator = trimmed.endsWith(';') ? (text.endsWith(' ') ? '' : ' ') : '; ';
  const bare = unwrap(node);
  if ('text' in last && last.start !== undefined) {
    return { offset: last.start + last.text.length, separator, concatenate: false, quote: '' };
  }
  // `'sid=' + id`: add a literal after the concatenation.
  if (bare.type === 'BinaryExpression') {
    const literal = firstStringLiteral(bare);
    const quote = literal ? code.text[literal.range[0]]! : "'";
    return { offset: bare.range[1], separator, concatenate: true, quote };
  }
  return undefined;
}

function firstStringLiteral(node: Node): TSESTree.Literal | undefined {
  const bare = unwrap(node);
  if (bare.type === 'Literal' && typeof bare.value === 'string') return bare;
  if (bare.type === 'BinaryExpression') return firstStringLiteral(bare.left) ?? firstStringLiteral(bare.right);
  return undefined;
}
