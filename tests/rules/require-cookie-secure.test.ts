import rule from '../../lib/rules/require-cookie-secure.ts';
import { runRuleTests } from '../helpers/rule-tester.ts';
import { cases } from './cookie-cases/require-cookie-secure.ts';

runRuleTests('require-cookie-secure', rule, cases);
