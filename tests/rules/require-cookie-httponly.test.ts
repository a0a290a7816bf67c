import rule from '../../lib/rules/require-cookie-httponly.ts';
import { runRuleTests } from '../helpers/rule-tester.ts';

runRuleTests('require-cookie-httponly', rule, {
  valid: [
    "app.get('/', (req, res) => { res.cookie('sid', token, { httpOnly: true }); });",
    "app.get('/', (req, res) => { res.cookie('theme', 'dark'); });",
    "app.get('/', (req, res) => { res.cookie('tokenCount', '1'); });",
    "app.get('/', (req, res) => { res.cookie('sid', token, options); });",
    "app.get('/', (req, res) => { res.cookie('sid', token, { ...defaults }); });",
    "app.get('/', (req, res) => { res.cookie(name, token); });",
    "res.cookie('sid', token);",
    "$.cookie('session', token);",
    "app.get('/', (req, res) => { res.cookie('sid'); });",
    "app.get('/', (req, res) => { res.cookie('sid', token, { httpOnly: isProd }); });",
  ],
  invalid: [
    {
      code: "app.get('/', (req, res) => { res.cookie('sid', token); });",
      output: "app.get('/', (req, res) => { res.cookie('sid', token, { httpOnly: true }); });",
      errors: [{ messageId: 'missingHttpOnly', data: { name: 'sid' }, line: 1, column: 30, endLine: 1, endColumn: 54 }],
    },
    {
      code: "app.get('/', (req, res) => { res.cookie('session', token, { secure: true }); });",
      output: "app.get('/', (req, res) => { res.cookie('session', token, { secure: true, httpOnly: true }); });",
      errors: [{ messageId: 'missingHttpOnly', data: { name: 'session' }, line: 1, column: 59, endLine: 1, endColumn: 75 }],
    },
    {
      code: "app.get('/', (req, res) => { res.cookie('session', token, {}); });",
      output: "app.get('/', (req, res) => { res.cookie('session', token, { httpOnly: true }); });",
      errors: [{ messageId: 'missingHttpOnly', data: { name: 'session' }, line: 1, column: 59, endLine: 1, endColumn: 61 }],
    },
    {
      code: `app.get('/', (req, res) => {
  res.cookie('auth-token', token, {
    secure: true,
    sameSite: 'lax',
  });
});`,
      output: `app.get('/', (req, res) => {
  res.cookie('auth-token', token, {
    secure: true,
    sameSite: 'lax',
    httpOnly: true,
  });
});`,
      errors: [{ messageId: 'missingHttpOnly', data: { name: 'auth-token' }, line: 2, column: 35, endLine: 5, endColumn: 4 }],
    },
    {
      code: "app.get('/', (req, res) => { res.cookie('jwt', token, { httpOnly: false, secure: true }); });",
      output: "app.get('/', (req, res) => { res.cookie('jwt', token, { httpOnly: true, secure: true }); });",
      errors: [{ messageId: 'httpOnlyDisabled', data: { name: 'jwt' }, line: 1, column: 57, endLine: 1, endColumn: 72 }],
    },
    {
      code: "export function login(req: Request, res: Response): void { res.cookie('sid', token as string, { 'httpOnly': 0 }); }",
      output: "export function login(req: Request, res: Response): void { res.cookie('sid', token as string, { 'httpOnly': true }); }",
      errors: [{ messageId: 'httpOnlyDisabled', data: { name: 'sid' }, line: 1, column: 97, endLine: 1, endColumn: 110 }],
    },
  ],
});
