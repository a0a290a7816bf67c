import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { autoImportedModules, importedModule } from '../project/index.ts';
import { localFunction, returnedExpressions, type FunctionNode } from '../ast/local-functions.ts';
import { isPropertyName, variableOf, type Variable } from '../ast/scope.ts';
import { literalKey, topLevelStatements, unwrap } from '../ast/syntax.ts';
import { NamespaceShape, ProjectedShape, projectedEntry } from './projected-shape.ts';
import { evaluators } from './recursion.ts';
import type { ObjectShape } from './shape-types.ts';
import { UNKNOWN, type Static } from './static.ts';

type Node = TSESTree.Node;

/** What a module exports under a name: an expression of that module (often the declaring identifier), or a whole module. */
type Target = { readonly kind: 'node'; readonly code: SourceCode; readonly node: Node } | { readonly kind: 'namespace'; readonly code: SourceCode };

/** The value an imported (or auto-imported) variable holds, read in the module that exports it; undefined for any other variable. */
export function importedValue(variable: Variable | null, id: TSESTree.Identifier, code: SourceCode): Static | undefined {
  if (!isExternal(variable)) return undefined;
  const target = externalTarget(variable, id, code);
  return target?.kind === 'node' ? evaluators.staticValue(target.node, target.code) : UNKNOWN;
}

/** The object an imported variable holds, placed at `id`; undefined when it is not imported or not a known object. */
export function importedShape(variable: Variable | null, id: TSESTree.Identifier, code: SourceCode): ObjectShape | undefined {
  if (!isExternal(variable)) return undefined;
  const target = externalTarget(variable, id, code);
  return target && targetShape(target, id);
}

/** An import binding, or a global nothing declares (a framework may auto-import it). */
function isExternal(variable: Variable | null): boolean {
  if (!variable) return true;
  if (variable.scope.type === 'global' && variable.defs.length === 0) return true;
  return variable.defs.length === 1 && variable.defs[0]!.type === 'ImportBinding';
}

function externalTarget(variable: Variable | null, id: TSESTree.Identifier, code: SourceCode): Target | undefined {
  const def = variable?.defs[0];
  if (!def) {
    const found = autoImportedModules(code, id.name).map(({ code: module, exported }) => exportTarget(module, exported)).filter((target) => target !== undefined);
    // Two folders defining the same global: the framework picks one, and so the value is unknown.
    return found.length === 1 ? found[0] : undefined;
  }
  const specifier = def.node as Node;
  if (specifier.type !== 'ImportSpecifier' && specifier.type !== 'ImportDefaultSpecifier' && specifier.type !== 'ImportNamespaceSpecifier') return undefined;
  const declaration = specifier.parent as TSESTree.ImportDeclaration;
  if (declaration.importKind === 'type' || (specifier.type === 'ImportSpecifier' && specifier.importKind === 'type')) return undefined;
  const module = importedModule(code, declaration.source.value);
  if (!module) return undefined;
  if (specifier.type === 'ImportNamespaceSpecifier') return { kind: 'namespace', code: module };
  return exportTarget(module, specifier.type === 'ImportDefaultSpecifier' ? 'default' : nameOf(specifier.imported));
}

function targetShape(target: Target, anchor: Node): ObjectShape | undefined {
  if (target.kind === 'namespace') {
    return new NamespaceShape(exportNames(target.code), (key) => {
      const inner = exportTarget(target.code, key);
      return inner && projectedEntry(key, anchor, () => (inner.kind === 'node' ? evaluators.staticValue(inner.node, inner.code) : UNKNOWN), () => targetShape(inner, anchor));
    });
  }
  const shape = evaluators.objectShape(target.node, target.code);
  return shape && new ProjectedShape(shape, anchor);
}

function nameOf(node: TSESTree.Identifier | TSESTree.StringLiteral): string {
  return node.type === 'Identifier' ? node.name : node.value;
}

const exportsCache = new WeakMap<object, Map<string, Target | null>>();

