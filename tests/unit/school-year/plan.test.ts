// @vitest-environment happy-dom
/**
 * The new school year's plan: classes move up, leavers go, sizes and corrections follow their class,
 * last year's invitations are archived, chats to rename get their new names.
 */
import { describe, expect, test } from 'vitest';
import type { ChatRecord, ClassRecord, ClassSizeRecord, OverrideRecord } from '../../../lib/classes/records';
import { createInvite, type InviteRecord } from '../../../lib/invites/index';
import { chatsNamedLastYear, planRollover, rolloverDue, schoolYearStart } from '../../../lib/school-year/plan';

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2026, 10, 20, 9);
const classRecord = (key: string, name = key, source: ClassRecord['source'] = 'manual', updatedAt = T0 - 200 * DAY): ClassRecord => ({
  v: 1,
  key,
  name,
  source,
  updatedAt,
  own: true,
  subjects: [],
});

function invite(className: string, createdAt: number, id: string): InviteRecord {
  const created = createInvite(
    { link: `https://vk.me/join/AJQ1d${id.padStart(8, '0')}Code`, className, chatTitle: `Родители ${className}`, chatPurpose: 'parents', role: 'parent', recipients: '' },
    createdAt,
    id,
  );
  if (!created.ok) throw new Error('test link');
  return created.record;
}

describe('the new school year', () => {
  const yearStart = new Date(2026, 8, 1).getTime();
  const now = new Date(2026, 8, 3, 10).getTime();
  const sizes: ClassSizeRecord[] = [
    { v: 1, key: '5А', size: 27, source: 'manual', updatedAt: T0 - 300 * DAY },
    { v: 1, key: '11Б', size: 20, source: 'journal', updatedAt: T0 - 300 * DAY },
  ];
  const overrides: OverrideRecord[] = [
    { v: 1, id: 'not-required:5А:class-teachers:', kind: 'not-required', classKey: '5А', requirementId: 'class-teachers', createdAt: 1 },
    { v: 1, id: 'chat:Наш класс', kind: 'chat', title: 'Наш класс', classKey: '5А', audience: 'students', createdAt: 1 },
    { v: 1, id: 'not-required:11Б:class-parents:', kind: 'not-required', classKey: '11Б', requirementId: 'class-parents', createdAt: 1 },
    { v: 1, id: 'not-required::school-staff-room:', kind: 'not-required', classKey: null, requirementId: 'school-staff-room', createdAt: 1 },
  ];
  const chats: ChatRecord[] = [
    { v: 1, key: 'max:5А Родители', site: 'max', title: '5А Родители', firstSeen: 1, lastSeen: 2 },
    { v: 1, key: 'vk:Родители 5 «А»', site: 'vk', title: 'Родители 5 «А»', firstSeen: 1, lastSeen: 2 },
    { v: 1, key: 'max:11Б выпуск', site: 'max', title: '11Б выпуск', firstSeen: 1, lastSeen: 2 },
    { v: 1, key: 'max:7В Родители', site: 'max', title: '7В Родители', firstSeen: 1, lastSeen: 2 },
    { v: 1, key: 'max:Учительская', site: 'max', title: 'Учительская', firstSeen: 1, lastSeen: 2 },
  ];
  const classes = [classRecord('5А', '5 «А»'), classRecord('11Б'), classRecord('ИСП-22-1')];
  const invites = [invite('5А', yearStart - 30 * DAY, '1'), invite('5А', yearStart + DAY, '2')];
  const plan = planRollover({ classes, sizes, overrides, invites, chats, yearStart, now });

  test('classes move up as written; the last grade leaves; college groups keep their names', () => {
    expect(plan.moves).toEqual([
      { fromKey: '5А', fromName: '5 «А»', toKey: '6А', toName: '6 «А»' },
      { fromKey: '11Б', fromName: '11Б', toKey: null, toName: null },
    ]);
    expect(plan.classes.map((record) => [record.key, record.name]).sort()).toEqual([
      ['6А', '6 «А»'],
      ['ИСП-22-1', 'ИСП-22-1'],
    ]);
  });

  test('sizes and corrections move with their class; those of a class that left go', () => {
    expect(plan.sizes.map((record) => [record.key, record.size])).toEqual([['6А', 27]]);
    expect(plan.overrides.map((record) => record.id).sort()).toEqual(['chat:Наш класс', 'not-required:6А:class-teachers:', 'not-required::school-staff-room:']);
    expect(plan.overrides.find((record) => record.kind === 'chat')?.classKey).toBe('6А');
  });

  test('last year’s invitations are archived, this year’s stay', () => {
    expect(plan.archived.map((record) => [record.id, record.archivedAt])).toEqual([['1', now]]);
  });

  test('chats still named for the old class are listed with their new name; a graduated class’s chat can close', () => {
    expect(plan.renames).toEqual([
      { title: '11Б выпуск', newTitle: null, site: 'max' },
      { title: '5А Родители', newTitle: '6А Родители', site: 'max' },
      { title: 'Родители 5 «А»', newTitle: 'Родители 6 «А»', site: 'vk' },
    ]);
  });

  test('offered from the first day of the year when something is last year’s, once per year', () => {
    expect(schoolYearStart(now, '09-01')).toBe(yearStart);
    expect(schoolYearStart(new Date(2026, 7, 31).getTime(), '09-01')).toBe(new Date(2025, 8, 1).getTime());
    expect(rolloverDue({ classes, invites, yearStart, lastAppliedFor: null })).toBe(true);
    expect(rolloverDue({ classes, invites, yearStart, lastAppliedFor: yearStart })).toBe(false);
    // A fresh install in November: this year's classes, nothing to move.
    expect(rolloverDue({ classes: [classRecord('5А', '5А', 'journal', yearStart + 80 * DAY)], invites: [], yearStart, lastAppliedFor: null })).toBe(false);
  });
});

