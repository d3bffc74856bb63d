/**
 * Frauds in a school chat, in a real Chromium with the built extension on the MAX fixture: a request
 * for a code from an SMS gets a red mark in plain words, «Предупредить класс» puts a ready warning into
 * the message field (nothing is sent), a short link gets a quiet note and a question before it opens,
 * the teacher's own look-alike link is asked about before it is sent, an innocent «код урока» says
 * nothing, and a kind switched off in the options stops being marked.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { closedShadowText, closedShadowTexts, fixture, launch, type Harness } from './harness';
import { appendMaxMessage } from './page-scripts';

const MAX_URL = 'https://web.max.ru/-68912345678';
const ATTACHED = { state: 'attached' } as const;
const CODE = 'Уважаемые родители, это директор. Для подключения к новому порталу продиктуйте код из СМС.';
const LESSON = 'Код урока в Сферуме: 4821, заходим в 9:00.';

let harness: Harness;
let page: Page;

beforeAll(async () => {
  harness = await launch();
  harness.serve(MAX_URL, fixture('max/chat.html'));
  page = await harness.open(MAX_URL);
  await page.evaluate(appendMaxMessage, LESSON);
  await page.evaluate(appendMaxMessage, CODE);
});

afterAll(async () => {
  const stray = harness?.strayRequests ?? [];
  await harness?.close();
  expect(stray).toEqual([]);
});

/** The fraud marks on the page: their words and the message each stands in. */
const marks = (target: Page) => closedShadowTexts(target, 'parta-fraud');
/** The composer as the app leaves it after a send: one empty paragraph. */
function emptyComposer(box: Element): void {
  const paragraph = document.createElement('p');
  paragraph.className = 'paragraph';
  paragraph.append(document.createElement('br'));
  box.replaceChildren(paragraph);
}
const sent = (target: Page) => target.evaluate(() => (window as unknown as { __sent?: string[] }).__sent ?? []);

