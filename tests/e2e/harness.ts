/**
 * End-to-end harness: Debian's Chromium with the built extension (.output/chrome-mv3), fixture
 * pages served at the real site URLs through context.route(), and a record of every request —
 * anything that is not a fixture is aborted and reported: Parta must make no network requests.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const EXTENSION_PATH = path.resolve('.output/chrome-mv3');
export const FIXTURES = path.resolve('tests/fixtures');

export function fixture(name: string): string {
  return fs.readFileSync(path.join(FIXTURES, name), 'utf8');
}

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Requests that were neither a served fixture nor the extension's own files. */
  strayRequests: string[];
  serve(url: string, html: string): void;
  open(url: string): Promise<Page>;
  /** The popup as a page, reporting on the tab showing `page` (`?tab=` — see browser-connector). */
  openPopup(page: Page): Promise<Page>;
  openOptions(): Promise<Page>;
  /**
   * The popup as the teacher opens it: the toolbar button over the active tab showing `page`, no
   * `?tab=`. A real popup is no page of Playwright's: it is read through another extension page.
   */
  openToolbarPopup(page: Page): Promise<ToolbarPopup>;
  /** The browser profile's folder: `launch({ profile })` starts the browser on it again. */
  profile: string;
  /** Closes the browser; the profile is deleted unless `keepProfile` (to restart on it). */
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

export interface ToolbarPopup {
  /** The popup's address and its text as the teacher sees it. */
  read(): Promise<{ url: string; text: string } | null>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  /** Start on an existing profile (a browser restart): no install, no welcome tab. */
  profile?: string;
  /**
   * Keep the welcome tab that a fresh install opens. By default it is closed: it would become the
   * active tab and the browser would throttle the pages under test.
   */
  keepWelcome?: boolean;
  /** The unpacked extension's folder (default: the build in .output/chrome-mv3). */
  extensionPath?: string;
}

export async function launch(options: LaunchOptions = {}): Promise<Harness> {
  const extensionPath = options.extensionPath ?? EXTENSION_PATH;
  if (!fs.existsSync(path.join(extensionPath, 'manifest.json'))) {
    throw new Error(`No build at ${extensionPath}: run "npm run test:e2e", which builds first.`);
  }
  const profile = options.profile ?? fs.mkdtempSync(path.join(os.tmpdir(), 'parta-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: options.headless ?? true,
    locale: 'ru-RU',
    args: [
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  context.setDefaultTimeout(10_000);
  const pages = new Map<string, string>();
  const strayRequests: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    const body = pages.get(url.split('#')[0]);
    if (url.startsWith('chrome-extension://')) {
      await route.continue(); // the extension's own files: not network
    } else if (body !== undefined) {
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    } else {
      strayRequests.push(url);
      await route.abort('blockedbyclient');
    }
  });
  context.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('chrome-extension://') || url.startsWith('data:') || url === 'about:blank') return;
    if (!pages.has(url.split('#')[0]) && !strayRequests.includes(url)) strayRequests.push(url);
  });

  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  if (!options.profile && !options.keepWelcome) {
    const isWelcome = (page: Page) => page.url().includes('/options.html?welcome');
    const welcome =
      context.pages().find(isWelcome) ?? (await context.waitForEvent('page', { predicate: isWelcome, timeout: 5_000 }).catch(() => null));
    await welcome?.close();
  }

  const harness: Harness = {
    context,
    extensionId,
    worker,
    strayRequests,
    serve(url, html) {
      pages.set(url, html);
    },
    async open(url) {
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    async openPopup(page) {
      const url = page.url();
      const tabId = await worker.evaluate(async (target: string) => {
        type Tabs = { tabs: { query(query: object): Promise<{ id?: number; url?: string }[]> } };
        const tabs = await (globalThis as unknown as { chrome: Tabs }).chrome.tabs.query({});
        return tabs.find((tab) => tab.url === target)?.id ?? null;
      }, url);
      if (!tabId) throw new Error(`No tab found for ${url}`);
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
      return popup;
    },
    async openToolbarPopup(page) {
      // Opened first: an extension page that comes to the front later would close the popup.
      const viewer = await context.newPage();
      await viewer.goto(`chrome-extension://${extensionId}/options.html`);
      await page.bringToFront();
      await worker.evaluate(() => (globalThis as unknown as { chrome: { action: { openPopup(): Promise<void> } } }).chrome.action.openPopup());
      return {
        read: () =>
          viewer.evaluate(() => {
            type Views = { extension: { getViews(filter: object): Window[] } };
            const [popup] = (globalThis as unknown as { chrome: Views }).chrome.extension.getViews({ type: 'popup' });
            return popup ? { url: popup.location.href, text: popup.document.body.innerText } : null;
          }),
        close: () => viewer.close(),
      };
    },
    async openOptions() {
      const options = await context.newPage();
      await options.goto(`chrome-extension://${extensionId}/options.html`);
      return options;
    },
    profile,
    async close(closeOptions = {}) {
      await context.close();
      if (!closeOptions.keepProfile) fs.rmSync(profile, { recursive: true, force: true });
    },
  };
  return harness;
}

/** Waits until the content script has scanned the page (it marks nothing itself: poll badges). */
export async function badges(page: Page): Promise<string[]> {
  return page.$$eval('parta-warning', (elements) => elements.map((element) => element.getAttribute('data-parta-warning') ?? ''));
}

/**
 * A mouse press where the element is, as a hand does it. Playwright's click() re-checks its target
 * between the press's events and retries when Parta's dialog opens on pointerdown — which it now
 * does, because some send buttons act on pointerdown.
 */
