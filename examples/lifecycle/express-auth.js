// Session lifecycle flaws in an Express app (express-session + passport 0.6+).
import bcrypt from 'bcrypt';
import express from 'express';
import { expressjwt } from 'express-jwt';
import session from 'express-session';

const app = express();
app.use(session({ secret: process.env.SESSION_SECRET, name: '__Host-sid', cookie: { secure: true, httpOnly: true, sameSite: 'lax', maxAge: 30 * 60 * 1000 } }));

// Flaw (3.2.1): the user is stored in the pre-login session; a planted session id survives the login.
app.post('/login', async (req, res, next) => {
  const user = await db.users.findOne({ email: req.body.email });
  if (!user || !(await bcrypt.compare(req.body.password, user.passwordHash))) {
    return res.status(401).send('Invalid credentials');
  }
  req.session.userId = user.id;
  res.redirect('/dashboard');
});

// Flaw (3.2.1): the workaround copied for cookie-session turns passport's regeneration into a no-op.
app.use((req, res, next) => {
  if (req.session && !req.session.regenerate) {
    req.session.regenerate = (cb) => cb();
  }
  next();
});

// Flaw (3.3.1): only the cookie is cleared; anyone holding a copy of the session id stays logged in.
app.post('/logout', (req, res) => {
  res.clearCookie('__Host-sid');
  res.redirect('/login');
});

// Flaw (3.3.3): the password changes but every other session of the user stays valid.
app.post('/account/password', async (req, res) => {
  const user = await db.users.findById(req.session.userId);
  if (!(await bcrypt.compare(req.body.currentPassword, user.passwordHash))) return res.sendStatus(403);
  user.passwordHash = await bcrypt.hash(req.body.newPassword, 12);
  await user.save();
  res.redirect('/account');
});

// Flaw (3.7.1): the email, which recovers the account, changes on the session alone.
app.post('/account/email', async (req, res) => {
  await db.users.update(req.session.userId, { email: req.body.email });
  res.redirect('/account');
});

// Flaw (3.3.1): a token accepted by this middleware can never be revoked.
app.use('/api', expressjwt({ secret: process.env.JWT_PUBLIC_KEY, algorithms: ['RS256'] }));

// Not flaws: pre-login state, and a logout that ends the session.
app.get('/login', (req, res) => {
  req.session.returnTo = req.query.next;
  res.render('login');
});
app.post('/sign-out', (req, res, next) => {
  req.logout((err) => {
    if (err) return next(err);
    res.redirect('/');
  });
});

export default app;
