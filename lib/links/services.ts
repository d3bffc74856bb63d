/**
 * The services a Russian school's chats link to, and the short-link services: data only, one place.
 * A look-alike host imitates one of these; a short link hides where it goes. Sources: the journals'
 * hosts (lib/journals/adapters.ts — a unit test holds every adapter host to a service here), the
 * platforms the rules name (seeds 000, 003: MAX, VK, Sferum, Госуслуги), МЭШ on mos.ru, and
 * shared/docs/sites.md (Sferum invitations travel beside clck.ru links). Fraud reports of 2025–2026
 * name fake Госуслуги, e-journal and MAX pages on look-alike hosts.
 *
 * `domains` are registrable domains: a host is the service's when it equals one or is a subdomain of
 * one (label boundaries). `brands` are the words a look-alike host borrows: a long brand (six letters
 * and more) as a whole label or hyphen-part of a foreign host, or inside one from seven letters; a short one only beside the service's own top-level
 * domain (`max-ru.online`, `vk.com.login.top`), since `max` and `vk` are ordinary words elsewhere.
 * «Сетевой город» has no brand: its regional servers are named anyhow (`netschool.edu22.info`).
 */

export interface SchoolService {
  /** The name a teacher knows, shown in the warning. */
  name: string;
  domains: readonly string[];
  brands: readonly string[];
}

export const SCHOOL_SERVICES: readonly SchoolService[] = [
  { name: 'Госуслуги', domains: ['gosuslugi.ru'], brands: ['gosuslugi', 'esia'] },
  { name: 'mos.ru (МЭШ)', domains: ['mos.ru'], brands: ['mos', 'mosru'] },
  { name: '«Моя школа»', domains: ['mosreg.ru', 'edu.ru', 'tatar.ru', 'permkrai.ru'], brands: ['mosreg', 'permkrai'] },
  { name: 'Дневник.ру', domains: ['dnevnik.ru'], brands: ['dnevnik'] },
  { name: 'ЭлЖур', domains: ['eljur.ru'], brands: ['eljur'] },
  { name: 'MAX', domains: ['max.ru', 'oneme.ru'], brands: ['max', 'oneme'] },
  { name: 'VK', domains: ['vk.com', 'vk.ru', 'vk.me', 'vkontakte.ru', 'vkvideo.ru', 'userapi.com'], brands: ['vk', 'vkontakte'] },
  { name: 'Сферум', domains: ['sferum.ru'], brands: ['sferum'] },
];

/**
 * Short-link services: the destination is known only by opening the link. clck.ru (Yandex) and
 * vk.cc (VK) are the ones Russian schools meet; the rest are the common international ones.
 */
export const SHORTENER_DOMAINS: readonly string[] = [
  'clck.ru', 'vk.cc', 'bit.ly', 'tinyurl.com', 'goo.su', 'cutt.ly', 'is.gd', 'v.gd', 'u.to', 'ow.ly', 'rb.gy', 't.ly',
  'shorturl.at', 'tiny.cc', 'qps.ru', 'surl.li', 'clc.am', 'inlnk.ru', 'to.click',
];

/** Whether `host` is `domain` or one of its subdomains. */
export const isHostOf = (host: string, domain: string) => host === domain || (host.length > domain.length && host.endsWith(domain) && host[host.length - domain.length - 1] === '.');
