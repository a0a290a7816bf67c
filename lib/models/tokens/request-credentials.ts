// Two sides of a static-key check in a request handler: a credential the client sent (a header,
// query or body field read from the request) and a key the server was configured with (an
// environment variable, a config lookup, an imported constant, a literal).
import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { getModuleRefs } from '../../file/modules.ts';
import { isKnown, memberKey, type PatternStep, staticValue, variableBindings } from '../../values/index.ts';
import { asSourceCode, isGlobalName, variableOf, type AnySourceCode } from '../../ast/scope.ts';
import { unwrap } from '../../ast/syntax.ts';
import { words } from '../../vocabulary/token-names.ts';
import { envName, isImportMetaEnv } from '../../file/env-reads.ts';

type Node = TSESTree.Node;

export interface RequestCredential {
  readonly kind: 'header' | 'query' | 'body';
  readonly name: string;
}

// Words of a header, parameter or setting that carries a credential.
const CREDENTIAL_WORDS = new Set(['key', 'apikey', 'token', 'auth', 'authorization', 'secret', 'password', 'passwd', 'bearer', 'credential', 'credentials']);
// Machine-to-machine checks (cron jobs, webhooks, internal services, metrics scrapers) are not user sessions.
const MACHINE_WORDS = new Set([
  'cron', 'webhook', 'webhooks', 'hook', 'hooks', 'internal', 'service', 'services', 'worker', 'job', 'jobs', 'metrics', 'health', 'healthcheck',
  'prometheus', 'signing', 'signature', 'sig', 'hmac', 'sync', 'm2m', 'machine', 'system', 'integration', 'bot', 'csrf', 'xsrf', 'idempotency',
  // Next.js on-demand revalidation (`/api/revalidate?secret=`) is called by a CMS or a deploy job.
  'revalidate', 'revalidation',
]);
// `REFRESH_CACHE_SECRET`, `purgeCacheKey`: a job that refreshes a cache, not a user.
const CACHE_JOBS = new Set(['refresh', 'purge', 'invalidate', 'clear', 'bust', 'warm']);

function isMachine(parts: readonly string[]): boolean {
  return parts.some((word, index) => MACHINE_WORDS.has(word) || (word === 'cache' && index > 0 && CACHE_JOBS.has(parts[index - 1]!)));
}
// `token_endpoint_auth_method`, `authType`, `auth_scheme`: a setting about a credential, not one.
const METADATA_HEADS = new Set(['method', 'methods', 'type', 'types', 'mode', 'scheme', 'kind', 'format', 'style', 'version', 'provider', 'strategy']);
// Methods that reshape a credential without changing whose it is.
const TRANSFORMS = new Set(['trim', 'replace', 'replaceAll', 'slice', 'substring', 'substr', 'toString', 'split', 'at', 'valueOf']);
const HEADER_GETTERS = new Set(['get', 'header', 'getHeader', 'getRequestHeader']);
const CONFIG_OWNERS = /(?:^|[^a-z])(?:config|configuration|settings|env|secrets|options)(?:[^a-z]|$)|Config|Service$/i;
const ENV_PUBLIC_PREFIX = /^(?:VITE_|NEXT_PUBLIC_|REACT_APP_|EXPO_PUBLIC_|VUE_APP_|NUXT_PUBLIC_|PUBLIC_|GATSBY_)/;
const MAX_DEPTH = 8;
const AUTH_SCHEMES = /^(?:bearer|basic|digest|token|apikey|negotiate)$/i;
const SCHEME_PREFIX = /^(?:bearer|basic|token|apikey)\s+(?=\S)/i;

/** True when a header, parameter or setting name says it carries a user credential. */
export function isCredentialName(name: string): boolean {
  const parts = words(name);
  if (isMachine(parts) || METADATA_HEADS.has(parts.at(-1) ?? '')) return false;
  const credentials = parts.filter((word) => CREDENTIAL_WORDS.has(word));
  if (credentials.length === 0) return false;
  // `templateKey`, `sortKey`, `cacheKey`: a bare `key` needs a word that makes it a credential.
  return !(credentials.every((word) => word === 'key') && parts.length > 1 && !parts.some((word) => KEY_QUALIFIERS.has(word)));
}

const KEY_QUALIFIERS = new Set(['x', 'api', 'access', 'secret', 'auth', 'client', 'license', 'licence', 'admin', 'master', 'private', 'app', 'user', 'account', 'session', 'customer', 'partner', 'tenant']);

/** True when the name says a machine-to-machine secret (cron, webhook, internal service). */
export function isMachineName(name: string): boolean {
  return isMachine(words(name));
}

/** The request value `node` reads, if it is a credential-named header, query or body field. */
export function requestCredential(node: Node, sourceCode: AnySourceCode): RequestCredential | undefined {
  const found = read(unwrap(node), asSourceCode(sourceCode), 0);
  return found && isCredentialName(found.name) ? found : undefined;
}

