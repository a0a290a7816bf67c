// Mutations of known programs (rule tests, documented examples, the example app): each returns new source
// text, or undefined when it does not apply. Semantics may change; the result must only parse.
import type { TSESTree } from '@typescript-eslint/utils';
import type { Random } from './random.ts';
import { allowsJsx, enclosingStatement, inType, isTypeScriptFile, isValueExpression, parseForMutation, replaceRanges, statementList, text, type Node, type Parsed } from './ast.ts';
import { EXPRESSION_WRAPPERS, EXPRESSIONS, FILENAMES, LITERALS, NAMES, PROPERTIES, SETTINGS, STATEMENT_WRAPPERS, TS_EXPRESSION_WRAPPERS, TS_STATEMENT_WRAPPERS, TS_TYPES } from './pools.ts';

export interface Source {
  code: string;
  filename: string;
  settings?: Record<string, unknown>;
}

interface Context {
  source: Source;
  parsed: Parsed;
  r: Random;
  /** Expressions cut from generated programs, for splicing. */
  expressions: readonly string[];
  /** Another program to combine with. */
  other: () => Source;
}

type Mutation = (context: Context) => Source | undefined;

const withCode = (source: Source, code: string): Source => ({ ...source, code });

const pickNode = (context: Context, test: (node: Node) => boolean): Node | undefined => {
  const candidates = context.parsed.nodes.filter(test);
  return candidates.length === 0 ? undefined : context.r.pick(candidates);
};

/** Removes one item of a comma-separated list (properties, arguments, elements) with its comma. */
function removeListItem(code: string, items: readonly TSESTree.Node[], index: number): string {
  const item = items[index]!;
  const next = items[index + 1];
  const previous = items[index - 1];
  if (next) return code.slice(0, item.range[0]) + code.slice(next.range[0]);
  if (previous) return code.slice(0, previous.range[1]) + code.slice(item.range[1]);
  return code.slice(0, item.range[0]) + code.slice(item.range[1]);
}

const swapLiteral: Mutation = (context) => {
  const node = pickNode(
    context,
    (n) =>
      (n.type === 'Literal' && !('regex' in n && n.regex)) || (n.type === 'TemplateLiteral' && n.expressions.length === 0 && n.parent?.type !== 'TaggedTemplateExpression'),
  );
  if (!node || !isValueExpression(node)) return undefined;
  const replacement = context.r.chance(0.8) ? context.r.pick(LITERALS) : context.r.pick([...EXPRESSIONS, ...context.expressions]);
  return withCode(context.source, replaceRanges(context.source.code, [{ range: node.range, text: replacement }]));
};

const dropOption: Mutation = (context) => {
  const { r, source } = context;
  const node = pickNode(context, (n) => (n.type === 'ObjectExpression' || n.type === 'CallExpression' || n.type === 'NewExpression' || n.type === 'ArrayExpression') && !inType(n));
  if (!node) return undefined;
  const items = (node.type === 'ObjectExpression' ? node.properties : node.type === 'ArrayExpression' ? node.elements : (node as TSESTree.CallExpression).arguments) as TSESTree.Node[];
  if (items.length === 0 || items.some((item) => item === null)) return undefined;
  const index = node.type === 'ObjectExpression' || node.type === 'ArrayExpression' ? r.int(0, items.length - 1) : items.length - 1;
  return withCode(source, removeListItem(source.code, items, index));
};

const addOption: Mutation = (context) => {
  const { r, source } = context;
  const node = pickNode(context, (n) => n.type === 'ObjectExpression' && !inType(n)) as TSESTree.ObjectExpression | undefined;
  if (!node) return undefined;
  const property = r.pick(PROPERTIES);
  const first = node.properties[0];
  const last = node.properties.at(-1);
  if (!first || !last) return withCode(source, replaceRanges(source.code, [{ range: node.range, text: `{ ${property} }` }]));
  return withCode(
    source,
    r.chance(0.5)
      ? replaceRanges(source.code, [{ range: [first.range[0], first.range[0]], text: `${property}, ` }])
      : replaceRanges(source.code, [{ range: [last.range[1], last.range[1]], text: `, ${property}` }]),
  );
};

