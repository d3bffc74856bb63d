// @vitest-environment happy-dom
/**
 * «Сообщить о странице» in the popup: after saving, it says the file is in the browser's downloads
 * folder and where it goes next — the publisher's address when the build has one, else whoever
 * installed Parta for the teacher.
 */
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, expect, test, vi } from 'vitest';
import { ReportPage } from '../../../components/ReportPage';
import { mockConnector } from '../../../lib/connector/connector';
import type { PageStructure } from '../../../lib/sites/snapshot';

const saved: string[] = [];
vi.mock('../../../lib/dom/download', () => ({ download: (name: string) => saved.push(name) }));

const STRUCTURE: PageStructure = { format: 'parta-page-structure', version: 2, site: 'max', host: 'web.max.ru', truncated: 0, root: ['body', {}, []] };
let container: HTMLElement;

async function saveWith(contact: string | null): Promise<HTMLElement> {
  container = document.createElement('div');
  document.body.append(container);
  const connector = mockConnector({ pageStructure: async () => STRUCTURE });
  await act(async () => {
    render(h(ReportPage, { connector, contact }), container);
  });
  await act(async () => {
    (container.querySelector('button') as HTMLButtonElement).click();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  return container;
}

afterEach(() => {
  render(null, container);
  container.remove();
});

test('with no publisher address, the file goes to whoever installed Parta', async () => {
  const status = (await saveWith(null)).querySelector('[role="status"]');
  expect(saved.at(-1)).toMatch(/^Парта — страница web\.max\.ru/);
  expect(status?.textContent).toContain('Файл сохранён в папку загрузок браузера');
  expect(status?.textContent).toContain('тому, кто установил вам Парту');
  expect(status?.querySelector('a')).toBeNull();
});

test('with the publisher\'s address, it says where to send the file, as a link', async () => {
  const status = (await saveWith('https://parta.example/issues')).querySelector('[role="status"]');
  expect(status?.textContent).toContain('Отправьте его разработчикам Парты:');
  expect(status?.querySelector('a')?.getAttribute('href')).toBe('https://parta.example/issues');
});
