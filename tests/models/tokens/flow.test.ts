import { describe, expect, it } from 'vitest';
import { getTokenFlow } from '../../../lib/models/tokens/flow.ts';
import { analyzeCheck, analyzeChecks } from '../../helpers/analyze.ts';

const carried = (code: string, options?: Parameters<typeof analyzeCheck>[2]) =>
  analyzeCheck(code, (node, sourceCode) => getTokenFlow(sourceCode).carried(node)?.label ?? null, options);

describe('token sources', () => {
  it.for([
    ['check(req.sessionID)', 'req.sessionID'],
    ['check(req.session.id)', 'req.session.id'],
    ['check(request.yar.id)', 'request.yar.id'],
    ['check(ctx.session.externalKey)', 'ctx.session.externalKey'],
    ['check(request.session.sessionId)', 'request.session.sessionId'],
    ["check(req.headers['authorization'])", "req.headers['authorization']"],
    ['check(req.headers.cookie)', 'req.headers.cookie'],
    ['check(document.cookie)', 'document.cookie'],
    ["check(req.get('Cookie'))", "req.get('Cookie')"],
    ["check(req.header('x-api-key'))", "req.header('x-api-key')"],
    ["check(ctx.cookies.get('session'))", "ctx.cookies.get('session')"],
    ["check(localStorage.getItem('jwt'))", "localStorage.getItem('jwt')"],
    ["import jwt from 'jsonwebtoken'; check(jwt.sign({}, key))", 'jwt.sign()'],
    ["import { sign } from 'hono/jwt'; check(await sign({}, key))", 'sign()'],
    ["import jwtSimple from 'jwt-simple'; check(jwtSimple.encode({}, key))", 'jwtSimple.encode()'],
    ["import { EncryptJWT } from 'jose'; check(await new EncryptJWT({}).setProtectedHeader(h).encrypt(key))", 'new EncryptJWT().encrypt()'],
    ['check(this.jwtService.sign(payload))', 'this.jwtService.sign()'],
    ['check(await getAccessToken())', 'getAccessToken()'],
    ['check(token)', 'token'],
    ['check(accessToken)', 'accessToken'],
    ['function f(sessionId) { check(sessionId); }', 'sessionId'],
    ['const authToken = `${a}`; check(authToken)', 'authToken'],
    ['check(request.raw.incomingMessage.headers.authorization)', 'authorization'],
  ] as const)('%s is %s', ([code, expected]) => {
    expect(carried(code)).toBe(expected);
  });

  it.for([
    'check(req.session)',
    'check(req.session.userId)',
    'check(user.id)',
    'check(session)',
    'check(tokenCount)',
    'check(csrfToken)',
    'const tokens = []; check(tokens)',
    'const token = 42; check(token)',
    'const token = lexer.tokenize(src); check(token)',
    'function token() {} check(token)',
    'class Token {} check(Token)',
    "check(req.get('accept'))",
    "check(map.get(key))",
    "check(cache.get('session'))",
    'check(verifyToken(t))',
    'check(hashToken(t))',
    'check(jwt.verify(t, key))',
    'check(new SignJWT({}))',
    'check(signer.sign(data))',
    'check(x[y]())',
    'check((() => 1)())',
    'check(req.query)',
    "check(req[k])",
  ])('%s is not a token', (code) => {
    expect(carried(code)).toBeNull();
  });
});

describe('token flow', () => {
  it.for([
    ['const t = req.sessionID; check(t)', 'req.sessionID'],
    ['let t; t = req.sessionID; check(t)', 'req.sessionID'],
    ['let t = 1; t += req.sessionID; check(t)', null],
    ['check(`sid=${req.sessionID}`)', 'req.sessionID'],
    ["check('sid=' + req.sessionID)", 'req.sessionID'],
    ['check(a - req.sessionID)', null],
    ['check(x || token)', 'token'],
    ['check(x ? "" : token)', 'token'],
    ['check({ user, token })', 'token'],
    ['check({ ...creds, token })', 'token'],
    ['check({ ...{ token } })', 'token'],
    ['check([user, token])', 'token'],
    ['check([, token])', 'token'],
    ['check([...list, token])', 'token'],
    ["check(auth.split(' ')[1])", null],
    ["const auth = req.headers.authorization; check(auth.split(' ')[1])", 'req.headers.authorization'],
    ['check(token.length)', null],
    ['check(await token)', 'token'],
    ['check(token?.trim())', 'token'],
    ['let t; check(t = token)', 'token'],
    ['check((a, token))', 'token'],
    ['check(new URL(`?t=${token}`, base))', 'token'],
    ['check(new URLSearchParams({ token }))', 'token'],
    ['check(new Map([[1, token]]))', null],
    ['check(new Thing(token))', null],
    ['check(encodeURIComponent(token))', 'token'],
    ['check(JSON.stringify({ token }))', 'token'],
    ['check(Buffer.from(token).toString("base64"))', 'token'],
    ['check(btoa(""))', null],
    ["check(token.replace('Bearer ', ''))", 'token'],
    ["check(prefix.concat(token))", 'token'],
    ["check(prefix.concat(other))", null],
    ['check(token.slice(7))', 'token'],
    ['check(token.slice(0, 8))', null],
    ['check(token.substring(0, 8))', null],
    ['check(token.toUpperCase())', 'token'],
    ['check(token.localeCompare(x))', null],
    ['check(token[0])', 'token'],
    ['function wrap() { return `Bearer ${token}`; } check(wrap())', 'token'],
    ['function loop() { return loop(); } check(loop())', null],
    ['check(describe())', null],
    ['const { authorization: a } = req.headers; check(a)', 'req.headers.authorization'],
    ['const [, b] = req.headers.authorization.split(" "); check(b)', 'req.headers.authorization'],
    ['const { a = req.sessionID } = opts; check(a)', null],
    ['const [...rest] = [req.sessionID]; check(rest)', 'req.sessionID'],
    ['const { user } = { user: u, token }; check(user)', null],
    ['const { [k]: v } = req.headers; check(v)', null],
    ['const { a: { accessToken: t } } = body; check(t)', 'body.accessToken'],
    ['const { accessToken: t } = await fetchAVeryLongFunctionNameForTokens(request.body); check(t)', 'accessToken'],
    ['let x; ({ x } = { x: req.sessionID }); check(x)', null],
    ['let t; [t] = [req.sessionID]; check(t)', 'req.sessionID'],
    ['for (const t of [req.sessionID]) check(t)', null],
    ['const a = b; const b = a; check(a)', null],
    ['const t = req.sessionID; const u = t; const v = u; check(`${v}`)', 'req.sessionID'],
    ['check(undeclared)', null],
  ] as const)('%s carries %s', ([code, expected]) => {
    expect(carried(code)).toBe(expected);
  });

  it('reads TypeScript wrappers', () => {
    expect(carried('check((token as string)!)', { parser: 'ts' })).toBe('token');
  });

  it('answers from one model per file, whose answers do not change', () => {
    const [first, second] = analyzeChecks('const t = req.sessionID; check(t); check(t);', (node, sourceCode) => {
      const flow = getTokenFlow(sourceCode);
      expect(getTokenFlow(sourceCode)).toBe(flow);
      return [flow.carried(node), flow.carried(node), flow.direct(node)];
    });
    expect(first![0]).toBe(first![1]);
    expect(first![2]).toBeUndefined();
    expect(second![0]).toBe(first![0]);
  });
});
