/**
 * The banned-messenger catalogue: data only. Sources: the regulator's list of foreign messengers
 * (seeds 000, 003), and the link forms gathered in shared/docs/sites.md.
 *
 * `domains` match a hostname on label boundaries: `t.me` matches `t.me` and `user.t.me`,
 * never `input.me` or `t.me.example.ru`. `schemes` are deep-link URI schemes (`tg:`).
 */

export type MessengerId =
  | 'telegram'
  | 'whatsapp'
  | 'viber'
  | 'discord'
  | 'teams'
  | 'skype'
  | 'snapchat'
  | 'threema'
  | 'wechat';

export interface MessengerEntry {
  id: MessengerId;
  /** Display name, the same in Russian and English UI. */
  name: string;
  domains: readonly string[];
  schemes: readonly string[];
}

export const MESSENGERS: readonly MessengerEntry[] = [
  {
    id: 'telegram',
    name: 'Telegram',
    // telesco.pe serves Telegram video messages; telegram.org covers web.telegram.org.
    domains: ['t.me', 'telegram.me', 'telegram.dog', 'telegram.org', 'telesco.pe'],
    schemes: ['tg'],
  },
  {
    id: 'whatsapp',
    name: 'WhatsApp',
    // whatsapp.com covers chat., api., web. and /channel/ links.
    domains: ['wa.me', 'whatsapp.com'],
    schemes: ['whatsapp'],
  },
  {
    id: 'viber',
    name: 'Viber',
    // vb.me is reported as a short host but unconfirmed: left out to avoid flagging an unrelated site.
    domains: ['viber.com', 'viber.me'],
    schemes: ['viber'],
  },
  {
    id: 'discord',
    name: 'Discord',
    domains: ['discord.gg', 'discord.com', 'discordapp.com', 'discord.new', 'dis.gd'],
    schemes: ['discord'],
  },
  {
    id: 'teams',
    name: 'Microsoft Teams',
    domains: ['teams.microsoft.com', 'teams.live.com', 'teams.cloud.microsoft'],
    schemes: ['msteams'],
  },
  {
    id: 'skype',
    name: 'Skype',
    // lync.com: Skype for Business meetings (meet.lync.com), named by the regulator's list.
    domains: ['skype.com', 'lync.com'],
    schemes: ['skype', 'ms-sfb'],
  },
  {
    id: 'snapchat',
    name: 'Snapchat',
    domains: ['snapchat.com'],
    schemes: ['snapchat'],
  },
  {
    id: 'threema',
    name: 'Threema',
    domains: ['threema.id', 'threema.ch'],
    schemes: ['threema'],
  },
  {
    id: 'wechat',
    name: 'WeChat',
    // mp.weixin.qq.com (articles) is covered by weixin.qq.com; qq.com itself is not WeChat.
    domains: ['wechat.com', 'weixin.qq.com', 'wx.qq.com'],
    schemes: ['weixin', 'wechat'],
  },
];

export const MESSENGER_IDS: readonly MessengerId[] = MESSENGERS.map((entry) => entry.id);

export const MESSENGER_NAMES: Readonly<Record<MessengerId, string>> = Object.fromEntries(
  MESSENGERS.map((entry) => [entry.id, entry.name]),
) as Record<MessengerId, string>;

/** Domain → messenger, for suffix lookups on label boundaries. */
export const DOMAIN_OWNER: ReadonlyMap<string, MessengerId> = new Map(
  MESSENGERS.flatMap((entry) => entry.domains.map((domain) => [domain, entry.id] as const)),
);

/** Scheme (without the colon) → messenger. */
export const SCHEME_OWNER: ReadonlyMap<string, MessengerId> = new Map(
  MESSENGERS.flatMap((entry) => entry.schemes.map((scheme) => [scheme, entry.id] as const)),
);

/**
 * Platforms the rules allow: never flagged, even when a user allowlist is empty.
 * Listed for documentation and for the options page; the detector cannot flag them anyway
 * because none of them is a suffix of a banned domain.
 */
export const ALLOWED_PLATFORM_DOMAINS: readonly string[] = [
  'vk.me',
  'vk.com',
  'vk.ru',
  'max.ru',
  'sferum.ru',
];

/** The messenger owning `host` (lower-case ASCII), checked on label boundaries; null if none. */
export function messengerOfHost(host: string): MessengerId | null {
  let position = 0;
  for (;;) {
    const owner = DOMAIN_OWNER.get(position === 0 ? host : host.slice(position));
    if (owner) return owner;
    const nextDot = host.indexOf('.', position);
    if (nextDot < 0) return null;
    position = nextDot + 1;
  }
}
