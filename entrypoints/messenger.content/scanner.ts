/**
 * Inline warnings: finds messages (through the site adapter, or the generic fallback), asks the
 * detector about each once per distinct content, and keeps one badge per banned messenger in it.
 */
import { findForeignLinks, foreignLinkOfHref, MESSENGER_NAMES, possibleLinkStarts, type ForeignLink, type MessengerId } from '../../lib/links/index';
import type { Translate } from '../../lib/i18n/index';
import type { ContentKey } from '../../lib/i18n/content';
import { isSilenced, type PageSettings } from '../../lib/settings/index';
import { enclosingMessage, findMessages, messagesToRead, readGeneric, textHolders, type MessageContent, type SiteAdapter } from '../../lib/sites/index';
import { BADGE_TAG, DIALOG_TAG, createBadge, type BadgeStep } from './ui';
import { nextSteps } from '../../lib/dom/next-steps';

export interface ScannerOptions {
  adapter: SiteAdapter | null;
  settings: () => PageSettings;
  t: () => Translate<ContentKey>;
}

/**
 * Banned messengers in a message, in order of first appearance: in its text as a reader would
 * follow it, and in its links as the browser will open them (resolved `href`s, redirects followed).
 */
export function bannedIn(content: MessageContent, settings: PageSettings): MessengerId[] {
  const messengers: MessengerId[] = [];
  const add = (link: Pick<ForeignLink, 'messenger' | 'url'>) => {
    if (!isSilenced(link, settings) && !messengers.includes(link.messenger)) messengers.push(link.messenger);
  };
  for (const link of findForeignLinks(content.text)) add(link);
  for (const href of content.hrefs) {
    const verdict = foreignLinkOfHref(href);
    if (verdict) add(verdict);
  }
  return messengers;
}

// parta-invite, parta-mark, parta-moderation, parta-rules, parta-fraud: the capture script's elements (entrypoints/capture.content).
const OWN_NODES = `${BADGE_TAG}, ${DIALOG_TAG}, parta-invite, parta-mark, parta-moderation, parta-rules, parta-fraud`;

export function isOwnNode(node: Node): boolean {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return element !== null && element.closest(OWN_NODES) !== null;
}

/** Badges kept on record (they may come back with a recycled row) before detached ones are let go. */
const DRAWN_LIMIT = 2000;

export class Scanner {
  /**
   * Per message element, the content last read (its key) and the messengers found in it: rows of
   * virtual lists are recycled, detached and put back; the same content is not checked twice.
   */
  private seen = new WeakMap<Element, { key: string; messengers: MessengerId[] }>();
  /** The badges each message was given, in order. */
  private badgesOf = new WeakMap<Element, HTMLElement[]>();
  /** Which messenger a badge names (the page can rewrite the host's attributes, not this). */
  private messengerOf = new WeakMap<HTMLElement, MessengerId>();
  /** Every badge drawn and not taken down: counted, and removed when the extension goes. */
  private drawn = new Set<HTMLElement>();
  private mode: 'adapter' | 'generic' = 'adapter';

  constructor(private readonly options: ScannerOptions) {}

  /** The marks on screen: a badge in a row the list detached is not shown, so not counted. */
  get warningCount(): number {
    let count = 0;
    for (const badge of this.drawn) if (badge.isConnected) count++;
    return count;
  }

  /** Removes every badge: the extension is gone and must leave the page as it found it. */
  dispose(): void {
    for (const badge of this.drawn) badge.remove();
    this.drawn.clear();
    this.seen = new WeakMap();
    this.badgesOf = new WeakMap();
  }

  get usingFallback(): boolean {
    return this.mode === 'generic';
  }

  /**
   * Full pass: on start, on a switch of chat, and when settings or language change. With an
   * adapter, the page's text is read once and searched once; only the messages that search
   * points at (and those with links, or with a badge already) are read one by one — thousands of
   * messages hold nothing to look at.
   */
  scanAll(): void {
    this.seen = new WeakMap();
    this.pickMode();
    const { adapter } = this.options;
    if (this.mode !== 'adapter' || !adapter) {
      this.scanUnder(document.body);
      return;
    }
    const toRead = messagesToRead(document.body, adapter, possibleLinkStarts);
    // A badge already shown may have to go: its message changed, or its messenger is now allowed.
    for (const badge of this.drawn) {
      const message = badge.isConnected ? badge.parentElement : null;
      if (message) toRead.add(enclosingMessage(message, adapter) ?? message);
    }
    for (const message of toRead) if (message.isConnected) this.scanMessage(message);
  }

  /**
   * Incremental pass over what the observer reported: the nodes added (or whose text changed),
   * and those that changed within — a link card dropped in an edit, an `href` swapped in place.
   * The latter are read again only as part of a message: work stays with what changed.
   */
  scanNodes(nodes: Set<Node>, changedWithin: ReadonlySet<Node> = new Set()): void {
    const previous = this.mode;
    this.pickMode();
    if (this.mode !== previous) {
      this.scanAll();
      return;
    }
    for (const node of nodes) {
      if (!node.isConnected) continue;
      const container = node.nodeType === 1 ? (node as Element) : node.parentElement;
      if (!container) continue;
      // A change inside a message (a recycled row's text, an edit) reads that whole message again.
      const enclosing = this.enclosingMessage(container);
      if (enclosing) this.scanMessage(enclosing);
      else this.scanUnder(container);
    }
    for (const node of changedWithin) {
      if (!node.isConnected) continue;
      const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
      const enclosing = element ? this.enclosingMessage(element) : null;
      if (enclosing) this.scanMessage(enclosing);
    }
  }

