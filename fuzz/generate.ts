// Random programs from eslump (as ESLint's own fuzzer makes them), some rewritten to use the names our
// rules look for, so that random shapes meet `res.cookie`, `session`, `jwt.sign` and friends.
import { generateRandomJS } from 'eslump';
import { isValueExpression, parseForMutation, replaceRanges, text } from './ast.ts';
import { LITERALS, NAMES } from './pools.ts';
import { withMathRandom, type Random } from './random.ts';

const DOMAIN_PROPERTIES = [
  'cookie', 'cookies', 'set', 'setCookie', 'clearCookie', 'session', 'regenerate', 'destroy', 'save', 'sign', 'verify', 'decode',
  'httpOnly', 'secure', 'sameSite', 'maxAge', 'expires', 'use', 'get', 'post', 'login', 'logIn', 'random', 'randomBytes', 'token',
  'sessionID', 'headers', 'setHeader', 'append', 'redirect', 'query', 'body', 'locals', 'register', 'header', 'jwtVerify',
];

export function randomProgram(r: Random): string {
  return withMathRandom(r, () =>
    generateRandomJS({ sourceType: r.chance(0.8) ? 'module' : 'script', maxDepth: r.int(2, 7), comments: r.chance(0.3), whitespace: r.chance(0.3) }),
  );
}

/** Renames some identifiers and strings of a random program to names and values of session code. */
export function domainProgram(code: string, r: Random): string | undefined {
  const parsed = parseForMutation(code, 'file.js');
  if (!parsed) return undefined;
  const identifiers = parsed.nodes.filter((node) => node.type === 'Identifier' && !node.parent?.type.startsWith('Import') && !node.parent?.type.startsWith('Export'));
  const names = [...new Set(identifiers.map((node) => (node as { name: string }).name))];
  const renames = new Map(names.filter(() => r.chance(0.6)).map((name) => [name, r.chance(0.5) ? r.pick(NAMES) : r.pick(DOMAIN_PROPERTIES)]));
  const edits: { range: [number, number]; text: string }[] = [];
  const seen = new Set<number>();
  for (const node of identifiers) {
    const replacement = renames.get((node as { name: string }).name);
    if (replacement && !seen.has(node.range[0])) {
      seen.add(node.range[0]);
      edits.push({ range: node.range, text: replacement });
    }
  }
  for (const node of parsed.nodes) {
    if (node.type === 'Literal' && typeof node.value === 'string' && isValueExpression(node) && r.chance(0.5)) edits.push({ range: node.range, text: r.pick(LITERALS) });
  }
  return replaceRanges(code, edits);
}

/** Expressions cut from random programs: odd shapes to splice into known ones. */
export function expressionPool(r: Random, size: number): string[] {
  const pool: string[] = [];
  for (let attempt = 0; pool.length < size && attempt < size * 20; attempt++) {
    const code = withMathRandom(r, () => generateRandomJS({ sourceType: 'module', maxDepth: r.int(2, 4), comments: false, whitespace: false }));
    const parsed = parseForMutation(code, 'file.js');
    if (!parsed) continue;
    const expressions = parsed.nodes.filter((node) => isValueExpression(node) && node.range[1] - node.range[0] <= 80 && node.range[1] - node.range[0] >= 3);
    if (expressions.length > 0) pool.push(text(code, r.pick(expressions)));
  }
  return pool;
}
