/**
 * The required-chats matcher: each policy against chat lists, manual overrides that always win,
 * duplicates, a single led class, subjects written differently.
 */
import { describe, expect, test } from 'vitest';
import {
  canonicalSubject,
  checkRequiredChats,
  POLICIES,
  PROFILES,
  requirementsFor,
  type CheckResult,
  type KnownChat,
} from '../../../lib/classes/index';

const chats = (...titles: string[]): KnownChat[] => titles.map((title, index) => ({ title, lastSeen: index }));

/** «5А class-parents» → status (and chat) for compact assertions. */
function table(result: CheckResult): Record<string, string> {
  const rows: Record<string, string> = {};
  for (const entry of result.classes) {
    for (const item of entry.items) {
      const name = `${entry.classKey ?? 'школа'} ${item.requirement.id}${item.subject ? ` ${item.subject}` : ''}`;
      rows[name] = item.status === 'ok' ? `✓ ${item.chat}` : item.status === 'missing' ? '✗' : '—';
    }
  }
  return rows;
}

describe('policies', () => {
  test('every profile has requirements with unique ids and a suggested title', () => {
    const ids = new Set<string>();
    for (const profile of PROFILES) {
      expect(POLICIES[profile].requirements.length).toBeGreaterThan(0);
      for (const requirement of POLICIES[profile].requirements) {
        expect(ids.has(requirement.id)).toBe(false);
        ids.add(requirement.id);
        expect(requirement.suggestedTitle.length).toBeGreaterThan(0);
      }
    }
  });

  test('a class teacher who is also a curator gets one chat per audience, not two', () => {
    const requirements = requirementsFor(['class-teacher', 'college-curator']);
    expect(requirements.map((requirement) => requirement.audience).sort()).toEqual(['parents', 'students', 'teachers']);
  });
});

