// How far the analysis reads beyond the linted file. Every limit is decided by the files themselves (hops from the
// linted file, a module's own import list in source order, file sizes), never by what was read before, so a finding
// does not depend on lint order, ESLint's cache or its worker threads.

/** Imports followed from the linted file: 2 reaches a helper and what the helper imports. */
export const MAX_HOPS = 2;

/** A module's distinct import specifiers that are followed, in source order: generated barrels import hundreds. */
export const MAX_IMPORTS_PER_MODULE = 24;

/** Larger files are bundles or generated code: unknown. */
export const MAX_FILE_BYTES = 256 * 1024;
