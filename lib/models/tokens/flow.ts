// Where a token's value goes inside one file: through simple assignments (`const t = req.sessionID`),
// string building (template literals, `+`, `concat`, `join`), encodings (`encodeURIComponent`,
// `JSON.stringify`, `btoa`, `Buffer.from`), objects and arrays that hold it, `header.split(' ')[1]`,
// `.slice(7)`, and the results of functions declared in the file. A short prefix (`token.slice(0, 8)`)
// and a hash are not the token. Computed lazily, once per node, per file.
import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { globalPath, localFunction, returnedExpressions } from '../../ast/local-functions.ts';
import { getModuleRefs, type ModuleRefs } from '../../file/modules.ts';
import { asSourceCode, variableOf, type AnySourceCode, type Variable } from '../../ast/scope.ts';
import { literalKey, unwrap } from '../../ast/syntax.ts';
import { isTokenValueName } from '../../vocabulary/token-names.ts';
import { directToken, isCredentialOwner, type TokenSource } from './sources.ts';
import { fileFact, perFile } from '../../ast/per-file.ts';

export type { TokenEvidence, TokenSource } from './sources.ts';

type Node = TSESTree.Node;

export interface TokenFlow {
  /** The token `node` is or holds (whole, or embedded in a string, object or array), if any. */
  carried(node: Node): TokenSource | undefined;
  /** The token `node` itself is, by provenance or name, without following anything. */
  direct(node: Node): TokenSource | undefined;
}

// String methods whose result still contains the whole token.
const KEEPS = new Set(['toString', 'trim', 'trimStart', 'trimEnd', 'replace', 'replaceAll', 'split', 'concat', 'join', 'toUpperCase', 'toLowerCase', 'padStart', 'padEnd', 'normalize', 'at', 'valueOf', 'then']);
// With one argument these drop a prefix (`'Bearer '`); with two they keep a short piece.
const CUTS = new Set(['slice', 'substring', 'substr']);
const ENCODERS = new Set(['String', 'encodeURIComponent', 'encodeURI', 'escape', 'btoa', 'JSON.stringify', 'Buffer.from', 'Array.from', 'Object.entries', 'Object.values']);
const WRAPPERS = new Set(['URL', 'URLSearchParams', 'Headers', 'String']);

const TOKEN_FLOW = fileFact<TokenFlow>('token flow');

/** The token flow of one file, computed lazily and once per file. */
export function getTokenFlow(sourceCode: AnySourceCode): TokenFlow {
  return perFile(sourceCode, TOKEN_FLOW, () => new FileFlow(asSourceCode(sourceCode)));
}

class FileFlow implements TokenFlow {
  readonly #code: SourceCode;
  readonly #modules: ModuleRefs;
  readonly #direct = new WeakMap<Node, TokenSource | null>();
  readonly #carried = new WeakMap<object, TokenSource | null>();
  readonly #busy = new Set<object>();

  constructor(code: SourceCode) {
    this.#code = code;
    this.#modules = getModuleRefs(code);
  }

