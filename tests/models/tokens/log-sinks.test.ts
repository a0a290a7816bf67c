import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { scriptCookie, storageAssignment, storageCall } from '../../../lib/models/tokens/browser-storage.ts';
import { generatorOptionsOfCall, generatorOptionsOfTypedConfig } from '../../../lib/models/randomness/id-generators.ts';
import { calleeName, globalPath, localFunction, returnedExpressions } from '../../../lib/ast/local-functions.ts';
import { getModuleRefs } from '../../../lib/file/modules.ts';
import { directToken } from '../../../lib/models/tokens/sources.ts';
import { sinkOf, tokenContainer } from '../../../lib/models/tokens/log-sinks.ts';
import { analyzeCheck } from '../../helpers/analyze.ts';

describe('sinkOf', () => {
  const sink = (code: string) =>
    analyzeCheck(code, (node, sourceCode) => {
      const found = sinkOf(node as TSESTree.CallExpression, sourceCode);
      return found ? `${found.kind} ${found.label} ${found.values.length}` : null;
    });
  it.for([
    ['check(console.log(a, b))', 'log console.log 2'],
    ['check(console.assert(ok, a))', 'log console.assert 1'],
    ['check(window.console.warn(a))', 'log console.warn 1'],
    ['check(this.logger.error(a))', 'log logger.error 1'],
    ['check(appLogger.info(a))', 'log appLogger.info 1'],
    ["import debug from 'debug'; const log = debug('x'); check(log(a))", 'log log() 1'],
    ['check(new TypeError(a))', 'error new TypeError() 1'],
    ['check(HttpError(a))', 'error HttpError() 1'],
    ['check(createError(401, a))', 'error createError() 2'],
    ['check(context.throw(401, a))', 'error context.throw() 2'],
    ['check(ctx.assert(ok, 401, a))', 'error ctx.assert() 2'],
    ['check(res.status(401).end(a))', 'response res.status(401).end() 1'],
    ['check(res.json(a, 401))', 'response res.json() 1'],
    ['check(res.status(401).set(h).send(a))', 'response res.status(401).set(h).send() 1'],
    ['check(NextResponse.json(a, { status: 403 }))', 'response NextResponse.json() 1'],
    ['check(new Response(a, { status: 500 }))', 'response new Response() 1'],
  ] as const)('%s', ([code, expected]) => {
    expect(sink(code)).toBe(expected);
  });

  it.for([
    'check(console.count(a))',
    'check(audit.log2(a))',
    'check(log(a))',
    "import debug from 'debug'; let log; check(log(a))",
    'check(res.status(200).json(a))',
    'check(res.status(900).send(a))',
    'check(c.json(a))',
    'check(c.json(a, { status: s }))',
    'check(c.json(a, { [k]: 401 }))',
    'check(new Response(a, init))',
    'check(ctx.throwError(a))',
    'check(this.throw(a))',
    'check(error(a))',
    'check(new thing.Bar(a))',
  ])('%s is not a sink', (code) => {
    expect(sink(code)).toBeNull();
  });

  it('finds request objects that hold every header and cookie', () => {
    const container = (code: string) => analyzeCheck(code, (node, sourceCode) => tokenContainer(node, sourceCode) ?? null);
    expect(container('check(ctx.request.headers)')).toBe('ctx.request.headers');
    expect(container('check(req.signedCookies)')).toBe('req.signedCookies');
    expect(container('check(req["headers"])')).toBeNull();
    expect(container('check(req.body)')).toBeNull();
    expect(container('check(getReq().headers)')).toBeNull();
  });
});

