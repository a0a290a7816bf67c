import rule from '../../lib/rules/require-session-regeneration.ts';
import { runRuleTests } from '../helpers/rule-tester.ts';

runRuleTests('require-session-regeneration', rule, {
  valid: [
    "app.get('/login', (req, res) => { req.session.returnTo = req.query.next; res.render('login'); });",
  ],
  invalid: [],
});
