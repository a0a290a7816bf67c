import { dirname, join, resolve } from 'node:path';
import { readJsonFile } from './config-files.ts';
import { bestPattern, sourceFileFor } from './file-candidates.ts';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The nearest package.json from `dir` up to `root` (inclusive), with its folder. */
export function nearestPackage(dir: string, root: string): { dir: string; json: Json } | undefined {
  for (let current = dir; ; current = dirname(current)) {
    const json = readJsonFile(join(current, 'package.json'));
    if (isObject(json)) return { dir: current, json };
    if (current === root || dirname(current) === current || !current.startsWith(root)) return undefined;
  }
}

// Conditions a source reader prefers: the source itself first, the emitted JavaScript last, types only as a hint.
const CONDITIONS = ['source', 'development', 'import', 'node', 'module', 'default', 'require', 'types'];

/** The path a package.json `exports`/`imports` target names, after conditions are chosen. */
export function conditionalTarget(target: unknown): string | undefined {
  if (typeof target === 'string') return target;
  if (Array.isArray(target)) {
    for (const item of target) {
      const found = conditionalTarget(item);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (!isObject(target)) return undefined;
  for (const condition of CONDITIONS) {
    if (condition in target) {
      const found = conditionalTarget(target[condition]);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** A package-relative target (`./dist/x.js`, `./src/x.d.ts`) as a source file: the file itself, its TS source, or the same path under src/. */
export function packageTargetFile(packageDir: string, target: string): string | undefined {
  const plain = target.replace(/\.d\.([cm]?)ts$/, '.$1ts');
  const direct = sourceFileFor(resolve(packageDir, plain));
  if (direct) return direct;
  const inSource = plain.replace(/^\.?\/?(?:dist|lib|build|out)\//, './src/');
  return inSource === plain ? undefined : sourceFileFor(resolve(packageDir, inSource));
}

/** `#alias` through the nearest package.json's `imports` (Node's subpath imports). */
export function resolvePackageImport(fromDir: string, root: string, specifier: string): string | undefined {
  const found = nearestPackage(fromDir, root);
  const imports = found?.json.imports;
  if (!found || !isObject(imports)) return undefined;
  const match = bestPattern(Object.keys(imports), specifier);
  const target = match && conditionalTarget(imports[match.pattern]);
  return target === undefined ? undefined : packageTargetFile(found.dir, target.replaceAll('*', match!.star));
}

/** The source file of a package's entry (`subpath` '' for the root) through its `exports`, `source`, `module`, `main` or `types`, else src/index. */
export function packageEntry(packageDir: string, json: Json, subpath: string): string | undefined {
  const exports = json.exports;
  const key = subpath === '' ? '.' : `./${subpath}`;
  if (isObject(exports) && Object.keys(exports).some((name) => name.startsWith('.'))) {
    const match = bestPattern(Object.keys(exports), key);
    const target = match && conditionalTarget(exports[match.pattern]);
    if (target !== undefined) return packageTargetFile(packageDir, target.replaceAll('*', match!.star));
  } else if (subpath === '' && exports !== undefined) {
    const target = conditionalTarget(exports);
    if (target !== undefined) return packageTargetFile(packageDir, target);
  }
  if (subpath !== '') return sourceFileFor(join(packageDir, subpath)) ?? packageTargetFile(packageDir, `./${subpath}`);
  for (const field of ['source', 'module', 'main', 'types']) {
    const target = json[field];
    const file = typeof target === 'string' ? packageTargetFile(packageDir, target) : undefined;
    if (file) return file;
  }
  return sourceFileFor(join(packageDir, 'src', 'index'));
}
