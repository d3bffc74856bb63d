/**
 * Two guards that ask before something is done with a banned link: following one from a message,
 * and sending one from the composer. Both listen in the capture phase on the window, ahead of the
 * site's own handlers, and stop the event only when there is a banned link: plain messages are
 * never delayed.
 *
 * Only the teacher's own input counts (`isTrusted`): events a page script dispatches neither open
 * our dialogs nor pass through them. The guards' own replays after «Отправить всё равно» are
 * untrusted by construction, so they pass without a bypass flag the page could race.
 */
import { clickedLinkVerdict, findForeignLinks, hrefRisk, linkRisks, MESSENGER_NAMES, type Risk } from '../../lib/links/index';
import type { Lifetime } from '../../lib/dom/lifetime';
import type { Translate } from '../../lib/i18n/index';
import type { ContentKey } from '../../lib/i18n/content';
import { isSilenced, shownRisks, type PageSettings } from '../../lib/settings/index';
import { GENERIC_COMPOSER, resolvedHref, sendButtonFor, type SiteAdapter } from '../../lib/sites/index';
import { confirmDialog, type DialogText } from './ui';

interface GuardOptions {
  adapter: SiteAdapter | null;
  settings: () => PageSettings;
  t: () => Translate<ContentKey>;
  lifetime: Lifetime;
}

/** The question a link's risk asks before it is opened (a look-alike or a short link), in the teacher's words. */
function riskQuestion(risk: Pick<Risk, 'kind' | 'service'>, tr: Translate<ContentKey>): Pick<DialogText, 'title' | 'body'> {
  return risk.kind === 'lookalike'
    ? { title: tr('riskLookalikeTitle'), body: [tr('riskLookalikeBody', { service: risk.service ?? '' })] }
    : { title: tr('riskShortenerTitle'), body: [tr('riskShortenerBody')] };
}

export function guardLinkClicks({ settings, t, lifetime }: GuardOptions): void {
  const confirmed = new WeakSet<Element>();
  const onClick = (event: MouseEvent) => {
    if (!lifetime.alive()) return;
    const anchor = event.target instanceof Element ? event.target.closest('a[href], area[href]') : null;
    if (!anchor || confirmed.has(anchor)) return;
    // Where the browser will go (the resolved address, redirects such as VK's away.php followed),
    // or the banned link the link's text shows when the site linked it elsewhere.
    const current = settings();
    const href = resolvedHref(anchor);
    const verdict = clickedLinkVerdict(href, anchor.textContent ?? '', (link) => !isSilenced(link, current));
    // Not a banned messenger: a look-alike of a site the school uses, or a short link, is asked about too.
    const found = verdict || !href ? null : hrefRisk(href);
    const risk = found ? shownRisks([found], current)[0] : undefined;
    if (!verdict && !risk) return;
    // Stop the navigation whoever started it; ask only the teacher.
    event.preventDefault();
    event.stopImmediatePropagation();
    if (!event.isTrusted) return;
    const tr = t();
    const question = verdict
      ? { title: tr('linkConfirmTitle', { messenger: MESSENGER_NAMES[verdict.messenger] }), body: [tr('linkConfirmBody'), tr('warningRule')] }
      : riskQuestion(risk as Risk, tr);
    void confirmDialog({ ...question, safe: tr('linkConfirmCancel'), risky: tr('linkConfirmOpen') }, 'link').then((open) => {
      if (!open || !lifetime.alive()) return;
      confirmed.add(anchor);
      (anchor as HTMLElement).click();
      confirmed.delete(anchor);
    });
  };
  const options = { capture: true, signal: lifetime.signal };
  window.addEventListener('click', onClick, options);
  window.addEventListener('auxclick', onClick, options);
}

/** Events of one press on a send button; a site may send on any of them. */
const PRESS_EVENTS = ['pointerdown', 'mousedown', 'touchstart', 'pointerup', 'mouseup', 'touchend', 'click'] as const;
/** After a held press, the rest of that press is swallowed for this long (ms). */
const PRESS_WINDOW = 1500;

