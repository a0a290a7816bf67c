import type { RunTests } from '@typescript-eslint/rule-tester';
import rule, { type MessageIds, type Options } from '../../lib/rules/no-session-token-in-url.ts';
import { runRuleTests, withOptions } from '../helpers/rule-tester.ts';

// Token names alone count only with reportNamedTokens, which strict and the Level 2 and 3 configs set.
const namedTokenCases: Omit<RunTests<MessageIds, Options>, 'assertionOptions'> = {
  valid: [
    // A bare `token` read that the file neither verifies, logs in with, sends as Bearer nor sets as a cookie is
    // a name only: reset, invite, unsubscribe and upload tokens are read the same way.
    "io.on('connection', (socket) => { const token = socket.handshake.query.token; });",
    "class Api { @Public load(req) { return req.query.token; } }",
    "app.get(...routes, (req) => req.query.token);",
    "export default defineEventHandler((event) => getQuery(event).token);",
    // OAuth 1.0a puts its temporary request token in the authorize URL and the callback's query (RFC 5849).
    `app.get('/connect/twitter', async (req, res) => {
  const requestToken = await getRequestToken();
  res.redirect(\`https://api.twitter.com/oauth/authenticate?oauth_token=\${requestToken.oauth_token}\`);
});
app.get('/connect/twitter/callback', (req, res) => finish(req.query.oauth_token, req.query.oauth_verifier));`,
    // Email sign-in links (Auth.js, NextAuth 4): the token goes to the mailer, once.
    `export async function sendToken(provider, email, token, baseUrl, callbackUrl) {
  await provider.sendVerificationRequest({
    identifier: email,
    url: \`\${baseUrl}/callback/\${provider.id}?\${new URLSearchParams({ callbackUrl, token, email })}\`,
  });
}`,
    `export async function email(identifier, provider, url, callbackUrl, token) {
  const params = new URLSearchParams({ callbackUrl, token, email: identifier });
  const link = \`\${url}/callback/\${provider.id}?\${params}\`;
  await mailer.sendEmail(identifier, link);
}`,
    // Directus hides the token before the URL is logged.
    `import { REDACTED_TEXT } from '@directus/utils';
export function redactQuery(path) {
  const url = new URL(path, 'http://example.com/');
  if (url.searchParams.has('access_token')) url.searchParams.set('access_token', REDACTED_TEXT);
  return url.pathname + url.search;
}`,
    // Strapi's admin invitation: the emailed link carries a one-time registration token.
    `export default {
  async registrationInfo(ctx) {
    const { registrationToken } = ctx.request.query;
    ctx.body = { data: await users.findRegistrationInfo(registrationToken) };
  },
};`,
    { code: `export function openFeed(token) {
  return new EventSource(\`/api/feed?access_token=\${token}\`);
}`, options: [{"checkStreamingUrls":false}] },
    `export const loadOrders = (accessToken) =>
  fetch('/api/orders', { headers: { Authorization: \`Bearer \${accessToken}\` } });`,
    `export function resetLink(resetToken) {
  return \`https://app.example.com/reset-password?token=\${resetToken}\`;
}`,
    "export const verificationUrl = (user) => `${base}/verify-email?token=${user.emailToken}`;",
    "app.get('/reset-password', (req, res) => { const t = req.query.token; res.render('reset', { t }); });",
    "class AuthController { @Get('confirm-email') confirm(@Query() q) { return this.auth.confirm(q.token); } }",
    "export async function sendInvite(user) { await mail(user.email, `/join?token=${inviteToken}`); }",
    `export const refresh = (refreshToken) =>
  fetch('https://auth.example.com/token', {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken }),
  });`,
    `const body = new URLSearchParams();
body.set('refresh_token', refreshToken);
await fetch(tokenUrl, { method: 'POST', body });`,
    "const form = `grant_type=refresh_token&refresh_token=${refreshToken}`;",
    `const params = new URLSearchParams({ client_id, refresh_token: rt });
await axios.post(tokenUrl, params);`,
    `const page = \`/items?pageToken=\${nextPageToken}\`;
const next = '/items?cursor=' + cursor;`,
    "const a = `/users?id=${user.id}&tab=${tab}`;",
    "const sql = `SELECT * FROM sessions WHERE token = ${token}`;",
    "const url = '/api?token=public-demo-key';",
    "const s = sql`SELECT * FROM t WHERE a = ?token=${token}`;",
    "app.get('/x', (req, res) => { const page = req.query.page; const { q, sort } = req.query; req.query.token = undefined; });",
    "app.get('/api', (req, res) => res.json({ count: req.query.tokenCount, csrf: req.query.csrfToken }));",
    "const cb = `/callback?code=${code}&state=${state}`;",
    "app.get('/x', (req, res) => { const sid = req.cookies.sid; const auth = req.get('authorization'); });",
    "fetch(`/api/sessions/${req.sessionID}`);",
    "location.hash = `#access_token=${token}`;",
    `const search = useSearchParams();
const [params] = useState(new URLSearchParams());
params.get('theme');`,
    "const query = db.query; query.token;",
    "const ws = new WebSocket(`wss://example.com/ws?ticket=${ticket}`);",
    { code: "const ws = new WebSocket(`wss://example.com/ws?token=${token}`);", options: [{"checkStreamingUrls":false}] },
    "function f(params) { params.set('token', token); getParams().set('jwt', jwt); }",
    "axios.get(...args);",
    `foo(x, \`&token=\${t}\`);
new Other(\`&token=\${t}\`);
el.title = \`&token=\${t}\`;`,
    `const params = new URLSearchParams({ token });
fetch(url, { method: 'POST', body: params.toString() });
const form = new URLSearchParams({ jwt });
client.request({ data: form });
const payload = new URLSearchParams({ sid });`,
    "app.get('/x', (req) => { req.query.token++; delete req.query.sid; });",
    `const handlers = { resetPassword(req) { return req.query.token; } };
class Mail { @Get('verify-email') verify(@Req() req) { return req.query.token; } }
class Other { @Public confirmEmail(req) { return req.query.token; } }`,
    "const a = req.query; const b = a; const d = b; const e = d; const f = e; f.token;",
    "const handler = ({ ['searchParams']: sp }) => sp.token;",
    `function getQuery() {}
getQuery(e).token;`,
    // A provider's key: the server's configuration, or a value sent to an absolute address of the provider.
    `const exaApiKey = config.EXA_API_KEY;
const url = new URL(server.url);
url.searchParams.set('exaApiKey', exaApiKey);`,
    `export async function tagSubscriber(apiSecret: string) {
  const url = new URL('https://api.kit.com/v3/subscribers');
  url.searchParams.set('api_secret', apiSecret);
  return fetch(url);
}`,
    "export const quotes = (apiToken) => axios.get('https://eodhistoricaldata.com/api/eod', { params: { api_token: apiToken } });",
    `class Quotes {
  constructor(configurationService) { this.apiKey = configurationService.get('API_KEY_EOD'); }
  load(base) { return fetch(\`\${base}/eod?\${new URLSearchParams({ api_token: this.apiKey })}\`); }
}`,
    `export function authorizeUrl(client, state, verifier, accountToken) {
  const url = client.createAuthorizationURLWithPKCE(endpoint, state, 'S256', verifier, ['credential']);
  url.searchParams.set('account_token', accountToken);
  return url;
}`,
    // Protocol parameters: an OAuth token request and OpenID Connect's logout hint go to the provider.
    "export const refresh = (url, refreshToken) => axios.get(url, { params: { grant_type: 'refresh_token', refresh_token: refreshToken } });",
    `export function logoutUrl(endpoint, idToken) {
  const url = new URL(endpoint);
  url.searchParams.set('id_token_hint', idToken);
  return url.toString();
}`,
    // A parameter named for another kind of token.
    "export function list(url, token) { url.searchParams.set('continuation-token', token); return fetch(url); }",
    // One-time tokens: invitations (plural routes too), transfer tokens, tracking pixels, upload URLs.
    "export const accept = (teamId, token) => fetch(`/api/teams/${teamId}/invitations/accept?token=${token}`);",
    `export function redirectToTeam(ctx, team, user) {
  const token = encodeURIComponent(user.getTransferToken());
  ctx.redirect(\`\${team.url}/auth/redirect?token=\${token}\`);
}`,
    "export const pixel = (base, pixelToken) => `${base}/api/notifications.pixel?token=${pixelToken}`;",
    "export const previewLink = (linkId, previewToken) => `${process.env.NEXT_PUBLIC_MARKETING_URL}/view/${linkId}?previewToken=${previewToken}`;",
    `export function uploadUrl(key) {
  const token = signUploadKey(key);
  return { url: \`/api/storage/upload/\${key}?token=\${token}\` };
}`,
    // A route whose file path says unsubscribe.
    {
      code: `export default function handle(req, res) {
  const { token } = req.query;
  return res.redirect(\`/notification-preferences?token=\${token}\`);
}`,
      filename: 'pages/api/unsubscribe/dataroom.ts',
    },
    // A token read that the file spends once or hands on as data is not the session.
    `export function validate(page) {
  const token = page.url.searchParams.get('token');
  return fetch('/api/user/validate-token', { method: 'POST', body: JSON.stringify({ token }) });
}`,
    `export async function GET(req) {
  const token = req.nextUrl.searchParams.get('token');
  if (!verifyUploadToken(req.params.key, token)) return new Response(null, { status: 403 });
}`,
    `router.get('email.callback', async (ctx) => {
  const token = ctx.request.query.token;
  const user = await getUserForEmailSigninToken(ctx, token);
  await signIn(ctx, user);
});`,
    // A deep link hands the token to the desktop app; an email template's links are mailed.
    "export const openDesktop = (token) => window.location.assign(`outline://${window.location.host}/auth/redirect?token=${token}`);",
    {
      code: "export const signinLink = (teamUrl, token) => `${teamUrl}/auth/email.callback?token=${token}`;",
      filename: 'server/emails/templates/SigninEmail.tsx',
    },
    // A signing service's session row is not the sign-in session.
    `export async function prepare(recipient) {
  const session = await upsertCscSession({ recipientId: recipient.id });
  return \`/api/csc/oauth/authorize?scope=credential&session=\${session.id}\`;
}`,
    // A Stripe Checkout Session id is a payment's id.
    `export async function GET(request) {
  const sessionId = request.nextUrl.searchParams.get('session_id');
  const session = await getStripe().checkout.sessions.retrieve(sessionId);
  return Response.redirect(session.url);
}`,
    "app.get('/stripe/success', (req, res) => createSubscription(req.query.checkoutSessionId));",
  ],
  invalid: [
    {
      // With single-use links not allowed, a mailed sign-in link is reported too.
      code: `export async function email(identifier, url, token) {
  const link = \`\${url}/callback?\${new URLSearchParams({ token })}\`;
  await mailer.sendEmail(identifier, link);
}`,
      options: [{ allowSingleUseLinks: false }],
      errors: [{ messageId: 'namedTokenInUrl', data: { token: 'token' }, line: 2, column: 57, endLine: 2, endColumn: 62 }],
    },
    {
      // Fuzzer find: a wrapped callee keeps its parentheses.
      code: `import * as passportJwt from 'passport-jwt';
const extractor = { ...(passportJwt.ExtractJwt.fromUrlQueryParameter as const)() };`,
      errors: [
        { messageId: 'jwtFromQuery', data: {}, line: 2, column: 24, endLine: 2, endColumn: 81, suggestions: [{ messageId: 'useAuthHeader', output: `import * as passportJwt from 'passport-jwt';
const extractor = { ...(passportJwt.ExtractJwt.fromAuthHeaderAsBearerToken as const)() };` }] },
      ],
    },
    {
      code: `app.post('/login', (req, res) => {
  res.redirect(\`/dashboard?sid=\${req.sessionID}\`);
});`,
      errors: [
        { messageId: 'tokenInUrl', data: {"token":"req.sessionID"}, line: 2, column: 34, endLine: 2, endColumn: 47 },
      ],
    },
    {
      code: "app.get('/x', (req, res) => res.redirect('/cb?token=' + req.session.id));",
      errors: [
        { messageId: 'tokenInUrl', data: {"token":"req.session.id"}, line: 1, column: 57, endLine: 1, endColumn: 71 },
      ],
    },
    {
      code: "router.get('/x', (ctx) => { ctx.redirect(`/app?session=${ctx.session.externalKey}`); });",
      errors: [
        { messageId: 'tokenInUrl', data: {"token":"ctx.session.externalKey"}, line: 1, column: 58, endLine: 1, endColumn: 81 },
      ],
    },
    {
      code: "fastify.get('/x', (request, reply) => reply.redirect('/y?sid=' + request.session.sessionId));",
      errors: [
        { messageId: 'namedTokenInUrl', data: {"token":"request.session.sessionId"}, line: 1, column: 66, endLine: 1, endColumn: 91 },
      ],
    },
    {
      code: `export function openFeed(token) {
  return new EventSource(\`/api/feed?access_token=\${token}\`);
}`,
      errors: [
        { messageId: 'namedTokenInStreamingUrl', data: {"token":"token","sink":"new EventSource()"}, line: 2, column: 52, endLine: 2, endColumn: 57 },
      ],
    },
    {
      code: `const socketUrl = \`wss://example.com/ws?token=\${authToken}\`;
const ws = new WebSocket(socketUrl);`,
      errors: [
        { messageId: 'namedTokenInStreamingUrl', data: {"token":"authToken","sink":"new WebSocket()"}, line: 1, column: 49, endLine: 1, endColumn: 58 },
      ],
    },
    {
      code: `import { io } from 'socket.io-client';
export const socket = (accessToken) => io(\`https://rt.example.com?token=\${accessToken}\`);`,
      errors: [
        { messageId: 'namedTokenInStreamingUrl', data: {"token":"accessToken","sink":"io()"}, line: 2, column: 75, endLine: 2, endColumn: 86 },
      ],
    },
    {
      // Beside the preview link: the same link with the session's access token.
      code: "export const viewLink = (linkId, accessToken) => `${process.env.NEXT_PUBLIC_MARKETING_URL}/view/${linkId}?accessToken=${accessToken}`;",
      errors: [
        { messageId: 'namedTokenInUrl', data: {"token":"accessToken"}, line: 1, column: 121, endLine: 1, endColumn: 132 },
      ],
    },
    {
      code: `import axios from 'axios';
export const loadOrders = (accessToken) => axios.get('/api/orders', { params: { access_token: accessToken } });`,
      errors: [
        { messageId: 'namedTokenInUrl', data: {"token":"accessToken"}, line: 2, column: 95, endLine: 2, endColumn: 106 },
      ],
    },
    {
      code: `import axios from 'axios';
const config = { params: { page: 1, apiKey: key } };
export const load = () => axios.get('/api/orders', config);`,
      errors: [
        { messageId: 'namedTokenInUrl', data: {"token":"'apiKey'"}, line: 2, column: 45, endLine: 2, endColumn: 48 },
      ],
    },
    {
      code: `import ky from 'ky';
export const load = (jwt) => ky.get('/api', { searchParams: { jwt } });`,
      errors: [
        { messageId: 'namedTokenInUrl', data: {"token":"jwt"}, line: 2, column: 63, endLine: 2, endColumn: 66 },
      ],
    },
    {
      code: `import { io } from 'socket.io-client';
export const socket = io('https://rt.example.com', { query: { token: localStorage.getItem('token') } });`,
      errors: [
        { messageId: 'tokenInUrl', data: {"token":"localStorage.getItem('token')"}, line: 2, column: 70, endLine: 2, endColumn: 99 },
      ],
    },
    {
      code: "router.push({ path: '/app', query: { sid: session.sid } });",
      errors: [
        { messageId: 'namedTokenInUrl', data: {"token":"session.sid"}, line: 1, column: 43, endLine: 1, endColumn: 54 },
      ],
    },
    {
      code: `const url = new URL('https://api.example.com/orders');
url.searchParams.set('access_token', jwt.sign({ sub: user.id }, key));
fetch(url);`,
      errors: [
        { messageId: 'tokenInUrl', data: {"token":"jwt.sign()"}, line: 2, column: 38, endLine: 2, endColumn: 69 },
      ],
    },
    {
      code: `const params = new URLSearchParams();
params.append('token', token);
location.href = \`/app?\${params}\`;`,
      errors: [
        { messageId: 'namedTokenInUrl', data: {"token":"token"}, line: 2, column: 24, endLine: 2, endColumn: 29 },
      ],
    },
    {
      code: `const query = new URLSearchParams({ page: '1', authToken });
fetch(\`/api?\${query}\`);`,
      errors: [
        { messageId: 'namedTokenInUrl', data: {"token":"authToken"}, line: 1, column: 48, endLine: 1, endColumn: 57 },
      ],
    },
    {
      code: "fetch(baseUrl + '&token=' + token);",
      errors: [
        { messageId: 'namedTokenInUrl', data: {"token":"token"}, line: 1, column: 29, endLine: 1, endColumn: 34 },
      ],
    },
    {
      code: "window.location.href = `${origin}/app?view=full&jwt=${encodeURIComponent(jwt)}`;",
      errors: [
        { messageId: 'namedTokenInUrl', data: {"token":"jwt"}, line: 1, column: 74, endLine: 1, endColumn: 77 },
      ],
    },
    {
      code: `import jwt from 'jsonwebtoken';
export function link(user) {
  const issued = jwt.sign({ sub: user.id }, process.env.KEY);
  const target = '/dashboard?t=' + issued;
  return target;
}`,
      errors: [
        { messageId: 'tokenInUrl', data: {"token":"jwt.sign()"}, line: 4, column: 36, endLine: 4, endColumn: 42 },
      ],
    },
    {
      code: `import { SignJWT } from 'jose';
const signed = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).sign(key);
window.open(\`https://partner.example.com/sso?assertion=\${signed}\`);`,
      errors: [
        { messageId: 'tokenInUrl', data: {"token":"new SignJWT().sign()"}, line: 3, column: 58, endLine: 3, endColumn: 64 },
      ],
    },
    {
      code: `app.get('/x', (req, res) => {
  const auth = req.headers.authorization;
  res.redirect(\`https://other.example.com/?a=\${auth.split(' ')[1]}\`);
});`,
      errors: [
        { messageId: 'tokenInUrl', data: {"token":"req.headers.authorization"}, line: 3, column: 48, endLine: 3, endColumn: 66 },
      ],
    },
    {
      code: `const u = (token as string);
fetch(\`/api?key=\${u}\`);`,
      errors: [
        { messageId: 'namedTokenInUrl', data: {"token":"token"}, line: 2, column: 19, endLine: 2, endColumn: 20 },
      ],
    },
    {
      code: `app.get('/api/orders', (req, res) => {
  const user = verify(req.query.token);
  res.json(listOrders(user));
});`,
      errors: [
        { messageId: 'tokenFromQuery', data: {"name":"token"}, line: 2, column: 23, endLine: 2, endColumn: 38 },
      ],
    },
    {
      code: "app.get('/api', (req, res) => { const { access_token: accessToken, page } = req.query; });",
      errors: [
        { messageId: 'namedTokenFromQuery', data: {"name":"access_token"}, line: 1, column: 41, endLine: 1, endColumn: 66 },
      ],
    },
    {
      code: "router.get('/api', async (ctx) => { await check(ctx.query.sid, ctx.request.query['jwt']); });",
      errors: [
        { messageId: 'namedTokenFromQuery', data: {"name":"sid"}, line: 1, column: 49, endLine: 1, endColumn: 62 },
        { messageId: 'namedTokenFromQuery', data: {"name":"jwt"}, line: 1, column: 64, endLine: 1, endColumn: 88 },
      ],
    },
    {
      code: "io.on('connection', (socket) => { const token = socket.handshake.query.token; socket.user = verify(token); });",
      errors: [
        { messageId: 'tokenFromQuery', data: {"name":"token"}, line: 1, column: 49, endLine: 1, endColumn: 77 },
      ],
    },
    {
      code: `import { getQuery } from 'h3';
export default defineEventHandler((event) => { const q = getQuery(event); return verify(q.token); });`,
      errors: [
        { messageId: 'tokenFromQuery', data: {"name":"token"}, line: 2, column: 89, endLine: 2, endColumn: 96 },
      ],
    },
    {
      code: "app.get('/x', (c) => c.json(verify(c.req.query('access_token'))));",
      errors: [
        { messageId: 'tokenFromQuery', data: {"name":"access_token"}, line: 1, column: 36, endLine: 1, endColumn: 63 },
      ],
    },
    {
      code: `export async function GET(request) {
  const token = new URL(request.url).searchParams.get('token');
  return verify(token);
}`,
      errors: [
        { messageId: 'tokenFromQuery', data: {"name":"token"}, line: 2, column: 17, endLine: 2, endColumn: 63 },
      ],
    },
    {
      code: `export function middleware(request) {
  return verify(request.nextUrl.searchParams.get('jwt'));
}`,
      errors: [
        { messageId: 'tokenFromQuery', data: {"name":"jwt"}, line: 2, column: 17, endLine: 2, endColumn: 56 },
      ],
    },
    {
      code: `export default function Page({ searchParams }) {
  return <Dashboard session={searchParams.sessionId} />;
}`,
      filename: "page.tsx",
      errors: [
        { messageId: 'namedTokenFromQuery', data: {"name":"sessionId"}, line: 2, column: 30, endLine: 2, endColumn: 52 },
      ],
    },
    {
      code: `'use client';
import { useSearchParams } from 'next/navigation';
export function Callback() {
  const params = useSearchParams();
  return params.get('auth_token');
}`,
      filename: "callback.tsx",
      errors: [
        { messageId: 'namedTokenFromQuery', data: {"name":"auth_token"}, line: 5, column: 10, endLine: 5, endColumn: 34 },
      ],
    },
    {
      code: `const route = useRoute();
login(route.query.token);`,
      errors: [
        { messageId: 'tokenFromQuery', data: {"name":"token"}, line: 2, column: 7, endLine: 2, endColumn: 24 },
      ],
    },
    {
      code: `const params = new URLSearchParams(window.location.search);
const jwt = params.get('jwt');`,
      errors: [
        { messageId: 'namedTokenFromQuery', data: {"name":"jwt"}, line: 2, column: 13, endLine: 2, endColumn: 30 },
      ],
    },
    {
      code: `import { ExtractJwt, Strategy } from 'passport-jwt';
export const strategy = new Strategy({ jwtFromRequest: ExtractJwt.fromUrlQueryParameter('token'), secretOrKey: key }, verify);`,
      errors: [
        { messageId: 'jwtFromQuery', data: {}, line: 2, column: 56, endLine: 2, endColumn: 97, suggestions: [{ messageId: 'useAuthHeader', output: `import { ExtractJwt, Strategy } from 'passport-jwt';
export const strategy = new Strategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: key }, verify);` }] },
      ],
    },
    {
      code: `const { ExtractJwt } = require('passport-jwt');
const options = { jwtFromRequest: ExtractJwt.fromExtractors([ExtractJwt.fromAuthHeaderAsBearerToken(), ExtractJwt.fromUrlQueryParameter('access_token')]) };`,
      filename: "a.cjs",
      errors: [
        { messageId: 'jwtFromQuery', data: {}, line: 2, column: 104, endLine: 2, endColumn: 152, suggestions: [{ messageId: 'useAuthHeader', output: `const { ExtractJwt } = require('passport-jwt');
const options = { jwtFromRequest: ExtractJwt.fromExtractors([ExtractJwt.fromAuthHeaderAsBearerToken(), ExtractJwt.fromAuthHeaderAsBearerToken()]) };` }] },
      ],
    },
    {
      code: `import * as passportJwt from 'passport-jwt';
const extractor = passportJwt.ExtractJwt.fromUrlQueryParameter('jwt');`,
      errors: [
        { messageId: 'jwtFromQuery', data: {}, line: 2, column: 19, endLine: 2, endColumn: 70, suggestions: [{ messageId: 'useAuthHeader', output: `import * as passportJwt from 'passport-jwt';
const extractor = passportJwt.ExtractJwt.fromAuthHeaderAsBearerToken();` }] },
      ],
    },
    {
      code: "app.get('/reset-password', (req, res) => { const t = req.query.token; res.render('reset', { t }); });",
      options: [{"allowSingleUseLinks":false}],
      errors: [
        { messageId: 'namedTokenFromQuery', data: {"name":"token"}, line: 1, column: 54, endLine: 1, endColumn: 69 },
      ],
    },
    {
      code: `export function resetLink(resetToken) {
  return \`https://app.example.com/reset-password?token=\${resetToken}\`;
}`,
      options: [{"allowSingleUseLinks":false}],
      errors: [
        { messageId: 'namedTokenInUrl', data: {"token":"resetToken"}, line: 2, column: 58, endLine: 2, endColumn: 68 },
      ],
    },
    {
      code: `const p = url.searchParams;
p.set(KEY, token);`,
      errors: [
        { messageId: 'namedTokenInUrl', data: {"token":"token"}, line: 2, column: 12, endLine: 2, endColumn: 17 },
      ],
    },
    {
      code: `app.get('/x', (req, res) => {
  const { ...all } = req.query;
  const { ['access_token']: t, [k]: u, 'sid': s } = req.query;
  use(req.query[k], searchParams.get(name), c.req.query(name));
});`,
      errors: [
        { messageId: 'namedTokenFromQuery', data: {"name":"access_token"}, line: 3, column: 11, endLine: 3, endColumn: 30 },
        { messageId: 'namedTokenFromQuery', data: {"name":"sid"}, line: 3, column: 40, endLine: 3, endColumn: 48 },
      ],
    },
    {
      code: `const q = { token };
axios.get(u, { params: q });
new URLSearchParams(q);`,
      errors: [
        { messageId: 'namedTokenInUrl', data: {"token":"token"}, line: 1, column: 13, endLine: 1, endColumn: 18 },
      ],
    },
    {
      code: `import { ExtractJwt } from 'passport-jwt';
const { fromUrlQueryParameter } = ExtractJwt;
fromUrlQueryParameter('t');`,
      errors: [
        { messageId: 'jwtFromQuery', data: {}, line: 3, column: 1, endLine: 3, endColumn: 27, suggestions: [] },
      ],
    },
    {
      code: "import { ExtractJwt } from 'passport-jwt';\nexport const options = { jwtFromRequest: (ExtractJwt as unknown as Extractors)?.fromUrlQueryParameter<string>('t') };",
      errors: [
        {
          messageId: 'jwtFromQuery',
          data: {},
          line: 2,
          column: 42,
          endLine: 2,
          endColumn: 115,
          suggestions: [
            {
              messageId: 'useAuthHeader',
              output: "import { ExtractJwt } from 'passport-jwt';\nexport const options = { jwtFromRequest: (ExtractJwt as unknown as Extractors)?.fromAuthHeaderAsBearerToken() };",
            },
          ],
        },
      ],
    },
    {
      code: `a.href = \`&jwt=\${jwt}\`;
new URL(\`&sid=\${sid}\`, base);`,
      errors: [
        { messageId: 'namedTokenInUrl', data: {"token":"jwt"}, line: 1, column: 18, endLine: 1, endColumn: 21 },
        { messageId: 'namedTokenInUrl', data: {"token":"sid"}, line: 2, column: 17, endLine: 2, endColumn: 20 },
      ],
    },
    {
      code: `import WS from 'ws';
new WS(\`wss://x.example.com?token=\${token}\`);
new WebSocket(new URL(\`wss://x.example.com?jwt=\${jwt}\`));`,
      errors: [
        { messageId: 'namedTokenInStreamingUrl', data: {"token":"token","sink":"new WS()"}, line: 2, column: 37, endLine: 2, endColumn: 42 },
        { messageId: 'namedTokenInStreamingUrl', data: {"token":"jwt","sink":"new WebSocket()"}, line: 3, column: 50, endLine: 3, endColumn: 53 },
      ],
    },
    {
      code: `const u = \`/x?token=\${token}\`;
log(u);`,
      errors: [
        { messageId: 'namedTokenInUrl', data: {"token":"token"}, line: 1, column: 23, endLine: 1, endColumn: 28 },
      ],
    },
    {
      code: "class Api { @Public load(req) { return this.auth.verify(req.query.token); } }",
      errors: [
        { messageId: 'tokenFromQuery', data: {"name":"token"}, line: 1, column: 57, endLine: 1, endColumn: 72 },
      ],
    },
    {
      code: "app.get(...routes, (req) => login(req.query.token));",
      errors: [
        { messageId: 'tokenFromQuery', data: {"name":"token"}, line: 1, column: 35, endLine: 1, endColumn: 50 },
      ],
    },
    {
      code: "const n = `/x?n=${1}&flag=${true}&token=${t}`;",
      errors: [
        { messageId: 'namedTokenInUrl', data: {"token":"'token'"}, line: 1, column: 43, endLine: 1, endColumn: 44 },
      ],
    },
    {
      code: "login(useRoute().query.token, db.query.token);",
      errors: [
        { messageId: 'tokenFromQuery', data: {"name":"token"}, line: 1, column: 7, endLine: 1, endColumn: 29 },
      ],
    },
    {
      code: "export default defineEventHandler((event) => verify(getQuery(event).token));",
      errors: [
        { messageId: 'tokenFromQuery', data: {"name":"token"}, line: 1, column: 53, endLine: 1, endColumn: 74 },
      ],
    },
    {
      // The token read from the query is stored as the app's auth token.
      code: `import { useSearchParams } from 'next/navigation';
export function SSOPage() {
  const token = useSearchParams().get('token');
  if (token) setClientAuthToken(token);
}`,
      errors: [{ messageId: 'tokenFromQuery', data: { name: 'token' }, line: 3, column: 17, endLine: 3, endColumn: 47 }],
    },
    {
      // Logged in with, inside an object; the typeof check reads the same parameter.
      code: `const { query } = useRoute();
const user = typeof query.token === 'string' ? { server: query.server, token: query.token } : currentUser;
loginTo(client, user);`,
      errors: [
        { messageId: 'tokenFromQuery', data: { name: 'token' }, line: 2, column: 21, endLine: 2, endColumn: 32 },
        { messageId: 'tokenFromQuery', data: { name: 'token' }, line: 2, column: 79, endLine: 2, endColumn: 90 },
      ],
    },
    {
      // An alternative to the Authorization header's bearer token.
      code: `export async function resolveFileUploadUserId(c) {
  const [bearerToken] = (c.req.header('authorization') || '').split('Bearer ').filter(Boolean);
  const presignToken = bearerToken || c.req.query('token');
  return presignToken ? userOf(presignToken) : null;
}`,
      errors: [{ messageId: 'tokenFromQuery', data: { name: 'token' }, line: 3, column: 39, endLine: 3, endColumn: 59 }],
    },
    {
      // Read in the app's authentication code.
      code: `export function parseAuthentication(ctx) {
  if (ctx.request.query?.token) return { token: String(ctx.request.query.token), transport: 'query' };
  return { token: undefined };
}`,
      errors: [
        { messageId: 'tokenFromQuery', data: { name: 'token' }, line: 2, column: 7, endLine: 2, endColumn: 31 },
        { messageId: 'tokenFromQuery', data: { name: 'token' }, line: 2, column: 56, endLine: 2, endColumn: 79 },
      ],
    },
    {
      // Sent as the Bearer credential and set as a cookie.
      code: `export function Embed({ searchParams }) {
  const token = searchParams.get('token');
  fetch('/api/me', { headers: { authorization: \`Bearer \${token}\` } });
}
export function adopt(req, res) { res.cookie('sid', req.query.token); }`,
      errors: [
        { messageId: 'tokenFromQuery', data: { name: 'token' }, line: 2, column: 17, endLine: 2, endColumn: 42 },
        { messageId: 'tokenFromQuery', data: { name: 'token' }, line: 5, column: 53, endLine: 5, endColumn: 68 },
      ],
    },
    {
      // Near misses of the deep link and the email template: a web URL, a page outside an email folder.
      code: "export const openWeb = (token) => window.location.assign(`https://${window.location.host}/auth/redirect?token=${token}`);",
      filename: 'app/scenes/Desktop.tsx',
      errors: [{ messageId: 'namedTokenInUrl', data: { token: 'token' }, line: 1, column: 113, endLine: 1, endColumn: 118 }],
    },
    {
      // Near miss of the Stripe session id: the app looks its own session up by it.
      code: `export async function GET(request) {
  const sessionId = request.nextUrl.searchParams.get('session_id');
  return Response.json(await getSession(sessionId));
}`,
      errors: [{ messageId: 'tokenFromQuery', data: { name: 'session_id' }, line: 2, column: 21, endLine: 2, endColumn: 67 }],
    },
    {
      // Near miss of the signing session: the app's own session, named only.
      code: `export async function resume(request) {
  const session = await getSession(request);
  return \`/app/resume?session=\${session.id}\`;
}`,
      errors: [{ messageId: 'namedTokenInUrl', data: { token: 'session.id' }, line: 3, column: 33, endLine: 3, endColumn: 43 }],
    },
    {
      // Near misses of the provider cases: the same key sent to the app's own relative API, a session id to its own page.
      code: `export const load = (apiToken) => axios.get('/api/eod', { params: { api_token: apiToken } });
export const open = (sessionId) => fetch(\`/app/invitations?sid=\${sessionId}\`);`,
      errors: [
        { messageId: 'namedTokenInUrl', data: { token: 'apiToken' }, line: 1, column: 80, endLine: 1, endColumn: 88 },
      ],
    },
  ],
};

