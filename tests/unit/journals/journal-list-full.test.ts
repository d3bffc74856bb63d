/**
 * A 21st journal address: the list keeps 20, so the 21st is refused in words and the browser's grant
 * for it is given back — never «Добавлено» for an address that is not kept while its grant stays.
 */
import 'fake-indexeddb/auto';
import { expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MAX_CUSTOM_JOURNALS } from '../../../lib/journals/custom-journals';

test('the 21st address is refused, not kept, and its grant given back; one already kept may be asked again', async () => {
  fakeBrowser.reset();
  const granted = new Set<string>();
  const permissions = fakeBrowser.permissions as unknown as Record<string, unknown>;
  permissions.request = async ({ origins }: { origins: string[] }) => (origins.forEach((origin) => granted.add(origin)), true);
  permissions.remove = async ({ origins }: { origins: string[] }) => (origins.forEach((origin) => granted.delete(origin)), true);
  permissions.contains = async ({ origins }: { origins: string[] }) => origins.every((origin) => granted.has(origin));
  const { browserConnector } = await import('../../../lib/connector/browser');
  for (let index = 0; index < MAX_CUSTOM_JOURNALS; index++) expect(await browserConnector.journals.add(`https://ej${index}.school.ru`, 'other', index)).toBe(true);
  await expect(browserConnector.journals.add('https://ej-extra.school.ru', 'other', 99)).rejects.toMatchObject({ name: 'JournalListFullError' });
  const listed = await browserConnector.journals.list();
  expect(listed).toHaveLength(MAX_CUSTOM_JOURNALS);
  expect(listed.some((journal) => journal.origin === 'https://ej-extra.school.ru')).toBe(false);
  expect(granted.has('https://ej-extra.school.ru/*')).toBe(false);
  // Asking again for one already in the list is not an addition.
  expect(await browserConnector.journals.add('https://ej3.school.ru', 'netschool', 100)).toBe(true);
  expect((await browserConnector.journals.list()).find((journal) => journal.origin === 'https://ej3.school.ru')?.kind).toBe('netschool');
});

test('a grant that is not in the list (left from an address refused or removed elsewhere) is shown and can be given back', async () => {
  fakeBrowser.reset();
  const granted = new Set<string>(['https://web.max.ru/*', 'https://school.mos.ru/*', 'https://left.school.ru/*', 'https://kept.school.ru/*']);
  const permissions = fakeBrowser.permissions as unknown as Record<string, unknown>;
  permissions.request = async ({ origins }: { origins: string[] }) => (origins.forEach((origin) => granted.add(origin)), true);
  permissions.remove = async ({ origins }: { origins: string[] }) => (origins.forEach((origin) => granted.delete(origin)), true);
  permissions.contains = async ({ origins }: { origins: string[] }) => origins.every((origin) => granted.has(origin));
  permissions.getAll = async () => ({ origins: [...granted], permissions: [] });
  const { browserConnector } = await import('../../../lib/connector/browser');
  expect(await browserConnector.journals.add('https://kept.school.ru', 'other', 1)).toBe(true);
  // Parta's own sites and the listed address are not strays; the left-over grant is.
  expect(await browserConnector.journals.strays()).toEqual(['https://left.school.ru']);
  await browserConnector.journals.remove('https://left.school.ru');
  expect(granted.has('https://left.school.ru/*')).toBe(false);
  expect(await browserConnector.journals.strays()).toEqual([]);
});
