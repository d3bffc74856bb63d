/**
 * The content script in headless Chromium on a MAX page with 5,000 messages (1% with a banned
 * link): the initial scan (median of seven loads, each against its own floor), and appended messages
 * amortised — against, in the same run, the floor of any scan (the page reading every message's text once).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { launch } from '../e2e/harness';
import { chatCorpus } from './corpus';

/** The tab's JavaScript heap after a forced collection (the page and every content script in it). */
async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  for (let round = 0; round < 3; round++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

/** The same page in a browser without the extension: what the tab holds on its own. */
async function heapWithoutExtension(html: string, url: string): Promise<number> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'parta-bench-plain-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    await context.route('**/*', (route) => (route.request().url().split('#')[0] === url ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }) : route.abort()));
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForTimeout(1500);
    return await heapAfterGc(page);
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

function maxPage(messages: string[]): string {
  const rows = messages
    .map((text, index) => {
      const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
      // A group chat: every fifth message starts a sender's run (the name on its first bubble).
      const sender = index % 5 === 0 ? `<div class="header"><span class="name"><span class="text">Участник ${index % 97}</span></span></div>` : '';
      return `<div class="item" data-index="${index}"><div class="messageWrapper"><div class="message"><div data-bubbles-variant="incoming"><div class="bubble"><div class="bubbleContent">${sender}<span class="text">${escaped}</span></div></div></div></div></div></div>`;
    })
    .join('');
  return `<!doctype html><html data-parta-bench lang="ru"><head><meta charset="utf-8"></head><body>
<main class="openedChat" aria-labelledby="main-header-title"><header><h1 id="main-header-title">5А Ученики</h1></header><div class="history"><div class="scrollListContent" id="history">${rows}</div></div></main></body></html>`;
}

/** The floor of any scan: the page reading every message's text once, timed in the page. */
function readAllText(page: Page): Promise<number> {
  return page.evaluate(() => {
    const start = performance.now();
    let length = 0;
    for (const element of document.querySelectorAll('.history .bubbleContent')) length += (element.textContent ?? '').length;
    return length >= 0 ? performance.now() - start : 0;
  });
}

export async function benchScan(): Promise<Record<string, number>> {
  const messages = chatCorpus(2_000_000, 0.01, 7).split('\n').slice(0, 6000);
  const initial = messages.slice(0, 5000);
  const appended = messages.slice(5000, 6000);
  const harness = await launch();
  try {
    const url = 'https://web.max.ru/-1';
    const html = maxPage(initial);
    harness.serve(url, html);
    // The scan against the floor on fresh loads of the page: one load is noise on these machines,
    // so the ratio is the median of each load's own ratio (scan and floor measured in that load).
    const loads: { scan: number; floor: number }[] = [];
    for (let load = 0; load < 7; load++) {
      const fresh = await harness.open(url);
      await fresh.waitForFunction(() => performance.getEntriesByName('parta:initial-scan').length > 0);
      const scan = await fresh.evaluate(() => performance.getEntriesByName('parta:initial-scan')[0].duration);
      loads.push({ scan, floor: await readAllText(fresh) });
      await fresh.close();
    }
    const middle = <T>(values: T[], of: (value: T) => number) => values.map(of).sort((a, b) => a - b)[Math.floor(values.length / 2)];
    const page = await harness.open(url);
    await page.waitForFunction(() => performance.getEntriesByName('parta:initial-scan').length > 0);
    const initialScanMs = middle(loads, (load) => load.scan);
    // The invite-capture script reads the history in idle-time chunks: its total and its longest.
    await page.waitForFunction(() => performance.getEntriesByName('parta:capture-done').length > 0);
    const captureChunks = await page.evaluate(() => performance.getEntriesByName('parta:capture-chunk').map((entry) => entry.duration));
    // The moderation feature reads every message's sender once per change of the chat's people.
    await page.waitForFunction(() => performance.getEntriesByName('parta:moderation-read').length > 0);
    const moderationReadMs = await page.evaluate(() => performance.getEntriesByName('parta:moderation-read')[0].duration);
    const floorMs = middle(loads, (load) => load.floor);
    const badges = await page.evaluate(() => document.querySelectorAll('parta-warning').length);
    // Append one message per frame, as a chat does, and sum the scanner's batch times.
    await page.evaluate(async (texts: string[]) => {
      const history = document.getElementById('history') as HTMLElement;
      for (const text of texts) {
        const item = document.createElement('div');
        item.className = 'item';
        const bubble = document.createElement('div');
        bubble.className = 'bubbleContent';
        const span = document.createElement('span');
        span.className = 'text';
        span.textContent = text;
        bubble.append(span);
        item.append(bubble);
        history.append(item);
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }, appended);
    const batches = await page.evaluate(() => performance.getEntriesByName('parta:batch').map((entry) => entry.duration));
    // Memory: the tab with Parta after 5,000 (+1,000) messages, against the same page without it
    // (the appended messages removed again, so both hold the same 5,000).
    await page.evaluate((count: number) => {
      const history = document.getElementById('history') as HTMLElement;
      while (history.children.length > count) history.lastElementChild?.remove();
    }, initial.length);
    await page.waitForTimeout(1000);
    const heapWith = await heapAfterGc(page);
    const heapWithout = await heapWithoutExtension(html, url);
    const appendedTotal = batches.reduce((sum, value) => sum + value, 0);
    return {
      messages: initial.length,
      badgesAfterInitialScan: badges,
      initialScanMs,
      inviteCaptureTotalMs: captureChunks.reduce((sum, value) => sum + value, 0),
      inviteCaptureLongestChunkMs: Math.max(...captureChunks),
      inviteCaptureChunks: captureChunks.length,
      moderationReadMs,
      moderationVsFloor: moderationReadMs / Math.max(floorMs, 0.01),
      readAllTextFloorMs: floorMs,
      initialVsFloor: middle(loads, (load) => load.scan / Math.max(load.floor, 0.01)),
      appendedMessages: appended.length,
      batches: batches.length,
      appendedPerMessageMs: appendedTotal / appended.length,
      tabHeapWithMB: heapWith / 2 ** 20,
      tabHeapWithoutMB: heapWithout / 2 ** 20,
      extensionAddsMB: (heapWith - heapWithout) / 2 ** 20,
    };
  } finally {
    await harness.close();
  }
}
