import { createRequire } from 'node:module';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Rule } from 'eslint';
import type { RuleName } from './generated/rules-data.ts';

// A rule is loaded the first time ESLint asks for it, synchronously through require(esm), which every
// Node version in our engines range has without a flag or a warning. Importing all rules up front cost
// ~60 ms per ESLint worker; a worker that runs only some of them now loads only those.
const require = createRequire(import.meta.url);
// `.js` once built; `.ts` when run from source with tsx (the fuzzer). Vitest's module runner cannot serve
// `require`, so the tests replace this module (see vitest.config.ts).
const extension = extname(fileURLToPath(import.meta.url));

export function loadRule(name: RuleName): Rule.RuleModule {
  return (require(`./rules/${name}${extension}`) as { default: Rule.RuleModule }).default;
}
