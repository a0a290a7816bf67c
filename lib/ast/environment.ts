import type { TSESTree } from '@typescript-eslint/utils';
import { unwrap } from './syntax.ts';

type Node = TSESTree.Node;

// `env.isDevelopment`, `config.isDev`, `import.meta.env.DEV`, `__DEV__`: true only on a developer's machine.
const DEVELOPMENT_FLAGS = /^(?:isDevelopment|isDev|isDevMode|inDevelopment|DEV|__DEV__|IS_DEV|IS_DEVELOPMENT)$/;
// `env.isProduction`, `import.meta.env.PROD`: true only in production.
const PRODUCTION_FLAGS = /^(?:isProduction|isProd|inProduction|PROD|IS_PROD|IS_PRODUCTION)$/;

/** Which environment a condition is true in only, when it says so. */
export function environmentOf(test: Node): 'development' | 'production' | undefined {
  const bare = unwrap(test);
  if (bare.type === 'UnaryExpression' && bare.operator === '!') return flip(environmentOf(bare.argument));
  if (bare.type === 'LogicalExpression' && bare.operator === '&&') return environmentOf(bare.left) ?? environmentOf(bare.right);
  const name = bare.type === 'Identifier' ? bare.name : bare.type === 'MemberExpression' && !bare.computed && bare.property.type === 'Identifier' ? bare.property.name : undefined;
  if (name !== undefined) return DEVELOPMENT_FLAGS.test(name) ? 'development' : PRODUCTION_FLAGS.test(name) ? 'production' : undefined;
  if (bare.type !== 'BinaryExpression' || !['===', '==', '!==', '!='].includes(bare.operator)) return undefined;
  const value = [bare.left, bare.right].find((side) => side.type === 'Literal' && typeof side.value === 'string') as TSESTree.StringLiteral | undefined;
  const other = value === bare.left ? bare.right : bare.left;
  if (!value || !isNodeEnv(other)) return undefined;
  const equals = bare.operator === '===' || bare.operator === '==';
  const environment = value.value === 'production' ? 'production' : value.value === 'development' ? 'development' : undefined;
  return equals ? environment : flip(environment);
}

function flip(environment: 'development' | 'production' | undefined): 'development' | 'production' | undefined {
  return environment === 'development' ? 'production' : environment === 'production' ? 'development' : undefined;
}

/** `process.env.NODE_ENV`, `env.NODE_ENV`, `NODE_ENV`. */
function isNodeEnv(node: Node): boolean {
  const bare = unwrap(node);
  if (bare.type === 'Identifier') return bare.name === 'NODE_ENV';
  return bare.type === 'MemberExpression' && !bare.computed && bare.property.type === 'Identifier' && bare.property.name === 'NODE_ENV';
}
