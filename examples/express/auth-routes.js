import express from 'express';

const app = express();

app.post('/login', async (req, res) => {
  const token = await issueSessionToken(req.body.user);
  // Flaw: a session cookie that any script on the page can read.
  res.cookie('session', token, { secure: true, sameSite: 'lax' });
  res.redirect('/');
});

app.get('/preferences', (req, res) => {
  res.cookie('theme', req.query.theme === 'dark' ? 'dark' : 'light');
  res.send('saved');
});

async function issueSessionToken(user) {
  return `${user}.${Date.now()}`;
}

export default app;
