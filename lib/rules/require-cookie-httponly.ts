import type { TSESTree } from '@typescript-eslint/utils';
import { insertProperty, appendArgument } from '../fixes/insert-property.ts';
import { createRule } from '../utils/create-rule.ts';

export type MessageIds = 'missingHttpOnly' | 'httpOnlyDisabled';

// Whole-word session markers in a cookie name; `tokenCount` or `theme` do not count.
const SESSION_NAME = /(^|[^a-z])(sid|sess|session|sessionid|connect\.sid|token|jwt|auth)([^a-z]|$)/i;

export default createRule<MessageIds>({
  name: 'require-cookie-httponly',
  meta: {
    type: 'problem',
    fixable: 'code',
    messages: {
      missingHttpOnly: "Session cookie '{{name}}' is set without HttpOnly; add `httpOnly: true`.",
      httpOnlyDisabled: "Session cookie '{{name}}' has HttpOnly turned off; set `httpOnly: true`.",
    },
    schema: [],
  },
  create(context) {
    const sourceCode = context.sourceCode;

    return {
      'CallExpression[callee.type="MemberExpression"][callee.property.name="cookie"]'(call: TSESTree.CallExpression) {
        const callee = call.callee as TSESTree.MemberExpression;
        if (!isResponseParameter(callee.object) || call.arguments.length < 2) return;
        const [nameNode, , options] = call.arguments;
        if (nameNode?.type !== 'Literal' || typeof nameNode.value !== 'string' || !SESSION_NAME.test(nameNode.value)) return;
        const data = { name: nameNode.value };
        if (!options) {
          context.report({ node: call, messageId: 'missingHttpOnly', data, fix: (fixer) => appendArgument(fixer, sourceCode, call, '{ httpOnly: true }') });
          return;
        }
        if (options.type !== 'ObjectExpression' || options.properties.some((property) => property.type !== 'Property')) return;
        const httpOnly = options.properties.findLast(
          (property): property is TSESTree.Property => property.type === 'Property' && !property.computed && keyName(property) === 'httpOnly',
        );
        if (!httpOnly) {
          context.report({ node: options, messageId: 'missingHttpOnly', data, fix: (fixer) => insertProperty(fixer, sourceCode, options, 'httpOnly: true') });
        } else if (isKnownFalse(httpOnly.value)) {
          context.report({ node: httpOnly, messageId: 'httpOnlyDisabled', data, fix: (fixer) => fixer.replaceText(httpOnly.value, 'true') });
        }
      },
    };

    // Express hands the response to a handler as a parameter; a global or imported `res` is something else.
    function isResponseParameter(node: TSESTree.Node): boolean {
      if (node.type !== 'Identifier') return false;
      const variable = sourceCode.getScope(node).references.find((reference) => reference.identifier === node)?.resolved;
      return variable?.defs[0]?.type === 'Parameter';
    }
  },
});

function keyName(property: TSESTree.Property): string | undefined {
  if (property.key.type === 'Identifier') return property.key.name;
  return property.key.type === 'Literal' ? String(property.key.value) : undefined;
}

function isKnownFalse(node: TSESTree.Node): boolean {
  return node.type === 'Literal' && (node.value === false || node.value === 0 || node.value === '' || node.value === null);
}
