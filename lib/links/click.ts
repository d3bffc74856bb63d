/**
 * What Parta asks about when a link is clicked. Mostly the address the browser will open
 * (`foreignLinkOfHref`). But a site's linkifier can turn a written banned link into a link
 * somewhere else: `https://user@t.me/x` typed in a chat reads as an e-mail address to many
 * linkifiers and becomes `mailto:user@t.me`, whose click opens the mail program (nothing at all
 * where none is set up) — no banned address, so no question, while the message shows a Telegram
 * link and carries Parta's mark. The teacher reads the text: a link whose own text shows a banned
 * link gets the same question as every other.
 */
import { findForeignLinks } from './detector';
import { foreignLinkOfHref, type HrefVerdict } from './href';

/** Longer link texts are read up to here: a click is answered at once, whatever the page made. */
const MAX_LINK_TEXT = 2048;

export function clickedLinkVerdict(href: string | null, text: string, counts: (link: HrefVerdict) => boolean): HrefVerdict | null {
  const byAddress = href ? foreignLinkOfHref(href) : null;
  if (byAddress) return counts(byAddress) ? byAddress : null;
  const shown = findForeignLinks(text.slice(0, MAX_LINK_TEXT)).find((link) => counts(link));
  return shown ? { messenger: shown.messenger, url: shown.url } : null;
}
