// @vitest-environment happy-dom
/**
 * The moderator's screens: the marks a chat page shows beside names, the log as the director's
 * CSV, the rules typed in the options (refused in words, nothing saved, when too long), and the
 * violation form on the mock connector (a quote kept only when ticked).
 */
import { h, render, type VNode } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test } from 'vitest';
import { memoryModeration, mockConnector } from '../../../lib/connector/connector';
import { uiTranslator } from '../../../components/i18n';
import { Moderation, moderationCsv } from '../../../entrypoints/moderation/Moderation';
import { readRulesText } from '../../../entrypoints/options/ModerationSettings';
import { marksFor, type BlockRecord, type LeaverRecord, type ViolationRecord } from '../../../lib/moderation/index';

const T0 = Date.UTC(2026, 10, 2, 9);
const t = uiTranslator('ru');
const violation = (person: string, chat = '5А Ученики', at = T0): ViolationRecord => ({ v: 1, id: `v-${person}-${at}`, site: 'max', chat, person, at, rule: 2, note: '' });
const block = (person: string, extra: Partial<BlockRecord> = {}): BlockRecord => ({ v: 1, id: `b-${person}`, site: 'max', chat: '5А Ученики', person, at: T0, until: '2026-12-02', reason: 'четыре нарушения', ...extra });
const leaver = (name: string): LeaverRecord => ({ v: 1, id: `l-${name}`, name, kind: 'student', classKey: '5А', addedAt: T0, seen: [] });

