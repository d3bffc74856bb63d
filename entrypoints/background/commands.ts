/**
 * Parta's keyboard shortcuts (manifest `commands`): the browser itself reports the teacher's key
 * press — no page can make one — and the background passes it to the tab it was pressed on.
 */
import { browser, type Browser } from 'wxt/browser';
import type { ToContent } from '../../lib/messaging/protocol';

export const COMMANDS = ['report-violation'] as const;
export type PartaCommand = (typeof COMMANDS)[number];

export async function onPartaCommand(command: string, tab?: Browser.tabs.Tab): Promise<boolean> {
  if (!(COMMANDS as readonly string[]).includes(command)) return false;
  const target = tab?.id !== undefined ? tab : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (target?.id === undefined) return false;
  const message: ToContent = { type: 'page/command', command: command as PartaCommand };
  await browser.tabs.sendMessage(target.id, message).catch(() => undefined);
  return true;
}

export function followCommands(): void {
  browser.commands?.onCommand.addListener((command, tab) => void onPartaCommand(command, tab));
}
