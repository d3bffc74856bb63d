// @vitest-environment happy-dom
/**
 * What a messenger's chat list proves: a chat is missing only from a list seen whole after the class
 * was known; never seen, seen in part, or seen before the class came, it is «не проверено» — with
 * the reason, on each required platform separately, the wrong platform said as such.
 */
import { describe, expect, test } from 'vitest';
import { sortChatRows, LIST_BEFORE_CLASS_MS, NEW_VISIT, listProof, sightedList, visitAfter } from '../../../lib/classes/chat-list';
import { checkCoverage } from '../../../lib/classes/coverage';
import { DAY, T0, chat, input, wholeList } from './coverage-input';

const item = (result: ReturnType<typeof checkCoverage>, id: string) => result.classes[0].items.find((entry) => entry.requirement.id === id)!;

describe('a chat list sighting', () => {
  test('keeps when the whole list was last seen; a later partial sighting does not undo it', () => {
    const partial = sightedList(null, 'max', { rows: 14, whole: false }, T0);
    expect(partial).toMatchObject({ key: 'chat-list:max', seenAt: T0, rows: 14 });
    expect(partial.wholeAt).toBeUndefined();
    const whole = sightedList(partial, 'max', { rows: 40, whole: true }, T0 + DAY);
    expect(whole).toMatchObject({ wholeAt: T0 + DAY, wholeRows: 40 });
    expect(sightedList(whole, 'max', { rows: 8, whole: false }, T0 + 2 * DAY)).toMatchObject({ seenAt: T0 + 2 * DAY, rows: 8, wholeAt: T0 + DAY, wholeRows: 40 });
  });

  test('proves a chat missing only when seen whole since the class was known', () => {
    expect(listProof(undefined, 0)).toEqual({ proved: false, why: 'never' });
    expect(listProof(sightedList(null, 'vk', { rows: 3, whole: false }, T0), 0)).toEqual({ proved: false, why: 'partial' });
    expect(listProof(wholeList('max', T0), T0 + LIST_BEFORE_CLASS_MS + 1)).toEqual({ proved: false, why: 'before-class' });
    // The same day: MAX glanced at, then the journal opened.
    expect(listProof(wholeList('max', T0), T0 + LIST_BEFORE_CLASS_MS)).toEqual({ proved: true, at: T0 });
    expect(listProof(wholeList('max', T0), T0)).toEqual({ proved: true, at: T0 });
  });

  test('a visit sees the whole list only from its top to its end, with no search on', () => {
    const top = { atTop: true, atEnd: false, filtered: false };
    const middle = { atTop: false, atEnd: false, filtered: false };
    const end = { atTop: false, atEnd: true, filtered: false };
    expect(visitAfter(NEW_VISIT, end)).toEqual({ sawTop: false, whole: false }); // opened scrolled down
    const scrolled = [top, middle, end].reduce(visitAfter, NEW_VISIT);
    expect(scrolled.whole).toBe(true);
    // More chats loaded below: not whole until the end is reached again.
    expect(visitAfter(scrolled, middle).whole).toBe(false);
    // A search shows results, not the list: it never makes a list whole, nor starts one.
    expect(visitAfter(NEW_VISIT, { atTop: true, atEnd: true, filtered: true })).toEqual({ sawTop: false, whole: false });
    expect(visitAfter(NEW_VISIT, { atTop: true, atEnd: true, filtered: false }).whole).toBe(true); // a short list fits
  });
});

describe('the check with what the lists prove', () => {
  test('no list seen: every chat not found is unchecked, never missing', () => {
    const result = checkCoverage(input([chat('Ученики 5А', 'max', 24)], { lists: {} }));
    expect(item(result, 'class-students').status).toBe('ok');
    for (const id of ['class-parents', 'class-teachers']) {
      expect(item(result, id)).toMatchObject({ status: 'unchecked', missingOn: [], uncheckedOn: [{ platform: 'max', why: 'never' }] });
    }
    expect(result).toMatchObject({ done: 1, total: 3 });
  });

  test('a list seen in part proves nothing; seen whole it proves missing', () => {
    const partial = checkCoverage(input([], { lists: { max: sightedList(null, 'max', { rows: 60, whole: false }, T0) } }));
    expect(item(partial, 'class-parents')).toMatchObject({ status: 'unchecked', uncheckedOn: [{ platform: 'max', why: 'partial' }] });
    const whole = checkCoverage(input([], { lists: { max: wholeList('max', T0) } }));
    expect(item(whole, 'class-parents')).toMatchObject({ status: 'missing', missingOn: ['max'], uncheckedOn: [] });
  });

  test('a class Parta came to know days after the list was seen is unchecked until the list is seen again', () => {
    const lists = { max: wholeList('max', T0) };
    const later = checkCoverage(input([], { lists, classSince: new Map([['5А', T0 + 2 * DAY]]) }));
    expect(item(later, 'class-parents')).toMatchObject({ status: 'unchecked', uncheckedOn: [{ platform: 'max', why: 'before-class' }] });
    const earlier = checkCoverage(input([], { lists, classSince: new Map([['5А', T0 - DAY]]) }));
    expect(item(earlier, 'class-parents').status).toBe('missing');
  });

  test('each required platform on its own: missing where proved, unchecked where not, the other platform’s chat kept', () => {
    const result = checkCoverage(input([chat('5А Родители', 'vk', 25)], { platforms: 'both', lists: { vk: wholeList('vk', T0) } }));
    expect(item(result, 'class-parents')).toMatchObject({ status: 'unchecked', chat: '5А Родители', missingOn: [], uncheckedOn: [{ platform: 'max', why: 'never' }] });
    expect(item(result, 'class-students')).toMatchObject({ status: 'missing', missingOn: ['vk'], uncheckedOn: [{ platform: 'max', why: 'never' }] });
    // The wrong platform: in VK, MAX required and its whole list seen without it.
    const wrong = checkCoverage(input([chat('5А Родители', 'vk', 25)], { platforms: 'max', lists: { max: wholeList('max', T0) } }));
    expect(item(wrong, 'class-parents')).toMatchObject({ status: 'missing', missingOn: ['max'], chat: '5А Родители' });
  });
});

describe('which chat-list rows leave the page', () => {
  test('group chats\' titles only; a person\'s chat never, whatever its name; an untold school-like row is neither kept nor proof', () => {
    expect(
      sortChatRows([
        { title: 'Родители 5А', kind: 'group' },
        { title: 'Петров Саша 7Б', kind: 'personal' },
        { title: 'Мама Пети Иванова 5А', kind: 'unknown' },
        { title: 'Иванова О. (родитель)', kind: 'unknown' },
        { title: 'Бабушка', kind: 'unknown' },
        { title: 'Учительская', kind: 'group' },
      ]),
    ).toEqual({ groups: ['Родители 5А', 'Учительская'], untold: ['Мама Пети Иванова 5А', 'Иванова О. (родитель)'] });
  });
});
