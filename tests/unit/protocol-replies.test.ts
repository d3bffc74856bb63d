/**
 * The protocol's replies (issue 13): one map types every request to the background and its reply;
 * the content scripts' dependency-free guards accept exactly what the map's zod schemas accept —
 * on valid replies, on each with one mutation, and on arbitrary values.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { TO_BACKGROUND_REPLIES } from '../../lib/messaging/protocol';
import { isCaptureAnswer, isChatsSeenAnswer, isDoneAnswer, isModerationPageAnswer, isRulesAnswer } from '../../lib/messaging/guards';

const guards = {
  'invite/capture': isCaptureAnswer,
  'register/changed': isDoneAnswer,
  'chats/seen': isChatsSeenAnswer,
  'classes/seen': isDoneAnswer,
  'chats/members': isDoneAnswer,
  'moderation/page': isModerationPageAnswer,
  'moderation/report': isCaptureAnswer,
  'rules/for-chat': isRulesAnswer,
  'moderation/changed': isDoneAnswer,
} as const;

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
};

test('marks with one bad field are refused by both', () => {
  fc.assert(
    fc.property(fc.array(mark, { minLength: 1, maxLength: 3 }), (marks) => {
      const reply = { ok: true, marks };
      expect(isModerationPageAnswer(reply)).toBe(TO_BACKGROUND_REPLIES['moderation/page'].safeParse(reply).success);
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

describe.each(Object.keys(guards) as (keyof typeof guards)[])('%s', (type) => {
  const schema = TO_BACKGROUND_REPLIES[type];
  const guard = guards[type];

  test('every valid reply passes both', () => {
    fc.assert(
      fc.property(valid[type], (reply) => {
        expect([guard(reply), schema.safeParse(reply).success]).toEqual([true, true]);
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
      }),
      { numRuns: 500 },
    );
    expect(refused).toBeGreaterThan(100);
  });
});

test('the protocol\'s class schema is the one class shape', async () => {
  const { journalClassSchema } = await import('../../lib/messaging/protocol');
  type Schema = import('zod/mini').infer<typeof journalClassSchema>;
  type Shape = import('../../lib/classes/keys').ClassInput;
  const sameBothWays: [Schema extends Shape ? true : false, Shape extends Schema ? true : false] = [true, true];
  expect(sameBothWays).toEqual([true, true]);
  expect(journalClassSchema.safeParse({ key: '5А', name: '5 «А»', own: true, subjects: ['Математика'] }).success).toBe(true);
});
