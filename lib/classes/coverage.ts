/**
 * How many of each class have joined its chats, on which platform. The required-chats
 * check is run once per platform — MAX, and VK with Sferum (one messenger, two addresses) — and
 * the two are put side by side: each requirement says where its chat exists, whether it exists
 * where the teacher's setting requires it, and how full it is: the header's member count minus the
 * school staff in it, against the class size (for a parents' chat, families = students). Pure.
 */
import { PLATFORMS, type ChatPlatforms, type Platform } from './profiles';
import { listProof, type ChatLists, type UncheckedWhy } from './chat-list';
import type { MessengerSiteId } from '../sites/types';
import { checkRequiredChats, type CheckInput, type CheckItem, type ClassCheck } from './matcher';

export { PLATFORMS, type Platform };

/** VK Messenger and Sferum's messenger are one platform; MAX is the other. */
export function platformOfSite(site: MessengerSiteId): Platform {
  return site === 'max' ? 'max' : 'vk';
}

export function requiredPlatforms(setting: ChatPlatforms): Platform[] {
  return setting === 'both' ? ['max', 'vk'] : [setting];
}

/** A chat as stored: where it was seen and, when its header said so, how many members it has. */
export interface SeenChat {
  title: string;
  site: MessengerSiteId;
  lastSeen: number;
  members?: number;
  membersAt?: number;
}

export interface Coverage {
  /** Members minus staff: children (or families) in the chat. Null when no count was seen. */
  joined: number | null;
  /** The class size. Null when neither the journal nor the teacher gave it. */
  size: number | null;
  /** When the count was read. */
  seenAt: number | null;
  /**
   * `ok`: at least the threshold; `low`: fewer; `no-count`: the header never showed a count;
   * `no-size`: the count is known, the class size is not.
   */
  state: 'ok' | 'low' | 'no-count' | 'no-size';
}

export interface PlacedChat {
  title: string;
  /** The header's count, as read (staff included). */
  members: number | null;
  membersAt: number | null;
  /** Null for chats whose fill is not measured against the class (teachers', school-wide). */
  coverage: Coverage | null;
}

/**
 * What Parta knows of a required chat across the required platforms:
 * - `ok`: seen on every one of them;
 * - `missing`: proved missing on at least one (its whole chat list was seen, without it);
 * - `unchecked`: not seen on some, and nothing proves it missing there (`uncheckedOn` says why);
 * - `not-required`: the teacher said it does not apply.
 */
export type ChatStatus = 'ok' | 'missing' | 'unchecked' | 'not-required';

export interface PlatformItem extends Omit<CheckItem, 'status'> {
  status: ChatStatus;
  /** The chat meeting the requirement on each platform where there is one. */
  on: Partial<Record<Platform, PlacedChat>>;
  /** Required platforms whose whole chat list was seen without the chat: «создайте чат в MAX». */
  missingOn: Platform[];
  /** Required platforms without the chat where Parta cannot tell, and why: «откройте MAX». */
  uncheckedOn: { platform: Platform; why: UncheckedWhy }[];
  /** The fill of the chat on the first required platform that has it. */
  coverage: Coverage | null;
}

export interface PlatformClassCheck extends Omit<ClassCheck, 'items'> {
  items: PlatformItem[];
}

/**
 * A class's two chats that hold the whole class, side by side: pupils in the students' chat, families
 * in the parents' chat. Never added together — 22 pupils and 20 families are not «42 of 54».
 */
export interface ClassFill {
  audience: 'students' | 'parents';
  coverage: Coverage;
}

/** The class's students' and parents' chat fill, where a count and the class size are known. */
export function classFill(entry: Pick<PlatformClassCheck, 'classKey' | 'items'>): ClassFill[] {
  const fills: ClassFill[] = [];
  if (entry.classKey === null) return fills;
  for (const audience of ['students', 'parents'] as const) {
    const item = entry.items.find((candidate) => candidate.requirement.scope === 'class' && candidate.requirement.audience === audience && candidate.status !== 'not-required');
    const coverage = item?.coverage;
    if (coverage && (coverage.state === 'ok' || coverage.state === 'low')) fills.push({ audience, coverage });
  }
  return fills;
}

/**
 * Below the threshold: the one rule the popup, the printed page, the CSV and the director's summary
 * mark low coverage by. Whole-number arithmetic: 27 × 90 ≤ 25 × 100 is exact where 25 / 27 ≥ 0.9
 * might not be.
 */
export function belowThreshold(joined: number, size: number, threshold: number): boolean {
  return joined * 100 < size * threshold;
}

export interface PlatformCheckResult {
  classes: PlatformClassCheck[];
  done: number;
  total: number;
}

export interface CoverageInput extends Omit<CheckInput, 'chats'> {
  chats: readonly SeenChat[];
  /** What Parta saw of each messenger's chat list: only a whole list proves a chat missing. */
  lists: ChatLists;
  /** Class key → since when Parta has known the class (a list seen before proves nothing of it). */
  classSince?: ReadonlyMap<string, number>;
  platforms: ChatPlatforms;
  /** Class key → number of students. */
  sizes: ReadonlyMap<string, number>;
  staffPerChat: number;
  /** Percent. */
  threshold: number;
}

