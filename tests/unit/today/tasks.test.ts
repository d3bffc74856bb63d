/**
 * «Сегодня»: which tasks a teacher has, in which order, one per missing chat, each chat at its
 * step; the kinds the badge's tooltip counts.
 */
import { describe, expect, test } from 'vitest';
import { draftForRow } from '../../../lib/invites/drafts';
import { sightedList } from '../../../lib/classes/chat-list';
import type { ChatRecord, ClassRecord } from '../../../lib/classes/records';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/index';
import { countKinds, storedTeacherClasses, taskKind, todayTasks, todayView, type TodayData, type TodayTask } from '../../../lib/today/tasks';
import { act, created, MAX_CODE } from '../invites/records';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 11, 5, 9);
const settings: Settings = { ...DEFAULT_SETTINGS, profiles: ['class-teacher', 'subject-teacher'], staleDays: 7 };

const classRecord = (key: string, own: boolean, subjects: string[] = [], source: ClassRecord['source'] = 'journal'): ClassRecord => ({
  v: 1,
  key,
  name: key,
  source,
  updatedAt: NOW - DAY,
  own,
  subjects,
});
const seen = (title: string, site: ChatRecord['site'] = 'max'): ChatRecord => ({ v: 1, key: `${site}:${title}`, site, title, firstSeen: NOW - DAY, lastSeen: NOW - DAY });

/** The class teacher of 5А who also teaches mathematics in 6Б and 7В. */
const data = (overrides: Partial<TodayData> = {}): TodayData => ({
  classes: [classRecord('7В', false, ['Математика']), classRecord('5А', true), classRecord('6Б', false, ['Математика'])],
  chats: [seen('5А Ученики')],
  lists: { max: sightedList(null, 'max', { rows: 40, whole: true }, NOW - DAY) },
  overrides: [],
  sizes: [],
  lastRollover: null,
  invites: [],
  drafts: [],
  blocks: [],
  leavers: [],
  ...overrides,
});

const describeTask = (task: TodayTask) =>
  task.kind === 'chat' ? `${task.classKey ?? 'school'} ${task.item.requirement.id}${task.item.subject ? ` ${task.item.subject}` : ''}: ${task.step.kind}` : task.kind;

