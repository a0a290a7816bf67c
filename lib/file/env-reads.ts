import type { TSESTree } from '@typescript-eslint/utils';
import { asSourceCode, isGlobalName, type AnySourceCode } from '../ast/scope.ts';
import { memberKey } from '../values/index.ts';
import { unwrap } from '../ast/syntax.ts';

/** The variable an environment read names: `process.env.NAME`, `process.env['NAME']`, `import.meta.env.NAME`, `Bun.env.NAME`, Hono's `c.env.NAME`. */
export function envName(node: TSESTree.Node, sourceCode: AnySourceCode): string | undefined {
  const code = asSourceCode(sourceCode);
  const bare = unwrap(node);
  if (bare.type !== 'MemberExpression') return undefined;
  const object = unwrap(bare.object);
  if (object.type !== 'MemberExpression' || memberKey(object, code) !== 'env') return undefined;
  const owner = unwrap(object.object);
  const isEnv = owner.type === 'MetaProperty' || (owner.type === 'Identifier' && (isGlobalName(code, owner, 'process') || isGlobalName(code, owner, 'Bun') || owner.name === 'c'));
  return isEnv ? memberKey(bare, code) : undefined;
}

/** True for `import.meta.env.*`: bundlers inline these into the code they ship. */
export function isImportMetaEnv(node: TSESTree.Node): boolean {
  const bare = unwrap(node);
  if (bare.type !== 'MemberExpression') return false;
  const object = unwrap(bare.object);
  return object.type === 'MemberExpression' && unwrap(object.object).type === 'MetaProperty';
}
