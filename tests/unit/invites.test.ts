/**
 * Invitations: parsing real-shaped and malformed links, the lifecycle, staleness, grouping, the
 * ready message, export/import.
 */
import { describe, expect, test } from 'vitest';
import {
  applyInviteAction,
  classGroupKey,
  countStale,
  createInvite,
  csvRows,
  DAY_MS,
  DEFAULT_INVITE_TEMPLATE,
  exportRegister,
  findInvites,
  groupInvites,
  isStale,
  parseInvite,
  planImport,
  readImportFile,
  renderInviteMessage,
  type InviteDraft,
  type InviteRecord,
} from '../../lib/invites/index';

const MAX_CODE = 'Xk3mB8pQzR1vT6wYa9cD2eF5gH7jK0LnM4oP8qS1tU3'; // 43 chars of base64url, as MAX issues
const VK_CODE = 'AJQ1d0uWzyC/DNvIowlP2mLB';

describe('parseInvite: accepted links and their one spelling', () => {
  const accepted: [string, string, string][] = [
    [`https://vk.me/join/${VK_CODE}`, 'vk', `https://vk.me/join/${VK_CODE}`],
    [`vk.me/join/${VK_CODE}`, 'vk', `https://vk.me/join/${VK_CODE}`],
    [`http://vk.me/join/${VK_CODE}`, 'vk', `https://vk.me/join/${VK_CODE}`],
    ['https://VK.ME/join/AJQ1d5_mPxrt3Xp8y8J0b6aG', 'vk', 'https://vk.me/join/AJQ1d5_mPxrt3Xp8y8J0b6aG'],
    ['https://vk.me/join/AJQ1d0uWzyC%2FDNvIowlP2mLB', 'vk', `https://vk.me/join/${VK_CODE}`],
    ['https://m.vk.me/join/AJQ1d5_mPxrt3Xp8y8J0b6aG/', 'vk', 'https://vk.me/join/AJQ1d5_mPxrt3Xp8y8J0b6aG'],
    [`«https://vk.me/join/${VK_CODE}».`, 'vk', `https://vk.me/join/${VK_CODE}`],
    [`  https://vk.me/join/${VK_CODE} \n`, 'vk', `https://vk.me/join/${VK_CODE}`],
    [`https://max.ru/join/${MAX_CODE}`, 'max', `https://max.ru/join/${MAX_CODE}`],
    [`max.ru/join/${MAX_CODE}`, 'max', `https://max.ru/join/${MAX_CODE}`],
    [`https://web.max.ru/join/${MAX_CODE}`, 'max', `https://max.ru/join/${MAX_CODE}`],
    [`https://max.ru/join/${MAX_CODE}?utm_source=share`, 'max', `https://max.ru/join/${MAX_CODE}`],
    [`(https://max.ru/join/${MAX_CODE})`, 'max', `https://max.ru/join/${MAX_CODE}`],
    [`https://max.ru/join/${MAX_CODE}#top`, 'max', `https://max.ru/join/${MAX_CODE}`],
    ['https://sferum.ru/?p=messages&join=AJQ1d9kLm2Np3Qr4St5Uv6Wx', 'sferum', 'https://sferum.ru/?p=messages&join=AJQ1d9kLm2Np3Qr4St5Uv6Wx'],
    ['sferum.ru/?p=messages&join=AJQ1d9kLm2Np3Qr4St5Uv6Wx', 'sferum', 'https://sferum.ru/?p=messages&join=AJQ1d9kLm2Np3Qr4St5Uv6Wx'],
    ['https://web.sferum.ru/?join=AJQ1d9kLm2Np3Qr4St5Uv6Wx&p=messages', 'sferum', 'https://sferum.ru/?p=messages&join=AJQ1d9kLm2Np3Qr4St5Uv6Wx'],
    ['https://me.sferum.ru/?p=messages&join=AJQ1d0uWzyC%2FDNvIowlP2mLB', 'sferum', 'https://sferum.ru/?p=messages&join=AJQ1d0uWzyC%2FDNvIowlP2mLB'],
  ];
  test.each(accepted)('%s → %s', (input, platform, url) => {
    const parsed = parseInvite(input);
    expect(parsed).toMatchObject({ ok: true, platform, url });
  });

  test('the code is kept as issued (case matters)', () => {
    const parsed = parseInvite(`max.ru/join/${MAX_CODE}`);
    expect(parsed.ok && parsed.code).toBe(MAX_CODE);
  });
});

