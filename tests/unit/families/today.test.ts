/**
 * «Сегодня» for «Кто ещё не в чате»: one task per class with families missing from a checked chat
 * and not yet told — none once every missing family was told, none for a class without member lists.
 */
import { describe, expect, test } from 'vitest';
import { familiesToReach } from '../../../lib/families/chats';
import { newClassList, newMemberList, withPupils, withTold } from '../../../lib/families/store';
import { todayTasks, type TodayData } from '../../../lib/today/tasks';
import { DEFAULT_SETTINGS } from '../../../lib/settings/index';
import type { ChatRecord } from '../../../lib/classes/records';

const T0 = Date.UTC(2026, 10, 2, 9);
const chat = (title: string): ChatRecord => ({ v: 1, key: `max:${title}`, site: 'max', title, firstSeen: T0, lastSeen: T0 });
const CHATS = [chat('Родители 5А'), chat('5А ученики')];
const PUPILS = [
  { surname: 'Иванов', given: 'Пётр' },
  { surname: 'Белых', given: 'Артём' },
  { surname: 'Орлов', given: 'Лев' },
];
const listed = withPupils(newClassList('5А', T0), PUPILS, 'paste', T0);
const parents = newMemberList('max', 'Родители 5А', ['мама Пети Иванова'], 'paste', T0);
const pupils = newMemberList('max', '5А ученики', ['Петя Иванов', 'Лёва Орлов'], 'paste', T0);

describe('families to reach', () => {
  test('a family missing from any checked chat counts once; a told family for that chat does not', () => {
    // Parents' chat: Белых and Орлов missing; pupils' chat: Белых missing. Two families.
    expect(familiesToReach(listed, [parents, pupils], CHATS)).toBe(2);
    const told = withTold(listed, { pupil: 'орлов лев', chat: 'Родители 5А', how: 'paper' }, T0);
    expect(familiesToReach(told, [parents, pupils], CHATS)).toBe(1);
    // Told about the parents' chat only: Белых is still missing from the pupils' chat.
    const bothTold = withTold(told, { pupil: 'белых артем', chat: 'Родители 5А', how: 'phone' }, T0);
    expect(familiesToReach(bothTold, [parents, pupils], CHATS)).toBe(1);
    expect(familiesToReach(listed, [], CHATS)).toBe(0);
    expect(familiesToReach(newClassList('5А', T0), [parents], CHATS)).toBe(0);
  });

  test('«Сегодня» has one task per class, with how many families', () => {
    const data: TodayData = { classes: [], chats: CHATS, overrides: [], sizes: [], lists: {}, lastRollover: null, invites: [], drafts: [], blocks: [], leavers: [], classLists: [listed], memberLists: [parents, pupils] };
    const families = todayTasks(data, DEFAULT_SETTINGS, T0).filter((task) => task.kind === 'families');
    expect(families).toEqual([{ kind: 'families', classKey: '5А', families: 2 }]);
  });
});
