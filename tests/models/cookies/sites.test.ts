import { describe, expect, it } from 'vitest';
import { cookieSitesAt, type CookieSite } from '../../../lib/models/cookies/sites.ts';
import { sessionReason } from '../../../lib/models/cookies/session-cookies.ts';
import type { Attribute } from '../../../lib/frameworks/cookie-api.ts';
import { analyze, walk, type AnalyzeOptions } from '../../helpers/analyze.ts';

const ATTRIBUTES: Attribute[] = ['secure', 'httpOnly', 'sameSite', 'path', 'domain'];

function state(site: CookieSite, attribute: Attribute): string {
  const found = site.attribute(attribute);
  if (found.kind === 'unknown') return 'unknown';
  return `${found.kind}:${String(found.value)}`;
}

/** Every cookie site of a file, as `api name side session secure httpOnly sameSite path domain`. */
function sites(code: string, options: AnalyzeOptions & { names?: string[] } = {}): string[] {
  return analyze(
    code,
    ({ sourceCode, ast }) => {
      const found: string[] = [];
      for (const node of walk(ast, sourceCode.visitorKeys)) {
        for (const site of cookieSitesAt(node, sourceCode)) {
          const session = sessionReason(site, { names: options.names ?? [], all: false }, sourceCode) ?? '-';
          found.push([site.api.id, site.name ?? '?', site.side, session, ...ATTRIBUTES.map((attribute) => state(site, attribute))].join(' '));
        }
      }
      return found;
    },
    options,
  );
}

