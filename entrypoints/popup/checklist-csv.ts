/** The checklist as a CSV for the director: the same words as the screen, numbers as numbers. */
import { lowText, requirementLabel, statusLabel } from '../../components/Coverage';
import type { ChatStateKind } from '../../lib/today/chat-state';
import { csvDate } from '../../lib/util/csv';
import type { UiTranslate } from '../../lib/i18n/ui';
import { percent, type Platform, type PlatformCheckResult, type PlatformItem } from '../../lib/classes/coverage';

const day = (time: number | null | undefined) => (time ? csvDate(time) : '');

/** Rows of the CSV, the same words as the screen; numbers as numbers, for a spreadsheet. */
export function checklistCsv(t: UiTranslate, result: PlatformCheckResult, required: readonly Platform[], threshold: number, stateOf: (item: PlatformItem) => ChatStateKind): string[][] {
  const rows = [
    [
      t('checklistCsvClass'),
      t('checklistCsvRequirement'),
      t('checklistCsvStatus'),
      t('checklistCsvMax'),
      t('checklistCsvVk'),
      t('checklistCsvMembers'),
      t('checklistCsvJoined'),
      t('checklistCsvSize'),
      t('checklistCsvPercent'),
      t('checklistCsvLow'),
      t('checklistCsvSeen'),
      t('checklistCsvSuggested'),
    ],
  ];
  for (const entry of result.classes) {
    for (const item of entry.items) {
      const coverage = item.coverage;
      const main = required.map((platform) => item.on[platform]).find(Boolean) ?? item.on.max ?? item.on.vk;
      const measured = coverage && (coverage.state === 'ok' || coverage.state === 'low');
      rows.push([
        entry.classKey ?? t('checklistSchool'),
        requirementLabel(t, item),
        // The screen's words without its mark: a spreadsheet filters on «нет», not «✗ нет».
        statusLabel(t, stateOf(item)).replace(/^\P{L}+/u, ''),
        item.on.max?.title ?? '',
        item.on.vk?.title ?? '',
        main?.members === null || main === undefined ? '' : String(main.members),
        coverage?.joined === null || !coverage ? '' : String(coverage.joined),
        coverage?.size === null || !coverage ? '' : String(coverage.size),
        measured ? String(percent(coverage.joined ?? 0, coverage.size ?? 0)) : '',
        coverage?.state === 'low' ? lowText(t, threshold) : '',
        day(coverage?.seenAt ?? main?.membersAt),
        item.status === 'missing' ? item.suggestedTitle : '',
      ]);
    }
  }
  return rows;
}
