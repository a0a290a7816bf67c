import type { RunTests } from '@typescript-eslint/rule-tester';
import rule, { type MessageIds, type Options } from '../../lib/rules/no-session-token-in-logs.ts';
import { runRuleTests, withOptions } from '../helpers/rule-tester.ts';

// Token names alone count only with reportNamedTokens, which strict and the Level 2 and 3 configs set.
const namedTokenCases: Omit<RunTests<MessageIds, Options>, 'assertionOptions'> = {
  valid: [
    // Budibase names the header in its error; the enum holds header names, not values.
    "export const check = (ctx) => { if (!ctx.headers['x-budibase-api-key']) ctx.throw(403, `${constants.Header.API_KEY} header missing`); };",
    // Parse Server's error codes name the problem, not the token.
    "throw new Parse.Error(Parse.Error.INVALID_SESSION_TOKEN, 'Invalid session token');",
    `import { createHash } from 'node:crypto';
app.use((req, res, next) => {
  const sessionRef = createHash('sha256').update(req.sessionID).digest('hex').slice(0, 12);
  console.log(\`\${req.method} \${req.path} session=\${sessionRef}\`);
  next();
});`,
    `export function report(tokenCount) {
  console.log(\`issued \${tokenCount} tokens\`);
}`,
    `res.json({ token });
res.status(200).json({ accessToken });
res.status(201).send({ sessionId: req.sessionID });`,
    "console.log('token prefix', token.slice(0, 8));",
    `const tokens = lexer.tokenize(src);
console.log(tokens);
const first = sourceCode.getFirstToken(node);
console.log(first);`,
    "console.log(hashToken(token), token.length, typeof token, token === expected);",
    `console.error(err);
console.log(session, req.session, req.session.userId);`,
    "console.log(csrfToken, pageToken, nextToken);",
    `throw new Error('Invalid token');
throw err;`,
    "res.status(401).json({ error: 'invalid_token', token_type: 'Bearer' });",
    `function log(message) { output.push(message); }
log(token);`,
    `const console = { log() {} };
console.log(token);`,
    `audit.record(token);
metrics.increment('token.issued');`,
    "logger.info({ req }, 'request');",
    `(0, console.log)(token);
console['log'](token);
getLogger().info(token);
new foo.Bar(token);
res.status(code).json({ error: token });
new Response(body, { ...init });
new Response(\`\${token}\`, { status: 200 });
new Response(token);
console.log(this.headers);`,
    // A business session is not the sign-in: Stripe's checkout session, a signing service's session row.
    "export function onCompleted(checkoutSession) { console.info('No metadata found for session: ', checkoutSession.id); }",
    `export function onEvent(event) {
  const session = event.data.object as Stripe.Checkout.Session;
  console.log('Checkout session completed:', session.id);
}`,
    `export async function authorize(query) {
  const session = await loadCscSession(query.session);
  logger.info({ msg: 'authorize', sessionId: session.id });
}`,
    "export function redeem(aCheckoutSessionId) { throw new Error(`Stripe Checkout Session '${aCheckoutSessionId}' has not been paid`); }",
    // A message about a value that matched nothing quotes no live credential.
    "export function find(recipientToken) { throw new AppError('NOT_FOUND', { message: `Recipient with token \"${recipientToken}\" not found.` }); }",
    "export function attach(sessionId) { throw new AppError('NOT_FOUND', { message: `Session \"${sessionId}\" already consumed or never existed.` }); }",
  ],
  invalid: [
    {
      // Near misses: the app's own session id, named only, logged on refresh; a quoted token in a message that says nothing was rejected.
      code: `export async function refresh(session, server) {
  const sessionId = session.sessionId;
  logger.info(\`Refreshing session: \${sessionId}\`);
  throw new Error(\`Could not refresh \${sessionId}\`);
}`,
      errors: [
        { messageId: 'namedTokenLogged', data: { token: 'sessionId', sink: 'logger.info' }, line: 3, column: 38, endLine: 3, endColumn: 47 },
        { messageId: 'namedTokenLogged', data: { token: 'sessionId', sink: 'new Error()' }, line: 4, column: 40, endLine: 4, endColumn: 49 },
      ],
    },
    {
      // Upper-case keys of the environment or a config object are values.
      code: "console.log('key', process.env.API_KEY, Config.SESSION_TOKEN);",
      errors: [
        { messageId: 'namedTokenLogged', data: { token: 'process.env.API_KEY', sink: 'console.log' }, line: 1, column: 20, endLine: 1, endColumn: 39 },
        { messageId: 'namedTokenLogged', data: { token: 'Config.SESSION_TOKEN', sink: 'console.log' }, line: 1, column: 41, endLine: 1, endColumn: 61 },
      ],
    },
    {
      code: `app.use((req, res, next) => {
  console.log(\`\${req.method} \${req.path} sid=\${req.sessionID}\`);
  next();
});`,
      errors: [
        { messageId: 'tokenLogged', data: {"token":"req.sessionID","sink":"console.log"}, line: 2, column: 48, endLine: 2, endColumn: 61 },
      ],
    },
    {
      code: `export function parseBearer(header) {
  const token = header.slice('Bearer '.length);
  if (token.split('.').length !== 3) throw new Error(\`Malformed token: \${token}\`);
  return token;
}`,
      errors: [
        { messageId: 'namedTokenLogged', data: {"token":"token","sink":"new Error()"}, line: 3, column: 74, endLine: 3, endColumn: 79 },
      ],
    },
    {
      code: `app.use((req, res, next) => {
  logger.debug({ headers: req.headers }, 'incoming request');
  next();
});`,
      errors: [
        { messageId: 'containerLogged', data: {"token":"req.headers","sink":"logger.debug"}, line: 2, column: 27, endLine: 2, endColumn: 38 },
      ],
    },
    {
      code: "app.use((req, res, next) => { const auth = req.headers.authorization; this.logger.info('auth header', auth); next(); });",
      errors: [
        { messageId: 'tokenLogged', data: {"token":"req.headers.authorization","sink":"logger.info"}, line: 1, column: 103, endLine: 1, endColumn: 107 },
      ],
    },
    {
      code: `import debug from 'debug';
const log = debug('app:session');
app.use((req, res, next) => { log('session %s', req.session.id); next(); });`,
      errors: [
        { messageId: 'tokenLogged', data: {"token":"req.session.id","sink":"log()"}, line: 3, column: 49, endLine: 3, endColumn: 63 },
      ],
    },
    {
      code: "app.post('/x', (req, res) => { res.status(401).json({ error: `Invalid token ${token}` }); });",
      errors: [
        { messageId: 'namedTokenLogged', data: {"token":"token","sink":"res.status(401).json()"}, line: 1, column: 79, endLine: 1, endColumn: 84 },
      ],
    },
    {
      code: "fastify.get('/x', (request, reply) => reply.code(403).send({ message: 'Rejected session ' + request.session.sessionId }));",
      errors: [
        { messageId: 'namedTokenLogged', data: {"token":"request.session.sessionId","sink":"reply.code(403).send()"}, line: 1, column: 93, endLine: 1, endColumn: 118 },
      ],
    },
    {
      code: "app.get('/x', (c) => c.json({ error: `bad jwt ${jwt}` }, 401));",
      errors: [
        { messageId: 'namedTokenLogged', data: {"token":"jwt","sink":"c.json()"}, line: 1, column: 49, endLine: 1, endColumn: 52 },
      ],
    },
    {
      code: "export async function GET() { return Response.json({ error: `expired ${accessToken}` }, { status: 401 }); }",
      errors: [
        { messageId: 'namedTokenLogged', data: {"token":"accessToken","sink":"Response.json()"}, line: 1, column: 72, endLine: 1, endColumn: 83 },
      ],
    },
    {
      code: "export async function GET() { return new Response(`expired ${accessToken}`, { status: 401 }); }",
      errors: [
        { messageId: 'namedTokenLogged', data: {"token":"accessToken","sink":"new Response()"}, line: 1, column: 62, endLine: 1, endColumn: 73 },
      ],
    },
    {
      code: "throw 'bad token ' + accessToken;",
      errors: [
        { messageId: 'namedTokenLogged', data: {"token":"accessToken","sink":"a thrown string"}, line: 1, column: 22, endLine: 1, endColumn: 33 },
      ],
    },
    {
      code: `console.log(req.headers);
console.debug(request.cookies);`,
      errors: [
        { messageId: 'containerLogged', data: {"token":"req.headers","sink":"console.log"}, line: 1, column: 13, endLine: 1, endColumn: 24 },
        { messageId: 'containerLogged', data: {"token":"request.cookies","sink":"console.debug"}, line: 2, column: 15, endLine: 2, endColumn: 30 },
      ],
    },
    {
      code: "console.log(req.get('Authorization'), ctx.get('cookie'));",
      errors: [
        { messageId: 'tokenLogged', data: {"token":"req.get('Authorization')","sink":"console.log"}, line: 1, column: 13, endLine: 1, endColumn: 37 },
        { messageId: 'tokenLogged', data: {"token":"ctx.get('cookie')","sink":"console.log"}, line: 1, column: 39, endLine: 1, endColumn: 56 },
      ],
    },
    {
      code: "router.use(async (ctx) => { ctx.throw(401, `bad session ${ctx.session.externalKey}`); });",
      errors: [
        { messageId: 'tokenInError', data: {"token":"ctx.session.externalKey","sink":"ctx.throw()"}, line: 1, column: 59, endLine: 1, endColumn: 82 },
      ],
    },
    {
      code: "router.use(async (ctx) => { ctx.assert(ok, 401, 'bad token ' + ctx.cookies.get('koa.sess')); });",
      errors: [
        { messageId: 'tokenInError', data: {"token":"ctx.cookies.get('koa.sess')","sink":"ctx.assert()"}, line: 1, column: 64, endLine: 1, endColumn: 91 },
      ],
    },
    {
      code: `import { SignJWT } from 'jose';
const signed = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).sign(key);
console.info('issued', signed);`,
      errors: [
        { messageId: 'tokenLogged', data: {"token":"new SignJWT().sign()","sink":"console.info"}, line: 3, column: 24, endLine: 3, endColumn: 30 },
      ],
    },
    {
      code: "console.log({ user, sessionId: req.sessionID });",
      errors: [
        { messageId: 'tokenLogged', data: {"token":"req.sessionID","sink":"console.log"}, line: 1, column: 32, endLine: 1, endColumn: 45 },
      ],
    },
    {
      code: `import jwt from 'jsonwebtoken';
const issued = jwt.sign({ sub: 1 }, key);
const line = 'issued ' + issued;
req.log.info(line);`,
      errors: [
        { messageId: 'tokenLogged', data: {"token":"jwt.sign()","sink":"log.info"}, line: 4, column: 14, endLine: 4, endColumn: 18 },
      ],
    },
    {
      code: `import createError from 'http-errors';
next(createError(401, \`unknown session \${req.sessionID}\`));`,
      errors: [
        { messageId: 'tokenInError', data: {"token":"req.sessionID","sink":"createError()"}, line: 2, column: 42, endLine: 2, endColumn: 55 },
      ],
    },
    {
      code: "class AuthService { check(token: string) { if (!token) throw new UnauthorizedException(`Invalid token ${token as string}`); } }",
      errors: [
        { messageId: 'namedTokenLogged', data: {"token":"token","sink":"new UnauthorizedException()"}, line: 1, column: 105, endLine: 1, endColumn: 110 },
      ],
    },
    {
      code: `const refreshToken = await getRefreshToken(user);
winston.warn(\`refresh failed for \${user.id}: \${refreshToken}\`);`,
      errors: [
        { messageId: 'namedTokenLogged', data: {"token":"refreshToken","sink":"winston.warn"}, line: 2, column: 48, endLine: 2, endColumn: 60 },
      ],
    },
    {
      code: "console.error('login failed', { authorization: req.headers['authorization'] });",
      errors: [
        { messageId: 'tokenLogged', data: {"token":"req.headers['authorization']","sink":"console.error"}, line: 1, column: 48, endLine: 1, endColumn: 76 },
      ],
    },
    {
      code: "fastify.log.error({ cookie: req.headers.cookie }, 'bad request');",
      errors: [
        { messageId: 'tokenLogged', data: {"token":"req.headers.cookie","sink":"log.error"}, line: 1, column: 29, endLine: 1, endColumn: 47 },
      ],
    },
    {
      code: `const header = req.headers.authorization;
const [, bearer] = header.split(' ');
console.log(bearer);`,
      errors: [
        { messageId: 'tokenLogged', data: {"token":"bearer","sink":"console.log"}, line: 3, column: 13, endLine: 3, endColumn: 19 },
      ],
    },
    {
      code: "console.log(`token=${accessToken?.trim()}`);",
      errors: [
        { messageId: 'namedTokenLogged', data: {"token":"accessToken","sink":"console.log"}, line: 1, column: 22, endLine: 1, endColumn: 33 },
      ],
    },
    {
      code: "console.assert(valid, `invalid session ${sessionToken}`);",
      errors: [
        { messageId: 'namedTokenLogged', data: {"token":"sessionToken","sink":"console.assert"}, line: 1, column: 42, endLine: 1, endColumn: 54 },
      ],
    },
    {
      code: "console.log(document.cookie);",
      errors: [
        { messageId: 'tokenLogged', data: {"token":"document.cookie","sink":"console.log"}, line: 1, column: 13, endLine: 1, endColumn: 28 },
      ],
    },
    {
      code: `function describe(user) { return \`\${user.name} \${user.apiKey}\`; }
console.log(describe(currentUser));`,
      errors: [
        { messageId: 'namedTokenLogged', data: {"token":"user.apiKey","sink":"console.log"}, line: 2, column: 13, endLine: 2, endColumn: 34 },
      ],
    },
    {
      code: "Error(`bad ${token}`);",
      errors: [
        { messageId: 'namedTokenLogged', data: {"token":"token","sink":"Error()"}, line: 1, column: 14, endLine: 1, endColumn: 19 },
      ],
    },
    {
      code: `const HTTP_UNAUTHORIZED = 401;
expressResponseObject.status(HTTP_UNAUTHORIZED).json({ error: \`invalid session \${req.sessionID}\` });`,
      errors: [
        { messageId: 'tokenInErrorResponse', data: {"token":"req.sessionID","sink":"json()"}, line: 2, column: 82, endLine: 2, endColumn: 95 },
      ],
    },
    {
      code: "console.log(someVeryLongRequestObjectName.nested.req.headers);",
      errors: [
        { messageId: 'containerLogged', data: {"token":"req.headers","sink":"console.log"}, line: 1, column: 13, endLine: 1, endColumn: 61 },
      ],
    },
    {
      code: "console.log({ ...req.headers });",
      errors: [
        { messageId: 'containerLogged', data: {"token":"req.headers","sink":"console.log"}, line: 1, column: 18, endLine: 1, endColumn: 29 },
      ],
    },
    {
      code: "throw new errors.AuthError(`bad ${token}`);",
      errors: [
        { messageId: 'namedTokenLogged', data: {"token":"token","sink":"new AuthError()"}, line: 1, column: 35, endLine: 1, endColumn: 40 },
      ],
    },
    {
      code: "app.get('/x', (c) => c.text(`bad ${token}`, 500));",
      errors: [
        { messageId: 'namedTokenLogged', data: {"token":"token","sink":"c.text()"}, line: 1, column: 36, endLine: 1, endColumn: 41 },
      ],
    },
  ],
};

