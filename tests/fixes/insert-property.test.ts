import type { TSESTree } from '@typescript-eslint/utils';
import type { RuleModule } from '@typescript-eslint/utils/ts-eslint';
import { Linter, type Rule } from 'eslint';
import { describe, expect, it } from 'vitest';
import { appendArgument, insertProperty } from '../../lib/fixes/insert-property.ts';

// A rule that applies one fixer to the first object literal or call of the file.
function fixWith(apply: 'property' | 'argument'): Rule.RuleModule {
  const rule: RuleModule<'fix'> = {
    meta: { type: 'problem', fixable: 'code', messages: { fix: 'fix' }, schema: [] },
    create(context) {
      let done = false;
      const selector = apply === 'property' ? 'ObjectExpression' : 'CallExpression';
      return {
        [selector](node: TSESTree.ObjectExpression | TSESTree.CallExpression) {
          if (done) return;
          done = true;
          context.report({
            node,
            messageId: 'fix',
            fix: (fixer) =>
              node.type === 'ObjectExpression'
                ? insertProperty(fixer, context.sourceCode, node, 'httpOnly: true')
                : appendArgument(fixer, context.sourceCode, node, '{ httpOnly: true }'),
          });
        },
      };
    },
  };
  return rule as unknown as Rule.RuleModule;
}

function fixed(code: string, apply: 'property' | 'argument'): string {
  const [message] = new Linter().verify(code, [{ plugins: { test: { rules: { fix: fixWith(apply) } } }, rules: { 'test/fix': 'error' } }]);
  const { range, text } = message!.fix!;
  return code.slice(0, range[0]) + text + code.slice(range[1]);
}

describe('insertProperty', () => {
  it.for([
    ['const o = {};', 'const o = { httpOnly: true };'],
    ['const o = {\n};', 'const o = {\n  httpOnly: true\n};'],
    ['const o = { a: 1 };', 'const o = { a: 1, httpOnly: true };'],
    ['const o = { a: 1, };', 'const o = { a: 1, httpOnly: true, };'],
    ['const o = {\n  a: 1\n};', 'const o = {\n  a: 1,\n  httpOnly: true\n};'],
    ['const o = {\n    a: 1,\n};', 'const o = {\n    a: 1,\n    httpOnly: true,\n};'],
    ['const o = { ...base };', 'const o = { ...base, httpOnly: true };'],
  ] as const)('%j', ([code, output]) => {
    expect(fixed(code, 'property')).toBe(output);
  });
});

describe('appendArgument', () => {
  it.for([
    ["f('sid', v);", "f('sid', v, { httpOnly: true });"],
    ["f('sid', v,);", "f('sid', v, { httpOnly: true });"],
    ['f();', 'f({ httpOnly: true });'],
    ["f('sid', (v));", "f('sid', (v), { httpOnly: true });"],
    ["f(('sid'),);", "f(('sid'), { httpOnly: true });"],
  ] as const)('%j', ([code, output]) => {
    expect(fixed(code, 'argument')).toBe(output);
  });
});
