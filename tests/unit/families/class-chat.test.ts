/**
 * One class's parents' chat read against its list: who is in, who perhaps, who is missing, who is on
 * no list; siblings asked about once; a pupil in the parents' chat is nobody's parent; the teacher's
 * answers remembered over the names.
 */
import { describe, expect, test } from 'vitest';
import { memberKey, pupilKey, readClassChat } from '../../../lib/families/class-chat';
import type { PupilName } from '../../../lib/families/match';

const list = (...names: string[]): PupilName[] =>
  names.map((name) => {
    const [surname = '', given = ''] = name.split(' ');
    return { surname, given };
  });

const CLASS_7B = list('Иванов Пётр', 'Иванова Анна', 'Смирнова Дарья', 'Ким Алексей', 'Белых Артём', 'Орлов Лев', 'Кузнецов Евгений');
const PARENTS_CHAT = [
  'Елена Викторовна, классный руководитель',
  'Иванова Елена', // mother of both Ivanovs, by surname only
  'Мама Даши Смирновой 🌸',
  'Папа Лёши Ким',
  'Ольга (мама Жени)',
  'Петров Сергей', // on no list
  'Петя Иванов', // a pupil in the parents' chat
];

const states = (reading: ReturnType<typeof readClassChat>) => Object.fromEntries(reading.pupils.map((pupil) => [pupilKey(CLASS_7B[pupil.pupil] as PupilName), pupil.state]));

describe('a class\'s parents\' chat against its list', () => {
  test('who is in, who perhaps, who is missing; who is on no list', () => {
    const reading = readClassChat(CLASS_7B, PARENTS_CHAT, 'parents');
    expect(states(reading)).toEqual({
      'иванов петр': 'unsure',
      'иванова анна': 'unsure',
      'смирнова дарья': 'in-chat',
      'ким алексей': 'in-chat',
      'белых артем': 'missing',
      'орлов лев': 'missing',
      'кузнецов евгений': 'in-chat',
    });
    // The class teacher is staff, Петя is a pupil: neither is a stranger. Петров is.
    expect(reading.strangers.map((member) => PARENTS_CHAT[member])).toEqual(['Петров Сергей']);
    // The Ivanovs' mother is offered for both: the screen asks once.
    expect(reading.pupils[0]?.members).toEqual([1]);
    expect(reading.pupils[1]?.members).toEqual([1]);
  });

  test('the teacher\'s answers are remembered: «это мама Пети и Ани» makes both in-chat; «нет» makes a pupil missing again', () => {
    const mother = memberKey('Иванова Елена');
    const decisions = [
      { member: mother, pupil: pupilKey(CLASS_7B[0] as PupilName), same: true },
      { member: mother, pupil: pupilKey(CLASS_7B[1] as PupilName), same: true },
      { member: memberKey('Мама Даши Смирновой'), pupil: pupilKey(CLASS_7B[2] as PupilName), same: false },
    ];
    const reading = readClassChat(CLASS_7B, PARENTS_CHAT, 'parents', decisions);
    expect(states(reading)).toMatchObject({ 'иванов петр': 'in-chat', 'иванова анна': 'in-chat', 'смирнова дарья': 'missing' });
    // The rejected mother now fits nobody: she is on no list.
    expect(reading.strangers.map((member) => PARENTS_CHAT[member])).toEqual(['Мама Даши Смирновой 🌸', 'Петров Сергей']);
  });

  test('twins with one name pattern: a member surely fitting both is asked about, not counted twice', () => {
    const twins = list('Иванов Александр', 'Иванова Александра');
    const reading = readClassChat(twins, ['Мама Саши Ивановой'], 'parents');
    expect(reading.pupils.map((pupil) => pupil.state)).toEqual(['unsure', 'unsure']);
  });

  test('a pupils\' chat: each pupil found as themself; a parent there is on no list', () => {
    const reading = readClassChat(CLASS_7B, ['Петя Иванов', 'Аня Иванова', 'Dasha Smirnova', 'Лев О.', 'мама Жени'], 'pupils');
    expect(states(reading)).toMatchObject({ 'иванов петр': 'in-chat', 'иванова анна': 'in-chat', 'смирнова дарья': 'in-chat', 'орлов лев': 'unsure', 'ким алексей': 'missing' });
    expect(reading.strangers).toEqual([4]);
  });

  test('member keys ignore emoji, spacing, case and ё', () => {
    expect(memberKey('  Пётр   ИВАНОВ 🌸 ')).toBe(memberKey('петр иванов'));
  });
});
