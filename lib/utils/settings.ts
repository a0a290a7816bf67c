import type { SharedConfigurationSettings } from '@typescript-eslint/utils/ts-eslint';
import { isSemverRange } from './semver-ranges.ts';

/** `settings.asvs` in a user's config: facts about the project that no single file shows. */
export interface AsvsSettings {
  /** Extra cookie names to treat as session cookies, e.g. a custom express-session `name`. */
  readonly sessionCookieNames: readonly string[];
  /** Package versions or semver ranges, e.g. `{ passport: '0.5.3' }`, when they should not be read from package.json. */
  readonly versions: Readonly<Record<string, string>>;
}

const cache = new WeakMap<object, AsvsSettings>();
const EMPTY: AsvsSettings = { sessionCookieNames: [], versions: {} };

/**
 * Reads and checks `settings.asvs`, once per settings object: every rule calls this before it starts (see
 * create-rule.ts), so a wrong setting stops the run whichever rules are on, with one message.
 */
export function getAsvsSettings(settings: SharedConfigurationSettings): AsvsSettings {
  const raw = settings['asvs'];
  if (raw === undefined) return EMPTY;
  if (!isPlainObject(raw)) throw new AsvsSettingsError('settings.asvs', raw, 'must be an object with sessionCookieNames and versions');
  const cached = cache.get(raw);
  if (cached) return cached;
  const { sessionCookieNames = [], versions = {}, ...unknown } = raw;
  for (const [key, value] of Object.entries(unknown)) {
    throw new AsvsSettingsError(`settings.asvs.${key}`, value, 'there is no such setting; the settings are sessionCookieNames and versions');
  }
  if (!Array.isArray(sessionCookieNames) || !sessionCookieNames.every((name) => typeof name === 'string')) {
    throw new AsvsSettingsError('settings.asvs.sessionCookieNames', sessionCookieNames, 'must be an array of cookie names, such as ["app_sid"]');
  }
  if (!isPlainObject(versions)) {
    throw new AsvsSettingsError('settings.asvs.versions', versions, 'must be an object of package names to versions, such as { "passport": "0.5.3" }');
  }
  for (const [name, version] of Object.entries(versions)) {
    if (typeof version !== 'string' || !isSemverRange(version)) {
      throw new AsvsSettingsError(`settings.asvs.versions.${name}`, version, 'must be a semver version or range, such as "0.5.3" or "^0.5.0"');
    }
  }
  const result: AsvsSettings = { sessionCookieNames, versions: versions as Record<string, string> };
  cache.set(raw, result);
  return result;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A wrong setting: one line that names the setting, its value and what it must be. ESLint's CLI prints a thrown
 * error's stack, and prefixes its message with whichever rule happened to read the settings first; neither says
 * anything about the user's config, so the stack is the message, and the message stays as written.
 */
export class AsvsSettingsError extends Error {
  constructor(setting: string, value: unknown, problem: string) {
    const text = `eslint-plugin-asvs: ${setting} = ${JSON.stringify(value) ?? String(value)}: ${problem}.`;
    super(text);
    Object.defineProperties(this, {
      name: { value: 'AsvsSettingsError' },
      message: { get: () => text, set: () => {}, enumerable: false },
      stack: { value: text, writable: true },
    });
  }
}
