// @vitest-environment happy-dom
/**
 * The popup's invite list rendered with the mock connector (no browser): virtualisation keeps the
 * DOM small at 10,000 records, the stale flag follows the clock, «Копировать сообщение» copies the
 * filled template and marks the invitation sent; the form's guesses from a chat title.
 */
import { sightedList } from '../../../lib/classes/chat-list';
import { h, render, type ComponentChildren, type VNode } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { ChangesContext } from '../../../components/changes';
import { FeedbackProvider } from '../../../components/feedback';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test } from 'vitest';
import { mockConnector } from '../../../lib/connector/connector';
import { guessClass, guessPurpose } from '../../../entrypoints/popup/InviteForm';
import { Invites, type InvitesProps } from '../../../entrypoints/popup/Invites';
import { applyInviteAction, createInvite, DAY_MS, type InviteRecord } from '../../../lib/invites/index';
import { DEFAULT_SETTINGS } from '../../../lib/settings/index';

const T0 = Date.UTC(2026, 10, 1, 9);

function invite(index: number, className: string, sentAt?: number): InviteRecord {
  const created = createInvite(
    {
      link: `https://vk.me/join/AJQ1d${String(index).padStart(8, '0')}Code`,
      className,
      chatTitle: `Родители ${className}`,
      chatPurpose: 'parents',
      role: 'parent',
      recipients: '',
    },
    T0,
    `id-${index}`,
  );
  if (!created.ok) throw new Error('invalid test link');
  if (sentAt === undefined) return created.record;
  const sent = applyInviteAction(created.record, { type: 'send' }, sentAt);
  if (!sent.ok) throw new Error('send refused');
  return sent.record;
}

let container: HTMLElement;

async function mount(vnode: VNode<InvitesProps>): Promise<HTMLElement> {
  container = document.createElement('div');
  document.body.append(container);
  await act(async () => {
    render(vnode, container);
  });
  // The register loads asynchronously: let its promise settle and the list render.
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  return container;
}

afterEach(() => {
  render(null, container);
  container.remove();
});

