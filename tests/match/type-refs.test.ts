import { describe, expect, it } from 'vitest';
import { isTypeFrom, typeRef } from '../../lib/match/type-refs.ts';
import { analyze, walk } from '../helpers/analyze.ts';

/** The module ref of the first variable's type annotation. */
function refOf(code: string): string | undefined {
  return analyze(
    code,
    ({ sourceCode, ast }) => {
      for (const node of walk(ast, sourceCode.visitorKeys)) {
        if (node.type === 'VariableDeclarator' && node.id.type === 'Identifier') {
          const ref = typeRef(node.id.typeAnnotation, sourceCode);
          return ref && `${ref.module} ${ref.path.join('.')}`;
        }
      }
      return undefined;
    },
    { parser: 'ts' },
  );
}

describe('typeRef', () => {
  it.for([
    ["import type { NextAuthOptions } from 'next-auth'; const a: NextAuthOptions = {};", 'next-auth NextAuthOptions'],
    ["import { type SessionOptions as Options } from 'iron-session'; const a: Options = {};", 'iron-session SessionOptions'],
    ["import * as Auth from 'next-auth'; const a: Auth.NextAuthOptions = {};", 'next-auth NextAuthOptions'],
    ["import NextAuth from 'next-auth'; const a: NextAuth.Options.Deep = {};", 'next-auth Options.Deep'],
    ["import { 'quoted' as Q } from 'lib'; const a: Q = {};", 'lib quoted'],
    ["import X = require('lib'); const a: X = {};", undefined],
    ['interface Local {} const a: Local = {};', undefined],
    ['const a: string = x;', undefined],
    ['const a: Missing = x;', undefined],
    ['const a = x;', undefined],
    ["import { T } from 'lib'; const a: T[] = [];", undefined],
  ] as const)('%s', ([code, expected]) => {
    expect(refOf(code)).toBe(expected);
  });

  it('matches a module and an export path', () => {
    const code = "import type { JwtService } from '@nestjs/jwt'; const a: JwtService = x;";
    const result = analyze(
      code,
      ({ sourceCode, ast }) => {
        const declaration = ast.body[1]!;
        const id = declaration.type === 'VariableDeclaration' && declaration.declarations[0]!.id.type === 'Identifier' ? declaration.declarations[0]!.id : undefined;
        return [
          isTypeFrom(id?.typeAnnotation, sourceCode, ['@nestjs/jwt'], ['JwtService']),
          isTypeFrom(id?.typeAnnotation, sourceCode, ['@nestjs/jwt'], ['JwtModule']),
          isTypeFrom(id?.typeAnnotation, sourceCode, ['other'], ['JwtService']),
          isTypeFrom(undefined, sourceCode, ['@nestjs/jwt'], ['JwtService']),
        ];
      },
      { parser: 'ts' },
    );
    expect(result).toEqual([true, false, false, false]);
  });
});
