import type { SharedConfigurationSettings } from '@typescript-eslint/utils/ts-eslint';

/** `settings.asvs` in a user's config: facts about the project that no single file shows. */
export interface AsvsSettings {
  /** Extra cookie names to treat as session cookies, e.g. a custom express-session `name`. */
  readonly sessionCookieNames: readonly string[];
  /** Package versions, e.g. `{ passport: '0.5.3' }`, when they should not be read from package.json. */
  readonly versions: Readonly<Record<string, string>>;
}

const cache = new WeakMap<object, AsvsSettings>();
const EMPTY: AsvsSettings = { sessionCookieNames: [], versions: {} };

/** Reads and checks `settings.asvs`; a wrong shape is a configuration error, reported once with its path. */
export function getAsvsSettings(settings: SharedConfigurationSettings): AsvsSettings {
  const raw = settings['asvs'];
  if (raw === undefined) return EMPTY;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw settingsError('settings.asvs', 'an object');
  const cached = cache.get(raw);
  if (cached) return cached;
  const { sessionCookieNames = [], versions = {}, ...unknown } = raw as Record<string, unknown>;
  const unknownKey = Object.keys(unknown)[0];
  if (unknownKey !== undefined) {
    throw new Error(`eslint-plugin-asvs: unknown setting settings.asvs.${unknownKey}; the settings are sessionCookieNames and versions.`);
  }
  if (!Array.isArray(sessionCookieNames) || !sessionCookieNames.every((name) => typeof name === 'string')) {
    throw settingsError('settings.asvs.sessionCookieNames', 'an array of cookie names');
  }
  if (typeof versions !== 'object' || versions === null || Array.isArray(versions) || !Object.values(versions).every((version) => typeof version === 'string')) {
    throw settingsError('settings.asvs.versions', 'an object of package names to version strings');
  }
  const result: AsvsSettings = { sessionCookieNames, versions: versions as Record<string, string> };
  cache.set(raw, result);
  return result;
}

function settingsError(path: string, expected: string): Error {
  return new Error(`eslint-plugin-asvs: ${path} must be ${expected}.`);
}
