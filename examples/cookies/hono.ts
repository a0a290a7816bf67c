// Hono.
import { Hono } from 'hono';
import { setCookie } from 'hono/cookie';

const app = new Hono();

app.post('/login', async (c) => {
  const sessionId = await createSession(await c.req.json());
  // Flaw: Hono adds only Path=/; the session cookie lacks Secure, HttpOnly and SameSite.
  setCookie(c, 'sid', sessionId, { maxAge: 1800 });
  return c.json({ ok: true });
});

async function createSession(body: unknown) {
  return String(body);
}

export default app;
