import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { isKnown, memberKey, staticValue, variableBindings } from '../values/index.ts';
import { asSourceCode, isGlobalName, isPropertyName, variableOf, type AnySourceCode, type Variable } from '../ast/scope.ts';
import { topLevelStatements, unwrap } from '../ast/syntax.ts';
import { fileFact, perFile } from '../ast/per-file.ts';

type Node = TSESTree.Node;
type ImportNode = TSESTree.ImportClause | TSESTree.TSImportEqualsDeclaration;

/** A value that comes from a package: `{ module: 'cookie', path: ['serialize'] }`. */
export interface ModuleRef {
  /** The specifier as the file writes it (`node:crypto`, `hono/cookie`, `@fastify/cookie`). */
  module: string;
  /**
   * Properties read from the module's export: [] is the module itself (default import, namespace,
   * `require()` result). An explicit `.default` (`ns.default`, `import { default as x }`,
   * `require('m').default`) stays in the path; {@link ModuleRefs.is} ignores it.
   */
  path: readonly string[];
}

export interface ModuleRefs {
  /**
   * What an expression denotes, if it comes from a package: an Identifier, a member chain (`s.default`,
   * `jwt.sign`, `cookie['serialize']`), a `require('x')` / `require('x').y` call, `await import('x')`,
   * or TS wrappers around them. Undefined when unknown.
   */
  resolve(node: TSESTree.Node): ModuleRef | undefined;
  /**
   * True when `node` resolves to `module` with exactly `path`. A leading `default` is dropped on both
   * sides, and `module` matches with or without a `node:` prefix.
   */
  is(node: TSESTree.Node, module: string | readonly string[], ...path: string[]): boolean;
  /** Every module the file imports, re-exports or requires; `node:` builtins under both spellings. */
  readonly imported: ReadonlySet<string>;
  /** Whether the file imports, re-exports or requires any of `modules`: a cheap first test for a rule. */
  importsAny(modules: ReadonlySet<string>): boolean;
}

const MODULE_REFS = fileFact<ModuleRefs>('module refs');

/** The module provenance of one file, computed lazily and once per file. */
export function getModuleRefs(sourceCode: AnySourceCode): ModuleRefs {
  return perFile(sourceCode, MODULE_REFS, () => new FileModuleRefs(asSourceCode(sourceCode)));
}

class FileModuleRefs implements ModuleRefs {
  readonly #code: SourceCode;
  readonly #nodes = new WeakMap<Node, ModuleRef | null>();
  readonly #variables = new WeakMap<Variable, ModuleRef | null>();
  readonly #busy = new Set<object>();
  #imported: ReadonlySet<string> | undefined;
  #moduleNames: ReadonlySet<string> | undefined;
  readonly #importsAny = new Map<ReadonlySet<string>, boolean>();

  constructor(code: SourceCode) {
    this.#code = code;
  }

  resolve(node: Node): ModuleRef | undefined {
    return this.#memo(this.#nodes, node, () => this.#compute(node));
  }

  is(node: Node, module: string | readonly string[], ...path: string[]): boolean {
    const ref = this.resolve(node);
    if (!ref) return false;
    const modules = typeof module === 'string' ? [module] : module;
    if (!modules.some((name) => bareModule(name) === bareModule(ref.module))) return false;
    const actual = withoutDefault(ref.path);
    const wanted = withoutDefault(path);
    return actual.length === wanted.length && actual.every((part, index) => part === wanted[index]);
  }

  get imported(): ReadonlySet<string> {
    this.#imported ??= collectImported(this.#code, (node) => this.#requiredModule(node));
    return this.#imported;
  }

  importsAny(modules: ReadonlySet<string>): boolean {
    let answer = this.#importsAny.get(modules);
    if (answer === undefined) {
      answer = [...this.imported].some((module) => modules.has(module));
      this.#importsAny.set(modules, answer);
    }
    return answer;
  }

  #memo<K extends object>(cache: WeakMap<K, ModuleRef | null>, key: K, compute: () => ModuleRef | undefined): ModuleRef | undefined {
    if (cache.has(key)) return cache.get(key) ?? undefined;
    // `const a = b; const b = a;`: a cycle denotes nothing.
    if (this.#busy.has(key)) return undefined;
    this.#busy.add(key);
    let result: ModuleRef | undefined;
    try {
      result = compute();
    } finally {
      this.#busy.delete(key);
    }
    cache.set(key, result ?? null);
    return result;
  }