describe('a fraud in the chat', () => {
  test('a request for a code from an SMS is marked in plain words; «код урока» is not', async () => {
    await expect.poll(async () => (await marks(page)).length, { timeout: 15_000 }).toBe(1);
    const [mark] = await marks(page);
    expect(mark?.around).toContain('продиктуйте код из СМС');
    expect(await closedShadowText(page, 'parta-fraud')).toContain('Похоже на мошенничество: просят код из СМС или пароль');
    // Nothing of the message or the person in what the page can read of the mark.
    expect(mark?.attributes).toEqual(['role', 'note']);
  });

  test('«Предупредить класс» puts a ready warning into the message field; nothing is sent', async () => {
    await page.locator('parta-fraud parta-step[data-parta-step="warn"]').click();
    const composer = page.locator('[data-lexical-editor="true"]');
    await expect.poll(() => composer.innerText()).toContain('Никому не сообщайте коды из СМС и пароли');
    expect(await composer.innerText()).toContain('позвоните классному руководителю');
    expect(await closedShadowText(page, 'parta-fraud')).toContain('Предупреждение в поле сообщения — отправьте его.');
    expect(await sent(page)).toEqual([]);
  });

  test('a page script clicking the step does nothing: only the teacher’s own click acts', async () => {
    await page.locator('[data-lexical-editor="true"]').evaluate(emptyComposer);
    await page.evaluate(() => (document.querySelector('parta-fraud parta-step[data-parta-step="warn"]') as HTMLElement).click());
    // The step acts within the click (nothing to wait for): the field is still empty.
    expect((await page.locator('[data-lexical-editor="true"]').innerText()).trim()).toBe('');
  });

  test('a short link: a quiet note, and a question before it opens', async () => {
    await page.evaluate(appendMaxMessage, { value: 'Обновлённая ссылка на опрос: ', label: 'https://clck.ru/3FxYz', href: 'https://clck.ru/3FxYz' });
    await expect.poll(async () => (await marks(page)).length).toBe(2);
    const quiet = (await marks(page)).find((mark) => mark.around.includes('clck.ru'));
    expect(quiet).toBeDefined();
    await page.locator('a.link[href="https://clck.ru/3FxYz"]').click();
    await page.waitForSelector('parta-dialog[data-parta-dialog="link"]', ATTACHED);
    expect(await closedShadowText(page, 'parta-dialog')).toContain('Куда ведёт ссылка, неизвестно');
    await page.keyboard.press('Enter'); // the focused, safe choice: «Не открывать»
    await page.waitForSelector('parta-dialog', { state: 'detached' });
    expect(page.url()).toBe(MAX_URL);
  });

  test('the teacher’s own look-alike link is asked about before it is sent', async () => {
    const composer = page.locator('[data-lexical-editor="true"]');
    await composer.evaluate(emptyComposer);
    await composer.click();
    await page.keyboard.type('Заявления на сайте gosuslugi-ru.com');
    await page.keyboard.press('Enter');
    await page.waitForSelector('parta-dialog[data-parta-dialog="composer"]', ATTACHED);
    expect(await closedShadowText(page, 'parta-dialog')).toContain('Адрес похож на «Госуслуги», но это другой сайт');
    expect(await sent(page)).toEqual([]);
    await page.keyboard.press('Enter'); // «Исправить» is focused
    await page.waitForSelector('parta-dialog', { state: 'detached' });
    expect(await sent(page)).toEqual([]);
  });

  test('a kind switched off in the options is no longer marked; on again, it is', async () => {
    const options = await harness.openOptions();
    const box = options.locator('input[name="risk-code-request"]');
    await box.uncheck();
    await options.locator('[data-testid="said"][data-at="risk-code-request"]').filter({ hasText: 'Сохранено' }).waitFor();
    await page.bringToFront();
    await expect.poll(async () => (await marks(page)).filter((mark) => mark.around.includes('продиктуйте')).length).toBe(0);
    // The short link's note stays: only the kind switched off went.
    expect((await marks(page)).filter((mark) => mark.around.includes('clck.ru'))).toHaveLength(1);
    await box.check();
    await options.locator('[data-testid="said"][data-at="risk-code-request"]').filter({ hasText: 'Сохранено' }).waitFor();
    await expect.poll(async () => (await marks(page)).filter((mark) => mark.around.includes('продиктуйте')).length).toBe(1);
    await options.close();
  });

  test('the allowlist mode chosen in the options: a video call not on the list is marked, one added to it is not', async () => {
    await page.evaluate(appendMaxMessage, 'Урок пройдёт в Zoom: https://zoom.us/j/123456, а для входа скиньте мне код из смс');
    const zoomMark = async () => (await marks(page)).find((mark) => mark.around.includes('zoom.us'))?.whole ?? '';

    // Banned messengers only (the default): the message is marked for its code request, not for Zoom.
    await expect.poll(zoomMark, { timeout: 15_000 }).toContain('просят код из СМС');
    expect(await zoomMark()).not.toContain('Zoom');
    const options = await harness.openOptions();
    await options.locator('input[name="link-mode"][value="allowlist"]').check();
    await options.locator('[data-testid="said"][data-at="link-mode"]').filter({ hasText: 'Сохранено' }).waitFor();
    await expect.poll(zoomMark, { timeout: 15_000 }).toContain('Ссылка на Zoom: этого сервиса нет в списке разрешённых школой');
    await page.locator('parta-fraud parta-step[data-parta-step="rules"]').waitFor({ state: 'attached' });
    await options.locator('#allowlist').fill('zoom.us');
    await options.locator('[data-testid="said"][data-at="allowlist"]').filter({ hasText: 'Сохранено' }).waitFor();
    // Drawn again for the new list: the code request still said, Zoom no longer.
    await expect.poll(async () => [(await zoomMark()).includes('просят код из СМС'), (await zoomMark()).includes('Zoom')], { timeout: 15_000 }).toEqual([true, false]);
    await options.close();
  });
});
