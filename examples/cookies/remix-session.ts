// React Router / Remix session storage and iron-session.
import { createCookieSessionStorage } from 'react-router';
import { getIronSession } from 'iron-session';
import { cookies } from 'next/headers';

// Flaws: createCookieSessionStorage's cookie has no Secure or HttpOnly, and `__session` is not a '__Host-' prefix.
export const sessionStorage = createCookieSessionStorage({
  cookie: { name: '__session', secrets: [process.env.SESSION_SECRET!], sameSite: 'lax', maxAge: 1800 },
});

export async function getSession() {
  // Flaw: iron-session's Secure default turned off.
  return getIronSession(await cookies(), {
    password: process.env.IRON_PASSWORD!,
    cookieName: '__Host-iron',
    ttl: 1800,
    cookieOptions: { secure: false },
  });
}
