import { cookieSiteListeners } from '../models/cookies/sites.ts';
import { attributeText, AUTOFIX_SCHEMA, CHECK_ALL_COOKIES_SCHEMA, cookieData, sessionScope } from '../models/cookies/rule-options.ts';
import { sessionReason } from '../models/cookies/session-cookies.ts';
import { reportWithFixes, type Action } from '../fixes/fix-or-suggest.ts';
import { createRule } from '../utils/create-rule.ts';

export type MessageIds = 'missingSameSite' | 'sameSiteDisabled' | 'sameSiteNone' | 'sameSiteAuto' | 'setLax' | 'setStrict' | 'removeOverride';

export type Options = [{ checkAllCookies?: boolean; autofix?: boolean; allowNone?: boolean }];

export default createRule<MessageIds, Options>({
  name: 'require-cookie-samesite',
  meta: {
    type: 'problem',
    fixable: 'code',
    // Suggestions are reported through reportWithFixes, which the lint rule cannot follow.
    // eslint-disable-next-line eslint-plugin/require-meta-has-suggestions
    hasSuggestions: true,
    messages: {
      missingSameSite: '{{kind}} {{name}} is sent without SameSite, so other sites can make requests that carry it; add {{attribute}}.',
      sameSiteDisabled: '{{kind}} {{name}} has SameSite turned off; {{action}}.',
      sameSiteNone: '{{kind}} {{name}} uses SameSite=None and is sent with every cross-site request; use {{attribute}} unless a cross-site flow needs it.',
      sameSiteAuto: "{{kind}} {{name}} uses `sameSite: 'auto'`, which is SameSite=None over HTTPS; use {{attribute}}.",
      setLax: 'Use {{attribute}}.',
      setStrict: 'Use {{strict}} (the cookie is then not sent on links from other sites either).',
      removeOverride: "Remove the override, so the library's SameSite default applies.",
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          checkAllCookies: CHECK_ALL_COOKIES_SCHEMA,
          autofix: AUTOFIX_SCHEMA,
          allowNone: {
            type: 'boolean',
            description: 'Accept `SameSite=None` for cookies that a documented cross-site flow (embedding, SAML POST) needs.',
          },
        },
      },
    ],
    defaultOptions: [{ checkAllCookies: false, autofix: true, allowNone: false }],
  },
  create(context) {
    const options = context.options[0];
    const scope = sessionScope(context.settings, options);
    const autofix = options?.autofix !== false;
    const allowNone = options?.allowNone === true;

    return cookieSiteListeners(context.sourceCode, (site) => {
      const reason = sessionReason(site, scope, context.sourceCode);
      if (!reason) return;
      const state = site.attribute('sameSite');
      if (state.kind === 'unknown' || state.value === 'lax' || state.value === 'strict' || (state.value === 'none' && allowNone)) return;
      const data = { ...cookieData(site, reason !== 'all'), attribute: attributeText(site, 'sameSite', 'lax'), strict: attributeText(site, 'sameSite', 'strict') };
      // Lax keeps links from other sites working, so adding it is the safe default; a browser-written cookie is left to a person.
      const server = site.side === 'server';
      const lax = site.editor.set('sameSite', 'lax');
      const strict = site.editor.set('sameSite', 'strict');
      const laxAction: Action<MessageIds> | undefined = lax && { messageId: 'setLax', fix: lax };
      const alternatives: Action<MessageIds>[] = strict ? [{ messageId: 'setStrict', fix: strict }] : [];
      if (state.kind === 'absent') {
        reportWithFixes(context, { node: site.missingNode, messageId: 'missingSameSite', data }, server ? laxAction : undefined, server ? alternatives : [laxAction, ...alternatives].filter((action) => action !== undefined), autofix);
        return;
      }
      if (state.value === false) {
        const removal = site.api.defaults.sameSite === 'lax' || site.api.defaults.sameSite === 'strict' ? site.editor.remove('sameSite') : undefined;
        const action: Action<MessageIds> | undefined = removal ? { messageId: 'removeOverride', fix: removal } : laxAction;
        const text = removal ? "remove the override so the library's SameSite default applies" : `set ${data.attribute}`;
        const safe = server && state.literal;
        reportWithFixes(
          context,
          { node: state.node, messageId: 'sameSiteDisabled', data: { ...data, action: text } },
          safe ? action : undefined,
          safe || !action ? alternatives : [action, ...alternatives],
          autofix,
        );
        return;
      }
      // None and 'auto' are deliberate choices that a cross-site flow may rely on: suggestions only.
      const messageId = state.value === 'auto' ? 'sameSiteAuto' : 'sameSiteNone';
      reportWithFixes(context, { node: state.node, messageId, data }, undefined, [laxAction, ...alternatives].filter((action) => action !== undefined), autofix);
    });
  },
});
