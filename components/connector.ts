/**
 * How popup and options talk to the browser: one interface, a real implementation over the
 * extension APIs and a mock twin, so the UI renders in unit tests and demos without a browser.
 */
import type { LoadedSettings, Settings } from '../lib/settings';
import type { PageStatus } from '../lib/protocol';

export type TabStatus =
  | { kind: 'status'; status: PageStatus }
  /** The tab is not a supported messenger page. */
  | { kind: 'unsupported' }
  /** A supported page whose content script does not answer (opened before install). */
  | { kind: 'no-contact' };

export interface Connector {
  tabStatus(): Promise<TabStatus>;
  loadSettings(): Promise<LoadedSettings>;
  saveSettings(settings: Settings): Promise<void>;
  openOptions(): void;
}

export function mockConnector(overrides: Partial<Connector> & { settings?: Settings } = {}): Connector {
  let saved: Settings | undefined = overrides.settings;
  return {
    tabStatus: async () => ({ kind: 'unsupported' }),
    loadSettings: async () => {
      const { DEFAULT_SETTINGS } = await import('../lib/settings');
      return { settings: saved ?? DEFAULT_SETTINGS, damaged: false };
    },
    saveSettings: async (settings) => {
      saved = settings;
    },
    openOptions: () => undefined,
    ...overrides,
  };
}