describe('parseInvite: rejected input says why', () => {
  const rejected: [string, string][] = [
    ['', 'empty'],
    ['   «» ', 'empty'],
    ['привет', 'not-a-link'],
    ['vk.me/join/ AJQ1d0uWzyC', 'not-a-link'],
    ['https://', 'not-a-link'],
    ['localhost/join/abc', 'not-a-link'],
    ['https://t.me/+AbCdEfGhIjKl', 'foreign-messenger'],
    ['https://t.me/joinchat/AAAAAEk', 'foreign-messenger'],
    ['https://chat.whatsapp.com/KxYz123AbC', 'foreign-messenger'],
    ['https://invite.viber.com/?g2=AQB', 'foreign-messenger'],
    ['https://discord.gg/abcdef', 'foreign-messenger'],
    ['tg://join?invite=AbCdEf', 'foreign-messenger'],
    ['viber://chat?number=123', 'foreign-messenger'],
    ['https://example.ru/join/abcdefgh12345678', 'unknown-site'],
    ['https://myschool.edu.ru/join/abc', 'unknown-site'],
    ['mailto:teacher@school.ru', 'not-a-link'],
    ['https://max.ru/@teacher', 'not-an-invite'],
    ['https://max.ru/u/12345', 'not-an-invite'],
    ['https://web.max.ru/-68912345678', 'not-an-invite'],
    ['https://vk.com/im?sel=2000000001', 'not-an-invite'],
    ['https://vk.com/join/AJQ1d0uWzyC', 'not-an-invite'],
    ['https://sferum.ru/?p=messages', 'not-an-invite'],
    ['https://web.vk.me/convo/2000000001', 'not-an-invite'],
    ['https://vk.me/join/', 'bad-code'],
    ['https://vk.me/join/abc', 'bad-code'],
    ['https://vk.me/join/abc$%5E&*()defgh', 'bad-code'],
    ['https://max.ru/join/short', 'bad-code'],
    ['https://max.ru/join/' + 'a'.repeat(101), 'bad-code'],
    ['https://max.ru/join/abc.def.ghi.jkl.mno.pqr', 'bad-code'],
    ['https://sferum.ru/?p=messages&join=', 'bad-code'],
    ['https://sferum.ru/?p=messages&join=<script>', 'bad-code'],
  ];
  test.each(rejected)('%j → %s', (input, reason) => {
    expect(parseInvite(input)).toMatchObject({ ok: false, reason });
  });

  test('a foreign link names its messenger', () => {
    expect(parseInvite('t.me/+AbCdEf')).toMatchObject({ ok: false, reason: 'foreign-messenger', messenger: 'Telegram' });
  });
});

describe('findInvites in message text', () => {
  test('finds every valid invitation once, ignores the rest', () => {
    const text = `Родители 5А, вступайте: https://vk.me/join/${VK_CODE}, а ученики — max.ru/join/${MAX_CODE}.
      Повтор: https://vk.me/join/${VK_CODE} ; не то: https://t.me/+abc и https://max.ru/@nick, vk.me/join/abc`;
    expect(findInvites(text).map((invite) => invite.url)).toEqual([
      `https://vk.me/join/${VK_CODE}`,
      `https://max.ru/join/${MAX_CODE}`,
    ]);
  });
  test('text without invitations finds nothing', () => {
    expect(findInvites('Завтра собрание в 18:00, кабинет 12. https://myschool.edu.ru/')).toEqual([]);
  });
});

const draft = (overrides: Partial<InviteDraft> = {}): InviteDraft => ({
  link: `https://vk.me/join/${VK_CODE}`,
  className: ' 5А ',
  chatTitle: 'Родители 5А',
  chatPurpose: 'parents',
  role: 'parent',
  recipients: 'родители класса',
  ...overrides,
});

const T0 = Date.UTC(2026, 8, 1, 9, 0);

function created(overrides: Partial<InviteDraft> = {}, now = T0, id = 'a'): InviteRecord {
  const result = createInvite(draft(overrides), now, id);
  if (!result.ok) throw new Error('draft should be valid');
  return result.record;
}

function act(record: InviteRecord, action: Parameters<typeof applyInviteAction>[1], now: number): InviteRecord {
  const result = applyInviteAction(record, action, now);
  if (!result.ok) throw new Error(`action refused: ${result.error}`);
  return result.record;
}

