import type { TSESTree } from '@typescript-eslint/utils';
import { codeSide } from '../file/code-side.ts';
import { getModuleRefs } from '../file/modules.ts';
import { headerAssigned, headersSentBy, isRelativeUrl, type OutgoingHeader } from '../models/tokens/outgoing-requests.ts';
import { configuredKey, isBuffer, isCredentialName, publicEnvName, requestCredential, type ConfiguredKey, type RequestCredential } from '../models/tokens/request-credentials.ts';
import { isKnown, memberKey, staticValue } from '../values/index.ts';
import { unwrap } from '../ast/syntax.ts';
import { words } from '../vocabulary/token-names.ts';
import { createRule } from '../utils/create-rule.ts';

export type MessageIds = 'sharedKeyCheck' | 'hardcodedCredential' | 'publicBuildKey';
type Node = TSESTree.Node;

const COMPARISONS = new Set(['===', '==', '!==', '!=']);
// `timingSafeEqual`, `safeCompare`, `secureCompare`, `constantTimeEquals`, tsscmp.
const COMPARE_WORDS = new Set(['equal', 'equals', 'compare', 'cmp']);
const SAFE_WORDS = new Set(['safe', 'secure', 'timing', 'constant', 'tsscmp']);
const CRYPTO_MODULES = new Set(['crypto', 'node:crypto']);
const AUTHORIZATION_HEADERS = new Set(['authorization', 'proxy-authorization']);
const SCHEME_CREDENTIAL = /^(?:bearer|token|basic|apikey|api-key|key)\s+(\S{6,})$/i;
const JWT = /^eyJ[\w-]+\.eyJ[\w-]+\.[\w-]*$/;
// Headers whose words mention a key or token but do not carry a user credential, or carry a key its
// provider designs to be public (search-only Algolia keys, referrer-restricted Google keys).
const NOT_CREDENTIAL_HEADERS = new Set([
  'idempotency', 'csrf', 'xsrf', 'request', 'trace', 'correlation', 'cache', 'publishable', 'public', 'anon', 'site', 'recaptcha', 'captcha',
  'turnstile', 'algolia', 'goog', 'mapbox', 'sentry',
]);

