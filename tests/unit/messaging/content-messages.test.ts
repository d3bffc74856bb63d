/**
 * Messages to content scripts: the dependency-free check and the zod schema agree on every input.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { toContentSchema } from '../../../lib/messaging/protocol';
import { isToContent } from '../../../lib/messaging/guards';

describe('protocol', () => {
  test('the content script guard agrees with the zod schema', () => {
    const samples = [
      { type: 'page/status' },
      { type: 'page/status', extra: 1 },
      { type: 'other' },
      null,
      'page/status',
      [],
      {},
      { type: 'page/command', command: 'report-violation' },
      { type: 'page/command', command: 'erase-everything' },
      { type: 'page/command' },
      { type: 'page/command', command: 'report-violation', extra: 1 },
      { type: 'page/status', command: 'report-violation' },
    ];
    for (const sample of samples) expect(isToContent(sample), JSON.stringify(sample)).toBe(toContentSchema.safeParse(sample).success);
    fc.assert(fc.property(fc.anything(), (input) => isToContent(input) === toContentSchema.safeParse(input).success));
  });

  test('on valid requests and single mutations of them too, with a real share of each', () => {
    const valid = fc.constantFrom<Record<string, unknown>>({ type: 'page/status' }, { type: 'page/structure' }, { type: 'page/command', command: 'report-violation' });
    const mutated = fc.tuple(valid, fc.anything(), fc.constantFrom('add', 'replace', 'drop')).map(([request, junk, how]) => {
      const copy: Record<string, unknown> = { ...request };
      if (how === 'add') copy.extra = junk;
      else if (how === 'replace' && 'command' in copy) copy.command = junk;
      else if (how === 'replace') copy.type = junk;
      else delete copy.type;
      return copy;
    });
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof(valid, mutated), (input) => {
        const zod = toContentSchema.safeParse(input).success;
        if (zod) accepted++;
        expect(isToContent(input)).toBe(zod);
      }),
      { numRuns: 400 },
    );
    expect(accepted).toBeGreaterThan(100);
    expect(accepted).toBeLessThan(390);
  });
});