function read(node: Node, code: SourceCode, depth: number): RequestCredential | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const next = (child: Node): RequestCredential | undefined => read(unwrap(child), code, depth + 1);
  switch (node.type) {
    case 'ChainExpression':
    case 'AwaitExpression':
      return next(node.type === 'ChainExpression' ? node.expression : node.argument);
    case 'Identifier': {
      const variable = variableOf(code, node);
      const bindings = variable ? variableBindings(variable, code) : undefined;
      const binding = bindings?.list.length === 1 ? bindings.list[0]! : undefined;
      if (!binding) return undefined;
      return binding.path.length === 0 ? next(binding.rhs) : destructured(unwrap(binding.rhs), binding.path, code);
    }
    case 'MemberExpression': {
      const key = memberKey(node, code);
      const object = unwrap(node.object);
            // `x.split(' ')[1]`; `[0]` is the scheme (`Bearer`), not the credential.
      if (object.type === 'CallExpression' && key !== undefined && /^[1-9]\d*$/.test(key)) return next(object);
      const container = key === undefined ? undefined : containerKind(object, code);
      return container && key !== undefined ? { kind: container, name: key } : undefined;
    }
    case 'CallExpression': {
      const callee = unwrap(node.callee);
      const [first, second] = node.arguments;
      if (callee.type === 'Identifier') {
        if (isGlobalName(code, callee, 'String')) return first ? next(first) : undefined;
        // h3: getHeader(event, 'x-api-key'), getRequestHeader(event, name)
        if (HEADER_GETTERS.has(callee.name) && second && first && isRequestRoot(unwrap(first), code)) return named('header', second, code);
        return undefined;
      }
      if (callee.type !== 'MemberExpression') return undefined;
      const method = memberKey(callee, code);
      const object = unwrap(callee.object);
      if (method === 'from' && isBuffer(object, code)) return first ? next(first) : undefined;
      if (method !== undefined && TRANSFORMS.has(method)) return next(object);
      if (method === undefined || !HEADER_GETTERS.has(method) || !first) return undefined;
      // `url.searchParams.get('api_key')`, `request.headers.get('x-api-key')`, `req.get('x-api-key')`, `c.req.header('x-api-key')`.
      const owner = object.type === 'MemberExpression' ? memberKey(object, code) : undefined;
      if (owner === 'searchParams') return named('query', first, code);
      if (owner === 'headers' || isRequestRoot(rootOf(object), code)) return named('header', first, code);
      return undefined;
    }
    default:
      return undefined;
  }
}

/** `const { 'x-api-key': key } = req.headers`. */
function destructured(rhs: Node, path: readonly PatternStep[], code: SourceCode): RequestCredential | undefined {
  if (path.length !== 1) return undefined;
  const container = containerKind(rhs, code);
  return container ? { kind: container, name: path[0]!.key } : undefined;
}

/** What a request object's member holds: `req.headers`, `ctx.request.query`, `request.body`. */
function containerKind(node: Node, code: SourceCode): RequestCredential['kind'] | undefined {
  if (node.type !== 'MemberExpression') return undefined;
  const key = memberKey(node, code);
  const kind = key === 'headers' || key === 'header' ? 'header' : key === 'query' ? 'query' : key === 'body' ? 'body' : undefined;
  return kind && isRequestRoot(rootOf(node.object), code) ? kind : undefined;
}

function named(kind: RequestCredential['kind'], node: Node, code: SourceCode): RequestCredential | undefined {
  const value = staticValue(node, code);
  return isKnown(value) && typeof value.value === 'string' ? { kind, name: value.value } : undefined;
}

function rootOf(node: Node): Node {
  let current = unwrap(node);
  while (current.type === 'MemberExpression' || current.type === 'ChainExpression' || current.type === 'CallExpression') {
    current = unwrap(current.type === 'MemberExpression' ? current.object : current.type === 'ChainExpression' ? current.expression : current.callee);
  }
  return current;
}

/** A handler's request (a parameter), or a request obtained by a call (`context.switchToHttp().getRequest()`, `await headers()`). */
function isRequestRoot(node: Node, code: SourceCode): boolean {
  if (node.type !== 'Identifier') return false;
  const variable = variableOf(code, node);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (def?.type === 'Parameter') return true;
  const bindings = def?.type === 'Variable' && variable ? variableBindings(variable, code) : undefined;
  const rhs = bindings?.list.length === 1 && bindings.list[0]!.path.length === 0 ? unwrap(bindings.list[0]!.rhs) : undefined;
  const call = rhs?.type === 'AwaitExpression' ? unwrap(rhs.argument) : rhs;
  return call?.type === 'CallExpression' || call?.type === 'NewExpression';
}

/** `Buffer`, the global or imported from node:buffer. */
export function isBuffer(node: Node, sourceCode: AnySourceCode): boolean {
  const code = asSourceCode(sourceCode);
  return isGlobalName(code, node, 'Buffer') || getModuleRefs(code).is(node, ['buffer', 'node:buffer'], 'Buffer');
}

export interface ConfiguredKey {
  /** How messages name it: `API_KEY`, `config.apiKey`, or 'a hard-coded value'. */
  readonly name: string;
  readonly literal: boolean;
}

