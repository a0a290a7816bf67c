import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { jwtSiteOf, optionAt } from '../../../lib/models/jwt/calls.ts';
import { analyze, walk } from '../../helpers/analyze.ts';

/** Every JWT call the file makes: `library call [token] [key] {options}`. */
function sites(code: string): string[] {
  return analyze(
    code,
    ({ sourceCode, ast }) => {
      const found: string[] = [];
      for (const node of walk(ast, sourceCode.visitorKeys)) {
        if (node.type !== 'CallExpression' && node.type !== 'NewExpression') continue;
        const site = jwtSiteOf(node as TSESTree.CallExpression, sourceCode);
        if (!site) continue;
        const text = (part: TSESTree.Node | undefined): string => (part ? sourceCode.getText(part) : '-');
        found.push(`${site.api.library} ${site.api.call} ${site.api.role} token=${text(site.token)} key=${text(site.key)} options=${site.optionsNode ? (site.options ? 'shape' : 'unknown') : '-'}`);
        // A second question for the same node is answered from the cache.
        expect(jwtSiteOf(node as TSESTree.CallExpression, sourceCode)).toBe(site);
      }
      return found;
    },
    { parser: 'ts' },
  );
}

describe('jwtSiteOf', () => {
  it.for([
    ["import jwt from 'jsonwebtoken'; jwt.verify(t, k, { algorithms: ['HS256'] });", ['jsonwebtoken jwt.verify verify token=t key=k options=shape']],
    ["import * as jwt from 'jsonwebtoken'; jwt.sign(p, k);", ['jsonwebtoken jwt.sign sign token=- key=k options=-']],
    ["const { verify } = require('jsonwebtoken'); verify(t, k, (e, p) => p);", ['jsonwebtoken jwt.verify verify token=t key=k options=-']],
    ["const { verify } = require('jsonwebtoken'); verify(t, k, callback);", ['jsonwebtoken jwt.verify verify token=t key=k options=-']],
    ["import { verify } from 'jsonwebtoken'; function onVerified() {} verify(t, k, onVerified);", ['jsonwebtoken jwt.verify verify token=t key=k options=-']],
    ["import { verify } from 'jsonwebtoken'; verify(t, k, opts);", ['jsonwebtoken jwt.verify verify token=t key=k options=unknown']],
    ["import { verify } from 'jsonwebtoken'; verify(...args);", ['jsonwebtoken jwt.verify verify token=- key=- options=-']],
    ["import jwt from 'jsonwebtoken'; jwt.decode(t, { complete: true });", ['jsonwebtoken jwt.decode decode token=t key=- options=-']],
    ["import { jwtVerify, decodeJwt } from 'jose'; await jwtVerify(t, k); decodeJwt(t);", ['jose jwtVerify verify token=t key=k options=-', 'jose decodeJwt decode token=t key=- options=-']],
    ["import { SignJWT } from 'jose'; await new SignJWT(p).setProtectedHeader({ alg: 'HS256' }).sign(k);", ['jose SignJWT#sign sign token=- key=k options=-']],
    ["import { SignJWT } from 'jose'; const b = new SignJWT(p); b.setIssuer('x'); await b.sign(k);", ['jose SignJWT#sign sign token=- key=k options=-']],
    ["import { EncryptJWT } from 'jose'; await (await new EncryptJWT(p)).encrypt(k);", ['jose EncryptJWT#encrypt sign token=- key=k options=-']],
    ["import { SignJWT } from 'jose'; let b; b = new SignJWT(p); b = other; await b.sign(k);", []],
    ["import { SignJWT } from 'jose'; await builder().sign(k); await this.sign(k); await x[y].sign(k); await (() => b)().sign(k);", []],
    ["import { jwtDecode } from 'jwt-decode'; jwtDecode(t);", ['jwt-decode jwtDecode decode token=t key=- options=-']],
    ["import jwt_decode from 'jwt-decode'; jwt_decode(t);", ['jwt-decode jwtDecode decode token=t key=- options=-']],
    ["import { expressjwt } from 'express-jwt'; expressjwt({ secret: s });", ['express-jwt expressjwt config token=- key=- options=shape']],
    ["const jwt = require('express-jwt'); jwt({ secret: s });", ['express-jwt expressjwt config token=- key=- options=shape']],
    ["import { Strategy } from 'passport-jwt'; new Strategy({ secretOrKey: s }, verify);", ['passport-jwt JwtStrategy config token=- key=- options=shape']],
    [
      "import { PassportStrategy } from '@nestjs/passport'; import { Strategy } from 'passport-jwt';\nclass S extends PassportStrategy(Strategy, 'jwt') { constructor() { super({ secretOrKey: s }); } }",
      ['passport-jwt PassportStrategy(Strategy) config token=- key=- options=shape'],
    ],
    ["import { PassportStrategy } from '@nestjs/passport'; import { Strategy } from 'passport-local';\nclass S extends PassportStrategy(Strategy) { constructor() { super({}); } }", []],
    ["import { PassportStrategy } from '@nestjs/passport';\nclass S extends PassportStrategy() { constructor() { super({}); } }", []],
    ['class S extends Base { constructor() { super({}); } }', []],
    ['const S = class extends mixin(Base) { constructor() { super({}); } };', []],
    ["import fastifyJwt from '@fastify/jwt'; app.register(fastifyJwt, { secret: s });", ['@fastify/jwt @fastify/jwt config token=- key=- options=shape']],
    ["app.register(require('@fastify/jwt'), { secret: s });", ['@fastify/jwt @fastify/jwt config token=- key=- options=shape']],
    ["import { a } from 'lib'; app.register(a.b.c, {}); app.register(); app[name](x); app.register(local, {});", []],
    ["import { jwt, verify, sign, decode } from 'hono/jwt'; jwt({ secret: s }); verify(t, k, 'HS256'); sign(p, k); decode(t);", [
      'hono/jwt jwt config token=- key=- options=shape',
      'hono/jwt verify verify token=t key=k options=-',
      'hono/jwt sign sign token=- key=k options=-',
      'hono/jwt decode decode token=t key=- options=-',
    ]],
    ["import { Jwt } from 'hono/utils/jwt'; Jwt.verify(t, k, 'HS256'); Jwt.decode(t);", ['hono/jwt Jwt.verify verify token=t key=k options=-', 'hono/jwt Jwt.decode decode token=t key=- options=-']],
    ["import { JwtModule } from '@nestjs/jwt'; JwtModule.register({ secret: s });", ['@nestjs/jwt JwtModule.register config token=- key=- options=shape']],
    ["import { JwtModule } from '@nestjs/jwt'; JwtModule.registerAsync({ useFactory: async () => ({ secret: s }) });", ['@nestjs/jwt JwtModule.registerAsync config token=- key=- options=shape']],
    ["import { JwtModule } from '@nestjs/jwt'; JwtModule.registerAsync({ useFactory() { return { secret: s }; } });", ['@nestjs/jwt JwtModule.registerAsync config token=- key=- options=shape']],
    ["import { JwtModule } from '@nestjs/jwt'; JwtModule.registerAsync({ useFactory: (c) => { if (x) return a; return b; } });", ['@nestjs/jwt JwtModule.registerAsync config token=- key=- options=-']],
    ["import { JwtModule } from '@nestjs/jwt'; JwtModule.registerAsync({ useFactory: factory });", ['@nestjs/jwt JwtModule.registerAsync config token=- key=- options=-']],
    ["import { JwtModule } from '@nestjs/jwt'; JwtModule.registerAsync({ useFactory: () => { return; } });", ['@nestjs/jwt JwtModule.registerAsync config token=- key=- options=-']],
    ["import { JwtService } from '@nestjs/jwt'; const service = new JwtService({ secret: s }); service.verify(t, { secret: s }); service.decode(t);", [
      '@nestjs/jwt new JwtService config token=- key=- options=shape',
      '@nestjs/jwt jwtService.verify verify token=t key=- options=shape',
      '@nestjs/jwt jwtService.decode decode token=t key=- options=-',
    ]],
    ["import { JwtService } from '@nestjs/jwt'; function f(jwt: JwtService) { jwt.signAsync(p, { secret: s }); }", ['@nestjs/jwt jwtService.signAsync sign token=- key=- options=shape']],
    [
      "import { JwtService } from '@nestjs/jwt';\nclass A { private readonly jwt: JwtService; constructor(private readonly tokens: JwtService = x) {}\n  run() { this.jwt.verify(t); const f = () => this.tokens.decode(t); }\n  field = this.jwt.sign(p); }",
      ['@nestjs/jwt jwtService.verify verify token=t key=- options=-', '@nestjs/jwt jwtService.decode decode token=t key=- options=-', '@nestjs/jwt jwtService.sign sign token=- key=- options=-'],
    ],
    [
      "import { JwtService } from '@nestjs/jwt';\nclass A { constructor(private readonly other: Other, plain: JwtService) {}\n  run() { this.other.verify(t); this.missing.verify(t); this[key].verify(t); function inner() { this.jwt.verify(t); } }\n  static { this.jwt.verify(t); } }",
      [],
    ],
    ["import { JwtService } from '@nestjs/jwt'; const s = makeService(); s.verify(t); let u: Other; u.verify(t); unknown.verify(t); jwt.verify(t);", []],
    ["import jwt from 'jwt-simple'; jwt.encode(p, k); jwt.decode(t, k, false, 'HS256');", ['jwt-simple jwt.encode sign token=- key=k options=-', 'jwt-simple jwt.decode verify token=t key=k options=-']],
    ["import jwt from 'jsonwebtoken'; function f(jwt) { jwt.verify(t, k); }", []],
    ["import jwt from 'jsonwebtoken'; import { promisify } from 'node:util'; const v = promisify(jwt.verify); v(t, k); promisify(jwt.sign)(p, k);", [
      'jsonwebtoken jwt.verify verify token=t key=k options=-',
      'jsonwebtoken jwt.sign sign token=- key=k options=-',
    ]],
    ["import util from 'util'; const v = util.promisify(other); v(t); const w = wrap(x); w(t); let z = 1; z(t); util.promisify(...a)(t);", []],
    ["import { JWT } from 'jose'; JWT.verify(t, k); JWT.decode(t); JWT.sign(p, k);", [
      'jose JWT.verify verify token=t key=k options=-',
      'jose JWT.decode decode token=t key=- options=-',
      'jose JWT.sign sign token=- key=k options=-',
    ]],
  ] as const)('%s', ([code, expected]) => {
    expect(sites(code)).toEqual(expected);
  });
});

