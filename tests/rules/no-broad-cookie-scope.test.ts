import rule from '../../lib/rules/no-broad-cookie-scope.ts';
import { runRuleTests } from '../helpers/rule-tester.ts';

runRuleTests('no-broad-cookie-scope', rule, {
  valid: [
    "app.post('/login', (req, res) => { res.cookie('sid', id, { secure: true }); });",
    "app.post('/login', (req, res) => { res.cookie('sid', id, { domain: process.env.COOKIE_DOMAIN }); res.cookie('sid', id, { domain: '' }); });",
    "app.post('/login', (req, res) => { res.cookie('lang', 'en', { domain: 'example.com' }); });",
    "app.post('/login', (req, res) => { res.cookie('__Host-sid', id, { domain: 'example.com' }); });",
    "app.post('/login', (req, res) => { res.cookie('sid', id, { path: '/' }); });",
    { code: "app.post('/login', (req, res) => { res.cookie('sid', id, { path: '/billing' }); res.cookie('token', t, { path: '/billing/api' }); });", options: [{"path":"/billing"}] },
    { code: `import { serialize } from 'cookie';
res.setHeader('Set-Cookie', serialize('sid', id));`, options: [{"path":"/billing"}] },
    { code: "app.post('/login', (req, res) => { res.cookie('sid', id, { path: basePath }); });", options: [{"path":"/billing"}] },
    { code: "app.post('/login', (req, res) => { res.cookie('__Host-sid', id, { path: '/' }); });", options: [{"path":"/billing"}] },
    { code: "server.state('session', { domain: 'example.com' });", filename: "x.ts" },
    // ngx-cookie-service's positional Domain argument, and its options object.
    `import { CookieService } from 'ngx-cookie-service';
export class Auth {
  constructor(private cookies: CookieService) {}
  save(token: string) {
    this.cookies.set('sid', token, 7, '/', undefined, true);
  }
}`,
    // better-auth: a Domain in defaultCookieAttributes applies to the session cookie.
  ],
  invalid: [
    {
      // Fuzzer find: a parenthesised sole options argument goes with its parentheses.
      code: `import Hapi from '@hapi/hapi';
server.state('session', ({ domain: '.example.com' }));`,
      options: [{ path: '/app' }],
      errors: [
        { messageId: 'broadDomain', data: { kind: 'Session cookie', name: "'session'", domain: '.example.com' }, line: 2, column: 28, endLine: 2, endColumn: 50, suggestions: [{ messageId: 'removeDomain', data: {}, output: `import Hapi from '@hapi/hapi';
server.state('session');` }] },
      ],
    },
    {
      code: "app.post('/login', (req, res) => { res.cookie('sid', id, { secure: true, domain: '.example.com' }); });",
      output: null,
      errors: [
        { messageId: 'broadDomain', data: {"kind":"Session cookie","name":"'sid'","domain":".example.com"}, line: 1, column: 74, endLine: 1, endColumn: 96, suggestions: [{ messageId: 'removeDomain', data: {}, output: "app.post('/login', (req, res) => { res.cookie('sid', id, { secure: true }); });" }] },
      ],
    },
    {
      code: `const COOKIE_DOMAIN = 'example.com';
app.post('/login', (req, res) => { res.cookie('token', t, { domain: COOKIE_DOMAIN }); });`,
      output: null,
      errors: [
        { messageId: 'broadDomain', data: {"kind":"Session cookie","name":"'token'","domain":"example.com"}, line: 2, column: 61, endLine: 2, endColumn: 82, suggestions: [{ messageId: 'removeDomain', data: {}, output: `const COOKIE_DOMAIN = 'example.com';
app.post('/login', (req, res) => { res.cookie('token', t); });` }] },
      ],
    },
    {
      code: `import session from 'express-session';
app.use(session({ secret: 's', cookie: { secure: true, domain: 'example.com' } }));`,
      output: null,
      errors: [
        { messageId: 'broadDomain', data: {"kind":"Session cookie","name":"'connect.sid'","domain":"example.com"}, line: 2, column: 56, endLine: 2, endColumn: 77, suggestions: [{ messageId: 'removeDomain', data: {}, output: `import session from 'express-session';
app.use(session({ secret: 's', cookie: { secure: true } }));` }] },
      ],
    },
    {
      code: `import Hapi from '@hapi/hapi';
const server = Hapi.server();
server.state('session', { domain: 'example.com', isSecure: true });`,
      output: null,
      errors: [
        { messageId: 'broadDomain', data: {"kind":"Session cookie","name":"'session'","domain":"example.com"}, line: 3, column: 27, endLine: 3, endColumn: 48, suggestions: [{ messageId: 'removeDomain', data: {}, output: `import Hapi from '@hapi/hapi';
const server = Hapi.server();
server.state('session', { isSecure: true });` }] },
      ],
    },
    {
      code: "app.get('/', (req, res) => { res.setHeader('Set-Cookie', `sid=${id}; Secure; Domain=example.com; Path=/`); });",
      output: null,
      errors: [
        { messageId: 'broadDomain', data: {"kind":"Session cookie","name":"'sid'","domain":"example.com"}, line: 1, column: 58, endLine: 1, endColumn: 105, suggestions: [{ messageId: 'removeDomain', data: {}, output: "app.get('/', (req, res) => { res.setHeader('Set-Cookie', `sid=${id}; Secure; Path=/`); });" }] },
      ],
    },
    {
      code: "app.post('/login', (req, res) => { res.cookie('sid', id, { secure: true }); });",
      options: [{"path":"/billing"}], output: null,
      errors: [
        { messageId: 'broadPath', data: {"kind":"Session cookie","name":"'sid'","path":"/","attribute":"`path: '/billing'`"}, line: 1, column: 58, endLine: 1, endColumn: 74, suggestions: [{ messageId: 'setPath', data: {"kind":"Session cookie","name":"'sid'","path":"/","attribute":"`path: '/billing'`"}, output: "app.post('/login', (req, res) => { res.cookie('sid', id, { secure: true, path: '/billing' }); });" }] },
      ],
    },
    {
      code: "app.post('/login', (req, res) => { res.cookie('sid', id, { secure: true, path: '/' }); });",
      options: [{"path":"/billing/"}], output: null,
      errors: [
        { messageId: 'broadPath', data: {"kind":"Session cookie","name":"'sid'","path":"/","attribute":"`path: '/billing'`"}, line: 1, column: 74, endLine: 1, endColumn: 83, suggestions: [{ messageId: 'setPath', data: {"kind":"Session cookie","name":"'sid'","path":"/","attribute":"`path: '/billing'`"}, output: "app.post('/login', (req, res) => { res.cookie('sid', id, { secure: true, path: '/billing' }); });" }] },
      ],
    },
    {
      code: `import session from 'express-session';
app.use(session({ secret: 's', cookie: { secure: true } }));`,
      options: [{"path":"/shop"}], output: null,
      errors: [
        { messageId: 'broadPath', data: {"kind":"Session cookie","name":"'connect.sid'","path":"/","attribute":"`path: '/shop'`"}, line: 2, column: 40, endLine: 2, endColumn: 56, suggestions: [{ messageId: 'setPath', data: {"kind":"Session cookie","name":"'connect.sid'","path":"/","attribute":"`path: '/shop'`"}, output: `import session from 'express-session';
app.use(session({ secret: 's', cookie: { secure: true, path: '/shop' } }));` }] },
      ],
    },
    {
      code: "app.get('/', (req, res) => { res.setHeader('Set-Cookie', `sid=${id}; Secure; Path=/`); });",
      options: [{"path":"/app"}], output: null,
      errors: [
        { messageId: 'broadPath', data: {"kind":"Session cookie","name":"'sid'","path":"/","attribute":"`Path=/app`"}, line: 1, column: 58, endLine: 1, endColumn: 85, suggestions: [{ messageId: 'setPath', data: {"kind":"Session cookie","name":"'sid'","path":"/","attribute":"`Path=/app`"}, output: "app.get('/', (req, res) => { res.setHeader('Set-Cookie', `sid=${id}; Secure; Path=/app`); });" }] },
      ],
    },
    {
      code: "app.post('/login', (req, res) => { res.cookie('lang', 'en', { domain: 'example.com' }); });",
      options: [{"checkAllCookies":true}], output: null,
      errors: [
        { messageId: 'broadDomain', data: {"kind":"Cookie","name":"'lang'","domain":"example.com"}, line: 1, column: 63, endLine: 1, endColumn: 84, suggestions: [{ messageId: 'removeDomain', data: {}, output: "app.post('/login', (req, res) => { res.cookie('lang', 'en'); });" }] },
      ],
    },
    {
      code: `const D = 'example.com';
app.get('/', (req, res) => { res.setHeader('Set-Cookie', 'sid=a; Domain=' + D); });`,
      output: null,
      errors: [
        { messageId: 'broadDomain', data: {"kind":"Session cookie","name":"'sid'","domain":"example.com"}, line: 2, column: 58, endLine: 2, endColumn: 78 },
      ],
    },
    {
      code: "app.post('/login', (req, res) => { res.cookie('sid', id, undefined); });",
      options: [{"path":"/app"}], output: null,
      errors: [
        { messageId: 'broadPath', data: {"kind":"Session cookie","name":"'sid'","path":"/","attribute":"`path: '/app'`"}, line: 1, column: 58, endLine: 1, endColumn: 67 },
      ],
    },
    // ngx-cookie-service's positional Domain argument, and its options object.
    {
      code: `import { CookieService } from 'ngx-cookie-service';
export class Auth {
  constructor(private cookies: CookieService) {}
  save(token: string) {
    this.cookies.set('sid', token, 7, '/', '.example.com', true);
    this.cookies.set('sid', token, { domain: '.example.com', secure: true });
  }
}`,
      output: null,
      errors: [
        { messageId: 'broadDomain', data: {"kind":"Session cookie","name":"'sid'","domain":".example.com"}, line: 5, column: 44, endLine: 5, endColumn: 58 },
        { messageId: 'broadDomain', data: {"kind":"Session cookie","name":"'sid'","domain":".example.com"}, line: 6, column: 38, endLine: 6, endColumn: 60, suggestions: [{ messageId: 'removeDomain', data: {"kind":"Session cookie","name":"'sid'","domain":".example.com"}, output: `import { CookieService } from 'ngx-cookie-service';
export class Auth {
  constructor(private cookies: CookieService) {}
  save(token: string) {
    this.cookies.set('sid', token, 7, '/', '.example.com', true);
    this.cookies.set('sid', token, { secure: true });
  }
}` }] },
      ],
    },
    // better-auth: a Domain in defaultCookieAttributes applies to the session cookie.
    {
      code: `import { betterAuth } from 'better-auth';
export const auth = betterAuth({ advanced: { defaultCookieAttributes: { domain: '.example.com' } } });`,
      output: null,
      errors: [
        { messageId: 'broadDomain', data: {"kind":"Session cookie","name":"set by better-auth","domain":".example.com"}, line: 2, column: 73, endLine: 2, endColumn: 95, suggestions: [{ messageId: 'removeDomain', data: {"kind":"Session cookie","name":"set by better-auth","domain":".example.com"}, output: `import { betterAuth } from 'better-auth';
export const auth = betterAuth({ advanced: { defaultCookieAttributes: {} } });` }] },
      ],
    },
    {
      // A domain set for production only is the deployed one.
      code: "app.post('/login', (req, res) => { res.cookie('sid', id, { secure: true, domain: isProd ? '.example.com' : undefined }); });",
      errors: [
        { messageId: 'broadDomain', data: {"kind":"Session cookie","name":"'sid'","domain":".example.com"}, line: 1, column: 74, endLine: 1, endColumn: 117, suggestions: [{ messageId: 'removeDomain', data: {}, output: "app.post('/login', (req, res) => { res.cookie('sid', id, { secure: true }); });" }] },
      ],
    },
  ],
});
