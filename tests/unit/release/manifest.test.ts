/**
 * What a store reviewer and a browser check in the package, checked from the sources: the lowest
 * Chromium the manifest admits runs every feature the code uses, both locales say the same things
 * within the stores' limits, and the listing's permission table names every permission and site.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { JOURNAL_MATCHES } from '../../../lib/journals/adapters';
import { MESSENGER_MATCHES } from '../../../lib/sites/hosts';

const config = fs.readFileSync('wxt.config.ts', 'utf8');
const listing = fs.readFileSync('tests/demo/store/listing.md', 'utf8');

/** Web features by the first Chromium that has them; extend when the code takes up a newer one. */
const FEATURES: { pattern: RegExp; chromium: number; what: string }[] = [
  { pattern: /:has\(/, chromium: 105, what: 'CSS :has() in selectors' },
  { pattern: /storage\.session/, chromium: 102, what: 'storage.session' },
  { pattern: /Object\.hasOwn\(/, chromium: 93, what: 'Object.hasOwn' },
  { pattern: /\.at\(-?\d/, chromium: 92, what: 'Array.prototype.at' },
  { pattern: /structuredClone\(/, chromium: 98, what: 'structuredClone' },
  { pattern: /\.findLast(Index)?\(/, chromium: 97, what: 'findLast' },
  { pattern: /\.to(Sorted|Reversed|Spliced)\(/, chromium: 110, what: 'change-array-by-copy' },
  { pattern: /Object\.groupBy\(|Map\.groupBy\(/, chromium: 117, what: 'groupBy' },
  { pattern: /Promise\.withResolvers\(/, chromium: 119, what: 'Promise.withResolvers' },
  { pattern: /AbortSignal\.any\(/, chromium: 116, what: 'AbortSignal.any' },
  { pattern: /URL\.(canParse|parse)\(/, chromium: 120, what: 'URL.canParse / URL.parse' },
  { pattern: /\.(union|intersection|difference|symmetricDifference|isSubsetOf)\(\s*new Set/, chromium: 122, what: 'Set methods' },
  { pattern: /Array\.fromAsync\(/, chromium: 121, what: 'Array.fromAsync' },
];

function sources(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx|css)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe('the package', () => {
  test('minimum_chrome_version admits no Chromium that lacks a feature the code uses', () => {
    const declared = Number(/MINIMUM_CHROME_VERSION = '(\d+)'/.exec(config)?.[1]);
    const code = ['lib', 'entrypoints', 'components'].flatMap(sources).map((file) => [file, fs.readFileSync(file, 'utf8')] as const);
    const used = FEATURES.filter((feature) => code.some(([, text]) => feature.pattern.test(text)));
    expect(used.map((feature) => feature.what)).toContain('CSS :has() in selectors');
    const needed = Math.max(...used.map((feature) => feature.chromium));
    expect(declared).toBeGreaterThanOrEqual(needed);
  });

  test('both locales hold the same messages; descriptions within the stores\' 132 characters', () => {
    const messages = (language: string) =>
      JSON.parse(fs.readFileSync(`public/_locales/${language}/messages.json`, 'utf8')) as Record<string, { message: string }>;
    const ru = messages('ru');
    const en = messages('en');
    expect(Object.keys(en).sort()).toEqual(Object.keys(ru).sort());
    for (const name of ['extName', 'extDescription', 'actionTitle', 'cmdReportViolation']) expect(ru[name]?.message).toBeTruthy();
    for (const locale of [ru, en]) expect([...(locale.extDescription?.message ?? '')].length).toBeLessThanOrEqual(132);
    const short = [...listing.matchAll(/^- (ru|en): (.+)$/gm)].filter((match) => listing.indexOf(match[0]) < listing.indexOf('## Подробное'));
    expect(short).toHaveLength(2);
    for (const [, , text] of short) expect([...(text ?? '')].length).toBeLessThanOrEqual(132);
  });

  test('the listing\'s permission table names every permission and every messenger site', () => {
    const table = listing.slice(listing.indexOf('## Разрешения'), listing.indexOf('## Данные пользователя'));
    const permissions = [...(/permissions: \[([^\]]*)\]/.exec(config)?.[1] ?? '').matchAll(/'([a-zA-Z]+)'/g)].map((match) => match[1] as string);
    expect(permissions.length).toBeGreaterThan(3);
    for (const permission of permissions) expect(table).toContain(`\`${permission}\``);
    const hosts = new Set(MESSENGER_MATCHES.map((match) => new URL(match.replace('*', 'x')).hostname));
    const named = (host: string) => new RegExp(`(^|[^\\w.-])${host.replaceAll('.', '\\.')}([^\\w.-]|$)`).test(table);
    expect([...hosts].filter((host) => !named(host))).toEqual([]);
    expect(JOURNAL_MATCHES.length).toBeGreaterThan(10);
  });
});
