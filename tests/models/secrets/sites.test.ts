import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { assignedSecretTargets, callSecretTargets, typedSecretTargets } from '../../../lib/models/secrets/sites.ts';
import { analyze, walk } from '../../helpers/analyze.ts';

/** Every secret the file hands to a session library: `library option=value`. */
function targets(code: string): string[] {
  return analyze(
    code,
    ({ sourceCode, ast }) => {
      const found: string[] = [];
      for (const node of walk(ast, sourceCode.visitorKeys)) {
        let list: ReturnType<typeof callSecretTargets> = [];
        if (node.type === 'CallExpression' || node.type === 'NewExpression') list = callSecretTargets(node as TSESTree.CallExpression, sourceCode);
        else if (node.type === 'AssignmentExpression') list = assignedSecretTargets(node as TSESTree.AssignmentExpression, sourceCode);
        else if (node.type === 'VariableDeclarator' && node.init && node.id.type === 'Identifier') list = typedSecretTargets(node.init, node.id.typeAnnotation, sourceCode);
        for (const target of list) found.push(`${target.site.library} ${target.site.option}=${sourceCode.getText(target.value)}`);
      }
      return found;
    },
    { parser: 'ts' },
  );
}

describe('secret sites', () => {
  it.for([
    ["import session from 'express-session'; session({ secret: s });", ['express-session secret=s']],
    ["import session from 'express-session'; session(...args); session(); session({ ...o });", []],
    ["import session from 'express-session'; session({ secret: a, ...o });", []],
    ["import { getIronSession } from 'iron-session'; getIronSession(req, res, { password: p }); getIronSession();", ['iron-session password=p']],
    ["import cookieParser from 'cookie-parser'; cookieParser(['a', 'b']);", ["cookie-parser secret=['a', 'b']"]],
    ["import Keygrip from 'keygrip'; new Keygrip(keys); Keygrip(keys);", ['keygrip keys=keys', 'keygrip keys=keys']],
    ["useSession(event, { password: p }); function f(useSession) { useSession(event, { password: q }); }", ['h3 password=p']],
    ["import { useSession } from 'next-auth/react'; useSession({ required: true });", []],
    ["import Koa from 'koa'; const app = new Koa(); app.keys = k; app.proxy = true; app.keys += k; other.keys = k; app[name] = k;", ['Koa app.keys=k']],
    ["const app = new Other(); app.keys = k; const b = makeApp(); b.keys = k; keys = k;", []],
    ["app.register(require('@fastify/session'), { secret: s }); app.register(require('@fastify/session').default, { secret: t });", ['@fastify/session secret=s', '@fastify/session secret=t']],
    ["import { a } from 'lib'; app.register(a.b.c, {}); app.register(); app.register(...p);", []],
    [
      "server.register([{ plugin: require('@hapi/yar'), options: { cookieOptions: { password: p } } }, { plugin: other }, null, ...more, { plugin: require('@hapi/yar') }]);",
      ['@hapi/yar cookieOptions.password=p'],
    ],
    ["server.register({ plugin: require('@hapi/yar').plugin.deep, options: { cookieOptions: { password: p } } });", []],
    ["import Cookie from '@hapi/cookie'; server.auth.strategy('session', 'cookie', { cookie: { password: p } }); server.auth.strategy('jwt', 'jwt', { key: k });", [
      '@hapi/cookie cookie.password=p',
    ]],
    ["import Jwt2 from 'hapi-auth-jwt2'; server.auth.strategy('jwt', 'jwt', { key: k }); server.auth.strategy('x', scheme, {}); server.auth.strategy(); server.strategy('a', 'cookie', {}); x.auth.default('a');", [
      'hapi-auth-jwt2 key=k',
    ]],
    ["import Cookie from '@hapi/cookie'; server.auth.strategy('session', 'cookie', { password: p });", ['@hapi/cookie cookie.password=p']],
    ["import type { NextAuthOptions } from 'next-auth'; const authOptions: NextAuthOptions = { secret: s };", ['next-auth secret=s']],
    ['const options: Unknown = { secret: s };', []],
  ] as const)('%s', ([code, expected]) => {
    expect(targets(code)).toEqual(expected);
  });
});