describe('optionAt', () => {
  const states = (code: string, path: string[]): string =>
    analyze(
      code,
      ({ sourceCode, ast }) => {
        for (const node of walk(ast, sourceCode.visitorKeys)) {
          const site = node.type === 'CallExpression' ? jwtSiteOf(node as TSESTree.CallExpression, sourceCode) : undefined;
          if (site) return optionAt(site, path).state;
        }
        return 'none';
      },
      { parser: 'ts' },
    );

  it.for([
    ["import jwt from 'jsonwebtoken'; jwt.verify(t, k);", ['algorithms'], 'absent'],
    ["import jwt from 'jsonwebtoken'; jwt.verify(t, k, {});", ['algorithms'], 'absent'],
    ["import jwt from 'jsonwebtoken'; jwt.verify(t, k, { ...o });", ['algorithms'], 'unknown'],
    ["import jwt from 'jsonwebtoken'; jwt.verify(t, k, { algorithms: a, ...o });", ['algorithms'], 'unknown'],
    ["import jwt from 'jsonwebtoken'; jwt.verify(t, k, { algorithms: a });", ['algorithms'], 'set'],
    ["import jwt from 'jsonwebtoken'; jwt.verify(t, k, opts);", ['algorithms'], 'unknown'],
    ["import { JwtModule } from '@nestjs/jwt'; JwtModule.register({ verifyOptions: { algorithms: a } });", ['verifyOptions', 'algorithms'], 'set'],
    ["import { JwtModule } from '@nestjs/jwt'; JwtModule.register({ verifyOptions: v });", ['verifyOptions', 'algorithms'], 'unknown'],
    ["import { JwtModule } from '@nestjs/jwt'; JwtModule.register({});", ['verifyOptions', 'algorithms'], 'absent'],
    ["import { JwtModule } from '@nestjs/jwt'; JwtModule.register({});", [], 'unknown'],
  ] as const)('%s at %s', ([code, path, expected]) => {
    expect(states(code, [...path])).toBe(expected);
  });
});
