/**
 * The README's «Где работает» table and the manifest's host permissions (the content scripts'
 * matches) name the same hosts: a teacher reads the one, the browser enforces the other.
 */
import fs from 'node:fs';
import { expect, test } from 'vitest';
import { MESSENGER_MATCHES } from '../../../lib/sites/hosts';
import { JOURNAL_MATCHES } from '../../../lib/journals/adapters';

const hostOf = (pattern: string) => /^https:\/\/([^/]+)\//.exec(pattern)?.[1] ?? pattern;

test('every host Parta may run on is in the README table, and the table names no other', () => {
  const readme = fs.readFileSync('README.md', 'utf8');
  const table = readme.slice(readme.indexOf('## Где работает'), readme.indexOf('## Приватность'));
  const named = new Set([...table.matchAll(/`([^`]+)`/g)].map((match) => match[1]).filter((text) => /^[*a-z0-9.-]+\.[a-z]{2,}$/.test(text) && !text.endsWith('.php')));
  const manifest = new Set([...MESSENGER_MATCHES, ...JOURNAL_MATCHES].map(hostOf));
  expect([...manifest].filter((host) => !named.has(host))).toEqual([]);
  // The portal is named only to say Parta does not work there.
  expect([...named].filter((host) => !manifest.has(host))).toEqual(['myschool.edu.ru']);
});
