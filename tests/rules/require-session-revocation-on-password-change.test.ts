import rule from '../../lib/rules/require-session-revocation-on-password-change.ts';
import { runRuleTests } from '../helpers/rule-tester.ts';

runRuleTests('require-session-revocation-on-password-change', rule, {
  valid: ["app.get('/', (req, res) => res.send('ok'));"],
  invalid: [],
});
