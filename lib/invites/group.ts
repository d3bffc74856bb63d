/**
 * Grouping and filtering the register for the popup: invitations by class, classes in school
 * order (1А, 1Б, 2А … 11В, then college groups, then «no class»). Pure.
 */
import { classKey } from '../classes/keys';
import { isStale } from './lifecycle';
import type { InviteRecord, InviteStatus } from './schema';
import { compareRussian } from '../util/collate';

/**
 * A grouping key for a class as typed: «5 «а»», «5-A», «5а класс» → «5А» (lib/classes); text that
 * names no class groups by itself, upper-cased.
 */
export function classGroupKey(className: string): string {
  // A register names few classes many times: each is read once (a fifth of the popup's first
  // render at 10,000 invitations was reading the same forty names again).
  let key = groupKeys.get(className);
  if (key === undefined) {
    key = classKey(className) ?? className.trim().replace(/\s+/g, ' ').toLocaleUpperCase('ru');
    if (groupKeys.size >= 10_000) groupKeys.clear();
    groupKeys.set(className, key);
  }
  return key;
}

const groupKeys = new Map<string, string>();

/** `archived`: last school year's; every other filter but `all` leaves them out. */
export type StatusFilter = 'open' | 'stale' | 'all' | 'archived' | InviteStatus;

export interface InviteGroup {
  key: string;
  invites: InviteRecord[];
  /** How many are stale: the first `stale` of `invites`, exactly. */
  stale: number;
}

function orderKey(key: string): [number, number, string] {
  if (!key) return [2, 0, ''];
  const grade = /^(\d{1,2})/.exec(key);
  return grade ? [0, Number(grade[1]), key] : [1, 0, key];
}

/** School order of class keys: 1А … 11В, then college groups, then «no class» (empty). */
export function compareGroups(a: string, b: string): number {
  const [ka, ga, ta] = orderKey(a);
  const [kb, gb, tb] = orderKey(b);
  return ka - kb || ga - gb || compareRussian(ta, tb);
}

export function matchesFilter(record: InviteRecord, filter: StatusFilter, now: number, staleDays: number): boolean {
  if (filter === 'all') return true;
  if (filter === 'archived') return record.archivedAt !== undefined;
  if (record.archivedAt !== undefined) return false;
  switch (filter) {
    case 'open':
      return record.status === 'new' || record.status === 'sent';
    case 'stale':
      return isStale(record, now, staleDays);
    default:
      return record.status === filter;
  }
}

export interface GroupOptions {
  filter: StatusFilter;
  /** Only this class (a group key); empty for all classes. */
  classKey?: string;
  /** Case-insensitive text searched in the chat title, class, recipients and link. */
  search?: string;
  now: number;
  staleDays: number;
}

/** Groups in school order; inside a group, stale first, then newest first. */
export function groupInvites(records: readonly InviteRecord[], options: GroupOptions): InviteGroup[] {
  const search = options.search?.trim().toLocaleLowerCase('ru') ?? '';
  // Stale and other invitations apart, each sorted on its own: the order needs no lookup per
  // comparison (ten thousand invitations are a hundred thousand comparisons).
  const groups = new Map<string, { key: string; stale: InviteRecord[]; other: InviteRecord[] }>();
  for (const record of records) {
    if (!matchesFilter(record, options.filter, options.now, options.staleDays)) continue;
    const key = classGroupKey(record.className);
    if (options.classKey && key !== options.classKey) continue;
    if (
      search &&
      !`${record.chatTitle}\n${record.className}\n${record.recipients}\n${record.url}`.toLocaleLowerCase('ru').includes(search)
    ) {
      continue;
    }
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, stale: [], other: [] }));
    (isStale(record, options.now, options.staleDays) ? group.stale : group.other).push(record);
  }
  const newestFirst = (a: InviteRecord, b: InviteRecord) => b.createdAt - a.createdAt || a.url.localeCompare(b.url);
  return [...groups.values()]
    .sort((a, b) => compareGroups(a.key, b.key))
    .map(({ key, stale, other }) => ({ key, invites: [...stale.sort(newestFirst), ...other.sort(newestFirst)], stale: stale.length }));
}

/** Every class key in the register, in school order (for the class filter). */
export function classKeys(records: readonly InviteRecord[]): string[] {
  return [...new Set(records.map((record) => classGroupKey(record.className)))].sort(compareGroups);
}
