/** Settings in extension storage (`storage.local`, key `settings`), validated on every read. */
import { storedItem } from '../util/item-store';
import { readPageSettings, readSettings, type LoadedSettings, type PageSettings, type Settings } from './index';

const KEY = 'settings';

/**
 * For extension pages and the background. Written only as valid: callers parse with
 * `settingsSchema` (schema.ts) first, so an invalid object never reaches storage.
 */
export const settingsItem = /* @__PURE__ */ storedItem<LoadedSettings, Settings>(KEY, { read: readSettings });

/** For content scripts: the same key, read by the light validator (see validatePageSettings). */
export const pageSettingsItem = /* @__PURE__ */ storedItem<PageSettings>(KEY, { read: readPageSettings });
