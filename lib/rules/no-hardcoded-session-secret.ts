import type { TSESTree } from '@typescript-eslint/utils';
import type { RuleFix, RuleFixer } from '@typescript-eslint/utils/ts-eslint';
import { hardcodedParts, type HardcodedPart } from '../models/secrets/hardcoded-values.ts';
import { jwtSiteOf, optionAt, type JwtSite } from '../models/jwt/calls.ts';
import { assignedSecretTargets, callSecretTargets, typedSecretTargets } from '../models/secrets/sites.ts';
import { isWrapperOf, literalKey } from '../ast/syntax.ts';
import { envName as envVariable } from '../file/env-reads.ts';
import { patternIdentifiers } from '../ast/patterns.ts';
import { words } from '../vocabulary/token-names.ts';
import { JWT_PRIVATE_KEY_ENV, JWT_SECRET_ENV } from '../frameworks/session-secrets.ts';
import { createRule } from '../utils/create-rule.ts';
import { inPreferenceCookieConfig } from '../models/cookies/preference-storage.ts';
import { guardedInProduction } from '../models/secrets/production-guards.ts';

export type MessageIds = 'hardcodedSecret' | 'hardcodedFallback' | 'useEnvironment' | 'removeFallback';
type Node = TSESTree.Node;

// Names that say "the secret of a session or token" even where no library call is in sight:
// `JWT_SECRET`, `jwtConstants.secret`, `config.session.secret`, `COOKIE_PASSWORD`.
const SECRET_HEADS = new Set(['secret', 'secrets']);
const SECRET_QUALIFIERS = new Set(['jwt', 'session', 'sess', 'cookie', 'cookies', 'token', 'tokens', 'auth', 'nextauth', 'signing', 'iron', 'access', 'refresh']);
const PASSWORD_QUALIFIERS = new Set(['session', 'cookie', 'iron']);
// `secretName: 'JWT_SECRET'` names a variable or a secret-manager entry; it is not the secret.
const ENV_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;
const PRIVATE_PEM = /-----BEGIN (?:RSA |EC |ENCRYPTED )?PRIVATE KEY-----/;