describe('checkRequiredChats', () => {
  test('class teacher: students and parents found by title, teachers missing with nearby chats', () => {
    const result = checkRequiredChats({
      classes: [{ key: '5А', own: true, subjects: [] }],
      chats: chats('Родители 5А', '5 «А» ученики', 'Учительская', 'Футбол 5А'),
      profiles: ['class-teacher'],
    });
    expect(table(result)).toEqual({
      '5А class-students': '✓ 5 «А» ученики',
      '5А class-parents': '✓ Родители 5А',
      '5А class-teachers': '✗',
    });
    const missing = result.classes[0].items.find((item) => item.status === 'missing')!;
    expect(missing.suggestedTitle).toBe('Учителя 5А');
    expect(missing.reason).toEqual({ code: 'missing', nearby: ['Родители 5А', '5 «А» ученики', 'Футбол 5А'] });
    expect(result).toMatchObject({ done: 2, total: 3 });
  });

  test('classes the teacher does not lead get no class chats', () => {
    const result = checkRequiredChats({
      classes: [{ key: '5А', own: true, subjects: [] }, { key: '6Б', own: false, subjects: [] }],
      chats: [],
      profiles: ['class-teacher'],
    });
    expect(result.classes.map((entry) => entry.classKey)).toEqual(['5А']);
  });

  test('an override saying what a chat is always wins, over the title too', () => {
    const result = checkRequiredChats({
      classes: [{ key: '5А', own: true, subjects: [] }, { key: '6А', own: true, subjects: [] }],
      chats: chats('Родители 5А', 'Наш дружный коллектив'),
      profiles: ['class-teacher'],
      overrides: [
        { kind: 'chat', title: 'Наш дружный коллектив', classKey: '5А', audience: 'teachers' },
        // The title says 5А, but it is the 6А parents' chat (a class renamed after the summer).
        { kind: 'chat', title: 'Родители 5А', classKey: '6А', audience: 'parents' },
      ],
    });
    const rows = table(result);
    expect(rows['5А class-teachers']).toBe('✓ Наш дружный коллектив');
    expect(rows['5А class-parents']).toBe('✗');
    expect(rows['6А class-parents']).toBe('✓ Родители 5А');
    const teachers = result.classes[0].items.find((item) => item.requirement.id === 'class-teachers')!;
    expect(teachers.reason).toEqual({ code: 'override' });
  });

  test('«не требуется» removes a requirement from the count', () => {
    const result = checkRequiredChats({
      classes: [{ key: '5А', own: true, subjects: [] }],
      chats: chats('Родители 5А'),
      profiles: ['class-teacher'],
      overrides: [{ kind: 'not-required', classKey: '5А', requirementId: 'class-teachers' }],
    });
    expect(table(result)['5А class-teachers']).toBe('—');
    expect(result).toMatchObject({ done: 1, total: 2 });
  });

  test('a requirement switched off in options is not checked anywhere', () => {
    const result = checkRequiredChats({
      classes: [{ key: '5А', own: true, subjects: [] }, { key: '6Б', own: true, subjects: [] }],
      chats: [],
      profiles: ['class-teacher'],
      disabled: ['class-teachers'],
    });
    expect(result.classes.flatMap((entry) => entry.items.map((item) => item.requirement.id))).toEqual([
      'class-students',
      'class-parents',
      'class-students',
      'class-parents',
    ]);
    expect(result.total).toBe(4);
  });

  test('duplicates: the most recently seen is shown, the others listed', () => {
    const result = checkRequiredChats({
      classes: [{ key: '5А', own: true, subjects: [] }],
      chats: [
        { title: 'Родители 5А (старый)', lastSeen: 1 },
        { title: 'Родители 5 «А»', lastSeen: 9 },
      ],
      profiles: ['class-teacher'],
    });
    const parents = result.classes[0].items.find((item) => item.requirement.id === 'class-parents')!;
    expect(parents.chat).toBe('Родители 5 «А»');
    expect(parents.alsoMatching).toEqual(['Родители 5А (старый)']);
  });

  test('subject teacher: a chat per subject and class, subjects written as the journal does', () => {
    expect(canonicalSubject('алгебра')).toBe('Алгебра');
    expect(canonicalSubject('Англ. яз.')).toBe('Английский язык');
    const result = checkRequiredChats({
      classes: [
        { key: '8А', own: false, subjects: ['Математика'] },
        { key: '9Б', own: false, subjects: ['алгебра', 'Геометрия'] },
      ],
      chats: chats('Математика 8 «А»', 'Геометрия 9Б', 'Алгебра 8А'),
      profiles: ['subject-teacher'],
    });
    expect(table(result)).toEqual({
      '8А subject Математика': '✓ Математика 8 «А»',
      '9Б subject Алгебра': '✗',
      '9Б subject Геометрия': '✓ Геометрия 9Б',
    });
    expect(result.classes[1].items[0].suggestedTitle).toBe('Алгебра 9Б');
  });

  test('college curator with one group: «Преподаватели», «Группы», «Родители» count for it', () => {
    const result = checkRequiredChats({
      classes: [{ key: 'ИСП-22-1', own: true, subjects: [] }],
      chats: chats('Преподаватели', 'Группы', 'Родители ИСП-22-1'),
      profiles: ['college-curator'],
    });
    expect(table(result)).toEqual({
      'ИСП-22-1 group-teachers': '✓ Преподаватели',
      'ИСП-22-1 group-students': '✓ Группы',
      'ИСП-22-1 group-parents': '✓ Родители ИСП-22-1',
    });
    expect(result.classes[0].items.map((item) => item.reason.code)).toEqual(['single-class', 'single-class', 'title']);
  });

  test('with two groups, a title without a group counts for neither', () => {
    const result = checkRequiredChats({
      classes: [{ key: 'ИСП-22-1', own: true, subjects: [] }, { key: 'ИСП-22-2', own: true, subjects: [] }],
      chats: chats('Преподаватели'),
      profiles: ['college-curator'],
    });
    expect(result.done).toBe(0);
  });

  test('administration: school-wide chats told apart by their words', () => {
    const result = checkRequiredChats({
      classes: [],
      chats: chats('Учительская', 'Администрация школы', 'Родительский совет', 'Родители 5А'),
      profiles: ['administration'],
    });
    expect(table(result)).toEqual({
      'школа school-staff-room': '✓ Учительская',
      'школа school-administration': '✓ Администрация школы',
      'школа school-parents-council': '✓ Родительский совет',
      'школа school-students-council': '✗',
    });
  });
});
