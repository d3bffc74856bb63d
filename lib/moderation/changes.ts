/**
 * When the moderation log last changed (a violation recorded, a block set or lifted), kept in
 * extension storage: the chat page watches it and draws its marks again at once — a sender's
 * violation count appears as soon as the form is saved, no reload. Storage changes reach content
 * scripts from the extension only: the page cannot forge one.
 */
import { storedItem } from '../util/item-store';

export const moderationStampItem = /* @__PURE__ */ storedItem<number>('moderation-stamp', {
  read: (stored) => (typeof stored === 'number' && Number.isFinite(stored) ? stored : 0),
});
