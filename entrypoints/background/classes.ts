/** The teacher's classes as an e-journal page lists them, and the sizes a page with pupils gives. */
import { noteClasses, replaceClasses } from '../../lib/classes/class-store';
import { saveClassSizes } from '../../lib/classes/size-store';
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
