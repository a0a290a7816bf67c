// Express API: stateless tokens and the secrets that sign them (ASVS 4.0.3 3.5.2, 3.5.3).
import express from 'express';
import session from 'express-session';
import jwt from 'jsonwebtoken';
import { expressjwt } from 'express-jwt';

const app = express();

// Flaw: the README's example secret signs every session cookie.
app.use(session({ secret: 'keyboard cat', resave: false, saveUninitialized: false, cookie: { secure: true, httpOnly: true, sameSite: 'lax' } }));

// Flaw: a fallback that ships to production when the variable is missing.
const JWT_SECRET = process.env.JWT_SECRET || 'dev-secret';

app.post('/login', async (req, res) => {
  const user = await authenticate(req.body.email, req.body.password);
  const token = jwt.sign({ sub: user.id }, JWT_SECRET, { algorithm: 'HS256', expiresIn: '15m' });
  res.json({ token });
});

// Flaw: the payload is trusted without checking the signature.
app.use('/api', (req, res, next) => {
  req.user = jwt.decode(req.headers.authorization?.slice(7));
  next();
});

// Flaws: unsigned tokens are accepted, and so are expired ones.
app.get('/api/reports', (req, res) => {
  const claims = jwt.verify(req.query.token, process.env.REPORTS_PUBLIC_KEY, { algorithms: ['RS256', 'none'], ignoreExpiration: true });
  res.json(claims);
});

// Flaws: no algorithm allow-list; and no revocation check (strict).
app.use('/admin', expressjwt({ secret: process.env.ADMIN_PUBLIC_KEY }));

// Flaw: every partner is admitted by one shared key (strict).
app.use('/partner', (req, res, next) => {
  if (req.get('x-api-key') !== process.env.PARTNER_API_KEY) return res.sendStatus(401);
  next();
});

async function authenticate(email) {
  return { id: email };
}

export default app;
