/** The teacher's classes as an e-journal page lists them, and the sizes a page with pupils gives. */
import { noteClasses, replaceClasses } from '../../lib/classes/class-store';
import { saveClassSizes } from '../../lib/classes/size-store';
import { readClassListPaste } from '../../lib/families/paste';
import { savePupils } from '../../lib/families/store';
import { forgetStaleUndo } from '../../lib/school-year/store';
import type { Handlers } from '../../lib/messaging/router';
import { refreshBadge } from './badge';
import { database, softly } from './context';

export const classHandlers = {
  'classes/seen': (request) =>
    softly(
      'record classes',
      async () => {
        const db = await database();
        const now = Date.now();
        await (request.scope === 'all' ? replaceClasses(db, 'journal', request.classes, now) : noteClasses(db, request.scope, request.classes, now));
        // A page that lists a class's pupils gives its size (a typed size stays the teacher's).
        const sizes = request.classes.flatMap((entry) => (entry.size === undefined ? [] : [{ key: entry.key, size: entry.size }]));
        if (sizes.length > 0) await saveClassSizes(db, 'journal', sizes, now);
        // The names a class's page lists: kept only where the teacher turned the chat check on (and
        // never over a list she pasted herself).
        if (request.pupilNames) {
          const read = readClassListPaste(request.pupilNames.names.join('\n'));
          if (read.pupils.length > 0) await savePupils(db, request.pupilNames.key, read.pupils, 'journal', now);
        }
        // The classes decide which chats are required.
        void refreshBadge();
        return { ok: true };
      },
      { ok: false },
    ),
} satisfies Partial<Handlers>;

/** The copy kept for undoing the new school year's step goes once the undo cannot happen. */
export function forgetStaleUndoCopy(): Promise<void> {
  return softly('forget a stale undo copy', async () => void (await forgetStaleUndo(await database())), undefined);
}
