/**
 * Settings: the content script's dependency-free reader and the zod schema used for writes agree
 * on every input; the allowlist parser and the silencing rule.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findForeignLinks } from '../../../lib/links/index';
import { DEFAULT_SETTINGS, isSilenced, parseAllowlist, readSettings, validatePageSettings, validateSettings } from '../../../lib/settings/index';
import { settingsSchema } from '../../../lib/settings/schema';

const settingsLike = fc.record(
  {
    version: fc.oneof(fc.constant(1), fc.constant(2), fc.string()),
    language: fc.oneof(fc.constant('ru'), fc.constant('en'), fc.constant('de'), fc.integer()),
    allowlist: fc.oneof(
      fc.array(fc.constantFrom('school.ru', 'teams.microsoft.com', 'not a host', '', 'ru', 'a.b-c.ru')),
      fc.string(),
    ),
    linkMode: fc.constantFrom('banned', 'allowlist', 'all', 0),
    risks: fc.oneof(
      fc.record({ lookalike: fc.oneof(fc.boolean(), fc.constant('no')), shortener: fc.boolean(), 'code-request': fc.boolean(), 'payment-request': fc.boolean() }, { requiredKeys: [] }),
      fc.constant(null),
      fc.constant([]),
    ),
    messengers: fc.oneof(
      fc.record({ telegram: fc.oneof(fc.boolean(), fc.constant('no')), viber: fc.boolean() }, { requiredKeys: [] }),
      fc.constant(null),
    ),
    staleDays: fc.oneof(fc.integer({ min: -2, max: 400 }), fc.constant(7.5), fc.constant('7')),
    inviteTemplate: fc.oneof(fc.string(), fc.constant('x'.repeat(4001)), fc.constant(5)),
    disabledRequirements: fc.oneof(
      fc.array(fc.constantFrom('class-parents', 'subject', 'Bad Id', '', 7)),
      fc.constant('class-parents'),
    ),
    profiles: fc.oneof(
      fc.array(fc.constantFrom('class-teacher', 'subject-teacher', 'administration', 'college-curator', 'director', 3)),
      fc.constant('class-teacher'),
    ),
    platforms: fc.constantFrom('max', 'vk', 'both', 'sferum', 1),
    coverageThreshold: fc.oneof(fc.integer({ min: -1, max: 101 }), fc.constant(90.5)),
    staffPerChat: fc.oneof(fc.integer({ min: -1, max: 21 }), fc.constant('1')),
    schoolYearStart: fc.constantFrom('09-01', '02-29', '02-30', '13-01', '9-1', '04-31', '12-31'),
    teacherName: fc.oneof(fc.string({ maxLength: 20 }), fc.constant('x'.repeat(101)), fc.constant(3)),
    rules: fc.oneof(
      fc.record({ school: fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }), parents: fc.constant(['x'.repeat(501)]), pupils: fc.constant(['a']) }, { requiredKeys: [] }),
      fc.record({ students: fc.oneof(fc.constant(Array(31).fill('a')), fc.constant('a'), fc.constant([1])) }, { requiredKeys: [] }),
      fc.constant(null),
    ),
    moderationKeepDays: fc.oneof(fc.integer({ min: 5, max: 3651 }), fc.constant(30.5), fc.constant(3650), fc.constant('30')),
  },
  { requiredKeys: [] },
);

/** Settings the schema accepts: every field valid (optional ones sometimes absent). */
const validSettings = fc.record(
  {
    version: fc.constant(1),
    language: fc.constantFrom('ru', 'en'),
    allowlist: fc.array(fc.constantFrom('school.ru', 'teams.microsoft.com', 'a.b-c.ru', 'gymn5.edu.ru'), { maxLength: 4 }),
    messengers: fc.record({ telegram: fc.boolean(), viber: fc.boolean(), whatsapp: fc.boolean() }, { requiredKeys: [] }),
    risks: fc.record({ lookalike: fc.boolean(), shortener: fc.boolean(), 'code-request': fc.boolean(), 'payment-request': fc.boolean() }, { requiredKeys: [] }),
    linkMode: fc.constantFrom('banned', 'allowlist'),
    staleDays: fc.integer({ min: 1, max: 90 }),
    inviteTemplate: fc.string({ maxLength: 200 }),
    disabledRequirements: fc.array(fc.constantFrom('class-parents', 'subject', 'class-teachers'), { maxLength: 3 }),
    profiles: fc.array(fc.constantFrom('class-teacher', 'subject-teacher', 'administration', 'college-curator'), { minLength: 1, maxLength: 3 }),
    platforms: fc.constantFrom('max', 'vk', 'both'),
    coverageThreshold: fc.integer({ min: 1, max: 100 }),
    staffPerChat: fc.integer({ min: 0, max: 20 }),
    schoolYearStart: fc.constantFrom('09-01', '08-25', '02-29', '12-31'),
    teacherName: fc.string({ maxLength: 40 }),
    rules: fc.record(
      { school: fc.array(fc.string({ minLength: 1, maxLength: 30 }), { maxLength: 4 }), teachers: fc.array(fc.string({ minLength: 1, maxLength: 30 }), { maxLength: 4 }) },
      { requiredKeys: [] },
    ),
    moderationKeepDays: fc.integer({ min: 7, max: 3650 }),
  },
  { requiredKeys: ['version'] },
);

