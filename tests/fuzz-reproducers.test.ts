// Every program the fuzzer saved under fuzz/reproducers/ must now lint without a crash, with fixes that
// parse, settle in one pass and are not reported again; and the checker must catch each kind of failure.
import type { Rule } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../lib/index.ts';
import { FixChecker } from '../fuzz/check.ts';
import { minimize } from '../fuzz/minimize.ts';
import { loadReproducers } from '../fuzz/reproducers.ts';

const checker = new FixChecker(plugin);
const reproducers = loadReproducers();

describe('fuzz reproducers', () => {
  for (const reproducer of reproducers) {
    // A known failure is a defect in a rule its owner has not fixed yet: expected to fail until then.
    const test = reproducer.knownFailure ? it.fails : it;
    const title = `${reproducer.file}: ${reproducer.kind} (${reproducer.message})`;
    test(reproducer.knownFailure ? `${title}, a known failure: once it passes, delete its knownFailure` : title, () => {
      const result = checker.check(
        { code: reproducer.code, filename: reproducer.filename, parser: reproducer.parser, ...(reproducer.settings ? { settings: reproducer.settings } : {}) },
        reproducer.rules,
      );
      expect(result.parsed).toBe(true);
      expect(result.failures).toEqual([]);
    });
  }

  it('name rules the plugin has', () => {
    const unknown = reproducers.flatMap((reproducer) => reproducer.rules.map((spec) => spec.rule)).filter((rule) => !(rule in plugin.rules));
    expect(unknown).toEqual([]);
  });
});

// A plugin of deliberately broken rules: the checker must catch every one of them.
const rule = (create: Rule.RuleModule['create']): Rule.RuleModule => ({
  meta: { type: 'problem', fixable: 'code', hasSuggestions: true, messages: { bad: 'bad {{n}}' }, schema: [] },
  create,
});
const reportLiteral = (value: unknown, report: (context: Rule.RuleContext, node: Rule.Node) => void) =>
  rule((context) => ({
    Literal(node) {
      if (node.value === value) report(context, node);
    },
  }));
const broken = new FixChecker({
  rules: {
    throws: rule(() => ({
      Identifier(node) {
        if (node.name === 'boom') throw new Error('kaboom');
      },
    })),
    unparsable: reportLiteral(1, (context, node) => context.report({ node, messageId: 'bad', data: { n: 1 }, fix: (fixer) => fixer.replaceText(node, '1 +') })),
    noop: reportLiteral(2, (context, node) => context.report({ node, messageId: 'bad', data: { n: 2 }, fix: (fixer) => fixer.replaceText(node, '2') })),
    grows: reportLiteral('x', (context, node) => context.report({ node, messageId: 'bad', data: { n: 3 }, fix: (fixer) => fixer.insertTextAfter(node, ' + "x"') })),
    suggestion: reportLiteral(4, (context, node) =>
      context.report({ node, messageId: 'bad', data: { n: 4 }, suggest: [{ desc: 'break it', fix: (fixer) => fixer.replaceText(node, '(') }] }),
    ),
    moves: reportLiteral(5, (context, node) => context.report({ node, messageId: 'bad', data: { n: 5 }, fix: (fixer) => fixer.insertTextBefore(node, '5, ') })),
    good: reportLiteral(6, (context, node) => context.report({ node, messageId: 'bad', data: { n: 6 }, fix: (fixer) => fixer.replaceText(node, '7') })),
  },
});
const check = (code: string, name: string) => broken.check({ code, filename: 'file.js', parser: 'espree' }, [{ rule: name, options: [] }], { strict: true });

describe('the fix checker', () => {
  it.each([
    ['boom()', 'throws', 'crash'],
    ['f(1)', 'unparsable', 'fix-unparsable'],
    ['f(2)', 'noop', 'fix-reported-again'],
    ["f('x')", 'grows', 'fix-not-idempotent'],
    ['f(4)', 'suggestion', 'suggestion-unparsable'],
    ['f(5)', 'moves', 'fix-not-idempotent'],
  ])('catches %s with the rule %s as %s', (code, name, kind) => {
    expect(check(code, name).failures.map((failure) => failure.kind)).toContain(kind);
  });

  it('passes a rule whose fixes are safe, and skips a program that does not parse', () => {
    expect(check('f(6); g(6)', 'good')).toMatchObject({ parsed: true, failures: [], fixes: 2 });
    expect(check('f(', 'good')).toMatchObject({ parsed: false, failures: [] });
  });

  it('shrinks a failing program to the part that fails', () => {
    const code = 'const a = 1;\nfunction f() {\n  g(h, boom());\n  return 3;\n}\nlet b = [a, b];';
    const small = minimize(code, 'file.js', (candidate) => check(candidate, 'throws').failures.length > 0);
    expect(small).toBe('boom');
  });
});
