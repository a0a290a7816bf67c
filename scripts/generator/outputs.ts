import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderRequirements, renderRulesMeta } from './render-code.ts';
import { renderReadme, renderRequirementsDoc, renderRuleDoc } from './render-markdown.ts';
import type { RulesData } from './types.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Every file the generator owns, by path relative to the repository root, with its expected content. */
export function renderOutputs(data: RulesData, readme = readFileSync(`${ROOT}README.md`, 'utf8')): Map<string, string> {
  const outputs = new Map<string, string>([
    ['lib/generated/rules-data.ts', renderRulesMeta(data)],
    ['lib/generated/requirements.ts', renderRequirements(data)],
    ['docs/requirements.md', renderRequirementsDoc(data)],
    ['README.md', renderReadme(readme, data)],
  ]);
  for (const rule of data.rules) outputs.set(`docs/rules/${rule.name}.md`, renderRuleDoc(rule, data));
  return outputs;
}

/** Generated files on disk that no longer correspond to anything in the data. */
export function staleOutputs(outputs: Map<string, string>, listDir: (dir: string) => string[]): string[] {
  return listDir('docs/rules')
    .filter((file) => file.endsWith('.md'))
    .map((file) => `docs/rules/${file}`)
    .filter((path) => !outputs.has(path));
}
