import type { TSESTree } from '@typescript-eslint/utils';
import type { Scope, SourceCode as TSSourceCode } from '@typescript-eslint/utils/ts-eslint';
import type { SourceCode as ESLintSourceCode } from 'eslint';

/** Either flavour of `context.sourceCode`: rules typed with `eslint` or with `@typescript-eslint/utils`. */
export type AnySourceCode = ESLintSourceCode | TSSourceCode;

export type Variable = Scope.Variable;

/** One view of the source code inside the analyses; both flavours are the same object at run time. */
export function asSourceCode(sourceCode: AnySourceCode): TSSourceCode {
  return sourceCode as TSSourceCode;
}

/** The variable `id` refers to, found through the scope manager, or null for an undeclared global. */
export function variableOf(sourceCode: TSSourceCode, id: TSESTree.Identifier): Variable | null {
  return variableNamed(sourceCode.getScope(id), id.name);
}

/** The variable `name` means in `scope`: declared there or in a scope around it. */
export function variableNamed(scope: Scope.Scope, name: string): Variable | null {
  for (let current: Scope.Scope | null = scope; current; current = current.upper) {
    const variable = current.set.get(name);
    if (variable) return variable;
  }
  return null;
}

/**
 * True when `id` only spells a name (`o.name`, `{ name: … }`, `class { name() {} }`, labels,
 * `import { name as x }`) and so refers to no variable, whatever variable shares its text.
 */
export function isPropertyName(id: TSESTree.Identifier): boolean {
  const parent = id.parent;
  switch (parent.type) {
    case 'MemberExpression':
      return parent.property === id && !parent.computed;
    case 'Property':
    case 'MethodDefinition':
    case 'PropertyDefinition':
    case 'AccessorProperty':
    case 'TSPropertySignature':
    case 'TSAbstractMethodDefinition':
    case 'TSAbstractPropertyDefinition':
      return parent.key === id && !parent.computed;
    case 'ImportSpecifier':
      return parent.imported === id && parent.local !== id;
    case 'ExportSpecifier':
      return parent.exported === id && parent.local !== id;
    case 'LabeledStatement':
    case 'BreakStatement':
    case 'ContinueStatement':
    case 'MetaProperty':
      return true;
    case 'TSQualifiedName':
      return parent.right === id;
    default:
      return false;
  }
}

/**
 * True when `id` is the host's global `name`: undeclared (ES modules get no `require`), or declared
 * only by configuration (`globals`, sourceType commonjs), never by the file itself.
 */
export function isGlobalName(sourceCode: TSSourceCode, id: TSESTree.Node, name: string): boolean {
  if (id.type !== 'Identifier' || id.name !== name || isPropertyName(id)) return false;
  const variable = variableOf(sourceCode, id);
  return variable === null || (variable.scope.type === 'global' && variable.defs.length === 0);
}
