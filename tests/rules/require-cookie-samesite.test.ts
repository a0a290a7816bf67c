import rule from '../../lib/rules/require-cookie-samesite.ts';
import { runRuleTests } from '../helpers/rule-tester.ts';
import { cases } from './cookie-cases/require-cookie-samesite.ts';

runRuleTests('require-cookie-samesite', rule, cases);