// By default a value is a session token only where the file shows where it comes from.
const evidenceCases: Omit<RunTests<MessageIds, Options>, 'assertionOptions'> = {
  valid: [
    'export const load = (accessToken) => fetch(`/api/orders?token=${accessToken}`);',
    'export const open = (user) => { location.href = `/callback?token=${user.token}`; };',
    "app.get('/orders', (req, res) => { const user = verify(req.query.token); res.json(user); });",
    "export function Page() { const token = useSearchParams().get('token'); return <Editor token={token} />; }",
    "export const embed = (apiKey: string): string => `https://api.vendor.example/v1/embed?key=${apiKey}`;",
    // A debugging link that only development builds print.
    "app.post('/login', (req, res) => { if (process.env.NODE_ENV !== 'production') res.redirect(`/debug?sid=${req.sessionID}`); });",
    // A signed file URL: its signature is a capability for one file, short-lived by design.
    "import JWT from 'jsonwebtoken';\nexport function signedUrl(key: string, secret: string) {\n  const sig = JWT.sign({ key, type: 'attachment' }, secret, { expiresIn: 60 });\n  return `${process.env.URL}/api/files.get?sig=${sig}`;\n}",
  ],
  invalid: [
    {
      code: "app.post('/login', (req, res) => { res.redirect(`/dashboard?sid=${req.sessionID}`); });",
      errors: [{ messageId: 'tokenInUrl', data: { token: 'req.sessionID' }, line: 1, column: 67, endLine: 1, endColumn: 80 }],
    },
    {
      code: "app.get('/proxy', (req, res) => {\n  const token = req.headers.authorization;\n  return fetch(`https://backend.internal/api?auth=${token}`);\n});",
      errors: [{ messageId: 'tokenInUrl', data: { token: 'token' }, line: 3, column: 53, endLine: 3, endColumn: 58 }],
    },
    {
      code: "export function connect() {\n  const token = localStorage.getItem('token');\n  return new WebSocket(`wss://api.example.com/live?token=${token}`);\n}",
      errors: [{ messageId: 'tokenInStreamingUrl', data: { token: 'token', sink: 'new WebSocket()' }, line: 3, column: 60, endLine: 3, endColumn: 65 }],
    },
    {
      code: "import jwt from 'jsonwebtoken';\nexport function handoff(res, user, key: string) {\n  const session = jwt.sign({ sub: user.id }, key);\n  res.redirect(`https://app.example.com/start?session=${session}`);\n}",
      errors: [{ messageId: 'tokenInUrl', data: { token: 'jwt.sign()' }, line: 4, column: 57, endLine: 4, endColumn: 64 }],
    },
  ],
};

runRuleTests('no-session-token-in-url', rule, {
  valid: [...evidenceCases.valid, ...withOptions(namedTokenCases.valid, { reportNamedTokens: true })],
  invalid: [...evidenceCases.invalid, ...withOptions(namedTokenCases.invalid, { reportNamedTokens: true })],
});
