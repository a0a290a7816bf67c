// ESLint's bulk suppressions (`eslint --suppress-all`), applied as the `eslint` command applies them, so that the
// report and the gate agree on what is suppressed: per file and rule, a count of errors; when a file has no more
// errors of a rule than the count, every message of that rule in the file is suppressed, else none is.
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, normalize, relative, resolve, sep } from 'node:path';
import type { ESLint, Linter } from 'eslint';

export const DEFAULT_SUPPRESSIONS_FILE = 'eslint-suppressions.json';

/** `{ "src/app.js": { "asvs/require-cookie-secure": { "count": 2 } } }`, paths relative to the working directory. */
export type Suppressions = Readonly<Record<string, Readonly<Record<string, { readonly count: number }>>>>;

/**
 * The suppressions file for `--suppressions-location`, resolved as ESLint resolves it: relative to the working
 * directory, and a directory (existing, or written with a trailing separator) holds `suppressions_<hash of cwd>`.
 */
export function suppressionsFile(location: string | undefined, cwd: string): string {
  const normalized = normalize(location ?? DEFAULT_SUPPRESSIONS_FILE);
  const file = resolve(cwd, normalized);
  const directory = normalized.endsWith(sep) || (existsSync(file) && lstatSync(file).isDirectory());
  return directory ? join(file, `suppressions_${eslintHash(cwd)}`) : file;
}

/** The file's suppressions; none when it does not exist. */
export function readSuppressions(file: string): Suppressions {
  if (!existsSync(file)) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Suppressions;
  } catch (error) {
    throw new Error(`Failed to parse suppressions file at ${file}`, { cause: error });
  }
}

/** The results with suppressed messages moved to `suppressedMessages` and the counts redone; the input is untouched. */
export function applySuppressions(results: readonly ESLint.LintResult[], suppressions: Suppressions, cwd: string): ESLint.LintResult[] {
  return results.map((result) => {
    const entries = suppressions[relative(cwd, result.filePath).split(sep).join('/')];
    if (!entries) return result;
    const errors = new Map<string, number>();
    for (const message of result.messages) {
      if (message.severity === 2 && message.ruleId) errors.set(message.ruleId, (errors.get(message.ruleId) ?? 0) + 1);
    }
    const suppressed = new Set([...errors].filter(([ruleId, count]) => entries[ruleId] && count <= entries[ruleId].count).map(([ruleId]) => ruleId));
    if (suppressed.size === 0) return result;
    const isSuppressed = (message: Linter.LintMessage) => message.ruleId !== null && suppressed.has(message.ruleId);
    const messages = result.messages.filter((message) => !isSuppressed(message));
    return {
      ...result,
      ...messageCounts(messages),
      messages,
      suppressedMessages: [
        ...result.suppressedMessages,
        ...result.messages.filter(isSuppressed).map((message) => ({ ...message, suppressions: [{ kind: 'file', justification: '' }] })),
      ],
    };
  });
}

function messageCounts(messages: readonly Linter.LintMessage[]) {
  const errors = messages.filter((message) => message.fatal || message.severity === 2);
  const warnings = messages.filter((message) => !(message.fatal || message.severity === 2));
  return {
    errorCount: errors.length,
    fatalErrorCount: errors.filter((message) => message.fatal).length,
    fixableErrorCount: errors.filter((message) => message.fix).length,
    warningCount: warnings.length,
    fixableWarningCount: warnings.filter((message) => message.fix).length,
  };
}

/** ESLint's hash of the working directory, from the murmur hash package ESLint itself depends on. */
function eslintHash(text: string): string {
  const eslintRequire = createRequire(createRequire(import.meta.url).resolve('eslint'));
  const murmur = eslintRequire('imurmurhash') as (key: string) => { result(): number };
  return murmur(text).result().toString(36);
}
