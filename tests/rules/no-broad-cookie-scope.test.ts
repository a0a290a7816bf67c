import rule from '../../lib/rules/no-broad-cookie-scope.ts';
import { runRuleTests } from '../helpers/rule-tester.ts';
import { cases } from './cookie-cases/no-broad-cookie-scope.ts';

runRuleTests('no-broad-cookie-scope', rule, cases);