/** TypeScript syntax around a value, on a parameter, or on a call; the file becomes TypeScript. */
const wrapTypeScript: Mutation = (context) => {
  const { r, source } = context;
  const filename = isTypeScriptFile(source.filename) ? source.filename : source.filename.replace(/\.[mc]?jsx?$/, allowsJsx(source.filename) && /x$/.test(source.filename) ? '.tsx' : '.ts');
  const code = source.code;
  const choice = r.int(0, 2);
  if (choice === 0) {
    const node = pickNode(context, isValueExpression);
    if (!node) return undefined;
    const wrappers = allowsJsx(filename) ? TS_EXPRESSION_WRAPPERS : [...TS_EXPRESSION_WRAPPERS, (e: string) => `(<any>${e})`];
    return { ...source, filename, code: replaceRanges(code, [{ range: node.range, text: r.pick(wrappers)(text(code, node)) }]) };
  }
  if (choice === 1) {
    const parameter = pickNode(
      context,
      (n) => n.type === 'Identifier' && !n.typeAnnotation && !!n.parent && /Function/.test(n.parent.type) && (n.parent as TSESTree.FunctionLike).params.includes(n as never),
    );
    if (!parameter) return undefined;
    const fn = parameter.parent as TSESTree.FunctionLike;
    const annotated = `${text(code, parameter)}: ${r.pick(TS_TYPES)}`;
    // `res => ...` needs parentheses once its parameter has a type.
    const bare = fn.type === 'ArrowFunctionExpression' && !code.slice(fn.range[0], parameter.range[0]).includes('(');
    return { ...source, filename, code: replaceRanges(code, [{ range: parameter.range, text: bare ? `(${annotated})` : annotated }]) };
  }
  const call = pickNode(context, (n) => (n.type === 'CallExpression' || n.type === 'NewExpression') && !n.typeArguments && !inType(n)) as TSESTree.CallExpression | undefined;
  if (!call) return undefined;
  const at = call.callee.range[1];
  return { ...source, filename, code: replaceRanges(code, [{ range: [at, at], text: `<${r.pick(TS_TYPES)}>` }]) };
};

/** Renames a variable everywhere it is used (a receiver such as `res`, usually), keeping properties. */
const renameReceiver: Mutation = (context) => {
  const { r, source, parsed } = context;
  const references = parsed.nodes.filter((n): n is TSESTree.Identifier & Node => n.type === 'Identifier' && isVariableName(n));
  if (references.length === 0) return undefined;
  const preferred = references.filter((n) => NAMES.includes(n.name));
  const name = r.pick(preferred.length > 0 && r.chance(0.7) ? preferred : references).name;
  let replacement = r.pick(NAMES);
  if (replacement === name) replacement = `${name}2`;
  const edits = new Map<number, { range: [number, number]; text: string }>();
  for (const reference of references) {
    if (reference.name !== name) continue;
    const parent = reference.parent;
    // `import { cookies }` keeps what it imports: `import { cookies as store }`.
    const imported = parent?.type === 'ImportSpecifier' && parent.imported.range[0] === reference.range[0];
    const shorthand = parent?.type === 'Property' && parent.shorthand && parent.parent?.type === 'ObjectExpression';
    edits.set(reference.range[0], { range: reference.range, text: imported ? `${name} as ${replacement}` : shorthand ? `${name}: ${replacement}` : replacement });
  }
  return withCode(source, replaceRanges(source.code, [...edits.values()]));
};

function isVariableName(node: TSESTree.Identifier & Node): boolean {
  const parent = node.parent;
  if (!parent || inType(node)) return false;
  switch (parent.type) {
    case 'MemberExpression':
      return parent.object === node || parent.computed;
    case 'Property':
      return parent.value === node || parent.computed;
    case 'MethodDefinition':
    case 'PropertyDefinition':
    case 'TSAbstractMethodDefinition':
    case 'TSPropertySignature':
      return parent.computed && parent.key === node;
    case 'ImportSpecifier':
      return parent.local === node || parent.imported === node;
    case 'ExportSpecifier':
    case 'LabeledStatement':
    case 'BreakStatement':
    case 'ContinueStatement':
    case 'MetaProperty':
      return false;
    default:
      return !parent.type.startsWith('JSX');
  }
}

