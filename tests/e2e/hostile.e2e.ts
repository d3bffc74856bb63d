/**
 * Parta against a hostile page, in a real Chromium with the built extension: the page
 * tries to switch Parta off with WXT's own event, hides banned links in addresses the browser
 * still opens, sends through paths the old guard did not watch, clicks Parta's buttons itself and
 * looks for traces of Parta. Fixture: tests/fixtures/max/hostile.html, at a MAX chat address.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { closedShadowText, fixture, launch, pressAt, type Harness } from './harness';
import { appendMaxMessage } from './page-scripts';

const URL_HOSTILE = 'https://web.max.ru/-70000000099';
const URL_MAX = 'https://web.max.ru/-68912345678';
const ATTACHED = { state: 'attached' } as const;

let harness: Harness;

beforeAll(async () => {
  harness = await launch();
  harness.serve(URL_HOSTILE, fixture('max/hostile.html'));
  harness.serve(URL_MAX, fixture('max/chat.html'));
});

afterAll(async () => {
  const stray = harness?.strayRequests ?? [];
  await harness?.close();
  expect(stray).toEqual([]);
});

const sent = (page: Page) => page.evaluate(() => (window as unknown as { __sent: string[] }).__sent);

async function typeInComposer(page: Page, text: string): Promise<void> {
  await page.click('[role="textbox"]');
  await page.keyboard.type(text);
}

/** Answers the open composer dialog with «Исправить» (the safe choice, focused). */
async function answerFix(page: Page): Promise<void> {
  await page.locator('parta-dialog[data-parta-dialog="composer"]').waitFor(ATTACHED);
  await page.keyboard.press('Enter');
  await page.locator('parta-dialog').waitFor({ state: 'detached' });
}

/** What WXT's ContentScriptContext listens for: one such event used to stop every feature. */
async function forgeScriptStarted(page: Page, extensionId: string): Promise<void> {
  await page.evaluate((id) => {
    for (const name of ['messenger', 'capture', 'journal']) {
      const type = `${id}:${name}:wxt:content-script-started`;
      document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: name, messageId: 'forged' } }));
      window.postMessage({ type, contentScriptName: name, messageId: 'forged' }, '*');
    }
  }, extensionId);
}

function appendMessage(page: Page, text: string): Promise<void> {
  return page.evaluate(appendMaxMessage, text);
}

describe('no off switch', () => {
  test('after the page forges WXT\'s «script started» event, new messages still get badges and Enter is still guarded', async () => {
    const page = await harness.open(URL_MAX);
    await page.locator('parta-warning').first().waitFor(ATTACHED);
    await forgeScriptStarted(page, harness.extensionId);
    await appendMessage(page, 'Новый канал: t.me/klass5a_new');
    await page.waitForFunction(() => document.querySelectorAll('parta-warning').length === 2);
    await typeInComposer(page, 'Пишите в t.me/klass5a');
    await page.keyboard.press('Enter');
    await answerFix(page);
    expect(await page.evaluate(() => (window as unknown as { __sent?: string[] }).__sent ?? [])).toEqual([]);
    await page.close();
  });
});

describe('links as the browser opens them', () => {
  let page: Page;
  beforeAll(async () => {
    page = await harness.open(URL_HOSTILE);
    await page.waitForFunction(() => document.querySelectorAll('parta-warning').length >= 5);
  });
  afterAll(() => page.close());

  test('userinfo, %2E, mathematical letters, extra slashes and a relative redirect all get a badge; the clean link does not', async () => {
    const flagged = await page.$$eval('[data-case]', (items) =>
      Object.fromEntries(items.map((item) => [item.getAttribute('data-case'), item.querySelector('parta-warning')?.getAttribute('data-parta-warning') ?? null])),
    );
    expect(flagged).toEqual({
      userinfo: 'telegram',
      'mail-userinfo': 'telegram',
      percent: 'telegram',
      math: 'telegram',
      slashes: 'telegram',
      'relative-redirect': 'whatsapp',
      clean: null,
      invite: null,
    });
  });

  test('a click on a disguised link asks first and does not navigate', async () => {
    for (const disguise of ['percent', 'userinfo', 'mail-userinfo']) {
      await page.click(`[data-case="${disguise}"] a`);
      await page.locator('parta-dialog[data-parta-dialog="link"]').waitFor(ATTACHED);
      // The same question as for every banned link: «Открыть ссылку на Telegram?».
      expect(await closedShadowText(page, 'parta-dialog')).toContain('Открыть ссылку на Telegram?');
      await page.keyboard.press('Escape');
      await page.locator('parta-dialog').waitFor({ state: 'detached' });
      expect(page.url()).toBe(URL_HOSTILE);
    }
  });
});

