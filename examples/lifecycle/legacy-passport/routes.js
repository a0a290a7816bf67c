// passport 0.5 (see package.json) neither regenerates the session at login nor at logout
// (CVE-2022-25896); the same code is safe on passport 0.6+.
import passport from 'passport';

// Flaw (3.2.1): passport.authenticate logs the user into the pre-login session.
app.post('/login', passport.authenticate('local', { failureRedirect: '/login' }), (req, res) => {
  res.redirect('/');
});

// Flaw (3.3.1): req.logout() only removes the user; the session id stays valid.
app.get('/logout', (req, res) => {
  req.logout();
  res.redirect('/');
});
