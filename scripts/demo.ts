// The README's first command: lint the bundled example app with every rule and print what it finds.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const cwd = fileURLToPath(new URL('../examples/', import.meta.url));
const eslint = new ESLint({ cwd });
const results = await eslint.lintFiles(['.']);
const formatter = await eslint.loadFormatter('stylish');
const problems = results.reduce((sum, result) => sum + result.messages.length, 0);

console.log(await formatter.format(results, eslint.getRulesMetaForResults(results)));
console.log(`eslint-plugin-asvs found ${problems} session-management problems in ${results.length} example files.`);
