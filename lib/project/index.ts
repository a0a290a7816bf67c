// The project view: other modules of the linted file's project, resolved, read lazily and cached per process.
export { autoImportedModules, importedModule, projectStats } from './modules.ts';
export { resolveImport } from './resolve.ts';
