/**
 * «Запомнить приглашение»: next to a message that holds an invite link of an allowed platform, a
 * small button; the teacher's click asks the background to open Parta's form prefilled with the
 * link and the open chat's title. The history already on the page gets its buttons in idle time.
 */
import type { Feature } from '../../lib/dom/features';
import { shadowHost } from '../../lib/dom/shadow-host';
import { INVITE_CANDIDATE, candidateKey } from '../../lib/invites/candidate';
import { ask } from '../../lib/messaging/ask';
import { enclosingMessage, findMessages, readOpenChatTitle, readSenders } from '../../lib/sites/index';
import { ACTION_TAG } from './moderation';
import { OPEN_INTERVAL_MS, messagesIn, readHistoryInIdle, type CaptureContext } from './context';

export const CAPTURE_TAG = 'parta-invite';

const STYLE = `
:host { all: initial; display: block; margin: 4px 0 0; }
button { font: 600 12px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; cursor: pointer;
  color: #0b3d91; background: #eef4ff; border: 1px solid #9db7e8; border-radius: 6px; padding: 3px 8px; }
button:focus-visible { outline: 3px solid #f5a623; outline-offset: 2px; }
`;

/** Every invite link holds «join» (`/join/`, `join=`): one cheap search spares the full pattern. */
const MAY_HOLD_INVITE = /join/i;
/** Parta's other elements at a message's end, after which the invite buttons may stand. */
const BESIDE = new Set(['parta-warning', 'parta-mark', 'parta-fraud', ACTION_TAG]);
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

export function inviteCapture({ adapter, lifetime, t }: CaptureContext): Feature {
  return { name: 'invite capture', start };

  function start() {
    let lastOpened = 0;
    const buttonKeys = new WeakMap<Element, string>();
    const button = (key: string, url: string): HTMLElement => {
      const { host, root } = shadowHost(CAPTURE_TAG, STYLE);
      // Which link a button is for stays in the script, not on the page's element.
      buttonKeys.set(host, key);
      // The chat the message is drawn in: after a switch the previous chat's messages linger under
      // the next chat's header, and a title read at the click would name the wrong chat.
      const chatTitle = readOpenChatTitle(document, adapter);
      const element = document.createElement('button');
      element.type = 'button';
      element.textContent = `+ ${t()('captureButton')}`;
      // Inside the closed shadow root: the page cannot read which chat it names.
      element.title = chatTitle ? `${t()('captureHint')} (${t()('captureFor', { chat: chatTitle })})` : t()('captureHint');
      root.append(element);
      // The message's own handlers (context menus, selection) must not see our clicks. Only the
      // teacher's own click acts (a page script can click our host element too), and at most one
      // window opens per few seconds, whatever clicks.
      host.addEventListener('click', (event) => {
        event.stopPropagation();
        if (!event.isTrusted || !lifetime.alive()) return;
        const now = Date.now();
        if (now - lastOpened < OPEN_INTERVAL_MS) return;
        lastOpened = now;
        // Who posted it, read at the click (the message's run may have loaded above it since).
        const message = enclosingMessage(host, adapter);
        const { outgoing } = adapter.selectors;
        const own = Boolean(message && outgoing && message.closest(outgoing));
        const messages = message ? findMessages(document, adapter) : [];
        const poster = own || !message ? null : (readSenders(messages, adapter)[messages.indexOf(message)] ?? null);
        void ask({ type: 'invite/capture', url, chatTitle, poster: poster && poster.slice(0, 120), own }).then((reply) => {
          element.textContent = reply?.ok ? `✓ ${t()('captureOpened')}` : t()('captureFailed');
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
        const key = child.localName === CAPTURE_TAG ? buttonKeys.get(child) : undefined;
        if (key !== undefined && !present.has(key)) present.set(key, child);
        else if (child.localName === CAPTURE_TAG) child.remove(); // a copy (or not ours): one button per link
        else if (!BESIDE.has(child.localName)) break;
      }
      // A button left on an inner part of the message (it was read as a message of its own before).
      if (message.querySelector(CAPTURE_TAG) !== null) {
        for (const stray of message.querySelectorAll(CAPTURE_TAG)) if (stray.parentElement !== message) stray.remove();
      }
      if (wanted.size === 0 && present.size === 0) return;
      for (const [key, host] of present) if (!wanted.has(key)) host.remove();
      for (const [key, url] of wanted) if (!present.has(key)) message.append(button(key, url));
    };

    const scan = (root: Node) => {
      for (const message of messagesIn(root, adapter)) sync(message);
    };

    readHistoryInIdle(adapter, lifetime.signal, sync, (started, done) => {
      // Timings for `npm run bench`, in a bench build only.
      if (__PARTA_BENCH__) performance.measure('parta:capture-chunk', { start: started });
      if (__PARTA_BENCH__ && done) performance.mark('parta:capture-done');
    });
    return (nodes: Set<Node>, changedWithin: Set<Node>) => {
      nodes.forEach(scan);
      // A link removed or its address swapped: only the message around it is read again.
      for (const node of changedWithin) {
        const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
        const message = element?.isConnected ? enclosingMessage(element, adapter) : null;
        if (message) sync(message);
      }
    };
  }
}
