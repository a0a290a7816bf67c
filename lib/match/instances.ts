import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { getModuleRefs } from '../file/modules.ts';
import { memberKey, variableBindings } from '../values/index.ts';
import { variableOf } from '../ast/scope.ts';
import { unwrap } from '../ast/syntax.ts';
import { isTypeFrom } from './type-refs.ts';

// Whether a receiver is an instance of a class a package exports: `new Cookies()`, an Angular or
// NestJS service injected into a constructor parameter (`private cookies: CookieService`) or with
// `inject(CookieService)`, a parameter, variable or class field typed with the class, or a variable
// holding any of these. The class's name alone proves nothing: the import must be shown.

type Node = TSESTree.Node;

export interface Instance {
  /** The `new X(…)` that made it, when the file shows it (its arguments can carry defaults). */
  readonly created: TSESTree.NewExpression | undefined;
}

/** The instance `node` denotes, of the class `path` exported by one of `modules`; undefined when not shown. */
export function instanceOf(node: Node, code: SourceCode, modules: readonly string[], path: readonly string[], depth = 0): Instance | undefined {
  const bare = unwrap(node);
  const refs = getModuleRefs(code);
  const isClass = (candidate: Node): boolean => refs.is(candidate, modules, ...path);
  if (bare.type === 'NewExpression') return isClass(bare.callee) ? { created: bare } : undefined;
  // Angular's `inject(CookieService)`.
  if (bare.type === 'CallExpression') {
    const [argument] = bare.arguments;
    return argument && argument.type !== 'SpreadElement' && refs.is(bare.callee, '@angular/core', 'inject') && isClass(argument) ? { created: undefined } : undefined;
  }
  const typed = (annotation: TSESTree.TSTypeAnnotation | undefined): boolean => isTypeFrom(annotation, code, modules, path);
  if (bare.type === 'MemberExpression' && unwrap(bare.object).type === 'ThisExpression') {
    const name = memberKey(bare, code);
    const body = enclosingClassBody(bare);
    const member = name === undefined || !body ? undefined : classMember(body, name);
    if (!member) return undefined;
    if (typed(member.typeAnnotation)) return { created: undefined };
    return member.value && depth < 3 ? instanceOf(member.value, code, modules, path, depth + 1) : undefined;
  }
  if (bare.type !== 'Identifier' || depth > 3) return undefined;
  const variable = variableOf(code, bare);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!def) return undefined;
  if (typed((def.name as TSESTree.Identifier).typeAnnotation)) return { created: undefined };
  const bindings = variableBindings(variable!, code);
  const binding = bindings?.list.length === 1 ? bindings.list[0]! : undefined;
  return binding && binding.path.length === 0 ? instanceOf(binding.rhs, code, modules, path, depth + 1) : undefined;
}

/** The class body `this` refers to at `node`: arrow functions keep the method's `this`. */
function enclosingClassBody(node: Node): TSESTree.ClassBody | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === 'FunctionExpression' || current.type === 'FunctionDeclaration') {
      const owner = current.parent;
      return owner?.type === 'MethodDefinition' ? owner.parent : undefined;
    }
    if (current.type === 'PropertyDefinition') return current.parent;
  }
  return undefined;
}

/** The class's field or constructor parameter property `name`: its type annotation and initial value. */
function classMember(body: TSESTree.ClassBody, name: string): { typeAnnotation: TSESTree.TSTypeAnnotation | undefined; value: Node | null } | undefined {
  for (const member of body.body) {
    if (member.type === 'PropertyDefinition' && !member.computed && !member.static && member.key.type === 'Identifier' && member.key.name === name) return member;
    if (member.type !== 'MethodDefinition' || member.kind !== 'constructor') continue;
    for (const parameter of member.value.params) {
      if (parameter.type !== 'TSParameterProperty') continue;
      const inner = parameter.parameter.type === 'AssignmentPattern' ? parameter.parameter.left : parameter.parameter;
      if (inner.type === 'Identifier' && inner.name === name) return { typeAnnotation: inner.typeAnnotation, value: null };
    }
  }
  return undefined;
}
