// Shrinks a failing program while it still fails the same way: first whole lines, then syntax nodes.
import type { TSESTree } from '@typescript-eslint/utils';
import { isValueExpression, parseForMutation, replaceRanges, statementList, text, type Node } from './ast.ts';

export interface Budget {
  /** At most this many attempts... */
  attempts: number;
  /** ...and this many milliseconds. */
  ms: number;
}

export function minimize(code: string, filename: string, stillFails: (code: string) => boolean, budget: Budget = { attempts: 3000, ms: 30_000 }): string {
  const deadline = performance.now() + budget.ms;
  let attempts = 0;
  const tryCode = (candidate: string): boolean => {
    if (candidate === code || attempts >= budget.attempts || performance.now() > deadline) return false;
    attempts++;
    return stillFails(candidate);
  };

  // Lines, in halves, then quarters, down to one line at a time.
  let lines = code.split('\n');
  for (let size = Math.ceil(lines.length / 2); size >= 1; size = size === 1 ? 0 : Math.ceil(size / 2)) {
    for (let start = 0; start < lines.length; ) {
      const candidate = [...lines.slice(0, start), ...lines.slice(start + size)];
      if (candidate.length > 0 && tryCode(candidate.join('\n'))) {
        lines = candidate;
        code = candidate.join('\n');
      } else {
        start += size;
      }
    }
  }

  // Nodes, largest first: drop a statement or list item, or replace an expression by a part of it.
  for (let progress = true; progress; ) {
    progress = false;
    const parsed = parseForMutation(code, filename);
    if (!parsed) break;
    const nodes = parsed.nodes.filter((node) => node.type !== 'Program').sort((a, b) => b.range[1] - b.range[0] - (a.range[1] - a.range[0]));
    for (const node of nodes) {
      const candidate = smallerVersions(code, node).find(tryCode);
      if (candidate !== undefined) {
        code = candidate;
        progress = true;
        break;
      }
    }
  }
  const tidy = code.replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').trim();
  return tidy !== code && stillFails(tidy) ? tidy : code;
}

function smallerVersions(code: string, node: Node): string[] {
  const versions: string[] = [];
  const replace = (replacement: string): void => void versions.push(replaceRanges(code, [{ range: node.range, text: replacement }]));
  if (statementList(node)) replace('');
  const parent = node.parent;
  const list = parent && listOf(parent, node);
  if (list) {
    const index = list.indexOf(node as TSESTree.Node);
    const next = list[index + 1];
    const previous = list[index - 1];
    if (next) versions.push(code.slice(0, node.range[0]) + code.slice(next.range[0]));
    else if (previous) versions.push(code.slice(0, previous.range[1]) + code.slice(node.range[1]));
    else replace('');
  }
  // A statement around a block (a function, `if`, loop, `try`) gives way to the block's statements.
  const block = (['body', 'consequent', 'block'] as const)
    .map((key) => (node as unknown as Record<string, Node | undefined>)[key])
    .find((child) => child?.type === 'BlockStatement') as TSESTree.BlockStatement | undefined;
  if (statementList(node) && block) replace(code.slice(block.range[0] + 1, block.range[1] - 1));
  if (isValueExpression(node)) {
    for (const part of childNodes(node).filter(isValueExpression)) replace(text(code, part));
    if (node.type !== 'Identifier' && node.type !== 'Literal') replace('x');
  }
  if (node.type === 'BlockStatement' && node.body.length > 0) replace('{}');
  // Last, blunt cuts anywhere, for generated code in odd places (a case test, a default parameter): most do
  // not parse, and the check skips those.
  for (const child of childNodes(node)) replace(text(code, child));
  replace('');
  replace('x');
  return [...new Set(versions)];
}

function childNodes(node: Node): Node[] {
  return Object.entries(node)
    .flatMap(([key, child]) => (key === 'parent' ? [] : Array.isArray(child) ? child : [child]))
    .filter((child): child is Node => typeof child === 'object' && child !== null && 'range' in child && 'type' in child);
}

function listOf(parent: Node, node: Node): TSESTree.Node[] | undefined {
  switch (parent.type) {
    case 'ObjectExpression':
      return parent.properties;
    case 'ArrayExpression':
      return parent.elements.includes(node as never) ? (parent.elements.filter(Boolean) as TSESTree.Node[]) : undefined;
    case 'CallExpression':
    case 'NewExpression':
      return parent.arguments.includes(node as never) ? parent.arguments : undefined;
    case 'VariableDeclaration':
      return parent.declarations.length > 1 ? parent.declarations : undefined;
    default:
      return undefined;
  }
}
