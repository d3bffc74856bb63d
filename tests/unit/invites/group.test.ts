/**
 * The invite list grouped by class, in the order a teacher works through it.
 */
import { describe, expect, test } from 'vitest';
import { classGroupKey, DAY_MS, groupInvites } from '../../../lib/invites/index';
import { isStale } from '../../../lib/invites/lifecycle';
import { MAX_CODE, T0, created, act } from './records';

describe('grouping', () => {
  test('class names written differently share a group', () => {
    for (const name of ['5А', '5 «А»', '5-а', '5A', '5а класс', ' 5 а ']) expect(classGroupKey(name)).toBe('5А');
    expect(classGroupKey('исп-22-1')).toBe('ИСП-22-1');
    expect(classGroupKey('')).toBe('');
  });

  test('groups in school order; stale first inside a group; filters and search', () => {
    const now = T0 + 10 * DAY_MS;
    const records = [
      created({ className: '10Б', link: `max.ru/join/${MAX_CODE}` }, T0, '1'),
      act(created({ className: '5а', link: 'vk.me/join/AAAAAAAAAA01' }, T0, '2'), { type: 'send' }, T0),
      created({ className: '5А', link: 'vk.me/join/AAAAAAAAAA02', chatTitle: 'Ученики 5А' }, T0 + 1, '3'),
      created({ className: '', link: 'vk.me/join/AAAAAAAAAA03' }, T0, '4'),
      act(created({ className: 'ИСП-22-1', link: 'vk.me/join/AAAAAAAAAA04' }, T0, '5'), { type: 'annul' }, T0),
      created({ className: '1В', link: 'vk.me/join/AAAAAAAAAA05' }, T0, '6'),
    ];
    const all = groupInvites(records, { filter: 'all', now, staleDays: 7 });
    expect(all.map((group) => group.key)).toEqual(['1В', '5А', '10Б', 'ИСП-22-1', '']);
    expect(all[1].invites.map((record) => record.id)).toEqual(['2', '3']);
    expect(all[1].stale).toBe(1);
    expect(groupInvites(records, { filter: 'open', now, staleDays: 7 }).map((group) => group.key)).toEqual(['1В', '5А', '10Б', '']);
    expect(groupInvites(records, { filter: 'stale', now, staleDays: 7 }).flatMap((group) => group.invites.map((r) => r.id))).toEqual(['2']);
    expect(groupInvites(records, { filter: 'annulled', now, staleDays: 7 })[0].key).toBe('ИСП-22-1');
    expect(groupInvites(records, { filter: 'all', now, staleDays: 7, search: 'ученики' }).flatMap((g) => g.invites.map((r) => r.id))).toEqual(['3']);
    expect(groupInvites(records, { filter: 'all', now, staleDays: 7, classKey: '10Б' }).map((g) => g.key)).toEqual(['10Б']);
  });

  test('a group’s first `stale` invitations are exactly its stale ones', () => {
    const now = T0 + 40 * DAY_MS;
    const records = Array.from({ length: 60 }, (_, index) => {
      const record = created({ className: `${(index % 4) + 5}А`, link: `vk.me/join/AAAAAAAA${String(index).padStart(4, '0')}` }, T0 + index * 1000, `r${index}`);
      // Sent 1, 10 or 30 days ago, or never: stale after 7 days.
      return index % 4 === 3 ? record : act(record, { type: 'send' }, now - [1, 10, 30][index % 3] * DAY_MS);
    });
    for (const filter of ['all', 'open', 'sent'] as const) {
      for (const group of groupInvites(records, { filter, now, staleDays: 7 })) {
        expect(group.invites.map((record) => isStale(record, now, 7))).toEqual(group.invites.map((_, index) => index < group.stale));
      }
    }
  });
});
