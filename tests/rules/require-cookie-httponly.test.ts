import rule from '../../lib/rules/require-cookie-httponly.ts';
import { runRuleTests } from '../helpers/rule-tester.ts';
import { cases } from './cookie-cases/require-cookie-httponly.ts';

runRuleTests('require-cookie-httponly', rule, cases);
