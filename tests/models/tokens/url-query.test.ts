import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { isSingleUseName } from '../../../lib/vocabulary/token-names.ts';
import { inSingleUseContext, isAppDeepLink, isProviderUrl, isQueryObject, queryValues, streamingSink, valueOriginNames } from '../../../lib/models/tokens/url-query.ts';
import { analyze, analyzeCheck } from '../../helpers/analyze.ts';

describe('queryValues', () => {
  const values = (code: string, urlSink = false) =>
    analyzeCheck(code, (node, sourceCode) =>
      queryValues(node as TSESTree.TemplateLiteral | TSESTree.BinaryExpression, sourceCode, urlSink).map((value) => `${value.param}=${sourceCode.getText(value.node)}`),
    );

  it.for([
    ['check(`/x?sid=${id}`)', ['sid=id']],
    ['check(`/x?a=${1}&b=${true}&sid=${id}`)', ['b=true', 'sid=id']],
    ["const base = '/x?'; check(`${base}token=${t}`)", ['token=t']],
    ["check('/x?a=1&token=' + t + '&b=' + u)", ['token=t', 'b=u']],
    ["check(url + '&token=' + t)", []],
    ['check(`grant_type=refresh_token&refresh_token=${t}`)', []],
    ['check(`https://h/${path}?token=${t}`)', ['token=t']],
    ['check(`see docs ?token=${t}`)', ['token=t']],
    ['check(`a = ?token = ${t}`)', []],
  ] as const)('%s', ([code, expected]) => {
    expect(values(code)).toEqual(expected);
  });

  it('counts `&name=` as a query when the string is used as a URL', () => {
    expect(values("check(url + '&token=' + t)", true)).toEqual(['token=t']);
  });
});

describe('isQueryObject', () => {
  const query = (code: string, options?: Parameters<typeof analyzeCheck>[2]) => analyzeCheck(code, (node, sourceCode) => isQueryObject(node, sourceCode), options);
  it.for([
    'check(req.query)',
    'check(ctx.request.query)',
    'check(this.$route.query)',
    'check(url.parse(u, true).query)',
    'check(new URL(u).searchParams)',
    'check(new URLSearchParams(location.search))',
    "import { getQuery } from 'h3'; check(getQuery(event))",
    'check(getQuery(event))',
    "import { useSearchParams } from 'next/navigation'; check(useSearchParams())",
    "import qs from 'qs'; check(qs.parse(s))",
    "import { useSearchParams } from 'react-router'; const [params] = useSearchParams(); check(params)",
    'function Page({ searchParams }) { check(searchParams); }',
    'const { query } = req; check(query)',
    'const q = req.query; check(q)',
  ])('%s is a query', (code) => {
    expect(query(code)).toBe(true);
  });

  it.for([
    'check(db.query)',
    'check(fn(req.query))',
    'check(req["query"])',
    'check(new Map())',
    'check(other())',
    'function getQuery() {} check(getQuery(event))',
    'function f(query) { check(query); }',
    'const { [k]: q } = req; check(q)',
    'const [, q] = useSearchParams(); check(q)',
    'const a = req.query; const b = a; const c = b; const d = c; const e = d; check(e)',
    'check(undeclared)',
    'let q; check(q)',
    'check([])',
  ])('%s is not', (code) => {
    expect(query(code)).toBe(false);
  });

  it('does not take a call of `query` for a query object', () => {
    expect(analyzeCheck('check(c.req.query("a"))', (node, sourceCode) => isQueryObject((node as TSESTree.CallExpression).callee, sourceCode))).toBe(false);
  });
});

describe('streamingSink', () => {
  const sink = (code: string) => analyzeCheck(code, (node, sourceCode) => streamingSink(node, sourceCode) ?? null, { parser: 'ts' });
  it.for([
    ['new WebSocket(check(u))', 'new WebSocket()'],
    ['new EventSource(check(u).toString())', 'new EventSource()'],
    ['new WebSocket(new URL(check(u)))', 'new WebSocket()'],
    ['new WebSocket((check(u) as string))', 'new WebSocket()'],
    ["import { io } from 'socket.io-client'; io(check(u))", 'io()'],
    ["import io from 'socket.io-client'; io(check(u))", 'io()'],
    ["import WebSocketClient from 'isomorphic-ws'; new WebSocketClient(check(u))", 'new WebSocketClient()'],
    ['fetch(check(u))', null],
    ['new Request(check(u))', null],
    ['new WebSocket(base, check(u))', null],
    ['const [s] = check(u)', null],
  ] as const)('%s', ([code, expected]) => {
    expect(sink(code)).toBe(expected);
  });
});

