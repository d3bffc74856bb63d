/**
 * An invitation's lifecycle: the actions, their history, staleness.
 */
import { describe, expect, test } from 'vitest';
import { applyInviteAction, countStale, createInvite, DAY_MS, isStale } from '../../../lib/invites/index';
import { VK_CODE, draft, T0, created, act } from './records';

describe('lifecycle', () => {
  test('a new record is normalised, new, with a history', () => {
    const record = created();
    expect(record).toMatchObject({ url: `https://vk.me/join/${VK_CODE}`, className: '5А', status: 'new', joined: 0 });
    expect(record.history).toEqual([{ at: T0, action: 'created' }]);
  });

  test('the 1,001st action still works: the history keeps its first entry and the newest ones, and the record stays valid', async () => {
    const { inviteRecordSchema } = await import('../../../lib/invites/schema');
    let record = created();
    for (let index = 0; index < 1200; index++) {
      record = act(record, { type: 'joined', joined: index + 1 }, T0 + index + 1);
    }
    expect(record.history).toHaveLength(1000);
    expect(record.history[0].action).toBe('created');
    expect(record.history[record.history.length - 1].at).toBe(T0 + 1200);
    expect(inviteRecordSchema.safeParse(record).success).toBe(true);
  });

  test('an invalid link makes no record', () => {
    const result = createInvite(draft({ link: 'https://t.me/+x' }), T0, 'a');
    expect(result.ok).toBe(false);
  });

  test('new → sent → done, with times and history', () => {
    const sent = act(created(), { type: 'send', to: 'родком' }, T0 + 1000);
    expect(sent).toMatchObject({ status: 'sent', sentAt: T0 + 1000, sentTo: 'родком' });
    const done = act(sent, { type: 'done' }, T0 + 2000);
    expect(done).toMatchObject({ status: 'done', closedAt: T0 + 2000, updatedAt: T0 + 2000 });
    expect(done.history.map((entry) => entry.action)).toEqual(['created', 'sent', 'done']);
  });

  test('annulled records when; closed records refuse further closing and sending', () => {
    const annulled = act(act(created(), { type: 'send' }, T0 + 1), { type: 'annul' }, T0 + 5);
    expect(annulled).toMatchObject({ status: 'annulled', closedAt: T0 + 5 });
    expect(applyInviteAction(annulled, { type: 'done' }, T0 + 6)).toEqual({ ok: false, error: 'closed' });
    expect(applyInviteAction(annulled, { type: 'send' }, T0 + 6)).toEqual({ ok: false, error: 'closed' });
  });

  test('a new invitation can expire without being sent', () => {
    expect(act(created(), { type: 'expire' }, T0 + 9)).toMatchObject({ status: 'expired', closedAt: T0 + 9 });
  });

  test('joined «всё» completes it; a count does not', () => {
    const sent = act(created(), { type: 'send' }, T0 + 1);
    expect(act(sent, { type: 'joined', joined: 12 }, T0 + 2)).toMatchObject({ status: 'sent', joined: 12 });
    expect(act(sent, { type: 'joined', joined: 'all' }, T0 + 2)).toMatchObject({ status: 'done', joined: 'all', closedAt: T0 + 2 });
  });

  test('reopen undoes a mis-click back to sent (or new if never sent)', () => {
    const sent = act(created(), { type: 'send' }, T0 + 1);
    const reopened = act(act(sent, { type: 'annul' }, T0 + 2), { type: 'reopen' }, T0 + 3);
    expect(reopened.status).toBe('sent');
    expect(reopened.closedAt).toBeUndefined();
    expect(act(act(created(), { type: 'done' }, T0 + 2), { type: 'reopen' }, T0 + 3).status).toBe('new');
    expect(applyInviteAction(sent, { type: 'reopen' }, T0 + 4)).toEqual({ ok: false, error: 'not-closed' });
  });

  test('edit changes fields and says which; no change is refused', () => {
    const edited = act(created(), { type: 'edit', changes: { className: '6А ', chatTitle: 'Родители 5А' } }, T0 + 1);
    expect(edited.className).toBe('6А');
    expect(edited.history.at(-1)).toEqual({ at: T0 + 1, action: 'edited', detail: 'className' });
    expect(applyInviteAction(edited, { type: 'edit', changes: { className: '6А' } }, T0 + 2)).toEqual({ ok: false, error: 'unchanged' });
  });

  test('stale: sent and not done for N days, by the clock', () => {
    const sent = act(created(), { type: 'send' }, T0);
    expect(isStale(sent, T0 + 7 * DAY_MS - 1, 7)).toBe(false);
    expect(isStale(sent, T0 + 7 * DAY_MS, 7)).toBe(true);
    expect(isStale(sent, T0 + 3 * DAY_MS, 3)).toBe(true);
    expect(isStale(created(), T0 + 30 * DAY_MS, 7)).toBe(false); // never sent: nothing to annul
    expect(isStale(act(sent, { type: 'done' }, T0 + 1), T0 + 30 * DAY_MS, 7)).toBe(false);
    expect(countStale([sent, created(), sent], T0 + 8 * DAY_MS, 7)).toBe(2);
  });
});
