/**
 * How the school's chats filled week by week, from the teachers' reports: each chat's readings in the
 * shown weeks, its change, the school's total (each chat's last count known by then) — and nothing
 * said where no report carried weekly counts.
 */
import { describe, expect, test } from 'vitest';
import { mergeReports, type ReportRow, type TeacherReport } from '../../../lib/school-report/report';
import { schoolMovement } from '../../../lib/school-report/movement';
import { schoolReports } from '../../bench/school-corpus';

const NOW = Date.UTC(2026, 11, 8, 9);

function report(teacher: string, rows: ReportRow[]): TeacherReport {
  return { format: 'parta-coverage-report', version: 3, teacher, exportedAt: NOW, platforms: 'both', threshold: 90, rows };
}

const parents = (classKey: string, weeks: { week: string; members: number }[], vkWeeks?: { week: string; members: number }[]): ReportRow => ({
  classKey,
  requirementId: 'class-parents',
  audience: 'parents',
  status: 'ok',
  max: { chat: `Родители ${classKey}`, members: weeks[weeks.length - 1]?.members ?? null, seenAt: NOW, weeks },
  ...(vkWeeks ? { vk: { chat: `Сферум ${classKey}`, members: null, seenAt: null, weeks: vkWeeks } } : {}),
  joined: null,
  size: 27,
  seenAt: NOW,
});

describe('the school’s movement', () => {
  test('each chat’s weekly readings, gaps where it was not opened; its change; the school’s total by the last count known each week', () => {
    const rows = mergeReports([
      report('Иванова', [
        parents('5А', [
          { week: '2026-11-16', members: 18 },
          { week: '2026-11-30', members: 22 },
          { week: '2026-12-07', members: 24 },
        ]),
      ]),
      // A chat read before the shown weeks and once inside them; a Wednesday names its week's Monday.
      report('Петров', [parents('6Б', [{ week: '2026-09-28', members: 10 }, { week: '2026-12-02', members: 12 }])]),
    ]);
    const movement = schoolMovement(rows, 4);
    expect(movement.weeks).toEqual(['2026-11-16', '2026-11-23', '2026-11-30', '2026-12-07']);
    expect(movement.chats.map((chat) => [chat.row.classKey, chat.platform, chat.chat, chat.counts, chat.change])).toEqual([
      ['5А', 'max', 'Родители 5А', [18, null, 22, 24], 6],
      ['6Б', 'max', 'Родители 6Б', [null, null, 12, null], 2],
    ]);
    expect(movement.total).toEqual([
      { members: 28, chats: 2 },
      { members: 28, chats: 2 },
      { members: 34, chats: 2 },
      { members: 36, chats: 2 },
    ]);
    expect(movement.change).toBe(8);
  });

  test('a chat first read inside the weeks counts in the total from then on; with one reading it has no change', () => {
    const movement = schoolMovement(
      mergeReports([report('Иванова', [parents('5А', [{ week: '2026-11-23', members: 20 }, { week: '2026-12-07', members: 21 }], [{ week: '2026-11-30', members: 7 }])])]),
      3,
    );
    expect(movement.weeks).toEqual(['2026-11-23', '2026-11-30', '2026-12-07']);
    expect(movement.chats.map((chat) => [chat.platform, chat.counts, chat.change])).toEqual([
      ['max', [20, null, 21], 1],
      ['vk', [null, 7, null], null],
    ]);
    expect(movement.total).toEqual([
      { members: 20, chats: 1 },
      { members: 27, chats: 2 },
      { members: 28, chats: 2 },
    ]);
    expect(movement.change).toBe(1);
  });

  test('a chat reported for two classes is shown in each and counted once in the school’s total', () => {
    const shared = [{ week: '2026-11-30', members: 30 }, { week: '2026-12-07', members: 33 }];
    const movement = schoolMovement(mergeReports([report('Иванова', [parents('5А', shared)]), report('Петров', [{ ...parents('5А', shared), classKey: '5Б' }])]), 2);
    expect(movement.chats.map((chat) => chat.row.classKey)).toEqual(['5А', '5Б']);
    expect(movement.counted).toBe(1);
    expect(movement.total).toEqual([
      { members: 30, chats: 1 },
      { members: 33, chats: 1 },
    ]);
    expect(movement.change).toBe(3);
  });

  test('reports without weekly counts (versions 1 and 2) give no movement, not zeros', () => {
    const old = mergeReports([{ ...report('Иванова', [{ ...parents('5А', []), max: { chat: 'Родители 5А', members: 20, seenAt: NOW } }]), version: 2 }]);
    expect(schoolMovement(old)).toEqual({ weeks: [], chats: [], total: [], counted: 0, change: null });
  });

  test('a hundred teachers’ files: every class teacher’s parents’ chat, eight weeks, the school filling', () => {
    const movement = schoolMovement(mergeReports(schoolReports(100, NOW)));
    expect(movement.weeks).toHaveLength(8);
    expect(movement.chats).toHaveLength(60);
    expect(movement.change).toBeGreaterThan(0);
    const last = movement.total[movement.total.length - 1];
    expect(last?.chats).toBe(60);
    expect(last?.members).toBe(60 * 24);
  });
});
