/**
 * Member counts by day: one reading per chat and day (the last wins), gone with their chat and at the
 * school year's start; and the trend «+3 за неделю» from readings a week apart (or none when there is
 * no reading that old).
 */
import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { countTrend, memberCountRecord, weeklyByChat, weeklyCounts } from '../../../lib/classes/count-history';
import { forgetChatsWhere, forgetCountsBefore, listMemberCounts, recordMembers } from '../../../lib/classes/chat-store';
import { openPartaDb } from '../../../lib/db/open';

const DAY = 24 * 60 * 60 * 1000;
const T0 = new Date(2026, 10, 2, 10).getTime(); // a Monday morning, local time

describe('countTrend', () => {
  test.each([
    ['no reading', [], null],
    ['one reading', [[0, 20]], { now: 20, week: null }],
    ['two days only', [[0, 20], [2, 22]], { now: 22, week: null }],
    ['a week apart', [[0, 20], [7, 23]], { now: 23, week: 3 }],
    ['the reading closest to a week back', [[0, 10], [2, 20], [6, 21], [8, 24]], { now: 24, week: 4 }],
    ['five days is a week', [[0, 20], [5, 21]], { now: 21, week: 1 }],
    ['readings given in any order', [[7, 23], [0, 20]], { now: 23, week: 3 }],
    ['a drop', [[0, 25], [7, 23]], { now: 23, week: -2 }],
    ['too old to be «за неделю»', [[0, 20], [20, 25]], { now: 25, week: null }],
  ] as const)('%s', (_name, readings, expected) => {
    expect(countTrend(readings.map(([day, members]) => ({ at: T0 + day * DAY, members })))).toEqual(expected);
  });
});

describe('counts by day in the database', () => {
  test('one per chat and day, the last of the day wins; forgotten with their chat and before the school year', async () => {
    const db = await openPartaDb({ name: `counts-${Math.random()}` });
    await recordMembers(db, 'max', 'Родители 5А', 18, T0);
    await recordMembers(db, 'max', 'Родители 5А', 19, T0 + 2 * 60 * 60 * 1000);
    await recordMembers(db, 'max', 'Родители 5А', 22, T0 + 7 * DAY);
    await recordMembers(db, 'max', 'Ученики 5А', 25, T0 + 7 * DAY);
    const counts = await listMemberCounts(db);
    expect(counts.filter((count) => count.chat === 'max:Родители 5А').map((count) => [count.day, count.members])).toEqual([
      ['2026-11-02', 19],
      ['2026-11-09', 22],
    ]);
    expect(await forgetChatsWhere(db, (chat) => chat.title === 'Ученики 5А')).toBe(1);
    expect((await listMemberCounts(db)).map((count) => count.chat)).toEqual(['max:Родители 5А', 'max:Родители 5А']);
    expect(await forgetCountsBefore(db, T0 + DAY)).toBe(1);
    expect((await listMemberCounts(db)).map((count) => count.members)).toEqual([22]);
    db.close();
  });
});

describe('weeklyCounts', () => {
  test('each week\'s last reading, oldest first; a week without one is null', () => {
    const readings = [
      { at: T0 - 14 * DAY, members: 10 }, // two weeks before
      { at: T0 + 1 * DAY, members: 15 }, // this week, Tuesday
      { at: T0 + 3 * DAY, members: 18 }, // this week, Thursday: the week's last
    ];
    expect(weeklyCounts(readings, T0 + 4 * DAY, 4)).toEqual([
      { week: '2026-10-12', members: null },
      { week: '2026-10-19', members: 10 },
      { week: '2026-10-26', members: null },
      { week: '2026-11-02', members: 18 },
    ]);
  });
});

describe('weeklyByChat', () => {
  test('each placed chat\'s weeks with a reading, for the teacher\'s report: Sferum\'s under VK, weeks without one left out, at most the weeks asked', () => {
    const counts = [
      memberCountRecord('max:Родители 5А', 17, T0 - 21 * DAY),
      memberCountRecord('max:Родители 5А', 20, T0 - 7 * DAY),
      memberCountRecord('max:Родители 5А', 22, T0 + DAY),
      memberCountRecord('sferum:Ученики 5А', 25, T0),
      memberCountRecord('max:Старый чат', 9, T0 - 70 * DAY),
    ];
    const weekly = weeklyByChat(counts, T0 + 2 * DAY, 4);
    expect(weekly.get('max:Родители 5А')).toEqual([
      { week: '2026-10-12', members: 17 },
      { week: '2026-10-26', members: 20 },
      { week: '2026-11-02', members: 22 },
    ]);
    expect(weekly.get('vk:Ученики 5А')).toEqual([{ week: '2026-11-02', members: 25 }]);
    // Read ten weeks ago: beyond the four asked, so not carried.
    expect(weekly.has('max:Старый чат')).toBe(false);
  });
});
