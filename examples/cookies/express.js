// Express: express-session, res.cookie and a raw Set-Cookie header.
import express from 'express';
import session from 'express-session';

const app = express();

// Flaws: express-session leaves Secure off and sets no SameSite, and `connect.sid` has no __Host- prefix.
app.use(
  session({
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    cookie: { httpOnly: true, maxAge: 30 * 60 * 1000 },
  }),
);

app.post('/api/token', async (req, res) => {
  const accessToken = await issueAccessToken(req.session.userId);
  // Flaw: a token cookie that any script can read, sent to every subdomain of example.com.
  res.cookie('access_token', accessToken, { secure: true, sameSite: 'strict', domain: '.example.com' });
  res.sendStatus(204);
});

app.post('/remember', (req, res) => {
  // Flaw: a raw header without Secure, HttpOnly or SameSite.
  res.setHeader('Set-Cookie', `remember_token=${req.session.rememberToken}; Path=/; Max-Age=2592000`);
  res.sendStatus(204);
});

async function issueAccessToken(userId) {
  return `${userId}`;
}

export default app;
