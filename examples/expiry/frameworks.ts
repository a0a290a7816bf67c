// More session and token lifetimes the rule reads: Koa, Fastify, Auth.js, hono and NestJS.
import Koa from 'koa';
import koaSession from 'koa-session';
import Fastify from 'fastify';
import fastifySession from '@fastify/session';
import NextAuth from 'next-auth';
import { sign } from 'hono/jwt';
import { JwtModule } from '@nestjs/jwt';

const koa = new Koa();
koa.keys = [process.env.KOA_KEY!];
// Flaw: 'session' makes the koa-session cookie, and so the session, never expire.
koa.use(koaSession({ key: '__Host-koa', maxAge: 'session', secure: true, sameSite: 'strict' }, koa));

const fastify = Fastify();
// Flaw: @fastify/session without cookie.maxAge keeps sessions forever.
fastify.register(fastifySession, {
  secret: process.env.FASTIFY_SESSION_SECRET!,
  cookieName: '__Host-sid',
  cookie: { secure: true, sameSite: 'strict', path: '/' },
});

// Flaw: Auth.js renews the session on every visit, here for 90 days each time.
export const { handlers, auth } = NextAuth({
  providers: [],
  session: { strategy: 'jwt', maxAge: 90 * 24 * 60 * 60 },
});

// Flaw: hono's sign() sets no expiry of its own; the payload needs an exp claim.
export const issueHonoToken = (userId: string) => sign({ sub: userId }, process.env.HONO_JWT_SECRET!, 'HS256');

// Flaw: the module default lets every jwtService.sign() that forgets expiresIn issue an eternal token.
export const jwtModule = JwtModule.register({ secret: process.env.NEST_JWT_SECRET, signOptions: { algorithm: 'HS256' } });
