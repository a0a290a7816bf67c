import { readFileSync } from 'node:fs';
import type { ESLint } from 'eslint';

// ESLint's own line terminators, so that line N here is line N of its messages.
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/;

/** The lines of a linted file as ESLint saw them: the fixed output, the source it kept, or the file on disk. */
export function sourceLines(result: ESLint.LintResult): string[] | undefined {
  const text = result.output ?? result.source ?? readText(result.filePath);
  return text?.split(LINE_BREAK);
}

function readText(filePath: string): string | undefined {
  try {
    return readFileSync(filePath, 'utf8').replace(/^\uFEFF/, '');
  } catch {
    // `<text>` from stdin, or a file removed since it was linted: fingerprints fall back to the message.
    return undefined;
  }
}
