// Shared cookie options: every route that sets the session cookie uses them.
export function sessionCookieOptions() {
  return { httpOnly: false, secure: true, sameSite: 'lax' as const };
}

export const safeCookieOptions = { httpOnly: true, secure: true, sameSite: 'lax' as const };