/** Audiences whose chat should hold the whole class (students, or a family per student). */
const MEASURED = new Set<string>(['students', 'parents', 'subject']);

export function measureCoverage(members: number | null, seenAt: number | null, size: number | null, staffPerChat: number, threshold: number): Coverage {
  const joined = members === null ? null : Math.max(0, members - staffPerChat);
  if (joined === null) return { joined, size, seenAt: null, state: 'no-count' };
  if (size === null || size <= 0) return { joined, size: null, seenAt, state: 'no-size' };
  return { joined, size, seenAt, state: belowThreshold(joined, size, threshold) ? 'low' : 'ok' };
}

/** Percent, rounded down (so «89%» is never shown for a chat below 90%). */
export function percent(joined: number, size: number): number {
  return size > 0 ? Math.floor((joined * 100) / size) : 0;
}

export function checkCoverage(input: CoverageInput): PlatformCheckResult {
  const required = requiredPlatforms(input.platforms);
  // Per platform, per title: the record seen last (VK and Sferum may both show one chat).
  const chatsOn = new Map<Platform, Map<string, SeenChat>>(PLATFORMS.map((platform) => [platform, new Map()]));
  for (const chat of input.chats) {
    const byTitle = chatsOn.get(platformOfSite(chat.site))!;
    const title = chat.title.trim();
    const known = byTitle.get(title);
    if (!known) {
      byTitle.set(title, { ...chat, title });
      continue;
    }
    const newer = chat.lastSeen > known.lastSeen ? chat : known;
    const counted = (chat.membersAt ?? -1) > (known.membersAt ?? -1) ? chat : known;
    byTitle.set(title, { ...newer, title, members: counted.members, membersAt: counted.membersAt });
  }
  const results = new Map(
    PLATFORMS.map((platform) => [
      platform,
      checkRequiredChats({ ...input, chats: [...chatsOn.get(platform)!.values()].map((chat) => ({ title: chat.title, lastSeen: chat.lastSeen })) }),
    ]),
  );
  const first = results.get(required[0])!;
  const classes: PlatformClassCheck[] = first.classes.map((entry, classIndex) => {
    const size = entry.classKey === null ? null : (input.sizes.get(entry.classKey) ?? null);
    const items = entry.items.map((item, itemIndex): PlatformItem => {
      const on: Partial<Record<Platform, PlacedChat>> = {};
      const byPlatform = new Map<Platform, CheckItem>();
      for (const platform of PLATFORMS) {
        // The same classes and requirements in the same order: the item at the same place.
        const same = results.get(platform)!.classes[classIndex].items[itemIndex];
        byPlatform.set(platform, same);
        if (same.status !== 'ok' || !same.chat) continue;
        const seen = chatsOn.get(platform)!.get(same.chat);
        const members = seen?.members ?? null;
        const membersAt = seen?.membersAt ?? null;
        const measured = entry.classKey !== null && MEASURED.has(item.requirement.audience);
        on[platform] = {
          title: same.chat,
          members,
          membersAt,
          coverage: measured ? measureCoverage(members, membersAt, size, input.staffPerChat, input.threshold) : null,
        };
      }
      if (item.status === 'not-required') return { ...item, on: {}, missingOn: [], uncheckedOn: [], coverage: null };
      const since = entry.classKey === null ? 0 : (input.classSince?.get(entry.classKey) ?? 0);
      const missingOn: Platform[] = [];
      const uncheckedOn: PlatformItem['uncheckedOn'] = [];
      for (const platform of required) {
        if (on[platform]) continue;
        const proof = listProof(input.lists[platform], since);
        if (proof.proved) missingOn.push(platform);
        else uncheckedOn.push({ platform, why: proof.why });
      }
      const main = required.find((platform) => on[platform]);
      const shown = main ?? PLATFORMS.find((platform) => on[platform]);
      const coverage = main ? on[main]!.coverage : null;
      const source = shown ? byPlatform.get(shown)! : item;
      const nearby = new Set<string>();
      for (const candidate of byPlatform.values()) if (candidate.reason.code === 'missing') candidate.reason.nearby.forEach((title) => nearby.add(title));
      const status: ChatStatus = missingOn.length > 0 ? 'missing' : uncheckedOn.length > 0 ? 'unchecked' : 'ok';
      return {
        ...source,
        status,
        chat: shown ? on[shown]!.title : undefined,
        reason: status === 'ok' || shown ? source.reason : { code: 'missing', nearby: [...nearby].slice(0, 5) },
        on,
        missingOn,
        uncheckedOn,
        coverage,
      };
    });
    const applicable = items.filter((item) => item.status !== 'not-required');
    return {
      classKey: entry.classKey,
      items,
      done: applicable.filter((item) => item.status === 'ok').length,
      total: applicable.length,
    };
  });
  return {
    classes,
    done: classes.reduce((sum, entry) => sum + entry.done, 0),
    total: classes.reduce((sum, entry) => sum + entry.total, 0),
  };
}
