// Session lifecycle flaws in a Koa app (koa-session 6.4+, which can regenerate).
import Router from '@koa/router';

const router = new Router();

// Flaw (3.2.1): no `await ctx.session.regenerate()` before the user is stored.
router.post('/login', async (ctx) => {
  const user = await verifyCredentials(ctx.request.body.email, ctx.request.body.password);
  ctx.assert(user, 401, 'Invalid credentials');
  ctx.session.user = { id: user.id, role: user.role };
  ctx.redirect('/');
});

// Flaw (3.3.1): removing the user leaves the session (and its id) alive; `ctx.session = null` ends it.
router.post('/logout', async (ctx) => {
  delete ctx.session.user;
  ctx.redirect('/login');
});

// Flaw (3.7.1): MFA is switched off without a fresh proof of identity.
router.post('/account/mfa/disable', async (ctx) => {
  await prisma.user.update({ where: { id: ctx.session.user.id }, data: { mfaEnabled: false, totpSecret: null } });
  ctx.redirect('/account');
});

export default router;