describe('todayTasks', () => {
  test('one task per missing chat, grouped by class in school order; a chat that exists is no task', () => {
    expect(todayTasks(data(), settings, NOW).map(describeTask)).toEqual([
      '5А class-parents: create',
      '5А class-teachers: create',
      '6Б subject Математика: create',
      '7В subject Математика: create',
    ]);
  });

  test('a chat moves through its steps: a draft waits for its link, a saved invitation for its message, a sent one is no longer a task', () => {
    const parentsDraft = draftForRow({ classKey: '5А', requirementId: 'class-parents', audience: 'parents', title: 'Родители 5А' }, NOW);
    const teachersInvite = created({ className: '5А', chatTitle: 'Учителя 5А', chatPurpose: 'teachers', role: 'teacher' }, NOW, 't');
    const mathInvite = act(
      created({ link: `https://max.ru/join/${MAX_CODE}`, className: '6Б', chatTitle: 'Математика 6Б', chatPurpose: 'subject', role: 'student' }, NOW, 'm'),
      { type: 'send' },
      NOW,
    );
    expect(todayTasks(data({ drafts: [parentsDraft], invites: [teachersInvite, mathInvite] }), settings, NOW).map(describeTask)).toEqual([
      '5А class-parents: link',
      '5А class-teachers: send',
      '7В subject Математика: create',
    ]);
  });

  test('what breaks the rules now comes first: a block past its end, a leaver still in a chat; then a stale link, then the chats', () => {
    const staleInvite = act(created({ className: '5А', chatTitle: 'Ученики 5А', chatPurpose: 'students', role: 'student' }, NOW - 30 * DAY, 's'), { type: 'send' }, NOW - 20 * DAY);
    const tasks = todayTasks(
      data({
        invites: [staleInvite],
        blocks: [{ v: 1, id: 'b', site: 'max', chat: '5А Ученики', person: 'Пётр С.', at: NOW - 40 * DAY, until: '2026-12-01', reason: 'п. 2' }],
        leavers: [{ v: 1, id: 'l', name: 'Иванов Иван', kind: 'student', classKey: '5А', addedAt: NOW - 5 * DAY, seen: [{ site: 'max', chat: '5А Ученики', at: NOW - DAY }] }],
      }),
      settings,
      NOW,
    );
    expect(tasks.map(taskKind).slice(0, 3)).toEqual(['unblock', 'leaver', 'annul']);
    expect(tasks).toHaveLength(3 + 4);
    expect(countKinds(tasks)).toEqual([
      ['unblock', 1],
      ['leaver', 1],
      ['annul', 1],
      ['create', 4],
    ]);
  });

  test('a block still running, a leaver marked removed, a fresh sent link are not tasks (its chat, not yet seen, waits for the class)', () => {
    const fresh = act(created({}, NOW - DAY, 'f'), { type: 'send' }, NOW - DAY);
    const tasks = todayTasks(
      data({
        invites: [fresh],
        blocks: [{ v: 1, id: 'b', site: 'max', chat: '5А Ученики', person: 'Пётр С.', at: NOW - DAY, until: '2026-12-20', reason: 'п. 2' }],
        leavers: [{ v: 1, id: 'l', name: 'Иванов Иван', kind: 'student', classKey: '5А', addedAt: NOW - 5 * DAY, seen: [{ site: 'max', chat: '5А Ученики', at: NOW - DAY, removedAt: NOW }] }],
      }),
      settings,
      NOW,
    );
    expect(tasks.map(describeTask)).toEqual(['5А class-teachers: create', '6Б subject Математика: create', '7В subject Математика: create']);
  });

  test('the new school year: classes last touched before its first day make the step a task, until it is taken', () => {
    const lastYear = data({ classes: [{ ...classRecord('5А', true), updatedAt: Date.UTC(2026, 4, 20) }] });
    expect(todayTasks(lastYear, settings, NOW).map(taskKind)).toContain('rollover');
    expect(todayTasks({ ...lastYear, lastRollover: Date.UTC(2026, 8, 1) }, settings, NOW).map(taskKind)).not.toContain('rollover');
  });

  test('nothing open: no tasks; «не требуется» and a requirement switched off are no tasks', () => {
    const complete = data({ classes: [classRecord('5А', true)], chats: ['Ученики 5А', 'Родители 5А', 'Учителя 5А'].map((title) => seen(title)) });
    expect(todayTasks(complete, settings, NOW)).toEqual([]);
    const partial = data({ classes: [classRecord('5А', true)] });
    expect(todayTasks(partial, { ...settings, disabledRequirements: ['class-teachers'] }, NOW).map(describeTask)).toEqual(['5А class-parents: create']);
    const notRequired = data({
      classes: [classRecord('5А', true)],
      overrides: [{ v: 1, id: 'nr', kind: 'not-required', classKey: '5А', requirementId: 'class-parents', createdAt: NOW }],
    });
    expect(todayTasks(notRequired, settings, NOW).map(describeTask)).toEqual(['5А class-teachers: create']);
  });

  test('the chat must exist where the teacher works: only on VK while MAX is required is still a task', () => {
    const vkOnly = data({ classes: [classRecord('5А', true)], chats: ['Ученики 5А', 'Родители 5А', 'Учителя 5А'].map((title) => seen(title, 'vk')) });
    expect(todayTasks(vkOnly, settings, NOW)).toHaveLength(3);
    expect(todayTasks(vkOnly, { ...settings, platforms: 'vk' }, NOW)).toHaveLength(0);
  });
});

