import rule from '../../lib/rules/require-cookie-host-prefix.ts';
import { runRuleTests } from '../helpers/rule-tester.ts';
import { cases } from './cookie-cases/require-cookie-host-prefix.ts';

runRuleTests('require-cookie-host-prefix', rule, cases);
