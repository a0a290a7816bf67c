// Fastify: @fastify/cookie and @fastify/session.
import Fastify from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifySession from '@fastify/session';

const fastify = Fastify();
fastify.register(fastifyCookie, { secret: process.env.COOKIE_SECRET });

// Flaw: @fastify/session's Secure default turned off; the session id cookie also has no SameSite.
fastify.register(fastifySession, {
  secret: process.env.SESSION_SECRET,
  cookieName: '__Host-sid',
  cookie: { secure: false, maxAge: 30 * 60 * 1000 },
});

fastify.post('/api/refresh', async (request, reply) => {
  const refreshToken = await rotateRefreshToken(request);
  // Flaw: neither Secure nor HttpOnly (SameSite is Lax by default since @fastify/cookie 10).
  reply.setCookie('refresh_token', refreshToken, { path: '/api/refresh', maxAge: 3600 });
  return { ok: true };
});

async function rotateRefreshToken(request) {
  return request.id;
}

export default fastify;
