import type { ESLint, Rule } from 'eslint';

export function layerViolation(libRoot: string, importer: string, target: string): string | undefined;
export const layerImports: Rule.RuleModule;
declare const plugin: ESLint.Plugin;
export default plugin;
