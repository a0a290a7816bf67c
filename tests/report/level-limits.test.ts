// rules-data states the limits require-session-expiry uses for each level when no limit is set, so that the report
// can compare a limit a user set with the level's; this checks the rule applies exactly those.
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { rulesData } from '../../lib/generated/rules-data.ts';
import plugin from '../../lib/index.ts';

const linter = new Linter();
const { maxAbsoluteSeconds, maxIdleSeconds } = rulesData['require-session-expiry'].options;

function reported(level: 1 | 2 | 3, seconds: number, rolling: boolean): boolean {
  const code = `import session from 'express-session';\nsession({ secret: process.env.S, rolling: ${rolling}, cookie: { maxAge: ${seconds * 1000} } });\n`;
  const config = { files: ['**/*.js'], plugins: { asvs: plugin }, rules: { 'asvs/require-session-expiry': ['error', { level }] } } as Linter.Config;
  return linter.verify(code, [config], 'app.js').length > 0;
}

describe.for([1, 2, 3] as const)('require-session-expiry at level %i', (level) => {
  it('allows an absolute lifetime up to the limit the data gives, and no longer', () => {
    const limit = maxAbsoluteSeconds.unsetByLevel![`${level}`];
    expect(reported(level, limit, false)).toBe(false);
    expect(reported(level, limit + 1, false)).toBe(true);
  });

  it('allows a lifetime renewed on activity up to the idle limit the data gives, and no longer', () => {
    const limit = maxIdleSeconds.unsetByLevel![`${level}`];
    expect(reported(level, limit, true)).toBe(false);
    expect(reported(level, limit + 1, true)).toBe(true);
  });
});
