import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { literalKey } from './syntax.ts';

type Node = TSESTree.Node;

export type FunctionNode = TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression | TSESTree.FunctionDeclaration;

/** The nodes the handler heuristics read, grouped by the function that directly contains them. */
export interface FunctionFacts {
  readonly node: FunctionNode | TSESTree.Program;
  readonly calls: (TSESTree.CallExpression | TSESTree.NewExpression)[];
  readonly assignments: TSESTree.AssignmentExpression[];
  readonly updates: TSESTree.UpdateExpression[];
  readonly deletes: TSESTree.UnaryExpression[];
  readonly members: TSESTree.MemberExpression[];
  /** Properties of object literals (not of destructuring patterns). */
  readonly properties: TSESTree.Property[];
  /** String literals and templates, for SQL statements. */
  readonly strings: (TSESTree.Literal | TSESTree.TemplateLiteral)[];
  readonly awaits: TSESTree.AwaitExpression[];
  /** Functions written directly inside this one. */
  readonly nested: FunctionNode[];
}

export interface FileFacts {
  readonly program: FunctionFacts;
  readonly functions: readonly FunctionNode[];
  readonly classes: readonly (TSESTree.ClassDeclaration | TSESTree.ClassExpression)[];
  of(node: FunctionNode): FunctionFacts;
}

// Type-only subtrees hold no code.
const TYPE_ONLY = new Set<string>([
  'TSTypeAnnotation',
  'TSTypeParameterDeclaration',
  'TSTypeParameterInstantiation',
  'TSInterfaceDeclaration',
  'TSTypeAliasDeclaration',
  'TSDeclareFunction',
]);

function emptyFacts(node: FunctionNode | TSESTree.Program): FunctionFacts {
  return { node, calls: [], assignments: [], updates: [], deletes: [], members: [], properties: [], strings: [], awaits: [], nested: [] };
}

/** What names a function: `function f`, `const f = () => …`, or its method or property key. */
export function functionNameNode(fn: FunctionNode): Node | undefined {
  if (fn.id) return fn.id;
  const parent = fn.parent;
  if (parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier') return parent.id;
  if ((parent?.type === 'MethodDefinition' || parent?.type === 'Property' || parent?.type === 'PropertyDefinition') && !parent.computed) return parent.key;
  return undefined;
}

export function functionName(fn: FunctionNode): string | undefined {
  const node = functionNameNode(fn);
  return node && literalKey(node);
}

export function isFunctionNode(node: Node): node is FunctionNode {
  return node.type === 'ArrowFunctionExpression' || node.type === 'FunctionExpression' || node.type === 'FunctionDeclaration';
}

/** One iterative walk of the file (deeply nested generated code cannot overflow the stack). */
export function collectFacts(sourceCode: Readonly<SourceCode>): FileFacts {
  const program = emptyFacts(sourceCode.ast);
  const byFunction = new Map<FunctionNode, FunctionFacts>();
  const functions: FunctionNode[] = [];
  const classes: (TSESTree.ClassDeclaration | TSESTree.ClassExpression)[] = [];
  // Two parallel stacks: no pair to allocate per node.
  const nodes: Node[] = [sourceCode.ast];
  const owners: FunctionFacts[] = [program];
  const keys = sourceCode.visitorKeys;
  const push = (item: unknown, owner: FunctionFacts): void => {
    if (item && typeof (item as Node).type === 'string' && !TYPE_ONLY.has((item as Node).type)) {
      nodes.push(item as Node);
      owners.push(owner);
    }
  };
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const owner = owners.pop()!;
    let facts = owner;
    switch (node.type) {
      case 'ArrowFunctionExpression':
      case 'FunctionExpression':
      case 'FunctionDeclaration':
        facts = emptyFacts(node);
        byFunction.set(node, facts);
        functions.push(node);
        owner.nested.push(node);
        break;
      case 'CallExpression':
      case 'NewExpression':
        owner.calls.push(node);
        break;
      case 'AssignmentExpression':
        owner.assignments.push(node);
        break;
      case 'UpdateExpression':
        owner.updates.push(node);
        break;
      case 'UnaryExpression':
        if (node.operator === 'delete') owner.deletes.push(node);
        break;
      case 'MemberExpression':
        owner.members.push(node);
        break;
      case 'Property':
        if (node.parent.type === 'ObjectExpression') owner.properties.push(node);
        break;
      case 'Literal':
        if (typeof node.value === 'string') owner.strings.push(node);
        break;
      case 'TemplateLiteral':
        owner.strings.push(node);
        break;
      case 'AwaitExpression':
        owner.awaits.push(node);
        break;
      case 'ClassDeclaration':
      case 'ClassExpression':
        classes.push(node);
        break;
    }
    // Children are pushed last-first, so they come off the stack in source order.
    const nodeKeys = keys[node.type] ?? [];
    for (let k = nodeKeys.length - 1; k >= 0; k--) {
      const child = (node as unknown as Record<string, unknown>)[nodeKeys[k]!];
      if (Array.isArray(child)) {
        for (let index = child.length - 1; index >= 0; index--) push(child[index], facts);
      } else push(child, facts);
    }
  }
  return {
    program,
    functions,
    classes,
    of: (node) => byFunction.get(node) ?? emptyFacts(node),
  };
}
