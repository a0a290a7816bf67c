import type { TSESTree } from '@typescript-eslint/utils';
import type { RuleFix, RuleFixer } from '@typescript-eslint/utils/ts-eslint';
import { calleeName, globalPath } from '../ast/local-functions.ts';
import { getModuleRefs } from '../file/modules.ts';
import { variableOf } from '../ast/scope.ts';
import { isKnown, memberKey, objectShape, staticKey, staticValue } from '../values/index.ts';
import { argumentsOpening, literalKey, unwrap } from '../ast/syntax.ts';
import { getTokenFlow } from '../models/tokens/flow.ts';
import { isDomainSessionObject } from '../models/tokens/sources.ts';
import { isCredentialTokenName, isDomainSessionName, isOneTimeTokenName, isSignedFileTokenName, isSingleUseName, isTokenName, words } from '../vocabulary/token-names.ts';
import { acceptedAsCredential, handedToBusinessSession, inAuthenticationCode } from '../models/tokens/credential-use.ts';
import { isConfiguredValue } from '../models/tokens/request-credentials.ts';
import { relative } from 'node:path';
import { inSingleUseContext, isAppDeepLink, isMailedLink, isProviderUrl, isQueryObject, isQueryReaderCall, queryValues, streamingSink, valueOriginNames } from '../models/tokens/url-query.ts';
import { createRule } from '../utils/create-rule.ts';
import { runsOnlyInDevelopment } from '../file/development-only.ts';

type Node = TSESTree.Node;

export type MessageIds = 'tokenInUrl' | 'tokenInStreamingUrl' | 'tokenFromQuery' | 'namedTokenInUrl' | 'namedTokenInStreamingUrl' | 'namedTokenFromQuery' | 'jwtFromQuery' | 'useAuthHeader';
interface RuleOptions {
  allowSingleUseLinks: boolean;
  reportNamedTokens: boolean;
  checkStreamingUrls: boolean;
}
export type Options = [Partial<RuleOptions>];

// Calls whose first argument is a URL to load or redirect to.
const URL_CALLS = new Set(['fetch', 'redirect', 'open', 'assign', 'replace', 'get', 'post', 'put', 'patch', 'delete', 'head', 'request', 'navigate', 'navigateTo', 'push', 'sendRedirect', '$fetch', 'ofetch', 'ky', 'got', 'axios', 'io']);
const URL_CONSTRUCTORS = new Set(['URL', 'Request', 'WebSocket', 'EventSource']);
const URL_PROPERTIES = new Set(['href', 'location', 'src', 'action', 'search']);
// HTTP clients and routers whose `params`, `searchParams` or `query` option becomes the query string.
const QUERY_OPTION_CALLS = new Set([...URL_CALLS, 'useFetch', 'useLazyFetch', 'connect']);
const QUERY_OPTIONS = ['params', 'searchParams', 'query'];
const BODY_CALLS = new Set(['post', 'put', 'patch', 'send']);
const QUERY_TEXT = /[?&=]/;

