/**
 * Parta's keyboard shortcut: the browser's command reaches the tab it was pressed on (or the active
 * one), in the protocol's words; anything else is not Parta's command and sends nothing.
 */
import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onPartaCommand } from '../../../entrypoints/background/commands';

beforeEach(() => fakeBrowser.reset());

test('«report-violation» is passed to the tab it was pressed on', async () => {
  const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
  expect(await onPartaCommand('report-violation', { id: 42 } as never)).toBe(true);
  expect(send).toHaveBeenCalledWith(42, { type: 'page/command', command: 'report-violation' });
});

test('without a tab, the active one gets it; an unknown command sends nothing', async () => {
  const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
  const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7 }] as never);
  expect(await onPartaCommand('report-violation')).toBe(true);
  expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
  expect(send).toHaveBeenCalledWith(7, { type: 'page/command', command: 'report-violation' });
  send.mockClear();
  expect(await onPartaCommand('erase-everything', { id: 42 } as never)).toBe(false);
  expect(send).not.toHaveBeenCalled();
});
