/**
 * The moderator's tools on a group chat page, a feature of the capture script:
 * - beside the first message of each sender's run, a mark when Parta has something on them in this
 *   chat: violations recorded («⚑ 2»), a block not yet lifted, «выбыл(а)» for someone on the
 *   teacher's list of people who left (also on a service line that brings them into the chat);
 * - one floating «Нарушение правил» action over the message under the pointer (or focus): the
 *   teacher's own click opens Parta's violation form with the chat, the sender and the words;
 * - a «Правила» button above the composer that inserts the chat's rules into it (the teacher still
 *   sends them);
 * - both as next steps on the warning beside a message with a banned link (lib/dom/next-steps.ts);
 * - marks drawn again as soon as the log changes in another window (lib/moderation/changes.ts).
 * What the page can forge (its events, its text) never acts: only trusted clicks do anything, and
 * names and words go to the background as data, never into markup.
 */
import { insertIntoComposer } from '../../lib/dom/composer';
import { browser } from 'wxt/browser';
import { isToContent } from '../../lib/messaging/guards';
import type { CaptureKey } from '../../lib/i18n/capture';
import type { Translate } from '../../lib/i18n/index';
import { personKey } from '../../lib/moderation/names';
import { parseServiceLines } from '../../lib/moderation/service-lines';
import type { ModerationMark } from '../../lib/messaging/protocol';
import type { MessengerSiteId } from '../../lib/sites/types';
import { ask } from '../../lib/messaging/ask';
import { enclosingMessage, findMessages, isGroupChat, readOpenChatTitle, readOwnText, readSenders, type SiteAdapter } from '../../lib/sites/index';
import { shownQuote } from '../../lib/moderation/quote';
import { shadowHost } from '../../lib/dom/shadow-host';
import { provideNextSteps } from '../../lib/dom/next-steps';
import { moderationStampItem } from '../../lib/moderation/changes';
import type { Feature, OnAdded } from '../../lib/dom/features';
import { OPEN_INTERVAL_MS, messengerOf, type CaptureContext } from './context';

export const MARK_TAG = 'parta-mark';
export const ACTION_TAG = 'parta-moderation';
export const RULES_TAG = 'parta-rules';

const BUTTON_STYLE = `button { font: 600 12px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; cursor: pointer;
  color: #7a1a12; background: #fff4f2; border: 1px solid #e0a39b; border-radius: 6px; padding: 3px 8px; }
button:focus-visible { outline: 3px solid #f5a623; outline-offset: 2px; }`;
const MARK_STYLE = `:host { all: initial; display: inline-block; margin: 2px 0 0; }
span { font: 600 11.5px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; border-radius: 9px; padding: 1px 7px;
  background: #fff1f0; color: #8a1c12; border: 1px solid #e6b1aa; margin-right: 4px; }`;


/** People sent per refresh: the newest of the history (virtual lists hold far fewer). */
const MAX_PEOPLE = 500;


export function moderation({ adapter, lifetime, t }: CaptureContext): Feature {
  return {
    name: 'moderation',
    start: () => {
      const site = messengerOf(adapter);
      return site ? followModeration(adapter, site, lifetime.signal, () => lifetime.alive(), t) : undefined;
    },
  };
}