  direct(node: Node): TokenSource | undefined {
    if (!this.#direct.has(node)) this.#direct.set(node, directToken(node, this.#code, this.#modules) ?? null);
    return this.#direct.get(node) ?? undefined;
  }

  carried(node: Node): TokenSource | undefined {
    return this.#memo(node, () => {
      const direct = this.direct(node);
      if (direct?.evidence === 'issued') return direct;
      // A token-named value is the app's credential when what it was set from is: `const token = req.headers.authorization`.
      const traced = this.#inside(unwrap(node));
      if (!direct) return traced;
      return traced?.evidence === 'issued' ? { ...direct, evidence: 'issued' } : direct;
    });
  }

  #memo(key: object, compute: () => TokenSource | undefined): TokenSource | undefined {
    if (this.#carried.has(key)) return this.#carried.get(key) ?? undefined;
    if (this.#busy.has(key)) return undefined;
    this.#busy.add(key);
    let result: TokenSource | undefined;
    try {
      result = compute();
    } finally {
      this.#busy.delete(key);
    }
    this.#carried.set(key, result ?? null);
    return result;
  }

  /** The first issued token among `nodes`, else the first named one. */
  #any(nodes: readonly (Node | null | undefined)[]): TokenSource | undefined {
    let named: TokenSource | undefined;
    for (const node of nodes) {
      const found = node ? this.carried(node.type === 'SpreadElement' ? node.argument : node) : undefined;
      if (found?.evidence === 'issued') return found;
      named ??= found;
    }
    return named;
  }

  #inside(node: Node): TokenSource | undefined {
    switch (node.type) {
      case 'Identifier': {
        const variable = variableOf(this.#code, node);
        return variable ? this.#memo(variable, () => this.#variable(variable)) : undefined;
      }
      case 'TemplateLiteral':
        return this.#any(node.expressions);
      case 'BinaryExpression':
        return node.operator === '+' ? this.#any([node.left, node.right]) : undefined;
      case 'LogicalExpression':
        return this.#any([node.left, node.right]);
      case 'ConditionalExpression':
        return this.#any([node.consequent, node.alternate]);
      case 'ObjectExpression':
        return this.#any(node.properties.map((property) => (property.type === 'Property' ? property.value : property)));
      case 'ArrayExpression':
        return this.#any(node.elements);
      case 'MemberExpression':
        return node.computed ? this.carried(node.object) : undefined;
      case 'ChainExpression':
      case 'AwaitExpression':
        return this.carried(node.type === 'ChainExpression' ? node.expression : node.argument);
      case 'AssignmentExpression':
        return this.carried(node.right);
      case 'SequenceExpression':
        return this.carried(node.expressions.at(-1)!);
      case 'NewExpression': {
        const path = globalPath(node.callee, this.#code);
        return path?.length === 1 && WRAPPERS.has(path[0]!) ? this.#any(node.arguments) : undefined;
      }
      case 'CallExpression':
        return this.#call(node);
      default:
        return undefined;
    }
  }

  #call(call: TSESTree.CallExpression): TokenSource | undefined {
    const path = globalPath(call.callee, this.#code);
    if (path && ENCODERS.has(path.join('.'))) return this.#any(call.arguments.slice(0, 1));
    const callee = unwrap(call.callee);
    if (callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier') {
      const method = callee.property.name;
      if (KEEPS.has(method)) return this.carried(callee.object) ?? (method === 'concat' ? this.#any(call.arguments) : undefined);
      if (CUTS.has(method)) return call.arguments.length < 2 ? this.carried(callee.object) : undefined;
    }
    const fn = localFunction(call.callee, this.#code);
    return fn ? this.#memo(fn, () => this.#any(returnedExpressions(fn, this.#code))) : undefined;
  }

  #variable(variable: Variable): TokenSource | undefined {
    for (const reference of variable.references) {
      if (!reference.isWrite()) continue;
      const writer = writerOf(reference.identifier as Node);
      const found = writer && this.#destructured(writer);
      if (found) return found;
    }
    return undefined;
  }

  // `const { authorization } = req.headers` takes the token by its key; `const [, t] = header.split(' ')`
  // takes a piece of what the right-hand side carries.
  #destructured({ rhs, keys }: Writer): TokenSource | undefined {
    const key = keys.at(-1);
    if (key === undefined || /^\d+$/.test(key)) return this.carried(rhs);
    if (!isTokenValueName(key)) return undefined;
    const text = this.#code.getText(rhs);
    return { node: rhs, label: text.length <= 40 ? `${text}.${key}` : key, evidence: isCredentialOwner(rhs, this.#code) ? 'issued' : 'named' };
  }
}

interface Writer {
  readonly rhs: Node;
  /** The keys from the right-hand side down to the variable: `['a', '0']` for `{ a: [x] }`. */
  readonly keys: readonly string[];
}

/** The value a write gives its pattern: the initialiser or right-hand side above `id`, through destructuring. */
function writerOf(id: Node): Writer | undefined {
  const keys: string[] = [];
  let current = id;
  for (let parent = current.parent; parent; current = parent, parent = parent.parent) {
    switch (parent.type) {
      case 'VariableDeclarator':
        return parent.id === current && parent.init ? { rhs: parent.init, keys } : undefined;
      case 'AssignmentExpression':
        return parent.left === current && parent.operator === '=' ? { rhs: parent.right, keys } : undefined;
      case 'ObjectPattern':
      case 'RestElement':
        continue;
      case 'ArrayPattern':
        keys.unshift(String(parent.elements.indexOf(current as TSESTree.DestructuringPattern)));
        continue;
      case 'Property': {
        const key = parent.value === current && !parent.computed ? literalKey(parent.key) : undefined;
        if (key === undefined) return undefined;
        keys.unshift(key);
        continue;
      }
      case 'AssignmentPattern':
        if (parent.left === current) continue;
        return undefined;
      default:
        return undefined;
    }
  }
  return undefined;
}
