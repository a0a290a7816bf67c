import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { trustedUse } from '../../../lib/models/jwt/decoded-trust.ts';
import { analyze, walk } from '../../helpers/analyze.ts';

/** The type of the node where the result of `decode(...)` is trusted, or undefined. */
function trusted(code: string): string | undefined {
  return analyze(
    code,
    ({ sourceCode, ast }) => {
      for (const node of walk(ast, sourceCode.visitorKeys)) {
        if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'decode') {
          return trustedUse(node as TSESTree.CallExpression, sourceCode)?.type;
        }
      }
      throw new Error('no decode(...) call');
    },
    { parser: 'ts' },
  );
}

describe('trustedUse', () => {
  it.for([
    ['req.user = decode(t);', 'AssignmentExpression'],
    ['res.locals.account = decode(t);', 'AssignmentExpression'],
    ['ctx.state.claims = decode(t).claims;', 'AssignmentExpression'],
    ['const { sub } = decode(t); req.userId = sub;', 'AssignmentExpression'],
    ['const [first] = decode(t); req.user = first;', 'AssignmentExpression'],
    ['const { a = 1, ...rest } = decode(t); req.user = rest;', 'AssignmentExpression'],
    ['const { a = 1 } = decode(t); req.user = a;', 'AssignmentExpression'],
    ['let p; p = decode(t); req.user = p;', 'AssignmentExpression'],
    ['let a; ({ a } = decode(t)); req.user = a;', 'AssignmentExpression'],
    ['req.user = isAdmin ? decode(t) : null;', 'AssignmentExpression'],
    ['req.user = { id: decode(t).sub, roles: [...decode(t).roles] };', 'AssignmentExpression'],
    ['req.user = `${decode(t).sub}`;', 'AssignmentExpression'],
    ['async function f(req) { req.user = await users.find((decode(t) as Claims).sub); }', 'AssignmentExpression'],
    ['function h(req, res) { const p = decode(t); if (p.admin) res.send(1); }', 'MemberExpression'],
    ['function h(req, res) { while (decode(t)) res.write(1); }', 'CallExpression'],
    ['function h(req, res) { switch (decode(t).role) { default: res.end(); } }', 'MemberExpression'],
    ['const h = (req, res) => (decode(t) ? res.send(1) : res.sendStatus(403));', 'CallExpression'],
    ['app.use((req, res, next) => { items.forEach((item) => { if (decode(item)) next(); }); });', 'CallExpression'],
    ['function strategy(req, done) { done(null, decode(t)); }', 'CallExpression'],
    ["app.use(async (c, next) => { c.set('jwtPayload', decode(t)); });", 'CallExpression'],
    ['export function verifyToken(t) { return decode(t); }', 'ReturnStatement'],
    ['const authenticate = (t) => decode(t);', 'ArrowFunctionExpression'],
    ['const checks = { authorize(t) { return decode(t); } };', 'ReturnStatement'],
    ['class Guard { canActivate(ctx) { return !!decode(t); } }', 'ReturnStatement'],
    ["function read(t) { return decode(t); }\napp.get('/', (req, res) => { req.user = read(req.cookies.t); });", 'AssignmentExpression'],
    ["const read = function (t) { return decode(t); };\napp.get('/', (req, res) => { req.user = read(req.cookies.t); });", 'AssignmentExpression'],
    ['new ApolloServer({ context: ({ req }) => ({ user: decode(req.headers.authorization) }) });', 'ArrowFunctionExpression'],
    ['export function createContext({ req, res }) { const claims = decode(req.cookies.t); return { session: { claims } }; }', 'ReturnStatement'],
    ['function h({ req }) { if (decode(t)) go(); }', 'CallExpression'],
    ['const o = { [k]: decode(t) }; req.user = o;', 'AssignmentExpression'],
  ] as const)('%s', ([code, expected]) => {
    expect(trusted(code)).toBe(expected);
  });

  it.for([
    'console.log(decode(t));',
    'this.user = decode(t);',
    'store.theme = decode(t);',
    'function f(x) { const p = decode(t); if (p) go(); }',
    'const p = decode(t) ? 1 : 2;',
    'if (decode(t)) go();',
    'lookup[decode(t)] = 1;',
    'const o = { [decode(t)]: 1 };',
    'function h(req, res) { if (ok) res.send(decode(t)); }',
    'function strategy(req, done) { done(decode(t)); }',
    "app.use(async (c, next) => { c.set('theme', decode(t)); });",
    'app.use(async (c, next) => { c.set(key, decode(t)); });',
    'new Cache(decode(t));',
    'export function readClaims(t) { return decode(t); }',
    '(function () { return decode(t); })();',
    'function later() { const p = decode(t); return () => p; }',
    'let p = decode(t); p = p;',
    'const [, second] = [0, decode(t)];',
    'function f({ user } = decode(t)) { return user; }',
    'req[decode(t)] = 1;',
    'export function createContext({ req }) { return { theme: decode(req.cookies.t) }; }',
    'export function format(user) { return { user: decode(user.token) }; }',
    'function h({ [k]: req }) { if (decode(t)) go(); }',
    'function h({ ...rest }) { if (decode(t)) go(); }',
  ])('%s is not trusted', (code) => {
    expect(trusted(code)).toBeUndefined();
  });
});
