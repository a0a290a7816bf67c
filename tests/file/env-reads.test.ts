import { describe, expect, it } from 'vitest';
import { envName, isImportMetaEnv } from '../../lib/file/env-reads.ts';
import { patternIdentifiers } from '../../lib/ast/patterns.ts';
import { analyze, analyzeCheck } from '../helpers/analyze.ts';

describe('envName', () => {
  it.for([
    ['check(process.env.JWT_SECRET);', 'JWT_SECRET', false],
    ["check(process.env['session-secret']);", 'session-secret', false],
    ['check(import.meta.env.VITE_KEY);', 'VITE_KEY', true],
    ['check(Bun.env.KEY);', 'KEY', false],
    ['function f(c) { check(c.env.KEY); }', 'KEY', false],
    ['const process = load(); check(process.env.KEY);', undefined, false],
    ['check(config.env.KEY);', undefined, false],
    ['check(process.other.KEY);', undefined, false],
    ['check(process.env);', undefined, false],
    ['check(KEY);', undefined, false],
    ['check(import.meta.url);', undefined, false],
  ] as const)('%s', ([code, name, inlined]) => {
    expect(analyzeCheck(code, (node, sourceCode) => [envName(node, sourceCode), isImportMetaEnv(node)])).toEqual([name, inlined]);
  });
});

describe('patternIdentifiers', () => {
  it('lists every variable a pattern binds', () => {
    const names = analyze('const { a, b: [c = 1, , ...d], ...e } = x;', ({ ast }) => {
      const declaration = ast.body[0]!;
      return declaration.type === 'VariableDeclaration' ? patternIdentifiers(declaration.declarations[0]!.id).map((id) => id.name) : [];
    });
    expect(names).toEqual(['a', 'c', 'd', 'e']);
  });

  it('binds nothing for a member target', () => {
    expect(analyze('[obj.a] = x;', ({ ast }) => {
      const statement = ast.body[0]!;
      return statement.type === 'ExpressionStatement' && statement.expression.type === 'AssignmentExpression' && statement.expression.left.type === 'ArrayPattern'
        ? patternIdentifiers(statement.expression.left.elements[0]!).length
        : -1;
    })).toBe(0);
  });
});
