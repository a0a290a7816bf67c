// Where a file hands a session library its own id generator: express-session `genid`, @fastify/session
// `idGenerator`, yar `customSessionIDGenerator`, Auth.js `session.generateSessionToken`, h3 `generateId`.
import type { TSESTree } from '@typescript-eslint/utils';
import { ID_GENERATOR_OPTIONS, type IdGeneratorOption } from '../../frameworks/token-id-generators.ts';
import { calleeName } from '../../ast/local-functions.ts';
import { getModuleRefs } from '../../file/modules.ts';
import { asSourceCode, isGlobalName, type AnySourceCode } from '../../ast/scope.ts';
import { objectShape, type ObjectShape } from '../../values/index.ts';
import { unwrap } from '../../ast/syntax.ts';
import { fileFact, perFile } from '../../ast/per-file.ts';

type Node = TSESTree.Node;

export interface GeneratorOptionSite {
  readonly row: IdGeneratorOption;
  /** The option's value: a function, or a reference to one. */
  readonly value: Node;
}

const MODULES = new Set(ID_GENERATOR_OPTIONS.flatMap((row) => row.match.modules));
const NUXT_GLOBALS = new Set(ID_GENERATOR_OPTIONS.flatMap((row) => (row.match.kind === 'call' && row.match.nuxtGlobal ? row.match.path : [])));
const CONFIG_TYPES = new Set(ID_GENERATOR_OPTIONS.flatMap((row) => row.configTypes ?? []));

const LOADS_SESSION_LIBRARY = fileFact<boolean>('loads an id-generating session library');

function importsSessionLibrary(code: ReturnType<typeof asSourceCode>): boolean {
  return perFile(code, LOADS_SESSION_LIBRARY, () => [...getModuleRefs(code).imported].some((module) => MODULES.has(module)));
}

/** The generator options a call passes to a session library. */
export function generatorOptionsOfCall(call: TSESTree.CallExpression, sourceCode: AnySourceCode): GeneratorOptionSite[] {
  const code = asSourceCode(sourceCode);
  const name = calleeName(call.callee);
  const nuxt = name !== undefined && NUXT_GLOBALS.has(name) && isGlobalName(code, unwrap(call.callee), name);
  if (!nuxt && !importsSessionLibrary(code)) return [];
  const modules = getModuleRefs(code);
  const register = name === 'register' && call.callee.type === 'MemberExpression' && call.arguments[0] !== undefined;
  // Only a call of a module's export, an auto-import or a plugin registration can configure a library.
  if (!nuxt && !register && !modules.resolve(call.callee)) return [];
  const sites: GeneratorOptionSite[] = [];
  for (const row of ID_GENERATOR_OPTIONS) {
    const { match } = row;
    let configs: (Node | undefined)[] = [];
    if (match.kind === 'call') {
      const matches = modules.is(call.callee, match.modules, ...match.path) || (match.nuxtGlobal === true && nuxt && name === match.path[0]);
      if (matches) configs = call.arguments;
    } else if (register) {
      configs = match.host === 'fastify' ? fastifyConfig(call, match.modules, modules) : hapiConfigs(call.arguments[0]!, match.modules, modules, code);
    }
    for (const config of configs) {
      const value = config && optionValue(objectShape(config, code), row.option);
      if (value) sites.push({ row, value });
    }
  }
  return sites;
}

/** The generator options of a configuration object declared with a library's type (`const authOptions: NextAuthOptions = {…}`). */
export function generatorOptionsOfTypedConfig(typeName: string, config: Node, sourceCode: AnySourceCode): GeneratorOptionSite[] {
  if (!CONFIG_TYPES.has(typeName)) return [];
  const shape = objectShape(config, sourceCode);
  const sites: GeneratorOptionSite[] = [];
  const seen = new Set<string>();
  for (const row of ID_GENERATOR_OPTIONS) {
    const key = row.option.join('.');
    if (!row.configTypes?.includes(typeName) || seen.has(key)) continue;
    seen.add(key);
    const value = optionValue(shape, row.option);
    if (value) sites.push({ row, value });
  }
  return sites;
}

function fastifyConfig(call: TSESTree.CallExpression, wanted: readonly string[], modules: ReturnType<typeof getModuleRefs>): (Node | undefined)[] {
  return modules.is(call.arguments[0]!, wanted) ? [call.arguments[1]] : [];
}

function hapiConfigs(argument: Node, wanted: readonly string[], modules: ReturnType<typeof getModuleRefs>, code: ReturnType<typeof asSourceCode>): (Node | undefined)[] {
  const bare = unwrap(argument);
  const registrations = bare.type === 'ArrayExpression' ? bare.elements : [bare];
  return registrations.flatMap((registration) => {
    if (!registration || registration.type === 'SpreadElement') return [];
    const shape = objectShape(registration, code);
    const plugin = shape?.get('plugin')?.valueNode;
    return plugin && modules.is(plugin, wanted) ? [shape!.get('options')?.valueNode] : [];
  });
}

function optionValue(shape: ObjectShape | undefined, path: readonly string[]): Node | undefined {
  let current = shape;
  for (const [index, key] of path.entries()) {
    const entry = current?.get(key);
    if (!entry) return undefined;
    if (index === path.length - 1) return entry.valueNode;
    current = entry.shape();
  }
  return undefined;
}
