// Writes to persistent browser storage: `localStorage` (also through `window.`, `globalThis.`, `self.`
// and local aliases), storage wrapper libraries, and cookies written by script (`document.cookie`,
// js-cookie, the Cookie Store API).
import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { SCRIPT_COOKIE_WRITERS, STORAGE_WRAPPERS } from '../../frameworks/token-storage.ts';
import { calleeName, globalPath } from '../../ast/local-functions.ts';
import { getModuleRefs } from '../../file/modules.ts';
import { variableOf } from '../../ast/scope.ts';
import { staticKey } from '../../values/index.ts';
import { literalKey, unwrap } from '../../ast/syntax.ts';
import { fileFact, perFile } from '../../ast/per-file.ts';
import { cookieSitesAt } from '../cookies/sites.ts';

type Node = TSESTree.Node;

export interface StorageWrite {
  /** How messages name the store: `localStorage`, `localforage`, `document.cookie`. */
  readonly store: string;
  readonly kind: 'storage' | 'cookie';
  /** The key (a string, a constant), where the file spells it. */
  readonly key: string | undefined;
  readonly value: Node | undefined;
  /** The `localStorage` identifier or property to rename to `sessionStorage`, when that is a one-word change. */
  readonly rename?: Node;
}

const LIBRARIES = new Set([...STORAGE_WRAPPERS, ...SCRIPT_COOKIE_WRITERS].flatMap((library) => library.modules));
const LOADS_STORAGE_LIBRARY = fileFact<boolean>('loads a storage library');

function importsStorageLibrary(code: SourceCode): boolean {
  return perFile(code, LOADS_STORAGE_LIBRARY, () => [...getModuleRefs(code).imported].some((module) => LIBRARIES.has(module)));
}

/** Whether `node` is the browser's localStorage, and the name that spells it there if it is written out. */
export function localStorageAt(node: Node, code: SourceCode, depth = 0): { rename?: Node } | undefined {
  const bare = unwrap(node);
  const path = globalPath(bare, code);
  if (path?.length === 1 && path[0] === 'localStorage') {
    return { rename: bare.type === 'MemberExpression' ? bare.property : bare };
  }
  if (bare.type !== 'Identifier' || depth > 2) return undefined;
  // `const storage = window.localStorage`, `const { localStorage } = window`.
  const def = variableOf(code, bare)?.defs[0];
  if (def?.type !== 'Variable' || !def.node.init) return undefined;
  const declared = def.name;
  if (def.node.id === declared) return localStorageAt(def.node.init, code, depth + 1) && {};
  const property = declared.parent;
  const fromHost = globalPath(def.node.init, code)?.length === 0;
  return property?.type === 'Property' && property.value === declared && calleeName(property.key) === 'localStorage' && fromHost ? {} : undefined;
}

/** The persistent storage write a call makes, if any. */
export function storageCall(call: TSESTree.CallExpression, code: SourceCode): StorageWrite | undefined {
  const callee = unwrap(call.callee);
  const args = call.arguments.map((argument) => (argument.type === 'SpreadElement' ? undefined : argument));
  if (callee.type === 'MemberExpression' && calleeName(callee) === 'setItem') {
    const storage = localStorageAt(callee.object, code);
    if (storage) return { store: 'localStorage', kind: 'storage', key: keyOf(args[0], code), value: args[1], ...storage };
  }
  const modules = getModuleRefs(code);
  if (!importsStorageLibrary(code)) return scriptCookieLibrary(call, code) ?? scriptCookieStore(callee, args, code);
  for (const wrapper of STORAGE_WRAPPERS) {
    if (!modules.is(callee, wrapper.modules, ...wrapper.path)) continue;
    if (wrapper.storageArgument !== undefined) {
      const storage = args[wrapper.storageArgument];
      if (storage && !localStorageAt(storage, code)) return undefined;
    }
    const key = 'argument' in wrapper.key ? args[wrapper.key.argument] : propertyValue(args[0], wrapper.key.property);
    return { store: wrapper.label, kind: 'storage', key: keyOf(key, code), value: wrapper.value === undefined ? undefined : args[wrapper.value] };
  }
  for (const writer of SCRIPT_COOKIE_WRITERS) {
    if (modules.is(callee, writer.modules, ...writer.path)) return { store: writer.label, kind: 'cookie', key: keyOf(args[0], code), value: args[1] };
  }
  return scriptCookieLibrary(call, code) ?? scriptCookieStore(callee, args, code);
}

