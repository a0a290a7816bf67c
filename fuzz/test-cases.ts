// Reads the cases of tests/rules/*.test.ts without running them: the files call runRuleTests with static
// literal arrays, so their TypeScript is parsed and the literals evaluated. Whatever is not static (a helper
// call, a computed string) is reported as skipped rather than guessed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from '@typescript-eslint/parser';
import type { TSESTree } from '@typescript-eslint/utils';

export interface TestCase {
  code: string;
  options?: unknown[];
  filename?: string;
  languageOptions?: Record<string, unknown>;
  settings?: Record<string, unknown>;
  /** Whether the case expects a fix or a suggestion: the programs that exercise fixes best. */
  fixes?: boolean;
  /** Where the case is written: `tests/rules/x.test.ts:12`. */
  where: string;
}

export interface RuleTestFile {
  rule: string;
  file: string;
  valid: TestCase[];
  invalid: TestCase[];
  skipped: { where: string; reason: string }[];
}

export const RULE_TESTS_DIR = fileURLToPath(new URL('../tests/rules/', import.meta.url));

const UNKNOWN = Symbol('unknown');
type Value = unknown;

/** A binding imported from a package, resolved with a dynamic import: e.g. a test's `vueParser`. */
interface ImportRef {
  importRef: { module: string; name: string };
}

/** Every rule test file's static cases. */
export async function readRuleTests(dir = RULE_TESTS_DIR): Promise<RuleTestFile[]> {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.test.ts'))
    .sort();
  const result: RuleTestFile[] = [];
  for (const name of files) result.push(...(await readRuleTestFile(join(dir, name))));
  return result;
}

export async function readRuleTestFile(file: string): Promise<RuleTestFile[]> {
  const text = readFileSync(file, 'utf8');
  const ast = parse(text, { range: true, loc: true, jsx: false });
  const shortName = file.slice(file.lastIndexOf('tests/'));
  const evaluator = new Evaluator(ast, shortName);
  const result: RuleTestFile[] = [];
  for (const call of findCalls(ast)) {
    const [nameNode, , testsNode] = call.arguments;
    const rule = nameNode ? evaluator.evaluate(nameNode) : UNKNOWN;
    if (typeof rule !== 'string' || !testsNode) continue;
    const tests = evaluator.evaluate(testsNode);
    const entry: RuleTestFile = { rule, file: shortName, valid: [], invalid: [], skipped: [] };
    if (!isRecord(tests)) {
      entry.skipped.push({ where: evaluator.where(testsNode), reason: 'the tests object is not a static literal' });
    } else {
      for (const group of ['valid', 'invalid'] as const) {
        const cases = tests[group];
        const nodes = evaluator.elementNodes.get(cases as object) ?? [];
        if (!Array.isArray(cases)) {
          entry.skipped.push({ where: evaluator.where(testsNode), reason: `\`${group}\` is not a static array` });
          continue;
        }
        for (const [index, item] of cases.entries()) {
          const where = nodes[index] ? evaluator.where(nodes[index]) : `${shortName}`;
          const testCase = await toTestCase(item, where);
          if (typeof testCase === 'string') entry.skipped.push({ where, reason: testCase });
          else entry[group].push(testCase);
        }
      }
    }
    result.push(entry);
  }
  return result;
}

/** A case from its literal, or why it cannot be used. */
async function toTestCase(item: Value, where: string): Promise<TestCase | string> {
  if (typeof item === 'string') return { code: item, where };
  if (!isRecord(item)) return 'the case is not a static string or object';
  if (typeof item['code'] !== 'string') return 'the code is not a static string';
  const testCase: TestCase = { code: item['code'], where };
  const errors = Array.isArray(item['errors']) ? item['errors'] : [];
  if ((typeof item['output'] === 'string' && item['output'] !== item['code']) || errors.some((error) => isRecord(error) && Array.isArray(error['suggestions']) && error['suggestions'].length > 0)) {
    testCase.fixes = true;
  }
  for (const key of ['options', 'filename', 'languageOptions', 'settings'] as const) {
    if (!(key in item)) continue;
    const value = await resolveImports(item[key]);
    if (containsUnknown(value)) return `\`${key}\` is not static`;
    (testCase as unknown as Record<string, unknown>)[key] = value;
  }
  if (testCase.options !== undefined && !Array.isArray(testCase.options)) return '`options` is not an array';
  return testCase;
}

