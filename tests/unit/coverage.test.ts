// @vitest-environment happy-dom
/**
 * Issue 14: member counts read from chat headers, coverage per class and platform, the new school
 * year's plan, and the director's merge of teachers' reports.
 */
import { describe, expect, test } from 'vitest';
import { checkCoverage, measureCoverage, type CoverageInput, type SeenChat } from '../../lib/classes/coverage';
import type { ChatRecord, ClassRecord, ClassSizeRecord, OverrideRecord } from '../../lib/classes/records';
import { createInvite, type InviteRecord } from '../../lib/invites/index';
import { planRollover, rolloverDue, schoolYearStart } from '../../lib/school-year/plan';
import { buildTeacherReport, mergeReports, readTeacherReport, type TeacherReport } from '../../lib/school-report/report';
import { MESSENGER_ADAPTERS, readOpenChatMembers } from '../../lib/sites/index';
import { DEFAULT_SETTINGS } from '../../lib/settings/index';
import { loadFixture } from './fixture-dom';

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2026, 10, 20, 9);
const adapter = (id: string) => MESSENGER_ADAPTERS.find((candidate) => candidate.id === id)!;

describe('member counts from the open chat header', () => {
  test.each([
    ['max/chat.html', 'max', 'https://web.max.ru/-100', 'Родители 5А', 18],
    ['max/chat-en.html', 'max', 'https://web.max.ru/-100', '5A Parents', 25],
    ['vk/convo-2026.html', 'vk', 'https://vk.ru/im/convo/2000000001', '7Б Родители', 27],
  ])('%s: the title and the count its header states', (fixture, site, base, title, members) => {
    expect(readOpenChatMembers(loadFixture(fixture, base), adapter(site))).toEqual({ title, members });
  });

  test('no chat open, or a person’s status: no count, never a guess', () => {
    expect(readOpenChatMembers(loadFixture('max/start.html', 'https://web.max.ru/'), adapter('max')).members).toBeNull();
    const page = loadFixture('vk/convo-2026.html', 'https://vk.ru/im/convo/1');
    page.querySelector('.ConvoHeader__status')!.textContent = 'был в сети 5 минут назад';
    expect(readOpenChatMembers(page, adapter('vk'))).toEqual({ title: '7Б Родители', members: null });
  });

  test('a number in the chat’s own name is not its count', () => {
    const page = loadFixture('vk/convo-2026.html', 'https://vk.ru/im/convo/1');
    page.querySelector('header.ConvoHeader .ConvoTitle__title')!.textContent = '5А: 25 участников олимпиады';
    page.querySelector('.ConvoHeader__status')!.remove();
    expect(readOpenChatMembers(page, adapter('vk'))).toEqual({ title: '5А: 25 участников олимпиады', members: null });
  });
});

const chat = (title: string, site: SeenChat['site'], members?: number, membersAt = T0): SeenChat =>
  members === undefined ? { title, site, lastSeen: T0 } : { title, site, lastSeen: T0, members, membersAt };

function input(chats: SeenChat[], overrides: Partial<CoverageInput> = {}): CoverageInput {
  return {
    classes: [{ key: '5А', own: true, subjects: [] }],
    chats,
    profiles: ['class-teacher'],
    platforms: 'max',
    sizes: new Map([['5А', 27]]),
    staffPerChat: 1,
    threshold: 90,
    ...overrides,
  };
}
const item = (result: ReturnType<typeof checkCoverage>, id: string) => result.classes[0].items.find((entry) => entry.requirement.id === id)!;

describe('coverage', () => {
  test('members minus staff against the class size, marked by the threshold, with the date', () => {
    const result = checkCoverage(input([chat('5А Родители', 'max', 26), chat('Ученики 5А', 'max', 23)]));
    expect(item(result, 'class-parents').coverage).toEqual({ joined: 25, size: 27, seenAt: T0, state: 'ok' });
    expect(item(result, 'class-students').coverage).toEqual({ joined: 22, size: 27, seenAt: T0, state: 'low' });
    // The class total: 25 + 22 of 54.
    expect(result.classes[0]).toMatchObject({ joinedSum: 47, sizeSum: 54 });
  });

  test('the threshold is exact at its edge (whole-number arithmetic)', () => {
    expect(measureCoverage(28, T0, 30, 1, 90).state).toBe('ok'); // 27 of 30 = 90%
    expect(measureCoverage(27, T0, 30, 1, 90).state).toBe('low'); // 26 of 30
    expect(measureCoverage(1, T0, 30, 5, 90)).toMatchObject({ joined: 0, state: 'low' }); // never negative
  });

  test('no count seen, or no class size: said, never guessed', () => {
    const noCount = checkCoverage(input([chat('5А Родители', 'max')]));
    expect(item(noCount, 'class-parents').coverage?.state).toBe('no-count');
    const noSize = checkCoverage(input([chat('5А Родители', 'max', 20)], { sizes: new Map() }));
    expect(item(noSize, 'class-parents').coverage).toMatchObject({ joined: 19, size: null, state: 'no-size' });
    expect(noSize.classes[0].sizeSum).toBe(0);
  });

  test('the teachers’ chat is not measured against the class', () => {
    const result = checkCoverage(input([chat('Учителя 5А', 'max', 12)]));
    expect(item(result, 'class-teachers').on.max).toMatchObject({ members: 12, coverage: null });
  });

  test('a chat only in VK when MAX is required is an action: create it in MAX', () => {
    const result = checkCoverage(input([chat('5А Родители', 'vk', 25), chat('Ученики 5А', 'sferum', 20), chat('Ученики 5А', 'max', 24)]));
    const parents = item(result, 'class-parents');
    expect(parents).toMatchObject({ status: 'missing', missingOn: ['max'], chat: '5А Родители' });
    expect(parents.on.vk?.coverage?.joined).toBe(24);
    expect(parents.coverage).toBeNull(); // no chat on the required platform
    const students = item(result, 'class-students');
    expect(students).toMatchObject({ status: 'ok', missingOn: [] });
    expect(Object.keys(students.on).sort()).toEqual(['max', 'vk']);
    expect(students.coverage?.joined).toBe(23); // MAX's, the required platform
  });

  test('the setting says where chats must be: VK, or both', () => {
    const chats = [chat('5А Родители', 'vk', 25)];
    expect(item(checkCoverage(input(chats, { platforms: 'vk' })), 'class-parents').status).toBe('ok');
    const both = item(checkCoverage(input(chats, { platforms: 'both' })), 'class-parents');
    expect(both).toMatchObject({ status: 'missing', missingOn: ['max'] });
    expect(item(checkCoverage(input([...chats, chat('5А Родители', 'max', 3)], { platforms: 'both' })), 'class-parents').status).toBe('ok');
  });

  test('the newest count of a chat seen in both VK and Sferum wins', () => {
    const result = checkCoverage(input([chat('5А Родители', 'vk', 20, T0 - DAY), chat('5А Родители', 'sferum', 26, T0)], { platforms: 'vk' }));
    expect(item(result, 'class-parents').coverage).toMatchObject({ joined: 25, seenAt: T0 });
  });
});

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