describe('lifecycle', () => {
  test('a new record is normalised, new, with a history', () => {
    const record = created();
    expect(record).toMatchObject({ url: `https://vk.me/join/${VK_CODE}`, className: '5А', status: 'new', joined: 0 });
    expect(record.history).toEqual([{ at: T0, action: 'created' }]);
  });

  test('the 1,001st action still works: the history keeps its first entry and the newest ones, and the record stays valid', async () => {
    const { inviteRecordSchema } = await import('../../lib/invites/schema');
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

describe('grouping', () => {
  test('class names written differently share a group', () => {
    for (const name of ['5А', '5 «А»', '5-а', '5A', '5а класс', ' 5 а ']) expect(classGroupKey(name)).toBe('5А');
    expect(classGroupKey('исп-22-1')).toBe('ИСП-22-1');
    expect(classGroupKey('')).toBe('');
  });

  test('groups in school order; stale first inside a group; filters and search', () => {
    const now = T0 + 10 * DAY_MS;
    const records = [
      created({ className: '10Б', link: `max.ru/join/${MAX_CODE}` }, T0, '1'),
      act(created({ className: '5а', link: 'vk.me/join/AAAAAAAAAA01' }, T0, '2'), { type: 'send' }, T0),
      created({ className: '5А', link: 'vk.me/join/AAAAAAAAAA02', chatTitle: 'Ученики 5А' }, T0 + 1, '3'),
      created({ className: '', link: 'vk.me/join/AAAAAAAAAA03' }, T0, '4'),
      act(created({ className: 'ИСП-22-1', link: 'vk.me/join/AAAAAAAAAA04' }, T0, '5'), { type: 'annul' }, T0),
      created({ className: '1В', link: 'vk.me/join/AAAAAAAAAA05' }, T0, '6'),
    ];
    const all = groupInvites(records, { filter: 'all', now, staleDays: 7 });
    expect(all.map((group) => group.key)).toEqual(['1В', '5А', '10Б', 'ИСП-22-1', '']);
    expect(all[1].invites.map((record) => record.id)).toEqual(['2', '3']);
    expect(all[1].stale).toBe(1);
    expect(groupInvites(records, { filter: 'open', now, staleDays: 7 }).map((group) => group.key)).toEqual(['1В', '5А', '10Б', '']);
    expect(groupInvites(records, { filter: 'stale', now, staleDays: 7 }).flatMap((group) => group.invites.map((r) => r.id))).toEqual(['2']);
    expect(groupInvites(records, { filter: 'annulled', now, staleDays: 7 })[0].key).toBe('ИСП-22-1');
    expect(groupInvites(records, { filter: 'all', now, staleDays: 7, search: 'ученики' }).flatMap((g) => g.invites.map((r) => r.id))).toEqual(['3']);
    expect(groupInvites(records, { filter: 'all', now, staleDays: 7, classKey: '10Б' }).map((g) => g.key)).toEqual(['10Б']);
  });
});

describe('ready message', () => {
  test('placeholders that are names of object internals stay as typed, nothing breaks or is injected', () => {
    const record = created();
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__']) {
      const message = renderInviteMessage(`Привет {${name}} {ссылка}`, record);
      expect(message).toBe(`Привет {${name}} ${record.url}`);
    }
  });

  test('the default template names the chat, class, whom and the link, and carries the rules', () => {
    const message = renderInviteMessage(DEFAULT_INVITE_TEMPLATE, created());
    expect(message).toContain('«Родители 5А» (5А) для родителей (законных представителей):');
    expect(message).toContain(`https://vk.me/join/${VK_CODE}`);
    expect(message).toContain('только по собственному желанию');
    expect(message).toContain('Telegram');
  });

  test('{правила} is the teacher’s rules for the chat’s kind, else the school’s, else the default', () => {
    const rules = { school: ['Школьное правило'], parents: ['Родительское правило'] };
    expect(renderInviteMessage('{ссылка}\n{правила}', created(), rules)).toBe(`https://vk.me/join/${VK_CODE}\nПравила чата:\n1. Родительское правило`);
    expect(renderInviteMessage('{ссылка} {rules}', created({ chatPurpose: 'students', role: 'student' }), rules)).toBe(`https://vk.me/join/${VK_CODE} Правила чата:\n1. Школьное правило`);
    expect(renderInviteMessage('{правила}', created({ chatPurpose: 'teachers', role: 'teacher' }))).toContain('7. Кто нарушил правила больше трёх раз');
  });
  test('empty class leaves no empty brackets; unknown placeholders stay; the link is never lost', () => {
    expect(renderInviteMessage('Чат «{чат}» ({класс}) — {ссылка}', created({ className: '' }))).toBe(
      `Чат «Родители 5А» — https://vk.me/join/${VK_CODE}`,
    );
    expect(renderInviteMessage('Привет, {имя}!', created())).toBe(`Привет, {имя}!\nhttps://vk.me/join/${VK_CODE}`);
    expect(renderInviteMessage('{link} for {FOR}', created())).toBe(`https://vk.me/join/${VK_CODE} for родителей (законных представителей)`);
  });
});

describe('export and import', () => {
  test('the size limit is in bytes: 11 million Cyrillic letters (22 MB) are too big though under 20 million characters', async () => {
    const { IMPORT_MAX_BYTES, importTooBig, utf8Length } = await import('../../lib/invites/transfer');
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
    const { makeBackup, readBackupFile } = await import('../../lib/backup/backup');
    const { DEFAULT_SETTINGS } = await import('../../lib/settings/index');
    const backupWith = (url: string) =>
      JSON.stringify(makeBackup({ settings: DEFAULT_SETTINGS, invites: [{ ...b, url }], chats: [], classes: [], overrides: [], classSizes: [], violations: [], blocks: [], leavers: [] }, T0));
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
