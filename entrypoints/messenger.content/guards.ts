/**
 * Two guards that ask before something is done with a banned link: following one from a message,
 * and sending one from the composer. Both listen in the capture phase, ahead of the site's own
 * handlers, and stop the event only when there is a banned link: plain messages are never delayed.
 */
import { findForeignLinks, MESSENGER_NAMES, type MessengerId } from '../../lib/links/index';
import type { Translate } from '../../lib/i18n/index';
import type { ContentKey } from '../../lib/i18n/content';
import { isSilenced, type PageSettings } from '../../lib/settings';
import { GENERIC_COMPOSER, unwrapHref, type SiteAdapter } from '../../lib/sites/index';
import { confirmDialog } from './ui';

interface GuardOptions {
  adapter: SiteAdapter | null;
  settings: () => PageSettings;
  t: () => Translate<ContentKey>;
  signal: AbortSignal;
}

function firstBanned(text: string, settings: PageSettings): MessengerId | null {
  const link = findForeignLinks(text).find((candidate) => !isSilenced(candidate, settings));
  return link ? link.messenger : null;
}

export function guardLinkClicks({ settings, t, signal }: GuardOptions): void {
  const confirmed = new WeakSet<Element>();
  const onClick = (event: MouseEvent) => {
    const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!anchor || confirmed.has(anchor)) return;
    const href = unwrapHref(anchor.getAttribute('href') ?? '');
    const messenger = firstBanned(href, settings());
    if (!messenger) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    const tr = t();
    const name = MESSENGER_NAMES[messenger];
    void confirmDialog(
      {
        title: tr('linkConfirmTitle', { messenger: name }),
        body: [tr('linkConfirmBody'), tr('warningRule')],
        safe: tr('linkConfirmCancel'),
        risky: tr('linkConfirmOpen'),
      },
      'link',
    ).then((open) => {
      if (!open) return;
      confirmed.add(anchor);
      (anchor as HTMLElement).click();
      confirmed.delete(anchor);
    });
  };
  window.addEventListener('click', onClick, { capture: true, signal });
  window.addEventListener('auxclick', onClick, { capture: true, signal });
}

export function guardComposer({ adapter, settings, t, signal }: GuardOptions): void {
  const composerSelector = adapter ? `${adapter.selectors.composer}, ${GENERIC_COMPOSER}` : GENERIC_COMPOSER;
  let bypass = false;

  const composerOf = (target: EventTarget | null): HTMLElement | null =>
    target instanceof Element ? (target.closest(composerSelector) as HTMLElement | null) : null;

  const findComposer = (): HTMLElement | null =>
    (adapter ? document.querySelector<HTMLElement>(adapter.selectors.composer) : null) ??
    document.querySelector<HTMLElement>(GENERIC_COMPOSER);

  const composerText = (composer: HTMLElement): string =>
    composer instanceof HTMLTextAreaElement ? composer.value : (composer.innerText ?? composer.textContent ?? '');

  /** Returns true when the send must be held for the teacher's answer. */
  const hold = (composer: HTMLElement, resend: () => void): boolean => {
    if (bypass) return false;
    const messenger = firstBanned(composerText(composer), settings());
    if (!messenger) return false;
    const tr = t();
    void confirmDialog(
      {
        title: tr('composerTitle', { messenger: MESSENGER_NAMES[messenger] }),
        body: [tr('composerBody'), tr('warningRule')],
        safe: tr('composerFix'),
        risky: tr('composerSendAnyway'),
      },
      'composer',
    ).then((sendAnyway) => {
      if (!sendAnyway) {
        composer.focus();
        return;
      }
      bypass = true;
      try {
        resend();
      } finally {
        bypass = false;
      }
    });
    return true;
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || event.shiftKey || event.ctrlKey || event.altKey || event.metaKey || event.isComposing) return;
    const composer = composerOf(event.target);
    if (!composer) return;
    const resend = () => {
      const button = adapter ? document.querySelector<HTMLElement>(adapter.selectors.sendButton) : null;
      if (button) button.click();
      else composer.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, bubbles: true, cancelable: true }));
    };
    if (hold(composer, resend)) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  };

  const onSendClick = (event: MouseEvent) => {
    if (!adapter || !(event.target instanceof Element)) return;
    const button = event.target.closest<HTMLElement>(adapter.selectors.sendButton);
    const composer = button ? findComposer() : null;
    if (!button || !composer) return;
    if (hold(composer, () => button.click())) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  };

  window.addEventListener('keydown', onKeyDown, { capture: true, signal });
  window.addEventListener('click', onSendClick, { capture: true, signal });
}
