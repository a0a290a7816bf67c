import type { TSESTree } from '@typescript-eslint/utils';
import { environmentOf } from '../ast/environment.ts';

type Node = TSESTree.Node;

/** Whether `node` runs only in development: inside `if (env.isDevelopment)`, `NODE_ENV !== 'production' && …` and the like. */
export function runsOnlyInDevelopment(node: Node): boolean {
  let child: Node = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (parent.type === 'IfStatement' || parent.type === 'ConditionalExpression') {
      if (child === parent.consequent && environmentOf(parent.test) === 'development') return true;
      if (child === parent.alternate && environmentOf(parent.test) === 'production') return true;
    }
    if (parent.type === 'LogicalExpression' && parent.operator === '&&' && child === parent.right && environmentOf(parent.left) === 'development') return true;
  }
  return false;
}
