// Templates of server code: Express, Koa, Fastify and Next.js handlers with cookie, session and token code.
import { cookieName, cookieOptions, indent, plural, type Unit } from './context.ts';

type Template = (c: Unit) => string;

const expressParams = (c: Unit, next = false): string =>
  c.ts ? `(req: Request, res: Response${next ? ', next: NextFunction' : ''})` : `(req, res${next ? ', next' : ''})`;

export const express: Template[] = [
  // A CRUD read with validation: the bulk of a real route file.
  (c) => {
    const noun = c.noun();
    const path = `/${plural(noun)}/:id`;
    return `router.get('${path}', async ${expressParams(c, true)} => {
  try {
    const id = Number(req.params.id);
    if (!Number.isInteger(id) || id <= 0) {
      return res.status(400).json({ error: 'invalid ${noun} id' });
    }
    const ${noun} = await db.${plural(noun)}.findOne({ where: { id, deletedAt: null } });
    if (!${noun}) return res.sendStatus(404);
    res.set('Cache-Control', 'private, max-age=${c.r.int(0, 600)}');
    res.json({ id: ${noun}.id, name: ${noun}.name, createdAt: ${noun}.createdAt.toISOString() });
  } catch (err) {
    next(err);
  }
});`;
  },
  (c) => {
    const noun = c.noun();
    return `router.get('/${plural(noun)}', async ${expressParams(c)} => {
  const page = Math.max(1, parseInt(String(req.query.page ?? '1'), 10));
  const limit = Math.min(100, parseInt(String(req.query.limit ?? '${c.r.pick([20, 25, 50])}'), 10));
  const [rows, total] = await Promise.all([
    db.${plural(noun)}.findMany({ skip: (page - 1) * limit, take: limit, orderBy: { createdAt: 'desc' } }),
    db.${plural(noun)}.count(),
  ]);
  res.json({ data: rows, page, pages: Math.ceil(total / limit) });
});`;
  },
  (c) => {
    const noun = c.noun();
    return `router.post('/${plural(noun)}', requireAuth, async ${expressParams(c)} => {
  const { name, description = '' } = req.body${c.t(' as { name?: string; description?: string }')};
  if (typeof name !== 'string' || name.trim().length === 0) {
    return res.status(422).json({ errors: [{ field: 'name', message: 'required' }] });
  }
  const created = await db.${plural(noun)}.create({ data: { name: name.trim(), description, ownerId: req.session.userId } });
  logger.info({ id: created.id }, '${noun} created');
  res.status(201).location(\`/${plural(noun)}/\${created.id}\`).json(created);
});`;
  },
  // Login: the session-fixation pattern, with or without regenerate.
  (c) => {
    const regenerate = c.r.chance(0.6);
    const name = cookieName(c, true);
    const body = `req.session.userId = user.id;
req.session.role = user.role;
${c.r.chance(0.5) ? `res.cookie('${name}', ${c.r.pick(['token', 'user.sessionToken', 'signed'])}, ${cookieOptions(c, 'express')});\n` : ''}res.json({ ok: true, user: { id: user.id, email: user.email } });`;
    return `router.post('/login', loginLimiter, async ${expressParams(c)} => {
  const { email, password } = req.body;
  const user = await users.verifyPassword(String(email).toLowerCase(), password);
  if (!user) {
    return res.status(401).json({ error: 'Invalid email or password' });
  }
  const token = crypto.randomBytes(32).toString('hex');
${
  regenerate
    ? `  req.session.regenerate((err) => {
    if (err) return res.status(500).json({ error: 'session error' });
${indent(body, 2)}
  });`
    : indent(body)
}
});`;
  },
  (c) => `router.post('/logout', ${expressParams(c)} => {
  const sid = req.sessionID;
  req.session.destroy((err) => {
    if (err) logger.warn({ err }, 'session destroy failed');
    res.clearCookie('${c.r.pick(['connect.sid', 'sid', 'session'])}', { path: '/' });
    res.status(204).end();
  });
  audit.record('logout', { sid: sid.slice(0, 6) });
});`,
  (c) => {
    const name = cookieName(c, false);
    return `router.put('/preferences/${name}', ${expressParams(c)} => {
  const value = String(req.body.value ?? '').slice(0, 32);
  res.cookie('${name}', value, { maxAge: 31536000000${c.r.chance(0.5) ? ", sameSite: 'lax'" : ''} });
  res.json({ ${name.replace(/\W/g, '_')}: value });
});`;
  },
  (c) => {
    const fn = c.name('issueAccessToken');
    return `export function ${fn}(user${c.t(': { id: string; role: string }')})${c.t(': string')} {
  return jwt.sign({ sub: user.id, role: user.role }, process.env.JWT_SECRET${c.t(' as string')}, {
    ${c.r.pick(["algorithm: 'HS256',\n    ", "algorithm: 'RS256',\n    ", ''])}expiresIn: '${c.r.pick(['15m', '1h', '7d', '30d'])}',
    issuer: 'api.example.com',
  });
}`;
  },
  (c) => {
    const fn = c.name('requireAuth');
    return `export function ${fn}${expressParams(c, true)}${c.t(': void')} {
  const header = req.headers.authorization ?? '';
  const [scheme, token] = header.split(' ');
  if (scheme !== 'Bearer' || !token) {
    res.status(401).json({ error: 'missing token' });
    return;
  }
  try {
    const payload = jwt.verify(token, process.env.JWT_SECRET${c.t(' as string')}${c.r.chance(0.6) ? `, { algorithms: ['HS256'] }` : ''});
    ${c.ts ? '(req as Request & { user?: unknown }).user' : 'req.user'} = payload;
    next();
  } catch {
    res.status(401).json({ error: 'invalid token' });
  }
}`;
  },
  (c) =>
    `app.use(
  session({
    name: '${c.r.pick(['sid', 'app.sid', '__Host-sid', 'connect.sid'])}',
    secret: process.env.SESSION_SECRET${c.t(' as string')},
    resave: false,
    saveUninitialized: ${c.r.pick(['false', 'true'])},
    rolling: ${c.r.pick(['true', 'false'])},
    store: new RedisStore({ client: redis, prefix: 'sess:' }),
    cookie: ${indent(cookieOptions(c, 'express'), 2).trimStart()},
  }),
);`,
  (c) => {
    const fn = c.name('newResetCode');
    const weak = c.r.chance(0.3);
    return `export function ${fn}()${c.t(': string')} {
  ${weak ? "return Math.random().toString(36).slice(2, 10);" : "return crypto.randomBytes(16).toString('base64url');"}
}`;
  },
  (c) => `app.use((err${c.t(': Error & { status?: number }')}, req${c.t(': Request')}, res${c.t(': Response')}, next${c.t(': NextFunction')}) => {
  logger.error({ err, path: req.path }, 'request failed');
  if (res.headersSent) return next(err);
  res.status(err.status ?? 500).json({ error: err.status ? err.message : 'Internal Server Error' });
});`,
  (c) => {
    const noun = c.noun();
    return `router.delete('/${plural(noun)}/:id', requireAuth, async ${expressParams(c)} => {
  const result = await db.${plural(noun)}.deleteMany({ where: { id: req.params.id, ownerId: req.session.userId } });
  if (result.count === 0) return res.status(404).json({ error: 'not found' });
  res.status(204).end();
});`;
  },
];