/** Where `code` defines its export `name`: a declaration, a local name it exports, a re-export, or a CommonJS `module.exports`. */
export function exportTarget(code: SourceCode, name: string): Target | undefined {
  let cache = exportsCache.get(code.ast);
  if (!cache) {
    cache = new Map();
    exportsCache.set(code.ast, cache);
  }
  if (cache.has(name)) return cache.get(name) ?? undefined;
  // A cycle of re-exports finds nothing.
  cache.set(name, null);
  const found = findExport(code, name);
  cache.set(name, found ?? null);
  return found;
}

function findExport(code: SourceCode, name: string): Target | undefined {
  const stars: string[] = [];
  for (const statement of topLevelStatements(code.ast)) {
    if (statement.type === 'ExportNamedDeclaration' && statement.exportKind !== 'type') {
      const declaration = statement.declaration;
      if (declaration) {
        const variable = code.getDeclaredVariables(declaration).find((candidate) => candidate.name === name);
        if (variable?.identifiers[0]) return { kind: 'node', code, node: variable.identifiers[0] as Node };
        continue;
      }
      for (const specifier of statement.specifiers) {
        if (specifier.exportKind === 'type' || nameOf(specifier.exported) !== name) continue;
        if (!statement.source) return { kind: 'node', code, node: specifier.local };
        const module = importedModule(code, statement.source.value);
        return module && exportTarget(module, nameOf(specifier.local));
      }
    } else if (statement.type === 'ExportDefaultDeclaration' && name === 'default') {
      return { kind: 'node', code, node: statement.declaration };
    } else if (statement.type === 'ExportAllDeclaration' && statement.exportKind !== 'type') {
      if (statement.exported) {
        if (nameOf(statement.exported) !== name) continue;
        const module = importedModule(code, statement.source.value);
        return module && { kind: 'namespace', code: module };
      }
      if (name !== 'default') stars.push(statement.source.value);
    }
  }
  for (const source of stars) {
    const module = importedModule(code, source);
    const found = module && exportTarget(module, name);
    if (found) return found;
  }
  return commonJsExport(code, name);
}

/** `module.exports = { … }` (`default` is the whole object) or `module.exports.name = …` / `exports.name = …`. */
function commonJsExport(code: SourceCode, name: string): Target | undefined {
  let found: Target | undefined;
  for (const statement of topLevelStatements(code.ast)) {
    if (statement.type !== 'ExpressionStatement' || statement.expression.type !== 'AssignmentExpression' || statement.expression.operator !== '=') continue;
    const { left, right } = statement.expression;
    const path = exportsPath(left, code);
    if (!path) continue;
    if (path.length === 0) {
      // The last write to module.exports wins; properties written before it are lost.
      found = name === 'default' ? { kind: 'node', code, node: right } : undefined;
      const shape = name === 'default' ? undefined : evaluators.objectShape(right, code);
      const entry = shape?.get(name);
      if (entry && !entry.inherited && entry.node.type === 'Property') found = { kind: 'node', code, node: entry.valueNode };
    } else if (path.length === 1 && path[0] === name) {
      found = { kind: 'node', code, node: right };
    }
  }
  return found;
}

/** The keys below `module.exports` a member chain names ([] for module.exports itself), or undefined. */
function exportsPath(node: Node, code: SourceCode): string[] | undefined {
  const bare = unwrap(node);
  if (bare.type === 'Identifier') return bare.name === 'exports' && isUndeclared(bare, code) ? [] : undefined;
  if (bare.type !== 'MemberExpression' || bare.computed) return undefined;
  const key = literalKey(bare.property);
  if (key === undefined) return undefined;
  if (bare.object.type === 'Identifier' && bare.object.name === 'module' && key === 'exports' && isUndeclared(bare.object, code)) return [];
  const base = exportsPath(bare.object, code);
  return base && [...base, key];
}

function isUndeclared(id: TSESTree.Identifier, code: SourceCode): boolean {
  const variable = variableOf(code, id);
  return !variable || variable.defs.length === 0;
}

