// Nuxt server route: h3's useSession is auto-imported.
// Flaw: without maxAge the sealed session never expires.
export default defineEventHandler(async (event) => {
  const session = await useSession(event, { password: process.env.NUXT_SESSION_PASSWORD!, name: 'app-session' });
  return { user: session.data.user ?? null };
});
