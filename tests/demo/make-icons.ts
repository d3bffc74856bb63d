/**
 * Draws the extension icon (public/icon/<size>.png) in Chromium from one SVG: a school desk that is
 * also the letter «П» of «Парта». Run with `npx tsx tests/demo/make-icons.ts` after changing it.
 * The 128-px icon (store and install page) is the 96-px drawing with 16 px of transparent padding
 * around it, as the Chrome Web Store asks; the toolbar sizes fill their square.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="28" fill="#0b57d0"/>
  <rect x="22" y="34" width="84" height="16" rx="5" fill="#fff"/>
  <rect x="30" y="50" width="14" height="48" rx="4" fill="#fff"/>
  <rect x="84" y="50" width="14" height="48" rx="4" fill="#fff"/>
  <rect x="50" y="60" width="28" height="8" rx="3" fill="#f5a623"/>
</svg>`;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const size of [16, 32, 48, 96, 128]) {
  await page.setViewportSize({ width: size, height: size });
  const drawn = size === 128 ? 96 : size;
  const padding = (size - drawn) / 2;
  await page.setContent(
    `<html><body style="margin:0;padding:${padding}px;background:transparent">${SVG.replace('<svg ', `<svg style="display:block" width="${drawn}" height="${drawn}" `)}</body></html>`,
  );
  await page.screenshot({ path: path.resolve('public/icon', `${size}.png`), omitBackground: true });
}
await browser.close();
console.log(`Icons written: ${fs.readdirSync(path.resolve('public/icon')).join(', ')}`);
