/**
 * The one way the required-chats check is fed from what is stored: «Сегодня» and the badge, the
 * popup's checklist and the printed report all give it the same chats, corrections, sizes, chat
 * lists and settings, and differ only in which classes they ask about.
 */
import type { ChatLists } from '../classes/chat-list';
import type { CoverageInput } from '../classes/coverage';
import type { TeacherClass } from '../classes/matcher';
import { toOverride } from '../classes/override-store';
import { knownSince, type ChatRecord, type ClassRecord, type ClassSizeRecord, type OverrideRecord } from '../classes/records';
import type { Settings } from '../settings/index';

export interface CoverageData {
  chats: readonly ChatRecord[];
  classes: readonly ClassRecord[];
  overrides: readonly OverrideRecord[];
  sizes: readonly ClassSizeRecord[];
  lists: ChatLists;
}

/** Since when each stored class has been known: its earliest record's (journal or typed). */
export function classesKnownSince(classes: readonly ClassRecord[]): Map<string, number> {
  const since = new Map<string, number>();
  for (const record of classes) since.set(record.key, Math.min(since.get(record.key) ?? Infinity, knownSince(record)));
  return since;
}

export function coverageInput(data: CoverageData, classes: readonly TeacherClass[], settings: Settings): CoverageInput {
  return {
    classes,
    chats: data.chats,
    lists: data.lists,
    classSince: classesKnownSince(data.classes),
    profiles: settings.profiles,
    overrides: data.overrides.map(toOverride),
    disabled: settings.disabledRequirements,
    platforms: settings.platforms,
    sizes: new Map(data.sizes.map((record) => [record.key, record.size])),
    staffPerChat: settings.staffPerChat,
    threshold: settings.coverageThreshold,
  };
}
