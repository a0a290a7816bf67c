// A development fallback that cannot reach production: the app stops at start-up when production lacks the
// variable (`if (!process.env.SECRET && isProduction) throw …`), or the production branch of the fallback
// throws (`process.env.SECRET ?? (isProduction ? fail('SECRET') : 'dev')`).
import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { environmentOf } from '../../ast/environment.ts';
import { variableOf } from '../../ast/scope.ts';
import { topLevelStatements, unwrap } from '../../ast/syntax.ts';
import { isFunctionNode } from '../../ast/function-facts.ts';

type Node = TSESTree.Node;

/** The branch of an environment test that production takes, and the other one; undefined for other tests. */
export function productionBranch(conditional: TSESTree.ConditionalExpression): { production: Node; other: Node } | undefined {
  const environment = environmentOf(conditional.test);
  if (environment === undefined) return undefined;
  return environment === 'production'
    ? { production: conditional.consequent, other: conditional.alternate }
    : { production: conditional.alternate, other: conditional.consequent };
}

/** `fail('SECRET')` where `fail` only throws, or `(() => { throw … })()`. */
export function alwaysThrows(node: Node, code: Readonly<SourceCode>): boolean {
  const bare = unwrap(node);
  if (bare.type !== 'CallExpression') return false;
  const callee = unwrap(bare.callee);
  if (isFunctionNode(callee)) return startsWithThrow(callee);
  if (callee.type !== 'Identifier') return false;
  const definition = variableOf(code, callee)?.defs[0];
  if (definition?.type === 'FunctionName') return startsWithThrow(definition.node as Node);
  const init = definition?.type === 'Variable' && definition.parent.kind === 'const' ? definition.node.init : undefined;
  return init !== null && init !== undefined && isFunctionNode(unwrap(init)) && startsWithThrow(unwrap(init));
}

function startsWithThrow(fn: Node): boolean {
  if (!isFunctionNode(fn) || fn.body.type !== 'BlockStatement') return false;
  return fn.body.body[0]?.type === 'ThrowStatement';
}

/**
 * Whether a statement before `use`, at the top of the file or of the function around it, stops the app when
 * the environment variable `name` is missing, in production or everywhere.
 */
export function guardedInProduction(name: string, use: Node, code: Readonly<SourceCode>): boolean {
  for (let scope: Node | undefined = use; scope; scope = scope.parent) {
    const statements = scope.type === 'Program' ? topLevelStatements(scope) : isFunctionNode(scope) && scope.body.type === 'BlockStatement' ? scope.body.body : undefined;
    if (statements?.some((statement) => statement.range[1] <= use.range[0] && stopsWithout(statement, name, false, code))) return true;
  }
  return false;
}

function stopsWithout(statement: Node, name: string, inProduction: boolean, code: Readonly<SourceCode>): boolean {
  if (statement.type === 'BlockStatement') return statement.body.some((inner) => stopsWithout(inner, name, inProduction, code));
  if (statement.type !== 'IfStatement') return false;
  const environment = environmentOf(statement.test);
  if (environment === 'development') return false;
  // `if (isProduction) { if (!process.env.SECRET) throw … }`
  if (environment === 'production' && !testsMissing(statement.test, name)) return stopsWithout(statement.consequent, name, true, code);
  return testsMissing(statement.test, name) && stops(statement.consequent, code) && (inProduction || environment !== undefined || isPlainMissingTest(statement.test));
}

/** The test is true when the variable is missing: `!process.env.X`, `!X`, `X === undefined`, `!env.X || …`. */
function testsMissing(test: Node, name: string): boolean {
  const bare = unwrap(test);
  if (bare.type === 'LogicalExpression') return testsMissing(bare.left, name) || testsMissing(bare.right, name);
  if (bare.type === 'UnaryExpression' && bare.operator === '!') return readsVariable(bare.argument, name);
  if (bare.type === 'BinaryExpression' && ['===', '=='].includes(bare.operator)) {
    const [value, other] = isEmpty(bare.right) ? [bare.left, bare.right] : [bare.right, bare.left];
    return isEmpty(other) && readsVariable(value, name);
  }
  return false;
}

/** Without an environment in the test, only a test of the variable alone counts: it stops the app everywhere. */
function isPlainMissingTest(test: Node): boolean {
  const bare = unwrap(test);
  return bare.type !== 'LogicalExpression' || bare.operator === '||';
}

function isEmpty(node: Node): boolean {
  const bare = unwrap(node);
  return (bare.type === 'Identifier' && bare.name === 'undefined') || (bare.type === 'Literal' && (bare.value === null || bare.value === ''));
}

function readsVariable(node: Node, name: string): boolean {
  const bare = unwrap(node);
  if (bare.type === 'Identifier') return bare.name === name;
  return bare.type === 'MemberExpression' && !bare.computed && bare.property.type === 'Identifier' && bare.property.name === name;
}

/** `throw …`, `process.exit(…)`, or a block that starts with one of them. */
function stops(statement: Node, code: Readonly<SourceCode>): boolean {
  if (statement.type === 'BlockStatement') return statement.body.some((inner) => stops(inner, code));
  if (statement.type === 'ThrowStatement') return true;
  if (statement.type !== 'ExpressionStatement') return false;
  const expression = unwrap(statement.expression);
  if (alwaysThrows(expression, code)) return true;
  if (expression.type !== 'CallExpression' || expression.callee.type !== 'MemberExpression') return false;
  const { object, property } = expression.callee;
  return object.type === 'Identifier' && object.name === 'process' && property.type === 'Identifier' && property.name === 'exit';
}
