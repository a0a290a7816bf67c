import type { TSESTree } from '@typescript-eslint/utils';
import { environmentOf } from '../ast/environment.ts';
import { isFunctionNode } from '../ast/function-facts.ts';
import { topLevelStatements, unwrap } from '../ast/syntax.ts';

type Node = TSESTree.Node;

// A route module's data function: when it stops outside development, the route's page never renders there.
const ROUTE_GUARDS = new Set(['loader', 'clientLoader', 'getServerSideProps', 'getStaticProps']);

/**
 * Whether `node` runs only in development: inside `if (env.isDevelopment)`, `NODE_ENV !== 'production' && …`
 * and the like, after a guard that stops production (`if (NODE_ENV !== 'development') throw …`), or in a
 * route whose loader stops outside development.
 */
export function runsOnlyInDevelopment(node: Node): boolean {
  let child: Node = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (parent.type === 'IfStatement' || parent.type === 'ConditionalExpression') {
      if (child === parent.consequent && environmentOf(parent.test) === 'development') return true;
      if (child === parent.alternate && environmentOf(parent.test) === 'production') return true;
    }
    if (parent.type === 'LogicalExpression' && parent.operator === '&&' && child === parent.right && environmentOf(parent.left) === 'development') return true;
    if (parent.type === 'BlockStatement' && isFunctionNode(parent.parent) && stoppedBefore(parent.body, child)) return true;
    if (parent.type === 'Program') return stoppedBefore(topLevelStatements(parent), child) || routeStopsOutsideDevelopment(parent);
  }
  return false;
}

/** A statement before `child` that stops production: `if (process.env.NODE_ENV !== 'development') throw …`. */
function stoppedBefore(statements: readonly Node[], child: Node): boolean {
  return statements.some((statement) => statement.range[1] <= child.range[0] && stopsProduction(statement));
}

function stopsProduction(statement: Node): boolean {
  if (statement.type !== 'IfStatement' || environmentOf(statement.test) !== 'production') return false;
  const first = statement.consequent.type === 'BlockStatement' ? statement.consequent.body[0] : statement.consequent;
  if (first?.type === 'ThrowStatement' || first?.type === 'ReturnStatement') return true;
  // Next.js `notFound()` throws.
  const call = first?.type === 'ExpressionStatement' ? unwrap(first.expression) : undefined;
  return call?.type === 'CallExpression' && call.callee.type === 'Identifier' && call.callee.name === 'notFound';
}

/** `export const loader = () => { if (NODE_ENV !== 'development') throw … }`: the whole route is development-only. */
function routeStopsOutsideDevelopment(program: TSESTree.Program): boolean {
  for (const statement of topLevelStatements(program)) {
    if (statement.type !== 'ExportNamedDeclaration' || !statement.declaration) continue;
    const { declaration } = statement;
    const guards =
      declaration.type === 'FunctionDeclaration'
        ? declaration.id && ROUTE_GUARDS.has(declaration.id.name) ? [declaration] : []
        : declaration.type === 'VariableDeclaration'
          ? declaration.declarations.flatMap((declarator) => (declarator.id.type === 'Identifier' && ROUTE_GUARDS.has(declarator.id.name) && declarator.init ? [unwrap(declarator.init)] : []))
          : [];
    for (const fn of guards) {
      if (isFunctionNode(fn) && fn.body.type === 'BlockStatement' && fn.body.body[0] && stopsProduction(fn.body.body[0])) return true;
    }
  }
  return false;
}
