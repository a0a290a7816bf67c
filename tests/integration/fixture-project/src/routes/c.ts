import { sessionCookieOptions, safeCookieOptions } from '../cookie-options.js';
import { setSessionCookie } from '../auth/cookies.js';

app.post('/c/login', (req, res) => {
  res.cookie('sid', req.sessionID, sessionCookieOptions());
  res.cookie('sid', req.sessionID, safeCookieOptions);
  setSessionCookie(res, req.sessionID, { secure: true, sameSite: 'lax' });
});