describe('what «Сегодня» says only of what Parta has seen', () => {
  const sent = (className: string, chatTitle: string, chatPurpose: 'students' | 'parents' | 'teachers', id: string, at = NOW) =>
    act(created({ className, chatTitle, chatPurpose, role: chatPurpose === 'parents' ? 'parent' : chatPurpose === 'teachers' ? 'teacher' : 'student' }, at, id), { type: 'send' }, at);

  test('before the messenger’s chat list was seen: one task to open it, naming the classes, and no «создайте»', () => {
    const view = todayView(data({ chats: [], lists: {} }), settings, NOW);
    expect(view.tasks).toEqual([{ kind: 'check', platforms: [{ platform: 'max', why: 'never' }], classKeys: ['5А', '6Б', '7В'] }]);
    expect(view.chats).toMatchObject({ required: 5, exists: 0, missing: 0, unchecked: 5 });
  });

  test('a list seen only in part proves nothing: still the one task, saying so', () => {
    const view = todayView(data({ lists: { max: sightedList(null, 'max', { rows: 25, whole: false }, NOW) } }), settings, NOW);
    expect(view.tasks).toEqual([{ kind: 'check', platforms: [{ platform: 'max', why: 'partial' }], classKeys: ['5А', '6Б', '7В'] }]);
  });

  test('invitations sent for chats not seen yet: no task is left, but nothing is «в порядке» — the chats are waited for', () => {
    const invites = [sent('5А', 'Родители 5А', 'parents', 'p'), sent('5А', 'Учителя 5А', 'teachers', 't')];
    const view = todayView(data({ classes: [classRecord('5А', true)], invites }), settings, NOW);
    expect(view.tasks).toEqual([]);
    expect(view.chats).toMatchObject({ required: 3, exists: 1, missing: 0, unchecked: 0 });
    expect(view.chats.waiting.map((item) => item.suggestedTitle)).toEqual(['Родители 5А', 'Учителя 5А']);
  });

  test('a link is never called unneeded while its chat is not seen yet or too few have joined; once enough have, it is', () => {
    const parents = sent('5А', 'Родители 5А', 'parents', 'p', NOW - 8 * DAY);
    const students = sent('5А', 'Ученики 5А', 'students', 's', NOW - 8 * DAY);
    const base = { classes: [classRecord('5А', true)], invites: [parents, students], sizes: [{ v: 1 as const, key: '5А', size: 25, source: 'manual' as const, updatedAt: NOW }] };
    const counted = (members: number): ChatRecord => ({ ...seen('5А Ученики'), members, membersAt: NOW - DAY });
    // Parents' chat not seen, students' 22 of 25 (staff of one taken off): both links still at work.
    const low = todayView(data({ ...base, chats: [counted(23)] }), settings, NOW);
    expect(low.tasks.map(taskKind)).not.toContain('annul');
    // 24 of 25 in the students' chat: its link has done its job, and the task says so with the count.
    const full = todayView(data({ ...base, chats: [counted(25)] }), settings, NOW);
    expect(full.tasks.filter((task) => task.kind === 'annul')).toMatchObject([{ invite: { id: 's' }, filled: { joined: 24, size: 25 } }]);
  });
});

describe('a subject teacher’s subjects', () => {
  test('classes she teaches but does not lead, with no subject known: one task naming them, not «в порядке»; typed subjects end it', () => {
    const classes = [classRecord('7Б', true), classRecord('7А', false), classRecord('8В', false, ['Математика'])];
    const lists = { max: sightedList(null, 'max', { rows: 40, whole: true }, NOW) };
    const view = todayView(data({ classes, lists }), settings, NOW);
    expect(view.tasks.filter((task) => task.kind === 'subjects')).toEqual([{ kind: 'subjects', classKeys: ['7А'] }]);
    const typed = todayView(data({ classes: [classes[0], { ...classes[1], typedSubjects: ['Математика'] }, classes[2]], lists }), settings, NOW);
    expect(typed.tasks.map(taskKind)).not.toContain('subjects');
    expect(typed.tasks.map(describeTask)).toContain('7А subject Математика: create');
    // A class teacher only: nothing to ask.
    expect(todayView(data({ classes, lists }), { ...settings, profiles: ['class-teacher'] }, NOW).tasks.map(taskKind)).not.toContain('subjects');
  });
});

describe('storedTeacherClasses', () => {
  test('one class per key from every source: led if any record says so, subjects together, school order', () => {
    expect(
      storedTeacherClasses([classRecord('10А', false, ['Физика']), classRecord('5А', false, ['Алгебра']), classRecord('5А', true, ['Геометрия'], 'manual'), classRecord('ИСП-22', false)]),
    ).toEqual([
      { key: '5А', own: true, subjects: ['Алгебра', 'Геометрия'] },
      { key: '10А', own: false, subjects: ['Физика'] },
      { key: 'ИСП-22', own: false, subjects: [] },
    ]);
  });
});
