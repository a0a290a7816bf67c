// Browser script that handles a session token itself.
import Cookies from 'js-cookie';

export async function login(credentials) {
  const response = await fetch('/api/login', { method: 'POST', body: JSON.stringify(credentials) });
  const { token } = await response.json();
  // Flaw: a session token written by script can never be HttpOnly; this one is not Secure either.
  document.cookie = `session=${token}; path=/; SameSite=Lax`;
  // Flaw: the same with js-cookie.
  Cookies.set('refresh_token', token, { secure: true });
}