function findCalls(ast: TSESTree.Program): TSESTree.CallExpression[] {
  const calls: TSESTree.CallExpression[] = [];
  walk(ast, (node) => {
    if (node.type !== 'CallExpression') return;
    const callee = node.callee;
    const name = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' && callee.property.type === 'Identifier' ? callee.property.name : '';
    if (name === 'runRuleTests' || name === 'run') calls.push(node);
  });
  return calls;
}

class Evaluator {
  /** The nodes of each evaluated array's elements, to say where a case is written. */
  readonly elementNodes = new WeakMap<object, TSESTree.Node[]>();
  private readonly constants = new Map<string, TSESTree.Expression>();
  private readonly imports = new Map<string, ImportRef>();
  private readonly evaluating = new Set<string>();
  private readonly file: string;

  constructor(ast: TSESTree.Program, file: string) {
    this.file = file;
    for (const statement of ast.body) {
      const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
      if (declaration?.type === 'VariableDeclaration' && declaration.kind === 'const') {
        for (const declarator of declaration.declarations) {
          if (declarator.id.type === 'Identifier' && declarator.init) this.constants.set(declarator.id.name, declarator.init);
        }
      }
      if (statement.type === 'ImportDeclaration' && statement.importKind !== 'type' && !statement.source.value.startsWith('.')) {
        for (const specifier of statement.specifiers) {
          const name = specifier.type === 'ImportSpecifier' ? (specifier.imported.type === 'Identifier' ? specifier.imported.name : String(specifier.imported.value)) : specifier.type === 'ImportDefaultSpecifier' ? 'default' : '*';
          this.imports.set(specifier.local.name, { importRef: { module: statement.source.value, name } });
        }
      }
    }
  }

  where(node: TSESTree.Node): string {
    return `${this.file}:${node.loc.start.line}`;
  }

