// The package's entry. The 'module.exports' export makes `require('eslint-plugin-asvs')` return the plugin itself
// rather than a namespace, for eslint.config.cjs files. Its types come from plugin.ts (package.json's `types`):
// TypeScript before 5.6 cannot read a string export name, even in a declaration file it is told to skip.
export { default, default as 'module.exports' } from './plugin.ts';