// By default a value is a session token only where the file shows where it comes from.
const evidenceCases: Omit<RunTests<MessageIds, Options>, 'assertionOptions'> = {
  valid: [
    'export function parseBearer(token) { if (!token) throw new Error(`Malformed token: ${token}`); }',
    "export function onPaid(session: { id: string }) { console.info('checkout session', session.id); }",
    'export const notFound = (recipientToken: string) => new Error(`Recipient with token ${recipientToken} not found`);',
    // Only a developer's machine writes this line.
    "app.use((req, res, next) => { if (env.isDevelopment) console.log(`sid=${req.sessionID}`); next(); });",
  ],
  invalid: [
    {
      // Production writes this one.
      code: "app.use((req, res, next) => { if (env.isProduction) console.log(`sid=${req.sessionID}`); next(); });",
      errors: [{ messageId: 'tokenLogged', data: { token: 'req.sessionID', sink: 'console.log' }, line: 1, column: 72, endLine: 1, endColumn: 85 }],
    },
    {
      code: "app.use((req, res, next) => { console.log(`sid=${req.sessionID}`); next(); });",
      errors: [{ messageId: 'tokenLogged', data: { token: 'req.sessionID', sink: 'console.log' }, line: 1, column: 50, endLine: 1, endColumn: 63 }],
    },
    {
      code: "export function parseBearer(req) {\n  const token = req.headers.authorization.slice('Bearer '.length);\n  logger.info(`bearer ${token}`);\n}",
      errors: [{ messageId: 'tokenLogged', data: { token: 'token', sink: 'logger.info' }, line: 3, column: 25, endLine: 3, endColumn: 30 }],
    },
    {
      code: "import jwt from 'jsonwebtoken';\nexport function issue(user, key: string) {\n  const accessToken = jwt.sign({ sub: user.id }, key);\n  console.debug('issued', accessToken);\n  return accessToken;\n}",
      errors: [{ messageId: 'tokenLogged', data: { token: 'accessToken', sink: 'console.debug' }, line: 4, column: 27, endLine: 4, endColumn: 38 }],
    },
  ],
};

runRuleTests('no-session-token-in-logs', rule, {
  valid: [...evidenceCases.valid, ...withOptions(namedTokenCases.valid, { reportNamedTokens: true })],
  invalid: [...evidenceCases.invalid, ...withOptions(namedTokenCases.invalid, { reportNamedTokens: true })],
});