export default createRule<MessageIds>({
  name: 'no-hardcoded-session-secret',
  meta: {
    type: 'problem',
    hasSuggestions: true,
    messages: {
      hardcodedSecret: 'Hard-coded {{what}}: anyone who reads the code can forge sessions and tokens; load it from the environment or a secrets manager.',
      hardcodedFallback: 'The {{what}} falls back to a hard-coded value when {{source}} is missing; fail at startup instead.',
      useEnvironment: 'Read it from `process.env.{{name}}`.',
      removeFallback: 'Remove the fallback and require {{source}}.',
    },
    schema: [],
  },
  create(context) {
    const sourceCode = context.sourceCode;
    const reported = new Set<Node>();

    const check = (value: Node, what: string, env: string): void => {
      for (const part of hardcodedParts(value, sourceCode)) report(part, what, env);
    };

    return {
      'CallExpression, NewExpression'(node: TSESTree.CallExpression | TSESTree.NewExpression) {
        const site = jwtSiteOf(node, sourceCode);
        if (site) checkJwt(site);
        for (const target of callSecretTargets(node, sourceCode)) check(target.value, `${target.site.library} \`${target.site.option}\``, target.site.env);
      },
      'AssignmentExpression[operator="="]'(node: TSESTree.AssignmentExpression) {
        for (const target of assignedSecretTargets(node, sourceCode)) check(target.value, `${target.site.library} \`${target.site.option}\``, target.site.env);
        // `config.jwtSecret = '…'`, `process.env.SESSION_SECRET = '…'`.
        const chain = node.left.type === 'MemberExpression' ? memberChain(node.left) : undefined;
        if (chain && isSecretName(chain.flatMap(words))) checkNamed(node.right, chain.join('.'));
      },
      VariableDeclarator(node: TSESTree.VariableDeclarator) {
        if (!node.init) return;
        if (node.id.type !== 'Identifier') {
          // `const { JWT_SECRET = 'dev' } = process.env`: the default is the hard-coded part.
          for (const id of patternIdentifiers(node.id)) if (isSecretName(words(id.name))) checkNamed(id, id.name);
          return;
        }
        for (const target of typedSecretTargets(node.init, node.id.typeAnnotation, sourceCode)) {
          check(target.value, `${target.site.library} \`${target.site.option}\``, target.site.env);
        }
        if (isSecretName(words(node.id.name))) checkNamed(node.init, node.id.name);
      },
      'TSSatisfiesExpression, TSAsExpression'(node: TSESTree.TSSatisfiesExpression | TSESTree.TSAsExpression) {
        for (const target of typedSecretTargets(node.expression, node.typeAnnotation, sourceCode)) {
          check(target.value, `${target.site.library} \`${target.site.option}\``, target.site.env);
        }
      },
      'ObjectExpression > Property'(node: TSESTree.Property) {
        if (node.computed || node.kind !== 'init' || node.method) return;
        // A secret's name ends with the property's own key: most keys rule it out before the path is built.
        const own = words(literalKey(node.key) ?? '');
        if (own.length > 0 && !isSecretHead(own.at(-1)!)) return;
        const path = propertyPath(node);
        if (path && !inNameTable(path) && isSecretName(path.flatMap(words)) && !inPreferenceCookieConfig(node, sourceCode)) checkNamed(node.value, path.join('.'));
      },
      PropertyDefinition(node: TSESTree.PropertyDefinition) {
        const name = node.computed ? undefined : literalKey(node.key);
        if (name !== undefined && node.value && isSecretName(words(name))) checkNamed(node.value, name);
      },
    };

    function checkJwt(site: JwtSite): void {
      const { api } = site;
      if (site.key && (api.role === 'sign' || api.role === 'verify')) check(site.key, `${api.call} key`, JWT_SECRET_ENV);
      for (const path of api.secretOptions ?? []) {
        const option = optionAt(site, path);
        if (option.state === 'set') check(option.entry.valueNode, `${api.library} \`${path.join('.')}\``, JWT_SECRET_ENV);
      }
    }

    /** Only literals named like a secret count: `JWT_SECRET: 'JWT_SECRET'` names one, it is not one. */
    function checkNamed(value: Node, name: string): void {
      for (const part of hardcodedParts(value, sourceCode)) {
        if (!ENV_NAME.test(part.value)) report(part, `\`${name}\``, envNameFor(name));
      }
    }

    function report(part: HardcodedPart, what: string, siteEnv: string): void {
      if (reported.has(part.node)) return;
      reported.add(part.node);
      const env = suggestedEnv(part, siteEnv);
      const suggestEnvironment = {
        messageId: 'useEnvironment' as const,
        data: { name: env },
        fix: (fixer: RuleFixer): RuleFix => fixer.replaceText(part.node, `process.env.${env}`),
      };
      const fallback = part.fallback;
      // `if (!process.env.SECRET && isProduction) throw …` before it: the fallback never reaches production.
      const guarded = fallback ? envRead(fallback.primary) : undefined;
      if (guarded !== undefined && guardedInProduction(guarded, part.node, sourceCode)) return;
      if (!fallback) {
        context.report({ node: part.node, messageId: 'hardcodedSecret', data: { what }, suggest: [suggestEnvironment] });
        return;
      }
      const source = describe(fallback.primary);
      const primary = fallback.primary;
      // `(a, b) ?? 'dev'` keeps its parentheses: a sequence or assignment needs them where the fallback stood.
      const parenthesisedText = (node: TSESTree.Node, container: TSESTree.Node): string => {
        const before = sourceCode.getTokenBefore(node);
        const after = sourceCode.getTokenAfter(node);
        const wrapped = before?.value === '(' && after?.value === ')' && before.range[0] >= container.range[0] && after.range[1] <= container.range[1];
        return wrapped ? sourceCode.text.slice(before.range[0], after.range[1]) : sourceCode.getText(node);
      };
      const removeFallback = {
        messageId: 'removeFallback' as const,
        data: { source },
        fix: (fixer: RuleFixer): RuleFix => fixer.replaceText(fallback.container, parenthesisedText(primary, fallback.container)),
      };
      if (fallback.kind === 'branch') {
        // `isProd ? process.env.S : 'dev'`: hard-coded outside production, which is one missing variable away.
        const suggest = envRead(primary) ? removeFallback : suggestEnvironment;
        context.report({ node: part.node, messageId: 'hardcodedSecret', data: { what }, suggest: [suggest] });
        return;
      }
      context.report({ node: part.node, messageId: 'hardcodedFallback', data: { what, source }, suggest: [removeFallback] });
    }

    function suggestedEnv(part: HardcodedPart, siteEnv: string): string {
      const fromPrimary = part.fallback ? envRead(part.fallback.primary) : undefined;
      if (fromPrimary) return fromPrimary;
      if (part.fallback?.kind === 'default' && part.fallback.key && ENV_NAME.test(part.fallback.key)) return part.fallback.key;
      const declarator = part.node.parent;
      let env = siteEnv === JWT_SECRET_ENV && PRIVATE_PEM.test(part.value) ? JWT_PRIVATE_KEY_ENV : siteEnv;
      if (declarator?.type === 'VariableDeclarator' && declarator.id.type === 'Identifier' && isSecretName(words(declarator.id.name))) {
        env = envNameFor(declarator.id.name);
      }
      return part.index ? `${env}_${part.index + 1}` : env;
    }

    /** `process.env.NAME` and the like, when NAME can be written as `process.env.NAME`. */
    function envRead(node: Node): string | undefined {
      const name = envVariable(node, sourceCode);
      return name !== undefined && /^[A-Za-z_]\w*$/.test(name) ? name : undefined;
    }

    function describe(node: Node): string {
      const text = sourceCode.getText(node);
      return text.length <= 40 && !text.includes('\n') ? `\`${text}\`` : 'the configured value';
    }
  },
});

