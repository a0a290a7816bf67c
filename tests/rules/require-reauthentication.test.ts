import rule from '../../lib/rules/require-reauthentication.ts';
import { runRuleTests } from '../helpers/rule-tester.ts';

runRuleTests('require-reauthentication', rule, {
  valid: ["app.get('/', (req, res) => res.send('ok'));"],
  invalid: [],
});
