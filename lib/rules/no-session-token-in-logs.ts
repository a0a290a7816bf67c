import type { TSESTree } from '@typescript-eslint/utils';
import { getTokenFlow, type TokenSource } from '../models/tokens/flow.ts';
import { sinkOf, tokenContainer, type Sink } from '../models/tokens/log-sinks.ts';
import { unwrap } from '../ast/syntax.ts';
import { createRule } from '../utils/create-rule.ts';
import { runsOnlyInDevelopment } from '../file/development-only.ts';
import { saysNothingMatched } from '../vocabulary/messages.ts';

type Node = TSESTree.Node;

export type MessageIds = 'tokenLogged' | 'containerLogged' | 'tokenInError' | 'tokenInErrorResponse' | 'namedTokenLogged';

export type Options = [{ reportNamedTokens?: boolean }];

export default createRule<MessageIds, Options>({
  name: 'no-session-token-in-logs',
  meta: {
    type: 'problem',
    messages: {
      tokenLogged: 'Token {{token}} is written to the log by {{sink}}; log a hash or a short prefix of it instead.',
      containerLogged: 'Logging {{token}} with {{sink}} writes the Cookie and Authorization headers; log only the fields you need.',
      tokenInError: 'Token {{token}} is put into the message of {{sink}}; errors reach logs and error pages, so leave it out.',
      tokenInErrorResponse: 'Token {{token}} is sent back in the error response of {{sink}}; leave it out of error bodies.',
      namedTokenLogged: 'Value {{token}}, named like a session token, reaches {{sink}}; if it is one, leave it out or write a hash or a short prefix of it.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          reportNamedTokens: {
            type: 'boolean',
            description: 'Also report values that only their name calls a token (`token`, `user.apiKey`), not only the session id, signed JWTs and credential headers or cookies.',
          },
        },
      },
    ],
    defaultOptions: [{ reportNamedTokens: false }],
  },
  create(context) {
    // ESLint fills in meta.defaultOptions.
    const reportNamedTokens = context.options[0]?.reportNamedTokens === true;
    const sourceCode = context.sourceCode;
    const flow = getTokenFlow(sourceCode);

    return {
      'CallExpression, NewExpression'(node: TSESTree.CallExpression | TSESTree.NewExpression) {
        const sink = sinkOf(node, sourceCode);
        if (!sink) return;
        for (const value of sink.values) checkValue(value, sink);
      },
      ThrowStatement(node) {
        // `throw 'Invalid token ' + token`: a thrown string is the error message.
        const argument = unwrap(node.argument);
        if (argument.type === 'TemplateLiteral' || argument.type === 'BinaryExpression') checkValue(argument, { kind: 'error', label: 'a thrown string', values: [argument] });
      },
    };

    function checkValue(value: Node, sink: Sink): void {
      // A log line that only a developer's machine writes (`if (env.isDevelopment) logger.info(link)`).
      if (sink.kind === 'log' && runsOnlyInDevelopment(value)) return;
      const token = flow.carried(value);
      if (token) {
        if (token.evidence === 'issued') report(token, value, sink);
        else if (reportNamedTokens && !quotesRejectedValue(token.node, value)) report(token, value, sink, 'namedTokenLogged');
        return;
      }
      if (sink.kind !== 'log') return;
      const bare = unwrap(value);
      const candidates = bare.type === 'ObjectExpression' ? bare.properties.map((property) => (property.type === 'Property' ? property.value : property.argument)) : [bare];
      for (const candidate of candidates) {
        const container = tokenContainer(candidate, sourceCode);
        if (container) report({ node: candidate, label: container, evidence: 'issued' }, candidate, sink, 'containerLogged');
      }
    }

    function report(token: TokenSource, value: Node, sink: Sink, messageId?: MessageIds): void {
      // The token itself when it is written inside the argument, else the argument that carries it.
      const node = value.range[0] <= token.node.range[0] && token.node.range[1] <= value.range[1] ? token.node : value;
      const id = messageId ?? (sink.kind === 'log' ? 'tokenLogged' : sink.kind === 'error' ? 'tokenInError' : 'tokenInErrorResponse');
      context.report({ node, messageId: id, data: { token: token.label, sink: sink.label } });
    }
  },
});

/** Whether the template or string that puts `token` into `value` says the value was rejected. */
function quotesRejectedValue(token: Node, value: Node): boolean {
  for (let current: Node | undefined = token; current && current !== value.parent; current = current.parent) {
    if (current.type === 'TemplateLiteral') return current.quasis.some((quasi) => saysNothingMatched(quasi.value.cooked ?? ''));
    if (current.type === 'BinaryExpression' && current.operator === '+') {
      const texts = [current.left, current.right].filter((side): side is TSESTree.StringLiteral => side.type === 'Literal' && typeof side.value === 'string');
      if (texts.some((text) => saysNothingMatched(text.value))) return true;
    }
  }
  return false;
}