// Objects keyed by setting names whose values describe them: `keyGroupMapping = { admin_session_secret:
// 'core' }` (Ghost), `labels = { sessionSecret: 'Session secret' }`.
const NAME_TABLES = new Set(['map', 'mapping', 'mappings', 'lookup', 'labels', 'names', 'types', 'groups', 'descriptions', 'messages', 'translations', 'placeholders', 'columns', 'fields', 'schema', 'schemas']);

function inNameTable(path: readonly string[]): boolean {
  return path.slice(0, -1).some((key) => NAME_TABLES.has(words(key).at(-1) ?? ''));
}

function isSecretHead(word: string): boolean {
  return SECRET_HEADS.has(word) || word === 'password';
}

function isSecretName(parts: readonly string[]): boolean {
  const head = parts.at(-1);
  if (head === undefined || !isSecretHead(head)) return false;
  if (SECRET_HEADS.has(head)) return parts.some((word) => SECRET_QUALIFIERS.has(word));
  return head === 'password' && parts.some((word) => PASSWORD_QUALIFIERS.has(word));
}

/** `jwtConstants.secret` → JWT_SECRET, `sessionOptions.password` → SESSION_PASSWORD. */
function envNameFor(name: string): string {
  const parts = words(name);
  // Secret names always hold a qualifier and a head, so the result has at least two words.
  return parts
    .filter((word) => SECRET_QUALIFIERS.has(word) || SECRET_HEADS.has(word) || word === 'password')
    .map((word) => word.toUpperCase())
    .join('_');
}

/** `a.b.c` as ['a', 'b', 'c'], when every step is a plain name. */
function memberChain(node: TSESTree.MemberExpression): string[] | undefined {
  const chain: string[] = [];
  let current: Node = node;
  while (current.type === 'MemberExpression') {
    const key = current.computed ? (current.property.type === 'Literal' ? literalKey(current.property) : undefined) : literalKey(current.property);
    if (key === undefined) return undefined;
    chain.unshift(key);
    current = current.object;
  }
  if (current.type === 'Identifier') chain.unshift(current.name);
  return chain;
}

/** The keys from the declared variable down to `property`: `jwtConstants.secret`, `config.session.secret`. */
function propertyPath(property: TSESTree.Property): string[] | undefined {
  const path: string[] = [];
  let current: TSESTree.Property = property;
  for (;;) {
    const key = current.computed ? undefined : literalKey(current.key);
    if (key === undefined) return undefined;
    path.unshift(key);
    let object: Node = current.parent;
    while (object.parent && isWrapperOf(object.parent, object)) object = object.parent;
    const holder = object.parent;
    if (holder?.type === 'VariableDeclarator' && holder.id.type === 'Identifier') return [holder.id.name, ...path];
    if (holder?.type !== 'Property' || holder.value !== object || holder.parent.type !== 'ObjectExpression') return path;
    current = holder;
  }
}