describe('popup invite list', () => {
  test('10,000 invitations render only the rows in view', async () => {
    const records = Array.from({ length: 10_000 }, (_, index) => invite(index, `${(index % 11) + 1}А`, T0));
    const connector = mockConnector({ invites: records, now: () => T0 + DAY_MS });
    const root = await mount(h<InvitesProps>(Invites, { connector, settings: DEFAULT_SETTINGS }));
    const rows = root.querySelectorAll('[data-testid="invite"]').length;
    expect(rows).toBeGreaterThan(0);
    expect(rows).toBeLessThan(30);
    expect(root.querySelector('.group-head')?.textContent).toContain('1А');
  });

  test('a sent invitation past the limit is flagged, and the banner counts it', async () => {
    const records = [invite(1, '5А', T0), invite(2, '5А', T0 + 6 * DAY_MS), invite(3, '6Б')];
    const connector = mockConnector({ invites: records, now: () => T0 + 8 * DAY_MS });
    const root = await mount(h<InvitesProps>(Invites, { connector, settings: DEFAULT_SETTINGS }));
    const flagged = [...root.querySelectorAll('[data-testid="invite"][data-stale="true"]')];
    expect(flagged).toHaveLength(1);
    expect(flagged[0].querySelector('code')?.textContent).toBe(records[0].url);
    expect(root.querySelector('[data-testid="stale-banner"]')?.textContent).toContain('Пора аннулировать: 1');
  });

  test('a longer limit in settings un-flags it', async () => {
    const connector = mockConnector({ invites: [invite(1, '5А', T0)], now: () => T0 + 8 * DAY_MS });
    const root = await mount(h<InvitesProps>(Invites, { connector, settings: { ...DEFAULT_SETTINGS, staleDays: 10 } }));
    expect(root.querySelectorAll('[data-stale="true"]')).toHaveLength(0);
  });

  test('«Копировать сообщение» copies the filled template and marks the invitation sent', async () => {
    const copied: string[] = [];
    const connector = mockConnector({ invites: [invite(1, '5А')], now: () => T0 + 1000, copy: async (text) => void copied.push(text) });
    const template = 'Чат «{чат}», {класс}: {ссылка}';
    const root = await mount(h<InvitesProps>(Invites, { connector, settings: { ...DEFAULT_SETTINGS, inviteTemplate: template } }));
    const button = [...root.querySelectorAll('button')].find((element) => element.textContent === 'Копировать сообщение')!;
    await act(async () => {
      button.click();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(copied).toEqual([`Чат «Родители 5А», 5А: https://vk.me/join/AJQ1d00000001Code`]);
    expect(root.querySelector('[data-testid="invite"]')?.getAttribute('data-status')).toBe('sent');
    expect((await connector.register.list()).records[0]).toMatchObject({ status: 'sent', sentAt: T0 + 1000 });
  });
});

async function choose(root: HTMLElement, label: string): Promise<void> {
  const select = root.querySelector('[data-testid="invite"] select') as HTMLSelectElement;
  const option = [...select.options].find((candidate) => candidate.textContent === label)!;
  await act(async () => {
    select.value = option.value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

async function press(root: HTMLElement, text: string): Promise<void> {
  const button = [...root.querySelectorAll('button')].find((element) => element.textContent === text)!;
  await act(async () => {
    button.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

describe('row actions asked inline (Firefox popups have no confirm or prompt)', () => {
  test('removing asks first; «Отмена» keeps the invitation, «Удалить» removes it', async () => {
    const connector = mockConnector({ invites: [invite(1, '5А')], now: () => T0 });
    const root = await mount(h<InvitesProps>(Invites, { connector, settings: DEFAULT_SETTINGS }));
    await choose(root, 'Удалить из списка');
    expect(root.textContent).toContain('Удалить из списка?');
    await press(root, 'Отмена');
    expect((await connector.register.list()).records).toHaveLength(1);
    await choose(root, 'Удалить из списка');
    await press(root, 'Удалить');
    expect((await connector.register.list()).records).toHaveLength(0);
    expect(root.querySelectorAll('[data-testid="invite"]')).toHaveLength(0);
  });

  test('the joined count is typed in the row and shown', async () => {
    const connector = mockConnector({ invites: [invite(1, '5А', T0)], now: () => T0 + 5 });
    const root = await mount(h<InvitesProps>(Invites, { connector, settings: DEFAULT_SETTINGS }));
    await choose(root, 'Сколько вступило…');
    const input = root.querySelector('[data-testid="invite"] input[type="number"]') as HTMLInputElement;
    await act(async () => {
      input.value = '17';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await press(root, 'Сохранить');
    expect((await connector.register.list()).records[0]).toMatchObject({ joined: 17, status: 'sent' });
    expect(root.querySelector('[data-testid="invite"]')?.textContent).toContain('по этой ссылке вступило: 17');
  });
});

test('«Отправлено…» records to whom and when', async () => {
  const connector = mockConnector({ invites: [invite(1, '5А')], now: () => T0 + 9 });
  const root = await mount(h<InvitesProps>(Invites, { connector, settings: DEFAULT_SETTINGS }));
  await choose(root, 'Отправлено…');
  const input = root.querySelector('[data-testid="invite"] input[type="text"]') as HTMLInputElement;
  await act(async () => {
    input.value = 'родкому 5А';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await press(root, 'Сохранить');
  expect((await connector.register.list()).records[0]).toMatchObject({ status: 'sent', sentAt: T0 + 9, sentTo: 'родкому 5А' });
  expect(root.querySelector('[data-testid="invite"]')?.textContent).toContain('→ родкому 5А');
});

describe('add form guesses from a chat title', () => {
  test.each([
    ['Родители 5А', '5А', 'parents'],
    ['5 «Б» — родительский чат', '5Б', 'parents'],
    ['Родители 5-в класса', '5В', 'parents'],
    ['Группа исп-22-1', 'ИСП-22-1', 'students'],
    ['7 кл. ученики', '7', 'students'],
    ['Учителя 9В', '9В', 'teachers'],
    ['Преподаватели ИСП-22-1', 'ИСП-22-1', 'teachers'],
    ['5А ученики', '5А', 'students'],
    ['Учительская', '', 'staff'],
    ['Математика 8А', '8А', 'subject'],
  ])('%s → class %s, %s', (title, className, purpose) => {
    expect(guessClass(title)).toBe(className);
    expect(guessPurpose(title)).toBe(purpose);
  });
});

/** The popup's providers around one screen: writes are read again, feedback shown where it was caused. */
function Screen({ children }: { children: ComponentChildren }) {
  const [version, setVersion] = useState(0);
  const changes = useMemo(() => ({ version, bump: () => setVersion((value) => value + 1) }), [version]);
  return h(ChangesContext.Provider, { value: changes }, h(FeedbackProvider, null, children));
}

async function settle() {
  for (let round = 0; round < 3; round++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

describe('checklist in the popup (mock connector)', () => {
  const journal = {
    kind: 'journal' as const,
    health: { site: 'mesh' as const, recognised: true, classes: 1, fallback: false },
    scope: 'all' as const,
    classes: [{ key: '5А', name: '5 «А»', own: true, subjects: [] }],
  };
  const chats = [
    { v: 1 as const, key: 'max:Родители 5А', site: 'max' as const, title: 'Родители 5А', firstSeen: T0, lastSeen: T0 },
    { v: 1 as const, key: 'max:5А ученики', site: 'max' as const, title: '5А ученики', firstSeen: T0, lastSeen: T0 },
  ];
  /** MAX's whole chat list, seen with those two chats in it. */
  const lists = { max: sightedList(null, 'max', { rows: 2, whole: true }, T0) };

  async function mountChecklist(connector: ReturnType<typeof mockConnector>): Promise<HTMLElement> {
    const { Checklist } = await import('../../../entrypoints/popup/Checklist');
    container = document.createElement('div');
    document.body.append(container);
    await act(async () => {
      render(h(Screen, null, h(Checklist, { connector, settings: DEFAULT_SETTINGS, journal })), container);
    });
    await settle();
    return container;
  }

  test('a missing chat with a saved invitation offers its message in place: copied with the link, marked sent, said beside the button', async () => {
    const teachersInvite = createInvite(
      { link: 'https://vk.me/join/AJQ1dTeachers5A', className: '5 «А»', chatTitle: 'Учителя 5А', chatPurpose: 'teachers', role: 'teacher', recipients: '' },
      T0,
      'teachers-5a',
    );
    if (!teachersInvite.ok) throw new Error('invalid test link');
    const copied: string[] = [];
    const connector = mockConnector({ invites: [teachersInvite.record], now: () => T0 + DAY_MS, copy: async (text) => void copied.push(text), checklistData: { chats, lists } });
    const root = await mountChecklist(connector);
    expect(root.querySelector('[data-testid="progress"]')?.textContent).toBe('Готово 2 из 3');
    expect(root.querySelector('[data-testid="chats-age"]')?.textContent).toContain('1 день назад');
    const missing = root.querySelector('[data-status="missing"]') as HTMLElement;
    expect(missing.getAttribute('data-requirement')).toBe('class-teachers');
    await press(missing, 'Копировать сообщение');
    await settle();
    expect(copied).toHaveLength(1);
    expect(copied[0]).toContain('https://vk.me/join/AJQ1dTeachers5A');
    expect((await connector.register.list()).records[0]).toMatchObject({ status: 'sent' });
    const row = root.querySelector('[data-requirement="class-teachers"]') as HTMLElement;
    expect(row.querySelector('[data-testid="said"]')?.textContent).toContain('отмечено отправленным');
    expect(row.querySelector('[data-testid="step-wait"]')).not.toBeNull();
  });

  test('«Создать чат» copies the name, keeps a draft for that class and audience, and the pasted link completes it in the row', async () => {
    const copied: string[] = [];
    const connector = mockConnector({ now: () => T0 + DAY_MS, copy: async (text) => void copied.push(text), checklistData: { chats, lists } });
    const root = await mountChecklist(connector);
    const row = () => root.querySelector('[data-requirement="class-teachers"]') as HTMLElement;
    await press(row(), 'Создать чат');
    await settle();
    expect(copied).toEqual(['Учителя 5А']);
    expect(await connector.drafts.list()).toMatchObject([{ classKey: '5А', chatPurpose: 'teachers', role: 'teacher', chatTitle: 'Учителя 5А' }]);
    expect(row().querySelector('[data-testid="said"]')?.textContent).toContain('Название «Учителя 5А» скопировано');
    const field = row().querySelector('[data-testid="step-link"]') as HTMLInputElement;
    await act(async () => {
      field.value = 'https://max.ru/join/Teachers5Akey00000';
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await settle();
    expect(await connector.drafts.list()).toEqual([]);
    expect((await connector.register.list()).records).toMatchObject([{ url: 'https://max.ru/join/Teachers5Akey00000', className: '5А', chatTitle: 'Учителя 5А', chatPurpose: 'teachers', status: 'new' }]);
    expect(row().querySelector('[data-testid="step-send"]')).not.toBeNull();
  });
});

describe('the whole popup as it opens', () => {
  test('the register is read once for the list, «Сегодня» and the checklist; after a change each reads it again', async () => {
    const { App } = await import('../../../entrypoints/popup/App');
    const saved = createInvite(
      { link: 'https://vk.me/join/AJQ1dTeachers5A', className: '5 «А»', chatTitle: 'Учителя 5А', chatPurpose: 'teachers', role: 'teacher', recipients: '' },
      T0,
      'teachers-5a',
    );
    if (!saved.ok) throw new Error('invalid test link');
    const connector = mockConnector({
      invites: [saved.record],
      now: () => T0 + DAY_MS,
      tabStatus: async () => ({
        kind: 'journal',
        status: { kind: 'journal', health: { site: 'mesh', recognised: true, classes: 1, fallback: false }, scope: 'all', classes: [{ key: '5А', name: '5 «А»', own: true, subjects: [] }] },
      }),
    });
    let reads = 0;
    const list = connector.register.list;
    connector.register.list = () => {
      reads++;
      return list();
    };
    container = document.createElement('div');
    document.body.append(container);
    await act(async () => {
      render(h(App, { connector }), container);
    });
    await settle();
    await settle();
    expect(container.querySelector('[data-testid="today"]')).not.toBeNull();
    expect(container.querySelector('[data-testid="progress"]')).not.toBeNull();
    expect(container.querySelectorAll('[data-testid="invite"]')).toHaveLength(1);
    expect(reads).toBe(1);

    const teachers = container.querySelector('[data-requirement="class-teachers"]') as HTMLElement;
    await press(teachers, 'Копировать сообщение');
    await settle();
    await settle();
    expect(reads).toBeGreaterThanOrEqual(3);
    expect(container.querySelector('[data-testid="invite"]')?.textContent).toContain('Отправлено');
  });
});

describe('«Сегодня» with many old links', () => {
  test('five old links to annul at once, the rest behind «Ещё старых ссылок: N», all counted in the title', async () => {
    const { Today } = await import('../../../entrypoints/popup/Today');
    const stale = Array.from({ length: 8 }, (_, index) => invite(100 + index, `${index + 1}А`, T0));
    const connector = mockConnector({ invites: stale, now: () => T0 + 30 * DAY_MS });
    container = document.createElement('div');
    document.body.append(container);
    await act(async () => {
      render(h(Screen, null, h(Today, { connector, settings: DEFAULT_SETTINGS })), container);
    });
    await settle();
    const today = container.querySelector('[data-testid="today"]') as HTMLElement;
    expect(today.getAttribute('data-count')).toBe('8');
    expect(today.querySelectorAll('[data-testid="today-annul"]')).toHaveLength(5);
    await press(today, 'Ещё старых ссылок: 3 — показать');
    await settle();
    expect(today.querySelectorAll('[data-testid="today-annul"]')).toHaveLength(8);
    expect(today.querySelector('[data-testid="today-more-annuls"]')).toBeNull();
  });
});
