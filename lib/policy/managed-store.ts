/**
 * The school's policy, from the browser's managed storage: Chrome and Yandex Browser read it from a
 * policy (its schema is public/managed-schema.json); Firefox from a managed-storage file. None set
 * (or a browser without the area): an empty policy. Read-only: nothing in Parta writes it.
 */
import { browser } from 'wxt/browser';
import type { LoadedSettings } from '../settings/index';
import { effectiveSettings, readManagedPolicy, type ManagedRead } from './managed';
import { settingsItem } from '../settings/store';

export async function loadManagedPolicy(): Promise<ManagedRead> {
  try {
    return readManagedPolicy(await browser.storage.managed.get(null));
  } catch {
    return { policy: {}, refused: [] }; // Firefox without a managed-storage file throws
  }
}

/** The settings every reader uses: the teacher's, with the school's policy over them. */
export async function loadEffectiveSettings(): Promise<LoadedSettings & { managed: ManagedRead }> {
  const [loaded, managed] = await Promise.all([settingsItem.load(), loadManagedPolicy()]);
  return { ...loaded, settings: effectiveSettings(loaded.settings, managed.policy), managed };
}
