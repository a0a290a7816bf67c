import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { evaluators } from './recursion.ts';
import type { ObjectShape, ShapeEntry } from './shape-types.ts';
import { isKnown, known, UNKNOWN, type Static } from './static.ts';
import { literalKey } from '../ast/syntax.ts';

/**
 * A TypeScript enum as the object it compiles to, by member name: `enum Cookie { Session = 'sid' }` gives
 * `Cookie.Session === 'sid'`. Members without an initialiser count up from the previous number; a member after
 * one whose value is unknown is unknown. An enum has no literal a fix could insert into.
 */
export class EnumShape implements ObjectShape {
  readonly node = undefined;
  readonly complete: boolean;
  readonly #entries = new Map<string, ShapeEntry>();

  constructor(declaration: TSESTree.TSEnumDeclaration, code: SourceCode) {
    // A `declare enum` lists members whose values live elsewhere.
    this.complete = !declaration.declare;
    let previous: Static = known(-1);
    for (const member of declaration.body.members) {
      const key = member.id.type === 'Identifier' ? member.id.name : literalKey(member.id);
      const value: Static = member.initializer
        ? evaluators.staticValue(member.initializer, code)
        : isKnown(previous) && typeof previous.value === 'number'
          ? known(previous.value + 1)
          : UNKNOWN;
      previous = value;
      if (key === undefined) continue;
      const valueNode = member.initializer ?? member;
      this.#entries.set(key, { key, node: member, valueNode, inherited: false, overridable: false, value, shape: () => undefined });
    }
  }

  get(key: string): ShapeEntry | undefined {
    return this.#entries.get(key);
  }

  keys(): Iterable<string> {
    return [...this.#entries.keys()];
  }

  staticValue(): Static {
    const result: Record<string, unknown> = {};
    for (const [key, entry] of this.#entries) {
      if (!isKnown(entry.value)) return UNKNOWN;
      result[key] = entry.value.value;
    }
    return known(result);
  }
}
