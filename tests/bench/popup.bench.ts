/**
 * The popup's invite list in headless Chromium: first render (from navigation to the list on
 * screen, IndexedDB read and validation included) with 1,000 invitations in 40 classes and with
 * 10,000, against an empty register in the same run; then list operations at 10,000 (filter,
 * search, scroll), each timed to the next painted frame.
 */
import type { Page } from 'playwright-core';
import { launch, type Harness } from '../e2e/harness';
import { applyInviteAction, createInvite, exportRegister, type InviteRecord } from '../../lib/invites/index';

const DAY = 24 * 60 * 60 * 1000;
const CLASSES = Array.from({ length: 40 }, (_, index) => `${(index % 10) + 1}${'АБВГ'[Math.floor(index / 10)]}`);
const PURPOSES = ['students', 'parents', 'teachers', 'subject'] as const;
const ROLES = ['student', 'parent', 'teacher', 'student'] as const;

export function inviteCorpus(count: number, now: number): InviteRecord[] {
  const records: InviteRecord[] = [];
  for (let index = 0; index < count; index++) {
    const className = CLASSES[index % CLASSES.length];
    const kind = index % PURPOSES.length;
    const created = createInvite(
      {
        link: `https://vk.me/join/AJQ1d${String(index).padStart(8, '0')}BenchCode`,
        className,
        chatTitle: `${['Ученики', 'Родители', 'Учителя', 'Математика'][kind]} ${className}`,
        chatPurpose: PURPOSES[kind],
        role: ROLES[kind],
        recipients: index % 3 === 0 ? `семья №${index}` : '',
      },
      now - 30 * DAY + index,
      `bench-${index}`,
    );
    if (!created.ok) throw new Error('bench corpus link is invalid');
    let record = created.record;
    // A realistic mix: most sent, some done or annulled, a tenth stale.
    if (index % 5 !== 0) {
      const sent = applyInviteAction(record, { type: 'send' }, now - (index % 10 === 1 ? 20 : 1) * DAY);
      if (sent.ok) record = sent.record;
    }
    if (index % 7 === 0) {
      const done = applyInviteAction(record, { type: 'done' }, now - DAY);
      if (done.ok) record = done.record;
    }
    records.push(record);
  }
  return records;
}

async function importRegister(harness: Harness, records: InviteRecord[]): Promise<void> {
  const options = await harness.openOptions();
  const file = JSON.stringify(exportRegister(records, Date.now()));
  await options.getByLabel('Загрузить из файла…').setInputFiles({ name: 'bench.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await options.getByRole('button', { name: 'Загрузить', exact: true }).click();
  await options.getByTestId('backup-message').filter({ hasText: 'Загружено' }).waitFor({ timeout: 60_000 });
  await options.close();
}

/**
 * Milliseconds to the list being on screen (median of `runs`): from navigation start (what the
 * teacher waits, page load included) and from the popup script's start (Parta's own work).
 */
async function firstRender(harness: Harness, runs: number): Promise<{ fromNavigation: number; fromScript: number; cold: number }> {
  const fromNavigation: number[] = [];
  const fromScript: number[] = [];
  for (let run = 0; run < runs; run++) {
    const popup = await harness.context.newPage();
    await popup.goto(`chrome-extension://${harness.extensionId}/popup.html`);
    await popup.waitForFunction(() => performance.getEntriesByName('parta:invites-rendered').length > 0, undefined, { timeout: 30_000 });
    const [rendered, started] = await popup.evaluate(() => [
      performance.getEntriesByName('parta:invites-rendered')[0].startTime,
      performance.getEntriesByName('parta:popup-start')[0].startTime,
    ]);
    fromNavigation.push(rendered);
    fromScript.push(rendered - started);
    await popup.close();
  }
  // The first opening of the set: nothing of the popup compiled or cached yet for this register.
  return { fromNavigation: median(fromNavigation), fromScript: median(fromScript), cold: fromNavigation[0] };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Runs `change` in the page and times it to the second frame after (render + paint). */
async function timed(page: Page, change: string): Promise<number> {
  return page.evaluate(async (code: string) => {
    const start = performance.now();
    new Function(code)();
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return performance.now() - start;
  }, change);
}

export async function benchPopup(): Promise<Record<string, number>> {
  const now = Date.now();
  const harness = await launch();
  try {
    const empty = await firstRender(harness, 7);
    await importRegister(harness, inviteCorpus(1_000, now));
    const thousand = await firstRender(harness, 7);
    await importRegister(harness, inviteCorpus(10_000, now));
    const tenThousand = await firstRender(harness, 5);

    const popup = await harness.context.newPage();
    await popup.goto(`chrome-extension://${harness.extensionId}/popup.html`);
    await popup.waitForFunction(() => performance.getEntriesByName('parta:invites-rendered').length > 0);
    const select = (name: string, value: string) =>
      `const s = document.querySelector('select[name="${name}"]'); s.value = '${value}'; s.dispatchEvent(new Event('change', { bubbles: true }));`;
    // Baseline: the same timing around a change that renders nothing (two frames of waiting).
    const frames: number[] = [];
    for (let run = 0; run < 5; run++) frames.push(await timed(popup, 'void 0'));
    const twoFramesMs = median(frames);
    const filterAll = await timed(popup, select('filter', 'all'));
    const filterStale = await timed(popup, select('filter', 'stale'));
    const filterAllAgain = await timed(popup, select('filter', 'all'));
    const search = await timed(
      popup,
      `const i = document.querySelector('input[name="search"]'); i.value = 'Родители 7'; i.dispatchEvent(new Event('input', { bubbles: true }));`,
    );
    await timed(popup, `const i = document.querySelector('input[name="search"]'); i.value = ''; i.dispatchEvent(new Event('input', { bubbles: true }));`);
    const scrolls: number[] = [];
    for (const fraction of [0.1, 0.35, 0.6, 0.85, 0.99]) {
      scrolls.push(await timed(popup, `const l = document.querySelector('.virtual-list'); l.scrollTop = l.scrollHeight * ${fraction}; l.dispatchEvent(new Event('scroll'));`));
    }
    const rendered = await popup.evaluate(() => document.querySelectorAll('[data-testid="invite"]').length);
    return {
      coldFirstOpenEmptyMs: empty.cold,
      coldFirstOpen10000Ms: tenThousand.cold,
      firstRenderEmptyFromNavigationMs: empty.fromNavigation,
      firstRenderEmptyFromScriptMs: empty.fromScript,
      firstRender1000FromNavigationMs: thousand.fromNavigation,
      firstRender1000FromScriptMs: thousand.fromScript,
      ratio1000VsEmptyFromNavigation: thousand.fromNavigation / empty.fromNavigation,
      firstRender10000FromNavigationMs: tenThousand.fromNavigation,
      firstRender10000FromScriptMs: tenThousand.fromScript,
      ratio10000VsEmptyFromNavigation: tenThousand.fromNavigation / empty.fromNavigation,
      twoFramesBaselineMs: twoFramesMs,
      filterAll10000Ms: Math.max(filterAll, filterAllAgain),
      filterStale10000Ms: filterStale,
      search10000Ms: search,
      scrollWorst10000Ms: Math.max(...scrolls),
      rowsInDomAt10000: rendered,
    };
  } finally {
    await harness.close();
  }
}
