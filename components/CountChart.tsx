/**
 * How a chat's member count moved over the weeks: a small line drawn by Parta (SVG: no library, no
 * network), with the same numbers as a table for screen readers. Weeks without a reading are gaps.
 */
import type { WeekCount } from '../lib/classes/count-history';
import { dayText } from './BlockState';
import type { UiTranslate } from '../lib/i18n/ui';

const WIDTH = 240;
const HEIGHT = 60;
const PAD = 6;

export function CountChart({ t, weeks, language, chat }: { t: UiTranslate; weeks: readonly WeekCount[]; language: 'ru' | 'en'; chat: string }) {
  const known = weeks.filter((week): week is { week: string; members: number } => week.members !== null);
  if (known.length < 2) return null;
  const top = Math.max(...known.map((week) => week.members), 1);
  const x = (index: number) => PAD + (index * (WIDTH - 2 * PAD)) / Math.max(weeks.length - 1, 1);
  const y = (members: number) => HEIGHT - PAD - (members * (HEIGHT - 2 * PAD)) / top;
  const points = weeks.flatMap((week, index) => (week.members === null ? [] : [`${x(index).toFixed(1)},${y(week.members).toFixed(1)}`]));
  const caption = t('countChartCaption', { chat });
  return (
    <figure class="count-chart" data-testid="count-chart">
      <svg width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" focusable="false">
        <polyline points={points.join(' ')} fill="none" stroke="currentColor" stroke-width="2" />
        {weeks.map((week, index) => (week.members === null ? null : <circle key={week.week} cx={x(index)} cy={y(week.members)} r="2.5" fill="currentColor" />))}
      </svg>
      <table class="sr-only">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('countChartWeek')}</th>
            <th scope="col">{t('countChartMembers')}</th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week.week}>
              <td>{dayText(week.week, language)}</td>
              <td>{week.members ?? t('countChartNone')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <figcaption class="muted">{caption}</figcaption>
    </figure>
  );
}
