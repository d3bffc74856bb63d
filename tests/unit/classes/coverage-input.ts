/** Coverage inputs as the tests make them: one class, 5А of 27, the chats seen on a date. */
import type { CoverageInput, SeenChat } from '../../../lib/classes/coverage';
import { sightedList, type ChatListRecord } from '../../../lib/classes/chat-list';
import type { Platform } from '../../../lib/classes/profiles';

export const DAY = 24 * 60 * 60 * 1000;
export const T0 = Date.UTC(2026, 10, 20, 9);
export const chat = (title: string, site: SeenChat['site'], members?: number, membersAt = T0): SeenChat =>
  members === undefined ? { title, site, lastSeen: T0 } : { title, site, lastSeen: T0, members, membersAt };

/** A messenger's chat list seen whole at `at`, holding `rows` chats. */
export const wholeList = (platform: Platform, at = T0, rows = 30): ChatListRecord => sightedList(null, platform, { rows, whole: true }, at);

/** Both messengers' whole lists seen (the tests of what a list proves give their own). */
export function input(chats: SeenChat[], overrides: Partial<CoverageInput> = {}): CoverageInput {
  return {
    classes: [{ key: '5А', own: true, subjects: [] }],
    chats,
    lists: { max: wholeList('max'), vk: wholeList('vk') },
    profiles: ['class-teacher'],
    platforms: 'max',
    sizes: new Map([['5А', 27]]),
    staffPerChat: 1,
    threshold: 90,
    ...overrides,
  };
}
