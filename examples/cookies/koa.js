// Koa: ctx.cookies and koa-session.
import Koa from 'koa';
import Router from '@koa/router';
import session from 'koa-session';

const app = new Koa();
app.keys = [process.env.COOKIE_KEY];
const router = new Router();

// Flaw: koa-session's HttpOnly default turned off (and no SameSite).
app.use(session({ key: '__Host-sess', httpOnly: false, maxAge: 30 * 60 * 1000 }, app));

router.post('/login', async (ctx) => {
  const sessionId = await createSession(ctx.request.body);
  // Flaw: Secure turned off, so the cookie also travels over plain HTTP.
  ctx.cookies.set('__Host-sid', sessionId, { secure: false, sameSite: 'lax' });
  ctx.status = 204;
});

async function createSession(body) {
  return body.user;
}

app.use(router.routes());
export default app;
