// The corpus: ecosystem/apps.json, the real applications the plugin is measured on.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type AppKind = 'app' | 'vulnerable';

export interface App {
  readonly name: string;
  /** owner/name on GitHub. */
  readonly repo: string;
  /** The pinned commit the snapshot is taken from. */
  readonly commit: string;
  /** Files and folders to lint, relative to the app's root. */
  readonly folders: readonly string[];
  readonly stack: readonly string[];
  readonly kind: AppKind;
}

/** The marker a snapshot carries: the commit it was exported from (ecosystem/README.md). */
export const COMMIT_MARKER = '.ecosystem-commit';

export function loadApps(file: string): App[] {
  const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(data)) throw new Error(`${file}: expected an array of apps`);
  return data.map((entry, index) => checkApp(entry, `${file}[${index}]`));
}

function checkApp(entry: unknown, where: string): App {
  const app = entry as Partial<App>;
  const problems = [
    typeof app.name === 'string' && /^[\w.-]+$/.test(app.name) ? '' : 'name',
    typeof app.repo === 'string' && /^[\w.-]+\/[\w.-]+$/.test(app.repo) ? '' : 'repo',
    typeof app.commit === 'string' && /^[0-9a-f]{40}$/.test(app.commit) ? '' : 'commit',
    isStringList(app.folders) && app.folders.length > 0 ? '' : 'folders',
    isStringList(app.stack) ? '' : 'stack',
    app.kind === 'app' || app.kind === 'vulnerable' ? '' : 'kind',
  ].filter(Boolean);
  if (problems.length > 0) throw new Error(`${where}: bad ${problems.join(', ')}`);
  return app as App;
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** Why the snapshot of `app` under `snapshots` cannot be trusted, or undefined when it matches the pinned commit. */
export function snapshotProblem(app: App, snapshots: string): string | undefined {
  const root = join(snapshots, app.name);
  if (!existsSync(root)) return `no snapshot at ${root}`;
  const marker = join(root, COMMIT_MARKER);
  if (!existsSync(marker)) return `no ${COMMIT_MARKER} in ${root}: cannot tell which commit it holds`;
  const commit = readFileSync(marker, 'utf8').trim();
  return commit === app.commit ? undefined : `snapshot holds ${commit.slice(0, 12)}, apps.json pins ${app.commit.slice(0, 12)}`;
}
