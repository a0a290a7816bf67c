import rule from '../../lib/rules/require-session-invalidation.ts';
import { runRuleTests } from '../helpers/rule-tester.ts';

runRuleTests('require-session-invalidation', rule, {
  valid: ["app.post('/logout', (req, res, next) => { req.session.destroy(next); });"],
  invalid: [],
});
