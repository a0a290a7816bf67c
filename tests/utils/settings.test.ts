import { describe, expect, it } from 'vitest';
import { getAsvsSettings } from '../../lib/utils/settings.ts';

describe('getAsvsSettings', () => {
  it('defaults when the user gives none', () => {
    expect(getAsvsSettings({})).toEqual({ sessionCookieNames: [], versions: {} });
  });

  it('reads both settings and returns the same object for the same settings', () => {
    const settings = { asvs: { sessionCookieNames: ['app_sid'], versions: { passport: '0.5.3' } } };
    expect(getAsvsSettings(settings)).toEqual({ sessionCookieNames: ['app_sid'], versions: { passport: '0.5.3' } });
    expect(getAsvsSettings(settings)).toBe(getAsvsSettings(settings));
  });

  it.for([
    [[], 'eslint-plugin-asvs: settings.asvs must be an object.'],
    ['x', 'eslint-plugin-asvs: settings.asvs must be an object.'],
    [{ sessionCookieNames: 'sid' }, 'eslint-plugin-asvs: settings.asvs.sessionCookieNames must be an array of cookie names.'],
    [{ sessionCookieNames: [1] }, 'eslint-plugin-asvs: settings.asvs.sessionCookieNames must be an array of cookie names.'],
    [{ versions: ['passport'] }, 'eslint-plugin-asvs: settings.asvs.versions must be an object of package names to version strings.'],
    [{ versions: { passport: 6 } }, 'eslint-plugin-asvs: settings.asvs.versions must be an object of package names to version strings.'],
    [{ cookieNames: [] }, 'eslint-plugin-asvs: unknown setting settings.asvs.cookieNames; the settings are sessionCookieNames and versions.'],
  ] as const)('rejects %j', ([asvs, message]) => {
    expect(() => getAsvsSettings({ asvs })).toThrow(message);
  });
});