export default createRule<MessageIds, Options>({
  name: 'no-session-token-in-url',
  meta: {
    type: 'problem',
    hasSuggestions: true,
    messages: {
      tokenInUrl: 'Token {{token}} goes into a URL query string, which history, logs and Referer headers keep; send it in a cookie or the Authorization header.',
      tokenInStreamingUrl: 'Token {{token}} goes into the URL of {{sink}}; authenticate with the session cookie or a short-lived one-time ticket instead.',
      tokenFromQuery: "Token '{{name}}' is read from the URL query string and accepted as a credential; accept it only from a cookie or the Authorization header.",
      namedTokenInUrl: 'Value {{token}}, named like a session token, goes into a URL query string, which history, logs and Referer headers keep; if it is one, send it in a cookie or the Authorization header.',
      namedTokenInStreamingUrl: 'Value {{token}}, named like a session token, goes into the URL of {{sink}}; if it is one, authenticate with the session cookie or a short-lived one-time ticket instead.',
      namedTokenFromQuery: "Query parameter '{{name}}' is named like a session token; if it is one, accept it only from a cookie or the Authorization header.",
      jwtFromQuery: 'ExtractJwt.fromUrlQueryParameter reads the JWT from the URL query string; extract it from the Authorization header instead.',
      useAuthHeader: 'Use `ExtractJwt.fromAuthHeaderAsBearerToken()`.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          allowSingleUseLinks: {
            type: 'boolean',
            description: 'Allow tokens in links for password reset, email verification, invitations and magic links, which must travel by email.',
          },
          reportNamedTokens: {
            type: 'boolean',
            description: 'Also report values that only their name calls a token (`?token=${token}`) and `token` query parameters the file accepts as the credential or whose name means one (`access_token`, `jwt`), not only the session id, signed JWTs and credential headers or cookies.',
          },
          checkStreamingUrls: {
            type: 'boolean',
            description: 'Report tokens in `new WebSocket()` and `new EventSource()` URLs, whose headers browsers cannot set.',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ allowSingleUseLinks: true, reportNamedTokens: false, checkStreamingUrls: true }],
  },
  create(context) {
    // ESLint fills in meta.defaultOptions.
    const { allowSingleUseLinks, reportNamedTokens, checkStreamingUrls } = context.options[0] as RuleOptions;
    const sourceCode = context.sourceCode;
    const flow = getTokenFlow(sourceCode);
    const modules = getModuleRefs(sourceCode);
    const reported = new Set<Node>();
    // A single-use link's read (`/reset-password?token=`) is reported only when `allowSingleUseLinks` is off.
    const reads: { node: Node; name: string; oneTime: boolean }[] = [];
    // File-system routers (Next.js, Remix, SvelteKit) name the route by its path: `pages/reset-password.tsx`.
    const routePath = relative(context.cwd, context.filename);
    // Links built in an email template (`emails/templates/SigninEmail.tsx`) are mailed, as one-time links are.
    const mailTemplate = words(routePath).some((word) => MAIL_FOLDERS.has(word));

    function exempt(node: Node, ...names: string[]): boolean {
      return allowSingleUseLinks && (names.some((name) => isSingleUseName(name) || PROTOCOL_PARAMS.has(name)) || inSingleUseContext(node, sourceCode, isSingleUseName));
    }

    /** Names alone are weak: a one-time token, the server's own configured key or a provider's URL is not the user's session. */
    function exemptNamed(value: Node, url: Node, names: readonly string[]): boolean {
      // An emailed link is built on the app's own absolute address: with single-use links reported, it is reported.
      if (names.some(isOneTimeTokenName) || isOneTimeTokenName(routePath) || mailTemplate || inSingleUseContext(url, sourceCode, isOneTimeTokenName)) return allowSingleUseLinks;
      if (valueOriginNames(value, sourceCode).some(isSignedFileTokenName)) return allowSingleUseLinks;
      return isConfiguredValue(value, sourceCode) || isAppDeepLink(url, sourceCode) || (!streamingSink(url, sourceCode) && isProviderUrl(url, sourceCode));
    }

    /** Reports a value put into a URL query: a token it carries, or any unknown value of a token-named parameter. */
    function checkQueryValue(value: Node, param: string, url: Node, urlText: string): void {
      const token = flow.carried(value);
      if (!token && !(isTokenName(param) && !isKnown(staticValue(value, sourceCode)) && !isRedaction(value) && !isBusinessSessionId(value))) return;
      const named = token?.evidence !== 'issued';
      if ((named && !reportNamedTokens) || runsOnlyInDevelopment(url)) return;
      const label = token?.label ?? `'${param}'`;
      if (exempt(url, param, label, urlText) || (allowSingleUseLinks && isMailedLink(url, sourceCode, isSingleUseName))) return;
      // `?continuation-token=${token}`: the parameter's own name says which token it is.
      if (named && (isNamedOtherToken(param) || exemptNamed(value, url, [param, label, urlText, ...valueOriginNames(value, sourceCode)]))) return;
      const node = token && contains(value, token.node) ? token.node : value;
      if (reported.has(node)) return;
      const sink = streamingSink(url, sourceCode);
      if (sink && !checkStreamingUrls) return;
      reported.add(node);
      if (sink) context.report({ node, messageId: named ? 'namedTokenInStreamingUrl' : 'tokenInStreamingUrl', data: { token: label, sink } });
      else context.report({ node, messageId: named ? 'namedTokenInUrl' : 'tokenInUrl', data: { token: label } });
    }

    function checkString(node: TSESTree.TemplateLiteral | TSESTree.BinaryExpression): void {
      const url = outermostString(node);
      for (const { node: value, param } of queryValues(node, sourceCode, isUrlSink(url))) {
        checkQueryValue(value, param, url, sourceCode.getText(node));
      }
    }

    /** `{ token }` in `new URLSearchParams({ token })`, axios `params`, socket.io `query`: each key and value. */
    function checkParamsObject(object: Node, url: Node): void {
      const shape = objectShape(object, sourceCode);
      // An OAuth token request (`grant_type=refresh_token`) goes to the provider's token endpoint.
      if (!shape || shape.get('grant_type')) return;
      for (const key of shape.keys()) {
        const entry = shape.get(key);
        if (entry) checkQueryValue(entry.valueNode, key, url, '');
      }
    }

    // Only the method name and the argument list change, whatever wraps the receiver: `(ExtractJwt.fromUrlQueryParameter as const)('t')`.
    function useAuthHeader(fixer: RuleFixer, call: TSESTree.CallExpression, property: TSESTree.Node): RuleFix[] {
      const start = (call.typeArguments ?? argumentsOpening(sourceCode, call)).range[0];
      return [fixer.replaceText(property, 'fromAuthHeaderAsBearerToken'), fixer.replaceTextRange([start, call.range[1]], '()')];
    }

    function reportRead(node: Node, name: string): void {
      if (!reportNamedTokens || !isTokenName(name) || isDomainSessionName(name) || exempt(node, name) || reported.has(node) || runsOnlyInDevelopment(node)) return;
      const oneTime = isOneTimeTokenName(routePath) || inSingleUseContext(node, sourceCode, isOneTimeTokenName);
      if (allowSingleUseLinks && oneTime) return;
      reported.add(node);
      reads.push({ node, name, oneTime });
    }

    /**
     * A parameter the file accepts as a credential (verifies it, logs in with it, sends it as `Bearer`, sets it
     * as the session cookie, reads it in its authentication code) is the session token; every read of that
     * name is reported. Otherwise only names that mean the credential by themselves (`access_token`, `jwt`).
     */
    function reportReads(): void {
      const accepted = new Set(reads.filter(({ node }) => acceptedAsCredential(node, sourceCode, flow) || inAuthenticationCode(node)).map(({ name }) => name));
      for (const { node, name, oneTime } of reads) {
        if (accepted.has(name)) context.report({ node, messageId: 'tokenFromQuery', data: { name } });
        else if ((isCredentialTokenName(name) && !handedToBusinessSession(node, sourceCode)) || oneTime) context.report({ node, messageId: 'namedTokenFromQuery', data: { name } });
      }
    }

    return {
      'Program:exit': reportReads,
      TemplateLiteral(node) {
        // A query parameter needs `?`, `&` or `=` in the literal text.
        if (node.expressions.length > 0 && node.parent.type !== 'TaggedTemplateExpression' && node.quasis.some((quasi) => QUERY_TEXT.test(quasi.value.raw))) checkString(node);
      },
      'BinaryExpression[operator="+"]'(node: TSESTree.BinaryExpression) {
        const parent = node.parent;
        if (!(parent.type === 'BinaryExpression' && parent.operator === '+')) checkString(node);
      },
      NewExpression(node) {
        if (calleeName(node.callee) !== 'URLSearchParams') return;
        const path = globalPath(node.callee, sourceCode);
        const [init] = node.arguments;
        if (path?.length === 1 && path[0] === 'URLSearchParams' && init && init.type !== 'SpreadElement' && !isBody(node, sourceCode)) checkParamsObject(init, node);
      },
      CallExpression(node) {
        const name = calleeName(node.callee);
        if (name === undefined) return;
        const callee = unwrap(node.callee);
        const [first, second] = node.arguments;
        if (name === 'fromUrlQueryParameter' && modules.is(callee, 'passport-jwt', 'ExtractJwt', 'fromUrlQueryParameter')) {
          const property = callee.type === 'MemberExpression' && !callee.computed ? callee.property : undefined;
          context.report({
            node,
            messageId: 'jwtFromQuery',
            suggest: property ? [{ messageId: 'useAuthHeader', fix: (fixer) => useAuthHeader(fixer, node, property) }] : [],
          });
          return;
        }
        if (callee.type === 'MemberExpression' && (name === 'set' || name === 'append') && first && second && second.type !== 'SpreadElement' && isQueryTarget(callee.object)) {
          const param = staticKey(first, sourceCode) ?? '';
          checkQueryValue(second, param, node, '');
          return;
        }
        const reads = callee.type === 'MemberExpression' && (name === 'get' || name === 'getAll' || name === 'query' || name === 'queries');
        const key = reads && first && first.type !== 'SpreadElement' ? staticKey(first, sourceCode) : undefined;
        if (key !== undefined && isTokenName(key) && (isQueryReaderCall(node) || isQueryObject((callee as TSESTree.MemberExpression).object, sourceCode))) {
          reportRead(node, key);
          return;
        }
        if (QUERY_OPTION_CALLS.has(name)) {
          for (const argument of node.arguments) {
            if (argument.type === 'SpreadElement') continue;
            const shape = objectShape(argument, sourceCode);
            for (const option of QUERY_OPTIONS) {
              const entry = shape?.get(option);
              if (entry) checkParamsObject(entry.valueNode, node);
            }
          }
        }
      },
      MemberExpression(node) {
        // `a[i]` is everywhere in bundled code: a computed key is evaluated only on a query object.
        const literal = node.computed ? undefined : literalKey(node.property);
        if (!node.computed && (literal === undefined || !isTokenName(literal))) return;
        if (isWriteTarget(node) || !isQueryObject(node.object, sourceCode)) return;
        const key = literal ?? memberKey(node, sourceCode);
        if (key !== undefined && isTokenName(key)) reportRead(node, key);
      },
      'VariableDeclarator > ObjectPattern'(pattern: TSESTree.ObjectPattern) {
        const declarator = pattern.parent as TSESTree.VariableDeclarator;
        if (!declarator.init || !isQueryObject(declarator.init, sourceCode)) return;
        for (const property of pattern.properties) {
          if (property.type !== 'Property') continue;
          const key = property.computed ? staticKey(property.key, sourceCode) : property.key.type === 'Identifier' ? property.key.name : staticKey(property.key, sourceCode);
          if (key !== undefined) reportRead(property, key);
        }
      },
    };

    /** `?session=${session.id}` of a `session` set from `upsertCscSession(…)`: a business session's id. */
    function isBusinessSessionId(value: Node): boolean {
      const bare = unwrap(value);
      return bare.type === 'MemberExpression' && isDomainSessionObject(bare.object, sourceCode);
    }

    /** `url.searchParams`, or a URLSearchParams the file builds for a URL rather than a request body. */
    function isQueryTarget(node: Node): boolean {
      const bare = unwrap(node);
      if (bare.type === 'MemberExpression') return calleeName(bare) === 'searchParams';
      if (bare.type !== 'Identifier') return false;
      const def = variableOf(sourceCode, bare)?.defs[0];
      const init = def?.type === 'Variable' && def.node.id === def.name ? def.node.init : undefined;
      if (!init) return false;
      const value = unwrap(init);
      if (value.type === 'MemberExpression') return calleeName(value) === 'searchParams';
      return value.type === 'NewExpression' && calleeName(value.callee) === 'URLSearchParams' && !isBody(value, sourceCode);
    }
  },
});

