/** «Кто ещё не в чате» and the counts' trend: class lists, member lists and counts by day are kept for one school year at most. */
import { forgetCountsBefore } from '../../lib/classes/chat-store';
import { forgetLastYearsLists } from '../../lib/families/store';
import { loadEffectiveSettings } from '../../lib/policy/managed-store';
import { schoolYearStart } from '../../lib/school-year/plan';
import { database, softly } from './context';

export function forgetLastYearsFamilies(): Promise<void> {
  return softly(
    'forget last year\'s class and member lists',
    async () => {
      const [{ settings }, db] = await Promise.all([loadEffectiveSettings(), database()]);
      const now = Date.now();
      const yearStart = schoolYearStart(now, settings.schoolYearStart);
      await forgetLastYearsLists(db, yearStart);
      await forgetCountsBefore(db, yearStart);
    },
    undefined,
  );
}
