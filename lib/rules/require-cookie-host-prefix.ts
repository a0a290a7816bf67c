import { cookieSiteListeners, type CookieSite } from '../models/cookies/sites.ts';
import { attributeText, AUTOFIX_SCHEMA, CHECK_ALL_COOKIES_SCHEMA, cookieData, sessionScope } from '../models/cookies/rule-options.ts';
import { sessionReason } from '../models/cookies/session-cookies.ts';
import { reportWithFixes } from '../fixes/fix-or-suggest.ts';
import { createRule } from '../utils/create-rule.ts';

export type MessageIds = 'missingHostPrefix' | 'hostPrefixNotSecure' | 'hostPrefixPath' | 'hostPrefixDomain' | 'securePrefixNotSecure' | 'renameToHost' | 'fixPrefix';

export type Options = [{ checkAllCookies?: boolean; autofix?: boolean; allowSecurePrefix?: boolean; requirePrefix?: boolean }];

const HOST = /^__Host-/i;
const SECURE = /^__Secure-/i;

export default createRule<MessageIds, Options>({
  name: 'require-cookie-host-prefix',
  meta: {
    type: 'problem',
    fixable: 'code',
    // Suggestions are reported through reportWithFixes, which the lint rule cannot follow.
    // eslint-disable-next-line eslint-plugin/require-meta-has-suggestions
    hasSuggestions: true,
    messages: {
      missingHostPrefix: "{{kind}} {{name}} has no '__Host-' prefix, so a sibling subdomain or a plain-HTTP page can overwrite it; name it {{suggested}}.",
      hostPrefixNotSecure: "Browsers drop the '__Host-' cookie {{name}} because it is not Secure; add {{attribute}}.",
      hostPrefixPath: "Browsers drop the '__Host-' cookie {{name}} unless its Path is '/'; set {{attribute}}.",
      hostPrefixDomain: "Browsers drop the '__Host-' cookie {{name}} because it has a Domain; remove the domain.",
      securePrefixNotSecure: "Browsers drop the '__Secure-' cookie {{name}} because it is not Secure; add {{attribute}}.",
      renameToHost: 'Rename the cookie to {{suggested}} (every reader of the cookie must use the new name, and users sign in again once).',
      fixPrefix: 'Make the cookie valid for its prefix.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          checkAllCookies: CHECK_ALL_COOKIES_SCHEMA,
          autofix: AUTOFIX_SCHEMA,
          allowSecurePrefix: {
            type: 'boolean',
            description: "Accept the '__Secure-' prefix (the minimum of ASVS 5.0 3.3.1), for cookies that must be path-scoped or shared with subdomains.",
          },
          requirePrefix: {
            type: 'boolean',
            description: "Set to false to keep only the checks of cookies that browsers drop (an invalid '__Host-' or '__Secure-' cookie).",
          },
        },
      },
    ],
    defaultOptions: [{ checkAllCookies: false, autofix: true, allowSecurePrefix: false, requirePrefix: true }],
  },
  create(context) {
    const options = context.options[0];
    const scope = sessionScope(context.settings, options);
    const autofix = options?.autofix !== false;

    return cookieSiteListeners(context.sourceCode, (site) => {
      const name = site.name;
      if (name === undefined) return;
      if (HOST.test(name) || SECURE.test(name)) checkPrefixContract(site, name);
      if (HOST.test(name) || options?.requirePrefix === false || (options?.allowSecurePrefix === true && SECURE.test(name))) return;
      const reason = sessionReason(site, scope, context.sourceCode);
      if (!reason) return;
      // `__Host-sid` for `sid` and `__Secure-sid`; `__Host-session` for Remix's `__session`.
      const suggested = `__Host-${name.replace(SECURE, '').replace(/^_+/, '')}`;
      const data = { ...cookieData(site, reason !== 'all'), suggested: `'${suggested}'` };
      // Renaming logs every user out and must reach every reader of the cookie: never an autofix.
      const rename = validAsHostCookie(site) ? site.editor.rename(suggested) : undefined;
      reportWithFixes(context, { node: site.nameNode ?? site.node, messageId: 'missingHostPrefix', data }, undefined, rename ? [{ messageId: 'renameToHost', fix: rename }] : [], autofix);
    });

    /** A prefixed cookie the browser would drop: fixing it cannot break anything that works today. */
    function checkPrefixContract(site: CookieSite, name: string): void {
      const data = { ...cookieData(site, true), attribute: attributeText(site, 'secure', true) };
      const secure = site.attribute('secure');
      if (secure.kind !== 'unknown' && secure.value === false) {
        const fix = site.editor.set('secure', true);
        const messageId = HOST.test(name) ? 'hostPrefixNotSecure' : 'securePrefixNotSecure';
        reportWithFixes(context, { node: secure.kind === 'known' ? secure.node : site.missingNode, messageId, data }, fix && { messageId: 'fixPrefix', fix }, [], autofix);
      }
      if (!HOST.test(name)) return;
      const path = site.attribute('path');
      if (path.kind !== 'unknown' && path.value !== '/') {
        const fix = site.editor.set('path', '/');
        const pathData = { ...data, attribute: attributeText(site, 'path', '/') };
        reportWithFixes(context, { node: path.kind === 'known' ? path.node : site.missingNode, messageId: 'hostPrefixPath', data: pathData }, fix && { messageId: 'fixPrefix', fix }, [], autofix);
      }
      const domain = site.attribute('domain');
      if (domain.kind === 'known' && domain.value !== undefined) {
        const fix = site.editor.remove('domain');
        reportWithFixes(context, { node: domain.node, messageId: 'hostPrefixDomain', data }, fix && { messageId: 'fixPrefix', fix }, [], autofix);
      }
    }
  },
});

/** After a rename the cookie would be kept: Secure (or Secure over HTTPS), Path=/ and no Domain. */
function validAsHostCookie(site: CookieSite): boolean {
  const secure = site.attribute('secure');
  const path = site.attribute('path');
  const domain = site.attribute('domain');
  return secure.kind !== 'unknown' && secure.value !== false && path.kind !== 'unknown' && path.value === '/' && domain.kind !== 'unknown' && domain.value === undefined;
}
