import { createRequire } from 'node:module';
import type { Rule } from 'eslint';
import type { ReportingDescriptor, Result, ToolComponent } from 'sarif';
import type { PluginIdentity } from '../report/lint-setup.ts';
import { allAsvsRules, asvsRuleOf } from '../report/rule-catalog.ts';
import { asvsDescriptor, foreignDescriptor } from './sarif-descriptors.ts';

const require = createRequire(import.meta.url);
const pkg = require('../../package.json') as { name: string; version: string; homepage: string };

export interface ToolsContext {
  readonly rulesMeta: Readonly<Record<string, Rule.RuleMetaData>>;
  /** The plugins behind rule namespaces, when the caller read the config; else extensions are named by namespace. */
  readonly plugins?: ReadonlyMap<string, PluginIdentity>;
}

/**
 * The run's tool: our rules under `tool.driver`, every one of them whether it reported or not, and the rules of
 * ESLint itself and of each other plugin under their own `tool.extensions` entry, so that code scanning never
 * shows another plugin's rule as ours. A result points at its rule with `ruleIndex` in the driver, or with a
 * `rule` reference that names the extension.
 */
export function sarifTools({ rulesMeta, plugins }: ToolsContext) {
  const driverRules = allAsvsRules().map((rule) => asvsDescriptor(`asvs/${rule.name}`, rule));
  const driverIndexes = new Map(driverRules.map((descriptor, index) => [descriptor.id, index]));
  const extensions: ToolComponent[] = [eslintComponent()];
  const extensionIndexes = new Map<string, number>([['', 0]]);
  const foreignIndexes = new Map<string, { component: number; index: number }>();

  function reference(ruleId: string, level: Result.level): Pick<Result, 'ruleIndex' | 'rule'> {
    const known = driverIndexes.get(ruleId);
    if (known !== undefined) return { ruleIndex: known };
    const meta = rulesMeta[ruleId];
    const ours = asvsRuleOf(ruleId, meta);
    if (ours) {
      const index = driverRules.push(asvsDescriptor(ruleId, ours)) - 1;
      driverIndexes.set(ruleId, index);
      return { ruleIndex: index };
    }
    let place = foreignIndexes.get(ruleId);
    if (!place) {
      const component = componentOf(namespaceOf(ruleId));
      const rules = (extensions[component]!.rules ??= []);
      place = { component, index: rules.push(foreignDescriptor(ruleId, meta, level)) - 1 };
      foreignIndexes.set(ruleId, place);
    }
    return { rule: { id: ruleId, index: place.index, toolComponent: { index: place.component } } };
  }

  function componentOf(namespace: string): number {
    const known = extensionIndexes.get(namespace);
    if (known !== undefined) return known;
    const plugin = plugins?.get(namespace);
    const index = extensions.push({ name: plugin?.name ?? namespace, ...(plugin?.version ? { version: plugin.version } : {}), rules: [] }) - 1;
    extensionIndexes.set(namespace, index);
    return index;
  }

  return {
    reference,
    driver: (): ToolComponent => ({ name: pkg.name, version: pkg.version, semanticVersion: pkg.version, informationUri: pkg.homepage, rules: driverRules }),
    extensions: (): ToolComponent[] => extensions,
  };
}

/** `@typescript-eslint/no-explicit-any` → `@typescript-eslint`; a core rule has none. */
function namespaceOf(ruleId: string): string {
  const slash = ruleId.lastIndexOf('/');
  return slash === -1 ? '' : ruleId.slice(0, slash);
}

function eslintComponent(): ToolComponent {
  const rules: ReportingDescriptor[] = [];
  try {
    const eslint = require('eslint/package.json') as { version: string; homepage?: string };
    return { name: 'eslint', version: eslint.version, ...(eslint.homepage ? { informationUri: eslint.homepage } : {}), rules };
  } catch {
    return { name: 'eslint', rules };
  }
}
