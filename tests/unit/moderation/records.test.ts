/**
 * Blocks to lift, people still in chats, and how long the moderation log is kept.
 */
import { describe, expect, test } from 'vitest';
import { activeBlocks, countsInChat, dueUnblocks, moderationCutoff, type BlockRecord, type ViolationRecord } from '../../../lib/moderation/index';

const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date(2026, 10, 25, 12).getTime();
const block = (until: string, ended?: number): BlockRecord => ({
  v: 1,
  id: until,
  site: 'max',
  chat: 'Родители 5А',
  person: 'Мама Пети',
  at: NOW - 20 * DAY,
  until,
  reason: 'четыре нарушения',
  ...(ended === undefined ? {} : { endedAt: ended, ended: 'on-time' as const }),
});

describe('blocks and the log', () => {
  test('a block is due to be lifted on its last day, not before, not once ended', () => {
    expect(dueUnblocks([block('2026-11-25'), block('2026-11-24'), block('2026-11-26'), block('2026-11-20', NOW)], NOW).map((entry) => entry.until)).toEqual([
      '2026-11-25',
      '2026-11-24',
    ]);
    expect(activeBlocks([block('2026-11-25'), block('2026-11-26')], NOW).map((entry) => entry.until)).toEqual(['2026-11-26']);
  });

  test('counts per person in one chat', () => {
    const violation = (person: string, chat = 'Родители 5А'): ViolationRecord => ({ v: 1, id: person + chat, site: 'max', chat, person, at: NOW, rule: 2, note: '' });
    const counts = countsInChat([violation('Мама Пети'), violation('мама  пети'), violation('Папа Коли'), violation('Мама Пети', 'Другой')], 'max', 'Родители 5А');
    expect([...counts]).toEqual([
      ['мама пети', 2],
      ['папа коли', 1],
    ]);
  });

  test('kept until the end of the school year by default, or for the days set', () => {
    const yearStart = new Date(2026, 8, 1).getTime();
    expect(moderationCutoff(NOW, yearStart, undefined)).toBe(yearStart);
    expect(moderationCutoff(NOW, yearStart, 30)).toBe(NOW - 30 * DAY);
  });
});
