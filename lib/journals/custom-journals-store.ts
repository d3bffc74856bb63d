/** The journal addresses the teacher added, in extension storage (`storage.local`, key `customJournals`). */
import { storedItem } from '../util/item-store';
import { readCustomJournals, type CustomJournal } from './custom-journals';

export const customJournalsItem = /* @__PURE__ */ storedItem<CustomJournal[], readonly CustomJournal[]>('customJournals', {
  read: readCustomJournals,
  // Written as read: an entry that does not pass is not stored.
  write: readCustomJournals,
});
