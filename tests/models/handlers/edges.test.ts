// Shapes that are rare in real code but must neither crash the analysis nor be misread.
import { describe, expect, it } from 'vitest';
import { getHandlerAnalysis } from '../../../lib/models/handlers/handlers.ts';
import { analyze } from '../../helpers/analyze.ts';

const FILE = '/project/src/server.ts';

function handlers(code: string) {
  return analyze(
    code,
    ({ sourceCode }) => {
      const analysis = getHandlerAnalysis(sourceCode, FILE);
      expect(getHandlerAnalysis(sourceCode, FILE)).toBe(analysis);
      return analysis.handlers.map((handler) => {
        const { start, end } = handler.report.loc;
        const report = sourceCode.text.slice(sourceCode.getIndexFromLoc(start), sourceCode.getIndexFromLoc(end));
        const reach = analysis.reach(handler);
        expect(analysis.reach(handler)).toBe(reach);
        const reached = reach.functions.map(({ fn, anchor }) => `${sourceCode.getText(fn).split('\n')[0]!.slice(0, 24)}${anchor ? ` @ ${sourceCode.getText(anchor).slice(0, 16)}` : ''}`);
        return `${handler.method} ${handler.path} (${report}): ${reached.join(' | ')}`;
      });
    },
    { parser: 'ts' },
  );
}

describe('odd registrations', () => {
  it('reads what it can and skips the rest', () => {
    expect(
      handlers(`
        class Router { #post() {} run() { this.#post('/x', (req) => {}); } }
        app.post('/a', mw[0], other['x'](), rateLimit(), passport.authenticate(), (req, res) => {});
        app.post('/b', wrap(...fns, (req, res) => {}));
        server.route([null, ...more, { method: 'GET', path: '/c', handler: (request, h) => {} }]);
        server.route({ path: '/d', handler: (request, h) => {}, options: { pre: [null, ...pres, { assign: 'x' }, check] } });
        server.route({ method: 'GET', path: dynamic, handler: (request, h) => {} });
        server.route({ method: 'GET', options: { handler: (request, h) => {} } });
        app.get(/logout$/, (req, res) => {});
        app.get(['/e', dynamic], (req, res) => {});
        app.get([], (req, res) => {});
        router.route(dynamic).get((req, res) => {});
        router.thing('/f').get((req, res) => {});
        router[route]('/g').get((req, res) => {});
        make().get('/h', (req, res) => {});
        app.get('/i', [first, (req, res) => {}, null, ...spread]);
        app.post('/j', handlers.login);
        app.post('/k', async function named(req, res) {});
        const f1 = g1; const g1 = f1;
        app.post('/l', f1);
        export { unknownThing as GET };
        export * from './other.js';
        export { reexported } from './x.js';
        export const { destructured } = obj;
        export const POST = notAFunction;
        export default class { handle(req) {} }
      `),
    ).toEqual([
      "POST /a ('/a'): (req, res) => {}",
      "POST /b ('/b'): (req, res) => {}",
      "GET /c ('/c'): (request, h) => {}",
      "undefined /d ('/d'): (request, h) => {}",
      'GET undefined (dynamic): (request, h) => {}',
      'GET undefined (handler): (request, h) => {}',
      'GET /logout$/ (/logout$/): (req, res) => {}',
      "GET /h ('/h'): (req, res) => {}",
      "GET /i ('/i'): (req, res) => {}",
      "POST /k ('/k'): async function named(req",
      'undefined undefined (handle): (req) {}',
    ]);
  });

  it('bounds what a handler reaches: depth, cycles, members it cannot find, other handlers', () => {
    expect(
      handlers(`
        function h1() { h2(); } function h2() { h3(); } function h3() { h4(); } function h4() { h5(); } function h5() {}
        const base = {};
        const helpers = { ...base, known() {} };
        const { picked } = helpers;
        const t = new Imported();
        class C { static s() {} [computed]() {} static { init(); } field = 1; x() {} }
        const c = new C();
        app.post('/a', (req, res) => {
          h1(); h1();
          helpers.missing(); helpers.known(); helpers[dyn]();
          picked(); t.run(); c.x(); c.nope(); C.s(); C.x(); this.nothing();
          app.get('/inner', (req2, res2) => {});
          ((x) => x)(1);
          new Thing();
        });
        export function setup(req) { app.get('/nested', (r) => {}); }
      `),
    ).toEqual([
      "POST /a ('/a'): (req, res) => { | (x) => x | function h1() { h2(); } @ h1() | () {} @ helpers.known() | () {} @ c.x() | () {} @ C.s() | function h2() { h3(); } @ h1() | function h3() { h4(); } @ h1() | function h4() { h5(); } @ h1()",
      "GET /inner ('/inner'): (req2, res2) => {}",
      "GET /nested ('/nested'): (r) => {}",
      'undefined undefined (setup): function setup(req) { ap',
    ]);
  });

  it('reads sessions through optional chains and odd writes without crashing', () => {
    expect(
      analyze(
        `
        app.post('/login', (req, res) => {
          Object.assign(req?.session, { user });
          Object.assign(notASession, { user });
          Object.assign(req.session);
          req.session += 'x';
          req.session.regenerate += 1;
          delete req.other.user;
          req.session.set();
          req.session.clear(dynamic);
          req.session.other();
          session.user = 1;
          let later; later = req.session; later.user = 1;
          const [first] = req.session;
        });
      `,
        ({ sourceCode }) => {
          const analysis = getHandlerAnalysis(sourceCode, FILE);
          return analysis.sessionOps(analysis.handlers[0]!).map((op) => `${op.kind} ${op.keys.join('.')}`);
        },
        { parser: 'ts' },
      ),
    ).toEqual(['write user']);
  });
});
