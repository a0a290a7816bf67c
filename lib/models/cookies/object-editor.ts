import type { TSESTree } from '@typescript-eslint/utils';
import type { RuleFixer, SourceCode } from '@typescript-eslint/utils/ts-eslint';
import type { Attribute } from '../../frameworks/cookie-api.ts';
import { isEditableEntry, isRemovableEntry, removeEntry, replaceEntryValue } from './attribute-fix.ts';
import { appendArgument, insertProperty } from '../../fixes/insert-property.ts';
import type { ObjectShape } from '../../values/index.ts';
import { literalKey, unwrap } from '../../ast/syntax.ts';
import { valueSource } from './normalise.ts';
import type { AttributeValues, Config, CookieEditor, Fix, NamePlace, ObjectCandidate } from './types.ts';

type Node = TSESTree.Node;

/**
 * Where the attributes are: an object the file describes (`shape`), or not given (`absent`: `path`
 * names the objects still to create, inside `parent` or a new argument), or not readable (`unknown`).
 */
export type AttributesAt =
  | { readonly kind: 'shape'; readonly shape: ObjectShape; readonly path: readonly string[]; readonly parent: undefined }
  | { readonly kind: 'absent' | 'unknown'; readonly path: readonly string[]; readonly parent: ObjectShape | undefined };

/** Edits an options object: the property where the file sets it, else a new property, object or argument. */
export class ObjectEditor implements CookieEditor {
  readonly #candidate: ObjectCandidate;
  readonly #config: Config;
  readonly #attributes: AttributesAt;
  readonly #name: NamePlace;
  readonly #code: SourceCode;

  constructor(candidate: ObjectCandidate, config: Config, attributes: AttributesAt, name: NamePlace, code: SourceCode) {
    this.#candidate = candidate;
    this.#config = config;
    this.#attributes = attributes;
    this.#name = name;
    this.#code = code;
  }

  set<A extends Attribute>(attribute: A, value: NonNullable<AttributeValues[A]>): Fix | undefined {
    const key = this.#candidate.api.keys[attribute];
    const text = valueSource(value, this.#candidate.api, this.#quote());
    const attributes = this.#attributes;
    if (attributes.kind !== 'shape') return attributes.kind === 'absent' ? this.#insertAt(attributes.path, `${key}: ${text}`, attributes.parent) : undefined;
    const { shape } = attributes;
    const entry = shape.get(key);
    if (!entry) return this.#insertInto(shape.node, [key], `${key}: ${text}`);
    const node = entry.node;
    return isEditableEntry(node) ? (fixer) => replaceEntryValue(fixer, node, key, text) : undefined;
  }

  remove(attribute: Attribute): Fix | undefined {
    const attributes = this.#attributes;
    if (attributes.kind !== 'shape') return undefined;
    const node = attributes.shape.get(this.#candidate.api.keys[attribute])?.node;
    return node && isRemovableEntry(node) ? (fixer) => removeEntry(fixer, this.#code, node) : undefined;
  }

  rename(name: string): Fix | undefined {
    const place = this.#name;
    if (!place) return undefined;
    const quote = this.#quote();
    if ('node' in place) {
      const node = unwrap(place.node);
      const plain = (node.type === 'Literal' && typeof node.value === 'string') || (node.type === 'TemplateLiteral' && node.expressions.length === 0);
      return plain ? (fixer) => fixer.replaceText(node, `${quote}${name}${quote}`) : undefined;
    }
    const key = place.path.at(-1)!;
    // Without a parent the configuration is left out, and a new argument carries the name.
    return this.#insertAt(place.path.slice(0, -1), `${key}: ${quote}${name}${quote}`, place.parent);
  }

  /** Inserts `text` inside the objects named by `path`, creating them in `parent` or as a new argument. */
  #insertAt(path: readonly string[], text: string, parent: ObjectShape | undefined): Fix | undefined {
    const nested = path.reduceRight((inner, key) => `${key}: { ${inner} }`, text);
    if (parent) return this.#insertInto(parent.node, [...path, text.slice(0, text.indexOf(':'))], nested);
    const { call, configIndex } = this.#candidate;
    if (this.#config.kind !== 'absent' || !call || configIndex !== call.arguments.length || call.arguments.some((argument) => argument.type === 'SpreadElement')) return undefined;
    return (fixer: RuleFixer) => appendArgument(fixer, this.#code, call, `{ ${nested} }`);
  }

  /** Inserts into an object literal, unless a later `delete` or write of the variable that holds it would undo the insertion. */
  #insertInto(literal: TSESTree.ObjectExpression | undefined, keys: readonly string[], text: string): Fix | undefined {
    // No literal: the object comes from another module or a function's return, which this file cannot edit.
    if (!literal || laterWriteOf(literal, keys, this.#code)) return undefined;
    return (fixer) => insertProperty(fixer, this.#code, literal, text);
  }

  /** The quote the call already uses for strings. */
  #quote(): string {
    const token = this.#code.getTokens(this.#candidate.node).find((candidate) => candidate.type === 'String');
    return token ? token.value[0]! : "'";
  }
}

/**
 * True when the variable whose initialiser holds `literal` is later written or deleted at `keys` (or a
 * prefix of them): `delete opts.cookie`, `opts.cookie.secure = …`. Object shapes drop deleted keys, so
 * an inserted property would look present and be gone at run time.
 */
function laterWriteOf(literal: TSESTree.ObjectExpression, keys: readonly string[], code: SourceCode): boolean {
  const path = [...keys];
  let node: Node = literal;
  while (node.parent?.type === 'Property' && node.parent.value === node && node.parent.parent.type === 'ObjectExpression') {
    const key = literalKey(node.parent.key);
    if (key === undefined || node.parent.computed) return false;
    path.unshift(key);
    node = node.parent.parent;
  }
  const declarator = node.parent;
  if (declarator?.type !== 'VariableDeclarator' || declarator.init !== node || declarator.id.type !== 'Identifier') return false;
  for (const reference of code.getDeclaredVariables(declarator)[0]?.references ?? []) {
    let member: Node = reference.identifier as Node;
    for (const key of path) {
      const parent: Node | undefined = member.parent;
      if (parent?.type !== 'MemberExpression' || parent.object !== member || (parent.computed ? undefined : literalKey(parent.property)) !== key) break;
      member = parent;
      const written = (member.parent?.type === 'UnaryExpression' && member.parent.operator === 'delete') || (member.parent?.type === 'AssignmentExpression' && member.parent.left === member);
      if (written) return true;
    }
  }
  return false;
}
