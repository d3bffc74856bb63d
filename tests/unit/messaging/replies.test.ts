/**
 * The protocol's replies: one map types every request to the background and its reply; the
 * content scripts' dependency-free guards (`REPLY_GUARDS`, what `ask` checks) accept exactly what
 * the map's zod schemas (`REPLY_SCHEMA_CHECKS`, the pages' `ask`) accept — on valid replies, on
 * each with one mutation, and on arbitrary values.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { REPLY_SCHEMA_CHECKS, TO_BACKGROUND_REPLIES, journalClassSchema, type RequestType } from '../../../lib/messaging/protocol';
import { REPLY_GUARDS } from '../../../lib/messaging/guards';

const mark = fc.record({
  person: fc.oneof(fc.string({ minLength: 1, maxLength: 30 }), fc.constant('x'.repeat(121)), fc.constant('')),
  violations: fc.oneof(fc.nat({ max: 20 }), fc.constant(-1), fc.constant(1.5)),
  blockedUntil: fc.oneof(fc.constant(null), fc.constant('2026-12-02'), fc.constant('2026-12-02T00')),
  left: fc.boolean(),
});
const validMark = fc.record({
  person: fc.string({ minLength: 1, maxLength: 30 }),
  violations: fc.nat({ max: 20 }),
  blockedUntil: fc.oneof(fc.constant(null), fc.constant('2026-12-02')),
  left: fc.boolean(),
});

const valid = {
  'invite/capture': fc.oneof(fc.constant({ ok: true }), fc.constantFrom('not-an-invite', 'failed').map((reason) => ({ ok: false, reason }))),
  'register/changed': fc.boolean().map((ok) => ({ ok })),
  'chats/seen': fc.oneof(fc.nat().map((added) => ({ ok: true, added })), fc.constant({ ok: false })),
  'classes/seen': fc.boolean().map((ok) => ({ ok })),
  'chats/members': fc.boolean().map((ok) => ({ ok })),
  'moderation/page': fc.oneof(fc.array(validMark, { maxLength: 4 }).map((marks) => ({ ok: true, marks })), fc.constant({ ok: false })),
  'moderation/report': fc.oneof(fc.constant({ ok: true }), fc.constant({ ok: false, reason: 'failed' })),
  'rules/for-chat': fc.oneof(fc.string({ maxLength: 40 }).map((text) => ({ ok: true, text })), fc.constant({ ok: false })),
  'moderation/changed': fc.boolean().map((ok) => ({ ok })),
  'families/changed': fc.boolean().map((ok) => ({ ok })),
} satisfies Record<RequestType, fc.Arbitrary<unknown>>;

test('marks with one bad field are refused by both', () => {
  fc.assert(
    fc.property(fc.array(mark, { minLength: 1, maxLength: 3 }), (marks) => {
      const reply = { ok: true, marks };
      expect(REPLY_GUARDS['moderation/page'](reply)).toBe(TO_BACKGROUND_REPLIES['moderation/page'].safeParse(reply).success);
    }),
  );
});

/** One mutation of a valid reply: a key dropped, added, or its value replaced. */
const mutated = (reply: fc.Arbitrary<Record<string, unknown>>) =>
  fc.tuple(reply, fc.nat(), fc.anything(), fc.constantFrom('drop', 'add', 'replace')).map(([value, index, junk, how]) => {
    const copy: Record<string, unknown> = { ...value };
    const keys = Object.keys(copy);
    const key = keys[index % keys.length];
    if (how === 'drop') delete copy[key];
    else if (how === 'add') copy.extra = junk;
    else copy[key] = junk;
    return copy;
  });

describe.each(Object.keys(TO_BACKGROUND_REPLIES) as RequestType[])('%s', (type) => {
  const schema = TO_BACKGROUND_REPLIES[type];
  const guard = REPLY_GUARDS[type];
  const checked = REPLY_SCHEMA_CHECKS[type];

  test('every valid reply passes both', () => {
    fc.assert(
      fc.property(valid[type], (reply) => {
        expect([guard(reply), schema.safeParse(reply).success, checked(reply)]).toEqual([true, true, true]);
      }),
    );
  });

  test('mutated and arbitrary replies: the guard and the schema agree, and a real share is refused', () => {
    let refused = 0;
    fc.assert(
      fc.property(fc.oneof(mutated(valid[type]), fc.anything()), (reply) => {
        const accepted = schema.safeParse(reply).success;
        if (!accepted) refused++;
        expect(guard(reply)).toBe(accepted);
        expect(checked(reply)).toBe(accepted);
      }),
      { numRuns: 500 },
    );
    expect(refused).toBeGreaterThan(100);
  });
});

// That the class schema and lib/classes/keys.ts's `ClassInput` are one shape is checked by tsc
// (protocol.ts `ClassShapeAgrees`); here, that a journal's class and its limits pass as they should.
test('a journal page\'s class passes the protocol, one past its limits does not', () => {
  expect(journalClassSchema.safeParse({ key: '5А', name: '5 «А»', own: true, subjects: ['Математика'], size: 27 }).success).toBe(true);
  expect(journalClassSchema.safeParse({ key: '5А', name: '5 «А»', own: true, subjects: ['Математика'], size: 201 }).success).toBe(false);
  expect(journalClassSchema.safeParse({ key: '', name: '5 «А»', own: true, subjects: [] }).success).toBe(false);
});
