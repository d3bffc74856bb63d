// @vitest-environment happy-dom
/**
 * The options page on the mock connector: every change is saved as it is made, with «Сохранено»
 * beside the control that made it; text that cannot be right is refused in place (the field says
 * why, the stored value stays) while every other field keeps saving; two quick changes both stay.
 */
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { FeedbackProvider } from '../../../components/feedback';
import { mockConnector, type Connector } from '../../../lib/connector/connector';
import { Options } from '../../../entrypoints/options/Options';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/index';

let container: HTMLElement | null = null;
afterEach(() => {
  if (!container) return;
  render(null, container);
  container.remove();
  container = null;
});

const settle = () =>
  act(async () => {
    for (let turn = 0; turn < 5; turn++) await new Promise((resolve) => setTimeout(resolve, 0));
  });

async function mount(connector: Connector): Promise<HTMLElement> {
  const root = document.createElement('div');
  container = root;
  document.body.append(root);
  await act(async () => {
    render(h(FeedbackProvider, null, h(Options, { connector })), root);
  });
  await settle();
  return root;
}

/** Types into a field and leaves it, as a teacher does before moving on. */
async function type(field: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  await act(async () => {
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
    field.dispatchEvent(new Event('blur'));
  });
  await settle();
}

async function click(element: Element): Promise<void> {
  await act(async () => {
    (element as HTMLElement).click();
  });
  await settle();
}

const saidAt = (root: HTMLElement, at: string) => root.querySelector(`[data-testid="said"][data-at="${at}"]`)?.textContent ?? null;
const field = <T extends Element = HTMLInputElement>(root: HTMLElement, selector: string) => root.querySelector(selector) as unknown as T;

describe('options save themselves', () => {
  test('a ticked box and a typed number are stored at once, each with «Сохранено» beside it; no «Сохранить» button is left', async () => {
    const connector = mockConnector();
    const root = await mount(connector);
    expect([...root.querySelectorAll('button')].map((button) => button.textContent)).not.toContain('Сохранить');
    expect(root.querySelector('button[type="submit"][class~="primary"]')).toBeNull();

    await click(field(root, 'input[name="messenger-discord"]'));
    expect((await connector.loadSettings()).settings.messengers.discord).toBe(!DEFAULT_SETTINGS.messengers.discord);
    expect(saidAt(root, 'messenger-discord')).toBe('Сохранено');

    await type(field(root, '#stale-days'), '3');
    expect((await connector.loadSettings()).settings.staleDays).toBe(3);
    expect(saidAt(root, 'stale-days')).toBe('Сохранено');
    // Only the latest is said, beside its own field.
    expect(saidAt(root, 'messenger-discord')).toBeNull();
  });

  test('a wrong number is refused in place and keeps what was stored; the other fields still save', async () => {
    const connector = mockConnector();
    const root = await mount(connector);
    const staleDays = field(root, '#stale-days');
    await type(staleDays, '0');
    expect(staleDays.getAttribute('aria-invalid')).toBe('true');
    const problem = root.querySelector('#stale-days-problem');
    expect(problem?.getAttribute('role')).toBe('alert');
    expect(problem?.textContent).toMatch(/дней/);
    expect(staleDays.getAttribute('aria-describedby')).toContain('stale-days-problem');
    expect((await connector.loadSettings()).settings.staleDays).toBe(DEFAULT_SETTINGS.staleDays);

    await type(field(root, '#coverage-threshold'), '80');
    expect((await connector.loadSettings()).settings.coverageThreshold).toBe(80);
    // The wrong text stays on screen for the teacher to mend; mended, it is saved and the problem goes.
    expect(staleDays.value).toBe('0');
    await type(staleDays, '21');
    expect(root.querySelector('#stale-days-problem')).toBeNull();
    expect((await connector.loadSettings()).settings).toMatchObject({ staleDays: 21, coverageThreshold: 80 });
  });

  test('a wrong allowed address names its line and stores nothing; the year start as ДД.ММ', async () => {
    const connector = mockConnector();
    const root = await mount(connector);
    await type(field<HTMLTextAreaElement>(root, '#allowlist'), 'school.ru\nне адрес');
    expect(root.querySelector('#allowlist-problem')?.textContent).toContain('2');
    expect((await connector.loadSettings()).settings.allowlist).toEqual(DEFAULT_SETTINGS.allowlist);
    await type(field<HTMLTextAreaElement>(root, '#allowlist'), 'school.ru\nhttps://www.gym5.ru/page');
    expect((await connector.loadSettings()).settings.allowlist).toEqual(['school.ru', 'gym5.ru']);

    await type(field(root, '#year-start'), '31.02');
    expect(root.querySelector('#year-start-problem')).not.toBeNull();
    await type(field(root, '#year-start'), '1.08');
    expect((await connector.loadSettings()).settings.schoolYearStart).toBe('08-01');
  });

  test('two changes in quick succession both stay: each is applied to the settings as stored', async () => {
    let writes = 0;
    let stored: Settings = DEFAULT_SETTINGS;
    const connector = mockConnector({
      loadSettings: async () => ({ settings: stored, damaged: false }),
      saveSettings: async (settings) => {
        // A slow disk: the second change is made while the first is still being written.
        await new Promise((resolve) => setTimeout(resolve, 5));
        stored = settings;
        writes += 1;
      },
    });
    const root = await mount(connector);
    await act(async () => {
      field(root, 'input[name="messenger-discord"]').click();
      field(root, 'input[name="messenger-skype"]').click();
    });
    // Both writes land, however slow the machine: waited for, not slept on.
    await act(async () => {
      await vi.waitFor(() => expect(writes).toBe(2), { timeout: 10_000 });
    });
    expect(stored.messengers.discord).toBe(!DEFAULT_SETTINGS.messengers.discord);
    expect(stored.messengers.skype).toBe(!DEFAULT_SETTINGS.messengers.skype);
  });

  test('the chat rules: the parents’ points are kept, the untouched default is not stored; a bad keeping period saves nothing', async () => {
    const connector = mockConnector();
    const root = await mount(connector);
    await type(field<HTMLTextAreaElement>(root, '[data-testid="rules-parents"]'), '1. Только по делу\n2. Без рекламы');
    const saved = (await connector.loadSettings()).settings;
    expect(saved.rules).toEqual({ parents: ['Только по делу', 'Без рекламы'] });
    expect(saidAt(root, 'rules-parents')).toBe('Сохранено');
    expect(saved.moderationKeepDays).toBeUndefined();

    await type(field(root, '#keep-days'), '3');
    expect(root.querySelector('#keep-days-problem')?.textContent).toBe('Срок хранения — целое число дней от 7 до 3650.');
    expect((await connector.loadSettings()).settings.moderationKeepDays).toBeUndefined();
    await type(field(root, '#keep-days'), '90');
    expect((await connector.loadSettings()).settings.moderationKeepDays).toBe(90);
    await click(root.querySelectorAll('input[name="keep"]')[0]);
    expect((await connector.loadSettings()).settings.moderationKeepDays).toBeUndefined();
    expect(saidAt(root, 'keep')).toBe('Сохранено');
  });
});