export async function pressAt(page: Page, selector: string): Promise<void> {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not visible`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

interface ProtocolNode {
  nodeType: number;
  nodeName: string;
  localName?: string;
  nodeValue?: string;
  children?: ProtocolNode[];
  shadowRoots?: ProtocolNode[];
  attributes?: string[];
}

/** A node's light-DOM text, as the DevTools protocol describes it. */
function protocolText(node: ProtocolNode): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  return (node.children ?? []).map(protocolText).join('');
}

/**
 * What Parta shows inside the closed shadow roots of its `tag` elements — each host's chips (spans)
 * joined by « · », its whole text, the text of the element it stands in and its attributes. Read through the
 * DevTools protocol: a test-only path, since no script of the page can open a closed root.
 */
export async function closedShadowTexts(page: Page, tag: string): Promise<{ text: string; whole: string; around: string; attributes: string[] }[]> {
  const session = await page.context().newCDPSession(page);
  try {
    const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: ProtocolNode };
    const found: { text: string; whole: string; around: string; attributes: string[] }[] = [];
    const walk = (node: ProtocolNode, parent: ProtocolNode | null) => {
      if (node.localName === tag) {
        const spans = (node.shadowRoots ?? []).flatMap((shadow) => (shadow.children ?? []).filter((child) => child.localName === 'span'));
        const whole = (node.shadowRoots ?? []).map(protocolText).join('');
        found.push({ text: spans.map(protocolText).join(' · '), whole, around: parent ? protocolText(parent) : '', attributes: node.attributes ?? [] });
      }
      for (const child of node.children ?? []) walk(child, node);
      for (const shadow of node.shadowRoots ?? []) walk(shadow, node);
    };
    walk(root, null);
    return found;
  } finally {
    await session.detach();
  }
}

/** The whole text inside the closed shadow root of the first `tag` element (a dialog's title, body, buttons). */
export async function closedShadowText(page: Page, tag: string): Promise<string> {
  const session = await page.context().newCDPSession(page);
  try {
    const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: ProtocolNode };
    const find = (node: ProtocolNode): ProtocolNode | null => {
      if (node.localName === tag) return node;
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
        const found = find(child);
        if (found) return found;
      }
      return null;
    };
    const host = find(root);
    if (!host) throw new Error(`no <${tag}> on the page`);
    return (host.shadowRoots ?? []).map(protocolText).join('');
  } finally {
    await session.detach();
  }
}

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core's violations on a page, one line each (evaluated over the protocol: extension pages' CSP forbids inline scripts). */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const found = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  });
  return found.map((violation) => `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/**
 * Member counts read on earlier days, as the background keeps them (its clock is the machine's: a test
 * cannot move it, so older days are written as the count store holds them). `[days ago, members]`.
 */
export function seedMemberCounts(harness: Pick<Harness, 'worker'>, chat: string, readings: readonly (readonly [number, number])[]): Promise<void> {
  return harness.worker.evaluate(
    async ({ chat, readings }) => {
      const day = 24 * 60 * 60 * 1000;
      const open = indexedDB.open('parta');
      const db: IDBDatabase = await new Promise((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = db.transaction('memberCounts', 'readwrite');
      for (const [ago, members] of readings) {
        const at = Date.now() - ago * day;
        const date = new Date(at);
        const stamp = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
        tx.objectStore('memberCounts').put({ v: 1, key: `${chat}|${stamp}`, chat, day: stamp, members, at });
      }
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
    },
    { chat, readings },
  );
}

/** A neutral page allowed to use the clipboard: extension pages cannot be granted reading it. */
const CLIPBOARD_PROBE = 'https://clipboard-probe.test/';

/** Serves the clipboard probe and lets it read and write the clipboard. */
export async function serveClipboardProbe(harness: Pick<Harness, 'serve' | 'context'>): Promise<void> {
  harness.serve(CLIPBOARD_PROBE, '<!doctype html><title>clipboard probe</title>');
  await harness.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: CLIPBOARD_PROBE.slice(0, -1) });
}

/** What the teacher would paste: read in the probe's tab; `back` is brought to the front again. */
export async function readClipboard(harness: Pick<Harness, 'open'>, back?: Page): Promise<string> {
  const probe = await harness.open(CLIPBOARD_PROBE);
  await probe.bringToFront();
  const text = await probe.evaluate(() => navigator.clipboard.readText());
  await probe.close();
  await back?.bringToFront();
  return text;
}

/** What the teacher copied elsewhere (an invitation link in MAX): written from the probe's tab. */
export async function writeClipboard(harness: Pick<Harness, 'open'>, text: string): Promise<void> {
  const probe = await harness.open(CLIPBOARD_PROBE);
  await probe.bringToFront();
  await probe.evaluate((value) => navigator.clipboard.writeText(value), text);
  await probe.close();
}

/** The toolbar badge's text, as the background set it. */
export function toolbarBadge(harness: Pick<Harness, 'worker'>): Promise<string> {
  return harness.worker.evaluate(async () => {
    type Action = { action: { getBadgeText(details: object): Promise<string> } };
    return (globalThis as unknown as { chrome: Action }).chrome.action.getBadgeText({});
  });
}

/** Every record of one store of Parta's database, as the background keeps it: a signal that a write has landed. */
export function storedRecords(harness: Pick<Harness, 'worker'>, store: string): Promise<unknown[]> {
  return harness.worker.evaluate(async (name) => {
    const open = indexedDB.open('parta');
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const request = db.transaction(name).objectStore(name).getAll();
    const records: unknown[] = await new Promise((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return records;
  }, store);
}
