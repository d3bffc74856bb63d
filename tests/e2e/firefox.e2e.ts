/**
 * The Firefox build in a real Firefox (Debian's firefox-esr, puppeteer-core over WebDriver BiDi;
 * recipe in shared/docs/testing.md): warnings, the composer guard, the invite-capture button and the
 * popup, on the saved MAX page served at its real address. This is how we know the Firefox zip works.
 */
import fs from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixture } from './harness';
import { appendMaxMessage } from './page-scripts';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const BUILD = path.resolve('.output/firefox-mv2');
const GECKO_ID = 'parta@parta.school';
const UUID = '11111111-2222-3333-4444-555555555555'; // fixes the moz-extension:// host
const MAX_URL = 'https://web.max.ru/-68912345678';

let browser: Browser;
const stray: string[] = [];

beforeAll(async () => {
  if (!fs.existsSync(path.join(BUILD, 'manifest.json'))) throw new Error(`No Firefox build at ${BUILD}: run "npm run test:e2e".`);
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    protocol: 'webDriverBiDi',
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }) },
  });
  await browser.installExtension(BUILD);
});

afterAll(async () => {
  await browser?.close();
  expect(stray).toEqual([]);
});

/** A page whose requests are answered from fixtures; anything else is refused and recorded. */
async function open(url: string, html: string): Promise<Page> {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const target = request.url();
    if (target.split('#')[0] === url) void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    else if (target.startsWith('moz-extension://') || target.startsWith('data:')) void request.continue();
    // Firefox itself asks for the tab icon of every page: not a request of Parta's.
    else if (new URL(target).pathname === '/favicon.ico') void request.abort();
    else {
      stray.push(target);
      void request.abort();
    }
  });
  await page.goto(url);
  return page;
}

/** The popup as a page of its own, once its invitations list has been drawn. */
async function openPopup(): Promise<Page> {
  const popup = await browser.newPage();
  // Under BiDi the navigation promise of an extension page never settles: wait for the page instead.
  void popup.goto(`moz-extension://${UUID}/popup.html`).catch(() => undefined);
  // A query that meets the switch from about:blank to the extension page fails inside BiDi
  // («right-hand side of 'in' should be an object»): ask again until the page answers.
  for (let attempt = 0; attempt < 100; attempt++) {
    const ready = await popup.$eval('#invites-title', (element) => element.textContent).catch(() => null);
    if (ready !== null) return popup;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the popup did not open');
}

describe('Firefox build', () => {
  test('flags the Telegram link and offers to remember the MAX invitation', async () => {
    const page = await open(MAX_URL, fixture('max/chat.html'));
    await page.waitForSelector('parta-warning');
    const warnings = await page.$$eval('parta-warning', (elements) => elements.map((element) => element.getAttribute('data-parta-warning')));
    expect(warnings).toEqual(['telegram']);
    // The badge's own styles apply (a sheet shared by every badge, or each badge's own <style>).
    expect(await page.$eval('parta-warning', (host) => [getComputedStyle(host).display, getComputedStyle(host).marginTop])).toEqual(['block', '4px']);
    await page.waitForSelector('parta-invite');
    await page.close();
  });

  test('stops a message with a banned link before it is sent', async () => {
    const page = await open(MAX_URL, fixture('max/chat.html'));
    await page.waitForSelector('parta-warning');
    await page.click('[data-lexical-editor="true"]');
    await page.keyboard.type('Наш канал: t.me/klass5a');
    await page.keyboard.press('Enter');
    await page.waitForSelector('parta-dialog[data-parta-dialog="composer"]');
    const sent = await page.evaluate(() => (window as unknown as { __sent?: string[] }).__sent ?? []);
    expect(sent).toEqual([]);
    await page.close();
  });

  test('a forged WXT «script started» event from the page switches nothing off', async () => {
    const page = await open(MAX_URL, fixture('max/chat.html'));
    await page.waitForSelector('parta-warning');
    await page.evaluate((id) => {
      for (const name of ['messenger', 'capture']) {
        const type = `${id}:${name}:wxt:content-script-started`;
        document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: name, messageId: 'forged' } }));
        window.postMessage({ type, contentScriptName: name, messageId: 'forged' }, '*');
      }
    }, GECKO_ID);
    await page.evaluate(appendMaxMessage, 'Новый канал: t.me/klass5a_new');
    await page.waitForFunction(() => document.querySelectorAll('parta-warning').length === 2);
    await page.click('[data-lexical-editor="true"]');
    await page.keyboard.type('Пишите в t.me/klass5a');
    await page.keyboard.press('Enter');
    await page.waitForSelector('parta-dialog[data-parta-dialog="composer"]');
    expect(await page.evaluate(() => (window as unknown as { __sent?: string[] }).__sent ?? [])).toEqual([]);
    await page.close();
  });

  test('Ctrl+Enter, a pointerdown send button found by structure and a form submit are all held', async () => {
    const page = await open('https://web.max.ru/-70000000099', fixture('max/hostile.html'));
    await page.waitForSelector('parta-warning');
    const sentNow = () => page.evaluate(() => (window as unknown as { __sent: string[] }).__sent);
    const fix = async () => {
      await page.waitForSelector('parta-dialog[data-parta-dialog="composer"]');
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.querySelector('parta-dialog'));
    };
    await page.click('[role="textbox"]');
    await page.keyboard.type('канал: t.me/klass5a');
    await page.keyboard.down('Control');
    await page.keyboard.press('Enter');
    await page.keyboard.up('Control');
    await fix();
    for (const selector of ['.send-by-structure', '.submit-first']) {
      const box = await (await page.$(selector))!.boundingBox();
      await page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2);
      await fix();
    }
    expect(await sentNow()).toEqual([]);
    await page.close();
  });

  test('VK at vk.ru: links in a card and an attachment are flagged', async () => {
    const page = await open('https://vk.ru/im/convo/2000000011', fixture('vk/convo-vk-ru.html'));
    await page.waitForFunction(() => document.querySelectorAll('parta-warning').length === 2);
    const warnings = await page.$$eval('parta-warning', (elements) => elements.map((element) => element.getAttribute('data-parta-warning')));
    expect(warnings).toEqual(['telegram', 'discord']);
    await page.close();
  });

  test('an invitation added in the popup is listed again from IndexedDB when the popup opens next', async () => {
    const link = 'https://vk.me/join/AJQ1d0uWzyC/DNvIowlP2mLB';
    const adding = await openPopup();
    await adding.click('::-p-text(Добавить)');
    await adding.type('#invite-link', link);
    await adding.type('#invite-class', '5А');
    await adding.type('#invite-chat', 'Родители 5А');
    await adding.click('form[data-testid="invite-form"] button[type="submit"]');
    await adding.waitForSelector('[data-testid="invite"]');
    await adding.close();

    const popup = await openPopup();
    const listed = await popup.waitForSelector('[data-testid="invite"] code');
    expect(await listed!.evaluate((element) => element.textContent)).toBe(link);
    expect(await popup.$$eval('[data-testid="invite"]', (rows) => rows.length)).toBe(1);
    await popup.close();
  });
});
