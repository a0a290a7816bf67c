import rule from '../../lib/rules/require-secure-session-id.ts';
import { runRuleTests } from '../helpers/rule-tester.ts';

runRuleTests('require-secure-session-id', rule, {
  valid: [
    "app.get('/', (req, res) => { res.cookie('myapp', String(Date.now())); });",
    `import session from 'express-session';
import { randomBytes, randomUUID } from 'node:crypto';
import { v4 } from 'uuid';
import { nanoid } from 'nanoid';
app.use(session({ genid: () => randomBytes(32).toString('hex') }));
app.use(session({ genid: () => v4() }));
app.use(session({ genid: () => nanoid() }));
app.use(session({ genid: randomUUID }));
app.use(session({ genid: (req) => makeId(req) }));`,
    // A loop counter that walks a collection: each element is what the collection holds, not the counter.
    `MemoryStore.prototype.all = function all(callback) {
  var sessionIds = Object.keys(this.sessions);
  for (var i = 0; i < sessionIds.length; i++) {
    var sessionId = sessionIds[i];
    load(sessionId);
  }
};`,
    "for (let i = 0, len = tokens.length; i < len; i++) { const token = tokens[i]; insert(token); }",
    // markdown-it's smart quotes (in Ghost's editor bundle): the position of a lexer token.
    "for (let r = 0; r < tokens.length; r += 1) { stack.push({ token: r, pos: 0, single: true }); }",
    "let token; for (let j = 0, k = 9; j < k; j++, k--) { token = j; }",
    "const delay = base + Math.random() * 100;",
    { code: "const items = list.map((item) => <li key={Math.random()}>{item}</li>);", filename: "list.tsx" },
    "const id = Math.random().toString(36).slice(2);",
    "el.style.opacity = Math.random();",
    `const tokenCount = Math.random();
const csrfToken = Math.random().toString(36);
const pageToken = Date.now();`,
    { code: "const token = Math.random().toString(36);", filename: "src/auth.test.ts" },
    { code: "const token = 'x' + Math.random();", filename: "test/fixtures/users.js" },
    "const sessionId = crypto.randomUUID?.() ?? Math.random().toString(36);",
    `export function createSessionId() {
  if (globalThis.crypto?.randomUUID) return globalThis.crypto.randomUUID();
  return Math.random().toString(36).slice(2);
}`,
    `import { randomBytes } from 'crypto';
export function createSessionId() {
  try { return randomBytes(24).toString('hex'); } catch { return String(Date.now()); }
}`,
    `import { makeToken, generateSuffix } from './tokens';
const token = makeToken();
const authToken = Date.now() + generateSuffix();`,
    `import { randomBytes } from 'crypto';
export const createToken = (size) => randomBytes(size).toString('hex');`,
    "app.use((req, res, next) => { const token = req.headers.authorization; const sessionId = req.sessionID; next(); });",
    `req.session.expiresAt = Date.now() + ttl;
const tokenExpiry = Date.now() + 3600;
const sessionStart = Date.now();`,
    `import { createHmac } from 'node:crypto';
const sessionToken = createHmac('sha256', secret).update(String(Date.now())).digest('hex');`,
    // A signed, expiring token: the clock gives the expiry, the keyed HMAC the unpredictability.
    `import crypto from 'node:crypto';
function computeSignature(payload: string) {
  return crypto.createHmac('sha256', env.SECRET_PASSWORD).update(payload).digest('hex');
}
export function signUploadKey(key: string) {
  const expiry = Math.floor(Date.now() / 1000) + 3600;
  const token = \`\${expiry}.\${computeSignature(\`\${key}:\${expiry}\`)}\`;
  return token;
}`,
    "app.get('/', (req, res) => { res.cookie('theme', Math.random() > 0.5 ? 'dark' : 'light'); });",
    `import { randomBytes } from 'crypto';
const sessionId = randomBytes(8).toString('hex');`,
    `const buf = new Uint8Array(32);
crypto.getRandomValues(buf);
const sessionToken = btoa(String.fromCharCode(...buf));`,
    `import crypto from 'crypto';
function randomString(length) {
  const bytes = crypto.randomBytes(length);
  let result = '';
  for (let i = 0; i < length; i++) result += CHARSET[bytes[i] % CHARSET.length];
  return result;
}
const apiKey = randomString(40);`,
    `const crypto = { randomUUID: () => String(Date.now()) };
const Math = { random: () => 4 };
const token = Math.random();`,
    "function createSession() { return { id: Math.random() }; }",
    `import { v7 } from 'uuid';
import { nanoid } from 'nanoid';
const sessionId = v7();
const token = nanoid();`,
    `import jwt from 'jsonwebtoken';
export function generateToken(user) { return jwt.sign({ sub: user.id }, key); }`,
    `import { randomBytes } from 'node:crypto';
const sessionId = randomBytes(16).toString('hex').slice(0, 24);`,
    `let attempts = 0;
function retryToken() { attempts++; return fetchToken(); }`,
    `map.set('sid', Math.random());
set('sid', Math.random());
obj[key] = Date.now();
[a] = [Math.random()];`,
    `const cfg: SessionOptions = { genid: () => Math.random().toString() };
const other: NextAuthOptions = { session: { maxAge: 60 } };
const wrapped = { secret } as NextAuthConfig;`,
  ],
  invalid: [
    {
      // Fuzzer find: a size added after the alphabet needs its comma.
      code: `import { customAlphabet } from 'nanoid';
const apiKey = customAlphabet('0123456789abcdef');`,
      options: [{ minBits: 128 }],
      errors: [
        { messageId: 'tooFewBits', data: { name: "'apiKey'", bits: '84', source: 'nanoid customAlphabet()', minBits: '128' }, line: 2, column: 16, endLine: 2, endColumn: 50, suggestions: [{ messageId: 'raiseSize', data: { size: '32', bits: '128' }, output: `import { customAlphabet } from 'nanoid';
const apiKey = customAlphabet('0123456789abcdef', 32);` }] },
      ],
    },
    {
      code: "app.get('/', (req, res) => { res.cookie('myapp', String(Date.now())); });",
      settings: { asvs: { sessionCookieNames: ['myapp'] } },
      errors: [
        {
          messageId: 'predictable',
          data: { name: "cookie 'myapp'", source: 'Date.now()' },
          line: 1,
          column: 57,
          endLine: 1,
          endColumn: 67,
          suggestions: [
            {
              messageId: 'useRandomBytes',
              data: { code: "randomBytes(32).toString('hex')" },
              output: "import { randomBytes } from 'node:crypto';\napp.get('/', (req, res) => { res.cookie('myapp', randomBytes(32).toString('hex')); });",
            },
            { messageId: 'useRandomUUID', data: { code: 'crypto.randomUUID()' }, output: "app.get('/', (req, res) => { res.cookie('myapp', crypto.randomUUID()); });" },
          ],
        },
      ],
    },
    {
      code: `import session from 'express-session';
app.use(session({ secret: process.env.SECRET, genid: () => Math.random().toString(36).slice(2) }));`,
      errors: [
        { messageId: 'predictable', data: {"name":"genid (express-session)","source":"Math.random()"}, line: 2, column: 60, endLine: 2, endColumn: 73, suggestions: [{ messageId: 'useRandomBytes', data: {"code":"randomBytes(32).toString('hex')"}, output: `import session from 'express-session';
import { randomBytes } from 'node:crypto';
app.use(session({ secret: process.env.SECRET, genid: () => randomBytes(32).toString('hex') }));` }, { messageId: 'useRandomUUID', data: {"code":"crypto.randomUUID()"}, output: `import session from 'express-session';
app.use(session({ secret: process.env.SECRET, genid: () => crypto.randomUUID() }));` }] },
      ],
    },
    {
      code: `const session = require('express-session');
const express = require('express');
app.use(session({ genid: () => Math.random().toString(36) }));`,
      filename: "server.cjs",
      errors: [
        { messageId: 'predictable', data: {"name":"genid (express-session)","source":"Math.random()"}, line: 3, column: 32, endLine: 3, endColumn: 45, suggestions: [{ messageId: 'useRandomBytes', data: {"code":"randomBytes(32).toString('hex')"}, output: `const session = require('express-session');
const express = require('express');
const { randomBytes } = require('node:crypto');
app.use(session({ genid: () => randomBytes(32).toString('hex') }));` }, { messageId: 'useRandomUUID', data: {"code":"crypto.randomUUID()"}, output: `const session = require('express-session');
const express = require('express');
app.use(session({ genid: () => crypto.randomUUID() }));` }] },
      ],
    },
    {
      code: `const crypto = require('crypto');
app.use(require('express-session')({ genid() { return Date.now().toString(36); } }));`,
      filename: "server.js",
      errors: [
        { messageId: 'predictable', data: {"name":"genid (express-session)","source":"Date.now()"}, line: 2, column: 55, endLine: 2, endColumn: 65, suggestions: [{ messageId: 'useRandomBytes', data: {"code":"crypto.randomBytes(32).toString('hex')"}, output: `const crypto = require('crypto');
app.use(require('express-session')({ genid() { return crypto.randomBytes(32).toString('hex'); } }));` }, { messageId: 'useRandomUUID', data: {"code":"crypto.randomUUID()"}, output: `const crypto = require('crypto');
app.use(require('express-session')({ genid() { return crypto.randomUUID(); } }));` }] },
      ],
    },
    {
      code: `import session from 'koa-session';
app.use(session({ store, genid: () => \`\${Date.now()}\` }, app));`,
      errors: [
        { messageId: 'predictable', data: {"name":"genid (koa-session)","source":"Date.now()"}, line: 2, column: 42, endLine: 2, endColumn: 52, suggestions: [{ messageId: 'useRandomBytes', data: {"code":"randomBytes(32).toString('hex')"}, output: `import session from 'koa-session';
import { randomBytes } from 'node:crypto';
app.use(session({ store, genid: () => randomBytes(32).toString('hex') }, app));` }, { messageId: 'useRandomUUID', data: {"code":"crypto.randomUUID()"}, output: `import session from 'koa-session';
app.use(session({ store, genid: () => crypto.randomUUID() }, app));` }] },
      ],
    },
    {
      code: `import fastifySession from '@fastify/session';
import { v1 as uuidv1 } from 'uuid';
fastify.register(fastifySession, { secret, idGenerator: () => uuidv1() });`,
      errors: [
        { messageId: 'predictable', data: {"name":"idGenerator (@fastify/session)","source":"uuid v1 (time-based)"}, line: 3, column: 63, endLine: 3, endColumn: 71, suggestions: [{ messageId: 'useRandomBytes', data: {"code":"randomBytes(32).toString('hex')"}, output: `import fastifySession from '@fastify/session';
import { v1 as uuidv1 } from 'uuid';
import { randomBytes } from 'node:crypto';
fastify.register(fastifySession, { secret, idGenerator: () => randomBytes(32).toString('hex') });` }, { messageId: 'useRandomUUID', data: {"code":"crypto.randomUUID()"}, output: `import fastifySession from '@fastify/session';
import { v1 as uuidv1 } from 'uuid';
fastify.register(fastifySession, { secret, idGenerator: () => crypto.randomUUID() });` }] },
      ],
    },
    {
      code: `let counter = 0;
await server.register({ plugin: require('@hapi/yar'), options: { customSessionIDGenerator: (request) => String(counter++) } });`,
      errors: [
        { messageId: 'predictable', data: {"name":"customSessionIDGenerator (@hapi/yar)","source":"the counter counter"}, line: 2, column: 112, endLine: 2, endColumn: 121, suggestions: [{ messageId: 'useRandomBytes', data: {"code":"randomBytes(32).toString('hex')"}, output: `const { randomBytes } = require('node:crypto');
let counter = 0;
await server.register({ plugin: require('@hapi/yar'), options: { customSessionIDGenerator: (request) => randomBytes(32).toString('hex') } });` }, { messageId: 'useRandomUUID', data: {"code":"crypto.randomUUID()"}, output: `let counter = 0;
await server.register({ plugin: require('@hapi/yar'), options: { customSessionIDGenerator: (request) => crypto.randomUUID() } });` }] },
      ],
    },
    {
      code: `import NextAuth from 'next-auth';
export default NextAuth({ providers, session: { strategy: 'database', generateSessionToken: () => Math.random().toString(36) } });`,
      errors: [
        { messageId: 'predictable', data: {"name":"generateSessionToken (next-auth)","source":"Math.random()"}, line: 2, column: 99, endLine: 2, endColumn: 112, suggestions: [{ messageId: 'useRandomBytes', data: {"code":"randomBytes(32).toString('hex')"}, output: `import NextAuth from 'next-auth';
import { randomBytes } from 'node:crypto';
export default NextAuth({ providers, session: { strategy: 'database', generateSessionToken: () => randomBytes(32).toString('hex') } });` }, { messageId: 'useRandomUUID', data: {"code":"crypto.randomUUID()"}, output: `import NextAuth from 'next-auth';
export default NextAuth({ providers, session: { strategy: 'database', generateSessionToken: () => crypto.randomUUID() } });` }] },
      ],
    },
    {
      code: `import type { NextAuthOptions } from 'next-auth';
export const authOptions: NextAuthOptions = { session: { generateSessionToken() { return Date.now().toString(); } } };`,
      errors: [
        { messageId: 'predictable', data: {"name":"generateSessionToken (next-auth)","source":"Date.now()"}, line: 2, column: 90, endLine: 2, endColumn: 100, suggestions: [{ messageId: 'useRandomBytes', data: {"code":"randomBytes(32).toString('hex')"}, output: `import type { NextAuthOptions } from 'next-auth';
import { randomBytes } from 'node:crypto';
export const authOptions: NextAuthOptions = { session: { generateSessionToken() { return randomBytes(32).toString('hex'); } } };` }, { messageId: 'useRandomUUID', data: {"code":"crypto.randomUUID()"}, output: `import type { NextAuthOptions } from 'next-auth';
export const authOptions: NextAuthOptions = { session: { generateSessionToken() { return crypto.randomUUID(); } } };` }] },
      ],
    },
    {
      code: `import { nanoid } from 'nanoid';
export const config = { session: { generateSessionToken: () => nanoid(8) } } satisfies NextAuthConfig;`,
      errors: [
        { messageId: 'tooFewBits', data: {"name":"generateSessionToken (next-auth)","bits":"48","source":"nanoid()","minBits":"64"}, line: 2, column: 71, endLine: 2, endColumn: 72, suggestions: [{ messageId: 'raiseSize', data: {"size":"11","bits":"66"}, output: `import { nanoid } from 'nanoid';
export const config = { session: { generateSessionToken: () => nanoid(11) } } satisfies NextAuthConfig;` }] },
      ],
    },
    {
      code: `import { useSession } from 'h3';
export default defineEventHandler(async (event) => useSession(event, { password, generateId: () => Math.random().toString(36) }));`,
      errors: [
        { messageId: 'predictable', data: {"name":"generateId (h3 useSession)","source":"Math.random()"}, line: 2, column: 100, endLine: 2, endColumn: 113, suggestions: [{ messageId: 'useRandomBytes', data: {"code":"randomBytes(32).toString('hex')"}, output: `import { useSession } from 'h3';
import { randomBytes } from 'node:crypto';
export default defineEventHandler(async (event) => useSession(event, { password, generateId: () => randomBytes(32).toString('hex') }));` }, { messageId: 'useRandomUUID', data: {"code":"crypto.randomUUID()"}, output: `import { useSession } from 'h3';
export default defineEventHandler(async (event) => useSession(event, { password, generateId: () => crypto.randomUUID() }));` }] },
      ],
    },
    {
      code: "export default defineEventHandler((event) => useSession(event, { password, generateId: () => String(Date.now()) }));",
      errors: [
        { messageId: 'predictable', data: {"name":"generateId (h3 useSession)","source":"Date.now()"}, line: 1, column: 101, endLine: 1, endColumn: 111, suggestions: [{ messageId: 'useRandomBytes', data: {"code":"randomBytes(32).toString('hex')"}, output: `import { randomBytes } from 'node:crypto';
export default defineEventHandler((event) => useSession(event, { password, generateId: () => randomBytes(32).toString('hex') }));` }, { messageId: 'useRandomUUID', data: {"code":"crypto.randomUUID()"}, output: "export default defineEventHandler((event) => useSession(event, { password, generateId: () => crypto.randomUUID() }));" }] },
      ],
    },
    {
      code: `import session from 'express-session';
function weakId() { return Math.random().toString(16).slice(2); }
const opts = { secret: 's', genid: weakId };
app.use(session(opts));`,
      errors: [
        { messageId: 'predictable', data: {"name":"genid (express-session)","source":"Math.random()"}, line: 2, column: 28, endLine: 2, endColumn: 41, suggestions: [{ messageId: 'useRandomBytes', data: {"code":"randomBytes(32).toString('hex')"}, output: `import session from 'express-session';
import { randomBytes } from 'node:crypto';
function weakId() { return randomBytes(32).toString('hex'); }
const opts = { secret: 's', genid: weakId };
app.use(session(opts));` }, { messageId: 'useRandomUUID', data: {"code":"crypto.randomUUID()"}, output: `import session from 'express-session';
function weakId() { return crypto.randomUUID(); }
const opts = { secret: 's', genid: weakId };
app.use(session(opts));` }] },
      ],
    },
    {
      code: `import session from 'express-session';
import { v1 } from 'uuid';
app.use(session({ secret: 's', genid: v1 }));`,
      errors: [
        { messageId: 'predictable', data: {"name":"genid (express-session)","source":"uuid v1 (time-based)"}, line: 3, column: 39, endLine: 3, endColumn: 41, suggestions: [{ messageId: 'useRandomBytes', data: {"code":"randomBytes(32).toString('hex')"}, output: `import session from 'express-session';
import { v1 } from 'uuid';
import { randomBytes } from 'node:crypto';
app.use(session({ secret: 's', genid: randomBytes(32).toString('hex') }));` }, { messageId: 'useRandomUUID', data: {"code":"crypto.randomUUID()"}, output: `import session from 'express-session';
import { v1 } from 'uuid';
app.use(session({ secret: 's', genid: crypto.randomUUID() }));` }] },
      ],
    },
    {
      code: "const token = Math.random().toString(36).substring(2);",
      errors: [
        { messageId: 'predictable', data: {"name":"'token'","source":"Math.random()"}, line: 1, column: 15, endLine: 1, endColumn: 28, suggestions: [{ messageId: 'useRandomBytes', data: {"code":"randomBytes(32).toString('hex')"}, output: `import { randomBytes } from 'node:crypto';
const token = randomBytes(32).toString('hex');` }, { messageId: 'useRandomUUID', data: {"code":"crypto.randomUUID()"}, output: "const token = crypto.randomUUID();" }] },
      ],
    },
    {
      code: `export function issue(user) {
  const sessionId = \`\${user.id}-\${Date.now()}\`;
  return sessionId;
}`,
      errors: [
        { messageId: 'predictable', data: {"name":"'sessionId'","source":"Date.now()"}, line: 2, column: 35, endLine: 2, endColumn: 45, suggestions: [{ messageId: 'useRandomBytes', data: {"code":"randomBytes(32).toString('hex')"}, output: `import { randomBytes } from 'node:crypto';
export function issue(user) {
  const sessionId = randomBytes(32).toString('hex');
  return sessionId;
}` }, { messageId: 'useRandomUUID', data: {"code":"crypto.randomUUID()"}, output: `export function issue(user) {
  const sessionId = crypto.randomUUID();
  return sessionId;
}` }] },
      ],
    },
    {
      code: `import { randomBytes } from 'node:crypto';
export const createSessionId = () => randomBytes(4).toString('hex');`,
      errors: [
        { messageId: 'tooFewBits', data: {"name":"createSessionId()","bits":"32","source":"crypto.randomBytes()","minBits":"64"}, line: 2, column: 50, endLine: 2, endColumn: 51, suggestions: [{ messageId: 'raiseSize', data: {"size":"16","bits":"128"}, output: `import { randomBytes } from 'node:crypto';
export const createSessionId = () => randomBytes(16).toString('hex');` }, { messageId: 'raiseSize', data: {"size":"32","bits":"256"}, output: `import { randomBytes } from 'node:crypto';
export const createSessionId = () => randomBytes(32).toString('hex');` }] },
      ],
    },
    {
      code: "const sessionToken = crypto.getRandomValues(new Uint8Array(4));",
      errors: [
        { messageId: 'tooFewBits', data: {"name":"'sessionToken'","bits":"32","source":"crypto.getRandomValues()","minBits":"64"}, line: 1, column: 60, endLine: 1, endColumn: 61, suggestions: [{ messageId: 'raiseSize', data: {"size":"16","bits":"128"}, output: "const sessionToken = crypto.getRandomValues(new Uint8Array(16));" }, { messageId: 'raiseSize', data: {"size":"32","bits":"256"}, output: "const sessionToken = crypto.getRandomValues(new Uint8Array(32));" }] },
      ],
    },
    {
      code: `import { customAlphabet } from 'nanoid';
const gen = customAlphabet('0123456789', 6);
const apiKey = gen();`,
      errors: [
        { messageId: 'tooFewBits', data: {"name":"'apiKey'","bits":"19","source":"nanoid customAlphabet()","minBits":"64"}, line: 3, column: 16, endLine: 3, endColumn: 21 },
      ],
    },
    {
      code: `import { customAlphabet } from 'nanoid';
const apiKey = customAlphabet('0123456789abcdef', 8)();`,
      errors: [
        { messageId: 'tooFewBits', data: {"name":"'apiKey'","bits":"32","source":"nanoid customAlphabet()","minBits":"64"}, line: 2, column: 51, endLine: 2, endColumn: 52, suggestions: [{ messageId: 'raiseSize', data: {"size":"16","bits":"64"}, output: `import { customAlphabet } from 'nanoid';
const apiKey = customAlphabet('0123456789abcdef', 16)();` }] },
      ],
    },
    {
      code: `import { customAlphabet } from 'nanoid';
const gen = customAlphabet('0123456789abcdef');
const apiKey = gen(10);`,
      errors: [
        { messageId: 'tooFewBits', data: {"name":"'apiKey'","bits":"40","source":"nanoid customAlphabet()","minBits":"64"}, line: 3, column: 20, endLine: 3, endColumn: 22, suggestions: [{ messageId: 'raiseSize', data: {"size":"16","bits":"64"}, output: `import { customAlphabet } from 'nanoid';
const gen = customAlphabet('0123456789abcdef');
const apiKey = gen(16);` }] },
      ],
    },
    {
      code: `function generateToken() {
  let s = '';
  for (let i = 0; i < 32; i++) s += chars.charAt(Math.floor(Math.random() * chars.length));
  return s;
}`,
      errors: [
        { messageId: 'predictable', data: {"name":"generateToken()","source":"Math.random()"}, line: 3, column: 61, endLine: 3, endColumn: 74 },
      ],
    },
    {
      code: `function makeApiKey() {
  const out = [];
  for (let i = 0; i < 32; i++) out.push(ALPHABET[Math.floor(Math.random() * 62)]);
  return out.join('');
}`,
      errors: [
        { messageId: 'predictable', data: {"name":"makeApiKey()","source":"Math.random()"}, line: 3, column: 61, endLine: 3, endColumn: 74 },
      ],
    },
    {
      code: `function rnd() { return Math.random().toString(16); }
const authToken = rnd();`,
      errors: [
        { messageId: 'predictable', data: {"name":"'authToken'","source":"Math.random()"}, line: 2, column: 19, endLine: 2, endColumn: 24, suggestions: [{ messageId: 'useRandomBytes', data: {"code":"randomBytes(32).toString('hex')"}, output: `import { randomBytes } from 'node:crypto';
function rnd() { return Math.random().toString(16); }
const authToken = randomBytes(32).toString('hex');` }, { messageId: 'useRandomUUID', data: {"code":"crypto.randomUUID()"}, output: `function rnd() { return Math.random().toString(16); }
const authToken = crypto.randomUUID();` }] },
      ],
    },
    {
      code: `let counter = 0;
export function createSessionId() {
  counter += 1;
  return \`s\${counter}\`;
}`,
      errors: [
        { messageId: 'predictable', data: {"name":"createSessionId()","source":"the counter counter"}, line: 3, column: 3, endLine: 3, endColumn: 15 },
      ],
    },
    {
      // A counter that indexes a collection the file spells out still picks the same characters every time.
      code: `const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';
export function createSessionId() {
  let id = '';
  for (let i = 0; i < 16; i++) id += ALPHABET[(i * 7) % 26];
  return id;
}`,
      errors: [
        { messageId: 'predictable', data: { name: 'createSessionId()', source: 'the counter i' }, line: 4, column: 27, endLine: 4, endColumn: 30 },
      ],
    },
    {
      code: `let n = 0;
const nextSessionId = () => 'sess-' + ++n;`,
      errors: [
        { messageId: 'predictable', data: {"name":"nextSessionId()","source":"the counter n"}, line: 2, column: 39, endLine: 2, endColumn: 42, suggestions: [{ messageId: 'useRandomBytes', data: {"code":"randomBytes(32).toString('hex')"}, output: `import { randomBytes } from 'node:crypto';
let n = 0;
const nextSessionId = () => randomBytes(32).toString('hex');` }, { messageId: 'useRandomUUID', data: {"code":"crypto.randomUUID()"}, output: `let n = 0;
const nextSessionId = () => crypto.randomUUID();` }] },
      ],
    },
    {
      code: `import { v1 as uuidv1 } from 'uuid';
user.resetToken = uuidv1();`,
      errors: [
        { messageId: 'predictable', data: {"name":"'resetToken'","source":"uuid v1 (time-based)"}, line: 2, column: 19, endLine: 2, endColumn: 27, suggestions: [{ messageId: 'useRandomBytes', data: {"code":"randomBytes(32).toString('hex')"}, output: `import { v1 as uuidv1 } from 'uuid';
import { randomBytes } from 'node:crypto';
user.resetToken = randomBytes(32).toString('hex');` }, { messageId: 'useRandomUUID', data: {"code":"crypto.randomUUID()"}, output: `import { v1 as uuidv1 } from 'uuid';
user.resetToken = crypto.randomUUID();` }] },
      ],
    },
    {
      code: "class Store { sessionId = Date.now().toString(36); }",
      errors: [
        { messageId: 'predictable', data: {"name":"'sessionId'","source":"Date.now()"}, line: 1, column: 27, endLine: 1, endColumn: 37, suggestions: [{ messageId: 'useRandomBytes', data: {"code":"randomBytes(32).toString('hex')"}, output: `import { randomBytes } from 'node:crypto';
class Store { sessionId = randomBytes(32).toString('hex'); }` }, { messageId: 'useRandomUUID', data: {"code":"crypto.randomUUID()"}, output: "class Store { sessionId = crypto.randomUUID(); }" }] },
      ],
    },
    {
      code: "class Auth { generateToken() { return Math.random().toString(36); } }",
      errors: [
        { messageId: 'predictable', data: {"name":"generateToken()","source":"Math.random()"}, line: 1, column: 39, endLine: 1, endColumn: 52, suggestions: [{ messageId: 'useRandomBytes', data: {"code":"randomBytes(32).toString('hex')"}, output: `import { randomBytes } from 'node:crypto';
class Auth { generateToken() { return randomBytes(32).toString('hex'); } }` }, { messageId: 'useRandomUUID', data: {"code":"crypto.randomUUID()"}, output: "class Auth { generateToken() { return crypto.randomUUID(); } }" }] },
      ],
    },
    {
      code: "const creds = { apiKey: Math.random().toString(36), ['authToken']: Date.now() };",
      errors: [
        { messageId: 'predictable', data: {"name":"'apiKey'","source":"Math.random()"}, line: 1, column: 25, endLine: 1, endColumn: 38, suggestions: [{ messageId: 'useRandomBytes', data: {"code":"randomBytes(32).toString('hex')"}, output: `import { randomBytes } from 'node:crypto';
const creds = { apiKey: randomBytes(32).toString('hex'), ['authToken']: Date.now() };` }, { messageId: 'useRandomUUID', data: {"code":"crypto.randomUUID()"}, output: "const creds = { apiKey: crypto.randomUUID(), ['authToken']: Date.now() };" }] },
        { messageId: 'predictable', data: {"name":"'authToken'","source":"Date.now()"}, line: 1, column: 68, endLine: 1, endColumn: 78, suggestions: [{ messageId: 'useRandomBytes', data: {"code":"randomBytes(32).toString('hex')"}, output: `import { randomBytes } from 'node:crypto';
const creds = { apiKey: Math.random().toString(36), ['authToken']: randomBytes(32).toString('hex') };` }, { messageId: 'useRandomUUID', data: {"code":"crypto.randomUUID()"}, output: "const creds = { apiKey: Math.random().toString(36), ['authToken']: crypto.randomUUID() };" }] },
      ],
    },
    {
      code: "app.get('/', (req, res) => { res.cookie('sid', Math.random().toString(36).slice(2), { httpOnly: true }); });",
      errors: [
        { messageId: 'predictable', data: {"name":"cookie 'sid'","source":"Math.random()"}, line: 1, column: 48, endLine: 1, endColumn: 61, suggestions: [{ messageId: 'useRandomBytes', data: {"code":"randomBytes(32).toString('hex')"}, output: `import { randomBytes } from 'node:crypto';
app.get('/', (req, res) => { res.cookie('sid', randomBytes(32).toString('hex'), { httpOnly: true }); });` }, { messageId: 'useRandomUUID', data: {"code":"crypto.randomUUID()"}, output: "app.get('/', (req, res) => { res.cookie('sid', crypto.randomUUID(), { httpOnly: true }); });" }] },
      ],
    },
    {
      code: `import { setCookie } from 'h3';
setCookie(event, 'session', String(Date.now()));`,
      errors: [
        { messageId: 'predictable', data: {"name":"cookie 'session'","source":"Date.now()"}, line: 2, column: 36, endLine: 2, endColumn: 46, suggestions: [{ messageId: 'useRandomBytes', data: {"code":"randomBytes(32).toString('hex')"}, output: `import { setCookie } from 'h3';
import { randomBytes } from 'node:crypto';
setCookie(event, 'session', randomBytes(32).toString('hex'));` }, { messageId: 'useRandomUUID', data: {"code":"crypto.randomUUID()"}, output: `import { setCookie } from 'h3';
setCookie(event, 'session', crypto.randomUUID());` }] },
      ],
    },
    {
      code: "export default function handler(req, res) { cookies().set('auth-token', `${Date.now()}`); }",
      errors: [
        { messageId: 'predictable', data: {"name":"cookie 'auth-token'","source":"Date.now()"}, line: 1, column: 76, endLine: 1, endColumn: 86, suggestions: [{ messageId: 'useRandomBytes', data: {"code":"randomBytes(32).toString('hex')"}, output: `import { randomBytes } from 'node:crypto';
export default function handler(req, res) { cookies().set('auth-token', randomBytes(32).toString('hex')); }` }, { messageId: 'useRandomUUID', data: {"code":"crypto.randomUUID()"}, output: "export default function handler(req, res) { cookies().set('auth-token', crypto.randomUUID()); }" }] },
      ],
    },
    {
      code: `import { createHash } from 'node:crypto';
export function createSessionId(user) {
  return createHash('md5').update(\`\${user.id}:\${Date.now()}\`).digest('hex');
}`,
      errors: [
        { messageId: 'predictable', data: {"name":"createSessionId()","source":"Date.now()"}, line: 3, column: 49, endLine: 3, endColumn: 59, suggestions: [{ messageId: 'useRandomBytes', data: {"code":"randomBytes(32).toString('hex')"}, output: `import { createHash, randomBytes } from 'node:crypto';
export function createSessionId(user) {
  return randomBytes(32).toString('hex');
}` }, { messageId: 'useRandomUUID', data: {"code":"crypto.randomUUID()"}, output: `import { createHash } from 'node:crypto';
export function createSessionId(user) {
  return crypto.randomUUID();
}` }] },
      ],
    },
    {
      // An HMAC whose key is written in the file is a hash anyone can recompute.
      code: `import { createHmac } from 'node:crypto';
export function createSessionId(user) {
  return createHmac('sha256', 'k').update(String(Date.now())).digest('hex');
}`,
      errors: [
        { messageId: 'predictable', data: {"name":"createSessionId()","source":"Date.now()"}, line: 3, column: 50, endLine: 3, endColumn: 60, suggestions: [{ messageId: 'useRandomBytes', data: {"code":"randomBytes(32).toString('hex')"}, output: `import { createHmac, randomBytes } from 'node:crypto';
export function createSessionId(user) {
  return randomBytes(32).toString('hex');
}` }, { messageId: 'useRandomUUID', data: {"code":"crypto.randomUUID()"}, output: `import { createHmac } from 'node:crypto';
export function createSessionId(user) {
  return crypto.randomUUID();
}` }] },
      ],
    },
    {
      code: `const { createHash } = require('crypto');
function createSessionId(user) {
  return createHash('sha1').update(String(Date.now())).digest('hex');
}`,
      filename: "x.cjs",
      errors: [
        { messageId: 'predictable', data: {"name":"createSessionId()","source":"Date.now()"}, line: 3, column: 43, endLine: 3, endColumn: 53, suggestions: [{ messageId: 'useRandomBytes', data: {"code":"randomBytes(32).toString('hex')"}, output: `const { createHash, randomBytes } = require('crypto');
function createSessionId(user) {
  return randomBytes(32).toString('hex');
}` }, { messageId: 'useRandomUUID', data: {"code":"crypto.randomUUID()"}, output: `const { createHash } = require('crypto');
function createSessionId(user) {
  return crypto.randomUUID();
}` }] },
      ],
    },
    {
      code: `import { randomBytes } from 'node:crypto';
const sessionId = randomBytes(16).toString('hex').slice(0, 8);`,
      errors: [
        { messageId: 'tooFewBits', data: {"name":"'sessionId'","bits":"32","source":"crypto.randomBytes()","minBits":"64"}, line: 2, column: 19, endLine: 2, endColumn: 34 },
      ],
    },
    {
      code: `import { v7 } from 'uuid';
const sessionId = v7();`,
      options: [{"minBits":128}],
      errors: [
        { messageId: 'tooFewBits', data: {"name":"'sessionId'","bits":"74","source":"uuid v7","minBits":"128"}, line: 2, column: 19, endLine: 2, endColumn: 23 },
      ],
    },
    {
      code: "const sessionId = crypto.randomUUID();",
      options: [{"minBits":128}],
      errors: [
        { messageId: 'tooFewBits', data: {"name":"'sessionId'","bits":"122","source":"crypto.randomUUID()","minBits":"128"}, line: 1, column: 19, endLine: 1, endColumn: 38 },
      ],
    },
    {
      code: `import { nanoid } from 'nanoid';
const token = nanoid();`,
      options: [{"minBits":128}],
      errors: [
        { messageId: 'tooFewBits', data: {"name":"'token'","bits":"126","source":"nanoid()","minBits":"128"}, line: 2, column: 15, endLine: 2, endColumn: 23, suggestions: [{ messageId: 'raiseSize', data: {"size":"22","bits":"132"}, output: `import { nanoid } from 'nanoid';
const token = nanoid(22);` }] },
      ],
    },
    {
      code: `import { randomBytes } from 'node:crypto';
const token = randomBytes(12).toString('base64url');`,
      options: [{"minBits":128}],
      errors: [
        { messageId: 'tooFewBits', data: {"name":"'token'","bits":"96","source":"crypto.randomBytes()","minBits":"128"}, line: 2, column: 27, endLine: 2, endColumn: 29, suggestions: [{ messageId: 'raiseSize', data: {"size":"16","bits":"128"}, output: `import { randomBytes } from 'node:crypto';
const token = randomBytes(16).toString('base64url');` }, { messageId: 'raiseSize', data: {"size":"32","bits":"256"}, output: `import { randomBytes } from 'node:crypto';
const token = randomBytes(32).toString('base64url');` }] },
      ],
    },
    {
      code: "const token = Math.random().toString(36);",
      options: [{"checkTestFiles":true}],
      filename: "auth.test.ts",
      errors: [
        { messageId: 'predictable', data: {"name":"'token'","source":"Math.random()"}, line: 1, column: 15, endLine: 1, endColumn: 28, suggestions: [{ messageId: 'useRandomBytes', data: {"code":"randomBytes(32).toString('hex')"}, output: `import { randomBytes } from 'node:crypto';
const token = randomBytes(32).toString('hex');` }, { messageId: 'useRandomUUID', data: {"code":"crypto.randomUUID()"}, output: "const token = crypto.randomUUID();" }] },
      ],
    },
    {
      code: `import crypto from 'node:crypto';
const otpToken = crypto.randomInt(1000000);`,
      errors: [
        { messageId: 'tooFewBits', data: {"name":"'otpToken'","bits":"19","source":"crypto.randomInt()","minBits":"64"}, line: 2, column: 18, endLine: 2, endColumn: 43 },
      ],
    },
    {
      code: `const token = Math.floor(Math.random() * 1e16).toString(36);
const authToken = (Date.now() * Math.random()).toString(36);`,
      errors: [
        { messageId: 'predictable', data: {"name":"'token'","source":"Math.random()"}, line: 1, column: 26, endLine: 1, endColumn: 39, suggestions: [{ messageId: 'useRandomBytes', data: {"code":"randomBytes(32).toString('hex')"}, output: `import { randomBytes } from 'node:crypto';
const token = randomBytes(32).toString('hex');
const authToken = (Date.now() * Math.random()).toString(36);` }, { messageId: 'useRandomUUID', data: {"code":"crypto.randomUUID()"}, output: `const token = crypto.randomUUID();
const authToken = (Date.now() * Math.random()).toString(36);` }] },
        { messageId: 'predictable', data: {"name":"'authToken'","source":"Date.now()"}, line: 2, column: 20, endLine: 2, endColumn: 30, suggestions: [{ messageId: 'useRandomBytes', data: {"code":"randomBytes(32).toString('hex')"}, output: `import { randomBytes } from 'node:crypto';
const token = Math.floor(Math.random() * 1e16).toString(36);
const authToken = randomBytes(32).toString('hex');` }, { messageId: 'useRandomUUID', data: {"code":"crypto.randomUUID()"}, output: `const token = Math.floor(Math.random() * 1e16).toString(36);
const authToken = crypto.randomUUID();` }] },
      ],
    },
    {
      code: `import { nanoid } from 'nanoid/non-secure';
const sessionId = nanoid();`,
      errors: [
        { messageId: 'predictable', data: {"name":"'sessionId'","source":"nanoid/non-secure (Math.random)"}, line: 2, column: 19, endLine: 2, endColumn: 27, suggestions: [{ messageId: 'useRandomBytes', data: {"code":"randomBytes(32).toString('hex')"}, output: `import { nanoid } from 'nanoid/non-secure';
import { randomBytes } from 'node:crypto';
const sessionId = randomBytes(32).toString('hex');` }, { messageId: 'useRandomUUID', data: {"code":"crypto.randomUUID()"}, output: `import { nanoid } from 'nanoid/non-secure';
const sessionId = crypto.randomUUID();` }] },
      ],
    },
    {
      code: `import crypto from 'crypto';
const token = crypto.pseudoRandomBytes(16).toString('hex');`,
      errors: [
        { messageId: 'predictable', data: {"name":"'token'","source":"crypto.pseudoRandomBytes()"}, line: 2, column: 15, endLine: 2, endColumn: 43, suggestions: [{ messageId: 'useRandomBytes', data: {"code":"crypto.randomBytes(32).toString('hex')"}, output: `import crypto from 'crypto';
const token = crypto.randomBytes(32).toString('hex');` }, { messageId: 'useRandomUUID', data: {"code":"crypto.randomUUID()"}, output: `import crypto from 'crypto';
const token = crypto.randomUUID();` }] },
      ],
    },
    {
      code: "const token = (Math.random() as number).toString(36);",
      errors: [
        { messageId: 'predictable', data: {"name":"'token'","source":"Math.random()"}, line: 1, column: 16, endLine: 1, endColumn: 29, suggestions: [{ messageId: 'useRandomBytes', data: {"code":"randomBytes(32).toString('hex')"}, output: `import { randomBytes } from 'node:crypto';
const token = randomBytes(32).toString('hex');` }, { messageId: 'useRandomUUID', data: {"code":"crypto.randomUUID()"}, output: "const token = crypto.randomUUID();" }] },
      ],
    },
    {
      code: "const token = Math?.random?.().toString(36);",
      errors: [
        { messageId: 'predictable', data: {"name":"'token'","source":"Math.random()"}, line: 1, column: 15, endLine: 1, endColumn: 31, suggestions: [{ messageId: 'useRandomBytes', data: {"code":"randomBytes(32).toString('hex')"}, output: `import { randomBytes } from 'node:crypto';
const token = randomBytes(32).toString('hex');` }, { messageId: 'useRandomUUID', data: {"code":"crypto.randomUUID()"}, output: "const token = crypto.randomUUID();" }] },
      ],
    },
    {
      code: `import * as uuid from 'uuid';
const sessionId = uuid.v1();`,
      errors: [
        { messageId: 'predictable', data: {"name":"'sessionId'","source":"uuid v1 (time-based)"}, line: 2, column: 19, endLine: 2, endColumn: 28, suggestions: [{ messageId: 'useRandomBytes', data: {"code":"randomBytes(32).toString('hex')"}, output: `import * as uuid from 'uuid';
import { randomBytes } from 'node:crypto';
const sessionId = randomBytes(32).toString('hex');` }, { messageId: 'useRandomUUID', data: {"code":"crypto.randomUUID()"}, output: `import * as uuid from 'uuid';
const sessionId = crypto.randomUUID();` }] },
      ],
    },
    {
      code: `const { v1: uuidv1 } = require('uuid');
const token = uuidv1();`,
      filename: "a.cjs",
      errors: [
        { messageId: 'predictable', data: {"name":"'token'","source":"uuid v1 (time-based)"}, line: 2, column: 15, endLine: 2, endColumn: 23, suggestions: [{ messageId: 'useRandomBytes', data: {"code":"randomBytes(32).toString('hex')"}, output: `const { v1: uuidv1 } = require('uuid');
const { randomBytes } = require('node:crypto');
const token = randomBytes(32).toString('hex');` }, { messageId: 'useRandomUUID', data: {"code":"crypto.randomUUID()"}, output: `const { v1: uuidv1 } = require('uuid');
const token = crypto.randomUUID();` }] },
      ],
    },
    {
      code: `import _ from 'lodash';
const sessionId = _.uniqueId('sess_');`,
      errors: [
        { messageId: 'predictable', data: {"name":"'sessionId'","source":"_.uniqueId() (a counter)"}, line: 2, column: 19, endLine: 2, endColumn: 38, suggestions: [{ messageId: 'useRandomBytes', data: {"code":"randomBytes(32).toString('hex')"}, output: `import _ from 'lodash';
import { randomBytes } from 'node:crypto';
const sessionId = randomBytes(32).toString('hex');` }, { messageId: 'useRandomUUID', data: {"code":"crypto.randomUUID()"}, output: `import _ from 'lodash';
const sessionId = crypto.randomUUID();` }] },
      ],
    },
    {
      code: "const token = window.Math.random().toString(36), randomBytes = 1;",
      errors: [
        { messageId: 'predictable', data: {"name":"'token'","source":"Math.random()"}, line: 1, column: 15, endLine: 1, endColumn: 35, suggestions: [{ messageId: 'useRandomUUID', data: {"code":"crypto.randomUUID()"}, output: "const token = crypto.randomUUID(), randomBytes = 1;" }] },
      ],
    },
    {
      code: `'use client';
export const sessionId = String(performance.now());`,
      errors: [
        { messageId: 'predictable', data: {"name":"'sessionId'","source":"performance.now()"}, line: 2, column: 33, endLine: 2, endColumn: 50, suggestions: [{ messageId: 'useRandomUUID', data: {"code":"crypto.randomUUID()"}, output: `'use client';
export const sessionId = crypto.randomUUID();` }] },
      ],
    },
    {
      code: "const token = new Date().getTime().toString(36);",
      errors: [
        { messageId: 'predictable', data: {"name":"'token'","source":"new Date()"}, line: 1, column: 15, endLine: 1, endColumn: 25, suggestions: [{ messageId: 'useRandomBytes', data: {"code":"randomBytes(32).toString('hex')"}, output: `import { randomBytes } from 'node:crypto';
const token = randomBytes(32).toString('hex');` }, { messageId: 'useRandomUUID', data: {"code":"crypto.randomUUID()"}, output: "const token = crypto.randomUUID();" }] },
      ],
    },
    {
      code: `let sid;
sid = Date.now();`,
      errors: [
        { messageId: 'predictable', data: {"name":"'sid'","source":"Date.now()"}, line: 2, column: 7, endLine: 2, endColumn: 17, suggestions: [{ messageId: 'useRandomBytes', data: {"code":"randomBytes(32).toString('hex')"}, output: `import { randomBytes } from 'node:crypto';
let sid;
sid = randomBytes(32).toString('hex');` }, { messageId: 'useRandomUUID', data: {"code":"crypto.randomUUID()"}, output: `let sid;
sid = crypto.randomUUID();` }] },
      ],
    },
    {
      code: `const bytes = new Uint8Array(4);
crypto.getRandomValues(bytes);
const sessionToken = Array.from(bytes, (b) => b.toString(16)).join('');`,
      errors: [
        { messageId: 'tooFewBits', data: {"name":"'sessionToken'","bits":"32","source":"crypto.getRandomValues()","minBits":"64"}, line: 3, column: 22, endLine: 3, endColumn: 71 },
      ],
    },
    {
      code: "const token = Math.random().toString(36);",
      options: [{"minBits":128}],
      errors: [
        { messageId: 'predictable', data: {"name":"'token'","source":"Math.random()"}, line: 1, column: 15, endLine: 1, endColumn: 28, suggestions: [{ messageId: 'useRandomBytes', data: {"code":"randomBytes(32).toString('hex')"}, output: `import { randomBytes } from 'node:crypto';
const token = randomBytes(32).toString('hex');` }] },
      ],
    },
    {
      code: `import { randomBytes } from 'node:crypto';
const token = randomBytes(16).toString('hex');`,
      options: [{"minBits":300}],
      errors: [
        { messageId: 'tooFewBits', data: {"name":"'token'","bits":"128","source":"crypto.randomBytes()","minBits":"300"}, line: 2, column: 27, endLine: 2, endColumn: 29, suggestions: [{ messageId: 'raiseSize', data: {"size":"38","bits":"304"}, output: `import { randomBytes } from 'node:crypto';
const token = randomBytes(38).toString('hex');` }] },
      ],
    },
    {
      code: `cookies.set('sid', Math.random().toString(36));
jar.cookies.set('session', Date.now());`,
      errors: [
        { messageId: 'predictable', data: {"name":"cookie 'sid'","source":"Math.random()"}, line: 1, column: 20, endLine: 1, endColumn: 33, suggestions: [{ messageId: 'useRandomBytes', data: {"code":"randomBytes(32).toString('hex')"}, output: `import { randomBytes } from 'node:crypto';
cookies.set('sid', randomBytes(32).toString('hex'));
jar.cookies.set('session', Date.now());` }, { messageId: 'useRandomUUID', data: {"code":"crypto.randomUUID()"}, output: `cookies.set('sid', crypto.randomUUID());
jar.cookies.set('session', Date.now());` }] },
        { messageId: 'predictable', data: {"name":"cookie 'session'","source":"Date.now()"}, line: 2, column: 28, endLine: 2, endColumn: 38, suggestions: [{ messageId: 'useRandomBytes', data: {"code":"randomBytes(32).toString('hex')"}, output: `import { randomBytes } from 'node:crypto';
cookies.set('sid', Math.random().toString(36));
jar.cookies.set('session', randomBytes(32).toString('hex'));` }, { messageId: 'useRandomUUID', data: {"code":"crypto.randomUUID()"}, output: `cookies.set('sid', Math.random().toString(36));
jar.cookies.set('session', crypto.randomUUID());` }] },
      ],
    },
    {
      code: "obj['sessionId'] = Math.random();",
      errors: [
        { messageId: 'predictable', data: {"name":"'sessionId'","source":"Math.random()"}, line: 1, column: 20, endLine: 1, endColumn: 33, suggestions: [{ messageId: 'useRandomBytes', data: {"code":"randomBytes(32).toString('hex')"}, output: `import { randomBytes } from 'node:crypto';
obj['sessionId'] = randomBytes(32).toString('hex');` }, { messageId: 'useRandomUUID', data: {"code":"crypto.randomUUID()"}, output: "obj['sessionId'] = crypto.randomUUID();" }] },
      ],
    },
    {
      code: "const cfg: Auth.NextAuthOptions = { session: { generateSessionToken: () => Date.now().toString() } };",
      errors: [
        { messageId: 'predictable', data: {"name":"generateSessionToken (next-auth)","source":"Date.now()"}, line: 1, column: 76, endLine: 1, endColumn: 86, suggestions: [{ messageId: 'useRandomBytes', data: {"code":"randomBytes(32).toString('hex')"}, output: `import { randomBytes } from 'node:crypto';
const cfg: Auth.NextAuthOptions = { session: { generateSessionToken: () => randomBytes(32).toString('hex') } };` }, { messageId: 'useRandomUUID', data: {"code":"crypto.randomUUID()"}, output: "const cfg: Auth.NextAuthOptions = { session: { generateSessionToken: () => crypto.randomUUID() } };" }] },
      ],
    },
    {
      code: "await server.register([{ plugin: Other }, ...plugins, { plugin: require('@hapi/yar'), options: { customSessionIDGenerator: () => String(Date.now()) } }]);",
      errors: [
        { messageId: 'predictable', data: {"name":"customSessionIDGenerator (@hapi/yar)","source":"Date.now()"}, line: 1, column: 137, endLine: 1, endColumn: 147, suggestions: [{ messageId: 'useRandomBytes', data: {"code":"randomBytes(32).toString('hex')"}, output: `const { randomBytes } = require('node:crypto');
await server.register([{ plugin: Other }, ...plugins, { plugin: require('@hapi/yar'), options: { customSessionIDGenerator: () => randomBytes(32).toString('hex') } }]);` }, { messageId: 'useRandomUUID', data: {"code":"crypto.randomUUID()"}, output: "await server.register([{ plugin: Other }, ...plugins, { plugin: require('@hapi/yar'), options: { customSessionIDGenerator: () => crypto.randomUUID() } }]);" }] },
      ],
    },
    {
      code: `import { default as nodeCrypto } from 'node:crypto';
const token = Math.random().toString(36);`,
      errors: [
        { messageId: 'predictable', data: {"name":"'token'","source":"Math.random()"}, line: 2, column: 15, endLine: 2, endColumn: 28, suggestions: [{ messageId: 'useRandomBytes', data: {"code":"nodeCrypto.randomBytes(32).toString('hex')"}, output: `import { default as nodeCrypto } from 'node:crypto';
const token = nodeCrypto.randomBytes(32).toString('hex');` }, { messageId: 'useRandomUUID', data: {"code":"crypto.randomUUID()"}, output: `import { default as nodeCrypto } from 'node:crypto';
const token = crypto.randomUUID();` }] },
      ],
    },
    {
      code: `import { webcrypto as crypto } from 'node:crypto';
const token = Math.random().toString(36);`,
      errors: [
        { messageId: 'predictable', data: {"name":"'token'","source":"Math.random()"}, line: 2, column: 15, endLine: 2, endColumn: 28, suggestions: [{ messageId: 'useRandomBytes', data: {"code":"randomBytes(32).toString('hex')"}, output: `import { webcrypto as crypto, randomBytes } from 'node:crypto';
const token = randomBytes(32).toString('hex');` }] },
      ],
    },
    {
      code: `const crypto = getCrypto();
const token = Math.random().toString(36);`,
      errors: [
        { messageId: 'predictable', data: {"name":"'token'","source":"Math.random()"}, line: 2, column: 15, endLine: 2, endColumn: 28, suggestions: [{ messageId: 'useRandomBytes', data: {"code":"randomBytes(32).toString('hex')"}, output: `import { randomBytes } from 'node:crypto';
const crypto = getCrypto();
const token = randomBytes(32).toString('hex');` }] },
      ],
    },
    {
      code: "var token = Math.random().toString(36);",
      languageOptions: { parserOptions: { sourceType: 'script' } },
      errors: [
        { messageId: 'predictable', data: {"name":"'token'","source":"Math.random()"}, line: 1, column: 13, endLine: 1, endColumn: 26, suggestions: [{ messageId: 'useRandomUUID', data: {"code":"crypto.randomUUID()"}, output: "var token = crypto.randomUUID();" }] },
      ],
    },
    {
      code: `import * as c from 'crypto';
function f(c) { const token = Math.random().toString(36); return token; }`,
      errors: [
        { messageId: 'predictable', data: {"name":"'token'","source":"Math.random()"}, line: 2, column: 31, endLine: 2, endColumn: 44, suggestions: [{ messageId: 'useRandomBytes', data: {"code":"randomBytes(32).toString('hex')"}, output: `import * as c from 'crypto';
import { randomBytes } from 'node:crypto';
function f(c) { const token = randomBytes(32).toString('hex'); return token; }` }, { messageId: 'useRandomUUID', data: {"code":"crypto.randomUUID()"}, output: `import * as c from 'crypto';
function f(c) { const token = crypto.randomUUID(); return token; }` }] },
      ],
    },
    {
      code: `function generateToken() {
  const g = () => { return 1; };
  class A { m() { return 2; } }
  return Date.now().toString();
}`,
      errors: [
        { messageId: 'predictable', data: {"name":"generateToken()","source":"Date.now()"}, line: 4, column: 10, endLine: 4, endColumn: 20, suggestions: [{ messageId: 'useRandomBytes', data: {"code":"randomBytes(32).toString('hex')"}, output: `import { randomBytes } from 'node:crypto';
function generateToken() {
  const g = () => { return 1; };
  class A { m() { return 2; } }
  return randomBytes(32).toString('hex');
}` }, { messageId: 'useRandomUUID', data: {"code":"crypto.randomUUID()"}, output: `function generateToken() {
  const g = () => { return 1; };
  class A { m() { return 2; } }
  return crypto.randomUUID();
}` }] },
      ],
    },
  ],
});
