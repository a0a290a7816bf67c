import * as espree from 'espree';
import rule from '../../lib/rules/require-session-revocation-on-password-change.ts';
import { runRuleTests } from '../helpers/rule-tester.ts';

runRuleTests('require-session-revocation-on-password-change', rule, {
  valid: [
    // Browser code found in uptime-kuma's bundles: a URL polyfill builds its password field, and a settings
    // page empties its form after sending the change to the server.
    `const urlState = {
  setPassword: function (value) {
    this.password = '';
    for (let i = 0; i < value.length; i++) this.password += encode(value[i]);
  },
};`,
    // Ghost's admin sign-in form binds its password field.
    `class SigninController { setPassword(event) { this.signin.password = event.target.value; } }`,
    `export default {
  watch: { 'password.repeatNewPassword'() { this.invalidPassword = false; } },
  methods: {
    savePassword() {
      socket.emit('changePassword', this.password, () => {
        this.password.newPassword = '';
        this.password.repeatNewPassword = \`\`;
      });
    },
  },
};`,
    // ORM hooks hash the password on every save or insert: no handler changes a password there
    `userSchema.pre('save', async function (next) {
  if (!this.isModified('password')) return next();
  this.password = await bcrypt.hash(this.password, 12);
  next();
});
User.beforeCreate(async (user) => { user.password = await bcrypt.hash(user.password, 10); });
User.addHook('beforeUpdate', async (user) => { user.password = await bcrypt.hash(user.password, 10); });`,
    // a share link's access password belongs to the link, not to an account
    `app.put('/links/:id', async (req, res) => {
  const link = await prisma.link.findUnique({ where: { id: req.params.id } });
  link.password = encrypt(req.body.password);
  await prisma.link.update({ where: { id: link.id }, data: { password: link.password } });
  res.json(link);
});`,
    // Drizzle and Kysely: the user's other rows deleted from the sessions table
    `import { and, eq, ne } from 'drizzle-orm';
import { session } from './schema';
app.post('/account/password', async (req, res) => {
  await db.update(users).set({ password: await hash(req.body.password) }).where(eq(users.id, req.user.id));
  await db.delete(session).where(and(eq(session.userId, req.user.id), ne(session.id, req.session.id)));
  res.json({ ok: true });
});`,
    `app.post('/account/password', async (req, res) => {
  await db.updateTable('user').set({ password: await hash(req.body.password) }).where('id', '=', req.user.id).execute();
  await db.deleteFrom('auth_session').where('user_id', '=', req.user.id).execute();
  res.json({ ok: true });
});`,
    // a token version bump makes earlier tokens fail
    `app.post('/account/password', async (req, res) => {
  const user = await db.users.findById(req.session.userId);
  user.passwordHash = await bcrypt.hash(req.body.newPassword, 12);
  user.tokenVersion += 1;
  await user.save();
  res.redirect('/account');
});`,
    `app.post('/account/password', async (req, res) => {
  await User.findByIdAndUpdate(req.user.id, { password: hash, $inc: { sessionVersion: 1 } });
  res.end();
});`,
    `app.post('/account/password', async (req, res) => {
  const user = await User.findById(req.user.id);
  user.password = hash;
  user.passwordChangedAt = new Date();
  user.tokenVersion++;
  await user.save();
  res.end();
});`,
    `app.post('/account/password', async (req, res) => {
  await db.users.update(req.session.userId, { password: await bcrypt.hash(req.body.password, 12) });
  await lucia.invalidateUserSessions(req.session.userId);
  res.redirect('/account');
});`,
    // the user chooses; a conditional revocation is the offer
    `app.post('/account/password', async (req, res) => {
  await db.users.update(req.session.userId, { password: await bcrypt.hash(req.body.password, 12) });
  if (req.body.signOutEverywhere) await db.sessions.deleteMany({ userId: req.session.userId, sid: { $ne: req.sessionID } });
  res.redirect('/account');
});`,
    `app.post('/account/password', async (req, res) => {
  await db.users.update(req.session.userId, { password: await bcrypt.hash(req.body.password, 12) });
  await req.sessionStore.destroy(otherSessionId);
  res.redirect('/account');
});`,
    // registration creates the password; it changes nothing
    `app.post('/register', async (req, res) => {
  const user = new User({ email: req.body.email });
  user.password = await bcrypt.hash(req.body.password, 12);
  await user.save();
  res.redirect('/');
});`,
    `app.post('/users', async (req, res) => {
  const user = await User.create({ email: req.body.email });
  user.password = await bcrypt.hash(req.body.password, 12);
  await user.save();
  res.status(201).end();
});`,
    // options
    {
      code: `app.post('/account/password', async (req, res) => {
  await db.users.update(req.session.userId, { password: await bcrypt.hash(req.body.password, 12) });
  await logoutEverywhere(req.session.userId);
  res.redirect('/login');
});`,
      options: [{"revocationCalls":["logoutEverywhere"]}],
    },
    {
      code: `app.post('/account/password', async (req, res) => {
  await db.users.update(req.session.userId, { password: await bcrypt.hash(req.body.password, 12), authEpoch: Date.now() });
  res.redirect('/login');
});`,
      options: [{"revocationFields":["authEpoch"]}],
    },
    // a helper of the same file revokes
    `async function endOtherSessions(userId) {
  await Session.destroy({ where: { userId } });
}
app.post('/password', async (req, res) => {
  await User.update({ password: hash }, { where: { id: req.user.id } });
  await endOtherSessions(req.user.id);
  res.end();
});`,
    // the change happens in an imported service: not seen
    `app.post('/account/password', async (req, res) => {
  await authService.changePassword(req.user.id, req.body.password);
  res.end();
});`,
    `app.post('/account/password', async (req, res) => {
  await supabase.auth.updateUser({ password: req.body.password });
  await supabase.auth.signOut({ scope: 'others' });
  res.end();
});`,
    // request data is not an account
    `export const actions = {
  default: async ({ request }) => {
    const body = Object.fromEntries(await request.formData());
    body.password = body.password.trim();
    return { ok: await validate(body) };
  },
};`,
    // a service method the file own handler calls is judged with the handler
    `async function changePassword(userId, password) {
  await db.users.update(userId, { passwordHash: await hash(password) });
}
app.post('/password', async (req, res) => {
  await changePassword(req.user.id, req.body.password);
  await revokeAllTokens(req.user.id);
  res.end();
});`,
    {
      code: `class UsersService {
  async resetPassword(userId, password) {
    await this.users.update(userId, { password: await argon2.hash(password), tokenVersion: () => 'token_version + 1' });
  }
}`,
      languageOptions: { parser: espree },
    },
    `app.post('/account/password', revokeOtherSessions, async (req, res) => {
  await db.users.update(req.session.userId, { password: hash });
  res.end();
});`,
    `[1].map(() => 1);
const counter = { value: 0 };
app.post('/account/password', async (req, res) => {
  await db.users.update(req.session.userId, { password: hash });
  (() => {})();
  counter.value++;
  let n = 0;
  n++;
  await invalidateAllSessions(req.session.userId);
});`,
    "app.get('/', (req, res) => res.send('ok'));",
    {
      code: `export default async function handler(req, res) {
  await db.users.update(req.session.userId, { [field]: req.body.value });
}`,
      filename: '/work/main/pages/api/account/password.ts',
    },
    `app.post('/account/password', async (req, res) => {
  const user = await User.findById(req.user.id);
  let attempts = 0;
  attempts++;
  user.password = hash;
  user.tokenVersion++;
  await user.save();
});`,
    // the stored tokens are cleared
    `app.post('/account/password', async (req, res) => {
  req.user.password = await bcrypt.hash(req.body.password, 12);
  req.user.tokens = [];
  await req.user.save();
  res.end();
});`,
    // tRPC procedures are handlers: a password-change mutation.
    `import { z } from 'zod';
import { createTRPCRouter, protectedProcedure } from '../trpc';
export const userRouter = createTRPCRouter({
  updatePassword: protectedProcedure
    .input(z.object({ password: z.string() }))
    .mutation(async ({ ctx, input }) => {
      await ctx.prisma.user.update({ where: { id: ctx.user.id }, data: { password: await hash(input.password) } });
      await ctx.prisma.session.deleteMany({ where: { userId: ctx.user.id } });
    }),
});`,
    // An update call named for another record (updateApplication, prisma.registry.update) writes no account password; one named for the password does.
    `import { createTRPCRouter, protectedProcedure } from '../trpc';
export const applicationRouter = createTRPCRouter({
  saveDockerProvider: protectedProcedure.input(schema).mutation(async ({ ctx, input }) => {
    await updateApplication(input.applicationId, { username: input.username, password: input.password });
    await ctx.prisma.registry.update({ where: { id: input.registryId }, data: { password: input.password } });
  }),
});`,
  ],
  invalid: [
    // the account's own password, written through Prisma's user model
    {
      code: `app.put('/account/password', async (req, res) => {
  await prisma.user.update({ where: { id: req.user.id }, data: { password: await hash(req.body.password) } });
  res.json({ ok: true });
});`,
      errors: [
        { messageId: 'missingRevocation', data: { handler: 'PUT /account/password' }, line: 1, column: 9, endLine: 1, endColumn: 28 },
      ],
    },
    // deleting the reset tokens ends no session
    {
      code: `import { eq } from 'drizzle-orm';
app.post('/account/password', async (req, res) => {
  await db.update(users).set({ password: await hash(req.body.password) }).where(eq(users.id, req.user.id));
  await db.delete(passwordResetTokens).where(eq(passwordResetTokens.userId, req.user.id));
  res.json({ ok: true });
});`,
      errors: [
        { messageId: 'missingRevocation', data: { handler: 'POST /account/password' }, line: 2, column: 10, endLine: 2, endColumn: 29 },
      ],
    },
    // the hash changes, the attacker session stays
    {
      code: `app.post('/account/password', async (req, res) => {
  const user = await db.users.findById(req.session.userId);
  user.passwordHash = await bcrypt.hash(req.body.newPassword, 12);
  await user.save();
  res.redirect('/account');
});`,
      errors: [
        { messageId: 'missingRevocation', data: { handler: 'POST /account/password' }, line: 1, column: 10, endLine: 1, endColumn: 29 },
      ],
    },
    // ending only the current session leaves the others
    {
      code: `app.post('/account/password', async (req, res) => {
  await db.users.update(req.session.userId, { password: await bcrypt.hash(req.body.password, 12) });
  req.session.destroy(() => res.redirect('/login'));
});`,
      errors: [
        { messageId: 'missingRevocation', data: { handler: 'POST /account/password' }, line: 1, column: 10, endLine: 1, endColumn: 29 },
      ],
    },
    {
      code: `router.post('/reset/:token', async (ctx) => {
  const user = await User.findOne({ resetToken: ctx.params.token });
  await User.updateOne({ _id: user._id }, { $set: { password: await argon2.hash(ctx.request.body.password) } });
  ctx.redirect('/login');
});`,
      errors: [
        { messageId: 'missingRevocation', data: { handler: 'POST /reset/:token' }, line: 1, column: 13, endLine: 1, endColumn: 28 },
      ],
    },
    // raw SQL
    {
      code: `export async function changePassword(req, res) {
  await pool.query('UPDATE users SET password_hash = $1 WHERE id = $2', [hash, req.user.id]);
  res.sendStatus(204);
}`,
      errors: [
        { messageId: 'missingRevocation', data: { handler: 'changePassword' }, line: 1, column: 23, endLine: 1, endColumn: 37 },
      ],
    },
    // a NestJS service method that no handler of the file calls
    {
      code: `@Injectable()
export class UsersService {
  async updatePassword(id: string, password: string) {
    await this.prisma.user.update({ where: { id }, data: { password: await bcrypt.hash(password, 10) } });
  }
}`,
      errors: [
        { messageId: 'missingRevocation', data: { handler: 'updatePassword' }, line: 3, column: 9, endLine: 3, endColumn: 23 },
      ],
    },
    // passport-local-mongoose
    {
      code: `app.post('/account/password', async (req, res) => {
  await req.user.setPassword(req.body.password);
  await req.user.save();
  res.redirect('/');
});`,
      errors: [
        { messageId: 'missingRevocation', data: { handler: 'POST /account/password' }, line: 1, column: 10, endLine: 1, endColumn: 29 },
      ],
    },
    {
      code: `'use server';
export async function resetPassword(formData: FormData) {
  await db.update(users).set({ passwordHash: await hash(formData.get('password') as string) }).where(eq(users.id, id));
}`,
      errors: [
        { messageId: 'missingRevocation', data: { handler: 'resetPassword' }, line: 2, column: 23, endLine: 2, endColumn: 36 },
      ],
    },
    // a helper of the same file writes the hash
    {
      code: `async function storePassword(user, password) {
  user.password = await bcrypt.hash(password, 12);
  await user.save();
}
fastify.post('/password', async (request, reply) => {
  const user = await User.findById(request.user.id);
  await storePassword(user, request.body.password);
  return { ok: true };
});`,
      errors: [
        { messageId: 'missingRevocation', data: { handler: 'POST /password' }, line: 5, column: 14, endLine: 5, endColumn: 25 },
      ],
    },
    {
      code: `@Controller('account')
export class AccountController {
  @Put('password')
  async change(@Req() req, @Body() body: ChangePasswordDto) {
    await this.prisma.user.update({ where: { id: req.user.id }, data: { hashedPassword: await argon2.hash(body.password) } });
  }
}`,
      errors: [
        { messageId: 'missingRevocation', data: { handler: 'PUT /account/password' }, line: 4, column: 9, endLine: 4, endColumn: 15 },
      ],
    },
    {
      code: `module.exports.updatePassword = async function (req, res) {
  await knex('users').where({ id: req.user.id }).update({ password: await bcrypt.hash(req.body.password, 10) });
  res.end();
};`,
      languageOptions: { parser: espree },
      errors: [
        { messageId: 'missingRevocation', data: { handler: 'updatePassword' }, line: 1, column: 16, endLine: 1, endColumn: 30 },
      ],
    },
    // a service function declaration, a const and an object method
    {
      code: `async function resetPassword(userId, password) {
  await db.users.update(userId, { password: await hash(password) });
}
const changePassword = async (userId, password) => {
  await db.users.update(userId, { password: await hash(password) });
};
export const service = {
  setNewPassword(user, password) {
    user.passwordHash = password;
  },
  [dynamic]() {},
};`,
      errors: [
        { messageId: 'missingRevocation', data: { handler: 'resetPassword' }, line: 1, column: 16, endLine: 1, endColumn: 29 },
        { messageId: 'missingRevocation', data: { handler: 'changePassword' }, line: 4, column: 7, endLine: 4, endColumn: 21 },
        { messageId: 'missingRevocation', data: { handler: 'setNewPassword' }, line: 8, column: 3, endLine: 8, endColumn: 17 },
      ],
    },
    // signing out only this device
    {
      code: `app.post('/account/password', async (req, res) => {
  await supabase.auth.updateUser({ password: req.body.password });
  await supabase.auth.signOut();
  await supabase.auth.signOut({ scope: 'local' });
  await supabase.auth.signOut(options);
  res.end();
});`,
      errors: [
        { messageId: 'missingRevocation', data: { handler: 'POST /account/password' }, line: 1, column: 10, endLine: 1, endColumn: 29 },
      ],
    },
    // clearing the reset token revokes no session
    {
      code: `router.patch('/reset-password/:token', async (req, res) => {
  const user = await User.findOne({ passwordResetToken: hashToken(req.params.token) });
  user.password = req.body.password;
  user.passwordResetToken = undefined;
  user.passwordResetExpires = undefined;
  await user.save();
  res.status(200).json({ status: 'success' });
});`,
      errors: [
        { messageId: 'missingRevocation', data: { handler: 'PATCH /reset-password/:token' }, line: 1, column: 14, endLine: 1, endColumn: 38 },
      ],
    },
    // tRPC procedures are handlers: a password-change mutation.
    {
      code: `import { z } from 'zod';
import { createTRPCRouter, protectedProcedure } from '../trpc';
export const userRouter = createTRPCRouter({
  updatePassword: protectedProcedure
    .input(z.object({ currentPassword: z.string(), password: z.string() }))
    .mutation(async ({ ctx, input }) => {
      await ctx.prisma.user.update({ where: { id: ctx.user.id }, data: { password: await hash(input.password) } });
    }),
});`,
      output: null,
      errors: [
        { messageId: 'missingRevocation', data: {"handler":"updatePassword"}, line: 4, column: 3, endLine: 4, endColumn: 17 },
      ],
    },
    // An update call named for another record (updateApplication, prisma.registry.update) writes no account password; one named for the password does.
    {
      code: `import { createTRPCRouter, protectedProcedure } from '../trpc';
export const userRouter = createTRPCRouter({
  changePassword: protectedProcedure.input(schema).mutation(async ({ ctx, input }) => {
    await updatePassword({ userId: ctx.user.id, password: await hash(input.password) });
  }),
});`,
      output: null,
      errors: [
        { messageId: 'missingRevocation', data: {"handler":"changePassword"}, line: 3, column: 3, endLine: 3, endColumn: 17 },
      ],
    },
  ],
});