describe('browser storage', () => {
  const call = (code: string) =>
    analyzeCheck(code, (node, sourceCode) => {
      const write = storageCall(node as TSESTree.CallExpression, sourceCode);
      return write ? `${write.store} ${write.kind} ${write.key ?? '?'} ${write.rename ? 'rename' : ''}`.trim() : null;
    });
  it.for([
    ["check(localStorage.setItem('k', v))", 'localStorage storage k rename'],
    ["const s = globalThis.localStorage; const t = s; check(t.setItem('k', v))", 'localStorage storage k'],
    ["import store2 from 'store2'; check(store2('k', v))", 'store2 storage k'],
    ["import { useLocalStorageState } from 'ahooks'; check(useLocalStorageState('k'))", 'useLocalStorageState storage k'],
    ["import { useStorage } from '@vueuse/core'; check(useStorage('k', 1, localStorage))", 'useStorage storage k'],
    ["import Cookies from 'js-cookie'; check(Cookies.set('k', v))", 'js-cookie cookie k'],
    ["check(window.cookieStore.set('k', v))", 'cookieStore.set cookie k'],
  ] as const)('%s', ([code, expected]) => {
    expect(call(code)).toBe(expected);
  });

  it.for(["check(sessionStorage.setItem('k', v))", "const s = a.b.c.d; check(s.setItem('k', v))", "const { localStorage } = self.other; check(localStorage.setItem('k', v))", "check(cookieStore.get('k'))", 'check(other.setItem(k, v))'])(
    '%s is not',
    (code) => {
      expect(call(code)).toBeNull();
    },
  );

  it('reads assignments to localStorage and document.cookie', () => {
    const assignment = (code: string) =>
      analyzeCheck(code, (node, sourceCode) => {
        const write = storageAssignment(node as TSESTree.AssignmentExpression, sourceCode);
        return write ? `${write.store} ${write.key ?? '?'}` : null;
      });
    expect(assignment("check(localStorage['k'] = v)")).toBe('localStorage k');
    expect(assignment('check(document.cookie = v)')).toBe('document.cookie ?');
    expect(assignment('check(other.cookie = v)')).toBeNull();
    expect(assignment('check(x = v)')).toBeNull();
  });

  it.for([
    ["check('sid=abc; Path=/')", 'sid', false],
    ["check('sid=; Path=/')", 'sid', true],
    ["check('sid=abc; max-age=-1')", 'sid', true],
    ["check('sid=abc; Max-Age = 0; Path=/')", 'sid', true],
    ["check('sid=abc; max-age=0')", 'sid', true],
    ["check('sid=abc; max-age=3600')", 'sid', false],
    ["check('sid=abc; expires=Thu, 01 Jan 1970 00:00:00 GMT')", 'sid', true],
    ['check(`${name}=${value}`)', undefined, false],
    ["check(' jwt =' + value)", 'jwt', false],
    ['check(NAME + "=" + value)', undefined, false],
    ['check(value)', undefined, false],
  ] as const)('%s', ([code, name, deletes]) => {
    expect(analyzeCheck(code, (node, sourceCode) => scriptCookie(node, sourceCode))).toEqual({ name, deletes });
  });
});

describe('id generator options', () => {
  const options = (code: string, options?: Parameters<typeof analyzeCheck>[2]) =>
    analyzeCheck(code, (node, sourceCode) => generatorOptionsOfCall(node as TSESTree.CallExpression, sourceCode).map((site) => `${site.row.library} ${sourceCode.getText(site.value)}`), options);
  it.for([
    ["import session from 'express-session'; check(session({ genid: g }))", ['express-session g']],
    ["import s from 'koa-session'; check(s(app, { genid: g }))", ['koa-session g']],
    ["import f from '@fastify/session'; check(app.register(f, { idGenerator: g }))", ['@fastify/session g']],
    ["import y from '@hapi/yar'; check(server.register({ plugin: y, options: { customSessionIDGenerator: g } }))", ['@hapi/yar g']],
    ["import NextAuth from 'next-auth'; const o = { session: { generateSessionToken: g } }; check(NextAuth(o))", ['next-auth g']],
    ["import { Auth } from '@auth/core'; check(Auth(req, { session: { generateSessionToken: g } }))", ['Auth.js g']],
    ["import session from 'express-session'; check(session())", []],
    ["import session from 'express-session'; check(session({ secret }))", []],
    ["import NextAuth from 'next-auth'; check(NextAuth({ session: s }))", []],
    ["import f from '@fastify/session'; check(app.register(other, { idGenerator: g }))", []],
    ["import f from '@fastify/session'; check(register(f, { idGenerator: g }))", []],
    ["import y from '@hapi/yar'; check(server.register([y, { plugin: y }]))", []],
    ["import y from '@hapi/yar'; check(server.register(plugins))", []],
    ['check(useSession(event, { generateId: g }))', ['h3 useSession g']],
    ['function useSession() {} check(useSession(event, { generateId: g }))', []],
    ['check(session({ genid: g }))', []],
  ] as const)('%s', ([code, expected]) => {
    expect(options(code)).toEqual(expected);
  });

  it('reads configuration objects declared with a library type', () => {
    const typed = (typeName: string) =>
      analyzeCheck('check({ session: { generateSessionToken: g } })', (node, sourceCode) => generatorOptionsOfTypedConfig(typeName, node, sourceCode).map((site) => site.row.library));
    expect(typed('NextAuthConfig')).toEqual(['next-auth']);
    expect(typed('SessionOptions')).toEqual([]);
  });
});