export function guardComposer({ adapter, settings, t, lifetime }: GuardOptions): void {
  const composerSelector = adapter ? `${adapter.selectors.composer}, ${GENERIC_COMPOSER}` : GENERIC_COMPOSER;
  let swallowUntil = 0;

  const composerOf = (target: EventTarget | null): HTMLElement | null =>
    target instanceof Element ? (target.closest(composerSelector) as HTMLElement | null) : null;

  const findComposer = (): HTMLElement | null =>
    (adapter ? document.querySelector<HTMLElement>(adapter.selectors.composer) : null) ??
    document.querySelector<HTMLElement>(GENERIC_COMPOSER);

  const composerText = (composer: HTMLElement): string =>
    composer instanceof HTMLTextAreaElement || composer instanceof HTMLInputElement
      ? composer.value
      : (composer.innerText ?? composer.textContent ?? '');

  /** What to ask before sending the composer's text: a banned messenger's link, else a look-alike site's; null when nothing. */
  const bannedIn = (composer: HTMLElement | null): Pick<DialogText, 'title' | 'body'> | null => {
    if (!composer) return null;
    const text = composerText(composer);
    const current = settings();
    const tr = t();
    const link = findForeignLinks(text).find((candidate) => !isSilenced(candidate, current));
    if (link) return { title: tr('composerTitle', { messenger: MESSENGER_NAMES[link.messenger] }), body: [tr('composerBody'), tr('warningRule')] };
    const lookalike = shownRisks(linkRisks(text, []), current).find((risk) => risk.kind === 'lookalike');
    return lookalike ? riskQuestion(lookalike, tr) : null;
  };

  /** Asks the teacher; on «send anyway» runs `resend` (whose events are untrusted: not held). */
  const ask = (composer: HTMLElement, question: Pick<DialogText, 'title' | 'body'>, resend: () => void) => {
    const tr = t();
    void confirmDialog({ ...question, safe: tr('composerFix'), risky: tr('composerSendAnyway') }, 'composer').then((sendAnyway) => {
      swallowUntil = 0;
      if (!lifetime.alive()) return;
      if (sendAnyway) resend();
      else composer.focus();
    });
  };

  const stop = (event: Event) => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };

  /** Presses a send button the way a hand would: every event of the press, in order. */
  const press = (button: HTMLElement) => {
    const init = { bubbles: true, cancelable: true, composed: true, view: window };
    button.dispatchEvent(new PointerEvent('pointerdown', init));
    button.dispatchEvent(new MouseEvent('mousedown', init));
    button.dispatchEvent(new PointerEvent('pointerup', init));
    button.dispatchEvent(new MouseEvent('mouseup', init));
    button.click();
  };

  const sendByEnter = (composer: HTMLElement, original: KeyboardEvent) => {
    const button = sendButtonFor(composer, adapter);
    if (button) {
      press(button);
      return;
    }
    const init = {
      key: 'Enter', code: 'Enter', keyCode: 13, which: 13, bubbles: true, cancelable: true,
      ctrlKey: original.ctrlKey, metaKey: original.metaKey, altKey: original.altKey,
    };
    composer.dispatchEvent(new KeyboardEvent('keydown', init));
    composer.dispatchEvent(new KeyboardEvent('keypress', init));
    composer.dispatchEvent(new KeyboardEvent('keyup', init));
  };

  // Enter sends, and so do Ctrl/Cmd/Alt+Enter on pages that take them; Shift+Enter is a new line.
  const onKey = (event: KeyboardEvent) => {
    if (!event.isTrusted || event.key !== 'Enter' || event.shiftKey || event.isComposing) {
      // Space or Enter on a focused send button presses it.
      if (event.isTrusted && event.key === ' ' && event.type === 'keydown') onButtonKey(event);
      return;
    }
    if (!lifetime.alive()) return;
    const composer = composerOf(event.target);
    if (!composer) {
      onButtonKey(event);
      return;
    }
    const messenger = bannedIn(composer);
    if (!messenger) return;
    stop(event);
    // keypress and keyup of the same Enter are swallowed too: some sites send on them.
    if (event.type !== 'keydown') return;
    ask(composer, messenger, () => sendByEnter(composer, event));
  };

  const onButtonKey = (event: KeyboardEvent) => {
    if (!(event.target instanceof Element) || !lifetime.alive()) return;
    const composer = findComposer();
    const button = composer ? sendButtonFor(composer, adapter) : null;
    if (!composer || !button || !button.contains(event.target)) return;
    const messenger = bannedIn(composer);
    if (!messenger) return;
    stop(event);
    if (event.type === 'keydown') ask(composer, messenger, () => press(button));
  };

  const onPress = (event: Event) => {
    if (!event.isTrusted || !(event.target instanceof Element) || !lifetime.alive()) return;
    const composer = findComposer();
    const button = composer ? sendButtonFor(composer, adapter) : null;
    if (!composer || !button || !button.contains(event.target)) return;
    if (Date.now() < swallowUntil) {
      stop(event); // the rest of a press that is being asked about
      return;
    }
    const messenger = bannedIn(composer);
    if (!messenger) return;
    stop(event);
    swallowUntil = Date.now() + PRESS_WINDOW;
    ask(composer, messenger, () => press(button));
  };

  // A form around the composer: its submit is a send path too. `requestSubmit` fires a trusted
  // submit, so the form being re-sent is remembered for that one event.
  const resubmitting = new WeakSet<HTMLFormElement>();
  const onSubmit = (event: SubmitEvent) => {
    if (!event.isTrusted || !(event.target instanceof HTMLFormElement) || !lifetime.alive()) return;
    const form = event.target;
    if (resubmitting.delete(form)) return;
    const composer = form.querySelector<HTMLElement>(composerSelector);
    const messenger = bannedIn(composer);
    if (!composer || !messenger) return;
    stop(event);
    ask(composer, messenger, () => {
      resubmitting.add(form);
      form.requestSubmit();
      resubmitting.delete(form);
    });
  };

  const options = { capture: true, signal: lifetime.signal };
  for (const type of ['keydown', 'keypress', 'keyup'] as const) window.addEventListener(type, onKey, options);
  for (const type of PRESS_EVENTS) window.addEventListener(type, onPress, options);
  window.addEventListener('submit', onSubmit, options);
}
