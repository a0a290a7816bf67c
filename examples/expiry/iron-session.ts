import { getIronSession } from 'iron-session';
import { cookies } from 'next/headers';

interface SessionData {
  userId?: string;
}

// Flaw: ttl 0 turns iron-session's expiry off.
export async function getSession() {
  return getIronSession<SessionData>(await cookies(), {
    password: process.env.SESSION_PASSWORD!,
    cookieName: 'app-session',
    ttl: 0,
  });
}
