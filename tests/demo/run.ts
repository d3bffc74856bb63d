/**
 * `npm run demo`: Chromium with the built extension on the saved MAX and VK pages, served at their
 * real addresses (nothing goes to the network). With a display it opens a window to try by hand;
 * without one (CI, a server) it runs headless and writes screenshots to demo-screenshots/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fixture, launch } from '../e2e/harness';

const headless = !process.env.DISPLAY || process.argv.includes('--headless');
const outDir = path.resolve('demo-screenshots');

/** A saved page with a banner that says it is a demo, not the real site. */
function demo(name: string, site: string): string {
  const banner =
    `<div role="note" style="position:fixed;z-index:2147483647;right:12px;top:12px;max-width:360px;padding:8px 12px;` +
    `border-radius:8px;background:#fff7d6;border:1px solid #e0b400;font:13px/1.4 system-ui,sans-serif;color:#3d3000">` +
    `<strong>Демонстрация Парты.</strong> Это страница-образец, а не настоящий сайт ${site}: ничего не отправляется.</div>`;
  return fixture(name).replace(/<body([^>]*)>/, (body) => `${body}${banner}`);
}

/**
 * The stores' images, from the screenshots just taken: 1280×800 screenshots (a caption in plain
 * words beside a real screen of Parta) and the 440×280 tile. Drawn as a page and photographed, so
 * no image library is needed.
 */
async function storeImages(from: string): Promise<void> {
  const store = path.join(from, 'store');
  fs.mkdirSync(store, { recursive: true });
  const image = (file: string) => `data:image/png;base64,${fs.readFileSync(file).toString('base64')}`;
  const page = await harness.context.newPage();
  const style = `<style>body{margin:0;font-family:system-ui,"Segoe UI",Roboto,sans-serif;color:#1d1d1f;background:#f4f1ea}
.slide{width:1280px;height:800px;display:flex;align-items:center;gap:40px;padding:0 48px;box-sizing:border-box}
.text{flex:0 0 330px}.text h1{font-size:34px;line-height:1.2;margin:0 0 16px;color:#1f3b73}.text p{font-size:19px;line-height:1.45;margin:0}
.shot{flex:1;display:flex;justify-content:center}.shot img{max-width:820px;max-height:720px;border-radius:10px;box-shadow:0 10px 40px rgba(0,0,0,.25)}</style>`;
  const slides: [string, string, string, string][] = [
    ['1-warning', 'Предупреждает о ссылках на запрещённые мессенджеры', 'Ссылка на Telegram, WhatsApp, Viber и другие в школьном чате MAX или «Сферума» — и Парта показывает предупреждение прямо у сообщения.', 'max-warning.png'],
    ['2-composer', 'Останавливает такую ссылку до отправки', 'Если учитель сам вставил запрещённую ссылку, Парта спросит перед отправкой и предложит заменить её чатом в «Сферуме» или MAX.', 'composer-guard.png'],
    ['3-checklist', 'Проверяет, все ли обязательные чаты созданы', 'На странице электронного журнала Парта показывает, каких чатов класса не хватает, и ведёт от «нет чата» до отправленного приглашения.', 'checklist.png'],
    ['4-invites', 'Помнит приглашения и кто вступил', 'Ссылки-приглашения хранятся на компьютере учителя: для какого класса и чата, отправлены ли, сколько вступило; копируются одной кнопкой.', 'invites.png'],
    ['5-moderation', 'Помогает модератору чата', 'Нарушение правил записывается в два клика, после четырёх Парта подскажет блокировку. Ничего не отправляется: всё остаётся на компьютере.', 'moderation-action.png'],
  ];
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const [name, title, text, shot] of slides) {
    const html = `<!doctype html><html lang="ru"><head><meta charset="utf-8">${style}</head><body><div class="slide"><div class="text"><h1></h1><p></p></div><div class="shot"><img alt=""></div></div></body></html>`;
    await page.setContent(html);
    await page.evaluate(([heading, words, source]) => {
      (document.querySelector('h1') as HTMLElement).textContent = heading;
      (document.querySelector('p') as HTMLElement).textContent = words;
      (document.querySelector('img') as HTMLImageElement).src = source;
    }, [title, text, image(path.join(from, shot))]);
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    await page.screenshot({ path: path.join(store, `screenshot-${name}.png`) });
  }
  // The small tile: the icon, the name, what it is for.
  await page.setViewportSize({ width: 440, height: 280 });
  await page.setContent(`<!doctype html><html lang="ru"><head><meta charset="utf-8"><style>body{margin:0;width:440px;height:280px;display:flex;align-items:center;gap:22px;padding:0 30px;box-sizing:border-box;background:#1f3b73;color:#fff;font-family:system-ui,"Segoe UI",Roboto,sans-serif}h1{font-size:44px;margin:0 0 8px}p{font-size:17px;line-height:1.35;margin:0;color:#dce6ff}img{width:112px;height:112px}</style></head><body><img alt=""><div><h1>Парта</h1><p>Школьные чаты по правилам: MAX, «Сферум», электронный журнал</p></div></body></html>`);
  await page.evaluate((source) => ((document.querySelector('img') as HTMLImageElement).src = source), image(path.resolve('public/icon/128.png')));
  await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
  await page.screenshot({ path: path.join(store, 'tile-440x280.png') });
  await page.close();
}

