/**
 * «Как менялось число участников»: each reported chat's member count over the last weeks, its change,
 * and the school's total — from the weekly counts the teachers' reports carry (version 3). Numbers
 * only; nothing is drawn when no report carries them (older files), rather than a table of blanks.
 */
import { dayText } from '../../components/BlockState';
import type { UiTranslate } from '../../lib/i18n/ui';
import type { SchoolMovement } from '../../lib/school-report/movement';

/** «+6», «−2», «0»; a dash where no change is known. */
export const changeText = (change: number | null) => (change === null ? '—' : change > 0 ? `+${change}` : change < 0 ? `−${-change}` : '0');

interface MovementProps {
  t: UiTranslate;
  movement: SchoolMovement;
  language: 'ru' | 'en';
  chatName: (chat: SchoolMovement['chats'][number]) => string;
}

export function Movement({ t, movement, language, chatName }: MovementProps) {
  if (movement.weeks.length === 0) return null;
  return (
    <section aria-labelledby="movement-title" class="movement" data-testid="school-movement">
      <h2 id="movement-title">{t('movementTitle')}</h2>
      <p class="muted">{t('movementHelp')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('checklistCsvClass')}</th>
            <th scope="col">{t('movementChat')}</th>
            {movement.weeks.map((week) => (
              <th scope="col" key={week}>
                {t('movementWeek', { day: dayText(week, language) })}
              </th>
            ))}
            <th scope="col">{t('movementChange')}</th>
          </tr>
        </thead>
        <tbody>
          {movement.chats.map((chat) => (
            <tr
              key={`${chat.row.classKey ?? ''}:${chat.row.requirementId}:${chat.row.subject ?? ''}:${chat.platform}`}
              data-testid="movement-row"
              data-class={chat.row.classKey ?? ''}
            >
              <th scope="row">{chat.row.classKey ?? t('checklistSchool')}</th>
              <td>{chatName(chat)}</td>
              {chat.counts.map((count, index) => (
                <td key={movement.weeks[index]}>{count ?? <span aria-label={t('countChartNone')}>—</span>}</td>
              ))}
              <td data-testid="movement-change">{changeText(chat.change)}</td>
            </tr>
          ))}
          <tr class="movement-total" data-testid="movement-total">
            <th scope="row" colSpan={2}>
              {t('movementSchool', { count: movement.counted })}
            </th>
            {movement.total.map((week, index) => (
              <td key={movement.weeks[index]}>
                {week.chats === 0 ? '—' : week.members}
                {week.chats > 0 && week.chats < movement.counted && <span class="muted"> {t('movementSchoolPart', { count: week.chats })}</span>}
              </td>
            ))}
            <td data-testid="movement-total-change">{changeText(movement.change)}</td>
          </tr>
        </tbody>
      </table>
      <p class="muted">{t('movementTotalHelp')}</p>
    </section>
  );
}
