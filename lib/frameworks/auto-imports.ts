// Names a framework makes available without an import, and the import aliases it defines, per framework family.
// Paths are relative to the folder that holds one of `markers`.

export interface AutoImportDirectory {
  /** Files directly in this folder (not in subfolders) export globals. */
  readonly folder: string;
  /** Only files under this folder (relative to the root) see them; undefined: every file of the project. */
  readonly visibleUnder?: string;
}

export interface ProjectConventions {
  readonly family: string;
  /** A file in the project root that shows the framework is used. */
  readonly markers: readonly string[];
  /** Folders whose top-level modules' named exports are globals; a default export is named after its file, camelCased. */
  readonly autoImports: readonly AutoImportDirectory[];
  /** Import aliases: `$lib` → `src/lib`; a specifier `alias/rest` resolves under the folder. */
  readonly aliases: Readonly<Record<string, string>>;
}

// Nuxt: server/utils is auto-imported in server/ only; utils/ and composables/ (app/… in Nuxt 4) in the Vue app;
// shared/utils in both (Nuxt 3.14+). Only top-level files are scanned. `~~`/`@@` are the root, `#shared` the shared
// folder. Source: nuxt.com/docs/4.x/directory-structure/shared and …/directory-structure/app/utils.
const nuxt: ProjectConventions = {
  family: 'nuxt',
  markers: ['nuxt.config.ts', 'nuxt.config.js', 'nuxt.config.mjs'],
  autoImports: [
    { folder: 'server/utils', visibleUnder: 'server' },
    { folder: 'shared/utils' },
    { folder: 'utils' },
    { folder: 'composables' },
    { folder: 'app/utils' },
    { folder: 'app/composables' },
  ],
  aliases: { '~~': '.', '@@': '.', '#shared': 'shared' },
};

// Nitro (standalone): `utils/` of the server source folder is auto-imported (nitro.build/guide/utils).
const nitro: ProjectConventions = {
  family: 'nitro',
  markers: ['nitro.config.ts', 'nitro.config.js', 'nitro.config.mjs'],
  autoImports: [{ folder: 'utils' }, { folder: 'server/utils' }],
  aliases: {},
};

// SvelteKit: `$lib` is src/lib (svelte.dev/docs/kit/$lib).
const sveltekit: ProjectConventions = {
  family: 'sveltekit',
  markers: ['svelte.config.js', 'svelte.config.ts', 'svelte.config.mjs'],
  autoImports: [],
  aliases: { $lib: 'src/lib' },
};

export const PROJECT_CONVENTIONS: readonly ProjectConventions[] = [nuxt, nitro, sveltekit];
