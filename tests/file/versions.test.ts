import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { declaredVersion, isDeclared, isOlderThan, rangeBelow } from '../../lib/file/versions.ts';

describe('rangeBelow', () => {
  it.for([
    ['0.5.3', true],
    ['v0.5.3', true],
    ['=0.5.3', true],
    ['0.6.0', false],
    // semver orders a prerelease before its release.
    ['0.6.0-beta.1', true],
    ['^0.6.0-beta.1', false],
    ['0.7.0', false],
    ['^0.5.0', true],
    ['^0.5', true],
    ['^0.6.0', false],
    ['^0', false],
    ['^0.0.3', true],
    ['^1.0.0', false],
    ['~0.5.1', true],
    ['~0', false],
    ['~> 0.5', true],
    ['0.5.x', true],
    ['0.x', false],
    ['0.5.*', true],
    ['0.5', true],
    ['<0.6', true],
    ['< 0.6.0', true],
    ['<=0.5.3', true],
    ['<=0.5', true],
    ['<=0.6', false],
    ['<=0.6.0', false],
    ['>=0.4.0 <0.6.0', true],
    ['>=0.4.0', false],
    ['>0.4', false],
    ['0.4.0 - 0.5.3', true],
    ['0.4 - 0.5', true],
    ['0.4.0 - 0.6.0', false],
    ['^0.4.0 || ^0.5.0', true],
    ['^0.5.0 || ^0.6.0', false],
    ['npm:passport@^0.5.0', true],
    ['npm:@scope/passport@0.5.0', true],
    ['workspace:^0.5.0', true],
    ['*', false],
    ['x', false],
    ['', false],
    ['latest', false],
    ['github:jaredhanson/passport', false],
    ['file:../passport', false],
  ] as const)('%s is below 0.6.0: %s', ([range, expected]) => {
    expect(rangeBelow(range, '0.6.0')).toBe(expected);
  });

  it('takes the lowest upper bound of a comparator set', () => {
    expect(rangeBelow('>=0.4.0 <0.7.0 <0.6.0', '0.6.0')).toBe(true);
    expect(rangeBelow('<=0.6.0 <0.6.0', '0.6.0')).toBe(true);
    expect(rangeBelow('<0.6.0 <=0.6.0', '0.6.0')).toBe(true);
    expect(rangeBelow('<=0.6.0 <=0.7.0', '0.6.0')).toBe(false);
    expect(rangeBelow('0.4.0 - latest', '0.6.0')).toBe(false);
    expect(rangeBelow('>=0.4 junk', '0.6.0')).toBe(false);
    expect(rangeBelow('<1', '0.6.0')).toBe(false);
    expect(rangeBelow('<1', '1.0.0')).toBe(true);
  });

  it('compares whole versions', () => {
    expect(rangeBelow('6.3.9', '6.4.0')).toBe(true);
    expect(rangeBelow('~6.2.0', '6.4.0')).toBe(true);
    expect(rangeBelow('^6.2.0', '6.4.0')).toBe(false);
    expect(rangeBelow('4', '5.0.0')).toBe(true);
    expect(rangeBelow('<=4.1.4', '5.0.0')).toBe(true);
  });
});

/** A project directory with a package.json, and a source file two levels below it. */
function project(manifest: unknown): { root: string; file: string } {
  const root = mkdtempSync(join(tmpdir(), 'asvs-versions-'));
  writeFileSync(join(root, 'package.json'), typeof manifest === 'string' ? manifest : JSON.stringify(manifest));
  mkdirSync(join(root, 'src', 'routes'), { recursive: true });
  return { root, file: join(root, 'src', 'routes', 'auth.ts') };
}

describe('declaredVersion', () => {
  it('prefers settings.asvs.versions', () => {
    const { file } = project({ dependencies: { passport: '^0.7.0' } });
    const context = { settings: { asvs: { versions: { passport: '0.5.3' } } }, physicalFilename: file };
    expect(declaredVersion(context, 'passport')).toEqual({ range: '0.5.3', source: 'settings' });
    expect(isOlderThan(context, 'passport', '0.6.0')).toBe(true);
  });

  it('reads the nearest package.json that declares the package, in any dependency field', () => {
    const { file } = project({ name: 'app', devDependencies: { 'koa-session': '~6.2.0' }, dependencies: { passport: '^0.5.0' } });
    const context = { settings: {}, physicalFilename: file };
    expect(declaredVersion(context, 'passport')).toEqual({ range: '^0.5.0', source: 'package.json' });
    expect(isOlderThan(context, 'koa-session', '6.4.0')).toBe(true);
    expect(isDeclared(context, 'passport')).toBe(true);
  });

  it('walks past package.json files that do not declare it', () => {
    const { root } = project({ dependencies: { passport: '0.4.1' } });
    const workspace = join(root, 'packages', 'api');
    mkdirSync(join(workspace, 'src'), { recursive: true });
    writeFileSync(join(workspace, 'package.json'), JSON.stringify({ dependencies: { express: '^5.0.0' } }));
    const context = { settings: {}, physicalFilename: join(workspace, 'src', 'login.js') };
    expect(declaredVersion(context, 'passport')).toEqual({ range: '0.4.1', source: 'package.json' });
    expect(declaredVersion(context, 'express')).toEqual({ range: '^5.0.0', source: 'package.json' });
  });

  it('assumes a current version when nothing declares the package', () => {
    const { file } = project({ dependencies: { express: '^5.0.0' } });
    const context = { settings: {}, physicalFilename: file };
    expect(declaredVersion(context, 'passport')).toEqual({ range: undefined, source: 'assumed' });
    expect(isOlderThan(context, 'passport', '0.6.0')).toBe(false);
    expect(isDeclared(context, 'passport')).toBe(false);
  });

  it('survives broken and odd manifests', () => {
    for (const manifest of ['{ not json', 'null', '[]', JSON.stringify({ dependencies: null, devDependencies: { passport: 5 } })]) {
      const { file } = project(manifest);
      expect(declaredVersion({ settings: {}, physicalFilename: file }, 'passport').source).toBe('assumed');
    }
  });

  it('does not look for a package.json for code without a file', () => {
    for (const physicalFilename of ['<input>', '<text>', '']) {
      expect(declaredVersion({ settings: {}, physicalFilename }, 'passport')).toEqual({ range: undefined, source: 'assumed' });
    }
  });

  it('resolves relative file names from the working directory', () => {
    expect(declaredVersion({ settings: {}, physicalFilename: 'file.ts' }, 'vitest').source).toBe('package.json');
  });
});