describe('every send path is guarded', () => {
  let page: Page;
  beforeAll(async () => {
    page = await harness.open(URL_HOSTILE);
    await page.locator('parta-warning').first().waitFor(ATTACHED);
  });
  afterAll(() => page.close());

  for (const chord of ['Control+Enter', 'Alt+Enter', 'Meta+Enter', 'Enter']) {
    test(`${chord} is held`, async () => {
      await typeInComposer(page, `канал ${chord}: t.me/klass5a`);
      await page.keyboard.press(chord);
      await answerFix(page);
      expect(await sent(page)).toEqual([]);
      await page.evaluate(() => {
        const paragraph = document.createElement('p');
        paragraph.append(document.createElement('br'));
        (document.querySelector('[role="textbox"]') as HTMLElement).replaceChildren(paragraph);
      });
    });
  }

  test('an unlabelled send button acting on pointerdown is found by structure and held', async () => {
    await typeInComposer(page, 'wa.me/79001234567');
    await pressAt(page, '.send-by-structure');
    await answerFix(page);
    expect(await sent(page)).toEqual([]);
  });

  test('a form submit is held; «Отправить всё равно» then sends once', async () => {
    await pressAt(page, '.submit-first');
    await page.locator('parta-dialog[data-parta-dialog="composer"]').waitFor(ATTACHED);
    expect(await sent(page)).toEqual([]);
    await page.keyboard.press('Shift+Tab'); // from the safe choice to «Отправить всё равно»
    await page.keyboard.press('Enter');
    await page.locator('parta-dialog').waitFor({ state: 'detached' });
    await expect.poll(() => sent(page)).toEqual(['submit:wa.me/79001234567']);
  });

  test('a clean message goes at once, with no question', async () => {
    await typeInComposer(page, 'Собрание в 18.00, т.е. после уроков');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => sent(page)).toEqual(['submit:wa.me/79001234567', 'mod-enter:Собрание в 18.00, т.е. после уроков']);
    expect(await page.locator('parta-dialog').count()).toBe(0);
  });
});

describe('the page cannot act for the teacher or see Parta', () => {
  test('a click dispatched by the page on «Запомнить приглашение» opens nothing; the teacher\'s click does', async () => {
    const page = await harness.open(URL_HOSTILE);
    const button = page.locator('parta-invite');
    await button.waitFor();
    const before = harness.context.pages().length;
    await page.evaluate(() => {
      const host = document.querySelector('parta-invite') as HTMLElement;
      for (let index = 0; index < 20; index++) {
        host.click();
        host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      }
    });
    // The teacher's click after them opens one form, and only it.
    const [form] = await Promise.all([harness.context.waitForEvent('page'), button.click()]);
    await form.getByTestId('invite-form').waitFor();
    expect(harness.context.pages().length).toBe(before + 1);
    await form.close();
    await page.close();
  });

  test('no window message carries the extension id; no parta:* timing entries, even when the page asks', async () => {
    const html = fixture('max/hostile.html').replace('<html lang="ru">', '<html lang="ru" data-parta-bench>');
    const url = 'https://web.max.ru/-70000000098';
    harness.serve(url, html);
    const page = await harness.open(url);
    await page.locator('parta-warning').first().waitFor(ATTACHED);
    // The composer check has run once it asks about a banned link.
    await typeInComposer(page, 'канал t.me/klass5a');
    await page.keyboard.press('Enter');
    await answerFix(page);
    const seen = await page.evaluate(() => ({
      messages: (window as unknown as { __messages: string[] }).__messages,
      entries: performance.getEntries().filter((entry) => entry.name.startsWith('parta:')).map((entry) => entry.name),
    }));
    expect(seen.messages.filter((data) => data.includes(harness.extensionId))).toEqual([]);
    expect(seen.entries).toEqual([]);
    await page.close();
  });
});
