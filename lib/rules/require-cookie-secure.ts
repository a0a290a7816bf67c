import { cookieSiteListeners, type CookieSite } from '../models/cookies/sites.ts';
import { attributeText, AUTOFIX_SCHEMA, CHECK_ALL_COOKIES_SCHEMA, cookieData, sessionScope } from '../models/cookies/rule-options.ts';
import { sessionReason } from '../models/cookies/session-cookies.ts';
import { reportWithFixes, type Action } from '../fixes/fix-or-suggest.ts';
import { createRule } from '../utils/create-rule.ts';

export type MessageIds = 'missingSecure' | 'secureDisabled' | 'secureOnlyOverHttps' | 'addSecure' | 'addSecureAuto' | 'removeOverride';

export type Options = [{ checkAllCookies?: boolean; autofix?: boolean; allowAuto?: boolean }];

export default createRule<MessageIds, Options>({
  name: 'require-cookie-secure',
  meta: {
    type: 'problem',
    fixable: 'code',
    // Suggestions are reported through reportWithFixes, which the lint rule cannot follow.
    // eslint-disable-next-line eslint-plugin/require-meta-has-suggestions
    hasSuggestions: true,
    messages: {
      missingSecure: '{{kind}} {{name}} is sent without Secure, so it also travels over plain HTTP; add {{attribute}}.',
      secureDisabled: '{{kind}} {{name}} has Secure turned off; {{action}}.',
      secureOnlyOverHttps: '{{kind}} {{name}} is Secure only when the request arrives over HTTPS; set {{attribute}}.',
      addSecure: 'Add {{attribute}}.',
      addSecureAuto: "Use `secure: 'auto'`: Secure whenever the request is HTTPS (needs `trust proxy` behind a TLS proxy).",
      removeOverride: "Remove the override, so the library's Secure default applies.",
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          checkAllCookies: CHECK_ALL_COOKIES_SCHEMA,
          autofix: AUTOFIX_SCHEMA,
          allowAuto: {
            type: 'boolean',
            description: "Set to false to require Secure on every request: report `secure: 'auto'` and libraries whose Secure follows the request (Koa, cookie-session).",
          },
        },
      },
    ],
    defaultOptions: [{ checkAllCookies: false, autofix: true, allowAuto: true }],
  },
  create(context) {
    const options = context.options[0];
    const scope = sessionScope(context.settings, options);
    const autofix = options?.autofix !== false;
    const allowAuto = options?.allowAuto !== false;

    return cookieSiteListeners(context.sourceCode, (site) => {
      const reason = sessionReason(site, scope, context.sourceCode);
      if (!reason) return;
      const state = site.attribute('secure');
      if (state.kind === 'unknown' || state.value === true) return;
      const data = { ...cookieData(site, reason !== 'all'), attribute: attributeText(site, 'secure', true) };
      if (state.value === 'auto') {
        if (allowAuto) return;
        const node = state.kind === 'known' ? state.node : site.missingNode;
        const set = site.editor.set('secure', true);
        reportWithFixes(context, { node, messageId: 'secureOnlyOverHttps', data }, undefined, set ? [{ messageId: 'addSecure', fix: set }] : [], autofix);
        return;
      }
      if (state.kind === 'absent') {
        const [fix, suggestions] = addSecure(site);
        reportWithFixes(context, { node: site.missingNode, messageId: 'missingSecure', data }, fix, suggestions, autofix);
        return;
      }
      const [fix, suggestions, action] = restoreSecure(site, state.literal);
      reportWithFixes(context, { node: state.node, messageId: 'secureDisabled', data: { ...data, action } }, fix, suggestions, autofix);
    });
  },
});

type Plan = [Action<MessageIds> | undefined, Action<MessageIds>[]];

/** Adding Secure is an autofix only where the library still sends the cookie over HTTP (the browser then decides). */
function addSecure(site: CookieSite): Plan {
  const set = site.editor.set('secure', true);
  const auto = site.api.secureAuto ? site.editor.set('secure', 'auto') : undefined;
  const actions: Action<MessageIds>[] = [];
  if (set) actions.push({ messageId: 'addSecure', fix: set });
  if (auto) actions.push({ messageId: 'addSecureAuto', fix: auto });
  if (site.side === 'server' && site.api.secureOnHttp === 'sent' && set) return [actions[0], actions.slice(1)];
  return [undefined, actions];
}

/** An explicit `secure: false`: remove it where the library's default is secure, else set it to true. */
function restoreSecure(site: CookieSite, literal: boolean): [...Plan, string] {
  const defaultSecure = site.api.defaults.secure;
  if (defaultSecure !== false) {
    const remove = site.editor.remove('secure');
    const auto = site.api.secureAuto ? site.editor.set('secure', 'auto') : undefined;
    const removal: Action<MessageIds> | undefined = remove && { messageId: 'removeOverride', fix: remove };
    const others: Action<MessageIds>[] = auto ? [{ messageId: 'addSecureAuto', fix: auto }] : [];
    // Koa and cookie-session then follow the request again; a library that defaults to Secure must still send the cookie over HTTP.
    const safe = literal && (defaultSecure === 'request' || site.api.secureOnHttp === 'sent');
    const action = "remove the override so the library's secure default applies";
    if (!removal) return [undefined, others, action];
    return safe ? [removal, others, action] : [undefined, [removal, ...others], action];
  }
  const [fix, suggestions] = addSecure(site);
  return literal ? [fix, suggestions, 'set it to true'] : [undefined, fix ? [fix, ...suggestions] : suggestions, 'set it to true'];
}
