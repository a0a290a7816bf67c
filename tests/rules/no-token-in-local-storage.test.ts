import rule from '../../lib/rules/no-token-in-local-storage.ts';
import { runRuleTests } from '../helpers/rule-tester.ts';

runRuleTests('no-token-in-local-storage', rule, {
  valid: [
    { code: 'document.cookie = `myapp=${value}; Secure`;', settings: { asvs: { sessionCookieNames: ['other'] } } },
    `export function savePreferences(theme, locale) {
  localStorage.setItem('theme', theme);
  localStorage.setItem('locale', locale);
}`,
    `export const keepToken = (token) => sessionStorage.setItem('token', token);
window.sessionStorage.jwt = jwt;`,
    `localStorage.setItem('tokenCount', String(n));
localStorage.setItem('XSRF-TOKEN', csrf);
localStorage.setItem('hasToken', 'true');`,
    `localStorage.setItem('token', '');
localStorage.removeItem('token');
const t = localStorage.getItem('token');`,
    `document.cookie = 'session=; Max-Age=0; path=/';
document.cookie = \`token=; expires=Thu, 01 Jan 1970 00:00:00 GMT\`;
document.cookie = \`theme=\${theme}\`;
document.cookie = \`\${name}=\${value}\`;`,
    `const localStorage = new Map();
localStorage.set('token', token);
localStorage.setItem?.('token', token);`,
    `import { useStorage } from '@vueuse/core';
const token = useStorage('access_token', null, sessionStorage);`,
    `import Cookies from 'js-cookie';
Cookies.set('theme', 'dark');
Cookies.remove('token');`,
    `res.cookie('token', token, { httpOnly: true });
cookies().set('session', sessionId, { httpOnly: true });`,
    "cache.setItem('token', token);",
    "localStorage.setItem(key, value);",
    `const { sessionStorage: s } = window;
s.setItem('token', t);
const { localStorage: w } = getWindow();
w.setItem('token', t);
localStorage.setItem(...args);
let u;
u = token;
localStorage.setItem();
localStorage.token += 'x';
document.cookie = 5;`,
    `import { useLocalStorage } from '@mantine/hooks';
const [v] = useLocalStorage(options);`,
    // Browser cookie libraries of the cookie model write script cookies; a server-side cookies-next call does not.
    `import { setCookie } from 'cookies-next';
export function handler(req, res) { setCookie('accessToken', accessToken, { req, res }); }`,
    `import { inject } from '@angular/core';
import { CookieService } from 'ngy-cookie';
export class LogoutComponent {
  private readonly cookieService = inject(CookieService);
  logout() {
    this.cookieService.put('token', '');
    this.cookieService.put('language', 'en');
  }
}`,
    // react-cookie: the setCookie that useCookies() returns, by its destructured name.
    `import { useCookies } from 'react-cookie';
export function Login() {
  const [, setAuth, removeAuth] = useCookies();
  removeAuth('token');
  setAuth('theme', 'dark');
  const setCookie = (n, v) => v;
  setCookie('token', token);
}`,
  ],
  invalid: [
    {
      code: 'document.cookie = `myapp=${value}; Secure`;',
      settings: { asvs: { sessionCookieNames: ['myapp'] } },
      errors: [{ messageId: 'tokenInScriptCookie', data: { token: "'myapp'", store: 'document.cookie' }, line: 1, column: 19, endLine: 1, endColumn: 43 }],
    },
    {
      code: `export async function login(credentials) {
  const res = await fetch('/api/login', { method: 'POST', body: JSON.stringify(credentials) });
  const { token } = await res.json();
  localStorage.setItem('token', token);
}`,
      errors: [
        { messageId: 'tokenInStorage', data: {"token":"token","store":"localStorage"}, line: 4, column: 33, endLine: 4, endColumn: 38, suggestions: [{ messageId: 'useSessionStorage', output: `export async function login(credentials) {
  const res = await fetch('/api/login', { method: 'POST', body: JSON.stringify(credentials) });
  const { token } = await res.json();
  sessionStorage.setItem('token', token);
}` }] },
      ],
    },
    {
      code: `export async function login(c) {
  const { accessToken } = await res.json();
  window.localStorage.setItem('auth', accessToken);
}`,
      errors: [
        { messageId: 'tokenInStorage', data: {"token":"accessToken","store":"localStorage"}, line: 3, column: 39, endLine: 3, endColumn: 50, suggestions: [{ messageId: 'useSessionStorage', output: `export async function login(c) {
  const { accessToken } = await res.json();
  window.sessionStorage.setItem('auth', accessToken);
}` }] },
      ],
    },
    {
      code: `import Cookies from 'js-cookie';
export const remember = (token) => Cookies.set('token', token, { secure: true });`,
      errors: [
        { messageId: 'tokenInScriptCookie', data: {"token":"token","store":"js-cookie"}, line: 2, column: 57, endLine: 2, endColumn: 62 },
      ],
    },
    {
      code: `const TOKEN_KEY = 'token';
localStorage.setItem(TOKEN_KEY, data.token);`,
      errors: [
        { messageId: 'tokenInStorage', data: {"token":"data.token","store":"localStorage"}, line: 2, column: 33, endLine: 2, endColumn: 43, suggestions: [{ messageId: 'useSessionStorage', output: `const TOKEN_KEY = 'token';
sessionStorage.setItem(TOKEN_KEY, data.token);` }] },
      ],
    },
    {
      code: `const KEYS = { session: 'app.sessionId' } as const;
localStorage.setItem(KEYS.session, response.data.id);`,
      errors: [
        { messageId: 'tokenInStorage', data: {"token":"'app.sessionId'","store":"localStorage"}, line: 2, column: 36, endLine: 2, endColumn: 52, suggestions: [{ messageId: 'useSessionStorage', output: `const KEYS = { session: 'app.sessionId' } as const;
sessionStorage.setItem(KEYS.session, response.data.id);` }] },
      ],
    },
    {
      code: "localStorage.jwt = response.jwt;",
      errors: [
        { messageId: 'tokenInStorage', data: {"token":"response.jwt","store":"localStorage"}, line: 1, column: 20, endLine: 1, endColumn: 32, suggestions: [{ messageId: 'useSessionStorage', output: "sessionStorage.jwt = response.jwt;" }] },
      ],
    },
    {
      code: "globalThis.localStorage['refresh_token'] = rt;",
      errors: [
        { messageId: 'tokenInStorage', data: {"token":"'refresh_token'","store":"localStorage"}, line: 1, column: 44, endLine: 1, endColumn: 46, suggestions: [{ messageId: 'useSessionStorage', output: "globalThis.sessionStorage['refresh_token'] = rt;" }] },
      ],
    },
    {
      code: "self.localStorage[KEY] = accessToken;",
      errors: [
        { messageId: 'tokenInStorage', data: {"token":"accessToken","store":"localStorage"}, line: 1, column: 26, endLine: 1, endColumn: 37, suggestions: [{ messageId: 'useSessionStorage', output: "self.sessionStorage[KEY] = accessToken;" }] },
      ],
    },
    {
      code: `const storage = window.localStorage;
storage.setItem('sid', sid);`,
      errors: [
        { messageId: 'tokenInStorage', data: {"token":"sid","store":"localStorage"}, line: 2, column: 24, endLine: 2, endColumn: 27 },
      ],
    },
    {
      code: `const { localStorage: store } = window;
store.setItem('authToken', value);`,
      errors: [
        { messageId: 'tokenInStorage', data: {"token":"'authToken'","store":"localStorage"}, line: 2, column: 28, endLine: 2, endColumn: 33 },
      ],
    },
    {
      code: `export function rememberSession(token) {
  document.cookie = \`session=\${token}; path=/\`;
}`,
      errors: [
        { messageId: 'tokenInScriptCookie', data: {"token":"token","store":"document.cookie"}, line: 2, column: 32, endLine: 2, endColumn: 37 },
      ],
    },
    {
      code: "document.cookie = 'jwt=' + jwt + '; Secure; SameSite=Strict';",
      errors: [
        { messageId: 'tokenInScriptCookie', data: {"token":"jwt","store":"document.cookie"}, line: 1, column: 28, endLine: 1, endColumn: 31 },
      ],
    },
    {
      code: "document.cookie = `prefs=${JSON.stringify({ theme, token: authToken })}`;",
      errors: [
        { messageId: 'tokenInScriptCookie', data: {"token":"authToken","store":"document.cookie"}, line: 1, column: 59, endLine: 1, endColumn: 68 },
      ],
    },
    {
      code: "localStorage.setItem('user', JSON.stringify({ name, token: authToken }));",
      errors: [
        { messageId: 'tokenInStorage', data: {"token":"authToken","store":"localStorage"}, line: 1, column: 60, endLine: 1, endColumn: 69, suggestions: [{ messageId: 'useSessionStorage', output: "sessionStorage.setItem('user', JSON.stringify({ name, token: authToken }));" }] },
      ],
    },
    {
      code: `import localforage from 'localforage';
await localforage.setItem('jwt', jwt);`,
      errors: [
        { messageId: 'tokenInStorage', data: {"token":"jwt","store":"localforage"}, line: 2, column: 34, endLine: 2, endColumn: 37 },
      ],
    },
    {
      code: `import store from 'store';
store.set('accessToken', tokens.access);`,
      errors: [
        { messageId: 'tokenInStorage', data: {"token":"'accessToken'","store":"store.js"}, line: 2, column: 26, endLine: 2, endColumn: 39 },
      ],
    },
    {
      code: `import { useLocalStorage } from 'usehooks-ts';
const [token, setToken] = useLocalStorage('token', '');`,
      filename: "hook.tsx",
      errors: [
        { messageId: 'tokenInStorage', data: {"token":"'token'","store":"useLocalStorage"}, line: 2, column: 27, endLine: 2, endColumn: 55 },
      ],
    },
    {
      code: `import { useLocalStorage } from '@mantine/hooks';
const [jwt, setJwt] = useLocalStorage({ key: 'jwt', defaultValue: '' });`,
      errors: [
        { messageId: 'tokenInStorage', data: {"token":"'jwt'","store":"useLocalStorage"}, line: 2, column: 23, endLine: 2, endColumn: 72 },
      ],
    },
    {
      code: `import { useStorage } from '@vueuse/core';
const token = useStorage('access_token', null);`,
      errors: [
        { messageId: 'tokenInStorage', data: {"token":"'access_token'","store":"useStorage"}, line: 2, column: 15, endLine: 2, endColumn: 47 },
      ],
    },
    {
      code: `await cookieStore.set('session', sessionToken);
await cookieStore.set({ name: 'sid', value: sid });`,
      errors: [
        { messageId: 'tokenInScriptCookie', data: {"token":"sessionToken","store":"cookieStore.set"}, line: 1, column: 34, endLine: 1, endColumn: 46 },
        { messageId: 'tokenInScriptCookie', data: {"token":"sid","store":"cookieStore.set"}, line: 2, column: 45, endLine: 2, endColumn: 48 },
      ],
    },
    {
      code: `import jwt from 'jsonwebtoken';
const issued = jwt.sign({ sub: 1 }, key);
localStorage.setItem('credentials', issued);`,
      errors: [
        { messageId: 'tokenInStorage', data: {"token":"jwt.sign()","store":"localStorage"}, line: 3, column: 37, endLine: 3, endColumn: 43, suggestions: [{ messageId: 'useSessionStorage', output: `import jwt from 'jsonwebtoken';
const issued = jwt.sign({ sub: 1 }, key);
sessionStorage.setItem('credentials', issued);` }] },
      ],
    },
    {
      code: "localStorage?.setItem('token', (token as string));",
      errors: [
        { messageId: 'tokenInStorage', data: {"token":"token","store":"localStorage"}, line: 1, column: 33, endLine: 1, endColumn: 38, suggestions: [{ messageId: 'useSessionStorage', output: "sessionStorage?.setItem('token', (token as string));" }] },
      ],
    },
    {
      code: `const save = (k: string, v: string) => localStorage.setItem(k, v);
export function persist(res: { accessToken: string }) { localStorage.setItem('bearer', res.accessToken); }`,
      errors: [
        { messageId: 'tokenInStorage', data: {"token":"res.accessToken","store":"localStorage"}, line: 2, column: 88, endLine: 2, endColumn: 103, suggestions: [{ messageId: 'useSessionStorage', output: `const save = (k: string, v: string) => localStorage.setItem(k, v);
export function persist(res: { accessToken: string }) { sessionStorage.setItem('bearer', res.accessToken); }` }] },
      ],
    },
    {
      code: "await cookieStore.set({ value: token });",
      errors: [
        { messageId: 'tokenInScriptCookie', data: {"token":"token","store":"cookieStore.set"}, line: 1, column: 32, endLine: 1, endColumn: 37 },
      ],
    },
    {
      code: "document.cookie = token;",
      errors: [
        { messageId: 'tokenInScriptCookie', data: {"token":"token","store":"document.cookie"}, line: 1, column: 19, endLine: 1, endColumn: 24 },
      ],
    },
    // Browser cookie libraries of the cookie model write script cookies; a server-side cookies-next call does not.
    {
      code: `import { inject } from '@angular/core';
import { CookieService } from 'ngy-cookie';
export class LoginComponent {
  private readonly cookieService = inject(CookieService);
  login(authentication: { token: string }) {
    localStorage.setItem('token', authentication.token);
    this.cookieService.put('token', authentication.token, { expires: new Date() });
  }
  logout() {
    this.cookieService.put('token', '');
    this.cookieService.put('language', 'en');
  }
}`,
      output: null,
      errors: [
        { messageId: 'tokenInStorage', data: {"token":"authentication.token","store":"localStorage"}, line: 6, column: 35, endLine: 6, endColumn: 55, suggestions: [{ messageId: 'useSessionStorage', data: {"token":"authentication.token","store":"localStorage"}, output: `import { inject } from '@angular/core';
import { CookieService } from 'ngy-cookie';
export class LoginComponent {
  private readonly cookieService = inject(CookieService);
  login(authentication: { token: string }) {
    sessionStorage.setItem('token', authentication.token);
    this.cookieService.put('token', authentication.token, { expires: new Date() });
  }
  logout() {
    this.cookieService.put('token', '');
    this.cookieService.put('language', 'en');
  }
}` }] },
        { messageId: 'tokenInScriptCookie', data: {"token":"authentication.token","store":"ngx-cookie CookieService.put"}, line: 7, column: 37, endLine: 7, endColumn: 57 },
      ],
    },
    {
      code: `import { setCookie } from 'cookies-next';
setCookie('accessToken', accessToken);`,
      output: null,
      errors: [
        { messageId: 'tokenInScriptCookie', data: {"token":"accessToken","store":"cookies-next setCookie"}, line: 2, column: 26, endLine: 2, endColumn: 37 },
      ],
    },
    // react-cookie: the setCookie that useCookies() returns, by its destructured name.
    {
      code: `import { useCookies } from 'react-cookie';
export function Login() {
  const [cookies, setCookie] = useCookies(['token']);
  const onLogin = async () => {
    const { token } = await api.login();
    setCookie('token', token, { path: '/' });
  };
  return null;
}`,
      output: null,
      errors: [
        { messageId: 'tokenInScriptCookie', data: {"token":"token","store":"react-cookie setCookie"}, line: 6, column: 24, endLine: 6, endColumn: 29 },
      ],
    },
  ],
});