describe('only when it is due, never destructive', () => {
  const yearStart = new Date(2026, 8, 1).getTime();
  const december = new Date(2026, 11, 4, 10).getTime();
  const input = (classes: ClassRecord[]) => ({ classes, sizes: [], overrides: [], invites: [], chats: [], yearStart, now: december });

  test('a fresh install in December: its classes are this year’s — nothing moves, nothing is due, and the plan says why', () => {
    const classes = [classRecord('5А', '5 «А»', 'journal', december - DAY), classRecord('7Б', '7Б', 'manual', december - DAY)];
    expect(rolloverDue({ classes, invites: [], yearStart, lastAppliedFor: null })).toBe(false);
    const plan = planRollover(input(classes));
    expect(plan.moves).toEqual([]);
    expect(plan.classes).toEqual(classes);
    expect(plan.thisYear).toEqual(['5 «А»', '7Б']);
  });

  test('known since last year, read again from the journal this year: still last year’s class, it moves', () => {
    const reread: ClassRecord = { ...classRecord('5А', '5 «А»', 'journal', december - DAY), since: yearStart - 100 * DAY };
    expect(rolloverDue({ classes: [reread], invites: [], yearStart, lastAppliedFor: null })).toBe(true);
    expect(planRollover(input([reread])).moves).toEqual([{ fromKey: '5А', fromName: '5 «А»', toKey: '6А', toName: '6 «А»' }]);
  });

  test('the journal already shows the new class as this year’s: the move is flagged, and that class’s record stays', () => {
    const old = classRecord('5А', '5А', 'journal', yearStart - 100 * DAY);
    const current: ClassRecord = { ...classRecord('6А', '6 «А»', 'journal', december - DAY), subjects: ['Математика'] };
    const plan = planRollover(input([old, current]));
    expect(plan.moves).toEqual([{ fromKey: '5А', fromName: '5А', toKey: '6А', toName: '6А', alreadyThere: true }]);
    expect(plan.classes).toEqual([current]);
  });

  test('a class with no letter («3», «3 класс») moves up too', () => {
    const plan = planRollover(input([classRecord('3', '3', 'manual', yearStart - DAY), classRecord('4', '4 класс', 'manual', yearStart - DAY)]));
    expect(plan.moves.map((move) => `${move.fromName} → ${move.toName}`)).toEqual(['3 → 4', '4 класс → 5 класс']);
    expect(plan.classes.map((record) => record.key).sort()).toEqual(['4', '5']);
  });
});

describe('after the step', () => {
  test('a chat still named for last year’s class is found for this year’s row, with its new name', () => {
    const titles = ['Родители 5А', '5А ученики', 'Математика 5А', 'Учительская', 'Родители 6А'];
    expect(chatsNamedLastYear(titles, { classKey: '6А', audience: 'parents' })).toEqual([{ title: 'Родители 5А', newTitle: 'Родители 6А' }]);
    expect(chatsNamedLastYear(titles, { classKey: '6А', audience: 'subject', subject: 'Математика' })).toEqual([{ title: 'Математика 5А', newTitle: 'Математика 6А' }]);
    expect(chatsNamedLastYear(titles, { classKey: '8А', audience: 'parents' })).toEqual([]);
    expect(chatsNamedLastYear(titles, { classKey: null, audience: 'staff' })).toEqual([]);
  });
});