export const koa: Template[] = [
  (c) => {
    const name = cookieName(c, c.r.chance(0.6));
    return `router.post('/auth/login', async (ctx${c.t(': Context')}) => {
  const { username, password } = ctx.request.body${c.t(' as Record<string, string>')};
  const user = await accounts.authenticate(username, password);
  ctx.assert(user, 401, 'Invalid credentials');
  ctx.session${c.t('!')}.userId = user.id;
  ctx.cookies.set('${name}', await tokens.issue(user.id), ${cookieOptions(c, 'koa')});
  ctx.body = { id: user.id };
});`;
  },
  (c) => {
    const noun = c.noun();
    return `router.get('/${plural(noun)}/:id', async (ctx${c.t(': Context')}) => {
  const item = await repo.${plural(noun)}.get(ctx.params.id);
  if (!item) {
    ctx.status = 404;
    return;
  }
  ctx.set('ETag', item.version);
  ctx.body = item;
});`;
  },
  (c) => `app.use(
  session(
    {
      key: '${c.r.pick(['koa.sess', 'sid', 'app:sess'])}',
      maxAge: ${c.r.pick(['86400000', "'session'", '1000 * 60 * 60 * 8'])},
      httpOnly: ${c.r.pick(['true', 'true', 'false'])},
      signed: true,
      rolling: false,
      secure: ${c.r.pick(['true', 'false', "process.env.NODE_ENV === 'production'"])},
      sameSite: '${c.r.pick(['lax', 'strict', 'none'])}',
    },
    app,
  ),
);`,
  (c) => `app.use(async (ctx${c.t(': Context')}, next${c.t(': Next')}) => {
  const started = Date.now();
  try {
    await next();
  } finally {
    ctx.set('X-Response-Time', \`\${Date.now() - started}ms\`);
  }
});`,
  (c) => `router.post('/auth/logout', async (ctx${c.t(': Context')}) => {
  ctx.session = null;
  ctx.cookies.set('${c.r.pick(['koa.sess', 'sid'])}', null);
  ctx.status = 204;
});`,
];