let container: HTMLElement | null = null;
afterEach(() => {
  if (!container) return;
  render(null, container);
  container.remove();
  container = null;
});
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component, with its own props
async function mount(vnode: VNode<any>): Promise<HTMLElement> {
  const root = document.createElement('div');
  container = root;
  document.body.append(root);
  await act(async () => {
    render(vnode, root);
  });
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  return root;
}
const input = async (element: HTMLInputElement | HTMLTextAreaElement, value: string) =>
  act(async () => {
    element.value = value;
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
const click = async (element: Element) =>
  act(async () => {
    (element as HTMLElement).click();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });

describe('marks beside names', () => {
  test('violations in this chat only, a block not lifted, a leaver by any form of the name; one mark per person (ё/е alike); nothing for others', () => {
    const log = {
      violations: [violation('Пётр Сидоров'), violation('пётр  сидоров', '5А Ученики', T0 + 1), violation('Пётр Сидоров', 'Родители 5А')],
      blocks: [block('Пётр Сидоров'), block('Анна Белова', { endedAt: T0 + 5, ended: 'early' })],
      leavers: [leaver('Иванов И. И.')],
    };
    const people = ['Пётр Сидоров', 'Петр Сидоров', 'Иван Иванов', 'Анна Белова', 'Ольга'].map((person) => ({ person }));
    expect(marksFor(log, 'max', '5А Ученики', people)).toEqual([
      { person: 'Пётр Сидоров', violations: 2, blockedUntil: '2026-12-02', left: false },
      { person: 'Иван Иванов', violations: 0, blockedUntil: null, left: true },
    ]);
    expect(marksFor(log, 'vk', '5А Ученики', [{ person: 'Пётр Сидоров' }])).toEqual([]);
    // The object of «пригласила Ивана Иванова» is the leaver «Иванов И. И.».
    expect(marksFor(log, 'max', '5А Ученики', [{ person: 'Ивана Иванова', accusative: true }])).toEqual([
      { person: 'Ивана Иванова', violations: 0, blockedUntil: null, left: true },
    ]);
    expect(marksFor(log, 'max', '5А Ученики', [{ person: 'Ивана Иванова' }])).toEqual([]);
  });
});

describe('the log for the director', () => {
  test('every step in time order with its reason; an early lifting with its own', () => {
    const log = {
      violations: [violation('Пётр Сидоров')],
      blocks: [block('Пётр Сидоров', { at: T0 + 10, endedAt: T0 + 20, ended: 'early', endReason: 'извинился' })],
      leavers: [],
      damaged: 0,
    };
    const rows = moderationCsv(t, log);
    expect(rows[0]).toEqual(['Дата', 'Мессенджер', 'Чат', 'Участник', 'Что', 'Пункт правил', 'Заметка или причина', 'До', 'Цитата']);
    expect(rows.slice(1).map((row) => [row[3], row[4], row[5], row[6], row[7]])).toEqual([
      ['Пётр Сидоров', 'нарушение', 'п. 2 правил', '', ''],
      ['Пётр Сидоров', 'блокировка', '', 'четыре нарушения', '02.12.2026'],
      ['Пётр Сидоров', 'снята блокировка досрочно', '', 'извинился', ''],
    ]);
  });
});

describe('rules in the options', () => {
  test('points too long or too many are said in words', () => {
    expect(readRulesText(t, 'parents', `1. ${'а'.repeat(501)}\n2. Коротко`).problems).toEqual(['Правила для родительских чатов: пункты 1 длиннее 500 знаков.']);
    expect(readRulesText(t, 'school', Array.from({ length: 31 }, (_, index) => `пункт ${index}`).join('\n')).problems).toEqual([
      'Правила для всей школы: не больше 30 пунктов.',
    ]);
    expect(readRulesText(t, 'students', '1) Вежливо\n• По делу\n\n').points).toEqual(['Вежливо', 'По делу']);
  });
});

describe('the violation form', () => {
  const message = { site: 'max' as const, chat: '5А Ученики', person: 'Пётр Сидоров', quote: 'сами вы такие' };
  /** Three earlier violations of the same pupil in this chat, other messages. */
  const earlier = [1, 2, 3].map((day) => ({ ...violation('Пётр Сидоров', '5А Ученики', new Date(2027, 0, day * 5).getTime()), rule: 3 }));

  test('the message’s words are kept only when the teacher ticks it; the fourth brings the advice', async () => {
    const moderation = memoryModeration({ violations: earlier }, message);
    const connector = mockConnector({ moderation, now: () => new Date(2027, 0, 31, 12).getTime() });
    const root = await mount(h(Moderation, { connector, token: 'x' }));
    expect(root.querySelector('[data-testid="block-until"]')).toBeNull();
    await click(root.querySelector('input[name="rule"][value="3"]')!);
    await click(root.querySelector('[data-testid="violation-keep-quote"]')!);
    await click(root.querySelector('[data-testid="violation-record"]')!);
    const log = await moderation.load();
    expect(log.violations.map((record) => record.quote ?? null)).toEqual([null, null, null, 'сами вы такие']);
    expect(log.violations.every((record) => record.rule === 3 && record.person === 'Пётр Сидоров')).toBe(true);
    // 31 January → the block may last until the last day of February.
    expect((root.querySelector('[data-testid="block-until"]') as HTMLInputElement).value).toBe('2027-02-28');
  });

  test('one press is one record: a double click while saving records once, and the same message again is refused with its record shown', async () => {
    const moderation = memoryModeration({}, message);
    const waiting: (() => void)[] = [];
    const slow = { ...moderation, addViolation: async (violation: Parameters<typeof moderation.addViolation>[0]) => {
      await new Promise<void>((resolve) => waiting.push(resolve));
      return moderation.addViolation(violation);
    } };
    const connector = mockConnector({ moderation: slow, now: () => new Date(2027, 0, 31, 12).getTime() });
    const root = await mount(h(Moderation, { connector, token: 'x' }));
    await click(root.querySelector('input[name="rule"][value="3"]')!);
    const button = root.querySelector('[data-testid="violation-record"]') as HTMLButtonElement;
    await click(button);
    expect(button.disabled).toBe(true);
    expect(button.textContent).toBe('Записываю…');
    // A second press while the first is saving (a double click lands before the button is redrawn
    // disabled): the form submits again, and the guard holds.
    await act(async () => {
      button.form!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    await act(async () => {
      for (const resolve of waiting) resolve();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
    expect((await moderation.load()).violations).toHaveLength(1);
    expect(root.querySelector('[data-testid="moderation-message"]')?.textContent).toBe('Записано. Нарушений у участника в этом чате: 1.');
    // Recorded: the form says so and offers the record instead of another.
    expect(root.querySelector('[data-testid="violation-record"]')).toBeNull();
    expect(root.querySelector('[data-testid="violation-already"]')?.textContent).toContain('Это сообщение уже записано как нарушение');

    // The same message opened again from the chat, another day.
    render(null, container!);
    const again = await mount(h(Moderation, { connector: mockConnector({ moderation: memoryModeration(await moderation.load(), message) }), token: 'y' }));
    expect(again.querySelector('[data-testid="violation-record"]')).toBeNull();
    await click(again.querySelector('[data-testid="violation-already"] button')!);
    expect(document.activeElement?.id).toMatch(/^violation-/);
    // Another message of the same pupil is recorded as usual.
    const other = await mount(h(Moderation, { connector: mockConnector({ moderation: memoryModeration(await moderation.load(), { ...message, quote: 'и ещё' }) }), token: 'z' }));
    expect(other.querySelector('[data-testid="violation-record"]')).not.toBeNull();
  });
});

describe('the log page', () => {
  test('a violation can be recorded by hand: the chat and the name typed (nothing opens without them)', async () => {
    const moderation = memoryModeration();
    const connector = mockConnector({ moderation });
    const root = await mount(h(Moderation, { connector, token: null }));
    expect(root.querySelector('h1')?.textContent).toBe('Нарушения и блокировки в чатах');
    const manual = root.querySelector('[data-testid="manual-report"]')!;
    const [chat, person] = [...manual.querySelectorAll('input[type="text"]')] as HTMLInputElement[];
    await click(manual.querySelector('button[type="submit"]')!);
    expect(manual.querySelector('[role="alert"]')?.textContent).toBe('Впишите название чата и имя участника.');
    await input(chat, ' 7Б  Родители ');
    await input(person, 'Ольга Павлова');
    await click(manual.querySelector('button[type="submit"]')!);
    expect(root.querySelector('[data-testid="moderation-chat"]')?.textContent).toBe('Чат «7Б Родители» (MAX)');
    await click(root.querySelector('input[name="rule"][value="other"]')!);
    await click(root.querySelector('[data-testid="violation-record"]')!);
    expect((await moderation.load()).violations).toMatchObject([{ chat: '7Б Родители', person: 'Ольга Павлова', rule: null }]);
    // No message was offered, so there is no quote to keep.
    expect(root.querySelector('[data-testid="violation-keep-quote"]')).toBeNull();
  });
});

