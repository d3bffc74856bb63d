/**
 * README «Для школы» as an administrator copies it: every key its table names is one Parta reads
 * (and the other way round), and each sample file is well formed for its browser — the Chromium and
 * Yandex Browser file under `3rdparty.extensions.<the documented id>`, Firefox's policies.json inside
 * its `policies` wrapper, the managed-storage file with its name and type — with values Parta takes whole.
 */
import fs from 'node:fs';
import { expect, test } from 'vitest';
import { MANAGED_KEYS, readManagedPolicy } from '../../../lib/policy/managed';

const readme = fs.readFileSync('README.md', 'utf8');
const section = readme.slice(readme.indexOf('## Для школы'), readme.indexOf('## Для издателя'));
const samples = [...section.matchAll(/```json\n([\s\S]*?)```/g)].map((match) => JSON.parse(match[1] as string) as Record<string, unknown>);
const CHROMIUM_ID = /`([a-p]{32})`/.exec(section)?.[1];

const at = (value: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>((node, key) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined), value);

test('the table names exactly the keys Parta reads', () => {
  const table = section.slice(section.indexOf('| ключ |'), section.indexOf('**Проверка.**'));
  const named = [...table.matchAll(/^\| `(\w+)` \|/gm)].map((match) => match[1]);
  expect(named.sort()).toEqual([...MANAGED_KEYS].sort());
});

test('three sample files, each in its browser\'s form, with values Parta takes whole', () => {
  expect(samples).toHaveLength(3);
  expect(CHROMIUM_ID).toBe('aiimfpmhlieeijijllonbijoijajlhmj');
  const [chromium, firefoxPolicies, managedStorage] = samples;
  const values = [
    at(chromium, '3rdparty', 'extensions', CHROMIUM_ID as string),
    at(firefoxPolicies, 'policies', '3rdparty', 'Extensions', 'parta@parta.school'),
    at(managedStorage, 'data'),
  ];
  expect(managedStorage).toMatchObject({ name: 'parta@parta.school', type: 'storage' });
  for (const value of values) {
    expect(value).toBeTypeOf('object');
    const read = readManagedPolicy(value);
    expect(read.refused).toEqual([]);
    expect(Object.keys(read.policy).length).toBe(Object.keys(value as object).length);
  }
});
