import { isAbsolute, relative } from 'node:path';

// Test files: fixtures and fakes in them are not the application's tokens, cookies or secrets.
const TEST_DIRECTORY = /(?:^|[\\/])(?:__tests__|__mocks__|__fixtures__|__snapshots__|tests?|specs?|e2e|cypress|playwright|fixtures?|mocks?|stories|storybook|\.storybook)[\\/]/i;
const TEST_FILE = /(?:\.(?:test|spec|e2e|cy|stories|story|mock|mocks|fixture|fixtures)\.[cm]?[jt]sx?|(?:^|[\\/])(?:mocks?|fixtures?|test-utils|setup-?tests?)\.[cm]?[jt]sx?)$/i;

/**
 * Whether a file is a test, spec, mock, fixture or story file. Folders count only below `cwd`, so a
 * project checked out under `/builds/tests/` is not all tests.
 */
export function isTestFile(filename: string, cwd?: string): boolean {
  // Every rule asks about the same file in turn: the last answer is the likely one.
  if (filename === last.filename && cwd === last.cwd) return last.answer;
  const answer = decide(filename, cwd);
  last = { filename, cwd, answer };
  return answer;
}

let last: { filename: string; cwd: string | undefined; answer: boolean } = { filename: '', cwd: undefined, answer: false };

function decide(filename: string, cwd: string | undefined): boolean {
  const inProject = cwd !== undefined && isAbsolute(filename) ? relative(cwd, filename) : filename;
  const path = inProject.startsWith('..') ? filename : inProject;
  return TEST_FILE.test(path) || TEST_DIRECTORY.test(path);
}
