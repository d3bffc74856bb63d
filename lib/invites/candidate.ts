/**
 * Candidate invite links inside free text or an href: a cheap pattern with no dependencies, for the
 * invite-capture content script. Each candidate still goes through `parseInvite` (in the
 * background), which has the last word.
 */
export const INVITE_CANDIDATE =
  /(?:https?:\/\/)?(?:(?:www\.|m\.)?vk\.me\/join\/|(?:www\.|web\.)?max\.ru\/join\/|(?:www\.|web\.|me\.)?sferum\.ru\/?\?\S*?join=)[^\s<>"«»]+/gi;

/**
 * One key per candidate however it is spelled in a message (`https://max.ru/join/x` in the href,
 * `max.ru/join/x.` in the text): scheme, `www.`/`web.`/`m.`/`me.` and trailing punctuation dropped.
 */
export function candidateKey(candidate: string): string {
  return candidate.replace(/^(?:https?:\/\/)?(?:www\.|web\.|m\.|me\.)?/i, '').replace(/[.,;:!?)\]»]+$/, '');
}