const optionalChain: Mutation = (context) => {
  const { source } = context;
  const code = source.code;
  const node = pickNode(context, (n) => (n.type === 'MemberExpression' || n.type === 'CallExpression') && !n.optional && !inType(n)) as
    | TSESTree.MemberExpression
    | TSESTree.CallExpression
    | undefined;
  if (!node) return undefined;
  if (node.type === 'CallExpression') {
    const open = code.indexOf('(', (node.typeArguments ?? node.callee).range[1]);
    if (open < 0) return undefined;
    return withCode(source, replaceRanges(code, [{ range: [open, open], text: '?.' }]));
  }
  const between = code.slice(node.object.range[1], node.property.range[0]);
  const offset = node.object.range[1] + (node.computed ? between.indexOf('[') : between.indexOf('.'));
  if (offset < node.object.range[1]) return undefined;
  // `a.b` becomes `a?.b`; `a[b]` becomes `a?.[b]`.
  return withCode(source, replaceRanges(code, [{ range: [offset, node.computed ? offset : offset + 1], text: '?.' }]));
};

const computedMember: Mutation = (context) => {
  const { source, r } = context;
  const node = pickNode(context, (n) => n.type === 'MemberExpression' && !n.computed && n.property.type === 'Identifier' && !inType(n)) as TSESTree.MemberExpression | undefined;
  if (!node) return undefined;
  const name = (node.property as TSESTree.Identifier).name;
  const key = r.pick([`'${name}'`, `"${name}"`, `\`${name}\``]);
  return withCode(source, replaceRanges(source.code, [{ range: [node.object.range[1], node.range[1]], text: `${node.optional ? '?.' : ''}[${key}]` }]));
};

const wrapStatement: Mutation = (context) => {
  const { r, source } = context;
  const statement = pickNode(context, (n) => !!statementList(n) && !/^(Import|Export)/.test(n.type) && !n.type.startsWith('TS') && n.type !== 'FunctionDeclaration');
  if (!statement) return undefined;
  const wrappers = isTypeScriptFile(source.filename) ? [...STATEMENT_WRAPPERS, ...TS_STATEMENT_WRAPPERS] : STATEMENT_WRAPPERS;
  return withCode(source, replaceRanges(source.code, [{ range: statement.range, text: r.pick(wrappers)(text(source.code, statement)) }]));
};

const wrapExpression: Mutation = (context) => {
  const { r, source } = context;
  const node = pickNode(context, (n) => isValueExpression(n) && n.type !== 'Identifier');
  if (!node) return undefined;
  return withCode(source, replaceRanges(source.code, [{ range: node.range, text: r.pick(EXPRESSION_WRAPPERS)(text(source.code, node)) }]));
};

const spliceExpression: Mutation = (context) => {
  const { r, source } = context;
  const node = pickNode(context, isValueExpression);
  if (!node) return undefined;
  const replacement = r.chance(0.5) || context.expressions.length === 0 ? r.pick(EXPRESSIONS) : r.pick(context.expressions);
  return withCode(source, replaceRanges(source.code, [{ range: node.range, text: `(${replacement})` }]));
};

/** Moves an options object or value into a `const` before its statement: the "options in a variable" case. */
const hoistToConst: Mutation = (context) => {
  const { r, source } = context;
  const node = pickNode(context, (n) => isValueExpression(n) && (n.type === 'ObjectExpression' || n.type === 'Literal' || n.type === 'TemplateLiteral') && n.parent?.type !== 'VariableDeclarator');
  if (!node) return undefined;
  const statement = enclosingStatement(node);
  if (!statement || statement === node) return undefined;
  const name = `hoisted${r.int(1, 99)}`;
  const keyword = r.pick(['const', 'const', 'let', 'var']);
  const later = keyword !== 'const' && r.chance(0.3) ? `\n${name} = ${r.pick(EXPRESSIONS)};` : '';
  return withCode(
    source,
    replaceRanges(source.code, [
      { range: [statement.range[0], statement.range[0]], text: `${keyword} ${name} = ${text(source.code, node)};${later}\n` },
      { range: node.range, text: name },
    ]),
  );
};

