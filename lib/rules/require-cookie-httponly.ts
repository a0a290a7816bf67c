import { cookieSiteListeners } from '../models/cookies/sites.ts';
import { attributeText, AUTOFIX_SCHEMA, CHECK_ALL_COOKIES_SCHEMA, cookieData, sessionScope } from '../models/cookies/rule-options.ts';
import { sessionReason } from '../models/cookies/session-cookies.ts';
import { reportWithFixes, type Action } from '../fixes/fix-or-suggest.ts';
import { createRule } from '../utils/create-rule.ts';

export type MessageIds = 'missingHttpOnly' | 'httpOnlyDisabled' | 'writtenByScript' | 'addHttpOnly' | 'removeOverride';

export type Options = [{ checkAllCookies?: boolean; autofix?: boolean }];

export default createRule<MessageIds, Options>({
  name: 'require-cookie-httponly',
  meta: {
    type: 'problem',
    fixable: 'code',
    // Suggestions are reported through reportWithFixes, which the lint rule cannot follow.
    // eslint-disable-next-line eslint-plugin/require-meta-has-suggestions
    hasSuggestions: true,
    messages: {
      missingHttpOnly: '{{kind}} {{name}} is readable by script without HttpOnly; add {{attribute}}.',
      httpOnlyDisabled: '{{kind}} {{name}} has HttpOnly turned off; {{action}}.',
      writtenByScript: '{{kind}} {{name}} is written by browser script, so it can never be HttpOnly; set it from the server instead.',
      addHttpOnly: 'Add {{attribute}}.',
      removeOverride: "Remove the override, so the library's HttpOnly default applies.",
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: { checkAllCookies: CHECK_ALL_COOKIES_SCHEMA, autofix: AUTOFIX_SCHEMA },
      },
    ],
    defaultOptions: [{ checkAllCookies: false, autofix: true }],
  },
  create(context) {
    const options = context.options[0];
    const scope = sessionScope(context.settings, options);
    const autofix = options?.autofix !== false;

    return cookieSiteListeners(context.sourceCode, (site) => {
      const reason = sessionReason(site, scope, context.sourceCode);
      if (!reason) return;
      const data = { ...cookieData(site, reason !== 'all'), attribute: attributeText(site, 'httpOnly', true) };
      if (site.side === 'browser') {
        context.report({ node: site.node, messageId: 'writtenByScript', data });
        return;
      }
      const state = site.attribute('httpOnly');
      if (state.kind === 'unknown' || state.value) return;
      if (state.kind === 'absent') {
        const set = site.editor.set('httpOnly', true);
        reportWithFixes(context, { node: site.missingNode, messageId: 'missingHttpOnly', data }, set && { messageId: 'addHttpOnly', fix: set }, [], autofix);
        return;
      }
      // No server code needs to read its own session cookie from script, so restoring HttpOnly is safe.
      const removal = site.api.defaults.httpOnly ? site.editor.remove('httpOnly') : undefined;
      const set = removal ? undefined : site.editor.set('httpOnly', true);
      const action: Action<MessageIds> | undefined = removal ? { messageId: 'removeOverride', fix: removal } : set && { messageId: 'addHttpOnly', fix: set };
      const text = removal ? "remove the override so the library's HttpOnly default applies" : `set ${data.attribute}`;
      reportWithFixes(
        context,
        { node: state.node, messageId: 'httpOnlyDisabled', data: { ...data, action: text } },
        state.literal ? action : undefined,
        !state.literal && action ? [action] : [],
        autofix,
      );
    });
  },
});
