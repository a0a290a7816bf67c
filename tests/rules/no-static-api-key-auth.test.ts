import rule from '../../lib/rules/no-static-api-key-auth.ts';
import { runRuleTests } from '../helpers/rule-tester.ts';

const fixtureCall = "export const load = () => fetch('/api/orders', { headers: { 'x-api-key': 'test-key-123456' } });";

runRuleTests('no-static-api-key-auth', rule, {
  valid: [
    // A CTF's challenge check: the comparison is a condition solveIf records, not a gate on the request.
    `app.post('/login', (req, res) => {
  challengeUtils.solveIf(challenges.weakPasswordChallenge, () => req.body.email === 'admin@shop' && req.body.password === 'admin123');
  res.json(login(req.body));
});`,
    `app.post('/login', (req, res) => {
  challengeUtils.solveIf(challenges.loginAmyChallenge, () => { return req.body.password === 'K1f.....................' });
  res.json(login(req.body));
});`,
    // Next.js on-demand revalidation and a cache refresh are called by a CMS or a deploy job, not by users.
    `export default async function handler(req, res) {
  if (req.query.secret !== process.env.REVALIDATE_TOKEN) return res.status(401).json({ message: 'Invalid token' });
  await res.revalidate(req.query.path);
}`,
    `import { getEnv } from './env.server.ts';
export async function action({ request }) {
  if (request.headers.get('auth') !== getEnv().REFRESH_CACHE_SECRET) return new Response('Unauthorized', { status: 401 });
  return refreshCache();
}`,
    // An OAuth client registration names its auth method: a setting about a credential, not one.
    `app.post('/oauth/register', (req, res) => {
  const { token_endpoint_auth_method } = req.body;
  if (token_endpoint_auth_method === 'client_secret_post') return res.json(register(req.body));
  res.sendStatus(400);
});`,
    // Budibase picks a template by key: a name, not a credential.
    `app.post('/apps', (req, res) => {
  const { templateKey } = req.body;
  if (templateKey && templateKey !== 'undefined') importTemplate(templateKey);
  res.end();
});`,
    `app.use('/api', (req, res, next) => {
  if (!req.session.userId) return res.sendStatus(401);
  next();
});`,
    `export async function GET(request) {
  if (request.headers.get('authorization') !== \`Bearer \${process.env.CRON_SECRET}\`) return new Response('Unauthorized', { status: 401 });
  return Response.json(await runNightlyJobs());
}`,
    `app.post('/webhooks/github', (req, res) => {
  if (req.headers['x-hub-signature-256'] !== sign(req.rawBody, process.env.GITHUB_WEBHOOK_SECRET)) return res.sendStatus(401);
  res.sendStatus(204);
});`,
    `app.use(async (req, res, next) => {
  const client = await db.clients.findOne({ id: req.params.id });
  if (req.headers['x-api-key'] !== client.apiKey) return res.sendStatus(401);
  next();
});`,
    `app.use((req, res, next) => {
  if (req.headers['x-forwarded-proto'] !== 'https') return res.redirect('https://' + req.hostname + req.url);
  const [scheme, token] = req.headers.authorization.split(' ');
  if (scheme !== 'Bearer' || !token) return res.sendStatus(401);
  next();
});`,
    `app.use((req, res, next) => {
  if (req.headers['x-api-key'] === undefined) return res.sendStatus(401);
  if (process.env.API_KEYS.split(',').includes(req.headers['x-api-key'])) return next();
  res.sendStatus(403);
});`,
    `const apiKey = getKeyFromSomewhere();
if (apiKey === process.env.API_KEY) start();`,
    `import Stripe from 'stripe';
import express from 'express';
export const charge = (amount) => fetch('https://api.stripe.com/v1/charges', { method: 'POST', headers: { Authorization: \`Bearer \${process.env.STRIPE_SECRET_KEY}\` } });`,
    `import express from 'express';
export const callPartner = () => fetch('https://partner.example.com/v1/orders', { headers: { 'x-api-key': 'server-side-partner-key' } });`,
    `export const load = (token) => fetch('/api/orders', { headers: { Authorization: \`Bearer \${token}\` } });`,
    `export const load = () => fetch('/api/orders', { headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'abcdef123456', 'X-CSRF-Token': 'abcdefgh12345' } });`,
    `export const load = () => fetch('/api/orders', { headers: { Authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIiwiZXhwIjoxNTE2MjM5MDIyfQ.c2ln' } });`,
    `export const supabase = () => fetch('/rest/v1/orders', { headers: { apikey: 'eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoiYW5vbiJ9.c2ln' } });`,
    `export const maps = () => fetch(\`https://maps.example.com/api?x=1\`, { headers: { 'x-api-key': import.meta.env.VITE_MAPS_KEY } });`,
    `export const load = () => fetch('/api/orders', { headers: { Authorization: 'Bearer' } });`,
    `export const load = () => fetch(url, { headers: { 'x-api-key': 'static-key-1234' } });`,
    `app.use((req, res, next) => {
  const key = req.headers['x-api-key'];
  if ([process.env.API_KEY, process.env.OLD_API_KEY].includes(key)) return next();
  if ([...allowedKeys].includes(key)) return next();
  if ([user.apiKey].includes(key)) return next();
  if (list.includes(key, 1)) return next();
  if (crypto[compare](key, process.env.API_KEY)) return next();
  if (timingSafeEqual(hash(key), hash(process.env.API_KEY))) return next();
  if (safeCompare(...pair)) return next();
  res.sendStatus(401);
});`,
    `export const load = () => fetch('/api/orders', { headers: { Authorization: 'abc123' } });`,
    `export const load = () => fetch('/api/orders', { headers: { Authorization: 'Bearer ' + token } });`,
    `export const load = () => fetch('https://api.example.com/orders', { headers: { Authorization: \`Bearer \${import.meta.env.VITE_TOKEN}\` } });`,
    `import { useEffect } from 'react';
export const search = (q) => fetch('https://APPID-dsn.algolia.net/1/indexes/products/query', { method: 'POST', headers: { 'X-Algolia-API-Key': 'search-only-key-123', 'X-Algolia-Application-Id': 'APPID' }, body: JSON.stringify({ query: q }) });
export const geo = () => fetch('https://maps.googleapis.com/x', { headers: { 'X-Goog-Api-Key': 'AIzaSyExampleKey123' } });`,
    // Tests call APIs with dummy keys.
    { code: fixtureCall, filename: 'tests/orders.test.ts' },
  ],
  invalid: [
    {
      // Near miss of the challenge check: the same comparison as the request's gate.
      code: `app.post('/login', (req, res) => {
  if (req.body.password === 'admin123') return res.json(login(req.body));
  res.sendStatus(401);
});`,
      errors: [
        { messageId: 'sharedKeyCheck', data: { source: `The 'password' body field`, key: 'a hard-coded value' }, line: 2, column: 7, endLine: 2, endColumn: 39 },
      ],
    },
    {
      // Near miss of the block-bodied challenge check: the callback takes the request and is the gate.
      code: `app.use((req, res, next) => { return req.headers['x-api-key'] === process.env.API_KEY ? next() : res.sendStatus(401); });`,
      errors: [
        { messageId: 'sharedKeyCheck', data: { source: `The 'x-api-key' header`, key: '`API_KEY`' }, line: 1, column: 38, endLine: 1, endColumn: 86 },
      ],
    },
    {
      // Near miss of the cache refresh: a key named for the app's API lets every client in.
      code: `import { getEnv } from './env.server.ts';
export async function action({ request }) {
  if (request.headers.get('auth') !== getEnv().API_SECRET) return new Response('Unauthorized', { status: 401 });
  return listOrders();
}`,
      errors: [
        { messageId: 'sharedKeyCheck', data: { source: `The 'auth' header`, key: '`getEnv().API_SECRET`' }, line: 3, column: 7, endLine: 3, endColumn: 58 },
      ],
    },
    {
      code: `app.use('/api', (req, res, next) => {
  if (req.get('x-api-key') !== process.env.API_KEY) return res.sendStatus(401);
  next();
});`,
      errors: [
        { messageId: 'sharedKeyCheck', data: { source: `The 'x-api-key' header`, key: '`API_KEY`' }, line: 2, column: 7, endLine: 2, endColumn: 51 },
      ],
    },
    {
      code: `import { timingSafeEqual } from 'node:crypto';
export function requireKey(req, res, next) {
  const key = req.headers['x-api-key'];
  if (!key || !timingSafeEqual(Buffer.from(key), Buffer.from(process.env.API_KEY))) return res.status(401).end();
  next();
}`,
      errors: [
        { messageId: 'sharedKeyCheck', data: { source: `The 'x-api-key' header`, key: '`API_KEY`' }, line: 4, column: 16, endLine: 4, endColumn: 83 },
      ],
    },
    {
      // timingSafeEqual renamed on import.
      code: `import { timingSafeEqual as same } from 'crypto';
export function requireKey(req, res, next) {
  const key = req.headers['x-api-key'];
  if (!key || !same(Buffer.from(key), Buffer.from(process.env.API_KEY))) return res.status(401).end();
  next();
}`,
      errors: [
        { messageId: 'sharedKeyCheck', data: { source: `The 'x-api-key' header`, key: '`API_KEY`' }, line: 4, column: 16, endLine: 4, endColumn: 72 },
      ],
    },
    {
      code: `export async function GET(request: Request) {
  const token = request.headers.get('authorization')?.split(' ')[1];
  if (token !== process.env.ADMIN_TOKEN) return new Response('Unauthorized', { status: 401 });
  return Response.json(await listUsers());
}`,
      errors: [
        { messageId: 'sharedKeyCheck', data: { source: `The 'authorization' header`, key: '`ADMIN_TOKEN`' }, line: 3, column: 7, endLine: 3, endColumn: 40 },
      ],
    },
    {
      code: `import { Injectable, CanActivate, ExecutionContext } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(private readonly configService: ConfigService) {}
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest();
    return request.headers['x-api-key'] === this.configService.get<string>('API_KEY');
  }
}`,
      errors: [
        { messageId: 'sharedKeyCheck', data: { source: `The 'x-api-key' header`, key: '`API_KEY`' }, line: 8, column: 12, endLine: 8, endColumn: 86 },
      ],
    },
    {
      code: `import { API_TOKEN } from './config';
app.get('/reports', (req, res) => {
  const { token } = req.query;
  if (token != API_TOKEN) return res.status(403).send('forbidden');
  res.json(reports);
});`,
      errors: [
        { messageId: 'sharedKeyCheck', data: { source: `The 'token' query parameter`, key: '`API_TOKEN`' }, line: 4, column: 7, endLine: 4, endColumn: 25 },
      ],
    },
    {
      code: `router.use((ctx, next) => {
  const apiKey = ctx.get('X-Api-Key');
  if (![process.env.PARTNER_API_KEY].includes(apiKey)) ctx.throw(401);
  return next();
});`,
      errors: [
        { messageId: 'sharedKeyCheck', data: { source: `The 'X-Api-Key' header`, key: '`PARTNER_API_KEY`' }, line: 3, column: 8, endLine: 3, endColumn: 54 },
      ],
    },
    {
      code: `app.use('/admin', (req, res, next) => {
  if (req.headers.authorization === 'Basic YWRtaW46c2VjcmV0') return next();
  res.set('WWW-Authenticate', 'Basic').sendStatus(401);
});`,
      errors: [
        { messageId: 'sharedKeyCheck', data: { source: `The 'authorization' header`, key: 'a hard-coded value' }, line: 2, column: 7, endLine: 2, endColumn: 61 },
      ],
    },
    {
      code: `app.use('*', async (c, next) => {
  if (c.req.header('Authorization') !== \`Bearer \${c.env.API_TOKEN}\`) return c.text('Unauthorized', 401);
  await next();
});`,
      errors: [
        { messageId: 'sharedKeyCheck', data: { source: `The 'Authorization' header`, key: '`API_TOKEN`' }, line: 2, column: 7, endLine: 2, endColumn: 68 },
      ],
    },
    {
      code: `export default defineEventHandler((event) => {
  if (getHeader(event, 'x-api-key') !== useRuntimeConfig().apiKey) throw createError({ statusCode: 401 });
});`,
      errors: [
        { messageId: 'sharedKeyCheck', data: { source: `The 'x-api-key' header`, key: '`useRuntimeConfig().apiKey`' }, line: 2, column: 7, endLine: 2, endColumn: 66 },
      ],
    },
    {
      code: `export function check(req, res, next) {
  if (safeCompare(req.body.apiKey, process.env.API_KEY)) return next();
  res.sendStatus(401);
}`,
      errors: [
        { messageId: 'sharedKeyCheck', data: { source: `The 'apiKey' body field`, key: '`API_KEY`' }, line: 2, column: 7, endLine: 2, endColumn: 56 },
      ],
    },
    {
      code: `export async function loadOrders() {
  const res = await fetch('/api/orders', { headers: { 'X-API-Key': 'static-key-1234' } });
  return res.json();
}`,
      errors: [
        { messageId: 'hardcodedCredential', data: { header: 'X-API-Key' }, line: 2, column: 68, endLine: 2, endColumn: 85 },
      ],
    },
    {
      code: `import { useEffect, useState } from 'react';
export function Orders() {
  const [orders, setOrders] = useState([]);
  useEffect(() => {
    fetch('https://api.example.com/orders', { headers: { Authorization: 'Bearer 3f9a1c7e5b2d4680' } }).then((r) => r.json()).then(setOrders);
  }, []);
  return orders.length;
}`,
      errors: [
        { messageId: 'hardcodedCredential', data: { header: 'Authorization' }, line: 5, column: 73, endLine: 5, endColumn: 98 },
      ],
    },
    {
      code: `import axios from 'axios';
import { ref } from 'vue';
const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIiwiZXhwIjo0MTAyNDQ0ODAwfQ.c2lnbmF0dXJl';
export const api = axios.create({ baseURL: 'https://api.example.com', headers: { Authorization: \`Bearer \${TOKEN}\` } });
axios.defaults.headers.common['Authorization'] = 'Bearer abcdef123456';
export const count = ref(0);`,
      errors: [
        { messageId: 'hardcodedCredential', data: { header: 'Authorization' }, line: 4, column: 97, endLine: 4, endColumn: 114 },
        { messageId: 'hardcodedCredential', data: { header: 'Authorization' }, line: 5, column: 50, endLine: 5, endColumn: 71 },
      ],
    },
    {
      code: `import axios from 'axios';
export const load = () => axios.get('/api/orders', { headers: { 'x-auth-token': 'hardcoded-token-42' } });
export const save = (order) => axios.post('/api/orders', order, { headers: { 'x-auth-token': 'hardcoded-token-42' } });`,
      errors: [
        { messageId: 'hardcodedCredential', data: { header: 'x-auth-token' }, line: 2, column: 81, endLine: 2, endColumn: 101 },
        { messageId: 'hardcodedCredential', data: { header: 'x-auth-token' }, line: 3, column: 94, endLine: 3, endColumn: 114 },
      ],
    },
    {
      code: `const r = await fetch('/api/x', { headers: { Authorization: \`Bearer \${import.meta.env.VITE_API_TOKEN}\` } });
const s = await fetch('/api/y', { headers: { 'x-api-key': process.env.NEXT_PUBLIC_API_KEY } });`,
      errors: [
        { messageId: 'publicBuildKey', data: { header: 'Authorization', name: 'VITE_API_TOKEN' }, line: 1, column: 61, endLine: 1, endColumn: 103 },
        { messageId: 'publicBuildKey', data: { header: 'x-api-key', name: 'NEXT_PUBLIC_API_KEY' }, line: 2, column: 59, endLine: 2, endColumn: 90 },
      ],
    },
    {
      code: `const xhr = new XMLHttpRequest();
xhr.open('GET', '/api/orders');
xhr.setRequestHeader('Authorization', 'Token 9f8e7d6c5b4a');`,
      errors: [
        { messageId: 'hardcodedCredential', data: { header: 'Authorization' }, line: 3, column: 39, endLine: 3, endColumn: 59 },
      ],
    },
    {
      code: `'use client';
const headers = new Headers();
headers.set('X-Api-Key', 'client-side-key-123');
export const load = () => fetch('https://api.example.com/data', { headers });`,
      errors: [
        { messageId: 'hardcodedCredential', data: { header: 'X-Api-Key' }, line: 3, column: 26, endLine: 3, endColumn: 47 },
      ],
    },
    {
      code: `import tsscmp from 'tsscmp';
export function check(req, res, next) {
  if (tsscmp(req.headers['x-api-key'], process.env.API_KEY)) return next();
  if (secureCompare(new TextEncoder().encode(req.query.api_key), new TextEncoder().encode(process.env.API_KEY))) return next();
  res.sendStatus(401);
}`,
      errors: [
        { messageId: 'sharedKeyCheck', data: { source: `The 'x-api-key' header`, key: '`API_KEY`' }, line: 3, column: 7, endLine: 3, endColumn: 60 },
        { messageId: 'sharedKeyCheck', data: { source: `The 'api_key' query parameter`, key: '`API_KEY`' }, line: 4, column: 7, endLine: 4, endColumn: 112 },
      ],
    },
    {
      code: 'export const load = () => fetch(\'/api/orders\', { headers: { Authorization: \'abcdef0123456789abcd\' } });',
      errors: [
        { messageId: 'hardcodedCredential', data: { header: 'Authorization' }, line: 1, column: 76, endLine: 1, endColumn: 98 },
      ],
    },
    {
      code: 'export const load = () => fetch(\'/api/orders\', { headers: { Authorization: \'Bearer \' + import.meta.env.VITE_TOKEN } });',
      errors: [
        { messageId: 'publicBuildKey', data: { header: 'Authorization', name: 'VITE_TOKEN' }, line: 1, column: 76, endLine: 1, endColumn: 114 },
      ],
    },
    {
      code: 'export const load = () => fetch(\'/api/orders\', { headers: { Authorization: \'Bearer eyJhbGciOiJIUzI1NiJ9.eyJub3QganNvbg.c2ln\' } });',
      errors: [
        { messageId: 'hardcodedCredential', data: { header: 'Authorization' }, line: 1, column: 76, endLine: 1, endColumn: 125 },
      ],
    },
    {
      code: fixtureCall,
      filename: 'tests/orders.test.ts',
      options: [{ checkTestFiles: true }],
      errors: [{ messageId: 'hardcodedCredential', data: { header: 'x-api-key' }, line: 1, column: 74, endLine: 1, endColumn: 91 }],
    },
  ],
});
