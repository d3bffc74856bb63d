/**
 * Inline warnings: finds messages (through the site adapter, or the generic fallback), asks the
 * detector about each once per distinct content, and keeps one badge per banned messenger in it.
 */
import { findForeignLinks, foreignLinkOfHref, MESSENGER_NAMES, possibleLinkStarts, type ForeignLink, type MessengerId } from '../../lib/links/index';
import type { Translate } from '../../lib/i18n/index';
import type { ContentKey } from '../../lib/i18n/content';
import { isSilenced, type PageSettings } from '../../lib/settings/index';
import { findMessages, messagesToRead, readGeneric, textHolders, type MessageContent, type SiteAdapter } from '../../lib/sites/index';
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

// parta-invite, parta-mark, parta-moderation, parta-rules: the capture script's elements (entrypoints/capture.content).
const OWN_NODES = `${BADGE_TAG}, ${DIALOG_TAG}, parta-invite, parta-mark, parta-moderation, parta-rules`;

export function isOwnNode(node: Node): boolean {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return element !== null && element.closest(OWN_NODES) !== null;
}

export class Scanner {
  /** Last content key seen per message element: rows of virtual lists are recycled. */
  private seen = new WeakMap<Element, string>();
  private badges = new Map<Element, HTMLElement[]>();
  private mode: 'adapter' | 'generic' = 'adapter';

  constructor(private readonly options: ScannerOptions) {}

  get warningCount(): number {
    let count = 0;
    for (const [message, list] of this.badges) {
      if (!message.isConnected) this.badges.delete(message);
      else count += list.length;
    }
    return count;
  }

  /** Removes every badge: the extension is gone and must leave the page as it found it. */
  dispose(): void {
    for (const list of this.badges.values()) list.forEach((badge) => badge.remove());
    this.badges.clear();
    this.seen = new WeakMap();
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
    for (const message of this.badges.keys()) toRead.add(message);
    for (const message of toRead) if (message.isConnected) this.scanMessage(message);
  }

  /** Incremental pass over what the observer reported. */
  scanNodes(nodes: Set<Node>): void {
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
      // A change inside a message (a recycled row's text) rescans that message.
      const enclosing = this.enclosingMessage(container);
      if (enclosing) this.scanMessage(enclosing);
      else this.scanUnder(container);
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
    for (const [message, list] of this.badges) {
      if (!message.matches(adapter.selectors.message)) {
        list.forEach((badge) => badge.remove());
        this.badges.delete(message);
      }
    }
  }

  private enclosingMessage(element: Element): Element | null {
    const { adapter } = this.options;
    if (this.mode === 'adapter' && adapter) return element.closest(adapter.selectors.message);
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
    if (this.seen.get(message) === key) return;
    this.seen.set(message, key);
    let messengers: MessengerId[];
    try {
      messengers = bannedIn(content, this.options.settings());
    } catch (error) {
      // One message the detector cannot read must not switch the warnings off for the page.
      console.error('[Parta] could not check a message', error);
      return;
    }
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

  private setBadges(message: Element, messengers: MessengerId[]): void {
    const existing = this.badges.get(message) ?? [];
    const current = existing.map((badge) => badge.dataset.partaWarning);
    if (current.length === messengers.length && current.every((id, index) => id === messengers[index])) {
      if (existing.every((badge) => badge.isConnected)) return;
    }
    existing.forEach((badge) => badge.remove());
    if (messengers.length === 0) {
      this.badges.delete(message);
      return;
    }
    const t = this.options.t();
    const created = messengers.map((id) => createBadge(id, t('warningBadge', { messenger: MESSENGER_NAMES[id] }), this.stepsFor(message)));
    // Appended last inside the message: the message's own nodes are never moved or changed.
    message.append(...created);
    this.badges.set(message, created);
  }
}