describe('cookie sites', () => {
  it.for([
    // express-session: nested `cookie`, default name, defaults when absent
    ["import session from 'express-session'; app.use(session({ secret }));", 'express-session connect.sid server library absent:false absent:true absent:false absent:/ absent:undefined'],
    ["import session from 'express-session'; app.use(session({ cookie: undefined }));", 'express-session connect.sid server library absent:false absent:true absent:false absent:/ absent:undefined'],
    ["import session from 'express-session'; app.use(session({ cookie: settings }));", 'express-session connect.sid server library unknown unknown unknown unknown unknown'],
    ["import session from 'express-session'; app.use(session({ ...config }));", 'express-session ? server library unknown unknown unknown unknown unknown'],
    ["import session from 'express-session'; app.use(session(undefined));", 'express-session connect.sid server library absent:false absent:true absent:false absent:/ absent:undefined'],
    ["import session from 'express-session'; app.use(session(makeOptions()));", 'express-session ? server library unknown unknown unknown unknown unknown'],
    ["import session from 'express-session'; app.use(session({ name: '__Host-s', cookie: { secure: 'auto', sameSite: 'auto', path: '/app', domain: 'x.io' } }));", 'express-session __Host-s server library known:auto absent:true known:auto known:/app known:x.io'],
    ["import session from 'express-session'; app.use(session({ cookie: { secure: {}, sameSite: 42, path: 1, domain: 2 } }));", 'express-session connect.sid server library unknown absent:true unknown unknown unknown'],
    ["import session from 'express-session'; app.use(session({ cookie: { path: null, domain: '', sameSite: 0 } }));", 'express-session connect.sid server library absent:false absent:true known:false known:undefined known:undefined'],
    // function-form options: one site per returned object
    [
      "import session from 'express-session'; app.use(session({ cookie(req) { if (req.secure) { return { secure: true }; } const inner = () => ({ secure: false }); return { httpOnly: false }; } }));",
      'express-session connect.sid server library known:true absent:true absent:false absent:/ absent:undefined|express-session connect.sid server library absent:false known:false absent:false absent:/ absent:undefined',
    ],
    ["import session from 'express-session'; app.use(session({ cookie: (req) => req.opts }));", 'express-session connect.sid server library unknown unknown unknown unknown unknown'],
    ["import session from 'express-session'; app.use(session({ cookie: function () { } }));", 'express-session connect.sid server library unknown unknown unknown unknown unknown'],
    // koa-session takes its options in either position; an unknown one hides them
    ["import session from 'koa-session'; app.use(session({ key: 'k' }, app));", 'koa-session k server library absent:auto absent:true absent:false absent:/ absent:undefined'],
    ["import session from 'koa-session'; app.use(session());", 'koa-session koa.sess server library absent:auto absent:true absent:false absent:/ absent:undefined'],
    // Hono's prefix forces Secure (and for 'host' Path and no Domain)
    ["import { setCookie } from 'hono/cookie'; setCookie(c, 'sid', v, { prefix: 'host', path: '/x', domain: 'x.io' });", 'hono.setCookie __Host-sid server name known:true absent:false absent:false known:/ absent:undefined'],
    ["import { setCookie } from 'hono/cookie'; setCookie(c, 'sid', v, { prefix: 'secure', secure: false });", 'hono.setCookie __Secure-sid server name known:true absent:false absent:false absent:/ absent:undefined'],
    ["import { setCookie } from 'hono/cookie'; setCookie(c, 'sid', v, { prefix: 'other' });", 'hono.setCookie sid server name absent:false absent:false absent:false absent:/ absent:undefined'],
    // arguments hidden by a spread
    ["import { setCookie } from 'hono/cookie'; setCookie(...args);", 'hono.setCookie ? server - unknown unknown unknown unknown unknown'],
    ["import { getIronSession } from 'iron-session'; getIronSession(req, ...rest);", 'iron-session.getIronSession ? server library unknown unknown unknown unknown unknown'],
    // @fastify/cookie parseOptions registered in the same file
    [
      "import cookie from '@fastify/cookie'; app.register(cookie, { parseOptions: { secure: true, sameSite: undefined, httpOnly: flag } }); app.get('/', (req, reply) => reply.setCookie('sid', v));",
      'fastify.reply.setCookie sid server name absent:true unknown absent:lax absent:undefined absent:undefined',
    ],
    ["import cookie from '@fastify/cookie'; app.register(cookie, { parseOptions: base.parse }); app.get('/', (req, reply) => reply.setCookie('sid', v));", 'fastify.reply.setCookie sid server name unknown unknown unknown unknown unknown'],
    ["import cookie from '@fastify/cookie'; app.register(cookie, { ...base }); app.get('/', (req, reply) => reply.setCookie('sid', v));", 'fastify.reply.setCookie sid server name unknown unknown unknown unknown unknown'],
    ["import cookie from '@fastify/cookie'; app.register(cookie, config); app.get('/', (req, reply) => reply.setCookie('sid', v));", 'fastify.reply.setCookie sid server name unknown unknown unknown unknown unknown'],
    ["import cookie from '@fastify/cookie'; app.register(cookie); app.get('/', (req, reply) => reply.setCookie('sid', v));", 'fastify.reply.setCookie sid server name absent:false absent:false absent:lax absent:undefined absent:undefined'],
    ["import cookie from '@fastify/cookie'; app.register(cookie, { secret }); app.get('/', (req, reply) => reply.setCookie('sid', v));", 'fastify.reply.setCookie sid server name absent:false absent:false absent:lax absent:undefined absent:undefined'],
    ["import { fastifyCookie } from '@fastify/cookie'; app.register(fastifyCookie, { parseOptions: { ...more } }); app.get('/', (req, reply) => reply.setCookie('sid', v, { secure: true }));", 'fastify.reply.setCookie sid server name known:true unknown unknown unknown unknown'],
    // plugins
    ["import s from '@fastify/secure-session'; app.register(s, [{ cookieName: 'a', cookie: { path: '/' } }, , ...more]);", '@fastify/secure-session a server library absent:false absent:true absent:lax known:/ absent:undefined'],
    ["import s from '@fastify/secure-session'; app.register(s, { cookieOptions: { secure: true }, cookie: { secure: false } });", '@fastify/secure-session session server library known:true absent:true absent:lax absent:undefined absent:undefined'],
    ["import s from '@fastify/session'; app.register(s, ...opts);", '@fastify/session ? server library unknown unknown unknown unknown unknown'],
    ["import s from '@fastify/session'; app.register(...plugins);", ''],
    ["import Store from '@fastify/session'; app.register(Store.MemoryStore, {});", ''],
    ["server.register([{ plugin: require('@hapi/yar').plugin, options: { name: 'y' } }, ...others, { plugin: other }]);", '@hapi/yar y server library absent:true absent:true absent:lax absent:/ absent:undefined'],
    ["server.register({ plugin: require('@hapi/yar'), ...rest });", ''],
    ["server.register({ plugin: require('@hapi/yar') });", '@hapi/yar session server library absent:true absent:true absent:lax absent:/ absent:undefined'],
    // hapi's cookie auth scheme only under `auth.strategy`
    ["server.strategy('session', 'cookie', { cookie: {} }); server.auth.strategy('s', 'basic', {}); server.auth.strategy('s', other);", ''],
    // React Router: a createCookie used by a session storage is a session cookie
    // (the storage's own site then has unknown attributes and name, and reports nothing)
    ["import { createCookie, createCookieSessionStorage } from 'react-router'; const c = createCookie('prefs'); createCookieSessionStorage({ cookie: c });", 'react-router.createCookie prefs server library absent:false absent:false absent:lax absent:/ absent:undefined|react-router.createCookieSessionStorage ? server library unknown unknown unknown unknown unknown'],
    ["import { createCookie, createCookieSessionStorage } from 'react-router'; createCookieSessionStorage({ 'cookie': createCookie('prefs') });", 'react-router.createCookieSessionStorage ? server library unknown unknown unknown unknown unknown|react-router.createCookie prefs server library absent:false absent:false absent:lax absent:/ absent:undefined'],
    ["import { createCookie } from 'react-router'; const c = createCookie('prefs'); other({ cookie: c, [key]: c });", 'react-router.createCookie prefs server - absent:false absent:false absent:lax absent:/ absent:undefined'],
    ["import { createCookie } from 'react-router'; let c; c = createCookie('prefs');", 'react-router.createCookie prefs server - absent:false absent:false absent:lax absent:/ absent:undefined'],
    // the `cookie` package's result written by browser script
    ["import { serialize } from 'cookie'; document.cookie = serialize('sid', v) as string;", 'cookie.serialize sid browser name absent:false absent:false absent:false absent:undefined absent:undefined'],
    // deletions carry no token
    ["app.get('/', (req, res) => { res.cookie('sid', v, { maxAge: -1 }); res.cookie('sid', v, { expires: new Date('Thu, 01 Jan 1970 00:00:00 GMT') }); res.cookie('sid', v, { expires: 0 }); });", 'express.res.cookie sid server - absent:false absent:false absent:false absent:/ absent:undefined|express.res.cookie sid server - absent:false absent:false absent:false absent:/ absent:undefined|express.res.cookie sid server - absent:false absent:false absent:false absent:/ absent:undefined'],
    ["app.get('/', (req, res) => { res.cookie('sid', v, { maxAge: 10, expires: new Date(Date.now()) }); });", 'express.res.cookie sid server name absent:false absent:false absent:false absent:/ absent:undefined'],
    // strings
    ["document.cookie = `${name}=${value}; Secure; SameSite=${mode}; Path=/; HttpOnly=1`;", 'document.cookie ? browser - known:true known:true unknown known:/ absent:undefined'],
    ["res.setHeader('Set-Cookie', `sid=${v}; SameSite=Bogus; Domain=; Path`);", 'set-cookie-header sid server name absent:false absent:false unknown unknown known:undefined'],
  ] as const)('%s', ([code, expected]) => {
    expect(sites(code, { parser: 'ts' }).join('|')).toBe(expected);
  });

  it.for([
    // receivers: a method name proves nothing until the object is the framework's
    // Astro's cookies add no attribute of their own
    ["import type { APIContext } from 'astro'; export async function POST({ cookies }: APIContext) { cookies.set('sid', v); }", 'astro.cookies.set sid server name absent:false absent:false absent:false absent:undefined absent:undefined'],
    ["export async function POST(context) { context.cookies.set('sid', v); }", 'request.cookies.set sid server name absent:auto absent:true absent:lax absent:/ absent:undefined'],
    ["export const handle = async ({ event }) => { event.cookies.set('sid', v, { path: '/' }); };", 'request.cookies.set sid server name absent:auto absent:true absent:lax known:/ absent:undefined'],
    ["export const handle = async ({ event }) => { const { cookies } = event.locals; cookies.set('sid', v); };", 'request.cookies.set sid server name absent:auto absent:true absent:lax absent:/ absent:undefined'],
    ["const { cookies } = getContext(); cookies.set('sid', v); Astro.cookies.set('sid', v); this.cookies.set('sid', v); globalThis.cookies.set('sid', v);", ''],
    ["import { NextResponse } from 'next/server'; const r = new NextResponse(null); r.cookies.set('sid', v);", 'next.NextResponse.cookies.set sid server name absent:false absent:false absent:false absent:/ absent:undefined'],
    ["import type { NextResponse } from 'next/server'; export function withAuth(res: NextResponse) { res.cookies.set('sid', v); }", 'next.NextResponse.cookies.set sid server name absent:false absent:false absent:false absent:/ absent:undefined'],
    ["export function withAuth(res: Next.NextResponse, other: Response, third: Array<string>) { res.cookies.set('sid', v); }", 'next.NextResponse.cookies.set sid server name absent:false absent:false absent:false absent:/ absent:undefined'],
    ["export function f(res: NextResponseLike) { res.cookies.set('sid', v); } NextResponse.next().cookies.set('sid', v);", 'request.cookies.set sid server name absent:auto absent:true absent:lax absent:/ absent:undefined'],
    ["import Cookies from 'cookies'; const jar = Cookies(req, res); jar.set('sid', v);", 'cookies.Cookies.set sid server name absent:auto absent:true absent:false absent:/ absent:undefined'],
    ["import { 'default' as Cookies } from 'cookies'; new Cookies(req, res).set('sid', v); const other = make(); other.set('sid', v);", 'cookies.Cookies.set sid server name absent:auto absent:true absent:false absent:/ absent:undefined'],
    ["app.post('/', (req, rep) => { rep.setCookie('sid', v); }); app.post('/', (req, res) => { res.setCookie('sid', v); });", 'fastify.reply.setCookie sid server name absent:false absent:false absent:lax absent:undefined absent:undefined'],
    ["import type { FastifyReply } from 'fastify'; export function login(reply: FastifyReply) { reply.cookie('sid', v); }", 'fastify.reply.setCookie sid server name absent:false absent:false absent:lax absent:undefined absent:undefined'],
    ["app.post('/', (req, res) => { res.status(200)['cookie']('sid', v); res[method]('sid', v); res.cookie.call(res, 'sid', v); });", ''],
    ["import Hapi from '@hapi/hapi'; export function plugin(server, toolkit) { server.state('sid', {}); toolkit.state('sid', v); }", 'hapi.server.state sid server name absent:true absent:true absent:strict absent:undefined absent:undefined|hapi.h.state sid server name absent:true absent:true absent:strict absent:undefined absent:undefined'],
    ["import Hapi from '@hapi/hapi'; getServer().state('sid', {}); function f(server) { server.state('sid', {}); }", 'hapi.server.state sid server name absent:true absent:true absent:strict absent:undefined absent:undefined'],
    ["function route(request, reply) { reply.state('sid', v); }", ''],
    ["const destructured = ({ a: { b: { c: { d: { cookies } } } } }) => cookies.set('sid', v);", 'request.cookies.set sid server name absent:auto absent:true absent:lax absent:/ absent:undefined'],
    ["function f(e) { const { x } = e; const { y } = x; const { z } = y; const { w } = z; const { cookies } = w; cookies.set('sid', v); }", ''],
    ["function f(a, a2) { var a; var cookies = a; cookies.set('sid', v); }", ''],
  ] as const)('%s', ([code, expected]) => {
    expect(sites(code, { parser: 'ts' }).join('|')).toBe(expected);
  });

  it.for([
    ["server.auth.strategy('s'); import * as yar from '@hapi/yar'; server.register({ plugin: yar.default });", '@hapi/yar session server library absent:true absent:true absent:lax absent:/ absent:undefined'],
    ["import cookie from '@fastify/cookie'; other(cookie); app.get('/', (req, reply) => reply.setCookie('sid', v));", 'fastify.reply.setCookie sid server name absent:false absent:false absent:lax absent:undefined absent:undefined'],
    ["import '@fastify/cookie'; require('other'); app.register(require('@fastify/cookie'), { parseOptions: { secure: true } }); app.get('/', (req, reply) => reply.setCookie('sid', v));", 'fastify.reply.setCookie sid server name absent:true absent:false absent:lax absent:undefined absent:undefined'],
    ["import '@fastify/cookie'; function require(name) {} app.register(require('@fastify/cookie'), { parseOptions: { secure: true } }); app.get('/', (req, reply) => reply.setCookie('sid', v));", 'fastify.reply.setCookie sid server name absent:false absent:false absent:lax absent:undefined absent:undefined'],
    ["app.get('/', (req, res) => { res.cookie('sid', v, { httpOnly: {}, expires: 'Thu, 01 Jan 1970 00:00:00 GMT' }); });", 'express.res.cookie sid server - absent:false unknown absent:false absent:/ absent:undefined'],
    ["import session from 'express-session'; app.use(session({ cookie(req) { if (!req) return; return { secure: true }; } }));", 'express-session connect.sid server library known:true absent:true absent:false absent:/ absent:undefined'],
    ["res.setHeader('Set-Cookie', new Headers({ 'Set-Cookie': 'sid=a' })); send({ other: { 'Set-Cookie': 'sid=b' } }); const map = { 'Set-Cookie': 'sid=c' };", 'set-cookie-header sid server name absent:false absent:false absent:false absent:undefined absent:undefined'],
    ["res.setHeader('Set-Cookie', ['sid=a; Max-Age=0', , ...more, cookieFor(user)]); const made = make(); res.setHeader('Set-Cookie', made);", 'set-cookie-header sid server - absent:false absent:false absent:false absent:undefined absent:undefined'],
    ["const headers = new Headers({ 'set-cookie': `sid=${v}; Secure` });", 'set-cookie-header sid server name known:true absent:false absent:false absent:undefined absent:undefined'],
  ] as const)('%s', ([code, expected]) => {
    expect(sites(code, { parser: 'ts' }).join('|')).toBe(expected);
  });

  it('computes the sites of a node once', () => {
    analyze("app.get('/', (req, res) => res.cookie('sid', v));", ({ sourceCode, ast }) => {
      const call = [...walk(ast, sourceCode.visitorKeys)].find((node) => node.type === 'CallExpression' && sourceCode.getText(node).startsWith('res.'))!;
      expect(cookieSitesAt(call, sourceCode)).toBe(cookieSitesAt(call, sourceCode));
    });
  });

  it('reads settings.asvs.sessionCookieNames', () => {
    expect(sites("app.get('/', (req, res) => { res.cookie('prefs', v); });", { names: ['prefs'] })).toEqual([
      'express.res.cookie prefs server setting absent:false absent:false absent:false absent:/ absent:undefined',
    ]);
  });

  it('finds a commonjs require of @fastify/cookie', () => {
    const code = "const cookie = require('@fastify/cookie'); app.register(cookie, { parseOptions: { secure: true } }); app.get('/', (req, reply) => reply.setCookie('sid', v));";
    expect(sites(code, { sourceType: 'commonjs' })).toEqual(['fastify.reply.setCookie sid server name absent:true absent:false absent:lax absent:undefined absent:undefined']);
  });

  it('ignores nodes that set no cookie', () => {
    expect(analyze('const x = 1;', ({ sourceCode, ast }) => cookieSitesAt(ast, sourceCode))).toEqual([]);
  });
});

describe('cookie modules bound inside functions', () => {
  it('finds them through every scope', () => {
    const code = "function setup(app) { const session = require('express-session'); const mw = session; app.use(mw({ secret })); }";
    expect(sites(code, { sourceType: 'commonjs' })).toEqual(['express-session connect.sid server library absent:false absent:true absent:false absent:/ absent:undefined']);
    const fastify = "import '@fastify/cookie'; function setup(app) { const cookie = require('@fastify/cookie'); app.register(cookie, { parseOptions: { secure: true } }); app.get('/', (req, reply) => reply.setCookie('sid', v)); }";
    expect(sites(fastify)).toEqual(['fastify.reply.setCookie sid server name absent:true absent:false absent:lax absent:undefined absent:undefined']);
  });
});
