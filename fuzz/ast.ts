// Parsing for mutation: typescript-eslint's parser reads JS, TS and JSX alike and gives ranges to edit by.
import { parse } from '@typescript-eslint/parser';
import type { TSESTree } from '@typescript-eslint/utils';

export type Node = TSESTree.Node & { parent?: Node };

export interface Parsed {
  ast: TSESTree.Program;
  /** Every node, parents before children, each with its `parent`. */
  nodes: Node[];
}

/** Whether a file name allows JSX: `.ts` files do not (there `<T>x` is a type assertion). */
export const allowsJsx = (filename: string): boolean => !/\.[mc]?ts$/.test(filename);
export const isTypeScriptFile = (filename: string): boolean => /\.[mc]?tsx?$/.test(filename);

export function parseForMutation(code: string, filename: string): Parsed | undefined {
  let ast: TSESTree.Program;
  try {
    ast = parse(code, { range: true, loc: false, comment: false, tokens: false, jsx: allowsJsx(filename), sourceType: 'module' });
  } catch {
    return undefined;
  }
  const nodes: Node[] = [];
  const visit = (node: Node, parent: Node | undefined): void => {
    node.parent = parent;
    nodes.push(node);
    for (const [key, child] of Object.entries(node)) {
      if (key === 'parent' || key === 'tokens' || key === 'comments') continue;
      if (Array.isArray(child)) {
        for (const item of child) if (isNode(item)) visit(item, node);
      } else if (isNode(child)) {
        visit(child, node);
      }
    }
  };
  visit(ast as Node, undefined);
  return { ast, nodes };
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string' && Array.isArray((value as { range?: unknown }).range);
}

/** Whether a node sits in a type, where expressions cannot go. */
export function inType(node: Node): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === 'TSAsExpression' || current.type === 'TSSatisfiesExpression' || current.type === 'TSNonNullExpression') return false;
    if (current.type.startsWith('TS') && current.type !== 'TSParameterProperty' && current.type !== 'TSEnumMember') return true;
  }
  return false;
}

/** Whether a node is an expression in a place that takes any expression: an argument, a value, an operand. */
export function isValueExpression(node: Node): boolean {
  const parent = node.parent;
  if (!parent || !isExpression(node) || inType(node)) return false;
  switch (parent.type) {
    case 'CallExpression':
    case 'NewExpression':
      return parent.arguments.includes(node as never) || (parent.callee === node && node.type !== 'Super');
    case 'Property':
      return parent.value === node && !parent.shorthand && parent.parent?.type === 'ObjectExpression' && parent.kind === 'init' && !parent.method;
    case 'VariableDeclarator':
      return parent.init === node;
    case 'ReturnStatement':
    case 'SpreadElement':
    case 'AwaitExpression':
    case 'UnaryExpression':
      return true;
    case 'AssignmentExpression':
      return parent.right === node;
    case 'ArrayExpression':
    case 'SequenceExpression':
      return true;
    case 'MemberExpression':
      return parent.object === node && node.type !== 'Super';
    case 'ConditionalExpression':
    case 'LogicalExpression':
      return true;
    case 'BinaryExpression':
      return node.type !== 'PrivateIdentifier';
    case 'ExpressionStatement':
      return !('directive' in parent && parent.directive);
    case 'TemplateLiteral':
      return parent.expressions.includes(node as never);
    case 'JSXExpressionContainer':
      return true;
    default:
      return false;
  }
}

function isExpression(node: Node): boolean {
  return (
    /Expression$|^Literal$|^Identifier$|^TemplateLiteral$|^ArrowFunctionExpression$|^ThisExpression$|^JSXElement$|^JSXFragment$/.test(node.type) &&
    node.type !== 'JSXEmptyExpression' &&
    node.type !== 'TSEmptyBodyFunctionExpression'
  );
}

/** The statement lists a node can be a member of: a program, block, or switch case body. */
export function statementList(node: Node): TSESTree.Node[] | undefined {
  const parent = node.parent;
  if (!parent) return undefined;
  if (parent.type === 'Program' || parent.type === 'BlockStatement' || parent.type === 'StaticBlock') return parent.body as TSESTree.Node[];
  if (parent.type === 'SwitchCase') return parent.consequent;
  return undefined;
}

/** The statement that holds a node, directly in a statement list. */
export function enclosingStatement(node: Node): Node | undefined {
  for (let current: Node | undefined = node; current; current = current.parent) {
    if (statementList(current)) return current;
  }
  return undefined;
}

export const text = (code: string, node: TSESTree.Node | { range: [number, number] }): string => code.slice(node.range[0], node.range[1]);

/** Replaces ranges of `code`; the ranges must not overlap. */
export function replaceRanges(code: string, edits: readonly { range: readonly [number, number]; text: string }[]): string {
  let result = code;
  for (const edit of [...edits].sort((a, b) => b.range[0] - a.range[0])) {
    result = result.slice(0, edit.range[0]) + edit.text + result.slice(edit.range[1]);
  }
  return result;
}
