/**
 * Capture on messenger pages, three features in their own error boundaries:
 * - invitations: next to a message that holds an invite link of an allowed platform, a small
 *   «Запомнить приглашение» button; a click asks the background to open Parta's form prefilled
 *   with the link and the open chat's title;
 * - chat titles: the chat list is read as the teacher scrolls it, and new titles go to the
 *   background (the required-chats checklist), each at most once per half hour;
 * - member counts: the open chat's header count («25 участников»), for how many have joined;
 * - moderation (./moderation.ts): marks beside names, «Нарушение правил», «Правила» (issue 15).
 * A script of its own, apart from the warnings: it must not weigh on their 40 KB budget, and one
 * failing does not stop the other. It writes nothing to the page but its own button (closed
 * Shadow DOM).
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { extensionLifetime } from '../../lib/dom/lifetime';
import { followModeration } from './moderation';
import { observeAdditions } from '../../lib/dom/observe';
import { CAPTURE_MESSAGES, type CaptureKey } from '../../lib/i18n/capture';
import { translator, type Translate } from '../../lib/i18n/index';
import { INVITE_CANDIDATE, candidateKey } from '../../lib/invites/candidate';
import type { MessengerSiteId } from '../../lib/sites/types';
import { ask } from '../../lib/messaging/ask';
import { pageSettingsItem } from '../../lib/settings/store';
import {
  MESSENGER_MATCHES,
  adapterFor,
  findMessages,
  readChatTitles,
  readOpenChatMembers,
  readOpenChatTitle,
  type SiteAdapter,
} from '../../lib/sites/index';

export const CAPTURE_TAG = 'parta-invite';
const OWN_NODES = 'parta-invite, parta-warning, parta-dialog, parta-mark, parta-moderation, parta-rules';

const STYLE = `
:host { all: initial; display: block; margin: 4px 0 0; }
button { font: 600 12px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; cursor: pointer;
  color: #0b3d91; background: #eef4ff; border: 1px solid #9db7e8; border-radius: 6px; padding: 3px 8px; }
button:focus-visible { outline: 3px solid #f5a623; outline-offset: 2px; }
`;

/** Every invite link holds «join» (`/join/`, `join=`): one cheap search spares the full pattern. */
const MAY_HOLD_INVITE = /join/i;
const NONE: ReadonlyMap<string, string> = new Map();

/** Invite-looking links in a message, key → link: its hrefs first (exact), then its text. */
function candidatesIn(element: Element): ReadonlyMap<string, string> {
  const text = element.textContent ?? '';
  const hrefs: string[] = [];
  for (const anchor of element.getElementsByTagName('a')) {
    const href = anchor.getAttribute('href');
    if (href && MAY_HOLD_INVITE.test(href)) hrefs.push(href);
  }
  if (hrefs.length === 0 && !MAY_HOLD_INVITE.test(text)) return NONE;
  const found = new Map<string, string>();
  for (const source of [...hrefs, text]) {
    for (const match of source.matchAll(INVITE_CANDIDATE)) {
      const key = candidateKey(match[0]);
      if (!found.has(key)) found.set(key, match[0]);
    }
  }
  return found;
}

function ownNode(node: Node): boolean {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return element !== null && element.closest(OWN_NODES) !== null;
}

function chatTitle(adapter: SiteAdapter | null): string {
  return readOpenChatTitle(document, adapter);
}

