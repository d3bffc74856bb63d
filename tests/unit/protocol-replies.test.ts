/**
 * The protocol's replies (issue 13): one map types every request to the background and its reply;
 * the content scripts' dependency-free guards accept exactly what the map's zod schemas accept —
 * on valid replies, on each with one mutation, and on arbitrary values.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { TO_BACKGROUND_REPLIES } from '../../lib/protocol';
import { isCaptureAnswer, isChatsSeenAnswer, isDoneAnswer } from '../../lib/protocol-guards';

const guards = {
  'invite/capture': isCaptureAnswer,
  'register/changed': isDoneAnswer,
  'chats/seen': isChatsSeenAnswer,
  'classes/seen': isDoneAnswer,
  'chats/members': isDoneAnswer,
} as const;

const valid = {
  'invite/capture': fc.oneof(fc.constant({ ok: true }), fc.constantFrom('not-an-invite', 'failed').map((reason) => ({ ok: false, reason }))),
  'register/changed': fc.boolean().map((ok) => ({ ok })),
  'chats/seen': fc.oneof(fc.nat().map((added) => ({ ok: true, added })), fc.constant({ ok: false })),
  'classes/seen': fc.boolean().map((ok) => ({ ok })),
  'chats/members': fc.boolean().map((ok) => ({ ok })),
};

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
  const { journalClassSchema } = await import('../../lib/protocol');
  type Schema = import('zod/mini').infer<typeof journalClassSchema>;
  type Shape = import('../../lib/sites/journals').JournalClass;
  const sameBothWays: [Schema extends Shape ? true : false, Shape extends Schema ? true : false] = [true, true];
  expect(sameBothWays).toEqual([true, true]);
  expect(journalClassSchema.safeParse({ key: '5А', name: '5 «А»', own: true, subjects: ['Математика'] }).success).toBe(true);
});
