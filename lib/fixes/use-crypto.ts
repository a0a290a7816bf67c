// Replacing a predictable generator with Node's CSPRNG: which name reaches `randomBytes` at a node,
// and the import or require that provides it when nothing does.
import type { TSESTree } from '@typescript-eslint/utils';
import type { RuleFix, RuleFixer, Scope, SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { getModuleRefs } from '../file/modules.ts';
import { textStart } from '../ast/syntax.ts';

type Node = TSESTree.Node;

export interface CryptoAccess {
  /** How code at the node names `randomBytes`: `randomBytes` or `crypto.randomBytes`. */
  readonly call: () => string;
  /** The import or require to add, if the file has none. */
  readonly fix?: (fixer: RuleFixer) => RuleFix;
}

/** How to reach `crypto.randomBytes` at `node`, or undefined when a local name is in the way. */
export function randomBytesAccess(node: Node, code: SourceCode): CryptoAccess | undefined {
  // Any binding of the crypto module, or of its randomBytes, that is visible here.
  const modules = getModuleRefs(code);
  for (const variable of moduleVariables(code)) {
    const ref = modules.resolve(variable.defs[0]!.name as Node);
    if (!ref || ref.module.replace(/^node:/, '') !== 'crypto' || !visible(variable, node, code)) continue;
    const path = ref.path[0] === 'default' ? ref.path.slice(1) : ref.path;
    if (path.length === 0) return { call: () => `${variable.name}.randomBytes` };
    if (path.length === 1 && path[0] === 'randomBytes') return { call: () => variable.name };
  }
  if (lookup(node, code, 'randomBytes')) return undefined;
  const named = namedCryptoImport(code);
  if (named) return { call: () => 'randomBytes', fix: (fixer) => fixer.insertTextAfter(named, ', randomBytes') };
  const system = moduleSystem(code);
  if (!system) return undefined;
  const esm = system === 'esm';
  const text = esm ? "import { randomBytes } from 'node:crypto';\n" : "const { randomBytes } = require('node:crypto');\n";
  return { call: () => 'randomBytes', fix: (fixer) => insertAtTop(fixer, code, text, esm) };
}

/** `crypto.randomUUID` through the global Web Crypto or the file's own crypto binding, if `crypto` means either. */
export function randomUUIDCall(node: Node, code: SourceCode): string | undefined {
  const variable = lookup(node, code, 'crypto');
  if (!variable || variable.defs.length === 0) return 'crypto.randomUUID()';
  const ref = getModuleRefs(code).resolve(variable.defs[0]!.name as Node);
  const path = ref?.path[0] === 'default' ? ref.path.slice(1) : ref?.path;
  return ref && ref.module.replace(/^node:/, '') === 'crypto' && path?.length === 0 ? 'crypto.randomUUID()' : undefined;
}

/** The last name of `import { createHash } from 'node:crypto'` or `const { createHash } = require('crypto')`. */
function namedCryptoImport(code: SourceCode): Node | undefined {
  const isCrypto = (value: unknown): boolean => value === 'crypto' || value === 'node:crypto';
  for (const statement of code.ast.body) {
    if (statement.type === 'ImportDeclaration' && isCrypto(statement.source.value) && statement.importKind !== 'type') {
      const specifiers = statement.specifiers.filter((specifier) => specifier.type === 'ImportSpecifier');
      if (specifiers.length > 0 && specifiers.length === statement.specifiers.length) return specifiers.at(-1);
    }
    if (statement.type !== 'VariableDeclaration') continue;
    for (const declarator of statement.declarations) {
      const init = declarator.init;
      if (declarator.id.type !== 'ObjectPattern' || init?.type !== 'CallExpression' || !isRequire(init)) continue;
      const argument = init.arguments[0];
      const last = declarator.id.properties.at(-1);
      if (argument?.type === 'Literal' && isCrypto(argument.value) && last?.type === 'Property') return last;
    }
  }
  return undefined;
}

function moduleVariables(code: SourceCode): Scope.Variable[] {
  const global = code.scopeManager!.globalScope!;
  const module = global.childScopes.find((scope) => scope.type === 'module');
  return [...global.variables, ...(module?.variables ?? [])].filter((variable) => variable.defs.length === 1);
}

function visible(variable: Scope.Variable, node: Node, code: SourceCode): boolean {
  return lookup(node, code, variable.name) === variable;
}

function lookup(node: Node, code: SourceCode, name: string): Scope.Variable | undefined {
  for (let scope: Scope.Scope | null = code.getScope(node); scope; scope = scope.upper) {
    const variable = scope.set.get(name);
    if (variable) return variable;
  }
  return undefined;
}

/**
 * How the file loads modules: ES module syntax, or a module-typed file without any require, gets an
 * import; a file that requires gets a require; a plain browser script neither.
 */
function moduleSystem(code: SourceCode): 'esm' | 'cjs' | undefined {
  const body = code.ast.body;
  if (body.some((statement) => statement.type === 'ImportDeclaration' || statement.type.startsWith('Export'))) return 'esm';
  if (getModuleRefs(code).imported.size > 0) return 'cjs';
  return code.ast.sourceType === 'module' ? 'esm' : undefined;
}

function insertAtTop(fixer: RuleFixer, code: SourceCode, text: string, esm: boolean): RuleFix {
  const body = code.ast.body;
  const isImport = (statement: TSESTree.ProgramStatement): boolean =>
    esm
      ? statement.type === 'ImportDeclaration'
      : statement.type === 'VariableDeclaration' && statement.declarations.some((declarator) => declarator.init?.type === 'CallExpression' && isRequire(declarator.init));
  const lastImport = body.findLast(isImport);
  if (lastImport) return fixer.insertTextAfter(lastImport, `\n${text.trimEnd()}`);
  // The reported code is a statement of its own, so there is one after the directives.
  const first = body.find((statement) => !(statement.type === 'ExpressionStatement' && statement.directive))!;
  return fixer.insertTextBeforeRange([textStart(first), textStart(first)], text);
}

function isRequire(call: TSESTree.CallExpression): boolean {
  return call.callee.type === 'Identifier' && call.callee.name === 'require';
}
