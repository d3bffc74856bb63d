/**
 * How a requirement's chats are shown on each platform: where the chat is, how many of
 * the class have joined it («22 из 27 (81%)»), when that was counted, and what to do when the count
 * or the class size is missing. One place for the checklist, the printable report and the CSV.
 */
import type { UiTranslate } from '../lib/i18n/ui';
import type { CheckItem } from '../lib/classes/matcher';
import type { UiKey } from '../lib/i18n/ui';
import { PLATFORMS, percent, type Coverage, type PlacedChat, type Platform, type PlatformItem } from '../lib/classes/coverage';

export function platformName(t: UiTranslate, platform: Platform): string {
  return t(platform === 'max' ? 'platformMax' : 'platformVk');
}

export function shortDate(time: number, language: 'ru' | 'en'): string {
  return new Date(time).toLocaleDateString(language === 'en' ? 'en-GB' : 'ru-RU', { day: 'numeric', month: 'short' });
}

/** «22 из 27 (81%) · подсчитано 20 нояб.», or what is missing to say it. */
export function coverageText(t: UiTranslate, chat: PlacedChat, language: 'ru' | 'en'): string {
  const coverage = chat.coverage;
  if (!coverage) return chat.members === null ? '' : t('coverageMembers', { members: chat.members });
  switch (coverage.state) {
    case 'no-count':
      return t('coverageNoCount');
    case 'no-size':
      return t('coverageNoSize', { members: chat.members ?? 0 });
    default:
      return `${t('coverageJoined', { joined: coverage.joined ?? 0, size: coverage.size ?? 0, percent: percent(coverage.joined ?? 0, coverage.size ?? 0) })}${
        coverage.seenAt ? ` · ${t('coverageSeen', { date: shortDate(coverage.seenAt, language) })}` : ''
      }`;
  }
}

const MARK: Record<Coverage['state'], string> = { ok: 'ok', low: 'bad', 'no-count': 'muted', 'no-size': 'muted' };

/** One line per platform where the requirement's chat exists, with its fill. */
export function PlatformLines({ t, item, language, threshold }: { t: UiTranslate; item: PlatformItem; language: 'ru' | 'en'; threshold: number }) {
  const placed = PLATFORMS.filter((platform) => item.on[platform]);
  if (placed.length === 0) return null;
  return (
    <ul class="plain platforms">
      {placed.map((platform) => {
        const chat = item.on[platform]!;
        const state = chat.coverage?.state;
        return (
          <li key={platform} data-testid="platform" data-platform={platform} data-coverage={state ?? ''}>
            <span class="platform-name">{platformName(t, platform)}</span>: «{chat.title}»{' '}
            <span class={state ? MARK[state] : 'muted'} data-testid="coverage">
              {coverageText(t, chat, language)}
              {state === 'low' && ` · ${t('coverageLow', { threshold })}`}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/** «✓ да», «✗ нет», «не требуется»: a requirement's state in the printable tables. */
export function statusLabel(t: UiTranslate, status: 'ok' | 'missing' | 'not-required'): string {
  return status === 'ok' ? `✓ ${t('checklistCsvYes')}` : status === 'missing' ? `✗ ${t('checklistCsvNo')}` : t('checklistCsvNotRequired');
}

/** The printable tables' head: class, requirement, state, chat, joined (and the page's own columns). */
export function CoverageHead({ t, extra = [] }: { t: UiTranslate; extra?: string[] }) {
  return (
    <thead>
      <tr>
        {[t('checklistCsvClass'), t('checklistCsvRequirement'), t('checklistCsvStatus'), t('checklistCsvChat'), t('checklistCsvJoined'), ...extra].map((label) => (
          <th key={label}>{label}</th>
        ))}
      </tr>
    </thead>
  );
}

/** A required chat in words: a school chat by its id, a subject chat with its subject, else its audience. */
export function requirementLabel(t: UiTranslate, item: CheckItem): string {
  if (item.requirement.scope === 'school') return t(`requirement_${item.requirement.id}` as UiKey);
  if (item.requirement.audience === 'subject') return t('requirement_subject', { subject: item.subject ?? '' });
  return t(`requirement_${item.requirement.audience}`);
}
