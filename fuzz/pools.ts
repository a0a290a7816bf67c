// What mutations draw from: values, option properties, names and file names of session-handling code.

export const LITERALS = [
  "'sid'", "'session'", "'connect.sid'", "'__Host-sid'", "'__Secure-token'", "'auth_token'", "'accessToken'", "'jwt'",
  "'theme'", "'csrfToken'", "'tokenCount'", "''", "' '", "'none'", "'None'", "'lax'", "'Lax'", "'strict'", "'Strict'",
  "'HS256'", "'RS256'", "'none'", "'1h'", "'10y'", "'0'", "'true'", "'false'", "'/'", "'.example.com'",
  '`sid`', '`session-${id}`', '"session"', "'\\u0073id'",
  'true', 'false', '0', '1', '-1', '3600', '86400000', '1e21', '0x10', 'NaN', 'Infinity', '-0', '1_000', '10n',
  'null', 'undefined', 'void 0', '!0', '!1', '!!1',
];

export const EXPRESSIONS = [
  'token', 'options', 'opts', 'cookieOptions', 'isProd', "process.env.NODE_ENV === 'production'", 'process.env.SESSION_SECRET',
  'req.cookies.sid', 'req.query.token', 'req.sessionID', 'req.session', 'res.locals.token', 'ctx.cookies', 'Math.random()',
  "Math.random().toString(36).slice(2)", "crypto.randomBytes(32).toString('hex')", 'crypto.randomUUID()', 'Date.now()',
  "uuid.v4()", "nanoid()", "jwt.sign({ sub: id }, secret)", "jwt.decode(token)", 'new Date(0)', 'new Date(Date.now() + 3600e3)',
  '{}', '[]', '{ httpOnly: false }', '{ secure: true, httpOnly: true }', '{ ...defaults }', '() => {}', 'async () => token',
  'function () { return this; }', 'class {}', '`${a}${b}`', 'a ? b : c', 'a ?? b', 'a || b', '(a, b)', 'x!', 'this', 'super.x',
  'import.meta', 'new.target', '[...xs]', 'await p', 'yield', 'typeof x', 'delete x.y', 'x = y', 'x++', '/re/g', 'String(token)',
];

/** Properties of cookie, session, JWT and server options, with good, bad and odd values. */
export const PROPERTIES = [
  'httpOnly: true', 'httpOnly: false', 'httpOnly: 0', 'httpOnly', "'httpOnly': false", "['httpOnly']: false", '[key]: false',
  'secure: true', 'secure: false', "secure: 'auto'", 'secure: isProd', 'sameSite: true', "sameSite: 'none'", "sameSite: 'Strict'",
  "sameSite: 'lax'", 'maxAge: 0', 'maxAge: -1', 'maxAge: 31536000000', "maxAge: '1d'", 'expires: new Date(0)', "domain: '.example.com'",
  "path: '/'", 'signed: true', 'overwrite: true', "name: 'sid'", "secret: 'keyboard cat'", 'secret: process.env.SECRET',
  'resave: false', 'saveUninitialized: true', 'rolling: true', 'cookie: { secure: false }', 'cookie: {}', "algorithm: 'none'",
  "algorithms: ['none', 'HS256']", "expiresIn: '10y'", 'expiresIn: 0', 'ignoreExpiration: true', "genid: () => String(Math.random())",
  '...defaults', '...(isProd ? { secure: true } : {})', 'get secure() { return false; }', 'httpOnly() {}', '__proto__: null',
];

/** Receivers and their stand-ins: the names rules key on, and names that must not confuse them. */
export const NAMES = [
  'res', 'req', 'response', 'request', 'reply', 'ctx', 'context', 'h', 'r', 'resp', 'event', 'app', 'router', 'server', 'fastify',
  'session', 'cookies', 'cookieStore', 'jwt', 'jsonwebtoken', 'crypto', 'express', 'token', 'sid', 'options', 'next', 'done',
  'window', 'document', 'localStorage', 'module', 'exports', 'require', 'undefined', 'arguments', 'await', 'async', 'of', 'type',
  '$', '_', 'ñ', 'res2', 'cookie',
];