export default createRule<MessageIds>({
  name: 'no-static-api-key-auth',
  meta: {
    type: 'problem',
    messages: {
      sharedKeyCheck: '{{source}} is compared with one static key ({{key}}): every client shares it and it never expires; authenticate users with per-user sessions or tokens.',
      hardcodedCredential: "The '{{header}}' header sends a hard-coded credential from browser code, where anyone can read it; authenticate users with their own session or token.",
      publicBuildKey: "The '{{header}}' header sends `{{name}}`, a build-time value bundled into browser code for every user; authenticate users with their own session or token.",
    },
    schema: [],
  },
  create(context) {
    const sourceCode = context.sourceCode;
    const reported = new Set<Node>();

    return {
      BinaryExpression(node: TSESTree.BinaryExpression) {
        if (!COMPARISONS.has(node.operator) || node.left.type === 'PrivateIdentifier') return;
        checkComparison(node, node.left, node.right);
      },
      CallExpression(node: TSESTree.CallExpression) {
        const [first, second] = node.arguments;
        if (first && second && first.type !== 'SpreadElement' && second.type !== 'SpreadElement' && isConstantTimeCompare(node.callee)) {
          checkComparison(node, bytesOf(first), bytesOf(second));
        }
        if (first && first.type !== 'SpreadElement' && node.arguments.length === 1) checkIncludes(node, first);
        checkHeaders(headersSentBy(node, sourceCode));
      },
      NewExpression(node: TSESTree.NewExpression) {
        checkHeaders(headersSentBy(node, sourceCode));
      },
      'AssignmentExpression[operator="="]'(node: TSESTree.AssignmentExpression) {
        checkHeaders(headerAssigned(node, sourceCode));
      },
    };

    function checkComparison(node: Node, left: Node, right: Node): void {
      if (isDeferredPredicate(node)) return;
      const match = pair(left, right) ?? pair(right, left);
      if (match) report(node, match.credential, match.key);
    }

    function pair(request: Node, configured: Node): { credential: RequestCredential; key: ConfiguredKey } | undefined {
      const credential = requestCredential(request, sourceCode);
      const key = credential && configuredKey(configured, sourceCode);
      return credential && key ? { credential, key } : undefined;
    }

    /** `[process.env.API_KEY].includes(key)`: an allow-list of one is one shared key. */
    function checkIncludes(node: TSESTree.CallExpression, argument: Node): void {
      const callee = unwrap(node.callee);
      if (callee.type !== 'MemberExpression' || memberKey(callee, sourceCode) !== 'includes') return;
      const list = unwrap(callee.object);
      const credential = requestCredential(argument, sourceCode);
      if (!credential || list.type !== 'ArrayExpression' || list.elements.length !== 1) return;
      const [only] = list.elements;
      const key = only && only.type !== 'SpreadElement' ? configuredKey(only, sourceCode) : undefined;
      if (key) report(node, credential, key);
    }

    function report(node: Node, credential: RequestCredential, key: ConfiguredKey): void {
      const what = credential.kind === 'header' ? 'header' : credential.kind === 'query' ? 'query parameter' : 'body field';
      context.report({ node, messageId: 'sharedKeyCheck', data: { source: `The '${credential.name}' ${what}`, key: key.literal ? key.name : `\`${key.name}\`` } });
    }

    function isConstantTimeCompare(callee: Node): boolean {
      const bare = unwrap(callee);
      const name = bare.type === 'Identifier' ? bare.name : bare.type === 'MemberExpression' ? memberKey(bare, sourceCode) : undefined;
      const parts = name === undefined ? [] : words(name);
      if (parts.some((word) => COMPARE_WORDS.has(word) || word === 'tsscmp') && parts.some((word) => SAFE_WORDS.has(word))) return true;
      // Renamed on import: `import { timingSafeEqual as same } from 'node:crypto'`.
      const modules = getModuleRefs(sourceCode);
      return modules.importsAny(CRYPTO_MODULES) && modules.is(bare, [...CRYPTO_MODULES], 'timingSafeEqual');
    }

    /** `Buffer.from(x)`, `new TextEncoder().encode(x)`: the compared value is `x`. */
    function bytesOf(node: Node): Node {
      const bare = unwrap(node);
      if (bare.type !== 'CallExpression' || !bare.arguments[0] || bare.arguments[0].type === 'SpreadElement') return bare;
      const callee = unwrap(bare.callee);
      const method = callee.type === 'MemberExpression' ? memberKey(callee, sourceCode) : undefined;
      if (callee.type === 'MemberExpression' && ((method === 'from' && isBuffer(unwrap(callee.object), sourceCode)) || method === 'encode')) return bare.arguments[0];
      return bare;
    }

    function checkHeaders(headers: readonly OutgoingHeader[]): void {
      for (const header of headers) {
        if (reported.has(header.value) || !isUserCredentialHeader(header.name)) continue;
        const browser = header.browserOnly || isRelativeUrl(header.url, sourceCode);
        const publicName = publicEnvName(stripScheme(header.value), sourceCode);
        if (publicName !== undefined && isRelativeUrl(header.url, sourceCode)) {
          reported.add(header.value);
          context.report({ node: header.value, messageId: 'publicBuildKey', data: { header: header.name, name: publicName } });
          continue;
        }
        if (!browser && codeSide(sourceCode, context.filename) !== 'client') continue;
        if (!isHardcodedCredential(header)) continue;
        reported.add(header.value);
        context.report({ node: header.value, messageId: 'hardcodedCredential', data: { header: header.name } });
      }
    }

    function isHardcodedCredential(header: OutgoingHeader): boolean {
      const value = staticValue(header.value, sourceCode);
      if (!isKnown(value) || typeof value.value !== 'string') return false;
      const text = value.value.trim();
      const token = SCHEME_CREDENTIAL.exec(text)?.[1] ?? text;
      if (JWT.test(token)) return isLiveJwt(token);
      if (AUTHORIZATION_HEADERS.has(header.name.toLowerCase())) return SCHEME_CREDENTIAL.test(text) || (token.length >= 16 && !/\s/.test(token));
      return token.length >= 8 && !/\s/.test(token);
    }

    /** `Bearer ${X}` → X, so a build-time variable behind a scheme is still seen. */
    function stripScheme(node: Node): Node {
      const bare = unwrap(node);
      if (bare.type === 'TemplateLiteral' && bare.expressions.length === 1 && bare.quasis.every((quasi, index) => index === 0 || quasi.value.cooked === '')) return bare.expressions[0]!;
      if (bare.type === 'BinaryExpression' && bare.operator === '+' && isKnown(staticValue(bare.left, sourceCode))) return bare.right;
      return bare;
    }
  },
});

function isUserCredentialHeader(name: string): boolean {
  if (AUTHORIZATION_HEADERS.has(name.toLowerCase())) return true;
  return isCredentialName(name) && !words(name).some((word) => NOT_CREDENTIAL_HEADERS.has(word));
}

/**
 * A JWT literal that still works for someone: not expired, and not a public "anon" project key
 * (Supabase-style keys are meant to ship to browsers; row-level security guards the data).
 */
function isLiveJwt(token: string): boolean {
  try {
    const payload = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as { exp?: unknown; role?: unknown };
    if (payload.role === 'anon') return false;
    return typeof payload.exp !== 'number' || payload.exp * 1000 > Date.now();
  } catch {
    return true;
  }
}

/**
 * `solveIf(challenge, () => req.body.password === 'admin123')`: a comparison that is the whole body of a
 * parameterless callback handed to another function is a condition that function records, not a check
 * that lets the request in or turns it away.
 */
function isDeferredPredicate(comparison: Node): boolean {
  let current = comparison;
  while (current.parent?.type === 'LogicalExpression' || (current.parent?.type === 'UnaryExpression' && current.parent.operator === '!')) current = current.parent;
  // `() => a === b` or `() => { return a === b }`.
  const returned = current.parent?.type === 'ReturnStatement' ? current.parent : undefined;
  const block = returned?.parent?.type === 'BlockStatement' && returned.parent.body.length === 1 ? returned.parent : undefined;
  const body = block ?? current;
  const fn = body.parent;
  if (returned && !block) return false;
  return (fn?.type === 'ArrowFunctionExpression' || fn?.type === 'FunctionExpression') && fn.body === body && fn.params.length === 0 && (fn.parent?.type === 'CallExpression' || fn.parent?.type === 'NewExpression') && fn.parent.callee !== fn;
}