export const fastify: Template[] = [
  (c) => {
    const name = cookieName(c, c.r.chance(0.6));
    return `fastify.post('/login', { schema: loginSchema }, async (request${c.t(': FastifyRequest<{ Body: LoginBody }>')}, reply${c.t(': FastifyReply')}) => {
  const user = await fastify.users.check(request.body.email, request.body.password);
  if (!user) return reply.code(401).send({ error: 'invalid credentials' });
  ${c.r.chance(0.5) ? 'await request.session.regenerate();\n  ' : ''}request.session.set('userId', user.id);
  reply.setCookie('${name}', user.token, ${cookieOptions(c, 'fastify')});
  return { ok: true };
});`;
  },
  (c) => {
    const noun = c.noun();
    return `fastify.get('/${plural(noun)}', async (request${c.t(': FastifyRequest')}, reply${c.t(': FastifyReply')}) => {
  const rows = await fastify.pg.query('SELECT id, name FROM ${plural(noun)} ORDER BY id LIMIT $1', [${c.r.int(10, 200)}]);
  reply.header('Cache-Control', 'no-store');
  return rows.rows.map((row${c.t(': { id: number; name: string }')}) => ({ ...row, href: \`/${plural(noun)}/\${row.id}\` }));
});`;
  },
  (c) => `await fastify.register(fastifyCookie, { secret: process.env.COOKIE_SECRET, parseOptions: {} });
await fastify.register(fastifySession, {
  secret: process.env.SESSION_SECRET${c.t(' as string')},
  cookieName: '${c.r.pick(['sessionId', 'sid'])}',
  cookie: ${indent(cookieOptions(c, 'fastify')).trimStart()},
});`,
  (c) => `fastify.addHook('onRequest', async (request${c.t(': FastifyRequest')}, reply${c.t(': FastifyReply')}) => {
  if (request.url.startsWith('/public')) return;
  try {
    await request.jwtVerify();
  } catch (err) {
    reply.send(err);
  }
});`,
];