/** A browser cookie library of the cookie model (ngx-cookie-service, universal-cookie, cookies-next in the browser). */
function scriptCookieLibrary(call: TSESTree.CallExpression, code: SourceCode): StorageWrite | undefined {
  const site = cookieSitesAt(call, code).find((candidate) => candidate.api.side === 'browser' && candidate.side === 'browser' && candidate.node === call);
  return site && !site.deletion ? { store: site.api.label, kind: 'cookie', key: site.name, value: site.valueNode } : undefined;
}

/** The Cookie Store API: `cookieStore.set(name, value)` or `cookieStore.set({ name, value })`. */
function scriptCookieStore(callee: Node, args: readonly (Node | undefined)[], code: SourceCode): StorageWrite | undefined {
  if (calleeName(callee) !== 'set') return undefined;
  const path = globalPath(callee, code);
  if (path?.length === 2 && path[0] === 'cookieStore' && path[1] === 'set') {
    const [first] = args;
    const object = first && unwrap(first).type === 'ObjectExpression';
    return { store: 'cookieStore.set', kind: 'cookie', key: keyOf(object ? propertyValue(first, 'name') : first, code), value: object ? propertyValue(first, 'value') : args[1] };
  }
  return undefined;
}

/** `localStorage.token = t`, `localStorage['jwt'] = t`, `window.localStorage[KEY] = t`. */
export function storageAssignment(assignment: TSESTree.AssignmentExpression, code: SourceCode): StorageWrite | undefined {
  const left = unwrap(assignment.left);
  if (left.type !== 'MemberExpression') return undefined;
  if (isDocumentCookie(left, code)) return { store: 'document.cookie', kind: 'cookie', key: undefined, value: assignment.right };
  const storage = localStorageAt(left.object, code);
  if (!storage) return undefined;
  return { store: 'localStorage', kind: 'storage', key: left.computed ? keyOf(left.property, code) : literalKey(left.property), value: assignment.right, ...storage };
}

function isDocumentCookie(node: TSESTree.MemberExpression, code: SourceCode): boolean {
  const path = globalPath(node, code);
  return path?.length === 2 && path[0] === 'document' && path[1] === 'cookie';
}

function propertyValue(node: Node | undefined, key: string): Node | undefined {
  const bare = node && unwrap(node);
  if (bare?.type !== 'ObjectExpression') return undefined;
  const property = bare.properties.find((candidate) => candidate.type === 'Property' && !candidate.computed && calleeName(candidate.key) === key);
  return property?.type === 'Property' ? property.value : undefined;
}

function keyOf(node: Node | undefined, code: SourceCode): string | undefined {
  return node ? staticKey(node, code) : undefined;
}

const HOLE = '\u0000';

/** The name a `document.cookie = …` string sets, and whether it deletes the cookie (empty value, past expiry). */
export function scriptCookie(value: Node, code: SourceCode): { name: string | undefined; deletes: boolean } {
  const text = textWithHoles(value, code);
  const separator = text.indexOf('=');
  const name = separator > 0 && !text.slice(0, separator).includes(HOLE) ? text.slice(0, separator).trim() : undefined;
  const cookieValue = separator < 0 ? '' : text.slice(separator + 1).split(';')[0]!.trim();
  const deletes = (separator >= 0 && cookieValue === '') || /;\s*(?:max-age\s*=\s*(?:0|-\d+)\s*(?:;|$)|expires\s*=[^;]*\b1970\b)/i.test(text);
  return { name, deletes };
}

function textWithHoles(node: Node, code: SourceCode): string {
  const bare = unwrap(node);
  if (bare.type === 'Literal') return typeof bare.value === 'string' ? bare.value : HOLE;
  if (bare.type === 'TemplateLiteral') {
    return bare.quasis.map((quasi, index) => quasi.value.raw + (index < bare.expressions.length ? textWithHoles(bare.expressions[index]!, code) : '')).join('');
  }
  if (bare.type === 'BinaryExpression' && bare.operator === '+') return textWithHoles(bare.left, code) + textWithHoles(bare.right, code);
  const key = staticKey(bare, code);
  return key ?? HOLE;
}