describe('streamingSink through a variable', () => {
  const first = (code: string) =>
    analyze(code, ({ ast, sourceCode }) => {
      const declaration = ast.body[0] as TSESTree.VariableDeclaration;
      return streamingSink(declaration.declarations[0]!.init!, sourceCode) ?? null;
    });
  it.for([
    ['const s = `wss://x?t=${t}`; new WebSocket(s);', 'new WebSocket()'],
    ['const s = `/x?t=${t}`; fetch(s); s.length;', null],
    ['const [s] = list;', null],
  ] as const)('%s', ([code, expected]) => {
    expect(first(code)).toBe(expected);
  });
});

describe('inSingleUseContext', () => {
  const single = (code: string) => analyzeCheck(code, (node, sourceCode) => inSingleUseContext(node, sourceCode, isSingleUseName), { parser: 'ts' });
  it.for([
    'function verifyEmail() { check(t); }',
    'const sendPasswordReset = () => check(t);',
    'const handlers = { confirm: () => check(t) };',
    'class A { activate() { check(t); } }',
    "class A { @Get('magic-link') open() { check(t); } }",
    "app.get('/invite/accept', () => check(t));",
    "const R = '/unsubscribe'; app.get(R, function () { check(t); });",
  ])('%s', (code) => {
    expect(single(code)).toBe(true);
  });

  it.for(['function login() { check(t); }', 'check(t)', 'app.get(path, () => check(t));', 'app.get(...routes, () => check(t));', 'class A { @Public load() { check(t); } }', 'const o = { [k]: () => check(t) };'])('%s is not', (code) => {
    expect(single(code)).toBe(false);
  });
});

describe('isProviderUrl', () => {
  const provider = (code: string) => analyzeCheck(code, (node, sourceCode) => isProviderUrl(node, sourceCode));
  it.for([
    "const url = new URL('https://api.kit.com/v3/subscribers'); check(url.searchParams.set('api_secret', s))",
    "check(axios.get('https://eodhistoricaldata.com/api/eod', { params }))",
    "const BASE = 'https://cdn.example.net'; check(`${BASE}/tweet?token=${t}`)",
    "check('https://www.googleapis.com/oauth2/v1/userinfo?access_token=' + t)",
    "const url = client.createAuthorizationURLWithPKCE(endpoint, state, method, verifier, scopes); check(url.searchParams.set('account_token', t))",
  ])('%s goes to a provider', (code) => expect(provider(code)).toBe(true));
  it.for([
    "const url = new URL(base); check(url.searchParams.set('token', t))",
    "check(axios.get('/api/orders', { params }))",
    'check(`${origin}/app?jwt=${jwt}`)',
    "check(new URLSearchParams({ token }))",
    "const url = buildUrl(path); check(url.searchParams.set('token', t))",
  ])('%s does not', (code) => expect(provider(code)).toBe(false));
});

describe('valueOriginNames', () => {
  const origins = (code: string) => analyzeCheck(code, (node, sourceCode) => valueOriginNames(node, sourceCode));
  it.for([
    ['const token = encodeURIComponent(user.getTransferToken(service)); check(token)', ['encodeURIComponent', 'getTransferToken']],
    ['const t = await signUploadKey(key); check(t)', ['signUploadKey']],
    ['check(token)', []],
  ] as const)('%s', ([code, expected]) => expect(origins(code)).toEqual(expected));
});

describe('isAppDeepLink', () => {
  const deepLink = (code: string) => analyzeCheck(code, (node, sourceCode) => isAppDeepLink(node, sourceCode));
  it.for(['check(`outline://${host}/auth/redirect?token=${t}`)', "check('slack://open?team=' + id)"])('%s opens a native app', (code) => expect(deepLink(code)).toBe(true));
  it.for(['check(`https://${host}/x?token=${t}`)', 'check(`wss://h/ws?token=${t}`)', "check('/x?token=' + t)", 'check(`javascript://${t}`)'])('%s does not', (code) => expect(deepLink(code)).toBe(false));
});