function contains(outer: Node, inner: Node): boolean {
  return outer.range[0] <= inner.range[0] && inner.range[1] <= outer.range[1];
}

/** The string expression a part belongs to: `a + b` inside `a + b + c`, a template inside parentheses or `as`. */
function outermostString(node: Node): Node {
  let current = node;
  while (current.parent && (current.parent.type === 'TSAsExpression' || current.parent.type === 'TSNonNullExpression')) current = current.parent;
  return current;
}

/** Whether a string is used as a URL: a fetch or redirect argument, `new URL(…)`, `location.href = …`. */
function isUrlSink(node: Node): boolean {
  const parent = node.parent;
  if (!parent) return false;
  if (parent.type === 'CallExpression' && parent.arguments[0] === node) return URL_CALLS.has(calleeName(parent.callee) ?? '');
  if (parent.type === 'NewExpression' && parent.arguments[0] === node) return URL_CONSTRUCTORS.has(calleeName(parent.callee) ?? '');
  if (parent.type === 'AssignmentExpression' && parent.right === node) return URL_PROPERTIES.has(calleeName(parent.left) ?? '');
  return false;
}

/** A URLSearchParams sent as a request body (`body: params`, `axios.post(url, params)`): a form, not a URL. */
function isBody(node: Node, code: Parameters<typeof variableOf>[0]): boolean {
  const uses: Node[] = [node];
  const parent = node.parent;
  if (parent?.type === 'VariableDeclarator' && parent.init === node && parent.id.type === 'Identifier') {
    if (/^(?:body|form|formData|data|payload)$/i.test(parent.id.name)) return true;
    for (const reference of variableOf(code, parent.id)?.references ?? []) {
      if (!reference.isWrite()) uses.push(reference.identifier as Node);
    }
  }
  return uses.some((use) => {
    let value = use;
    // `params.toString()` is the same form.
    if (value.parent?.type === 'MemberExpression' && value.parent.parent?.type === 'CallExpression' && calleeName(value.parent) === 'toString') value = value.parent.parent;
    const holder = value.parent;
    if (holder?.type === 'Property' && holder.value === value) return calleeName(holder.key) === 'body' || calleeName(holder.key) === 'data';
    if (holder?.type === 'CallExpression' && holder.arguments[1] === value) return BODY_CALLS.has(calleeName(holder.callee) ?? '');
    return false;
  });
}

