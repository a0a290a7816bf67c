import { describe, expect, it } from 'vitest';
import { AsvsSettingsError, getAsvsSettings } from '../../lib/utils/settings.ts';

describe('getAsvsSettings', () => {
  it('defaults when the user gives none', () => {
    expect(getAsvsSettings({})).toEqual({ sessionCookieNames: [], versions: {} });
  });

  it('reads both settings and returns the same object for the same settings', () => {
    const settings = { asvs: { sessionCookieNames: ['app_sid'], versions: { passport: '0.5.3' } } };
    expect(getAsvsSettings(settings)).toEqual({ sessionCookieNames: ['app_sid'], versions: { passport: '0.5.3' } });
    expect(getAsvsSettings(settings)).toBe(getAsvsSettings(settings));
  });

  it.for(['0.5.3', 'v0.5.3', '^0.5.0', '~0.5', '0.5.x', '>=0.4.0 <0.6.0', '0.4 - 0.5', '^0.4.0 || ^0.5.0', '*'])('takes the semver range %j as a version', (version) => {
    expect(getAsvsSettings({ asvs: { versions: { passport: version } } }).versions).toEqual({ passport: version });
  });

  it.for([
    [[], 'settings.asvs = []: must be an object with sessionCookieNames and versions.'],
    ['x', 'settings.asvs = "x": must be an object with sessionCookieNames and versions.'],
    [{ sessionCookieNames: 'sid' }, 'settings.asvs.sessionCookieNames = "sid": must be an array of cookie names, such as ["app_sid"].'],
    [{ sessionCookieNames: [1] }, 'settings.asvs.sessionCookieNames = [1]: must be an array of cookie names, such as ["app_sid"].'],
    [{ versions: ['passport'] }, 'settings.asvs.versions = ["passport"]: must be an object of package names to versions, such as { "passport": "0.5.3" }.'],
    [{ versions: { passport: 6 } }, 'settings.asvs.versions.passport = 6: must be a semver version or range, such as "0.5.3" or "^0.5.0".'],
    [{ versions: { passport: 'banana' } }, 'settings.asvs.versions.passport = "banana": must be a semver version or range, such as "0.5.3" or "^0.5.0".'],
    [{ versions: { passport: 'latest' } }, 'settings.asvs.versions.passport = "latest": must be a semver version or range, such as "0.5.3" or "^0.5.0".'],
    [{ versions: { passport: undefined } }, 'settings.asvs.versions.passport = undefined: must be a semver version or range, such as "0.5.3" or "^0.5.0".'],
    [{ cookieNames: [] }, 'settings.asvs.cookieNames = []: there is no such setting; the settings are sessionCookieNames and versions.'],
  ] as const)('rejects %j, naming the setting, the value and the allowed form', ([asvs, message]) => {
    expect(() => getAsvsSettings({ asvs })).toThrow(`eslint-plugin-asvs: ${message}`);
  });
});

describe('AsvsSettingsError', () => {
  const error = new AsvsSettingsError('settings.asvs.versions.passport', 'banana', 'must be a semver version or range');
  const text = 'eslint-plugin-asvs: settings.asvs.versions.passport = "banana": must be a semver version or range.';

  it('is one line, stack included: ESLint’s CLI prints the stack', () => {
    expect(error.message).toBe(text);
    expect(error.stack).toBe(text);
  });

  it('keeps its message when ESLint prefixes it with the rule that read the settings first', () => {
    error.message = `Error while loading rule 'asvs/require-cookie-secure': ${error.message}`;
    expect(error.message).toBe(text);
  });
});
