import type { TSESTree } from '@typescript-eslint/utils';
import { scriptCookie, storageAssignment, storageCall, type StorageWrite } from '../models/tokens/browser-storage.ts';
import { isKnown, staticValue } from '../values/index.ts';
import { getTokenFlow } from '../models/tokens/flow.ts';
import { isTokenName } from '../vocabulary/token-names.ts';
import { createRule } from '../utils/create-rule.ts';
import { getAsvsSettings } from '../utils/settings.ts';

type Node = TSESTree.Node;

export type MessageIds = 'tokenInStorage' | 'tokenInScriptCookie' | 'useSessionStorage';

export default createRule<MessageIds>({
  name: 'no-token-in-local-storage',
  meta: {
    type: 'problem',
    hasSuggestions: true,
    messages: {
      tokenInStorage: 'Token {{token}} is stored in {{store}}, which outlives the tab and any script can read; use an HttpOnly cookie, memory or sessionStorage.',
      tokenInScriptCookie: 'Token {{token}} is written to a cookie by script ({{store}}), which can never be HttpOnly; let the server set it.',
      useSessionStorage: 'Store it in sessionStorage instead (reads of the same key must change too).',
    },
    schema: [],
  },
  create(context) {
    const sourceCode = context.sourceCode;
    const flow = getTokenFlow(sourceCode);
    // Cookies the project names as session cookies (a custom express-session `name`) are tokens too.
    const sessionCookieNames = getAsvsSettings(context.settings).sessionCookieNames;

    return {
      CallExpression(call) {
        const write = storageCall(call, sourceCode);
        if (write) check(write, call);
      },
      AssignmentExpression(assignment) {
        if (assignment.operator !== '=') return;
        const write = storageAssignment(assignment, sourceCode);
        if (write) check(write, assignment);
      },
    };

    function check(write: StorageWrite, at: Node): void {
      const value = write.value;
      let key = write.key;
      if (write.store === 'document.cookie' && value) {
        const cookie = scriptCookie(value, sourceCode);
        if (cookie.deletes) return;
        key = cookie.name;
      }
      // A literal value is a placeholder or a static key (another rule's concern); an empty one clears the entry.
      if (value && isKnown(staticValue(value, sourceCode))) return;
      const token = value && flow.carried(value);
      const named = key !== undefined && (isTokenName(key) || (write.kind === 'cookie' && sessionCookieNames.includes(key)));
      if (!token && !named) return;
      const label = token?.label ?? `'${key}'`;
      const node = value && token && contains(value, token.node) ? token.node : (value ?? at);
      if (write.kind === 'cookie') {
        context.report({ node, messageId: 'tokenInScriptCookie', data: { token: label, store: write.store } });
        return;
      }
      const rename = write.rename;
      context.report({
        node,
        messageId: 'tokenInStorage',
        data: { token: label, store: write.store },
        suggest: rename ? [{ messageId: 'useSessionStorage', fix: (fixer) => fixer.replaceText(rename, 'sessionStorage') }] : [],
      });
    }
  },
});

function contains(outer: Node, inner: Node): boolean {
  return outer.range[0] <= inner.range[0] && inner.range[1] <= outer.range[1];
}