/** The single key a server compares requests with, when it is configuration or a literal. */
export function configuredKey(node: Node, sourceCode: AnySourceCode): ConfiguredKey | undefined {
  const found = configured(unwrap(node), asSourceCode(sourceCode), 0);
  if (!found || found.literal) return found;
  return isCredentialName(found.name) ? found : undefined;
}

/**
 * Whether a value is the server's configuration rather than a user's: an environment variable, a config
 * lookup, or a class field the file sets from one (`this.apiKey = this.configurationService.get('KEY')`).
 */
export function isConfiguredValue(node: Node, sourceCode: AnySourceCode): boolean {
  const code = asSourceCode(sourceCode);
  const bare = unwrap(node);
  if (bare.type === 'MemberExpression' && unwrap(bare.object).type === 'ThisExpression') {
    const key = memberKey(bare, code);
    const assigned = key === undefined ? undefined : new RegExp(`this\\.${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*=\\s*([^;\\n]{1,120})`).exec(code.text);
    return assigned !== undefined && assigned !== null && CONFIG_OWNERS.test(assigned[1]!);
  }
  // `config.EXA_API_KEY`, `process.env.REVALIDATE_TOKEN`, `config.get('API_KEY')`; not `editorConfig.embedded.token`,
  // an object the app passes around.
  const found = configured(bare, code, 0);
  return found !== undefined && !found.literal && /^[A-Z][A-Z0-9_]*$/.test(found.name.split('.').at(-1)!);
}

function configured(node: Node, code: SourceCode, depth: number): ConfiguredKey | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const next = (child: Node): ConfiguredKey | undefined => configured(unwrap(child), code, depth + 1);
  const value = staticValue(node, code);
  if (isKnown(value)) {
    // `'Basic YWRtaW46c2VjcmV0'`: the credential after the scheme.
    const text = typeof value.value === 'string' ? value.value.replace(SCHEME_PREFIX, '') : '';
    return text.length >= 6 && !/\s/.test(text) && !AUTH_SCHEMES.test(text) ? { name: 'a hard-coded value', literal: true } : undefined;
  }
  switch (node.type) {
    case 'TemplateLiteral':
      // `Bearer ${process.env.API_TOKEN}`
      return node.expressions.length === 1 ? next(node.expressions[0]!) : undefined;
    case 'BinaryExpression': {
      if (node.operator !== '+') return undefined;
      const left = staticValue(node.left, code);
      return isKnown(left) ? next(node.right) : undefined;
    }
    case 'MemberExpression': {
      const env = envName(node, code);
      if (env !== undefined) return { name: env, literal: false };
      const key = memberKey(node, code);
      if (key === undefined) return undefined;
      const root = rootOf(node.object);
      if (root.type === 'ThisExpression' || isImported(root, code) || (root.type === 'Identifier' && CONFIG_OWNERS.test(root.name))) {
        return { name: code.getText(node), literal: false };
      }
      return undefined;
    }
    case 'CallExpression': {
      // `config.get('API_KEY')`, `this.configService.get<string>('API_KEY')`, `Deno.env.get('API_KEY')`.
      const callee = unwrap(node.callee);
      const [first] = node.arguments;
      if (callee.type !== 'MemberExpression' || !first || !['get', 'getOrThrow'].includes(memberKey(callee, code) ?? '')) return undefined;
      const owner = code.getText(callee.object);
      const name = staticValue(first, code);
      return CONFIG_OWNERS.test(owner) && isKnown(name) && typeof name.value === 'string' ? { name: name.value, literal: false } : undefined;
    }
    case 'Identifier': {
      if (isImported(node, code)) return { name: node.name, literal: false };
      const variable = variableOf(code, node);
      const bindings = variable ? variableBindings(variable, code) : undefined;
      const binding = bindings?.list.length === 1 ? bindings.list[0]! : undefined;
      if (!binding) return undefined;
      if (binding.path.length === 0) return next(binding.rhs);
      // `const { API_KEY } = process.env`
      const rhs = unwrap(binding.rhs);
      return binding.path.length === 1 && rhs.type === 'MemberExpression' && memberKey(rhs, code) === 'env' ? { name: binding.path[0]!.key, literal: false } : undefined;
    }
    default:
      return undefined;
  }
}

/** A build-time variable that bundlers inline into browser code: `import.meta.env.VITE_KEY`, `process.env.NEXT_PUBLIC_KEY`. */
export function publicEnvName(node: Node, sourceCode: AnySourceCode): string | undefined {
  const code = asSourceCode(sourceCode);
  const bare = unwrap(node);
  if (bare.type === 'Identifier') {
    const ref = getModuleRefs(code).resolve(bare);
    return ref?.module === '$env/static/public' ? ref.path.at(-1) : undefined;
  }
  const name = envName(bare, code);
  return name !== undefined && (isImportMetaEnv(bare) || ENV_PUBLIC_PREFIX.test(name)) ? name : undefined;
}

function isImported(node: Node, code: SourceCode): boolean {
  if (node.type !== 'Identifier') return false;
  return variableOf(code, node)?.defs[0]?.type === 'ImportBinding';
}
