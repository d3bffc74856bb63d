/**
 * Settings the school presets through the browser's managed storage: each key checked on its own,
 * the policy over the teacher's settings for every reader, the teacher's own values kept under it
 * (a save or a backup never writes over them), and the Chromium JSON schema in step with the checks.
 */
import fs from 'node:fs';
import fc from 'fast-check';
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CHAT_PLATFORMS } from '../../../lib/classes/profiles';
import { MESSENGER_IDS } from '../../../lib/links/index';
import { DEFAULT_SETTINGS, LINK_MODES, MONTH_DAY, SCHOOL_NAME_MAX, pageSettingsUnderPolicy, validatePageSettings, type PageSettings, type Settings } from '../../../lib/settings/index';
import { INSTITUTIONS, MANAGED_KEYS, effectiveSettings, lockedKeys, lockedParts, readManagedPolicy, withoutManaged } from '../../../lib/policy/managed';
import { loadEffectiveSettings } from '../../../lib/policy/managed-store';
import { settingsItem } from '../../../lib/settings/store';
import { browserConnector } from '../../../lib/connector/browser';

const mine: Settings = { ...DEFAULT_SETTINGS, profiles: ['class-teacher'], schoolName: 'Моя школа', coverageThreshold: 80, platforms: 'vk' };

describe('the school’s policy', () => {
  test('each key is checked on its own: good ones apply, a bad one is named and left out', () => {
    const read = readManagedPolicy({
      schoolName: 'ГБОУ Школа № 1500',
      platforms: 'max',
      coverageThreshold: 150,
      schoolYearStart: '09-01',
      institution: 'college',
      rules: { parents: ['В чате только по делу'] },
      journals: [{ address: 'https://ej.school42.ru/teacher', family: 'mesh' }, { address: '*.ru' }],
      colour: 'red',
    });
    expect(read.policy).toEqual({
      schoolName: 'ГБОУ Школа № 1500',
      platforms: 'max',
      schoolYearStart: '09-01',
      institution: 'college',
      rules: { parents: ['В чате только по делу'] },
      journals: [{ origin: 'https://ej.school42.ru', family: 'mesh' }],
    });
    expect(read.refused.map((entry) => entry.key).sort()).toEqual(['colour', 'coverageThreshold', 'journals: *.ru']);
    for (const nothing of [undefined, null, 'x', [1]]) expect(readManagedPolicy(nothing)).toEqual({ policy: {}, refused: [] });
  });

  test('the policy wins where it speaks; a college keeps only a college’s roles', () => {
    const { policy } = readManagedPolicy({ schoolName: 'Колледж № 7', platforms: 'max', institution: 'college' });
    const effective = effectiveSettings(mine, policy);
    expect(effective).toMatchObject({ schoolName: 'Колледж № 7', platforms: 'max', coverageThreshold: 80, profiles: ['college-curator'] });
    expect(lockedKeys(policy).sort()).toEqual(['platforms', 'schoolName']);
    expect(effectiveSettings({ ...mine, profiles: ['subject-teacher', 'class-teacher'] }, policy).profiles).toEqual(['subject-teacher']);
  });

  test('what is stored keeps the teacher’s own values under the policy’s keys', () => {
    const { policy } = readManagedPolicy({ schoolName: 'Колледж № 7', platforms: 'max' });
    const fromBackup: Settings = { ...mine, schoolName: 'Из файла', platforms: 'both', staleDays: 21 };
    expect(withoutManaged(fromBackup, mine, policy)).toMatchObject({ schoolName: 'Моя школа', platforms: 'vk', staleDays: 21 });
    const { schoolName: _none, ...unnamed } = mine;
    expect('schoolName' in withoutManaged(fromBackup, unnamed, policy)).toBe(false);
  });
});

describe('the teacher\'s roles under a policy\'s «school or college»', () => {
  test('a role the institution does not offer is hidden, never dropped from what is stored; the offered ones follow her choice', () => {
    const { policy } = readManagedPolicy({ institution: 'college' });
    const stored: Settings = { ...mine, profiles: ['class-teacher', 'subject-teacher'] };
    // The options show the effective roles (subject teacher); she changes another setting and it is saved.
    const shown = effectiveSettings(stored, policy);
    expect(shown.profiles).toEqual(['subject-teacher']);
    expect(withoutManaged({ ...shown, staleDays: 21 }, stored, policy)).toMatchObject({ staleDays: 21, profiles: ['class-teacher', 'subject-teacher'] });
    // She ticks «куратор» and unticks «предметник»: those follow her; the hidden class teacher stays.
    expect(withoutManaged({ ...shown, profiles: ['college-curator'] }, stored, policy).profiles).toEqual(['class-teacher', 'college-curator']);
    // Without an institution in the policy, what she saves is what is stored.
    expect(withoutManaged({ ...shown, profiles: ['subject-teacher'] }, stored, readManagedPolicy({}).policy).profiles).toEqual(['subject-teacher']);
  });
});

