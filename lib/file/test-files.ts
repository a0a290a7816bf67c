// Test files: fixtures and fakes in them are not the application's tokens or secrets.
const TEST_DIRECTORY = /(?:^|[\\/])(?:__tests__|__mocks__|__fixtures__|tests?|specs?|e2e|cypress|playwright|fixtures?|mocks?)[\\/]/i;
const TEST_FILE = /\.(?:test|spec|e2e|cy|stories)\.[cm]?[jt]sx?$/i;

/** Whether a file name (as ESLint gives it) is a test, spec, fixture or story file. */
export function isTestFile(filename: string): boolean {
  return TEST_FILE.test(filename) || TEST_DIRECTORY.test(filename);
}