export const next: Template[] = [
  (c) => {
    const name = cookieName(c, c.r.chance(0.7));
    return `export async function ${c.name('POST')}(request${c.t(': NextRequest')}) {
  const body = await request.json();
  const user = await verifyCredentials(body.email, body.password);
  if (!user) {
    return NextResponse.json({ error: 'Invalid credentials' }, { status: 401 });
  }
  const cookieStore = await cookies();
  cookieStore.set('${name}', await createSession(user.id), ${cookieOptions(c, 'next')});
  return NextResponse.json({ ok: true });
}`;
  },
  (c) => `export async function ${c.name('GET')}(request${c.t(': NextRequest')}) {
  const { searchParams } = new URL(request.url);
  const q = searchParams.get('q') ?? '';
  const results = await search(q, { limit: ${c.r.int(5, 50)} });
  return NextResponse.json(results, { headers: { 'Cache-Control': 's-maxage=60' } });
}`,
  (c) => {
    const fn = c.name('middleware');
    return `export function ${fn}(request${c.t(': NextRequest')}) {
  const session = request.cookies.get('${c.r.pick(['session', 'sid', 'token'])}')?.value;
  if (!session && request.nextUrl.pathname.startsWith('/dashboard')) {
    return NextResponse.redirect(new URL('/login', request.url));
  }
  const response = NextResponse.next();
  response.cookies.set('${cookieName(c, c.r.chance(0.4))}', String(Date.now()), ${cookieOptions(c, 'next')});
  return response;
}`;
  },
  (c) => {
    const fn = c.name(`${c.r.pick(['sign', 'log'])}${c.r.pick(['In', 'Out'])}Action`);
    return `export async function ${fn}(formData${c.t(': FormData')}) {
  const email = String(formData.get('email') ?? '');
  const store = await cookies();
  if (!email.includes('@')) {
    return { error: 'Enter a valid email' };
  }
  store.${c.r.pick(['set', 'delete'])}('${c.r.pick(['session', 'flash'])}'${c.r.chance(0.5) ? `, await createSession(email), ${cookieOptions(c, 'next')}` : ''});
  redirect('/');
}`;
  },
  (c) => {
    const fn = c.name('handler');
    return `${fn === 'handler' ? 'export default' : 'export'} async function ${fn}(req${c.t(': NextApiRequest')}, res${c.t(': NextApiResponse')}) {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return res.status(405).end();
  }
  const token = await createSession(req.body.userId);
  res.setHeader('Set-Cookie', serialize('${cookieName(c, true)}', token, ${cookieOptions(c, 'next')}));
  res.status(200).json({ ok: true });
}`;
  },
];

export const headers = {
  express: (ts: boolean, esm: boolean): string =>
    esm
      ? `import express from 'express';
import session from 'express-session';
import RedisStore from 'connect-redis';
import jwt from 'jsonwebtoken';
import crypto from 'node:crypto';
${ts ? "import type { Request, Response, NextFunction } from 'express';\n" : ''}import { db, redis, users, audit } from '../services/index${ts ? '' : '.js'}';
import { logger } from '../logger${ts ? '' : '.js'}';
import { loginLimiter, requireAuth, cookieDefaults, isProduction, SESSION_TTL } from '../middleware/auth${ts ? '' : '.js'}';

const app = express();
const router = express.Router();
`
      : `'use strict';
const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const jwt = require('jsonwebtoken');
const crypto = require('crypto');
const { db, redis, users, audit } = require('../services');
const { logger } = require('../logger');
const { loginLimiter, requireAuth, cookieDefaults, isProduction, SESSION_TTL } = require('../middleware/auth');

const app = express();
const router = express.Router();
`,
  koa: (ts: boolean): string => `import Koa${ts ? ', { type Context, type Next }' : ''} from 'koa';
import Router from '@koa/router';
import session from 'koa-session';
import { accounts, repo, tokens } from './services${ts ? '' : '.js'}';
import { cookieDefaults, ONE_DAY_MS } from './config${ts ? '' : '.js'}';

const app = new Koa();
const router = new Router();
app.keys = [process.env.APP_KEY${ts ? ' as string' : ''}];
`,
  fastify: (ts: boolean): string => `import Fastify${ts ? ', { type FastifyRequest, type FastifyReply }' : ''} from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifySession from '@fastify/session';
import { loginSchema${ts ? ', type LoginBody' : ''} } from './schemas${ts ? '' : '.js'}';
import { cookieDefaults, SESSION_TTL, isProduction } from './config${ts ? '' : '.js'}';

const fastify = Fastify({ logger: true });
`,
  next: (ts: boolean): string => `import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { NextResponse${ts ? ', type NextRequest' : ''} } from 'next/server';
${ts ? "import type { NextApiRequest, NextApiResponse } from 'next';\n" : ''}import { serialize } from 'cookie';
import { createSession, verifyCredentials, search } from '@/lib/auth';
import { cookieDefaults, SESSION_TTL, isProduction } from '@/lib/config';
`,
};

export const footers = {
  express: (esm: boolean): string => (esm ? '\nexport default router;\n' : '\nmodule.exports = router;\n'),
  koa: (): string => '\napp.use(router.routes()).use(router.allowedMethods());\nexport default app;\n',
  fastify: (): string => `\nawait fastify.listen({ port: Number(process.env.PORT ?? 3000) });\n`,
  next: (): string => '',
};