describe('the links a school fixes: which messengers are flagged, the allowlist; chat rules kind by kind', () => {
  const own: Settings = {
    ...mine,
    allowlist: ['gymnasium5.ru'],
    messengers: { ...DEFAULT_SETTINGS.messengers, viber: false },
    rules: { students: ['Без мемов'], parents: ['Только по делу'] },
  };

  test('the policy\'s rules for one chat kind leave the teacher\'s rules for the others as they were', () => {
    const { policy } = readManagedPolicy({ rules: { parents: ['Правила школы для родителей'] } });
    expect(effectiveSettings(own, policy).rules).toEqual({ students: ['Без мемов'], parents: ['Правила школы для родителей'] });
    expect(lockedParts(policy).rules).toEqual(['parents']);
    expect(lockedKeys(policy)).toEqual([]);
    // She edits the students' rules (allowed) while the parents' are the school's: her parents' rules stay hers underneath.
    const shown = effectiveSettings(own, policy);
    const saved = withoutManaged({ ...shown, rules: { ...shown.rules, students: ['Без мемов', 'Без рекламы'] } }, own, policy);
    expect(saved.rules).toEqual({ students: ['Без мемов', 'Без рекламы'], parents: ['Только по делу'] });
  });

  test('messengers named by the policy are fixed one by one; the allowlist is the school\'s whole', () => {
    const { policy, refused } = readManagedPolicy({ messengers: { telegram: true, whatsapp: false }, allowlist: ['school1500.ru'] });
    expect(refused).toEqual([]);
    const shown = effectiveSettings(own, policy);
    expect(shown.messengers).toMatchObject({ telegram: true, whatsapp: false, viber: false });
    expect(shown.allowlist).toEqual(['school1500.ru']);
    expect(lockedParts(policy).messengers).toEqual(['telegram', 'whatsapp']);
    expect(lockedKeys(policy)).toEqual(['allowlist']);
    // She turns Viber on (hers to choose) and tries WhatsApp on: only Viber is stored; her allowlist is kept.
    const saved = withoutManaged({ ...shown, messengers: { ...shown.messengers, viber: true, whatsapp: true } }, own, policy);
    expect(saved.messengers).toMatchObject({ viber: true, whatsapp: true, telegram: true });
    expect(saved.allowlist).toEqual(['gymnasium5.ru']);
    expect(readManagedPolicy({ messengers: { icq: true }, allowlist: ['не сайт'] }).refused.map((entry) => entry.key).sort()).toEqual(['allowlist', 'messengers']);
  });

  test('the content scripts\' light reader applies exactly what the options\' reader takes, for any policy', () => {
    const page = validatePageSettings(own) as PageSettings;
    const host = fc.constantFrom('school1500.ru', 'gymnasium5.ru', 'не сайт', 'EXAMPLE.RU', '', 'a.b', 'ej.school42.ru');
    const value = fc.oneof(fc.boolean(), fc.constant('yes'), fc.integer(), fc.constant(null));
    const messengers = fc.dictionary(fc.oneof(fc.constantFrom(...MESSENGER_IDS), fc.constantFrom('icq', 'toString')), value, { maxKeys: 12 });
    const allowlist = fc.oneof(fc.array(host, { maxLength: 6 }), fc.array(fc.constant('school1500.ru'), { minLength: 199, maxLength: 202 }), fc.constant('school1500.ru'));
    fc.assert(
      fc.property(fc.record({ messengers: fc.oneof(messengers, value), allowlist, linkMode: fc.constantFrom('banned', 'allowlist', 'all', 1, null) }, { requiredKeys: [] }), (raw) => {
        const byOptions = effectiveSettings(own, readManagedPolicy(raw).policy);
        const byPage = pageSettingsUnderPolicy(page, raw);
        expect({ allowlist: byPage.allowlist, messengers: byPage.messengers, linkMode: byPage.linkMode }).toEqual({
          allowlist: byOptions.allowlist,
          messengers: byOptions.messengers,
          linkMode: byOptions.linkMode,
        });
      }),
      { numRuns: 500 },
    );
  });
});

