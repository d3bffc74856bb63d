#!/usr/bin/env node
/**
 * The set-up the README's two commands need on a fresh Debian machine with only Node: the npm
 * packages from the committed lock (`npm ci`), and Debian's Chromium (and Firefox ESR and unzip for
 * the tests) when they are missing. Runs before `npm test` and `npm run demo`; does nothing when all
 * is there. Plain Node, no dependencies: it runs before any is installed.
 *
 *   node tests/tools/setup.mjs            # packages, chromium, firefox-esr
 *   node tests/tools/setup.mjs chromium   # packages, chromium (the demo)
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BROWSERS = { chromium: '/usr/bin/chromium', 'firefox-esr': '/usr/bin/firefox-esr' };
const wanted = process.argv.slice(2).length > 0 ? process.argv.slice(2) : Object.keys(BROWSERS);

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options });
  if (result.status !== 0) {
    console.error(`setup: «${command} ${args.join(' ')}» failed (exit ${result.status ?? result.signal}).`);
    process.exit(1);
  }
}

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`setup: Node ${process.versions.node} is too old: Parta needs Node 20.19 or newer (22 works too).`);
  process.exit(1);
}

if (!fs.existsSync(path.join(root, 'node_modules', '.package-lock.json'))) {
  console.log('setup: installing the npm packages from package-lock.json (npm ci)…');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

// The tests also unpack the release archives (tests/e2e/release.e2e.ts): `unzip`.
const TOOLS = wanted.includes('firefox-esr') ? { unzip: '/usr/bin/unzip' } : {};
const missing = [...wanted.filter((name) => BROWSERS[name] && !fs.existsSync(BROWSERS[name])), ...Object.entries(TOOLS).filter(([, file]) => !fs.existsSync(file)).map(([name]) => name)];
if (missing.length > 0) {
  console.log(`setup: installing ${missing.join(' and ')} from Debian's packages…`);
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const sudo = asRoot ? [] : ['sudo'];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run(sudo[0] ?? 'apt-get', [...sudo.slice(1), ...(asRoot ? [] : ['apt-get']), 'update', '-qq'], { env });
  run(sudo[0] ?? 'apt-get', [...sudo.slice(1), ...(asRoot ? [] : ['apt-get']), 'install', '-y', '-qq', ...missing], { env });
}
