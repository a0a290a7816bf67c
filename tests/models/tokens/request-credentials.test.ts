import { describe, expect, it } from 'vitest';
import { envName } from '../../../lib/file/env-reads.ts';
import { configuredKey, isCredentialName, isMachineName, publicEnvName, requestCredential } from '../../../lib/models/tokens/request-credentials.ts';
import { analyzeCheck } from '../../helpers/analyze.ts';

const credential = (code: string): string | undefined =>
  analyzeCheck(
    code,
    (node, sourceCode) => {
      const found = requestCredential(node, sourceCode);
      return found && `${found.kind} ${found.name}`;
    },
    { parser: 'ts' },
  );

const key = (code: string): string | undefined =>
  analyzeCheck(
    code,
    (node, sourceCode) => {
      const found = configuredKey(node, sourceCode);
      return found && `${found.literal ? 'literal' : 'config'} ${found.name}`;
    },
    { parser: 'ts' },
  );

describe('requestCredential', () => {
  it.for([
    ["function h(req) { check(req.headers['x-api-key']); }", 'header x-api-key'],
    ['function h(req) { check(req.headers.authorization?.slice(7)); }', 'header authorization'],
    ["function h(req) { check(req.headers.authorization.replace('Bearer ', '').trim()); }", 'header authorization'],
    ["function h(req) { check(req.headers.authorization.split(' ')[1]); }", 'header authorization'],
    ["function h(req) { check(req.headers.authorization.split(' ')[0]); }", undefined],
    ["function h(req) { check(req.get('X-API-Key')); }", 'header X-API-Key'],
    ["function h(req) { check(req.header('x-auth-token')); }", 'header x-auth-token'],
    ["function h(ctx) { check(ctx.request.headers['x-api-key']); }", 'header x-api-key'],
    ["function h(ctx) { check(ctx.get('x-api-key')); }", 'header x-api-key'],
    ["function h(c) { check(c.req.header('Authorization')); }", 'header Authorization'],
    ["async function h(request: Request) { check(request.headers.get('authorization')); }", 'header authorization'],
    ["function h(event) { check(getHeader(event, 'x-api-key')); }", 'header x-api-key'],
    ["function h(event) { check(getRequestHeader(event, name)); }", undefined],
    ["function h(request) { const url = new URL(request.url); check(url.searchParams.get('api_key')); }", 'query api_key'],
    ['function h(req) { check(req.query.token); }', 'query token'],
    ['function h(req) { check(req.body.apiKey); }', 'body apiKey'],
    ["function h(req) { const { 'x-api-key': key } = req.headers; check(key); }", 'header x-api-key'],
    ['function h(req) { const { token } = req.query; check(token); }', 'query token'],
    ['function h(req) { const { a: { token } } = req.query; check(token); }', undefined],
    ['function h(req) { const key = req.headers.authorization as string; check(key); }', 'header authorization'],
    ['function h(req) { check(String(req.headers.authorization)); }', 'header authorization'],
    ["import { Buffer } from 'node:buffer'; function h(req) { check(Buffer.from(req.headers['x-api-key'])); }", 'header x-api-key'],
    ['async function h(req) { check(await req.headers.authorization); }', 'header authorization'],
    ['function h(context) { const request = context.switchToHttp().getRequest(); check(request.headers.authorization); }', 'header authorization'],
    ["import { headers } from 'next/headers'; async function h() { const list = await headers(); check(list.get('x-api-key')); }", 'header x-api-key'],
    ["function h(req) { check(req.headers['x-forwarded-proto']); }", undefined],
    ["function h(req) { check(req.headers['x-cron-secret']); }", undefined],
    ["function h(req) { check(req.headers['x-hub-signature-256']); }", undefined],
    ["check(request.headers['x-api-key']);", undefined],
    ["const request = {}; check(request.headers['x-api-key']);", undefined],
    ["function h(req) { check(req.headers[name]); }", undefined],
    ["function h(req) { check(req.cookies.token); }", undefined],
    ['function h(req) { check(req.headers); }', undefined],
    ["function h(req) { check(lookup('x-api-key')); }", undefined],
    ["function h(req) { check(store.get('x-api-key')); }", undefined],
    ["function h(req) { check(req.get(name)); }", undefined],
    ['function h(req) { check(req.headers.authorization.length); }', undefined],
    ['function h(req) { let key; key = req.headers.authorization; key = other; check(key); }', undefined],
    ['function h(req) { check((() => req.headers.authorization)()); }', undefined],
    ['function h(req) { check(key); }', undefined],
  ] as const)('%s', ([code, expected]) => {
    expect(credential(code)).toBe(expected);
  });
});

