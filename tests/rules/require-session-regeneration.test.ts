import * as espree from 'espree';
import rule from '../../lib/rules/require-session-regeneration.ts';
import { runRuleTests } from '../helpers/rule-tester.ts';

const legacyPassport = { asvs: { versions: { passport: '0.5.3' } } };

runRuleTests('require-session-regeneration', rule, {
  valid: [
    // express-session: the write is inside the regenerate callback
    `app.post('/login', async (req, res, next) => {
  const user = await authenticate(req.body.username, req.body.password);
  req.session.regenerate((err) => {
    if (err) return next(err);
    req.session.userId = user.id;
    res.redirect('/');
  });
});`,
    // passport 0.6+ (assumed when nothing declares it) regenerates in passport.authenticate
    `app.post('/login', passport.authenticate('local', { failureRedirect: '/login' }), (req, res) => {
  req.session.user = req.user;
  res.redirect('/');
});`,
    // passport 0.6+ regenerates in req.login, before the callback runs
    `app.post('/login', async (req, res, next) => {
  const user = await verifyPassword(req.body.email, req.body.password);
  req.login(user, (err) => {
    if (err) return next(err);
    req.session.userId = user.id;
    res.redirect('/');
  });
});`,
    // pre-login state is not an identity
    `app.get('/login', (req, res) => {
  req.session.returnTo = req.query.next;
  res.render('login');
});`,
    `app.post('/login', async (req, res) => {
  req.session.flash = { error: 'Invalid credentials' };
  req.session.csrfSecret = await tokens.secret();
  req.session.loginAttempts = (req.session.loginAttempts ?? 0) + 1;
  res.redirect('/login');
});`,
    // MFA step one: only the pending user id is stored
    `app.post('/login', async (req, res) => {
  const user = await db.users.findOne({ email: req.body.email });
  if (!(await bcrypt.compare(req.body.password, user.passwordHash))) return res.sendStatus(401);
  req.session.pendingUserId = user.id;
  res.redirect('/mfa');
});`,
    `app.get('/auth/github', (req, res) => {
  req.session.oauthState = randomState();
  res.redirect(authorizeUrl(req.session.oauthState));
});`,
    // an identity write with no login evidence: a profile update
    `app.post('/profile', async (req, res) => {
  req.session.user = { ...req.session.user, name: req.body.name };
  res.redirect('/profile');
});`,
    // a helper of the same file regenerates first
    `function regenerate(req) {
  return new Promise((resolve, reject) => req.session.regenerate((err) => (err ? reject(err) : resolve())));
}
app.post('/login', async (req, res) => {
  const user = await authenticate(req.body);
  await regenerate(req);
  req.session.userId = user.id;
  res.redirect('/');
});`,
    // an imported helper named for the job
    `import { regenerateSession } from './session.js';
app.post('/login', async (req, res) => {
  const user = await authenticate(req.body);
  await regenerateSession(req);
  req.session.userId = user.id;
  res.redirect('/');
});`,
    `app.post('/login', async (req, res) => {
  const user = await authenticate(req.body);
  await promisify(req.session.regenerate.bind(req.session))();
  req.session.userId = user.id;
  res.redirect('/');
});`,
    // middleware earlier in the route regenerates
    `app.post('/login', rotateSession, async (req, res) => {
  const user = await authenticate(req.body);
  req.session.userId = user.id;
  res.redirect('/');
});`,
    `router.post('/login', async (ctx) => {
  const user = await verifyCredentials(ctx.request.body);
  await ctx.session.regenerate();
  ctx.session.user = user.id;
});`,
    `fastify.post('/login', async (request, reply) => {
  const user = await verifyPassword(request.body);
  await request.session.regenerate();
  request.session.set('user', user.id);
  return reply.redirect('/');
});`,
    `server.route({
  method: 'POST',
  path: '/login',
  handler: async (request, h) => {
    const user = await checkPassword(request.payload);
    request.yar.reset();
    request.yar.set('userId', user.id);
    return h.redirect('/');
  },
});`,
    // cookie-session keeps the session in the cookie: a planted cookie never gains the login
    `import cookieSession from 'cookie-session';
app.post('/login', async (req, res) => {
  const user = await authenticate(req.body);
  req.session.userId = user.id;
  res.redirect('/');
});`,
    // @fastify/passport regenerates in request.logIn
    {
      code: `fastify.post('/login', async (request, reply) => {
  const user = await verifyPassword(request.body);
  await request.logIn(user);
  request.session.set('userId', user.id);
});`,
      settings: {"asvs":{"versions":{"passport":"0.5.0"}}},
    },
    {
      code: "app.post('/api/token', passport.authenticate('jwt', { session: false }), (req, res) => res.json(issue(req.user)));",
      settings: legacyPassport,
    },
    // the redirect to the OAuth provider logs nobody in
    {
      code: "app.get('/auth/google', passport.authenticate('google', { scope: ['email'] }));",
      settings: legacyPassport,
    },
    // client code calling a login API
    `export async function login(credentials) {
  await axios.post('/login', credentials);
}`,
    `import { http, HttpResponse } from 'msw';
export const handlers = [http.post('/login', ({ request }) => HttpResponse.json({ ok: true }))];`,
    // a global req is not a handler parameter
    `app.post('/login', async () => {
  const user = await authenticate(body);
  req.session.user = user;
});`,
    // a stub that does something is not a no-op
    `app.use((req, res, next) => {
  req.session.regenerate = (cb) => {
    req.session = {};
    cb();
  };
  next();
});`,
    // iron-session issues a new sealed cookie; it is not a request session
    `'use server';
export async function login(formData) {
  const session = await getIronSession(await cookies(), sessionOptions);
  const user = await verifyPassword(formData.get('email'), formData.get('password'));
  session.userId = user.id;
  await session.save();
}`,
    `@Controller('auth')
export class AuthController {
  @Post('login')
  async login(@Req() req: Request, @Body() body: LoginDto) {
    const user = await this.auth.validate(body.email, body.password);
    await new Promise((resolve) => req.session.regenerate(resolve));
    req.session.userId = user.id;
  }
}`,
    {
      code: `export function LoginForm() {
  return <form onSubmit={(event) => login(event.currentTarget)}><button>Log in</button></form>;
}`,
      filename: '/work/main/LoginForm.tsx',
    },
    `app.post('/login', async (req, res) => {
  const user = await authenticate(req.body);
  await req.session?.regenerate?.();
  req.session!.userId = user.id;
});`,
    {
      code: `app.post('/login', (req, res) => {
  const user = authenticate(req.body);
  req.session.regenerate(() => {
    req.session.userId = user.id;
    res.redirect('/');
  });
});`,
      languageOptions: { parser: espree },
    },
    // no session and no login in the file: nothing to check
    "app.get('/', (req, res) => res.send('ok'));",
    // a computed middleware entry says nothing
    `app.post('/profile', mw[0], (req, res) => {
  req.session.theme = 'dark';
});`,
    // cookie-session declared by the project (here through settings), express-session not
    {
      code: `app.post('/login', async (req, res) => {
  const user = await authenticate(req.body);
  req.session.userId = user.id;
  res.redirect('/');
});`,
      settings: {"asvs":{"versions":{"cookie-session":"2.1.0"}}},
    },
    // a NestJS login guard runs passport, which regenerates (0.6+) before the method
    `@Controller('auth')
export class AuthController {
  @UseGuards(LocalAuthGuard)
  @Post('login')
  login(@Request() req): any {
    req.session.user = { id: req.user.id };
    return req.user;
  }
}`,
    // a password confirmed on an account page is not a login
    `app.post('/account/email', async (req, res) => {
  const user = await db.users.findById(req.session.userId);
  if (!(await bcrypt.compare(req.body.password, user.passwordHash))) return res.sendStatus(403);
  user.email = req.body.email;
  await user.save();
  req.session.user = user;
  res.redirect('/account');
});`,
  ],
  invalid: [
    // express-session: the user goes into the pre-login session
    {
      code: `import bcrypt from 'bcrypt';

app.post('/login', async (req, res, next) => {
  const user = await db.users.findOne({ email: req.body.email });
  if (!user || !(await bcrypt.compare(req.body.password, user.passwordHash))) {
    return res.status(401).send('Invalid credentials');
  }
  req.session.userId = user.id;
  res.redirect('/dashboard');
});`,
      errors: [
        { messageId: 'missingRegeneration', data: { handler: 'POST /login', target: 'req.session.userId' }, line: 3, column: 10, endLine: 3, endColumn: 18, suggestions: [
          { messageId: 'regenerateFirst', data: { target: 'req.session.userId' }, output: `import bcrypt from 'bcrypt';

app.post('/login', async (req, res, next) => {
  const user = await db.users.findOne({ email: req.body.email });
  if (!user || !(await bcrypt.compare(req.body.password, user.passwordHash))) {
    return res.status(401).send('Invalid credentials');
  }
  req.session.regenerate((err) => {
    if (err) return next(err);
    req.session.userId = user.id;
    res.redirect('/dashboard');
  });
});` },
        ] },
      ],
    },
    // a named function registered by name: the report lands on the path
    {
      code: `async function login(req, res) {
  const user = await authenticate(req.body.email, req.body.password);
  req.session.user = { id: user.id, role: user.role };
  res.json({ ok: true });
}
router.post('/api/login', login);`,
      errors: [
        { messageId: 'missingRegeneration', data: { handler: 'POST /api/login', target: 'req.session.user' }, line: 6, column: 13, endLine: 6, endColumn: 25, suggestions: [
          { messageId: 'regenerateFirst', data: { target: 'req.session.user' }, output: `async function login(req, res) {
  const user = await authenticate(req.body.email, req.body.password);
  req.session.regenerate((err) => {
    if (err) return res.status(500).end();
    req.session.user = { id: user.id, role: user.role };
    res.json({ ok: true });
  });
}
router.post('/api/login', login);` },
        ] },
      ],
    },
    // an exported controller function
    {
      code: `export async function signIn(req: Request, res: Response, next: NextFunction) {
  const user = await users.verifyPassword(req.body.email, req.body.password);
  if (!user) return res.sendStatus(401);
  req.session.accountId = user.id;
  return res.redirect('/');
}`,
      errors: [
        { messageId: 'missingRegeneration', data: { handler: 'signIn', target: 'req.session.accountId' }, line: 1, column: 23, endLine: 1, endColumn: 29, suggestions: [
          { messageId: 'regenerateFirst', data: { target: 'req.session.accountId' }, output: `export async function signIn(req: Request, res: Response, next: NextFunction) {
  const user = await users.verifyPassword(req.body.email, req.body.password);
  if (!user) return res.sendStatus(401);
  req.session.regenerate((err) => {
    if (err) return next(err);
    req.session.accountId = user.id;
    return res.redirect('/');
  });
}` },
        ] },
      ],
    },
    // a controller class method, write inside an if
    {
      code: `export class AuthController {
  async login(req, res) {
    const ok = await argon2.verify(user.hash, req.body.password);
    if (ok) {
      req.session.userId = user.id;
    }
    res.end();
  }
}`,
      errors: [
        { messageId: 'missingRegeneration', data: { handler: 'login', target: 'req.session.userId' }, line: 2, column: 9, endLine: 2, endColumn: 14, suggestions: [
          { messageId: 'regenerateFirst', data: { target: 'req.session.userId' }, output: `export class AuthController {
  async login(req, res) {
    const ok = await argon2.verify(user.hash, req.body.password);
    if (ok) {
      req.session.regenerate((err) => {
        if (err) return res.status(500).end();
        req.session.userId = user.id;
      });
    }
    res.end();
  }
}` },
        ] },
      ],
    },
    // NestJS: reported on the method, no suggestion (the handler returns its value)
    {
      code: `@Controller('auth')
export class AuthController {
  @Post('login')
  async login(@Req() req: Request, @Body() body: LoginDto) {
    const user = await this.auth.validate(body.email, body.password);
    req.session.userId = user.id;
    return user;
  }
}`,
      errors: [
        { messageId: 'missingRegeneration', data: { handler: 'POST /auth/login', target: 'req.session.userId' }, line: 4, column: 9, endLine: 4, endColumn: 14, suggestions: [] },
      ],
    },
    // a NestJS login guard on passport < 0.6 does not regenerate
    {
      code: `@Controller('auth')
export class AuthController {
  @UseGuards(LocalAuthGuard)
  @Post('session')
  create(@Session() session: Record<string, unknown>, @Req() req) {
    session.user = req.user;
  }
}`,
      settings: legacyPassport,
      errors: [
        { messageId: 'missingRegeneration', data: { handler: 'POST /auth/session', target: 'session.user' }, line: 5, column: 3, endLine: 5, endColumn: 9, suggestions: [] },
      ],
    },
    // Koa: the promise form is suggested
    {
      code: `router.post('/login', async (ctx) => {
  const user = await verifyCredentials(ctx.request.body);
  ctx.session.user = user.id;
  ctx.redirect('/');
});`,
      errors: [
        { messageId: 'missingRegeneration', data: { handler: 'POST /login', target: 'ctx.session.user' }, line: 1, column: 13, endLine: 1, endColumn: 21, suggestions: [
          { messageId: 'regenerateFirst', data: { target: 'ctx.session.user' }, output: `router.post('/login', async (ctx) => {
  const user = await verifyCredentials(ctx.request.body);
  await ctx.session.regenerate();
  ctx.session.user = user.id;
  ctx.redirect('/');
});` },
        ] },
      ],
    },
    // koa-session before 6.4 has no regenerate
    {
      code: `router.post('/login', async (ctx) => {
  const user = await verifyCredentials(ctx.request.body);
  ctx.session.user = user.id;
});`,
      settings: {"asvs":{"versions":{"koa-session":"~6.2.0"}}},
      errors: [
        { messageId: 'koaSessionWithoutRegenerate', data: { handler: 'POST /login', target: 'ctx.session.user', version: '~6.2.0' }, line: 1, column: 13, endLine: 1, endColumn: 21, suggestions: [] },
      ],
    },
    // Fastify: request.session.set
    {
      code: `fastify.post('/login', async (request, reply) => {
  const user = await verifyPassword(request.body.email, request.body.password);
  request.session.set('user', user.id);
  return reply.redirect('/');
});`,
      errors: [
        { messageId: 'missingRegeneration', data: { handler: 'POST /login', target: "request.session.set('user', …)" }, line: 1, column: 14, endLine: 1, endColumn: 22, suggestions: [
          { messageId: 'regenerateFirst', data: { target: "request.session.set('user', …)" }, output: `fastify.post('/login', async (request, reply) => {
  const user = await verifyPassword(request.body.email, request.body.password);
  await request.session.regenerate();
  request.session.set('user', user.id);
  return reply.redirect('/');
});` },
        ] },
      ],
    },
    {
      code: `fastify.route({
  method: 'POST',
  url: '/login',
  preHandler: [rateLimit],
  handler: async (request, reply) => {
    const user = await checkCredentials(request.body);
    request.session.userId = user.id;
    return { ok: true };
  },
});`,
      errors: [
        { messageId: 'missingRegeneration', data: { handler: 'POST /login', target: 'request.session.userId' }, line: 3, column: 8, endLine: 3, endColumn: 16, suggestions: [
          { messageId: 'regenerateFirst', data: { target: 'request.session.userId' }, output: `fastify.route({
  method: 'POST',
  url: '/login',
  preHandler: [rateLimit],
  handler: async (request, reply) => {
    const user = await checkCredentials(request.body);
    await request.session.regenerate();
    request.session.userId = user.id;
    return { ok: true };
  },
});` },
        ] },
      ],
    },
    // hapi + yar: reset() is suggested
    {
      code: `server.route({
  method: 'POST',
  path: '/login',
  handler: async (request, h) => {
    const user = await checkPassword(request.payload);
    request.yar.set('userId', user.id);
    return h.redirect('/');
  },
});`,
      errors: [
        { messageId: 'missingRegeneration', data: { handler: 'POST /login', target: "request.yar.set('userId', …)" }, line: 3, column: 9, endLine: 3, endColumn: 17, suggestions: [
          { messageId: 'regenerateFirst', data: { target: "request.yar.set('userId', …)" }, output: `server.route({
  method: 'POST',
  path: '/login',
  handler: async (request, h) => {
    const user = await checkPassword(request.payload);
    request.yar.reset();
    request.yar.set('userId', user.id);
    return h.redirect('/');
  },
});` },
        ] },
      ],
    },
    // passport < 0.6 from settings: passport.authenticate logs into the old session
    {
      code: `app.post('/login', passport.authenticate('local', { failureRedirect: '/login' }), (req, res) => {
  res.redirect('/');
});`,
      settings: legacyPassport,
      errors: [
        { messageId: 'passportWithoutRegeneration', data: { handler: 'POST /login', library: 'passport', version: '0.5.3', upgrade: 'passport 0.6+' }, line: 1, column: 10, endLine: 1, endColumn: 18, suggestions: [] },
      ],
    },
    {
      code: `app.post('/login', (req, res, next) => {
  const user = findUser(req.body);
  req.logIn(user, (err) => {
    if (err) return next(err);
    res.redirect('/');
  });
});`,
      settings: legacyPassport,
      errors: [
        { messageId: 'passportWithoutRegeneration', data: { handler: 'POST /login', library: 'passport', version: '0.5.3', upgrade: 'passport 0.6+' }, line: 1, column: 10, endLine: 1, endColumn: 18, suggestions: [] },
      ],
    },
    // koa-passport 4 ships passport 0.4
    {
      code: `router.post('/login', async (ctx) => {
  const user = await verifyCredentials(ctx.request.body);
  await ctx.login(user);
});`,
      settings: {"asvs":{"versions":{"koa-passport":"4.1.4"}}},
      errors: [
        { messageId: 'passportWithoutRegeneration', data: { handler: 'POST /login', library: 'koa-passport', version: '4.1.4', upgrade: 'koa-passport 5+' }, line: 1, column: 13, endLine: 1, endColumn: 21, suggestions: [] },
      ],
    },
    // no-op regenerate stubs
    {
      code: `app.use((req, res, next) => {
  if (req.session && !req.session.regenerate) {
    req.session.regenerate = (cb) => cb();
  }
  next();
});`,
      errors: [
        { messageId: 'noOpRegenerate', data: { target: 'req.session.regenerate' }, line: 3, column: 30, endLine: 3, endColumn: 42, suggestions: [] },
      ],
    },
    {
      code: `app.use((req, res, next) => {
  req.session.regenerate = function (done) {
    done();
  };
  req.session.save = (cb) => cb();
  next();
});
fastify.addHook('onRequest', (request, reply, done) => {
  request.session.regenerate = (cb) => process.nextTick(cb);
  done();
});`,
      errors: [
        { messageId: 'noOpRegenerate', data: { target: 'req.session.regenerate' }, line: 2, column: 28, endLine: 4, endColumn: 4, suggestions: [] },
        { messageId: 'noOpRegenerate', data: { target: 'request.session.regenerate' }, line: 9, column: 32, endLine: 9, endColumn: 60, suggestions: [] },
      ],
    },
    {
      code: `export function compat(req) {
  req.session.regenerate ??= async (cb?: () => void) => {
    if (cb) cb();
  };
  (req.session as any).regenerate = (cb) => cb?.(null);
}`,
      errors: [
        { messageId: 'noOpRegenerate', data: { target: 'req.session.regenerate' }, line: 2, column: 30, endLine: 4, endColumn: 4, suggestions: [] },
        { messageId: 'noOpRegenerate', data: { target: '(req.session as any).regenerate' }, line: 5, column: 37, endLine: 5, endColumn: 55, suggestions: [] },
      ],
    },
    // the write happens in a helper of the same file: the suggestion wraps the call
    {
      code: `function establishSession(req, user) {
  req.session.userId = user.id;
}
app.post('/login', async (req, res, next) => {
  const user = await authenticate(req.body);
  establishSession(req, user);
  res.redirect('/');
});`,
      errors: [
        { messageId: 'missingRegeneration', data: { handler: 'POST /login', target: 'req.session.userId' }, line: 4, column: 10, endLine: 4, endColumn: 18, suggestions: [
          { messageId: 'regenerateFirst', data: { target: 'req.session.userId' }, output: `function establishSession(req, user) {
  req.session.userId = user.id;
}
app.post('/login', async (req, res, next) => {
  const user = await authenticate(req.body);
  req.session.regenerate((err) => {
    if (err) return next(err);
    establishSession(req, user);
    res.redirect('/');
  });
});` },
        ] },
      ],
    },
    {
      code: `app.post('/signin', async (req, res) => {
  const user = await login(req.body.email, req.body.password);
  Object.assign(req.session, { user });
  res.redirect('/');
});`,
      errors: [
        { messageId: 'missingRegeneration', data: { handler: 'POST /signin', target: 'Object.assign(req.session, …)' }, line: 1, column: 10, endLine: 1, endColumn: 19, suggestions: [
          { messageId: 'regenerateFirst', data: { target: 'Object.assign(req.session, …)' }, output: `app.post('/signin', async (req, res) => {
  const user = await login(req.body.email, req.body.password);
  req.session.regenerate((err) => {
    if (err) return res.status(500).end();
    Object.assign(req.session, { user });
    res.redirect('/');
  });
});` },
        ] },
      ],
    },
    // a destructured session: reported, but no suggestion writes through the stale alias
    {
      code: `app.post('/login', async ({ session, body }, res) => {
  const user = await authenticate(body);
  session.userId = user.id;
  res.redirect('/');
});`,
      errors: [
        { messageId: 'missingRegeneration', data: { handler: 'POST /login', target: 'session.userId' }, line: 1, column: 10, endLine: 1, endColumn: 18, suggestions: [] },
      ],
    },
    {
      code: `app.post('/login', async (req, res) => {
  const { session } = req;
  const user = await authenticate(req.body);
  session.passport = { user: user.id };
  res.end();
});`,
      errors: [
        { messageId: 'missingRegeneration', data: { handler: 'POST /login', target: 'session.passport' }, line: 1, column: 10, endLine: 1, endColumn: 18, suggestions: [] },
      ],
    },
    // registration logs the new user in
    {
      code: `app.post('/register', async (req, res) => {
  const user = await db.users.create({ email: req.body.email, passwordHash: await bcrypt.hash(req.body.password, 12) });
  (req as any).session.userId = user.id;
  res.redirect('/welcome');
});`,
      errors: [
        { messageId: 'missingRegeneration', data: { handler: 'POST /register', target: '(req as any).session.userId' }, line: 1, column: 10, endLine: 1, endColumn: 21, suggestions: [
          { messageId: 'regenerateFirst', data: { target: '(req as any).session.userId' }, output: `app.post('/register', async (req, res) => {
  const user = await db.users.create({ email: req.body.email, passwordHash: await bcrypt.hash(req.body.password, 12) });
  (req as any).session.regenerate((err) => {
    if (err) return res.status(500).end();
    (req as any).session.userId = user.id;
    res.redirect('/welcome');
  });
});` },
        ] },
      ],
    },
    {
      code: `app.get('/auth/github/callback', async (req, res) => {
  const profile = await github.exchange(req.query.code);
  req.session.user = profile;
  res.redirect('/');
});`,
      errors: [
        { messageId: 'missingRegeneration', data: { handler: 'GET /auth/github/callback', target: 'req.session.user' }, line: 1, column: 9, endLine: 1, endColumn: 32, suggestions: [
          { messageId: 'regenerateFirst', data: { target: 'req.session.user' }, output: `app.get('/auth/github/callback', async (req, res) => {
  const profile = await github.exchange(req.query.code);
  req.session.regenerate((err) => {
    if (err) return res.status(500).end();
    req.session.user = profile;
    res.redirect('/');
  });
});` },
        ] },
      ],
    },
    // no next: the suggestion answers 500
    {
      code: `app.post('/login', (req, res) => {
  const user = authenticate(req.body);
  req.session.isAuthenticated = true;
  res.redirect('/');
});`,
      errors: [
        { messageId: 'missingRegeneration', data: { handler: 'POST /login', target: 'req.session.isAuthenticated' }, line: 1, column: 10, endLine: 1, endColumn: 18, suggestions: [
          { messageId: 'regenerateFirst', data: { target: 'req.session.isAuthenticated' }, output: `app.post('/login', (req, res) => {
  const user = authenticate(req.body);
  req.session.regenerate((err) => {
    if (err) return res.status(500).end();
    req.session.isAuthenticated = true;
    res.redirect('/');
  });
});` },
        ] },
      ],
    },
    // neither next nor res: no suggestion
    {
      code: `export function login(req) {
  const user = authenticate(req.body);
  req.session.user = user;
}`,
      errors: [
        { messageId: 'missingRegeneration', data: { handler: 'login', target: 'req.session.user' }, line: 1, column: 17, endLine: 1, endColumn: 22, suggestions: [] },
      ],
    },
    // MFA completion; the moved code reads the pre-login session, so no suggestion
    {
      code: `app.post('/mfa/verify', async (req, res, next) => {
  if (!authenticator.verify({ token: req.body.code, secret })) return res.sendStatus(401);
  req.session.userId = req.session.pendingUserId;
  res.redirect('/');
});`,
      errors: [
        { messageId: 'missingRegeneration', data: { handler: 'POST /mfa/verify', target: 'req.session.userId' }, line: 1, column: 10, endLine: 1, endColumn: 23, suggestions: [] },
      ],
    },
    {
      code: `router.route('/login').get(showLogin).post(async (req, res, next) => {
  const user = await authenticate(req.body);
  req.session.userId = user.id;
  res.redirect('/');
});`,
      errors: [
        { messageId: 'missingRegeneration', data: { handler: 'POST /login', target: 'req.session.userId' }, line: 1, column: 14, endLine: 1, endColumn: 22, suggestions: [
          { messageId: 'regenerateFirst', data: { target: 'req.session.userId' }, output: `router.route('/login').get(showLogin).post(async (req, res, next) => {
  const user = await authenticate(req.body);
  req.session.regenerate((err) => {
    if (err) return next(err);
    req.session.userId = user.id;
    res.redirect('/');
  });
});` },
        ] },
      ],
    },
    // a regenerate after the write is too late
    {
      code: `app.post('/login', async (req, res, next) => {
  const user = await authenticate(req.body);
  req.session.userId = user.id;
  req.session.regenerate(next);
});`,
      errors: [
        { messageId: 'missingRegeneration', data: { handler: 'POST /login', target: 'req.session.userId' }, line: 1, column: 10, endLine: 1, endColumn: 18, suggestions: [
          { messageId: 'regenerateFirst', data: { target: 'req.session.userId' }, output: `app.post('/login', async (req, res, next) => {
  const user = await authenticate(req.body);
  req.session.regenerate((err) => {
    if (err) return next(err);
    req.session.userId = user.id;
    req.session.regenerate(next);
  });
});` },
        ] },
      ],
    },
    // a custom passport callback leaves req.login to the app
    {
      code: `app.post('/login', (req, res, next) => {
  passport.authenticate('local', (err, user) => {
    if (err || !user) return res.redirect('/login');
    req.session.userId = user.id;
    res.redirect('/');
  })(req, res, next);
});`,
      errors: [
        { messageId: 'missingRegeneration', data: { handler: 'POST /login', target: 'req.session.userId' }, line: 1, column: 10, endLine: 1, endColumn: 18, suggestions: [
          { messageId: 'regenerateFirst', data: { target: 'req.session.userId' }, output: `app.post('/login', (req, res, next) => {
  passport.authenticate('local', (err, user) => {
    if (err || !user) return res.redirect('/login');
    req.session.regenerate((error) => {
      if (error) return next(error);
      req.session.userId = user.id;
      res.redirect('/');
    });
  })(req, res, next);
});` },
        ] },
      ],
    },
    {
      code: `app.post('/login', asyncHandler(async (req, res, next) => {
  const user = await authenticate(req.body);
  req.session!.userId = user.id;
  res.redirect('/');
}));`,
      errors: [
        { messageId: 'missingRegeneration', data: { handler: 'POST /login', target: 'req.session!.userId' }, line: 1, column: 10, endLine: 1, endColumn: 18, suggestions: [
          { messageId: 'regenerateFirst', data: { target: 'req.session!.userId' }, output: `app.post('/login', asyncHandler(async (req, res, next) => {
  const user = await authenticate(req.body);
  req.session.regenerate((err) => {
    if (err) return next(err);
    req.session!.userId = user.id;
    res.redirect('/');
  });
}));` },
        ] },
      ],
    },
    {
      code: `module.exports.login = function (req, res, next) {
  const user = checkCredentials(req.body);
  req.session.user = user;
  next();
};`,
      languageOptions: { parser: espree },
      errors: [
        { messageId: 'missingRegeneration', data: { handler: 'login', target: 'req.session.user' }, line: 1, column: 16, endLine: 1, endColumn: 21, suggestions: [
          { messageId: 'regenerateFirst', data: { target: 'req.session.user' }, output: `module.exports.login = function (req, res, next) {
  const user = checkCredentials(req.body);
  req.session.regenerate((err) => {
    if (err) return next(err);
    req.session.user = user;
    next();
  });
};` },
        ] },
      ],
    },
    // the file name says login
    {
      code: `export const POST = async (req, res) => {
  const user = await checkPassword(req.body);
  req.session.userId = user.id;
  res.end();
};`,
      filename: '/work/main/src/login.ts',
      errors: [
        { messageId: 'missingRegeneration', data: { handler: 'POST', target: 'req.session.userId' }, line: 1, column: 14, endLine: 1, endColumn: 18, suggestions: [
          { messageId: 'regenerateFirst', data: { target: 'req.session.userId' }, output: `export const POST = async (req, res) => {
  const user = await checkPassword(req.body);
  req.session.regenerate((err) => {
    if (err) return res.status(500).end();
    req.session.userId = user.id;
    res.end();
  });
};` },
        ] },
      ],
    },
    // a Koa handler that is not async gets no suggestion
    {
      code: `router.post('/login', (ctx) => {
  const user = verifyCredentials(ctx.request.body);
  ctx.session.user = user.id;
});`,
      errors: [
        { messageId: 'missingRegeneration', data: { handler: 'POST /login', target: 'ctx.session.user' }, line: 1, column: 13, endLine: 1, endColumn: 21, suggestions: [] },
      ],
    },
    // the statements do not start their own lines: no suggestion
    {
      code: "app.post('/login', async (req, res, next) => { const user = await authenticate(req.body); req.session.userId = user.id; res.end(); });",
      errors: [
        { messageId: 'missingRegeneration', data: { handler: 'POST /login', target: 'req.session.userId' }, line: 1, column: 10, endLine: 1, endColumn: 18, suggestions: [] },
      ],
    },
    // a template literal spanning lines would be re-indented: no suggestion
    {
      code: `app.post('/login', async (req, res, next) => {
  const user = await authenticate(req.body);
  req.session.userId = user.id;
  res.send(\`<p>
Welcome</p>\`);
});`,
      errors: [
        { messageId: 'missingRegeneration', data: { handler: 'POST /login', target: 'req.session.userId' }, line: 1, column: 10, endLine: 1, endColumn: 18, suggestions: [] },
      ],
    },
    // a concise arrow body has no statement to wrap
    {
      code: "app.post('/login', (req, res) => (req.session.user = authenticate(req.body)));",
      errors: [
        { messageId: 'missingRegeneration', data: { handler: 'POST /login', target: 'req.session.user' }, line: 1, column: 10, endLine: 1, endColumn: 18, suggestions: [] },
      ],
    },
    // err, error and sessionError are taken
    {
      code: `app.post('/login', (req, res, next) => {
  const err = 1, error = 2, sessionError = 3;
  const user = authenticate(req.body);
  req.session.user = user;
  next();
});`,
      errors: [
        { messageId: 'missingRegeneration', data: { handler: 'POST /login', target: 'req.session.user' }, line: 1, column: 10, endLine: 1, endColumn: 18, suggestions: [
          { messageId: 'regenerateFirst', data: { target: 'req.session.user' }, output: `app.post('/login', (req, res, next) => {
  const err = 1, error = 2, sessionError = 3;
  const user = authenticate(req.body);
  req.session.regenerate((err_) => {
    if (err_) return next(err_);
    req.session.user = user;
    next();
  });
});` },
        ] },
      ],
    },
    // express-session imported: a server-side session even if cookie-session is declared
    {
      code: `import session from 'express-session';
app.post('/login', async (req, res, next) => {
  const user = await authenticate(req.body);
  req.session.userId = user.id;
  next();
});`,
      settings: {"asvs":{"versions":{"cookie-session":"2.1.0"}}},
      errors: [
        { messageId: 'missingRegeneration', data: { handler: 'POST /login', target: 'req.session.userId' }, line: 2, column: 10, endLine: 2, endColumn: 18, suggestions: [
          { messageId: 'regenerateFirst', data: { target: 'req.session.userId' }, output: `import session from 'express-session';
app.post('/login', async (req, res, next) => {
  const user = await authenticate(req.body);
  req.session.regenerate((err) => {
    if (err) return next(err);
    req.session.userId = user.id;
    next();
  });
});` },
        ] },
      ],
    },
    // the moved code awaits: the callback becomes async
    {
      code: `app.post('/login', async (req, res, next) => {
  const user = await authenticate(req.body);
  req.session.userId = user.id;
  await audit.log('login', user.id);
  for await (const hook of hooks) await hook(user);
  res.redirect('/');
});`,
      errors: [
        { messageId: 'missingRegeneration', data: { handler: 'POST /login', target: 'req.session.userId' }, line: 1, column: 10, endLine: 1, endColumn: 18, suggestions: [
          { messageId: 'regenerateFirst', data: { target: 'req.session.userId' }, output: `app.post('/login', async (req, res, next) => {
  const user = await authenticate(req.body);
  req.session.regenerate(async (err) => {
    if (err) return next(err);
    req.session.userId = user.id;
    await audit.log('login', user.id);
    for await (const hook of hooks) await hook(user);
    res.redirect('/');
  });
});` },
        ] },
      ],
    },
    // a generator handler cannot move its yields into a callback
    {
      code: `app.post('/login', function* (req, res, next) {
  const user = yield authenticate(req.body);
  req.session.userId = user.id;
  yield audit(user);
});`,
      errors: [
        { messageId: 'missingRegeneration', data: { handler: 'POST /login', target: 'req.session.userId' }, line: 1, column: 10, endLine: 1, endColumn: 18, suggestions: [] },
      ],
    },
  ],
});
