/**
 * The fast invite-record check (lib/invites/check.ts) accepts exactly what the zod schema accepts:
 * valid records, every field mutated to a wrong or borderline value, extra and missing keys, and
 * arbitrary values.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { applyInviteAction, createInvite, inviteRecordSchema, type InviteRecord } from '../../../lib/invites/index';
import { isInviteRecord } from '../../../lib/invites/check';

const T0 = Date.UTC(2026, 10, 1);
const base = (() => {
  const created = createInvite(
    { link: 'https://vk.me/join/AJQ1d0uWzyC/DNvIowlP2mLB', className: '5А', chatTitle: 'Родители 5А', chatPurpose: 'parents', role: 'parent', recipients: 'родком' },
    T0,
    'id-1',
  );
  if (!created.ok) throw new Error('valid link');
  const sent = applyInviteAction(created.record, { type: 'send', to: 'староста' }, T0 + 1);
  if (!sent.ok) throw new Error('send');
  return sent.record;
})();

const oddValues = fc.oneof(
  fc.constantFrom(undefined, null, '', 'x'.repeat(41), 'x'.repeat(65), 'x'.repeat(201), 'x'.repeat(501), -1, 0, 1, 1.5, 10_000, 10_001, 2 ** 53, Number.NaN, Infinity, 'all', 'lost', 'vk', 'parents', 'parent', 'sent', 'created', [], {}),
  fc.string({ maxLength: 5 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
);
const keys = Object.keys(base) as (keyof InviteRecord)[];

const mutated = fc.oneof(
  fc.record({ key: fc.constantFrom(...keys, 'extra', 'sentAt', 'closedAt', 'sentTo', 'archivedAt'), value: oddValues }).map(({ key, value }) => ({ ...base, [key]: value })),
  fc.constantFrom(...keys).map((key) => {
    const copy: Record<string, unknown> = { ...base };
    delete copy[key];
    return copy;
  }),
  fc.record({ field: fc.constantFrom('at', 'action', 'detail', 'extra'), value: oddValues }).map(({ field, value }) => ({
    ...base,
    history: [...base.history, { at: T0, action: 'edited', [field]: value }],
  })),
);

describe('fast invite-record check', () => {
  test('valid records pass', () => {
    expect(isInviteRecord(base)).toBe(true);
    expect(isInviteRecord(JSON.parse(JSON.stringify(base)))).toBe(true);
  });

  test('agrees with the zod schema on mutated records and arbitrary values', () => {
    fc.assert(
      fc.property(fc.oneof(mutated, fc.anything()), (value) => {
        expect(isInviteRecord(value)).toBe(inviteRecordSchema.safeParse(value).success);
      }),
      { numRuns: 5000 },
    );
  });
});
