/**
 * How a requirement's chats are shown on each platform: where the chat is, how many of
 * the class have joined it («22 из 27 (81%)»), when that was counted, and what to do when the count
 * or the class size is missing. One place for the checklist, the printable report and the CSV.
 */
import type { CountTrend } from '../lib/classes/count-history';
import type { UiTranslate } from '../lib/i18n/ui';
import type { CheckItem } from '../lib/classes/matcher';
import type { UiKey } from '../lib/i18n/ui';
import { PLATFORMS, classFill, percent, type ClassFill, type Coverage, type PlacedChat, type Platform, type PlatformClassCheck, type PlatformItem } from '../lib/classes/coverage';
import type { Audience } from '../lib/classes/classify';
import type { ChatStateKind } from '../lib/today/chat-state';
import type { UncheckedWhy } from '../lib/classes/chat-list';

export function platformName(t: UiTranslate, platform: Platform): string {
  return t(platform === 'max' ? 'platformMax' : 'platformVk');
}

export function shortDate(time: number, language: 'ru' | 'en'): string {
  // Formatted once per day and language: `toLocaleDateString` builds a formatter on every call,
  // and the director's summary of 100 teachers' files shows thousands of dates (measured).
  const date = new Date(time);
  const key = `${language}${date.getFullYear()}-${date.getMonth()}-${date.getDate()}`;
  let text = shortDates.get(key);
  if (text === undefined) {
    let format = dayFormats.get(language);
    if (!format) dayFormats.set(language, (format = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'ru-RU', { day: 'numeric', month: 'short' })));
    text = format.format(date);
    if (shortDates.size >= 2000) shortDates.clear();
    shortDates.set(key, text);
  }
  return text;
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();
const shortDates = new Map<string, string>();

/** «вступили 22 из 27 (81%)» for pupils, «семей 20 из 27 (74%)» for a parents' chat: a family per pupil. */
export function fillText(t: UiTranslate, audience: Audience, joined: number, size: number): string {
  return t(audience === 'parents' ? 'coverageFamilies' : 'coverageJoined', { joined, size, percent: percent(joined, size) });
}

/** The one mark of low coverage, the same on every screen, page and file: «⚠ меньше 90%». */
export function lowText(t: UiTranslate, threshold: number): string {
  return `⚠ ${t('coverageLow', { threshold })}`;
}

/** «вступили 22 из 27 (81%) · подсчитано 20 нояб.», or what is missing to say it. */
export function coverageText(t: UiTranslate, chat: PlacedChat, language: 'ru' | 'en', audience: Audience): string {
  const coverage = chat.coverage;
  if (!coverage) return chat.members === null ? '' : t('coverageMembers', { members: chat.members });
  switch (coverage.state) {
    case 'no-count':
      return t('coverageNoCount');
    case 'no-size':
      return t('coverageNoSize', { members: chat.members ?? 0 });
    default:
      return `${fillText(t, audience, coverage.joined ?? 0, coverage.size ?? 0)}${
        coverage.seenAt ? ` · ${t('coverageSeen', { date: shortDate(coverage.seenAt, language) })}` : ''
      }`;
  }
}

const MARK: Record<Coverage['state'], string> = { ok: 'ok', low: 'bad', 'no-count': 'muted', 'no-size': 'muted' };

/** «+3 за неделю», «−2 за неделю», «без изменений за неделю»; nothing without a reading a week back. */
export function weekText(t: UiTranslate, trend: CountTrend | undefined): string {
  if (!trend || trend.week === null) return '';
  if (trend.week === 0) return t('coverageWeekSame');
  return t('coverageWeek', { delta: trend.week > 0 ? `+${trend.week}` : `−${-trend.week}` });
}

/** One line per platform where the requirement's chat exists, with its fill and how it moved in a week. */
export function PlatformLines({
  t,
  item,
  language,
  threshold,
  trends = new Map(),
}: {
  t: UiTranslate;
  item: PlatformItem;
  language: 'ru' | 'en';
  threshold: number;
  /** By `<platform>:<title>` (lib/classes/count-history.ts). */
  trends?: ReadonlyMap<string, CountTrend>;
}) {
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
              {coverageText(t, chat, language, item.requirement.audience)}
              {state === 'low' && ` · ${lowText(t, threshold)}`}
            </span>
            {weekText(t, trends.get(`${platform}:${chat.title}`)) && (
              <span class="muted" data-testid="trend">
                {' · '}
                {weekText(t, trends.get(`${platform}:${chat.title}`))}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

const STATE_LABELS: Record<ChatStateKind, UiKey> = {
  exists: 'stateExists',
  waiting: 'stateWaiting',
  missing: 'stateMissing',
  unchecked: 'stateUnchecked',
  'not-required': 'checklistCsvNotRequired',
};

const WHY_UNCHECKED: Record<UncheckedWhy, UiKey> = { never: 'todayCheckWhy_never', partial: 'todayCheckWhy_partial', 'before-class': 'todayCheckWhy_before' };

/** Why Parta cannot tell whether a chat is in a messenger, and what to do: one sentence per reason. */
export function uncheckedText(t: UiTranslate, platform: Platform, why: UncheckedWhy): string {
  return t(WHY_UNCHECKED[why], { platform: platformName(t, platform) });
}

/** «✓ есть», «✗ нет», «? не проверено», «ждём»: a required chat's state, the same words on every page and file. */
export function statusLabel(t: UiTranslate, state: ChatStateKind): string {
  return t(STATE_LABELS[state]);
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
export function requirementLabel(t: UiTranslate, item: Pick<CheckItem, 'requirement' | 'subject'>): string {
  if (item.requirement.scope === 'school') return t(`requirement_${item.requirement.id}` as UiKey);
  if (item.requirement.audience === 'subject') return t('requirement_subject', { subject: item.subject ?? '' });
  return t(`requirement_${item.requirement.audience}`);
}

/** «Ученики: вступили 22 из 27 (81%) · Родители: семей 20 из 27 (74%)», each marked by the threshold on its own. */
export function classFillParts(t: UiTranslate, entry: Pick<PlatformClassCheck, 'classKey' | 'items'>, threshold: number): { fill: ClassFill; text: string }[] {
  return classFill(entry).map((fill) => ({
    fill,
    text: `${t(fill.audience === 'parents' ? 'coverageClassParents' : 'coverageClassStudents')}: ${fillText(t, fill.audience, fill.coverage.joined ?? 0, fill.coverage.size ?? 0)}${
      fill.coverage.state === 'low' ? ` · ${lowText(t, threshold)}` : ''
    }`,
  }));
}

export function ClassFillLine({ t, entry, threshold }: { t: UiTranslate; entry: Pick<PlatformClassCheck, 'classKey' | 'items'>; threshold: number }) {
  const parts = classFillParts(t, entry, threshold);
  if (parts.length === 0) return null;
  return (
    <p data-testid="class-fill">
      {parts.map(({ fill, text }, index) => (
        <span key={fill.audience} class={fill.coverage.state === 'low' ? 'bad' : 'ok'} data-testid="class-fill-part" data-audience={fill.audience}>
          {index > 0 && ' · '}
          {text}
        </span>
      ))}
    </p>
  );
}
