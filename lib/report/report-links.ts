import { createRequire } from 'node:module';

const pkg = createRequire(import.meta.url)('../../package.json') as { homepage: string };

/** The section of docs/requirements.md on one requirement, as GitHub anchors its `### v4.0.3-3.4.2` heading. */
export function requirementUrl(id: string): string {
  return `${pkg.homepage.replace(/#.*$/, '')}/blob/main/docs/requirements.md#${id.replaceAll('.', '')}`;
}
