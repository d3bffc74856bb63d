/**
 * Where Parta runs: the messenger sites (match patterns for the manifest and content script).
 * The single source for host permissions — nothing else may widen them.
 */
export const MESSENGER_MATCHES = [
  'https://web.max.ru/*',
  'https://web.vk.me/*',
  // VK's messenger paths only (vk.ru is VK's current address, vk.com still works): /im, /im?…,
  // /im/convo/<peer>, community inboxes /gim<club>/convo/<peer>. `/gim*` also matches other
  // paths; the adapter (`isVkMessengerPath`) decides, and the scripts stop where it says no.
  'https://vk.ru/im',
  'https://vk.ru/im?*',
  'https://vk.ru/im/*',
  'https://vk.ru/gim*',
  'https://vk.com/im',
  'https://vk.com/im?*',
  'https://vk.com/im/*',
  'https://vk.com/gim*',
  'https://me.sferum.ru/*',
  'https://web.sferum.ru/*',
  'https://sferum.ru/*',
];

/** VK's messenger on vk.ru / vk.com: `/im`, `/im/…`, `/gim<digits>` and below. */
export function isVkMessengerPath(pathname: string): boolean {
  return /^\/(?:im|gim\d+)(?:\/|$)/.test(pathname);
}
