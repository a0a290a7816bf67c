// Session tokens on the server (ASVS 4.0.3 3.1.1, 3.2.2, 3.2.4): how they are generated, where they go.
import express from 'express';
import session from 'express-session';
import jwt from 'jsonwebtoken';
import { randomBytes } from 'node:crypto';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { v1 as uuidv1 } from 'uuid';

const app = express();

// Flaw: a session id built from Math.random can be predicted; express-session's own genid is 192 bits.
app.use(
  session({
    secret: process.env.SESSION_SECRET,
    genid: () => Math.random().toString(36).slice(2),
    cookie: { secure: true, httpOnly: true, sameSite: 'lax' },
  }),
);

// Flaw: a time-based UUID is a timestamp plus a per-process node id, not a random value.
export function createApiKey() {
  return uuidv1();
}

// Flaw: 4 random bytes are 32 bits, far below the 64 bits ASVS 4.0.3 asks.
export const createRefreshToken = () => randomBytes(4).toString('hex');

// Not a token: Math.random for retry jitter is fine.
export const retryDelay = (attempt) => 2 ** attempt * 100 + Math.random() * 100;

// Flaw: the session id goes into a redirect URL, then into history, logs and Referer headers.
app.post('/login', (req, res) => {
  res.redirect(`/dashboard?sid=${req.sessionID}`);
});

// Flaw: the JWT is accepted from the query string.
app.get('/api/orders', (req, res) => {
  const user = jwt.verify(req.query.token, process.env.JWT_PUBLIC_KEY, { algorithms: ['RS256'] });
  res.json({ user: user.sub });
});

// Flaw: passport-jwt reads the token from the URL.
export const jwtStrategy = new Strategy(
  { jwtFromRequest: ExtractJwt.fromUrlQueryParameter('access_token'), secretOrKey: process.env.JWT_PUBLIC_KEY, algorithms: ['RS256'] },
  (payload, done) => done(null, payload),
);

// Not flagged: a password-reset link must carry its single-use token by email.
export const resetLink = (resetToken) => `https://app.example.com/reset-password?token=${resetToken}`;

// Flaws: the session id in the request log, the Authorization header in an error response.
app.use((req, res, next) => {
  console.log(`${req.method} ${req.path} sid=${req.sessionID}`);
  const auth = req.headers.authorization;
  if (!auth) return next();
  if (!auth.startsWith('Bearer ')) return res.status(401).json({ error: `Malformed header: ${auth}` });
  next();
});

export default app;
