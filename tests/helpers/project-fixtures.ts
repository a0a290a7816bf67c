import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../fixtures/project/', import.meta.url));

/**
 * A rule-test case linted as the file `path` of a fixture project under tests/fixtures/project/, so its imports
 * resolve to the fixture's modules. The fixtures sit in a test folder, so the case checks test files.
 */
export function inProject(path: string, code: string): { code: string; filename: string; options: [{ checkTestFiles: true }] } {
  return { code, filename: root + path, options: [{ checkTestFiles: true }] };
}