/** The names a module exports, for a namespace's keys. */
function exportNames(code: SourceCode): string[] {
  const names: string[] = [];
  for (const statement of topLevelStatements(code.ast)) {
    if (statement.type === 'ExportNamedDeclaration' && statement.exportKind !== 'type') {
      if (statement.declaration) names.push(...code.getDeclaredVariables(statement.declaration).map((variable) => variable.name));
      for (const specifier of statement.specifiers) names.push(nameOf(specifier.exported));
    } else if (statement.type === 'ExportDefaultDeclaration') {
      names.push('default');
    }
  }
  return names;
}

/**
 * The function a callee calls when some module in reach declares it: a local function, an imported or auto-imported
 * one, a namespace member (`helpers.cookieOptions`), or a method of an object the file or another module describes.
 */
export function calledFunction(callee: Node, code: SourceCode): { readonly fn: FunctionNode; readonly code: SourceCode } | undefined {
  const bare = unwrap(callee);
  if (bare.type === 'Identifier') {
    if (isPropertyName(bare)) return undefined;
    const local = localFunction(bare, code);
    if (local) return { fn: local, code };
    const variable = variableOf(code, bare);
    const target = isExternal(variable) ? externalTarget(variable, bare, code) : undefined;
    const fn = target?.kind === 'node' ? localFunction(target.node, target.code) : undefined;
    return fn && target?.kind === 'node' ? { fn, code: target.code } : undefined;
  }
  if (bare.type !== 'MemberExpression' || bare.computed) return undefined;
  const key = literalKey(bare.property);
  const object = unwrap(bare.object);
  if (key === undefined || object.type !== 'Identifier' || isPropertyName(object)) return undefined;
  const variable = variableOf(code, object);
  const target: Target | undefined = isExternal(variable) ? externalTarget(variable, object, code) : { kind: 'node', code, node: object };
  if (!target) return undefined;
  const member = target.kind === 'namespace' ? exportTarget(target.code, key) : methodOf(target, key);
  const fn = member?.kind === 'node' ? localFunction(member.node, member.code) : undefined;
  return fn && member ? { fn, code: member.code } : undefined;
}

function methodOf(target: { readonly code: SourceCode; readonly node: Node }, key: string): Target | undefined {
  const shape = evaluators.objectShape(target.node, target.code);
  const entry = shape?.get(key);
  // Only a method or function the object literal itself holds: a projected entry has no function to read.
  return entry && entry.node.type === 'Property' ? { kind: 'node', code: target.code, node: entry.valueNode } : undefined;
}

/** The module object `require('./x')` gives: its `module.exports` object, else its ES exports as a namespace. */
export function requiredShape(call: TSESTree.CallExpression, code: SourceCode): ObjectShape | undefined {
  const [argument] = call.arguments;
  const callee = unwrap(call.callee);
  if (call.arguments.length !== 1 || argument?.type !== 'Literal' || typeof argument.value !== 'string') return undefined;
  if (callee.type !== 'Identifier' || callee.name !== 'require' || !isUndeclared(callee, code)) return undefined;
  const module = importedModule(code, argument.value);
  if (!module) return undefined;
  const exported = commonJsExport(module, 'default');
  return targetShape(exported ?? { kind: 'namespace', code: module }, call);
}

/** The object a call returns, when it calls a plain function (not async, not a generator) with one `return` of a known object. */
export function returnedShape(call: TSESTree.CallExpression, code: SourceCode): ObjectShape | undefined {
  const called = calledFunction(call.callee, code);
  if (!called || called.fn.async || called.fn.generator) return undefined;
  const returned = returnedExpressions(called.fn, called.code);
  if (returned.length !== 1) return undefined;
  const shape = evaluators.objectShape(returned[0], called.code);
  // Re-placed at the call even when the function's own file got the object from elsewhere.
  return shape && new ProjectedShape(shape, call);
}
