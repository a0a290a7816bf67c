// Session lifecycle flaws in a Fastify app (@fastify/session, @fastify/jwt).
import fastifyJwt from '@fastify/jwt';
import type { FastifyInstance } from 'fastify';

export default async function authRoutes(fastify: FastifyInstance) {
  // Flaw (3.3.1): nothing can revoke a token this plugin verifies (no `trusted` check).
  await fastify.register(fastifyJwt, { secret: process.env.JWT_SECRET! });

  // Flaw (3.2.1): `await request.session.regenerate()` is missing.
  fastify.post('/login', async (request, reply) => {
    const user = await verifyPassword(request.body as Credentials);
    request.session.set('user', user.id);
    return reply.redirect('/');
  });

  // Flaw (3.3.1): the session stays in the store; only the browser forgets the cookie.
  fastify.post('/logout', async (request, reply) => {
    reply.clearCookie('sessionId');
    return reply.redirect('/');
  });
}