/** A valid value with one field dropped, replaced by something else, or one field added. */
const oneMutation = fc.tuple(validSettings, fc.nat(), fc.anything(), fc.constantFrom('drop', 'replace', 'add')).map(([value, index, junk, how]) => {
  const copy: Record<string, unknown> = { ...value };
  const keys = Object.keys(copy);
  const key = keys[index % keys.length];
  if (how === 'drop') delete copy[key];
  else if (how === 'replace') copy[key] = junk;
  else copy.unknownField = junk;
  return copy;
});

describe('settings validation', () => {
  test('the light reader and the zod schema accept and reject the same inputs, with the same result', () => {
    let accepted = 0;
    const runs = 2000;
    fc.assert(
      fc.property(fc.oneof(validSettings, oneMutation, settingsLike, fc.anything()), (input) => {
        const light = validateSettings(input);
        const zod = settingsSchema.safeParse(input);
        if (zod.success) accepted++;
        expect(light !== null).toBe(zod.success);
        if (light && zod.success) expect(light).toEqual(zod.data);
      }),
      { numRuns: runs },
    );
    // Both sides of the agreement are exercised: a real share of the inputs is valid.
    expect(accepted / runs).toBeGreaterThan(0.2);
    expect(accepted / runs).toBeLessThan(0.9);
  });

  test('the content scripts’ reader accepts whatever the schema accepts, with the same values for what they use', () => {
    fc.assert(
      fc.property(fc.oneof(settingsLike, fc.anything()), (input) => {
        const zod = settingsSchema.safeParse(input);
        const page = validatePageSettings(input);
        if (zod.success) {
          const { version, language, allowlist, messengers, linkMode, risks } = zod.data;
          expect(page).toEqual({ version, language, allowlist, messengers, linkMode, risks });
        }
        // And it never accepts what the full reader would read differently.
        const full = validateSettings(input);
        if (full && page) expect(page).toEqual({ version: full.version, language: full.language, allowlist: full.allowlist, messengers: full.messengers, linkMode: full.linkMode, risks: full.risks });
      }),
      { numRuns: 2000 },
    );
  });

  test('missing settings give the defaults; damaged ones give defaults and say so', () => {
    expect(readSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, damaged: false });
    expect(readSettings({ version: 1, language: 'klingon' })).toEqual({ settings: DEFAULT_SETTINGS, damaged: true });
    expect(readSettings('garbage')).toEqual({ settings: DEFAULT_SETTINGS, damaged: true });
  });

  test('older partial settings are completed with defaults', () => {
    const { settings } = readSettings({ version: 1, messengers: { telegram: false } });
    expect(settings.messengers.telegram).toBe(false);
    expect(settings.messengers.whatsapp).toBe(true);
    expect(settings.language).toBe('ru');
  });
});

describe('allowlist', () => {
  test('hosts, pasted URLs and www are accepted; junk is reported by line', () => {
    expect(parseAllowlist('School.ru\nhttps://www.teams.microsoft.com/l/abc\n\n  gimnazia5.ru  \nне адрес\nhttp://')).toEqual({
      hosts: ['school.ru', 'teams.microsoft.com', 'gimnazia5.ru'],
      errors: [
        { line: 5, value: 'не адрес' },
        { line: 6, value: 'http://' },
      ],
    });
  });

  test('silences allowlisted hosts and their subdomains, and switched-off messengers', () => {
    const settings = { ...DEFAULT_SETTINGS, allowlist: ['microsoft.com'], messengers: { ...DEFAULT_SETTINGS.messengers, viber: false } };
    const [teams] = findForeignLinks('https://teams.microsoft.com/l/x');
    const [telegram] = findForeignLinks('t.me/x');
    const [viber] = findForeignLinks('viber://chat?number=1');
    expect(isSilenced(teams, settings)).toBe(true);
    expect(isSilenced(telegram, settings)).toBe(false);
    expect(isSilenced(viber, settings)).toBe(true);
    expect(isSilenced(telegram, DEFAULT_SETTINGS)).toBe(false);
  });
});
