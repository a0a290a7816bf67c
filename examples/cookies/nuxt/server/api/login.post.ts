// Nuxt server route: h3's setCookie and useSession are auto-imported.
export default defineEventHandler(async (event) => {
  const token = await issueToken(await readBody(event));
  // Flaw: h3 adds only Path=/; the token cookie lacks Secure, HttpOnly and SameSite.
  setCookie(event, 'auth_token', token, { maxAge: 1800 });
  // Flaw: useSession is Secure and HttpOnly, but sends no SameSite unless asked.
  await useSession(event, { password: process.env.SESSION_PASSWORD!, name: '__Host-h3', maxAge: 1800 });
  return { ok: true };
});

async function issueToken(body: unknown) {
  return String(body);
}
