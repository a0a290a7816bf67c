import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { getHandlerAnalysis } from '../../../lib/models/handlers/handlers.ts';
import { analyze, type ParserName } from '../../helpers/analyze.ts';

const FILE = '/project/src/server.ts';

/** For each handler: the reached functions (named by their first line) and what anchors them. */
function reachOf(code: string, parser: ParserName = 'ts') {
  return analyze(
    code,
    ({ sourceCode }) => {
      const analysis = getHandlerAnalysis(sourceCode, FILE);
      return analysis.handlers.map((handler) => {
        const reach = analysis.reach(handler);
        return {
          functions: reach.functions.map(({ fn, anchor }) => ({
            fn: sourceCode.getText(fn).split('\n')[0]!.trim(),
            anchor: anchor && sourceCode.getText(anchor),
          })),
          opaque: reach.opaque.map((node) => sourceCode.getText(node)),
        };
      });
    },
    { parser },
  );
}

/** For each handler: its session operations and passport calls, as text. */
function opsOf(code: string, parser: ParserName = 'ts') {
  return analyze(
    code,
    ({ sourceCode }) => {
      const analysis = getHandlerAnalysis(sourceCode, FILE);
      return analysis.handlers.map((handler) => ({
        ops: analysis.sessionOps(handler).map((op) => `${op.kind} ${op.session.flavour}${op.session.alias ? ' alias' : ''} [${op.keys.join('.')}] ${sourceCode.getText(op.node)}`),
        passport: analysis.passportOps(handler).map((op) => `${op.kind}${op.callback ? ' callback' : ''}${op.awaited ? ' awaited' : ''} ${op.receiver}`),
      }));
    },
    { parser },
  );
}

describe('reach', () => {
  it('follows same-file helpers, callbacks passed by name, and chain middleware, anchored where the handler meets them', () => {
    expect(
      reachOf(`
        function audit(req) { log(req); }
        const establish = (req, user) => { req.session.user = user; audit(req); };
        function onRegenerated(err) {}
        function check(req, res, next) { next(); }
        app.post('/login', check, imported, passport.authenticate('local'), async (req, res) => {
          establish(req, await find());
          req.session.regenerate(onRegenerated);
          [1].map((x) => x);
        });
      `),
    ).toEqual([
      {
        functions: [
          { fn: 'function check(req, res, next) { next(); }', anchor: 'check' },
          { fn: 'async (req, res) => {', anchor: undefined },
          { fn: '(x) => x', anchor: undefined },
          { fn: '(req, user) => { req.session.user = user; audit(req); }', anchor: 'establish(req, await find())' },
          { fn: 'function onRegenerated(err) {}', anchor: 'onRegenerated' },
          { fn: 'function audit(req) { log(req); }', anchor: 'establish(req, await find())' },
        ],
        opaque: ['imported', "passport.authenticate('local')"],
      },
    ]);
  });

  it('resolves this.method(), object methods, methods of `new Class()` and static methods', () => {
    expect(
      reachOf(`
        const helpers = { clear(req) {}, nested: { deep() {} } };
        class Tokens { revoke() {} static all() {} }
        const tokens = new Tokens();
        export class AuthController {
          async logout(req, res) {
            this.end(req);
            helpers.clear(req);
            helpers.nested.deep();
            tokens.revoke();
            Tokens.all();
            this[dynamic]();
            other.thing();
          }
          end(req) {}
        }
      `).map((handler) => handler.functions.map((reached) => reached.fn)),
    ).toEqual([['(req, res) {', '(req) {}', '(req) {}', '() {}', '() {}'], ['(req) {}']]);
  });

  it('leaves other handlers written inside a handler out, and stops at recursion', () => {
    expect(
      reachOf(`
        export default async function routes(fastify, opts) {}
        function plugin(fastify) {
          fastify.post('/login', async (request) => { loop(); });
          fastify.post('/logout', async (request) => {});
        }
        function loop() { loop(); again(); }
        function again() { loop(); }
      `),
    ).toEqual([
      {
        functions: [
          { fn: 'async (request) => { loop(); }', anchor: undefined },
          { fn: 'function loop() { loop(); again(); }', anchor: 'loop()' },
          { fn: 'function again() { loop(); }', anchor: 'loop()' },
        ],
        opaque: [],
      },
      { functions: [{ fn: 'async (request) => {}', anchor: undefined }], opaque: [] },
    ]);
  });

  it('does not enter reassigned or imported functions', () => {
    expect(
      reachOf(`
        import { helper } from './helper.js';
        let swap = () => {};
        swap = () => {};
        app.post('/x', (req, res) => { helper(); swap(); });
      `)[0]!.functions.length,
    ).toBe(1);
  });
});

