// @vitest-environment happy-dom
/**
 * Restoring a backup under a school's policy: the preview does not offer to change what the
 * school sets (the restore keeps it), and still shows what the file does change.
 */
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, expect, test } from 'vitest';
import { FeedbackProvider } from '../../../components/feedback';
import { uiTranslator } from '../../../components/i18n';
import { Backup } from '../../../entrypoints/options/Backup';
import { makeBackup } from '../../../lib/backup/backup';
import { mockConnector } from '../../../lib/connector/connector';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/index';

let container: HTMLElement | null = null;
afterEach(() => {
  if (container) render(null, container);
  container?.remove();
  container = null;
});

test('a key the school sets is not in the restore preview; the others are', async () => {
  const stored: Settings = { ...DEFAULT_SETTINGS, platforms: 'vk', coverageThreshold: 90 };
  const connector = mockConnector({
    settings: stored,
    loadSettings: async () => ({ settings: { ...stored, platforms: 'max' }, damaged: false, managed: { policy: { platforms: 'max' }, refused: [] } }),
  });
  const fromFile: Settings = { ...DEFAULT_SETTINGS, platforms: 'both', coverageThreshold: 75 };
  const text = JSON.stringify(makeBackup({ settings: fromFile, invites: [], chats: [], classes: [], overrides: [], classSizes: [], violations: [], blocks: [], leavers: [], drafts: [] }, Date.UTC(2026, 11, 1)));
  container = document.createElement('div');
  document.body.append(container);
  await act(async () => {
    render(h(FeedbackProvider, null, h(Backup, { connector, t: uiTranslator('ru'), onImported: () => undefined })), container as HTMLElement);
  });
  const input = container.querySelector<HTMLInputElement>('#backup-import')!;
  const file = new File([text], 'backup.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
    for (let turn = 0; turn < 10; turn++) await new Promise((resolve) => setTimeout(resolve, 0));
  });
  const changes = container.querySelector('[data-testid="settings-changes"]')?.textContent ?? '';
  expect(changes).toContain('75');
  expect(changes).not.toMatch(/VK|MAX/);
});
