/**
 * Invite links (ссылки-приглашения) of the allowed platforms: recognise one, name its platform,
 * extract its code and give one normalised URL, so the same invitation pasted in two shapes
 * (`web.max.ru/join/x`, `https://max.ru/join/x.`) is stored once. Pure: runs in Node.
 *
 * Known forms (shared/docs/sites.md):
 * - VK Messenger / Sferum chats: `https://vk.me/join/<code>`; codes are base64-like and may hold
 *   `/`, `=` and `_` (e.g. `AJQ1d0uWzyC/DNvIowlP2mLB`).
 * - MAX: `https://max.ru/join/<code>` (≈ 43 chars of base64url), also `web.max.ru/join/<code>`.
 * - Sferum's own invitations: `https://sferum.ru/?p=messages&join=<code>` (also on `web.` and
 *   `me.sferum.ru`).
 */
import { messengerOfHost, MESSENGER_NAMES, SCHEME_OWNER } from '../links/catalogue';
import { INVITE_CANDIDATE } from './candidate';

export { INVITE_CANDIDATE };

export const INVITE_PLATFORMS = ['vk', 'max', 'sferum'] as const;
export type InvitePlatform = (typeof INVITE_PLATFORMS)[number];

export interface InviteLink {
  platform: InvitePlatform;
  code: string;
  /** The one spelling this invitation is stored and copied under. */
  url: string;
}

export type InviteRejection =
  | { reason: 'empty' }
  | { reason: 'not-a-link' }
  /** A link to a banned foreign messenger: never an allowed invitation. */
  | { reason: 'foreign-messenger'; messenger: string }
  /** A link to a site that has no invitations Parta knows. */
  | { reason: 'unknown-site'; host: string }
  /** A link to an allowed platform that is not an invitation (a profile, a chat, a post). */
  | { reason: 'not-an-invite'; platform: InvitePlatform }
  /** The invitation's code is missing, too short or has characters codes never have. */
  | { reason: 'bad-code'; platform: InvitePlatform };

export type InviteParse = ({ ok: true } & InviteLink) | ({ ok: false } & InviteRejection);

const VK_CODE = /^[A-Za-z0-9_\-/=+]{8,200}$/;
const MAX_CODE = /^[A-Za-z0-9_-]{16,100}$/;
// Sferum codes arrive URL-decoded from URLSearchParams: same alphabet as VK's.
const SFERUM_CODE = VK_CODE;

const VK_HOSTS = new Set(['vk.me', 'www.vk.me', 'm.vk.me']);
const MAX_HOSTS = new Set(['max.ru', 'www.max.ru', 'web.max.ru']);
const SFERUM_HOSTS = new Set(['sferum.ru', 'www.sferum.ru', 'web.sferum.ru', 'me.sferum.ru']);
const PLATFORM_ROOTS: readonly [string, InvitePlatform][] = [
  ['vk.me', 'vk'],
  ['vk.com', 'vk'],
  ['vk.ru', 'vk'],
  ['max.ru', 'max'],
  ['sferum.ru', 'sferum'],
];

/** Quotes, brackets and sentence punctuation a pasted link is often wrapped in or followed by. */
const WRAPPING = /^[\s«»"'“”„<>()[\]]+|[\s«»"'“”„<>()[\].,;:!?…]+$/gu;

function platformOfHost(host: string): InvitePlatform | null {
  for (const [root, platform] of PLATFORM_ROOTS) {
    if (host === root || host.endsWith(`.${root}`)) return platform;
  }
  return null;
}

function reject(rejection: InviteRejection): InviteParse {
  return { ok: false, ...rejection };
}

export function parseInvite(input: string): InviteParse {
  const text = input.replace(WRAPPING, '');
  if (!text) return reject({ reason: 'empty' });
  if (/\s/.test(text)) return reject({ reason: 'not-a-link' });
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) && !/^[^:/]+\.[^:/]+:\d/.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return reject({ reason: 'not-a-link' });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    const scheme = url.protocol.slice(0, -1).toLowerCase();
    const owner = messengerOfScheme(scheme);
    return owner ? reject({ reason: 'foreign-messenger', messenger: owner }) : reject({ reason: 'not-a-link' });
  }
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (!host.includes('.')) return reject({ reason: 'not-a-link' });
  const foreign = messengerOfHost(host);
  if (foreign) return reject({ reason: 'foreign-messenger', messenger: MESSENGER_NAMES[foreign] });
  const platform = platformOfHost(host);
  if (!platform) return reject({ reason: 'unknown-site', host });

  const path = url.pathname;
  if (platform === 'vk' && VK_HOSTS.has(host) && /^\/join\//i.test(path)) {
    const code = safeDecode(path.slice('/join/'.length)).replace(/\/+$/, '');
    if (!VK_CODE.test(code)) return reject({ reason: 'bad-code', platform });
    return { ok: true, platform, code, url: `https://vk.me/join/${code}` };
  }
  if (platform === 'max' && MAX_HOSTS.has(host) && /^\/join\//i.test(path)) {
    const code = path.slice('/join/'.length).replace(/\/+$/, '');
    if (!MAX_CODE.test(code)) return reject({ reason: 'bad-code', platform });
    return { ok: true, platform, code, url: `https://max.ru/join/${code}` };
  }
  if (platform === 'sferum' && SFERUM_HOSTS.has(host) && url.searchParams.has('join')) {
    const code = (url.searchParams.get('join') ?? '').trim();
    if (!SFERUM_CODE.test(code)) return reject({ reason: 'bad-code', platform });
    return { ok: true, platform, code, url: `https://sferum.ru/?p=messages&join=${encodeURIComponent(code)}` };
  }
  return reject({ reason: 'not-an-invite', platform });
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function messengerOfScheme(scheme: string): string | null {
  const owner = SCHEME_OWNER.get(scheme);
  return owner ? MESSENGER_NAMES[owner] : null;
}

/** Every distinct valid invitation in a text, in order of appearance. */
export function findInvites(text: string): InviteLink[] {
  const found = new Map<string, InviteLink>();
  for (const match of text.matchAll(INVITE_CANDIDATE)) {
    const parsed = parseInvite(match[0]);
    if (parsed.ok && !found.has(parsed.url)) {
      found.set(parsed.url, { platform: parsed.platform, code: parsed.code, url: parsed.url });
    }
  }
  return [...found.values()];
}
