import { cookieSiteListeners } from '../models/cookies/sites.ts';
import { attributeText, CHECK_ALL_COOKIES_SCHEMA, cookieData, sessionScope } from '../models/cookies/rule-options.ts';
import { sessionReason } from '../models/cookies/session-cookies.ts';
import { createRule } from '../utils/create-rule.ts';

export type MessageIds = 'broadDomain' | 'broadPath' | 'removeDomain' | 'setPath';

export type Options = [{ checkAllCookies?: boolean; path?: string }];

export default createRule<MessageIds, Options>({
  name: 'no-broad-cookie-scope',
  meta: {
    type: 'problem',
    hasSuggestions: true,
    messages: {
      broadDomain: "{{kind}} {{name}} sets Domain '{{domain}}', which sends it to every subdomain; leave Domain out so only this host gets it.",
      broadPath: "{{kind}} {{name}} has Path '{{path}}', which sends it to every application on this host; set {{attribute}}.",
      removeDomain: 'Remove the Domain attribute (a host-only cookie).',
      setPath: 'Set {{attribute}}.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          checkAllCookies: CHECK_ALL_COOKIES_SCHEMA,
          path: {
            type: 'string',
            pattern: '^/',
            description: "The application's own base path, when other applications share its hostname (e.g. '/billing'): session cookies must be scoped to it.",
          },
        },
      },
    ],
    defaultOptions: [{ checkAllCookies: false }],
  },
  create(context) {
    const options = context.options[0];
    const scope = sessionScope(context.settings, options);
    const basePath = options?.path?.replace(/\/+$/, '');

    return cookieSiteListeners(context.sourceCode, (site) => {
      // A '__Host-' cookie with a Domain or another Path is dropped by browsers: require-cookie-host-prefix reports it.
      if (site.name !== undefined && /^__Host-/i.test(site.name)) return;
      const reason = sessionReason(site, scope, context.sourceCode);
      if (!reason) return;
      const data = cookieData(site, reason !== 'all');
      const domain = site.attribute('domain');
      if (domain.kind === 'known' && domain.value !== undefined) {
        // Removing the Domain stops the cookie reaching sibling hosts that may rely on it (single sign-on): a person decides.
        const remove = site.editor.remove('domain');
        context.report({
          node: domain.node,
          messageId: 'broadDomain',
          data: { kind: data.kind, name: data.name, domain: domain.value },
          suggest: remove ? [{ messageId: 'removeDomain', fix: remove }] : [],
        });
      }
      if (!basePath) return;
      const path = site.attribute('path');
      if (path.kind === 'unknown' || path.value === undefined || path.value === basePath || path.value.startsWith(`${basePath}/`)) return;
      const attributeData = { kind: data.kind, name: data.name, path: path.value, attribute: attributeText(site, 'path', basePath) };
      const set = site.editor.set('path', basePath);
      context.report({
        node: path.kind === 'known' ? path.node : site.missingNode,
        messageId: 'broadPath',
        data: attributeData,
        suggest: set ? [{ messageId: 'setPath', data: attributeData, fix: set }] : [],
      });
    });
  },
});