const harness = await launch({ headless });
harness.serve('https://web.max.ru/-68912345678', demo('max/chat.html', 'MAX'));
harness.serve('https://web.vk.me/convo/2000000001', demo('vk/convo.html', 'VK Мессенджера'));
harness.serve('https://vk.ru/im/convo/2000000011', demo('vk/convo-vk-ru.html', 'VK Мессенджера (vk.ru)'));
harness.serve('https://school.mos.ru/teacher/mentor/journals', demo('mesh/mentor.html', 'МЭШ'));
harness.serve('https://web.max.ru/-70000000015', demo('max/group.html', 'MAX'));
harness.serve('https://school.mos.ru/teacher/study-process/journal/my', demo('mesh/journal-my.html', 'МЭШ'));

const max = await harness.open('https://web.max.ru/-68912345678');
await max.waitForSelector('parta-warning');
const vk = await harness.open('https://web.vk.me/convo/2000000001');
await vk.waitForSelector('parta-warning');
const vkRu = await harness.open('https://vk.ru/im/convo/2000000011');
await vkRu.waitForSelector('parta-warning');
await harness.open('https://school.mos.ru/teacher/mentor/journals');
const group = await harness.open('https://web.max.ru/-70000000015');

if (headless) {
  fs.mkdirSync(outDir, { recursive: true });
  await max.setViewportSize({ width: 1100, height: 640 });
  await max.screenshot({ path: path.join(outDir, 'max-warning.png') });
  await vk.setViewportSize({ width: 1100, height: 640 });
  await vk.screenshot({ path: path.join(outDir, 'vk-warning.png') });
  const popup = await harness.openPopup(max);
  await popup.setViewportSize({ width: 372, height: 300 });
  await popup.waitForSelector('[data-testid="warnings"]');
  await popup.screenshot({ path: path.join(outDir, 'popup.png') });
  await max.bringToFront();
  await max.locator('[data-lexical-editor="true"]').click();
  await max.keyboard.type('Наш канал: t.me/klass5a');
  await max.keyboard.press('Enter');
  await max.waitForSelector('parta-dialog', { state: 'attached' });
  await max.screenshot({ path: path.join(outDir, 'composer-guard.png') });
  await max.keyboard.press('Escape');

  // The invite register: the «Запомнить приглашение» button, then the list in the popup.
  await max.locator('parta-invite').first().scrollIntoViewIfNeeded();
  await max.screenshot({ path: path.join(outDir, 'invite-capture.png') });
  const invites = await harness.context.newPage();
  await invites.setViewportSize({ width: 460, height: 600 });
  await invites.goto(`chrome-extension://${harness.extensionId}/popup.html`);
  const demoInvites = [
    { link: 'https://vk.me/join/AJQ1d0uWzyC/DNvIowlP2mLB', className: '5А', chat: 'Родители 5А' },
    { link: 'https://max.ru/join/Zx9yW8vU7tS6rQ5pO4nM3lK2jI1hG0fEdCbA987', className: '5А', chat: 'Ученики 5А' },
    { link: 'https://sferum.ru/?p=messages&join=AJQ1d9kLm2Np3Qr4St5Uv6Wx', className: '9В', chat: 'Учителя 9В' },
  ];
  for (const demo of demoInvites) {
    await invites.getByRole('button', { name: /Добавить/ }).click();
    await invites.getByLabel('Ссылка-приглашение').fill(demo.link);
    await invites.getByLabel('Название чата').fill(demo.chat);
    await invites.getByLabel('Класс или группа').fill(demo.className);
    await invites.getByRole('button', { name: 'Сохранить' }).click();
    await invites.getByTestId('said').filter({ hasText: 'сохранено' }).waitFor();
  }
  await invites.getByRole('button', { name: 'Копировать сообщение' }).first().click();
  await invites.locator('[data-status="sent"]').first().waitFor();
  await invites.screenshot({ path: path.join(outDir, 'invites.png') });

  // The e-journal: the popup on its tab lists the required chats, from the chats seen in MAX.
  const journal = await harness.open('https://school.mos.ru/teacher/study-process/journal/my');
  const checklist = await harness.openPopup(journal);
  await checklist.setViewportSize({ width: 460, height: 760 });
  await checklist.getByTestId('progress').waitFor();
  await checklist.screenshot({ path: path.join(outDir, 'checklist.png') });
  // The popup's first screen as the toolbar shows it (at most 600 px high): «Сегодня» and the first class.
  const today = await harness.openPopup(journal);
  await today.setViewportSize({ width: 460, height: 600 });
  await today.getByTestId('today').waitFor();
  await today.getByTestId('progress').waitFor();
  await today.screenshot({ path: path.join(outDir, 'today.png') });

  // The moderator: «Нарушение правил» on a pupil's message, the form, the advice after the fourth.
  await group.bringToFront();
  await group.setViewportSize({ width: 1100, height: 640 });
  await group.locator('.bubbleContent', { hasText: 'Скиньте ответы' }).hover();
  await group.waitForFunction(() => (document.querySelector('parta-moderation') as HTMLElement | null)?.style.display === 'block');
  await group.screenshot({ path: path.join(outDir, 'moderation-action.png') });
  const box = await group.locator('parta-moderation').boundingBox();
  if (box) {
    const [form] = await Promise.all([harness.context.waitForEvent('page'), group.mouse.click(box.x + box.width / 2, box.y + box.height / 2)]);
    await form.setViewportSize({ width: 520, height: 900 });
    await form.getByTestId('violation-form').waitFor();
    for (let count = 1; count <= 4; count++) {
      await form.getByRole('radio', { name: /^2\. / }).check();
      await form.getByTestId('violation-record').click();
      await form.getByRole('status').filter({ hasText: `в этом чате: ${count}.` }).waitFor();
    }
    await form.getByTestId('block-advice').scrollIntoViewIfNeeded();
    await form.screenshot({ path: path.join(outDir, 'moderation-form.png') });
  }
  await storeImages(outDir);
  console.log(`Screenshots written to ${outDir}, store images to ${path.join(outDir, 'store')}`);
  await harness.close();
} else {
  await harness.open('https://school.mos.ru/teacher/study-process/journal/my');
  console.log('Demo running: MAX (a class chat and a group chat to moderate), VK (web.vk.me and vk.ru) and МЭШ demo pages are open with Parta. Close the browser to stop.');
  await new Promise<void>((resolve) => harness.context.on('close', () => resolve()));
}
