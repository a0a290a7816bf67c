import * as espree from 'espree';
import rule from '../../lib/rules/require-reauthentication.ts';
import { runRuleTests } from '../helpers/rule-tester.ts';

runRuleTests('require-reauthentication', rule, {
  valid: [
    // a share link's password and an invitation's email belong to other records than the account
    `app.put('/api/links/:id', async (req, res) => {
  await prisma.link.update({ where: { id: req.params.id }, data: { password: req.body.password } });
  res.end();
});`,
    `app.post('/api/links', async (req, res) => {
  const links = await prisma.link.findMany({ where: { ownerId: req.session.userId } });
  for (const link of links) link.password = decrypt(link.password);
  res.json(links);
});`,
    `app.post('/api/exports/:id/email', async (req, res) => {
  await jobStore.updateJob(req.params.id, { emailAddress: req.body.email });
  res.end();
});`,
    // a share subscription loaded by its model is not an account
    `app.post('/shares.subscribe', async (req, res) => {
  const existing = await ShareSubscription.findOne({ where: { shareId: req.body.shareId } });
  existing.email = req.body.email;
  await existing.save();
  res.end();
});`,
    // a Prisma select or where reads the email; nothing is written
    `app.put('/api/annotations/:id', async (req, res) => {
  const annotation = await prisma.annotation.update({ where: { id: req.params.id }, data: { text: req.body.text }, include: { user: { select: { email: true } } } });
  res.json(annotation);
});`,
    // ORM hooks hash the password on every save or insert: no account change is requested there
    `userSchema.pre('save', async function (next) {
  if (!this.isModified('password')) return next();
  this.password = await bcrypt.hash(this.password, 12);
  next();
});
User.beforeUpdate(async (user) => { user.email = user.email.toLowerCase(); });`,
    // the current password is handed to the service that changes it
    `app.post('/update-password', async (req, res) => {
  const { password, currentPassword } = req.body;
  await updatePassword({ userId: req.session.userId, password, currentPassword });
  res.end();
});`,
    // the stored hash is compared with the hash of the password given
    `app.post('/2fa/setup', async (req, res) => {
  const user = await db.users.findById(req.session.userId);
  if (user.password !== security.hash(req.body.password)) return res.sendStatus(401);
  await db.users.update(user.id, { totpSecret: req.body.secret });
  res.end();
});`,
    // the email change is confirmed by the token mailed to the new address
    `app.get('/users.updateEmail', async (req, res) => {
  const { user, email } = await getDetailsForEmailUpdateToken(req.query.code);
  await db.users.update(user.id, { email });
  res.redirect('/settings');
});`,
    // an identity provider provisions the account (SCIM)
    `app.put('/scim/v2/Users/:id', async (req, res) => {
  await db.users.update(req.params.id, { email: req.body.emails[0].value });
  res.end();
});`,
    // the current password is checked
    `app.post('/account/email', async (req, res) => {
  const user = await db.users.findById(req.session.userId);
  if (!(await bcrypt.compare(req.body.currentPassword, user.passwordHash))) return res.sendStatus(403);
  await db.users.update(user.id, { email: req.body.email });
  res.redirect('/account');
});`,
    // a recent-login middleware
    `app.post('/account/phone', requireRecentAuth, async (req, res) => {
  await db.users.update(req.session.userId, { phone: req.body.phone });
  res.redirect('/account');
});`,
    // a same-file middleware that reads the re-authentication time
    `function freshLogin(req, res, next) {
  if (Date.now() - (req.session.lastAuthAt ?? 0) > 5 * 60 * 1000) return res.redirect('/reauthenticate');
  next();
}
app.post('/account/email', freshLogin, async (req, res) => {
  await db.users.update(req.session.userId, { email: req.body.email });
  res.end();
});`,
    `app.post('/account/email', async (req, res) => {
  if (Date.now() - req.session.reauthenticatedAt > 300000) return res.redirect('/reauth');
  await db.users.update(req.session.userId, { email: req.body.email });
  res.end();
});`,
    // a confirmation link to the new address
    `app.post('/account/email', async (req, res) => {
  await db.users.update(req.session.userId, { pendingEmail: req.body.email });
  await sendConfirmation(req.body.email);
  res.redirect('/account');
});`,
    // reset and verification flows carry their own proof
    `app.post('/reset-password/:token', async (req, res) => {
  await db.users.update(userId, { password: await bcrypt.hash(req.body.password, 12) });
  res.redirect('/login');
});`,
    `app.get('/verify-email/:token', async (req, res) => {
  await db.users.update(userId, { email: pending.email, emailVerified: true });
  res.redirect('/');
});`,
    // passport-local-mongoose changePassword checks the old password
    `app.post('/account/password', async (req, res) => {
  await req.user.changePassword(req.body.oldPassword, req.body.newPassword);
  res.end();
});`,
    // enabling MFA after verifying a code
    `app.post('/account/mfa', async (req, res) => {
  if (!authenticator.verify({ token: req.body.code, secret: req.body.secret })) return res.sendStatus(400);
  await db.users.update(req.user.id, { totpSecret: req.body.secret, mfaEnabled: true });
  res.end();
});`,
    `app.post('/register', async (req, res) => {
  await db.users.create({ email: req.body.email, password: hash });
  res.end();
});`,
    // options
    {
      code: `app.post('/account/email', sudo, async (req, res) => {
  await db.users.update(req.session.userId, { email: req.body.email });
  res.end();
});`,
      options: [{"reauthenticationCalls":["sudo"]}],
    },
    // notification preferences are not sensitive
    `app.post('/newsletter', async (req, res) => {
  await db.users.update(req.user.id, { marketingEmails: true, emailNotifications: false });
  res.end();
});`,
    `@Controller('me')
export class MeController {
  @UseGuards(StepUpGuard)
  @Patch('email')
  async email(@Req() req, @Body() body) {
    await this.users.update(req.user.id, { email: body.email });
  }
}`,
    // a WebAuthn assertion
    `app.post('/account/phone', async (req, res) => {
  const { verified } = await verifyAuthenticationResponse({ response: req.body.assertion, expectedChallenge });
  if (!verified) return res.sendStatus(403);
  await db.users.update(req.user.id, { phone: req.body.phone });
  res.end();
});`,
    // request data and the session are not the account
    `app.post('/account/preview', (req, res) => {
  req.body.email = req.body.email.trim();
  req.session.email = req.body.email;
  res.render('preview');
});`,
    // a recent-login check called inside the handler
    `app.post('/account/email', async (req, res) => {
  if (!isRecentlyAuthenticated(req)) return res.redirect('/reauth');
  await db.users.update(req.session.userId, { email: req.body.email });
  res.end();
});`,
    "app.get('/', (req, res) => res.send('ok'));",
    // a file name that mentions an account field lets the rule look
    {
      code: `export default async function handler(req, res) {
  await db.users.update(req.session.userId, { [field]: req.body.value });
  res.end();
}`,
      filename: '/work/main/pages/api/account/mobile.ts',
    },
  ],
  invalid: [
    // near misses: the account's own password, a new password without the current one, an update that selects
    {
      code: `app.put('/api/me/password', async (req, res) => {
  await prisma.user.update({ where: { id: req.session.userId }, data: { password: await hash(req.body.password) }, select: { email: true } });
  res.end();
});`,
      errors: [
        { messageId: 'missingReauthentication', data: { handler: 'PUT /api/me/password', field: 'password' }, line: 1, column: 9, endLine: 1, endColumn: 27 },
      ],
    },
    {
      code: `app.post('/update-password', async (req, res) => {
  const { password } = req.body;
  await updatePassword({ userId: req.session.userId, password });
  await db.users.update(req.session.userId, { password: await hash(password) });
  res.end();
});`,
      errors: [
        { messageId: 'missingReauthentication', data: { handler: 'POST /update-password', field: 'password' }, line: 1, column: 10, endLine: 1, endColumn: 28 },
      ],
    },
    {
      code: `app.post('/account/email', async (req, res) => {
  const existing = await prisma.user.findUnique({ where: { id: req.session.userId } });
  existing.email = req.body.email;
  await existing.save();
  res.end();
});`,
      errors: [
        { messageId: 'missingReauthentication', data: { handler: 'POST /account/email', field: 'email' }, line: 1, column: 10, endLine: 1, endColumn: 26 },
      ],
    },
    {
      code: `app.post('/api/links', async (req, res) => {
  const user = await db.users.findById(req.session.userId);
  user.email = req.body.email;
  await user.save();
  res.end();
});`,
      errors: [
        { messageId: 'missingReauthentication', data: { handler: 'POST /api/links', field: 'email' }, line: 1, column: 10, endLine: 1, endColumn: 22 },
      ],
    },
    // the email changes on the session alone
    {
      code: `app.post('/account/email', async (req, res) => {
  await db.users.update(req.session.userId, { email: req.body.email });
  res.redirect('/account');
});`,
      errors: [
        { messageId: 'missingReauthentication', data: { handler: 'POST /account/email', field: 'email' }, line: 1, column: 10, endLine: 1, endColumn: 26 },
      ],
    },
    {
      code: `router.post('/account/mfa/disable', async (ctx) => {
  await prisma.user.update({ where: { id: ctx.state.user.id }, data: { mfaEnabled: false, totpSecret: null } });
  ctx.redirect('/account');
});`,
      errors: [
        { messageId: 'missingReauthentication', data: { handler: 'POST /account/mfa/disable', field: 'MFA settings' }, line: 1, column: 13, endLine: 1, endColumn: 35 },
      ],
    },
    {
      code: `@Controller('me')
export class MeController {
  @Patch('phone')
  async phone(@Req() req, @Body() body) {
    await this.users.update(req.user.id, { phoneNumber: body.phone });
  }
}`,
      errors: [
        { messageId: 'missingReauthentication', data: { handler: 'PATCH /me/phone', field: 'phone' }, line: 4, column: 9, endLine: 4, endColumn: 14 },
      ],
    },
    {
      code: `app.post('/account/password', async (req, res) => {
  await req.user.setPassword(req.body.password);
  res.end();
});`,
      errors: [
        { messageId: 'missingReauthentication', data: { handler: 'POST /account/password', field: 'password' }, line: 1, column: 10, endLine: 1, endColumn: 29 },
      ],
    },
    // an inline server action and SQL
    {
      code: `export async function updateEmail(formData: FormData) {
  'use server';
  await sql\`UPDATE users SET email = \${formData.get('email')} WHERE id = \${id}\`;
}`,
      errors: [
        { messageId: 'missingReauthentication', data: { handler: 'updateEmail', field: 'email' }, line: 1, column: 23, endLine: 1, endColumn: 34 },
      ],
    },
    {
      code: `app.post('/account/password', async (req, res) => {
  const user = await User.findById(req.user.id);
  user.password = await bcrypt.hash(req.body.password, 12);
  await user.save();
  res.end();
});`,
      errors: [
        { messageId: 'missingReauthentication', data: { handler: 'POST /account/password', field: 'password' }, line: 1, column: 10, endLine: 1, endColumn: 29 },
      ],
    },
    // a helper of the same file makes the change
    {
      code: `async function setRecoveryCodes(user, codes) {
  await db.users.update(user.id, { recoveryCodes: codes });
}
fastify.post('/account/recovery-codes', async (request) => {
  await setRecoveryCodes(request.user, generateCodes());
});`,
      errors: [
        { messageId: 'missingReauthentication', data: { handler: 'POST /account/recovery-codes', field: 'MFA settings' }, line: 4, column: 14, endLine: 4, endColumn: 39 },
      ],
    },
    {
      code: `export const actions = {
  email: async ({ request, locals }) => {
    const data = await request.formData();
    await db.update(users).set({ email: data.get('email') }).where(eq(users.id, locals.user.id));
  },
};`,
      filename: '/work/main/src/routes/settings/+page.server.ts',
      errors: [
        { messageId: 'missingReauthentication', data: { handler: 'POST /settings', field: 'email' }, line: 2, column: 3, endLine: 2, endColumn: 8 },
      ],
    },
    {
      code: `exports.twoFactor = async (req, res) => {
  await User.updateOne({ _id: req.user.id }, { $set: { twoFactorEnabled: false } });
  res.end();
};`,
      languageOptions: { parser: espree },
      errors: [
        { messageId: 'missingReauthentication', data: { handler: 'twoFactor', field: 'MFA settings' }, line: 1, column: 9, endLine: 1, endColumn: 18 },
      ],
    },
    // an authenticate middleware checks the session, not a fresh password
    {
      code: `app.put('/api/users/me/email', authenticate, async (req, res) => {
  await authenticate(req);
  await User.updateOne({ _id: req.user.id }, { email: req.body.email });
  res.end();
});`,
      errors: [
        { messageId: 'missingReauthentication', data: { handler: 'PUT /api/users/me/email', field: 'email' }, line: 1, column: 9, endLine: 1, endColumn: 30 },
      ],
    },
  ],
});