/** Writes to an object after it is declared: the "later writes" case. */
const laterWrite: Mutation = (context) => {
  const { r, source } = context;
  const declarator = pickNode(context, (n) => n.type === 'VariableDeclarator' && n.id.type === 'Identifier' && n.init?.type === 'ObjectExpression') as
    | TSESTree.VariableDeclarator
    | undefined;
  const statement = declarator && enclosingStatement(declarator as Node);
  if (!declarator || !statement) return undefined;
  const name = (declarator.id as TSESTree.Identifier).name;
  const property = r.pick(PROPERTIES.filter((p) => /^\w+: /.test(p)));
  const [key, value] = [property.slice(0, property.indexOf(':')), property.slice(property.indexOf(':') + 2)];
  const write = r.pick([`${name}.${key} = ${value};`, `${name}['${key}'] = ${value};`, `Object.assign(${name}, { ${property} });`, `delete ${name}.${key};`, `${name} = { ${property} };`]);
  return withCode(source, replaceRanges(source.code, [{ range: [statement.range[1], statement.range[1]], text: `\n${write}` }]));
};

const editStatements: Mutation = (context) => {
  const { r, source } = context;
  const statement = pickNode(context, (n) => !!statementList(n));
  if (!statement) return undefined;
  const list = statementList(statement)!;
  const index = list.indexOf(statement as TSESTree.Node);
  const code = source.code;
  const choice = r.int(0, 2);
  if (choice === 0) return withCode(source, replaceRanges(code, [{ range: statement.range, text: '' }]));
  if (choice === 1) return withCode(source, replaceRanges(code, [{ range: [statement.range[1], statement.range[1]], text: `\n${text(code, statement)}` }]));
  const next = list[index + 1];
  if (!next) return undefined;
  return withCode(source, replaceRanges(code, [{ range: statement.range, text: text(code, next) }, { range: next.range, text: text(code, statement) }]));
};

const changeFile: Mutation = (context) => {
  const { r, source } = context;
  if (r.chance(0.3)) return { ...source, settings: r.pick(SETTINGS) };
  const family = isTypeScriptFile(source.filename) ? (allowsJsx(source.filename) ? FILENAMES.tsx : FILENAMES.ts) : FILENAMES.js;
  return { ...source, filename: r.pick(family) };
};

const combine: Mutation = (context) => {
  const other = context.other();
  const typescript = isTypeScriptFile(context.source.filename) || isTypeScriptFile(other.filename);
  const filename = typescript && !isTypeScriptFile(context.source.filename) ? 'file.tsx' : context.source.filename;
  return { ...context.source, filename, code: `${context.source.code}\n${other.code}` };
};

const MUTATIONS: readonly (readonly [number, Mutation])[] = [
  [4, swapLiteral],
  [3, dropOption],
  [3, addOption],
  [3, wrapTypeScript],
  [3, renameReceiver],
  [1, optionalChain],
  [1, computedMember],
  [2, wrapStatement],
  [2, wrapExpression],
  [2, spliceExpression],
  [2, hoistToConst],
  [2, laterWrite],
  [2, editStatements],
  [1, changeFile],
  [1, combine],
];

/** Applies one to `count` mutations in a row; each must leave a program that parses. */
export function mutate(source: Source, r: Random, count: number, expressions: readonly string[], other: () => Source): Source {
  let current = source;
  let parsed = parseForMutation(current.code, current.filename);
  for (let applied = 0, attempts = 0; applied < count && attempts < count * 4 && parsed; attempts++) {
    const mutation = r.weighted(MUTATIONS);
    const next = mutation({ source: current, parsed, r, expressions, other });
    if (!next) continue;
    const nextParsed = parseForMutation(next.code, next.filename);
    if (!nextParsed) continue;
    current = next;
    parsed = nextParsed;
    applied++;
  }
  return current;
}