describe('local functions and names', () => {
  it('finds returned expressions outside nested functions and classes', () => {
    const returns = analyzeCheck('check(function () { const f = () => { return 1; }; class A { m() { return 2; } } if (a) return 3; return; })', (node, sourceCode) =>
      returnedExpressions(node as TSESTree.FunctionExpression, sourceCode).map((expression) => sourceCode.getText(expression)),
    );
    expect(returns).toEqual(['3']);
  });

  it.for([
    ['function f() {} check(f)', true],
    ['const f = () => 1; check(f)', true],
    ['let f = () => 1; f = g; check(f)', false],
    ['const { f } = o; check(f)', false],
    ['const f = g; check(f)', false],
    ['var f = () => 1; var f = () => 2; check(f)', false],
    ['check(undeclared)', false],
    ['check(a.b)', false],
  ] as const)('%s', ([code, expected]) => {
    expect(analyzeCheck(code, (node, sourceCode) => localFunction(node, sourceCode) !== undefined)).toBe(expected);
  });

  it('reads host globals and callee names through optional chains', () => {
    expect(analyzeCheck('check((window?.crypto)?.randomUUID)', (node, sourceCode) => globalPath(node, sourceCode))).toEqual(['crypto', 'randomUUID']);
    expect(analyzeCheck('const Math = {}; check(Math.random)', (node, sourceCode) => globalPath(node, sourceCode))).toBeUndefined();
    expect(analyzeCheck('check(a[b])', (node, sourceCode) => globalPath(node, sourceCode))).toBeUndefined();
    expect(analyzeCheck('check((a?.b))', (node) => calleeName(node))).toBe('b');
    expect(analyzeCheck('check(a[b])', (node) => calleeName(node))).toBeUndefined();
  });

  it('does not take a method being called for the token it is named after', () => {
    const token = analyzeCheck('check(api.getToken())', (node, sourceCode) => directToken((node as TSESTree.CallExpression).callee, sourceCode, getModuleRefs(sourceCode)));
    expect(token).toBeUndefined();
  });

  it.for([
    ['check(fns[0]())', undefined],
    ['const token = fns[0](); check(token)', 'token'],
    ['check(getJwt().sign(p))', undefined],
    ["check(getCookies().get('sid'))", "getCookies().get('sid')"],
    ["check(getCookies().get('session'))", undefined],
    ["check(cookies.get('session'))", "cookies.get('session')"],
    ['check(new (getClass())().sign(k))', undefined],
    ['check(new SignJWT(p).setIssuer(i).sign(k))', 'new SignJWT().sign()'],
    ['check(new SignJWT(p).encrypt(k))', undefined],
  ] as const)('%s', ([code, expected]) => {
    expect(analyzeCheck(code, (node, sourceCode) => directToken(node, sourceCode, getModuleRefs(sourceCode))?.label)).toBe(expected);
  });
});