/** File names that change what a rule thinks a file is: a Next.js route, middleware, a test, a client file. */
export const FILENAMES = {
  ts: ['file.ts', 'src/server.ts', 'app/api/login/route.ts', 'middleware.ts', 'src/auth/session.mts', 'test/login.test.ts', 'lib/auth.cts'],
  tsx: ['react.tsx', 'app/login/page.tsx', 'src/components/Login.tsx', 'pages/index.tsx'],
  js: ['file.js', 'server.js', 'src/routes/auth.mjs', 'index.cjs', 'pages/api/login.js', 'src/App.jsx', 'public/app.js', '__tests__/auth.js'],
} as const;

/** Settings a project may give; only well-formed ones, since a malformed one is meant to throw. */
export const SETTINGS: Record<string, unknown>[] = [
  { asvs: { sessionCookieNames: ['theme'] } },
  { asvs: { sessionCookieNames: ['app.sid', 'x'] } },
  { asvs: { versions: { passport: '0.5.3' } } },
  { asvs: { versions: { passport: '0.7.0', 'express-session': '1.18.0' } } },
  { asvs: {} },
];

/** Ways to wrap a statement in a context that changes its scope or reachability. */
export const STATEMENT_WRAPPERS: ((statement: string) => string)[] = [
  (s) => `if (cond) {\n${s}\n}`,
  (s) => `if (cond) ${s.includes('\n') ? `{\n${s}\n}` : s} else {}`,
  (s) => `try {\n${s}\n} catch (error) {}`,
  (s) => `(() => {\n${s}\n})();`,
  (s) => `function wrapper(res, req) {\n${s}\n}`,
  (s) => `async function handler(req, res) {\n  await ready;\n${s}\n}`,
  (s) => `class Controller {\n  login(req, res) {\n${s}\n  }\n}`,
  (s) => `for (const item of items) {\n${s}\n}`,
  (s) => `switch (kind) {\n  case 1:\n${s}\n}`,
  (s) => `label: {\n${s}\n}`,
  (s) => `{\n  const res = other;\n${s}\n}`,
  (s) => `{\n  let req, res;\n${s}\n}`,
];

/** TypeScript-only contexts: namespaces and NestJS-style decorated controllers. */
export const TS_STATEMENT_WRAPPERS: ((statement: string) => string)[] = [
  (s) => `namespace Api {\n${s}\n}`,
  (s) => `@Controller('auth')\nexport class AuthController {\n  @Post('login')\n  async login(@Req() req: Request, @Res() res: Response) {\n${s}\n  }\n}`,
  (s) => `export abstract class Base<T extends object = {}> {\n  protected handle(req: T, res?: any): void {\n${s}\n  }\n}`,
  (s) => `const handler = <T,>(req: T, res: any): void => {\n${s}\n};`,
];

export const EXPRESSION_WRAPPERS: ((expression: string) => string)[] = [
  (e) => `(${e})`,
  (e) => `(0, ${e})`,
  (e) => `{ ...${e} }`,
  (e) => `Object.assign({}, ${e})`,
  (e) => `(cond ? ${e} : ${e})`,
  (e) => `(${e} ?? {})`,
  (e) => `[${e}][0]`,
  (e) => `(await ${e})`,
  (e) => `(() => ${e})()`,
];

export const TS_EXPRESSION_WRAPPERS: ((expression: string) => string)[] = [
  (e) => `(${e} as any)`,
  (e) => `(${e} as unknown as Options)`,
  (e) => `(${e})!`,
  (e) => `(${e} satisfies object)`,
  (e) => `(${e} as const)`,
];

export const TS_TYPES = ['any', 'unknown', 'Response', 'Request', 'express.Response', "import('express').Response", 'Res<T>', 'FastifyReply', 'Context', 'string', 'CookieOptions'];