describe('the welcome’s next step', () => {
  test('a director is shown the school summary as her next step; a teacher is not', async () => {
    for (const [profiles, shown] of [[['administration'], true], [['class-teacher'], false]] as const) {
      history.replaceState(null, '', '/options.html?welcome');
      const opened: string[] = [];
      const connector = mockConnector({ settings: { ...DEFAULT_SETTINGS, profiles: [...profiles] }, openPage: (path) => void opened.push(path) });
      const root = await mount(connector);
      const done = [...root.querySelectorAll('button')].find((button) => button.textContent === 'Готово')!;
      await click(done);
      const next = root.querySelector('[data-testid="welcome-next-school"]');
      expect(Boolean(next), profiles.join()).toBe(shown);
      if (next) {
        await click(next.querySelector('button')!);
        expect(opened).toEqual(['/school.html']);
      }
      render(null, container!);
    }
  });
});

describe('roles', () => {
  test('switched in any order: the last role unticked on the way to another is not refused, and a curator reads a college’s words', async () => {
    const connector = mockConnector();
    const root = await mount(connector);
    const box = (name: string) => field(root, `input[name="profile-${name}"]`);
    const listed = () => root.querySelector('[data-testid="policy"]')?.textContent ?? '';
    expect(listed()).toContain('Чат учителей класса');
    // A curator unticks «классный руководитель» first: it stays unticked, nothing is saved yet, and she is told why.
    await click(box('class-teacher'));
    expect(box('class-teacher').checked).toBe(false);
    expect((await connector.loadSettings()).settings.profiles).toEqual(['class-teacher']);
    expect(saidAt(root, 'profiles')).toBe('Отметьте свою роль. Пока роль не отмечена, Парта проверяет чаты как раньше: классный руководитель.');
    await click(box('college-curator'));
    expect((await connector.loadSettings()).settings.profiles).toEqual(['college-curator']);
    expect([box('class-teacher').checked, box('college-curator').checked]).toEqual([false, true]);
    // A college's words from now on.
    expect(listed()).toContain('Чат преподавателей группы');
    expect(listed()).not.toContain('класс');
  });
});
