// The README's first command: lint the bundled example app with every rule and print what it finds.
//   npm run demo                             the findings, as ESLint prints them
//   npm run demo -- --report [--level 2]     and the ASVS report of that level (--markdown for Markdown)
//   npm run demo -- --sarif out.sarif        and the findings as SARIF 2.1.0, in a file
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ESLint } from 'eslint';
import { toSarif } from '../lib/formatters/sarif-log.ts';
import { reportFromEslint } from '../lib/report/from-eslint.ts';
import { parseLevel } from '../lib/report/level.ts';
import { renderMarkdown } from '../lib/report/markdown.ts';
import { terminalColor } from '../lib/report/output-options.ts';
import { renderText } from '../lib/report/text.ts';

const { values } = parseArgs({
  options: {
    report: { type: 'boolean', default: false },
    level: { type: 'string' },
    markdown: { type: 'boolean', default: false },
    sarif: { type: 'string' },
  },
});

const cwd = fileURLToPath(new URL('../examples/', import.meta.url));
const eslint = new ESLint({ cwd });
const results = await eslint.lintFiles(['.']);
const rulesMeta = eslint.getRulesMetaForResults(results);
const formatter = await eslint.loadFormatter('stylish');
const problems = results.reduce((sum, result) => sum + result.messages.length, 0);

console.log(await formatter.format(results, rulesMeta));
console.log(`eslint-plugin-asvs found ${problems} session-management problems in ${results.length} example files.`);

if (values.report || values.level !== undefined || values.markdown) {
  const level = parseLevel(values.level, '--level') ?? 1;
  const { report } = await reportFromEslint(eslint, results, { level, cwd });
  console.log(`\n${values.markdown ? renderMarkdown(report) : renderText(report, { color: terminalColor() })}`);
}
if (values.sarif !== undefined) {
  // npm runs scripts from the package root; a relative path means relative to where `npm run` was typed.
  const file = resolve(process.env['INIT_CWD'] ?? process.cwd(), values.sarif);
  writeFileSync(file, `${JSON.stringify(toSarif(results, { cwd, rulesMeta }), null, 2)}\n`);
  console.log(`Wrote the findings as SARIF to ${file}.`);
}
if (!values.report && values.sarif === undefined) {
  console.log('`npm run demo -- --report` adds the ASVS report; `npm run demo -- --sarif out.sarif` writes SARIF.');
}