function followModeration(
  adapter: SiteAdapter,
  site: MessengerSiteId,
  signal: AbortSignal,
  alive: () => boolean,
  translate: () => Translate<CaptureKey>,
): OnAdded {
  let marks = new Map<string, ModerationMark>();
  let title = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastOpened = 0;
  /** The sender of each message element, as of the last refresh. */
  let senders = new WeakMap<Element, string>();

  const groupChat = () => isGroupChat(new URL(location.href), adapter);

  // ——— marks beside names ———
  const shown = new WeakMap<Element, string>();
  const markText = (mark: ModerationMark): string[] => {
    const t = translate();
    const parts: string[] = [];
    if (mark.violations > 0) parts.push(t('markViolations', { count: mark.violations }));
    if (mark.blockedUntil) parts.push(t('markBlocked', { until: mark.blockedUntil.split('-').reverse().join('.') }));
    if (mark.left) parts.push(t('markLeft'));
    return parts;
  };
  /**
   * A mark: one chip per part, in a closed shadow root. Its words (a person's violations, a block,
   * «выбыл(а)») are Parta's records: nothing of them on the host, where the page's scripts, analytics
   * and error reports could read them — what a host shows is kept here, in the script's memory.
   */
  const markHost = (parts: readonly string[]): HTMLElement => {
    const { host, root } = shadowHost(MARK_TAG, MARK_STYLE);
    shown.set(host, parts.join(' · '));
    host.title = translate()('markHint');
    for (const part of parts) {
      const chip = document.createElement('span');
      chip.textContent = part;
      root.append(chip);
    }
    return host;
  };
  const renderMarks = (messages: readonly Element[], names: readonly (string | null)[]) => {
    let previous: string | null = null;
    messages.forEach((message, index) => {
      const name = names[index];
      // One mark per run: on the message where the sender's run starts.
      const first = name !== null && name !== previous;
      previous = name;
      const mark = first && name ? marks.get(personKey(name)) : undefined;
      const parts = mark ? markText(mark) : [];
      const wanted = parts.join(' · ');
      let present: HTMLElement | null = null;
      for (let child = message.lastElementChild; child; child = child.previousElementSibling) {
        if (child.localName === MARK_TAG) present = child as HTMLElement;
        else if (child.localName !== 'parta-invite' && child.localName !== 'parta-warning' && child.localName !== 'parta-fraud') break;
      }
      if (present && shown.get(present) === wanted) return;
      present?.remove();
      if (wanted) message.append(markHost(parts));
    });
  };
  const clearMarks = () => document.querySelectorAll(MARK_TAG).forEach((mark) => mark.remove());
  /** A service line that brings a leaver (back) into the chat gets the mark too, at its end. */
  const markLines = (lines: readonly { element: Element; person: string }[]) => {
    for (const { element, person } of lines) {
      const mark = marks.get(personKey(person));
      const wanted = mark?.left ? translate()('markLeft') : '';
      const present = element.lastElementChild?.localName === MARK_TAG ? (element.lastElementChild as HTMLElement) : null;
      if (present && shown.get(present) === wanted) continue;
      present?.remove();
      if (wanted) element.append(markHost([wanted]));
    }
  };

  // ——— refresh: read senders and service lines, ask the background, draw ———
  /** What was last asked about: the page changes all the time (typing, presence), its people rarely. */
  let lastAsked = '';
  const refresh = (force = false) => {
    timer = undefined;
    if (signal.aborted || !alive()) return;
    title = readOpenChatTitle(document, adapter);
    if (!title || !groupChat()) {
      senders = new WeakMap(); // nothing to report outside a group chat
      clearMarks();
      rules.remove();
      return;
    }
    placeRules();
    const started = performance.now();
    const { message: messageSelector, serviceLine } = adapter.selectors;
    const messages = findMessages(document, adapter);
    const names = readSenders(messages, adapter);
    senders = new WeakMap();
    messages.forEach((message, index) => {
      const name = names[index];
      if (name) senders.set(message, name);
    });
    // Senders and service lines in the history's order: the chat's last word on someone decides.
    const people: { person: string; left: boolean; accusative?: boolean }[] = [];
    const arrivals: { element: Element; person: string }[] = [];
    const ordered = serviceLine ? document.querySelectorAll(`${messageSelector}, ${serviceLine}`) : messages;
    for (const element of ordered) {
      const sender = senders.get(element);
      if (sender) {
        if (people.at(-1)?.person !== sender) people.push({ person: sender, left: false });
        continue;
      }
      if (!serviceLine || !element.matches(serviceLine)) continue;
      for (const line of parseServiceLines(element.textContent ?? '')) {
        const person = line.person.slice(0, 120);
        const left = line.event === 'left' || line.event === 'removed';
        people.push(line.accusative ? { person, left, accusative: true } : { person, left });
        if (!left) arrivals.push({ element, person });
      }
    }
    const draw = () => {
      renderMarks(messages.filter((message) => message.isConnected), names.filter((_, index) => messages[index].isConnected));
      markLines(arrivals.filter((arrival) => arrival.element.isConnected));
    };
    const asked = JSON.stringify([title, people.slice(-MAX_PEOPLE)]);
    // Timings for `npm run bench`, in a bench build only.
    if (__PARTA_BENCH__) performance.measure('parta:moderation-read', { start: started });
    if (!force && asked === lastAsked) {
      draw(); // rows of a virtual list are recycled: redraw from what is known
      return;
    }
    lastAsked = asked;
    void ask({ type: 'moderation/page', site, chat: title.slice(0, 200), people: people.slice(-MAX_PEOPLE) }).then((reply) => {
      if (!reply?.ok || signal.aborted) {
        lastAsked = '';
        return;
      }
      marks = new Map(reply.marks.map((mark) => [personKey(mark.person), mark]));
      draw();
    });
  };
  const schedule = () => {
    if (timer === undefined) timer = setTimeout(refresh, 700);
  };
  /** Back from Parta's form (or any other window): the records may have changed — ask again. */
  const scheduleAsking = () => {
    clearTimeout(timer);
    timer = setTimeout(() => refresh(true), 300);
  };

  // ——— the floating «Нарушение правил» action ———
  const action = shadowHost(ACTION_TAG, `:host { all: initial; position: fixed; z-index: 2147483646; display: none; } ${BUTTON_STYLE}`);
  const actionButton = document.createElement('button');
  actionButton.type = 'button';
  action.root.append(actionButton);
  let target: Element | null = null;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  const hide = () => {
    action.host.style.display = 'none';
    target = null;
  };
  const show = (message: Element, byKeyboard: boolean) => {
    clearTimeout(hideTimer);
    const sender = senders.get(message);
    if (!sender) return;
    target = message;
    const t = translate();
    actionButton.textContent = `⚑ ${t('moderationAction')}`;
    actionButton.title = t('moderationActionHint', { person: sender });
    actionButton.setAttribute('aria-label', t('moderationActionHint', { person: sender }));
    if (byKeyboard) {
      // Focus reached the message: the action joins it, after its own links and buttons, so the
      // next Tab lands on it (focus order follows the screen); shown in the message's flow.
      if (action.host.parentNode !== message) message.append(action.host);
      action.host.style.position = 'static';
      action.host.style.display = 'block';
      return;
    }
    const box = message.getBoundingClientRect();
    action.host.style.position = '';
    action.host.style.top = `${Math.max(0, Math.round(box.top))}px`;
    action.host.style.left = '0px';
    action.host.style.display = 'block';
    if (action.host.parentNode !== document.body) document.body.append(action.host);
    // Beside the message; where it spans the window (VK), over its top right corner instead.
    const width = action.host.getBoundingClientRect().width;
    const beside = box.right + 4;
    const left = beside + width <= window.innerWidth ? beside : box.right - width - 4;
    action.host.style.left = `${Math.max(0, Math.round(Math.min(left, window.innerWidth - width)))}px`;
  };
  const hideSoon = () => {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hide, 600);
  };
  const messageOf = (event: Event) => (event.target instanceof Element ? enclosingMessage(event.target, adapter) : null);
  const onOver = (event: Event) => {
    const message = messageOf(event);
    // Focus moving onto the action itself (inside the message) keeps it where it is.
    if (message && event.type === 'focusin' && message === target && action.host.parentNode === message) return;
    // A message focused before the chat was read again (it just arrived): read it now, so the
    // next Tab finds the action. Only on focus: hovering happens far too often for that.
    if (message && event.type === 'focusin' && !senders.has(message)) {
      clearTimeout(timer);
      refresh();
    }
    if (message) show(message, event.type === 'focusin');
    else if (target) hideSoon();
  };
  document.addEventListener('mouseover', onOver, { passive: true, signal });
  document.addEventListener('focusin', onOver, { signal });
  action.host.addEventListener('mouseenter', () => clearTimeout(hideTimer), { signal });
  action.host.addEventListener('mouseleave', hideSoon, { signal });
  /** Opens the violation form for a message's sender; false when its sender is not known here. */
  const reportViolation = (part: Element): boolean => {
    // The warnings may have put their badge on a part of the message: the sender is the whole one's.
    const message = enclosingMessage(part, adapter) ?? part;
    // A message that just arrived may not be read yet (the chat is read again after a short pause).
    if (!senders.has(message)) {
      clearTimeout(timer);
      refresh();
    }
    const person = senders.get(message);
    if (!person || !title) return false;
    const now = Date.now();
    if (now - lastOpened < OPEN_INTERVAL_MS) return true; // one window per few seconds, however many clicks
    lastOpened = now;
    // The message's own words (not a quoted reply), as the form will show them.
    const quote = shownQuote(readOwnText(message, adapter));
    void ask({ type: 'moderation/report', site, chat: title.slice(0, 200), person, quote }).then((reply) => {
      if (!reply?.ok) actionButton.textContent = translate()('captureFailed');
    });
    return true;
  };
  action.host.addEventListener(
    'click',
    (event) => {
      event.stopPropagation();
      // Only the teacher's own click acts: a page script can click our host too.
      if (!event.isTrusted || !alive() || !target) return;
      reportViolation(target);
    },
    { signal },
  );
  document.addEventListener('scroll', hide, { passive: true, capture: true, signal });

  // ——— «Правила» above the composer ———
  const rulesHost = shadowHost(RULES_TAG, `:host { all: initial; display: flex; justify-content: flex-end; margin: 2px 8px; } ${BUTTON_STYLE}`);
  const rulesButton = document.createElement('button');
  rulesButton.type = 'button';
  rulesHost.root.append(rulesButton);
  const rules = rulesHost.host;
  const placeRules = () => {
    const composerRoot = document.querySelector(adapter.selectors.composerRoot);
    if (!composerRoot?.parentElement) {
      rules.remove();
      return;
    }
    const t = translate();
    rulesButton.textContent = t('rulesButton');
    rulesButton.title = t('rulesHint');
    if (rules.nextElementSibling !== composerRoot) composerRoot.before(rules);
  };
  /** The open chat's rules into the message field, as typing would put them; the teacher sends them. */
  const remindRules = async (): Promise<boolean> => {
    const reply = await ask({ type: 'rules/for-chat', chat: readOpenChatTitle(document, adapter).slice(0, 200) });
    const composer = document.querySelector<HTMLElement>(adapter.selectors.composer);
    if (!reply?.ok || !composer || signal.aborted) return false;
    insertIntoComposer(composer, reply.text);
    return true;
  };
  rules.addEventListener(
    'click',
    (event) => {
      event.stopPropagation();
      if (!event.isTrusted || !alive()) return;
      void remindRules().then((done) => {
        if (!done) rulesButton.textContent = translate()('rulesFailed');
      });
    },
    { signal },
  );
  // The warning beside a message with a banned link offers both as the teacher's next steps.
  provideNextSteps({ remindRules, reportViolation: async (message) => reportViolation(message) });
  // The keyboard shortcut (the browser reports the key press; no page can): the message in focus,
  // the one under the pointer, else the chat's last message from a member.
  const onCommand = (message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id || !isToContent(message) || message.type !== 'page/command' || !alive()) return false;
    if (!groupChat()) return false;
    const focused = document.activeElement ? enclosingMessage(document.activeElement, adapter) : null;
    const messages = findMessages(document, adapter);
    const chosen = focused ?? target ?? [...messages].reverse().find((candidate) => senders.has(candidate) || readSenders([candidate], adapter)[0] !== null) ?? null;
    if (chosen) reportViolation(chosen);
    return false;
  };
  browser.runtime.onMessage.addListener(onCommand);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onCommand), { once: true });
  // Another window recorded a violation (or a block): the marks show it now, not on the next visit.
  const stopWatching = moderationStampItem.watch(() => scheduleAsking());

  signal.addEventListener(
    'abort',
    () => {
      clearTimeout(timer);
      clearTimeout(hideTimer);
      provideNextSteps(null);
      stopWatching();
      clearMarks();
      action.host.remove();
      rules.remove();
    },
    { once: true },
  );
  // Back from the violation form (or any other window): the marks may have changed.
  window.addEventListener('focus', scheduleAsking, { signal });
  document.addEventListener('visibilitychange', scheduleAsking, { signal });
  // The first reading waits for idle time: the warnings' initial scan of the page goes first.
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => refresh(true), { timeout: 1000 });
  else setTimeout(() => refresh(true), 50);
  // Presence, typing and timestamps change the page all the time: read the chat again only when a
  // message, a service line or the title came or changed, or a (new) composer appeared — typing
  // inside the composer is not a reason.
  const { message, serviceLine, openChatTitle, composerRoot } = adapter.selectors;
  const watched = [message, serviceLine, openChatTitle].filter(Boolean).join(', ');
  const concernsChat = (node: Node) => {
    const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (element === null) return false;
    if (element.closest(watched) !== null || element.querySelector(watched) !== null) return true;
    return element.matches(composerRoot) || element.querySelector(composerRoot) !== null;
  };
  return (nodes: Set<Node>) => {
    if (timer !== undefined) return;
    for (const node of nodes) {
      if (concernsChat(node)) {
        schedule();
        return;
      }
    }
  };
}
