/**
 * The store packages: `wxt zip` (what `npm run zip` runs) makes the Firefox package and the sources
 * archive a reviewer rebuilds it from; following the README's build instructions in the unpacked
 * sources gives exactly the packaged files, and every version is package.json's. Run in a copy of
 * the working tree so the other tests' `.output` is never touched; the packages from the committed
 * lock are linked in rather than downloaded again (no network in the tests).
 */
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';

const ROOT = path.resolve('.');
const VERSION = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'parta-release-'));

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** A shell's environment, not the test runner's: vitest sets NODE_ENV=test, which would make a development build. */
const SHELL_ENV = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST')));
const run = (command: string, args: string[], cwd: string, env: Record<string, string> = {}) =>
  execFileSync(command, args, { cwd, stdio: 'pipe', env: { ...SHELL_ENV, ...env } }).toString();

/** Every file under `dir`, relative, with its SHA-256. */
function hashes(dir: string): Map<string, string> {
  const result = new Map<string, string>();
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else result.set(path.relative(dir, full), crypto.createHash('sha256').update(fs.readFileSync(full)).digest('hex'));
    }
  };
  walk(dir);
  return result;
}

/** The working tree as git sees it (tracked and new files, nothing ignored), copied to `to`. */
function copyTree(to: string): void {
  const files = run('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], ROOT).split('\0').filter(Boolean);
  for (const file of files) {
    if (!fs.existsSync(path.join(ROOT, file))) continue; // deleted, not yet committed
    fs.mkdirSync(path.dirname(path.join(to, file)), { recursive: true });
    fs.copyFileSync(path.join(ROOT, file), path.join(to, file));
  }
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(to, 'node_modules'), 'dir');
}

test('the sources archive rebuilds the Firefox package file for file, by the README’s instructions; versions from package.json', { timeout: 240_000 }, () => {
  const tree = path.join(work, 'tree');
  copyTree(tree);
  run('npx', ['wxt', 'zip', '-b', 'firefox'], tree);
  const packaged = path.join(tree, '.output', `parta-${VERSION}-firefox.zip`);
  const sources = path.join(tree, '.output', `parta-${VERSION}-sources.zip`);
  expect([fs.existsSync(packaged), fs.existsSync(sources)]).toEqual([true, true]);

  // The sources: what the repository tracks and the README that says how to build — nothing made locally.
  const listed = run('unzip', ['-Z1', sources], work).split('\n').filter(Boolean);
  for (const needed of ['README.md', 'package.json', 'package-lock.json', 'wxt.config.ts', 'PRIVACY.md', 'LICENSE']) expect(listed).toContain(needed);
  expect(listed.filter((name) => /^(demo-screenshots|\.output|node_modules|test-results)\//.test(name))).toEqual([]);
  const readme = fs.readFileSync(path.join(tree, 'README.md'), 'utf8');
  expect(readme).toContain('npm ci && npm run zip');

  // A reviewer unpacks the sources and builds as the README says (the lock's packages linked in).
  const rebuilt = path.join(work, 'rebuilt');
  fs.mkdirSync(rebuilt);
  run('unzip', ['-q', sources, '-d', rebuilt], work);
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(rebuilt, 'node_modules'), 'dir');
  run('npx', ['wxt', 'build', '-b', 'firefox'], rebuilt);

  const unpacked = path.join(work, 'packaged');
  fs.mkdirSync(unpacked);
  run('unzip', ['-q', packaged, '-d', unpacked], work);
  const fromPackage = hashes(unpacked);
  const fromSources = hashes(path.join(rebuilt, '.output', 'firefox-mv2'));
  expect(fromPackage.size).toBeGreaterThan(10);
  expect([...fromSources.keys()].sort()).toEqual([...fromPackage.keys()].sort());
  const differing = [...fromPackage].filter(([file, hash]) => fromSources.get(file) !== hash).map(([file]) => file);
  expect(differing).toEqual([]);

  const manifest = JSON.parse(fs.readFileSync(path.join(unpacked, 'manifest.json'), 'utf8')) as { version: string };
  expect(manifest.version).toBe(VERSION);
  // A production build: no file paths of the machine that built it in what is shipped.
  const shipped = [...fromPackage.keys()].filter((file) => file.endsWith('.js')).map((file) => fs.readFileSync(path.join(unpacked, file), 'utf8'));
  expect(shipped.filter((code) => code.includes(work) || code.includes('lineNumber:'))).toEqual([]);
});

test('the archive for unpacked installs carries the public key (a fixed id); the store upload does not', { timeout: 240_000 }, () => {
  const tree = path.join(work, 'store-tree');
  copyTree(tree);
  run('npx', ['wxt', 'zip'], tree);
  // A store build names its publisher or is not made: no address is ever made up.
  expect(() => run('npm', ['run', '--silent', 'zip:store'], tree)).toThrow(/PARTA_CONTACT_URL is not set/);
  const publisher = { PARTA_CONTACT_URL: 'https://parta.example/issues', PARTA_PRIVACY_URL: 'https://parta.example/privacy' };
  run('npm', ['run', '--silent', 'zip:store'], tree, publisher);
  const manifestIn = (zip: string) =>
    JSON.parse(run('unzip', ['-p', path.join(tree, '.output', zip), 'manifest.json'], work)) as { key?: string; version: string };
  expect(manifestIn(`parta-${VERSION}-chrome.zip`).key).toMatch(/^MIIB/);
  const store = manifestIn(`parta-${VERSION}-chrome-store.zip`);
  expect(store.key).toBeUndefined();
  expect(store.version).toBe(VERSION);
  expect(store).toMatchObject({ homepage_url: 'https://parta.example/issues' });
});
