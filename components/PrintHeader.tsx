/**
 * The head of every page made for the director: what the page is, the school, the teacher, the
 * date — on paper the page says whose it is. Shown on screen too, as the paper will read.
 */
import { csvDate } from '../lib/util/csv';
import type { Settings } from '../lib/settings/index';

export function PrintHeader({ what, settings, now, teacher }: { what: string; settings: Settings; now: number; teacher?: string }) {
  const whose = [settings.schoolName?.trim(), (teacher ?? settings.teacherName)?.trim(), csvDate(now)].filter(Boolean).join(' · ');
  return (
    <header class="print-header" data-testid="print-header">
      <p class="print-what">{what}</p>
      <p class="print-whose">{whose}</p>
    </header>
  );
}