  #compute(node: Node): ModuleRef | undefined {
    const bare = unwrap(node);
    switch (bare.type) {
      case 'Identifier': {
        // Most identifiers are parameters and locals that never hold a module: skip their scope lookup.
        this.#moduleNames ??= collectModuleNames(this.#code);
        if (!this.#moduleNames.has(bare.name)) return undefined;
        const variable = isPropertyName(bare) ? null : variableOf(this.#code, bare);
        return variable ? this.#memo(this.#variables, variable, () => this.#variableRef(variable)) : undefined;
      }
      case 'MemberExpression': {
        const base = this.resolve(bare.object);
        const key = base && memberKey(bare, this.#code);
        return base && key !== undefined ? { module: base.module, path: [...base.path, key] } : undefined;
      }
      case 'ChainExpression':
        return this.resolve(bare.expression);
      case 'CallExpression': {
        const module = this.#requiredModule(bare);
        return module === undefined ? undefined : { module, path: [] };
      }
      case 'AwaitExpression': {
        const argument = unwrap(bare.argument);
        if (argument.type !== 'ImportExpression') return undefined;
        const module = staticString(argument.source, this.#code);
        return module === undefined ? undefined : { module, path: [] };
      }
      default:
        return undefined;
    }
  }

  #variableRef(variable: Variable): ModuleRef | undefined {
    // Globals declared by configuration have no definition; imports are never redeclared.
    const [def] = variable.defs;
    if (def?.type === 'ImportBinding') return this.#importRef(def.node as ImportNode);
    if (def?.type !== 'Variable') return undefined;
    const bindings = variableBindings(variable, this.#code);
    if (!bindings || bindings.list.length === 0) return undefined;
    // Every write must give the same module export; a variable that may hold two things holds neither.
    let found: ModuleRef | undefined;
    for (const binding of bindings.list) {
      const base = this.resolve(binding.rhs);
      if (!base) return undefined;
      const ref = { module: base.module, path: [...base.path, ...binding.path.map((part) => part.key)] };
      if (found && !sameRef(found, ref)) return undefined;
      found = ref;
    }
    return found;
  }

  #importRef(node: ImportNode): ModuleRef | undefined {
    if (node.type === 'TSImportEqualsDeclaration') {
      if (node.importKind === 'type') return undefined;
      const reference = node.moduleReference;
      if (reference.type === 'TSExternalModuleReference') return { module: reference.expression.value, path: [] };
      return this.#entityRef(reference);
    }
    const declaration = node.parent as TSESTree.ImportDeclaration;
    if (declaration.importKind === 'type' || (node.type === 'ImportSpecifier' && node.importKind === 'type')) return undefined;
    const module = declaration.source.value;
    if (node.type !== 'ImportSpecifier') return { module, path: [] };
    const imported = node.imported.type === 'Identifier' ? node.imported.name : node.imported.value;
    return { module, path: [imported] };
  }

  /** `import x = ns.a.b`: a namespace alias (`this` cannot start one). */
  #entityRef(entity: TSESTree.EntityName): ModuleRef | undefined {
    if (entity.type !== 'TSQualifiedName') return this.resolve(entity);
    const base = this.#entityRef(entity.left);
    return base && { module: base.module, path: [...base.path, entity.right.name] };
  }

  /** The module a `require('m')` call loads, when `require` is the real one and `m` is known. */
  #requiredModule(call: TSESTree.CallExpression): string | undefined {
    const [argument] = call.arguments;
    if (!argument || !this.#isRequire(call.callee)) return undefined;
    return staticString(argument, this.#code);
  }

  /** The host's `require`, or one made by `createRequire(import.meta.url)` from 'module'. */
  #isRequire(callee: Node): boolean {
    const bare = unwrap(callee);
    if (isGlobalName(this.#code, bare, 'require')) return true;
    if (bare.type !== 'Identifier') return false;
    const variable = variableOf(this.#code, bare);
    const bindings = variable && variable.defs.length === 1 ? variableBindings(variable, this.#code) : undefined;
    const binding = bindings?.list.length === 1 ? bindings.list[0]! : undefined;
    if (!binding || binding.path.length > 0) return false;
    const init = unwrap(binding.rhs);
    return init.type === 'CallExpression' && this.is(init.callee, 'module', 'createRequire');
  }
}

function staticString(node: Node, code: SourceCode): string | undefined {
  const result = staticValue(node, code);
  return isKnown(result) && typeof result.value === 'string' ? result.value : undefined;
}

function bareModule(name: string): string {
  return name.startsWith('node:') ? name.slice(5) : name;
}

function withoutDefault(path: readonly string[]): readonly string[] {
  return path[0] === 'default' ? path.slice(1) : path;
}

function sameRef(a: ModuleRef, b: ModuleRef): boolean {
  return a.module === b.module && a.path.length === b.path.length && a.path.every((part, index) => part === b.path[index]);
}

/**
 * The names of every variable that may hold a module or one of its exports: imports, and variables written
 * from `require(…)`, `await import(…)`, or from another such name. A superset of what resolves: a name not
 * in it resolves to nothing, whichever of its variables an identifier means.
 */
function collectModuleNames(code: SourceCode): ReadonlySet<string> {
  const names = new Set<string>();
  const written: Variable[] = [];
  for (const scope of code.scopeManager!.scopes) {
    for (const variable of scope.variables) {
      const type = variable.defs[0]?.type;
      if (type === 'ImportBinding') names.add(variable.name);
      else if (type === 'Variable') written.push(variable);
    }
  }
  let pending = written;
  for (let grew = true; grew; ) {
    grew = false;
    pending = pending.filter((variable) => {
      if (!variable.references.some((reference) => reference.writeExpr && mayBeModule(reference.writeExpr, names))) return true;
      names.add(variable.name);
      grew = true;
      return false;
    });
  }
  return names;
}

/** Whether `node` could denote a module, given the names known to hold one: what `resolve` understands. */
function mayBeModule(node: Node, names: ReadonlySet<string>): boolean {
  const bare = unwrap(node);
  switch (bare.type) {
    case 'Identifier':
      return names.has(bare.name);
    case 'MemberExpression':
      return mayBeModule(bare.object, names);
    case 'ChainExpression':
      return mayBeModule(bare.expression, names);
    case 'CallExpression':
      // `require(…)` through any name: the real one, or one made by `createRequire`.
      return unwrap(bare.callee).type === 'Identifier' && bare.arguments.length > 0;
    case 'AwaitExpression':
      return unwrap(bare.argument).type === 'ImportExpression';
    default:
      return false;
  }
}

/**
 * Static imports and re-exports from the top level, `require` calls through the scope manager (a
 * declared global or an unresolved reference), and `import()` from the token stream: no tree walk.
 */
function collectImported(code: SourceCode, requiredModule: (call: TSESTree.CallExpression) => string | undefined): ReadonlySet<string> {
  const modules = new Set<string>();
  const add = (module: string | undefined): void => {
    if (module === undefined) return;
    modules.add(module);
    if (module.startsWith('node:')) modules.add(module.slice(5));
  };
  for (const statement of topLevelStatements(code.ast)) {
    if (statement.type === 'ImportDeclaration' || statement.type === 'ExportAllDeclaration') add(statement.source.value);
    else if (statement.type === 'ExportNamedDeclaration') add(statement.source?.value);
    else if (statement.type === 'TSImportEqualsDeclaration' && statement.moduleReference.type === 'TSExternalModuleReference') {
      add(statement.moduleReference.expression.value);
    }
  }
  const globalScope = code.scopeManager!.globalScope!;
  const declared = globalScope.set.get('require');
  // Declared only by configuration (commonjs, globals): its references are the host's require.
  const references = declared ? (declared.defs.length === 0 ? declared.references : []) : globalScope.through.filter((reference) => reference.identifier.name === 'require');
  const addCalls = (refs: readonly { identifier: Node }[]): void => {
    for (const { identifier } of refs) {
      const call = identifier.parent;
      if (call?.type === 'CallExpression' && call.callee === identifier) add(requiredModule(call));
    }
  };
  addCalls(references);
  // `const require = createRequire(import.meta.url)`: its calls are requires too.
  if (modules.has('module')) {
    for (const variable of code.scopeManager!.scopes.flatMap((scope) => scope.variables)) {
      const def = variable.defs[0];
      if (def?.type === 'Variable' && def.node.init && unwrap(def.node.init).type === 'CallExpression') addCalls(variable.references);
    }
  }
  // The token scan is the costly part on a big file; most files have no `import(` (or `import /* … */ (`).
  const tokens = /\bimport\s*(?:\(|\/[*/])/.test(code.text) ? code.ast.tokens : [];
  for (const [index, token] of tokens.entries()) {
    if (token.type !== 'Keyword' || token.value !== 'import' || tokens[index + 1]?.value !== '(') continue;
    const node = code.getNodeByRangeIndex(token.range[0]);
    if (node?.type === 'ImportExpression') add(staticString(node.source, code));
  }
  return modules;
}