export default defineContentScript({
  matches: MESSENGER_MATCHES,
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  async main() {
    // Lives as long as the extension, not on WXT's ctx.signal, which the page can abort.
    const lifetime = extensionLifetime(() => Boolean(browser.runtime?.id));
    const { signal } = lifetime;
    signal.addEventListener('abort', () => document.querySelectorAll(CAPTURE_TAG).forEach((button) => button.remove()), { once: true });
    const adapter = adapterFor(new URL(location.href));
    if (!adapter) return; // a matched host but not its messenger
    let t: Translate<CaptureKey> = translator(CAPTURE_MESSAGES, (await pageSettingsItem.load()).language);
    const stop = pageSettingsItem.watch((loaded) => {
      t = translator(CAPTURE_MESSAGES, loaded.language);
    });
    signal.addEventListener('abort', stop, { once: true });

    let lastOpened = 0;
    const button = (key: string, url: string): HTMLElement => {
      const host = document.createElement(CAPTURE_TAG);
      host.dataset.partaInvite = key;
      const root = host.attachShadow({ mode: 'closed' });
      const style = document.createElement('style');
      style.textContent = STYLE;
      const element = document.createElement('button');
      element.type = 'button';
      element.textContent = `+ ${t('captureButton')}`;
      element.title = t('captureHint');
      root.append(style, element);
      // The message's own handlers (context menus, selection) must not see our clicks. Only the
      // teacher's own click acts (a page script can click our host element too), and at most one
      // window opens per few seconds, whatever clicks.
      host.addEventListener('click', (event) => {
        event.stopPropagation();
        if (!event.isTrusted || !lifetime.alive()) return;
        const now = Date.now();
        if (now - lastOpened < OPEN_INTERVAL_MS) return;
        lastOpened = now;
        void ask({ type: 'invite/capture', url, chatTitle: chatTitle(adapter) }).then((reply) => {
          element.textContent = reply?.ok ? `✓ ${t('captureOpened')}` : t('captureFailed');
        });
      });
      return host;
    };

    /** Keeps one button per invite link in the message; rows of virtual lists are recycled. */
    const sync = (message: Element) => {
      const wanted = candidatesIn(message);
      const present = new Map<string, Element>();
      // Our buttons are the message's last children: look only at the tail.
      for (let child = message.lastElementChild; child; child = child.previousElementSibling) {
        if (child.localName === CAPTURE_TAG) present.set((child as HTMLElement).dataset.partaInvite ?? '', child);
        else if (child.localName !== 'parta-warning' && child.localName !== 'parta-mark') break;
      }
      if (wanted.size === 0 && present.size === 0) return;
      for (const [key, host] of present) if (!wanted.has(key)) host.remove();
      for (const [key, url] of wanted) if (!present.has(key)) message.append(button(key, url));
    };

    /** The messages under (or around) `root` that may need a button. */
    const messagesIn = (root: Node): Element[] => {
      const element = root.nodeType === 1 ? (root as Element) : root.parentElement;
      if (!element) return [];
      if (adapter) {
        const around = element.closest(adapter.selectors.message);
        return around ? [around] : findMessages(element, adapter);
      }
      // Unknown markup: a link's parent stands in for its message.
      const anchors = element.localName === 'a' ? [element] : [...element.getElementsByTagName('a')];
      return anchors
        .filter((anchor) => anchor.parentElement && MAY_HOLD_INVITE.test(anchor.getAttribute('href') ?? ''))
        .map((anchor) => anchor.parentElement as Element);
    };
    const scan = (root: Node) => {
      for (const message of messagesIn(root)) sync(message);
    };

    /**
     * The history already on the page is read in idle time, newest first, a few milliseconds at a
     * time: a button on last month's message is not urgent, a page that stutters on load is bad.
     */
    const scanHistory = () => {
      const history = messagesIn(document.body).reverse();
      let next = 0;
      const step = () => {
        if (signal.aborted) return;
        const started = performance.now();
        while (next < history.length && performance.now() - started < 8) {
          const message = history[next++];
          if (message.isConnected) sync(message);
        }
        // Timings for `npm run bench`, in a bench build only.
        if (__PARTA_BENCH__) performance.measure('parta:capture-chunk', { start: started });
        if (next < history.length) idle(step);
        else if (__PARTA_BENCH__) performance.mark('parta:capture-done');
      };
      idle(step);
    };

    // One observer for both features; each keeps its own error boundary and is switched off alone.
    const features = new Map<string, (nodes: Set<Node>) => void>();
    const guarded = (name: string, start: () => ((nodes: Set<Node>) => void) | null) => {
      try {
        const onChange = start();
        if (onChange) features.set(name, onChange);
      } catch (error) {
        console.error(`[Parta] ${name} failed and is switched off on this page`, error);
      }
    };
    guarded('invite capture', () => {
      scanHistory();
      return (nodes) => nodes.forEach(scan);
    });
    guarded('chat-list reading', () => (adapter && adapter.id !== 'generic' ? followChatList(adapter, adapter.id, signal) : null));
    guarded('member counts', () => (adapter && adapter.id !== 'generic' ? followOpenChat(adapter, adapter.id, signal) : null));
    guarded('moderation', () => (adapter && adapter.id !== 'generic' ? followModeration(adapter, adapter.id, signal, () => lifetime.alive(), () => t) : null));
    observeAdditions(
      document.body,
      (nodes) => {
        if (!lifetime.alive()) return;
        for (const [name, onChange] of features) {
          try {
            onChange(nodes);
          } catch (error) {
            features.delete(name);
            console.error(`[Parta] ${name} failed and is switched off on this page`, error);
          }
        }
      },
      signal,
      ownNode,
    );
  },
});

const RESEND_AFTER_MS = 30 * 60 * 1000;
/** At most one capture window per this long, however many clicks. */
const OPEN_INTERVAL_MS = 3000;

/** requestIdleCallback where there is one (not in every browser's content scripts), else a timer. */
function idle(callback: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: 500 });
  else setTimeout(callback, 16);
}

/**
 * Reads the chat list now, and (through the returned callback, called on every page change) again
 * once changes settle; sends titles not sent lately.
 */
function followChatList(adapter: SiteAdapter, site: MessengerSiteId, signal: AbortSignal): () => void {
  const sentAt = new Map<string, number>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const send = () => {
    timer = undefined;
    const now = Date.now();
    const titles = readChatTitles(document, adapter)
      .map((title) => title.slice(0, 200))
      .filter((title) => now - (sentAt.get(title) ?? 0) > RESEND_AFTER_MS)
      .slice(0, 500);
    if (titles.length === 0) return;
    for (const title of titles) sentAt.set(title, now);
    void ask({ type: 'chats/seen', site, titles }).then((reply) => {
      if (!reply?.ok) for (const title of titles) sentAt.delete(title); // try again on the next change
    });
  };
  // Scrolling the list changes it many times a second: read it once things settle.
  const schedule = () => {
    if (timer === undefined) timer = setTimeout(send, 700);
  };
  send();
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  return schedule;
}

/**
 * The open chat's member count (issue 14), read from its header once changes settle and sent when
 * it is new or changed (at most once per half hour otherwise). A header with no count sends
 * nothing: no count is ever guessed.
 */
function followOpenChat(adapter: SiteAdapter, site: MessengerSiteId, signal: AbortSignal): () => void {
  const sent = new Map<string, { members: number; at: number }>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const send = () => {
    timer = undefined;
    const { title, members } = readOpenChatMembers(document, adapter);
    if (!title || members === null) return;
    const now = Date.now();
    const last = sent.get(title);
    if (last && last.members === members && now - last.at < RESEND_AFTER_MS) return;
    sent.set(title, { members, at: now });
    void ask({ type: 'chats/members', site, title: title.slice(0, 200), members }).then((reply) => {
      if (!reply) sent.delete(title);
    });
  };
  const schedule = () => {
    if (timer === undefined) timer = setTimeout(send, 700);
  };
  send();
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  return schedule;
}