  private pickMode(): void {
    const { adapter } = this.options;
    // querySelector stops at the first match: cheap enough to ask on every batch.
    this.mode = adapter && document.querySelector(adapter.selectors.message) ? 'adapter' : 'generic';
    if (this.mode === 'adapter') this.dropBadgesOutside(adapter as SiteAdapter);
  }

  /** Badges from the fallback sit on other elements than the adapter's: remove them. */
  private dropBadgesOutside(adapter: SiteAdapter): void {
    for (const badge of this.drawn) {
      // A detached row's badge cannot be judged (its message matches nothing out of the page): it
      // is judged when the row comes back.
      const message = badge.parentElement;
      if (badge.isConnected && message && !message.matches(adapter.selectors.message)) this.takeDown(badge);
    }
  }

  private enclosingMessage(element: Element): Element | null {
    const { adapter } = this.options;
    if (this.mode === 'adapter' && adapter) return enclosingMessage(element, adapter);
    return null;
  }

  private scanUnder(root: Element): void {
    const { adapter } = this.options;
    const messages = this.mode === 'adapter' && adapter ? findMessages(root, adapter) : textHolders(root);
    for (let index = 0; index < messages.length; index++) this.scanMessage(messages[index]);
  }

  private read(message: Element): MessageContent {
    const { adapter } = this.options;
    return this.mode === 'adapter' && adapter ? adapter.readMessage(message) : readGeneric(message);
  }

  private scanMessage(message: Element): void {
    // Our badges live in closed shadow roots, so no message found by a selector is our own node.
    const content = this.read(message);
    // Most messages have no link element: their text alone is the key (no copy of every text). A key
    // with links starts with U+0001, which a plain key never does: the two forms never meet.
    const { text, hrefs } = content;
    const key = hrefs.length === 0 && text.charCodeAt(0) !== 1 ? text : `\u0001${text}\u0000${hrefs.join('\u0000')}`;
    const known = this.seen.get(message);
    if (known?.key === key) {
      // Unchanged, but a row put back may have lost its badge (the list redrew it, or the fallback's
      // pass took it down while the row was away): shown again, never twice.
      if (!this.shown(message, known.messengers)) this.setBadges(message, known.messengers);
      return;
    }
    let messengers: MessengerId[];
    try {
      messengers = bannedIn(content, this.options.settings());
    } catch (error) {
      // One message the detector cannot read must not switch the warnings off for the page.
      console.error('[Parta] could not check a message', error);
      return;
    }
    this.seen.set(message, { key, messengers });
    this.setBadges(message, messengers);
  }

  /** The moderator's next steps from this message's warning, when the chat tools run on the page. */
  private stepsFor(message: Element): { intro: string; list: BadgeStep[] } | null {
    // The chat tools read recognised pages only; they may start after the first scan: asked on the click.
    if (this.mode === 'generic' || !this.options.adapter || this.options.adapter.id === 'generic') return null;
    const t = this.options.t();
    return {
      intro: t('warningNext'),
      list: [
        { id: 'rules', label: t('warningNextRules'), run: async () => ((await nextSteps()?.remindRules()) ? t('warningNextRulesDone') : t('warningNextRulesFailed')) },
        { id: 'report', label: `⚑ ${t('warningNextReport')}`, run: async () => ((await nextSteps()?.reportViolation(message)) ? null : t('warningNextReportNoSender')) },
      ],
    };
  }

  /** Does the message show exactly these badges, in order, as its own children? */
  private shown(message: Element, messengers: readonly MessengerId[]): boolean {
    const badges = this.badgesOf.get(message) ?? [];
    if (badges.length !== messengers.length) return false;
    return badges.every((badge, index) => badge.parentElement === message && this.messengerOf.get(badge) === messengers[index]);
  }

  private takeDown(badge: HTMLElement): void {
    badge.remove();
    this.drawn.delete(badge);
  }

  /** One badge per banned messenger in the message, and no other badge of ours anywhere inside it. */
  private setBadges(message: Element, messengers: MessengerId[]): void {
    const same = this.shown(message, messengers);
    // Ours left on an inner part (read as a message of its own before) or copied along with the
    // row's nodes: a message carries one set of marks, whatever the site did to its nodes.
    if (message.querySelector(BADGE_TAG) !== null) {
      const keep = same ? new Set(this.badgesOf.get(message)) : new Set<Element>();
      for (const badge of message.querySelectorAll<HTMLElement>(BADGE_TAG)) if (!keep.has(badge) && this.messengerOf.has(badge)) this.takeDown(badge);
    }
    if (same) return;
    for (const badge of this.badgesOf.get(message) ?? []) this.takeDown(badge);
    if (messengers.length === 0) {
      this.badgesOf.delete(message);
      return;
    }
    const t = this.options.t();
    const created = messengers.map((id) => {
      const badge = createBadge(id, t('warningBadge', { messenger: MESSENGER_NAMES[id] }), this.stepsFor(message));
      this.messengerOf.set(badge, id);
      this.drawn.add(badge);
      return badge;
    });
    // Appended last inside the message: the message's own nodes are never moved or changed.
    message.append(...created);
    this.badgesOf.set(message, created);
    if (this.drawn.size > DRAWN_LIMIT) for (const badge of this.drawn) if (!badge.isConnected) this.drawn.delete(badge);
  }
}
