import { describe, expect, it } from 'vitest';
import { cookieSitesAt } from '../../../lib/models/cookies/sites.ts';
import { sessionReason, type SessionScope } from '../../../lib/models/cookies/session-cookies.ts';
import { analyze, walk } from '../../helpers/analyze.ts';

/** Why each `res.cookie(…)` of a handler counts as a session cookie ('-' when it does not). */
function reasons(body: string, scope: SessionScope = { names: [], all: false }): string[] {
  const code = `import jwt from 'jsonwebtoken';\nimport { randomBytes } from 'node:crypto';\napp.post('/', async (req, res) => {\n${body}\n});`;
  return analyze(
    code,
    ({ sourceCode, ast }) =>
      [...walk(ast, sourceCode.visitorKeys)].flatMap((node) => cookieSitesAt(node, sourceCode).map((site) => sessionReason(site, scope, sourceCode) ?? '-')),
    { parser: 'ts' },
  );
}

describe('session cookies', () => {
  it.for([
    // names, whole words
    ["res.cookie('sid', v);", 'name'],
    ["res.cookie('connect.sid', v);", 'name'],
    ["res.cookie('accessToken', v);", 'name'],
    ["res.cookie('__Secure-prefs', v);", 'name'],
    ["res.cookie('__Host-theme', v);", 'name'],
    ["res.cookie('tokenCount', v);", '-'],
    ["res.cookie('theme', v);", '-'],
    ["res.cookie('XSRF-TOKEN', v);", '-'],
    ["res.cookie('__Host-csrf', v);", '-'],
    ["res.cookie('csrftoken', req.sessionID);", '-'],
    // values
    ["res.cookie('u', req.sessionID);", 'value'],
    ["res.cookie('u', req.session.id);", 'value'],
    ["res.cookie('u', session['id']);", 'value'],
    ["res.cookie('u', user.id);", '-'],
    ["res.cookie('u', getSession().id);", '-'],
    ["res.cookie('u', cond ? 'dark' : refreshToken);", 'value'],
    ["res.cookie('u', (() => v)());", '-'],
    ["res.cookie('u', data[key]);", '-'],
    ["res.cookie('u', this.session.id);", 'value'],
    ["res.cookie('u', await createSessionToken(user));", 'value'],
    ["res.cookie('u', jwt.sign({ sub }, key));", 'value'],
    ["res.cookie('u', new SignJWT({ sub }).setExpirationTime('1h').sign(key));", 'value'],
    ["res.cookie('u', randomBytes(32).toString('hex'));", 'value'],
    ["res.cookie('u', crypto.randomUUID());", 'value'],
    ["res.cookie('u', nanoid());", 'value'],
    ["res.cookie('u', signJwt(user));", 'value'],
    ["res.cookie('u', JSON.stringify(prefs));", '-'],
    ["res.cookie('u', getPrefs()[0]());", '-'],
    ["res.cookie('u', `Bearer ${accessToken}`);", 'value'],
    ["res.cookie('u', 'v=' + refreshToken);", 'value'],
    ["res.cookie('u', a - b);", '-'],
    ["res.cookie('u', remember ? refresh_token : '');", 'value'],
    ["res.cookie('u', saved ?? authToken);", 'value'],
    ["res.cookie('u', 'dark');", '-'],
    ["res.cookie('u', value.trim());", '-'],
    ["res.cookie('u', token.trim());", 'value'],
    // values through variables
    ["const issued = jwt.sign({ sub }, key);\nres.cookie('u', issued);", 'value'],
    ["const { accessToken: t } = await login();\nres.cookie('u', t);", 'value'],
    ["const { value: t } = await login();\nres.cookie('u', t);", '-'],
    ["const v = 'dark';\nres.cookie('u', v);", '-'],
    ["let v = a;\nv = b;\nres.cookie('u', v);", '-'],
    ["res.cookie('u', req.query.x);", '-'],
    ["const a = b, b = a;\nres.cookie('u', a);", '-'],
    // deletions never count
    ["res.cookie('sid', '');", '-'],
  ] as const)('%s', ([body, expected]) => {
    expect(reasons(body)).toEqual([expected]);
  });

  it('follows a deep chain of variables only so far', () => {
    expect(reasons("const a1 = randomBytes(8);\nconst a2 = a1;\nconst a3 = a2;\nconst a4 = a3;\nconst a5 = a4;\nconst a6 = a5;\nres.cookie('u', a6);")).toEqual(['-']);
  });

  it('takes the configured names and checkAllCookies', () => {
    expect(reasons("res.cookie('prefs', v);", { names: ['prefs'], all: false })).toEqual(['setting']);
    expect(reasons("res.cookie('XSRF-TOKEN', v); res.cookie('theme', v); res.cookie('sid', v);", { names: [], all: true })).toEqual(['all', 'all', 'name']);
  });
});
