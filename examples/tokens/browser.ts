// Session tokens in browser code (ASVS 4.0.3 3.1.1, 3.2.3): storage and URLs.
import axios from 'axios';
import Cookies from 'js-cookie';

export async function login(credentials: { username: string; password: string }): Promise<void> {
  const res = await fetch('/api/login', { method: 'POST', body: JSON.stringify(credentials) });
  const { accessToken } = (await res.json()) as { accessToken: string };
  // Flaw: localStorage outlives the tab and any injected script can read it.
  localStorage.setItem('accessToken', accessToken);
  // Flaw: a cookie written by script can never be HttpOnly.
  Cookies.set('session', accessToken, { secure: true, sameSite: 'strict' });
  // Not flagged: sessionStorage is allowed by ASVS 4.0.3 3.2.3, and preferences are not tokens.
  sessionStorage.setItem('token', accessToken);
  localStorage.setItem('theme', 'dark');
}

// Flaw: axios puts `params` into the query string.
export const loadOrders = (accessToken: string) => axios.get('/api/orders', { params: { access_token: accessToken } });

// Flaw: the token travels in the WebSocket URL; rely on the session cookie or a one-time ticket.
export const openFeed = (token: string) => new WebSocket(`wss://rt.example.com/feed?token=${token}`);

// Not flagged: the Authorization header is the place for a bearer token.
export const loadProfile = (accessToken: string) => fetch('/api/me', { headers: { Authorization: `Bearer ${accessToken}` } });
