/**
 * Where Parta runs: the messenger sites (match patterns for the manifest and content script).
 * The single source for host permissions — nothing else may widen them.
 */
export const MESSENGER_MATCHES = [
  'https://web.max.ru/*',
  'https://web.vk.me/*',
  'https://vk.com/im*',
  'https://me.sferum.ru/*',
  'https://web.sferum.ru/*',
  'https://sferum.ru/*',
];