describe('the school report', () => {
  const result = checkCoverage(input([chat('5А Родители', 'max', 26), chat('Ученики 5А', 'vk', 20)]));
  const report = (teacher: string, exportedAt: number, seenAt: number | null, joined: number | null): TeacherReport => ({
    format: 'parta-coverage-report',
    version: 1,
    teacher,
    exportedAt,
    platforms: 'max',
    threshold: 90,
    rows: [
      { classKey: '5А', requirementId: 'class-parents', audience: 'parents', status: 'ok', max: { chat: '5А Родители', members: joined, seenAt }, joined, size: 27, seenAt },
    ],
  });

  test('a teacher’s report reads back as written', () => {
    const built = buildTeacherReport(result, { teacher: ' Иванова И. И. ', now: T0, platforms: 'max', threshold: 90 });
    expect(built.teacher).toBe('Иванова И. И.');
    const parents = built.rows.find((row) => row.requirementId === 'class-parents');
    expect(parents).toMatchObject({ classKey: '5А', status: 'ok', joined: 25, size: 27, seenAt: T0, max: { chat: '5А Родители', members: 26 } });
    expect(built.rows.find((row) => row.requirementId === 'class-students')).toMatchObject({ status: 'missing', vk: { chat: 'Ученики 5А' } });
    const read = readTeacherReport(JSON.stringify(built));
    expect(read).toEqual({ ok: true, report: built });
  });

  test.each([
    ['not JSON', '{', 'not-json'],
    ['another file', JSON.stringify({ format: 'parta-backup' }), 'foreign'],
    ['a newer version', JSON.stringify({ format: 'parta-coverage-report', version: 9 }), 'newer-version'],
    ['a bad row', JSON.stringify({ ...report('A', T0, T0, 3), rows: [{ classKey: '5А' }] }), 'invalid'],
    ['a negative count', JSON.stringify(report('A', T0, T0, -1)), 'invalid'],
  ])('a malformed file (%s) says why', (_name, text, kind) => {
    const read = readTeacherReport(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problem.kind).toBe(kind);
  });

  test('two reports of the same class: the newer count wins and the row says whose it replaced', () => {
    const rows = mergeReports([report('Петрова', T0, T0 - 5 * DAY, 20), report('Иванова', T0 - DAY, T0 - DAY, 24)]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ teacher: 'Иванова', joined: 24, replaced: [{ teacher: 'Петрова', joined: 20 }] });
    // Order of files does not matter.
    expect(mergeReports([report('Иванова', T0 - DAY, T0 - DAY, 24), report('Петрова', T0, T0 - 5 * DAY, 20)])[0].teacher).toBe('Иванова');
    // A count beats no count, however new.
    expect(mergeReports([report('Иванова', T0 - DAY, T0 - DAY, 24), report('Сидоров', T0 + DAY, null, null)])[0].teacher).toBe('Иванова');
  });

  test('rows of different classes all stay, ordered by grade', () => {
    const other = { ...report('Петрова', T0, T0, 20), rows: [{ ...report('x', T0, T0, 20).rows[0], classKey: '10А' }] };
    expect(mergeReports([other, report('Иванова', T0, T0, 24)]).map((row) => row.classKey)).toEqual(['5А', '10А']);
  });
});

test('the default settings require chats in MAX at 90% with one staff member per chat, the year from 1 September', () => {
  expect(DEFAULT_SETTINGS).toMatchObject({ platforms: 'max', coverageThreshold: 90, staffPerChat: 1, schoolYearStart: '09-01' });
});