describe('configuredKey', () => {
  it.for([
    ['check(process.env.API_KEY);', 'config API_KEY'],
    ["check(process.env['API_TOKEN']);", 'config API_TOKEN'],
    ['check(import.meta.env.VITE_API_KEY);', 'config VITE_API_KEY'],
    ['check(Bun.env.API_KEY);', 'config API_KEY'],
    ['function h(c) { check(c.env.API_TOKEN); }', 'config API_TOKEN'],
    ['function h(request, env) { check(env.API_KEY); }', 'config env.API_KEY'],
    ['check(`Bearer ${process.env.API_TOKEN}`);', 'config API_TOKEN'],
    ["check('Bearer ' + process.env.API_TOKEN);", 'config API_TOKEN'],
    ['check(prefix + process.env.API_TOKEN);', undefined],
    ['check(`${a}${b}`);', undefined],
    ["check(config.get('API_KEY'));", 'config API_KEY'],
    ["check(this.configService.get<string>('auth.apiKey'));", 'config auth.apiKey'],
    ["check(Deno.env.get('API_KEY'));", 'config API_KEY'],
    ["check(cache.get('API_KEY'));", undefined],
    ['check(config.get(name));', undefined],
    ['check(config.get());', undefined],
    ["import { API_KEY } from './config'; check(API_KEY);", 'config API_KEY'],
    ["import config from './config'; check(config.auth.apiKey);", 'config config.auth.apiKey'],
    ['check(settings.apiKey);', 'config settings.apiKey'],
    ['check(this.apiKey);', 'config this.apiKey'],
    ['check(useRuntimeConfig().apiKey);', 'config useRuntimeConfig().apiKey'],
    ['check(user.apiKey);', undefined],
    ['check(obj[k]);', undefined],
    ['const API_KEY = process.env.API_KEY; check(API_KEY);', 'config API_KEY'],
    ['const { API_KEY } = process.env; check(API_KEY);', 'config API_KEY'],
    ['const { API_KEY } = other; check(API_KEY);', undefined],
    ['const { a: { API_KEY } } = process.env; check(API_KEY);', undefined],
    ['let k; k = process.env.A_KEY; k = process.env.B_KEY; check(k);', undefined],
    ['check(apiKey);', undefined],
    ["check('static-key-1234');", 'literal a hard-coded value'],
    ["check('Basic YWRtaW46c2VjcmV0');", 'literal a hard-coded value'],
    ["check('https');", undefined],
    ["check('Bearer');", undefined],
    ["check('two words here');", undefined],
    ['check(undefined);', undefined],
    ['check(process.env.CRON_SECRET);', undefined],
    ['check(process.env.PORT);', undefined],
    ['check(process.env[name]);', undefined],
    ['check(load());', undefined],
  ] as const)('%s', ([code, expected]) => {
    expect(key(code)).toBe(expected);
  });
});

describe('names', () => {
  it.for([
    ['x-api-key', true, false],
    ['Authorization', true, false],
    ['api_key', true, false],
    ['x-cron-secret', false, true],
    ['WEBHOOK_SECRET', false, true],
    ['content-type', false, false],
    ['key', true, false],
    ['x-key', true, false],
    ['licenseKey', true, false],
    ['templateKey', false, false],
    ['sortKey', false, false],
    ['cacheKeyToken', true, false],
    ['token_endpoint_auth_method', false, false],
    ['authType', false, false],
    ['REFRESH_CACHE_SECRET', false, true],
    ['REVALIDATE_TOKEN', false, true],
  ] as const)('%s', ([name, credential, machine]) => {
    expect(isCredentialName(name)).toBe(credential);
    expect(isMachineName(name)).toBe(machine);
  });
});

describe('envName and publicEnvName', () => {
  it.for([
    ['check(process.env.NEXT_PUBLIC_API_KEY);', 'NEXT_PUBLIC_API_KEY', 'NEXT_PUBLIC_API_KEY'],
    ['check(import.meta.env.API_KEY);', 'API_KEY', 'API_KEY'],
    ['check(process.env.API_KEY);', 'API_KEY', undefined],
    ['check(config.API_KEY);', undefined, undefined],
    ["import { PUBLIC_API_KEY } from '$env/static/public'; check(PUBLIC_API_KEY);", undefined, 'PUBLIC_API_KEY'],
    ["import { API_KEY } from '$env/static/private'; check(API_KEY);", undefined, undefined],
    ['check(apiKey);', undefined, undefined],
  ] as const)('%s', ([code, env, publicName]) => {
    expect(
      analyzeCheck(code, (node, sourceCode) => [envName(node, sourceCode), publicEnvName(node, sourceCode)]),
    ).toEqual([env, publicName]);
  });
});
