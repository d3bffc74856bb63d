/**
 * The register's export file and its import: validated, previewed, nothing lost.
 */
import { describe, expect, test } from 'vitest';
import { csvRows, exportRegister, planImport, readImportFile } from '../../../lib/invites/index';
import { MAX_CODE, VK_CODE, T0, created, act } from './records';

describe('export and import', () => {
  test('the size limit is in bytes: 11 million Cyrillic letters (22 MB) are too big though under 20 million characters', async () => {
    const { IMPORT_MAX_BYTES, importTooBig, utf8Length } = await import('../../../lib/invites/transfer');
    const text = `{"format":"parta-backup","x":"${'я'.repeat(11_000_000)}"}`;
    expect(text.length).toBeLessThan(IMPORT_MAX_BYTES);
    expect(readImportFile(text)).toEqual({ ok: false, problem: { kind: 'too-big' } });
    expect(utf8Length('aя😀')).toBe(new TextEncoder().encode('aя😀').length);
    expect(utf8Length('\uD800x')).toBe(new TextEncoder().encode('\uD800x').length);
    expect([importTooBig(IMPORT_MAX_BYTES), importTooBig(IMPORT_MAX_BYTES + 1), importTooBig(Number.NaN)]).toEqual([false, true, true]);
  });

  const a = created({}, T0, 'a');
  const b = created({ link: `max.ru/join/${MAX_CODE}`, className: '7Б' }, T0, 'b');

  test('an export reads back as the same register', () => {
    const text = JSON.stringify(exportRegister([a, b], T0));
    const read = readImportFile(text);
    expect(read).toEqual({ ok: true, file: expect.objectContaining({ invites: [a, b] }) });
  });

  test('a file holding what the form refuses is refused whole: a javascript: address, a t.me link, a link not in its one spelling', async () => {
    const { makeBackup, readBackupFile } = await import('../../../lib/backup/backup');
    const { DEFAULT_SETTINGS } = await import('../../../lib/settings/index');
    const backupWith = (url: string) =>
      JSON.stringify(makeBackup({ settings: DEFAULT_SETTINGS, invites: [{ ...b, url }], chats: [], classes: [], overrides: [], classSizes: [], violations: [], blocks: [], leavers: [], drafts: [] }, T0));
    expect(readBackupFile(backupWith(b.url)).ok).toBe(true);
    for (const url of ['javascript:alert(1)', 'https://t.me/+AbCdEf', `https://VK.ME/join/${VK_CODE}`, 'https://vk.me/club1']) {
      const file = exportRegister([a, { ...b, url }], T0);
      const read = readImportFile(JSON.stringify(file));
      expect(read.ok).toBe(false);
      expect(read.ok ? null : read.problem).toMatchObject({ kind: 'invalid', issues: [expect.stringContaining('invites.1.url')] });
      const restored = readBackupFile(backupWith(url));
      expect(restored.ok ? null : restored.problem).toMatchObject({ kind: 'invalid', issues: [expect.stringContaining('invites.0.url')] });
    }
  });

  test('dates a JavaScript date cannot hold are refused (they broke every later backup)', () => {
    const file = exportRegister([{ ...a, updatedAt: 1e20 }], T0);
    expect(readImportFile(JSON.stringify(file)).ok).toBe(false);
  });

  test('records renamed on an id clash never clash with each other: the preview\'s count is what is written', () => {
    const stored = [a];
    const incoming = [
      { ...b, id: a.id, url: `https://vk.me/join/${VK_CODE}x1` },
      { ...b, id: a.id, url: `https://vk.me/join/${VK_CODE}x2` },
      { ...b, id: `${a.id}-imported-1`, url: `https://vk.me/join/${VK_CODE}x3` },
    ];
    const plan = planImport(stored, incoming);
    const ids = [...stored, ...plan.add].map((record) => record.id);
    expect(plan.add).toHaveLength(3);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => id.length <= 64)).toBe(true);
  });

  test('foreign, broken, newer and duplicate files are refused with a reason', () => {
    expect(readImportFile('{"invites": [')).toEqual({ ok: false, problem: { kind: 'not-json' } });
    expect(readImportFile('{"name":"contacts","items":[]}')).toEqual({ ok: false, problem: { kind: 'foreign' } });
    expect(readImportFile('[1,2,3]')).toEqual({ ok: false, problem: { kind: 'foreign' } });
    expect(readImportFile(JSON.stringify({ ...exportRegister([a], T0), version: 9 }))).toEqual({
      ok: false,
      problem: { kind: 'newer-version', version: 9 },
    });
    const broken = exportRegister([a], T0) as unknown as { invites: Record<string, unknown>[] };
    broken.invites[0] = { ...broken.invites[0], status: 'lost' };
    const invalid = readImportFile(JSON.stringify(broken));
    expect(invalid.ok).toBe(false);
    expect(!invalid.ok && invalid.problem.kind).toBe('invalid');
    expect(!invalid.ok && invalid.problem.kind === 'invalid' && invalid.problem.issues[0]).toMatch(/^invites\.0\.status/);
    expect(readImportFile(JSON.stringify(exportRegister([a, { ...a, id: 'z' }], T0)))).toEqual({
      ok: false,
      problem: { kind: 'duplicate', url: a.url },
    });
  });

  test('the plan adds new links, updates only with newer records, keeps the rest', () => {
    const newerA = act(a, { type: 'send' }, T0 + 100);
    const olderB = b;
    const storedB = act(b, { type: 'done' }, T0 + 200);
    const c = created({ link: 'vk.me/join/AAAAAAAAAA09' }, T0, 'a'); // id clash, different link
    const plan = planImport([a, storedB], [newerA, olderB, c]);
    expect(plan.update).toEqual([newerA]);
    expect(plan.keep).toBe(1);
    expect(plan.add).toHaveLength(1);
    expect(plan.add[0].url).toBe(c.url);
    expect(plan.add[0].id).not.toBe('a');
  });

  test('CSV rows: a header, one row per invitation, labelled values', () => {
    const rows = csvRows([act(a, { type: 'joined', joined: 'all' }, T0 + 1)], {
      header: Object.fromEntries(
        ['class', 'chat', 'purpose', 'role', 'recipients', 'link', 'platform', 'status', 'created', 'sent', 'sentTo', 'joined', 'closed'].map((k) => [k, k.toUpperCase()]),
      ) as never,
      value: (kind, value) => `${kind}:${value}`,
      all: 'все',
    });
    expect(rows).toHaveLength(2);
    expect(rows[0][0]).toBe('CLASS');
    expect(rows[1]).toEqual(expect.arrayContaining(['5А', 'Родители 5А', 'purpose:parents', 'status:done', 'все']));
  });
});