  evaluate(node: TSESTree.Node): Value {
    switch (node.type) {
      case 'Literal':
        return 'regex' in node && node.regex ? UNKNOWN : node.value;
      case 'TemplateLiteral': {
        let text = node.quasis[0]!.value.cooked ?? '';
        for (const [index, expression] of node.expressions.entries()) {
          const value = this.evaluate(expression);
          if (value === UNKNOWN || (typeof value === 'object' && value !== null)) return UNKNOWN;
          text += String(value) + (node.quasis[index + 1]!.value.cooked ?? '');
        }
        return text;
      }
      case 'TaggedTemplateExpression':
        // String.raw`...` keeps backslashes as written: common for code that contains regular expressions.
        if (node.tag.type === 'MemberExpression' && node.tag.object.type === 'Identifier' && node.tag.object.name === 'String' && node.tag.property.type === 'Identifier' && node.tag.property.name === 'raw' && node.quasi.expressions.length === 0) {
          return node.quasi.quasis[0]!.value.raw;
        }
        return UNKNOWN;
      case 'ArrayExpression': {
        const values: Value[] = [];
        const nodes: TSESTree.Node[] = [];
        for (const element of node.elements) {
          if (element === null) return UNKNOWN;
          if (element.type === 'SpreadElement') {
            const spread = this.evaluate(element.argument);
            if (!Array.isArray(spread)) return UNKNOWN;
            values.push(...spread);
            nodes.push(...(this.elementNodes.get(spread) ?? spread.map(() => element)));
          } else {
            values.push(this.evaluate(element));
            nodes.push(element);
          }
        }
        this.elementNodes.set(values, nodes);
        return values;
      }
      case 'ObjectExpression': {
        const object: Record<string, Value> = {};
        for (const property of node.properties) {
          if (property.type === 'SpreadElement') {
            const spread = this.evaluate(property.argument);
            if (!isRecord(spread)) return UNKNOWN;
            Object.assign(object, spread);
            continue;
          }
          const key = property.computed ? this.evaluate(property.key) : property.key.type === 'Identifier' ? property.key.name : this.evaluate(property.key);
          if (typeof key !== 'string' && typeof key !== 'number') return UNKNOWN;
          object[String(key)] = property.kind === 'init' && !property.method ? this.evaluate(property.value) : UNKNOWN;
        }
        return object;
      }
      case 'Identifier': {
        if (node.name === 'undefined') return undefined;
        const imported = this.imports.get(node.name);
        if (imported) return imported;
        const init = this.constants.get(node.name);
        if (!init || this.evaluating.has(node.name)) return UNKNOWN;
        this.evaluating.add(node.name);
        try {
          return this.evaluate(init);
        } finally {
          this.evaluating.delete(node.name);
        }
      }
      case 'UnaryExpression': {
        const value = this.evaluate(node.argument);
        if (node.operator === '-' && typeof value === 'number') return -value;
        if (node.operator === '!' && value !== UNKNOWN) return !value;
        return UNKNOWN;
      }
      case 'BinaryExpression': {
        if (node.operator !== '+') return UNKNOWN;
        const left = this.evaluate(node.left);
        const right = this.evaluate(node.right);
        if ((typeof left === 'string' || typeof left === 'number') && (typeof right === 'string' || typeof right === 'number')) {
          return (left as string) + (right as string);
        }
        return UNKNOWN;
      }
      case 'CallExpression': {
        // ['line 1', 'line 2'].join('\n') and `...`.trim(): the two ways tests write multi-line code.
        if (node.callee.type !== 'MemberExpression' || node.callee.computed || node.callee.property.type !== 'Identifier') return UNKNOWN;
        const target = this.evaluate(node.callee.object);
        const method = node.callee.property.name;
        const args = node.arguments.map((argument) => this.evaluate(argument));
        if (method === 'join' && Array.isArray(target) && target.every((item) => typeof item === 'string') && args.length <= 1) {
          const separator = args[0] ?? ',';
          return typeof separator === 'string' ? target.join(separator) : UNKNOWN;
        }
        if (method === 'trim' && typeof target === 'string' && args.length === 0) return target.trim();
        return UNKNOWN;
      }
      case 'MemberExpression': {
        const object = this.evaluate(node.object);
        const key = node.computed ? this.evaluate(node.property) : node.property.type === 'Identifier' ? node.property.name : UNKNOWN;
        if (isRecord(object) && !('importRef' in object) && (typeof key === 'string' || typeof key === 'number')) return object[String(key)] ?? UNKNOWN;
        if (Array.isArray(object) && typeof key === 'number') return object[key] ?? UNKNOWN;
        return UNKNOWN;
      }
      case 'TSAsExpression':
      case 'TSSatisfiesExpression':
      case 'TSNonNullExpression':
        return this.evaluate(node.expression);
      default:
        return UNKNOWN;
    }
  }
}

/** Replaces the packages' bindings a case refers to (a parser, usually) with the real modules. */
async function resolveImports(value: Value): Promise<Value> {
  if (Array.isArray(value)) return Promise.all(value.map(resolveImports));
  if (!isRecord(value)) return value;
  if ('importRef' in value && isRecord(value['importRef'])) {
    const { module, name } = (value as unknown as ImportRef).importRef;
    try {
      const loaded = (await import(module)) as Record<string, unknown>;
      return name === '*' ? loaded : name === 'default' ? (loaded['default'] ?? loaded) : (loaded[name] ?? UNKNOWN);
    } catch {
      return UNKNOWN;
    }
  }
  const result: Record<string, Value> = {};
  for (const [key, item] of Object.entries(value)) result[key] = await resolveImports(item);
  return result;
}

function containsUnknown(value: Value, seen = new Set<unknown>()): boolean {
  if (value === UNKNOWN) return true;
  if (typeof value !== 'object' || value === null || seen.has(value)) return false;
  seen.add(value);
  // A loaded module (a parser) is opaque, not a literal to inspect.
  if (!Array.isArray(value) && Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.values(value).some((item) => containsUnknown(item, seen));
}

function isRecord(value: Value): value is Record<string, Value> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function walk(node: TSESTree.Node, visit: (node: TSESTree.Node) => void): void {
  visit(node);
  for (const [key, child] of Object.entries(node)) {
    if (key === 'parent' || key === 'tokens' || key === 'comments') continue;
    if (Array.isArray(child)) {
      for (const item of child) if (item && typeof item.type === 'string') walk(item as TSESTree.Node, visit);
    } else if (child && typeof child === 'object' && typeof (child as { type?: unknown }).type === 'string') {
      walk(child as TSESTree.Node, visit);
    }
  }
}