describe('session operations', () => {
  it('reads express-session writes, removals, drops, regenerate and destroy, in order', () => {
    expect(
      opsOf(`
        app.post('/login', async (req, res) => {
          req.session.userId = 1;
          req.session.user.name = 'x';
          req['session'][key] = 2;
          delete req.session.returnTo;
          req.session.flash = undefined;
          Object.assign(req.session, { user, [computed]: 1 }, other);
          Object.assign(req.session, source);
          req.session.regenerate(cb);
          req.session.destroy();
          req.session.save();
          req.session.regenerate = stub;
          req.session = null;
          req.session = { user };
          promisify(req.session.regenerate);
          req.session.regenerate.bind(req.session);
        });
      `),
    ).toEqual([
      {
        ops: [
          'write express [userId] req.session.userId = 1',
          "write express [user.name] req.session.user.name = 'x'",
          "write express [?] req['session'][key] = 2",
          'remove express [returnTo] delete req.session.returnTo',
          'remove express [flash] req.session.flash = undefined',
          'write express [user] Object.assign(req.session, { user, [computed]: 1 }, other)',
          'write express [?] Object.assign(req.session, { user, [computed]: 1 }, other)',
          'regenerate express [] req.session.regenerate(cb)',
          'destroy express [] req.session.destroy()',
          'drop express [] req.session = null',
          'regenerate express [] req.session.regenerate',
          'regenerate express [] req.session.regenerate',
        ],
        passport: [],
      },
    ]);
  });

  it('knows Koa, Fastify, hapi yar, NestJS and aliased sessions', () => {
    expect(
      opsOf(`
        router.post('/a', async (ctx) => { ctx.session.user = 1; ctx.session = null; await ctx.session.regenerate(); });
        fastify.post('/b', async (request, reply) => {
          request.session.set('user', 1);
          request.session.set(KEY, null);
          request.session.set({ user: 1 });
          request.session.set(dynamic, 1);
          await request.session.delete();
        });
        server.route({ method: 'POST', path: '/c', handler: (request, h) => {
          request.yar.set('userId', 1);
          request.yar.clear('userId');
          request.yar.reset();
          request.session.reset();
        } });
        @Controller()
        export class X {
          @Post('d') d(@Session() session) { session.userId = 1; }
        }
        app.post('/e', ({ session }, res) => { session.user = 1; });
        app.post('/f', (req, res) => {
          const { session } = req;
          const s = req.session;
          const other = req.cookies;
          session.a = 1;
          s.b = 2;
          other.c = 3;
          notAParameter.session.d = 4;
        });
        const KEY = 'user';
      `),
    ).toEqual([
      { ops: ['write koa [user] ctx.session.user = 1', 'drop koa [] ctx.session = null', 'regenerate koa [] ctx.session.regenerate()'], passport: [] },
      {
        ops: [
          "write fastify [user] request.session.set('user', 1)",
          'remove fastify [user] request.session.set(KEY, null)',
          'write fastify [user] request.session.set({ user: 1 })',
          'destroy fastify [] request.session.delete()',
        ],
        passport: [],
      },
      {
        ops: ["write yar [userId] request.yar.set('userId', 1)", "remove yar [userId] request.yar.clear('userId')", 'regenerate yar [] request.yar.reset()'],
        passport: [],
      },
      { ops: ['write express alias [user] session.user = 1'], passport: [] },
      { ops: ['write express alias [a] session.a = 1', 'write express alias [b] s.b = 2'], passport: [] },
      { ops: ['write express alias [userId] session.userId = 1'], passport: [] },
    ]);
  });

  it('takes the flavour from the imports when the parameters do not say', () => {
    const flavours = (imports: string) =>
      opsOf(`${imports}\napp.post('/x', async (req, res) => { req.session.user = 1; });`).map((handler) => handler.ops[0]!.split(' ')[1]);
    expect(flavours(`import Fastify from 'fastify';`)).toEqual(['fastify']);
    expect(flavours(`import session from 'koa-session';`)).toEqual(['koa']);
    expect(flavours(`import express from 'express';`)).toEqual(['express']);
  });

  it('reads passport login and logout calls on request parameters', () => {
    expect(
      opsOf(`
        app.post('/a', (req, res, next) => {
          req.login(user, next);
          req.logIn(user, { keepSessionInfo: true });
          req.logout();
          req.logOut({ keepSessionInfo: true }, (err) => {});
          return req.logout();
        });
        fastify.post('/b', async (request) => { await request.logIn(user); await request.logOut(); });
        router.post('/c', async (ctx) => { ctx.login(user).then(done); ctx?.logout?.(); });
        app.post('/d', (res) => { auth.login(user); res.login(); req.login(); });
      `).map((handler) => handler.passport),
    ).toEqual([
      ['login callback req', 'login req', 'logout req', 'logout callback req', 'logout awaited req'],
      ['login awaited request', 'logout awaited request'],
      ['login awaited ctx', 'logout ctx'],
      [],
    ]);
  });

  it('finds no-op regenerate stubs and nothing else', () => {
    const stubs = (code: string, parser: ParserName = 'ts') =>
      analyze(
        code,
        ({ sourceCode }) => {
          const analysis = getHandlerAnalysis(sourceCode, FILE);
          const assignments = [analysis.facts.program, ...analysis.facts.functions.map((fn) => analysis.facts.of(fn))].flatMap((owner) => owner.assignments);
          return assignments.filter((assignment: TSESTree.AssignmentExpression) => analysis.sessions.regenerateStub(assignment)).map((assignment) => sourceCode.getText(assignment.right));
        },
        { parser },
      );
    expect(
      stubs(`
        app.use((req, res, next) => {
          req.session.regenerate = (cb) => cb();
          req.session.regenerate = (cb) => cb(null);
          req.session.regenerate = function (cb) { if (cb) { cb(); } else {} ; return; };
          req.session.regenerate = (cb) => cb && cb();
          req.session.regenerate = (cb) => (cb ? cb() : undefined);
          req.session.regenerate = (cb) => setImmediate(cb);
          req.session.regenerate = (cb) => Promise.resolve();
          req.session.regenerate = async () => {};
          req.session.regenerate = (cb) => void 0;
          req.session.regenerate = noop;
          req.session.regenerate = (cb) => { req.session = {}; cb(); };
          req.session.regenerate = (cb) => cb(new Error('x'));
          req.session.regenerate = (cb) => store.regenerate(req, cb);
          req.session.regenerate = (cb) => process.nextTick();
          req.session.regenerate = (cb) => other && cb();
          req.session.regenerate = ({ cb }) => { while (true) {} };
          req.session.regenerate = imported;
          req.session.save = (cb) => cb();
          req.session.other.regenerate = (cb) => cb();
        });
        function noop(cb) { return cb?.(); }
      `),
    ).toEqual([
      '(cb) => cb()',
      '(cb) => cb(null)',
      'function (cb) { if (cb) { cb(); } else {} ; return; }',
      '(cb) => cb && cb()',
      '(cb) => (cb ? cb() : undefined)',
      '(cb) => setImmediate(cb)',
      '(cb) => Promise.resolve()',
      'async () => {}',
      '(cb) => void 0',
      'noop',
    ]);
  });
});