function isWriteTarget(node: Node): boolean {
  const parent = node.parent;
  return (parent?.type === 'AssignmentExpression' && parent.left === node) || (parent?.type === 'UpdateExpression') || (parent?.type === 'UnaryExpression' && parent.operator === 'delete');
}

// `url.searchParams.set('access_token', REDACTED_TEXT)` hides a token before a URL is logged.
const REDACTION_WORDS = new Set(['redacted', 'redact', 'masked', 'mask', 'placeholder', 'hidden', 'obfuscated', 'censored']);

function isRedaction(value: Node): boolean {
  const bare = unwrap(value);
  const name = bare.type === 'Identifier' ? bare.name : bare.type === 'MemberExpression' && !bare.computed && bare.property.type === 'Identifier' ? bare.property.name : undefined;
  return name !== undefined && words(name).some((word) => REDACTION_WORDS.has(word));
}

// OAuth 1.0a sends its temporary request token through the query string by design (RFC 5849, section 6.2);
// OpenID Connect RP-initiated logout sends `id_token_hint` to the provider (OpenID Connect RP-Initiated Logout 1.0, section 2).
const PROTOCOL_PARAMS = new Set(['oauth_token', 'id_token_hint']);

const MAIL_FOLDERS = new Set(['emails', 'mails', 'mailer', 'mailers', 'mail']);

/** `continuation-token`, `page_token`: a parameter whose name says which token, and not a credential one. */
function isNamedOtherToken(param: string): boolean {
  return param !== '' && !isTokenName(param) && words(param).some((word) => word === 'token' || word === 'tokens');
}
