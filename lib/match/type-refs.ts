// Which package a TypeScript type annotation names: `const authOptions: NextAuthOptions`, `private
// jwt: JwtService`, `{...} satisfies SessionOptions`. Type-only imports count here (they are what type
// annotations use), unlike value provenance in modules.ts.
import type { TSESTree } from '@typescript-eslint/utils';
import type { ModuleRef } from '../file/modules.ts';
import { asSourceCode, variableOf, type AnySourceCode } from '../ast/scope.ts';

type Node = TSESTree.Node;

/** The imported type a type annotation (or the type node itself) names, e.g. `{ module: 'jose', path: ['JWTPayload'] }`. */
export function typeRef(node: Node | undefined, sourceCode: AnySourceCode): ModuleRef | undefined {
  const type = node?.type === 'TSTypeAnnotation' ? node.typeAnnotation : node;
  if (type?.type !== 'TSTypeReference') return undefined;
  const names: string[] = [];
  let name: TSESTree.EntityName = type.typeName;
  while (name.type === 'TSQualifiedName') {
    names.unshift(name.right.name);
    name = name.left;
  }
  if (name.type !== 'Identifier') return undefined;
  const variable = variableOf(asSourceCode(sourceCode), name);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (def?.type !== 'ImportBinding') return undefined;
  const specifier = def.node;
  if (specifier.type === 'TSImportEqualsDeclaration') return undefined;
  const module = (specifier.parent as TSESTree.ImportDeclaration).source.value;
  if (specifier.type !== 'ImportSpecifier') return { module, path: names };
  const imported = specifier.imported.type === 'Identifier' ? specifier.imported.name : String(specifier.imported.value);
  return { module, path: [imported, ...names] };
}

/** True when the annotation names `path` exported by one of `modules`. */
export function isTypeFrom(node: Node | undefined, sourceCode: AnySourceCode, modules: readonly string[], path: readonly string[]): boolean {
  const ref = typeRef(node, sourceCode);
  return !!ref && modules.includes(ref.module) && ref.path.length === path.length && ref.path.every((part, index) => part === path[index]);
}
