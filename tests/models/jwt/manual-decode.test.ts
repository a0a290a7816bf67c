import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { manuallyDecodedToken } from '../../../lib/models/jwt/manual-decode.ts';
import { analyze, walk } from '../../helpers/analyze.ts';

/** The token text of every hand-made payload decode in the file. */
function decoded(code: string): string[] {
  return analyze(
    code,
    ({ sourceCode, ast }) => {
      const found: string[] = [];
      for (const node of walk(ast, sourceCode.visitorKeys)) {
        const token = node.type === 'CallExpression' ? manuallyDecodedToken(node as TSESTree.CallExpression, sourceCode) : undefined;
        if (token) found.push(sourceCode.getText(token));
      }
      return found;
    },
    { parser: 'ts' },
  );
}

describe('manuallyDecodedToken', () => {
  it.for([
    ["JSON.parse(atob(token.split('.')[1]));", ['token']],
    ["JSON.parse(Buffer.from(req.cookies.jwt.split('.')[1], 'base64').toString());", ['req.cookies.jwt']],
    ["JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));", ['token']],
    ["JSON.parse(new TextDecoder().decode(base64url.decode(token.split('.')[1])));", ['token']],
    ["const part = token.split('.')[1]; JSON.parse(atob(part));", ['token']],
    ["const [, payload] = token.split('.'); JSON.parse(decodeURIComponent(escape(atob(payload))));", ['token']],
    ["const [header] = token.split('.'); JSON.parse(atob(header));", []],
    ["const [, payload] = token.split('-'); JSON.parse(atob(payload));", []],
    ["const [, payload] = token.parts('.'); JSON.parse(atob(payload));", []],
    ["const [, payload] = list; JSON.parse(atob(payload));", []],
    ["JSON.parse(atob(token.split('.')[0]));", []],
    ["JSON.parse(atob(token.split(',')[1]));", []],
    ["JSON.parse(atob(token.parts('.')[1]));", []],
    ["JSON.parse(atob(parts[1]));", []],
    ["JSON.parse(atob(token.payload));", []],
    ['JSON.parse(text);', []],
    ['JSON.parse(...args);', []],
    ['JSON.parse();', []],
    ["JSON.stringify(atob(token.split('.')[1]));", []],
    ["const JSON = lib; JSON.parse(atob(token.split('.')[1]));", []],
    [`JSON.parse(${'f('.repeat(12)}token.split('.')[1]${')'.repeat(12)});`, []],
  ] as const)('%s', ([code, expected]) => {
    expect(decoded(code)).toEqual(expected);
  });
});
