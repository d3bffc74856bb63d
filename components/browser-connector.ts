/** The real connector: extension APIs. */
import { browser } from 'wxt/browser';
import { pageStatusSchema, type ToContent } from '../lib/protocol';
import { settingsSchema } from '../lib/settings-schema';
import { loadSettings, writeSettings } from '../lib/settings-store';
import { MESSENGER_ADAPTERS } from '../lib/sites/index';
import type { Connector, TabStatus } from './connector';

/**
 * The tab the popup reports on: the active tab of the window the popup belongs to. A `?tab=<id>`
 * query parameter overrides it — the end-to-end tests open the popup as a page and name the tab.
 */
async function targetTab(): Promise<{ id: number; url?: string } | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) {
    const tab = await browser.tabs.get(fromQuery).catch(() => null);
    return tab?.id ? { id: tab.id, url: tab.url } : null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ? { id: tab.id, url: tab.url } : null;
}

async function tabStatus(): Promise<TabStatus> {
  const tab = await targetTab();
  if (!tab) return { kind: 'unsupported' };
  const request: ToContent = { type: 'page/status' };
  try {
    const answer = await browser.tabs.sendMessage(tab.id, request);
    const parsed = pageStatusSchema.safeParse(answer);
    if (parsed.success) return { kind: 'status', status: parsed.data };
  } catch {
    // no content script in the tab
  }
  // Without the "tabs" permission the URL is only known for our own hosts: a known URL means
  // a supported page whose content script did not answer.
  const supported = tab.url ? MESSENGER_ADAPTERS.some((adapter) => adapter.matches(new URL(tab.url as string))) : false;
  return supported ? { kind: 'no-contact' } : { kind: 'unsupported' };
}

export const browserConnector: Connector = {
  tabStatus,
  loadSettings,
  saveSettings: (settings) => writeSettings(settingsSchema.parse(settings)),
  openOptions: () => void browser.runtime.openOptionsPage(),
};