describe('in the browser’s storage (WXT’s fake browser)', () => {
  beforeEach(() => fakeBrowser.reset());

  test('no policy: the teacher’s settings as stored', async () => {
    await settingsItem.save(mine);
    const loaded = await loadEffectiveSettings();
    expect(loaded.settings).toEqual(mine);
    expect(loaded.managed).toEqual({ policy: {}, refused: [] });
  });

  test('a policy in the managed area is what every reader gets; a save and a restore leave the policy’s keys as the teacher had them', async () => {
    await settingsItem.save(mine);
    await fakeBrowser.storage.managed.set({ schoolName: 'ГБОУ Школа № 1500', coverageThreshold: 95 });
    expect((await loadEffectiveSettings()).settings).toMatchObject({ schoolName: 'ГБОУ Школа № 1500', coverageThreshold: 95, platforms: 'vk' });
    await browserConnector.saveSettings({ ...(await browserConnector.loadSettings()).settings, staleDays: 3 });
    expect((await settingsItem.load()).settings).toMatchObject({ schoolName: 'Моя школа', coverageThreshold: 80, staleDays: 3 });
    // The policy removed: the teacher's own values are back.
    await fakeBrowser.storage.managed.clear();
    expect((await loadEffectiveSettings()).settings).toMatchObject({ schoolName: 'Моя школа', coverageThreshold: 80 });
  });
});

describe('the Chromium policy schema (public/managed-schema.json)', () => {
  const schema = JSON.parse(fs.readFileSync('public/managed-schema.json', 'utf8')) as {
    type: string;
    properties: Record<string, { type: string; enum?: string[]; minimum?: number; maximum?: number; maxLength?: number; pattern?: string }>;
  };
  const manifest = () => fs.readFileSync('wxt.config.ts', 'utf8');

  test('names exactly the keys the policy reader knows, with the same limits', () => {
    expect(Object.keys(schema.properties).sort()).toEqual([...MANAGED_KEYS].sort());
    expect(schema.properties.institution.enum).toEqual([...INSTITUTIONS]);
    expect(schema.properties.platforms.enum).toEqual([...CHAT_PLATFORMS]);
    expect(schema.properties.linkMode.enum).toEqual([...LINK_MODES]);
    expect([schema.properties.coverageThreshold.type, schema.properties.coverageThreshold.minimum, schema.properties.coverageThreshold.maximum]).toEqual(['integer', 1, 100]);
    expect(schema.properties.schoolName.maxLength).toBe(SCHOOL_NAME_MAX);
    expect(schema.properties.schoolYearStart.pattern).toBe(MONTH_DAY.source);
    expect(manifest()).toContain("managed_schema: 'managed-schema.json'");
  });

  test('is written in the schema language Chromium accepts: a schema it cannot read stops the extension from loading', () => {
    // Chromium's subset: `additionalProperties` must be a schema object (a `false` there stopped
    // Parta from loading at all), no lookahead in patterns (RE2).
    const KNOWN = new Set(['type', 'title', 'description', 'properties', 'items', 'enum', 'minimum', 'maximum', 'pattern', 'minLength', 'maxLength', 'minItems', 'maxItems', 'additionalProperties', 'patternProperties', 'required']);
    const problems: string[] = [];
    const walk = (node: Record<string, unknown>, where: string) => {
      for (const [word, value] of Object.entries(node)) {
        if (!KNOWN.has(word)) problems.push(`${where}: ${word}`);
        if (word === 'additionalProperties' && (typeof value !== 'object' || value === null)) problems.push(`${where}: additionalProperties must be a schema`);
        if (word === 'pattern' && /\(\?[=!<]/.test(String(value))) problems.push(`${where}: lookaround in pattern`);
      }
      for (const [name, child] of Object.entries((node.properties as Record<string, Record<string, unknown>> | undefined) ?? {})) walk(child, `${where}.${name}`);
      if (node.items) walk(node.items as Record<string, unknown>, `${where}[]`);
    };
    walk(schema as unknown as Record<string, unknown>, 'schema');
    expect(problems).toEqual([]);
  });

  test('a value the schema lets through is one the reader takes, and the other way round', () => {
    const samples: Record<string, unknown[]> = {
      schoolName: ['Школа', '', 'x'.repeat(SCHOOL_NAME_MAX + 1), 5],
      institution: ['school', 'college', 'university'],
      platforms: [...CHAT_PLATFORMS, 'telegram'],
      coverageThreshold: [1, 100, 0, 101, 50.5],
      schoolYearStart: ['09-01', '02-29', '02-30', '1.09'],
      linkMode: ['banned', 'allowlist', 'all', ''],
    };
    for (const [key, values] of Object.entries(samples)) {
      const rule = schema.properties[key];
      for (const value of values) {
        const bySchema =
          (rule.type === 'string' && typeof value === 'string' && (rule.maxLength === undefined || value.length <= rule.maxLength) && (key !== 'schoolName' || value.length >= 1) && (!rule.enum || rule.enum.includes(value)) && (!rule.pattern || new RegExp(rule.pattern).test(value))) ||
          (rule.type === 'integer' && typeof value === 'number' && Number.isInteger(value) && value >= (rule.minimum ?? -Infinity) && value <= (rule.maximum ?? Infinity));
        expect([key, value, readManagedPolicy({ [key]: value }).refused.length === 0]).toEqual([key, value, bySchema]);
      }
    }
  });
});
