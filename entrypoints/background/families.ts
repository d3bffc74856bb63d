/** «Кто ещё не в чате»: the names of class lists and member lists are kept for one school year at most. */
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
      await forgetLastYearsLists(db, schoolYearStart(now, settings.schoolYearStart));
    },
    undefined,
  );
}
