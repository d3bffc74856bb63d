// @vitest-environment happy-dom
/**
 * Coverage per class, required chat and platform: members minus staff against the class size,
 * the threshold, VK and MAX side by side, and the defaults it starts from.
 */
import { describe, expect, test } from 'vitest';
import { belowThreshold, checkCoverage, classFill, measureCoverage } from '../../../lib/classes/coverage';
import { DEFAULT_SETTINGS } from '../../../lib/settings/index';
import { DAY, T0, chat, input } from './coverage-input';


const item = (result: ReturnType<typeof checkCoverage>, id: string) => result.classes[0].items.find((entry) => entry.requirement.id === id)!;

describe('coverage', () => {
  test('members minus staff against the class size, marked by the threshold, with the date', () => {
    const result = checkCoverage(input([chat('5А Родители', 'max', 26), chat('Ученики 5А', 'max', 23)]));
    expect(item(result, 'class-parents').coverage).toEqual({ joined: 25, size: 27, seenAt: T0, state: 'ok' });
    expect(item(result, 'class-students').coverage).toEqual({ joined: 22, size: 27, seenAt: T0, state: 'low' });
    // Per class: pupils and families side by side, never one sum of the two.
    expect(classFill(result.classes[0])).toEqual([
      { audience: 'students', coverage: { joined: 22, size: 27, seenAt: T0, state: 'low' } },
      { audience: 'parents', coverage: { joined: 25, size: 27, seenAt: T0, state: 'ok' } },
    ]);
  });

  test('the threshold is exact at its edge (whole-number arithmetic)', () => {
    expect(belowThreshold(27, 30, 90)).toBe(false);
    expect(belowThreshold(26, 30, 90)).toBe(true);
    expect(belowThreshold(0, 0, 90)).toBe(false);
    expect(measureCoverage(28, T0, 30, 1, 90).state).toBe('ok'); // 27 of 30 = 90%
    expect(measureCoverage(27, T0, 30, 1, 90).state).toBe('low'); // 26 of 30
    expect(measureCoverage(1, T0, 30, 5, 90)).toMatchObject({ joined: 0, state: 'low' }); // never negative
  });

  test('no count seen, or no class size: said, never guessed', () => {
    const noCount = checkCoverage(input([chat('5А Родители', 'max')]));
    expect(item(noCount, 'class-parents').coverage?.state).toBe('no-count');
    const noSize = checkCoverage(input([chat('5А Родители', 'max', 20)], { sizes: new Map() }));
    expect(item(noSize, 'class-parents').coverage).toMatchObject({ joined: 19, size: null, state: 'no-size' });
    expect(classFill(noSize.classes[0])).toEqual([]);
  });

  test('the teachers’ chat is not measured against the class', () => {
    const result = checkCoverage(input([chat('Учителя 5А', 'max', 12)]));
    expect(item(result, 'class-teachers').on.max).toMatchObject({ members: 12, coverage: null });
  });

  test('a chat only in VK when MAX is required is an action: create it in MAX', () => {
    const result = checkCoverage(input([chat('5А Родители', 'vk', 25), chat('Ученики 5А', 'sferum', 20), chat('Ученики 5А', 'max', 24)]));
    const parents = item(result, 'class-parents');
    expect(parents).toMatchObject({ status: 'missing', missingOn: ['max'], chat: '5А Родители' });
    expect(parents.on.vk?.coverage?.joined).toBe(24);
    expect(parents.coverage).toBeNull(); // no chat on the required platform
    const students = item(result, 'class-students');
    expect(students).toMatchObject({ status: 'ok', missingOn: [] });
    expect(Object.keys(students.on).sort()).toEqual(['max', 'vk']);
    expect(students.coverage?.joined).toBe(23); // MAX's, the required platform
  });

  test('the setting says where chats must be: VK, or both', () => {
    const chats = [chat('5А Родители', 'vk', 25)];
    expect(item(checkCoverage(input(chats, { platforms: 'vk' })), 'class-parents').status).toBe('ok');
    const both = item(checkCoverage(input(chats, { platforms: 'both' })), 'class-parents');
    expect(both).toMatchObject({ status: 'missing', missingOn: ['max'] });
    expect(item(checkCoverage(input([...chats, chat('5А Родители', 'max', 3)], { platforms: 'both' })), 'class-parents').status).toBe('ok');
  });

  test('the newest count of a chat seen in both VK and Sferum wins', () => {
    const result = checkCoverage(input([chat('5А Родители', 'vk', 20, T0 - DAY), chat('5А Родители', 'sferum', 26, T0)], { platforms: 'vk' }));
    expect(item(result, 'class-parents').coverage).toMatchObject({ joined: 25, seenAt: T0 });
  });
});

test('the default settings require chats in MAX at 90% with one staff member per chat, the year from 1 September', () => {
  expect(DEFAULT_SETTINGS).toMatchObject({ platforms: 'max', coverageThreshold: 90, staffPerChat: 1, schoolYearStart: '09-01' });
});
