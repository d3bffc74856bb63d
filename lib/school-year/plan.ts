/**
 * The new school year, as a plan made before anything is written: classes move up a
 * grade (5А → 6А; the last grade leaves), their sizes and the teacher's corrections move with them,
 * last year's invitations are archived, and chats still named for the old class are listed with
 * the name to give them. College groups keep their names. Pure: lib/school-year/store.ts writes a plan
 * (and undoes it).
 */
import { revisionOf } from '../db/revision';
import { findClass, findClassInField } from '../classes/keys';
import { nextYearClass } from '../classes/next-year';
import { canonicalSubject, classifyChat } from '../classes/classify';
import { overrideId } from '../classes/override-store';
import { knownSince, type ChatRecord, type ClassRecord, type ClassSizeRecord, type OverrideRecord } from '../classes/records';
import type { InviteRecord } from '../invites/schema';
import { toOverride } from '../classes/override-store';
import { compareRussian, compareRussianNumeric } from '../util/collate';

export interface RolloverInput {
  classes: readonly ClassRecord[];
  sizes: readonly ClassSizeRecord[];
  overrides: readonly OverrideRecord[];
  invites: readonly InviteRecord[];
  chats: readonly ChatRecord[];
  /** The first day of the new school year (ms, local midnight): invitations made before it are last year's. */
  yearStart: number;
  now: number;
}

/** One class's move: `to` null when the class leaves the school (after the last grade). */
export interface ClassMove {
  fromKey: string;
  fromName: string;
  toKey: string | null;
  toName: string | null;
  /** A class of this school year already has the new name (the journal shows it so): nothing to move into it. */
  alreadyThere?: boolean;
}

export interface ChatRename {
  title: string;
  /** The name to give the chat; null when its class has left (the chat can be closed). */
  newTitle: string | null;
  site: ChatRecord['site'];
}

export interface RolloverPlan {
  moves: ClassMove[];
  /** Records as they will be after the step (whole stores: classes, sizes, overrides). */
  classes: ClassRecord[];
  sizes: ClassSizeRecord[];
  overrides: OverrideRecord[];
  /** Invitations to archive, already updated. */
  archived: InviteRecord[];
  renames: ChatRename[];
  /** Classes Parta learned in this school year: already this year's, not moved (said so, by name). */
  thisYear: string[];
  /** What the stores held when this plan was made: applied only if they still do. */
  basis: string;
}

/** The key a class will have next year: the same for a college group, null when it leaves. */
function nextKey(key: string): string | null {
  const next = nextYearClass(key);
  return next === null ? null : (findClassInField(next)?.key ?? null);
}

/** The first day of the school year that `now` falls in (local midnight), from the `MM-DD` setting. */
export function schoolYearStart(now: number, monthDay: string): number {
  const [month, day] = monthDay.split('-').map(Number);
  const date = new Date(now);
  let start = new Date(date.getFullYear(), month - 1, day).getTime();
  if (start > now) start = new Date(date.getFullYear() - 1, month - 1, day).getTime();
  return start;
}

/**
 * Whether to offer the step: the school year began after something Parta keeps was written (a
 * class typed, an invitation made last year) and no step was taken for this year. A fresh install
 * in November, whose classes are this year's, is not asked.
 */
export function rolloverDue(input: { classes: readonly ClassRecord[]; invites: readonly InviteRecord[]; yearStart: number; lastAppliedFor: number | null }): boolean {
  if (input.lastAppliedFor !== null && input.lastAppliedFor >= input.yearStart) return false;
  return (
    input.classes.some((record) => knownSince(record) < input.yearStart && nextKey(record.key) !== record.key) ||
    input.invites.some((record) => record.archivedAt === undefined && record.createdAt < input.yearStart)
  );
}

/**
 * Only classes Parta knew before the school year began move up: one learned since (a fresh install
 * in December, a journal read in September) is already this year's and stays as it is.
 */
export function planRollover(input: RolloverInput): RolloverPlan {
  const moves: ClassMove[] = [];
  const keyMap = new Map<string, string | null>();
  const classes: ClassRecord[] = [];
  const thisYear: string[] = [];
  const lastYear = (record: ClassRecord) => knownSince(record) < input.yearStart;
  const current = new Set(input.classes.filter((record) => !lastYear(record)).map((record) => record.key));
  for (const record of input.classes) {
    if (!lastYear(record)) {
      classes.push(record);
      keyMap.set(record.key, record.key);
      if (nextKey(record.key) !== record.key) thisYear.push(record.name);
      continue;
    }
    const toKey = nextKey(record.key);
    keyMap.set(record.key, toKey);
    if (toKey === record.key) {
      classes.push(record); // a college group
      continue;
    }
    const toName = toKey === null ? null : (nextYearClass(record.name) ?? toKey);
    const alreadyThere = toKey !== null && current.has(toKey);
    moves.push(alreadyThere ? { fromKey: record.key, fromName: record.name, toKey, toName, alreadyThere } : { fromKey: record.key, fromName: record.name, toKey, toName });
    // Into a class this year already has, nothing is written: this year's record stays.
    if (toKey !== null && !alreadyThere) classes.push({ ...record, key: toKey, name: (toName ?? toKey).slice(0, 80), updatedAt: input.now });
  }
  const moved = (key: string): string | null => (keyMap.has(key) ? keyMap.get(key)! : (nextKey(key) ?? null));

  const sizes: ClassSizeRecord[] = [];
  for (const record of input.sizes) {
    const toKey = moved(record.key);
    if (toKey !== null) sizes.push(toKey === record.key ? record : { ...record, key: toKey, updatedAt: input.now });
  }

  const overrides: OverrideRecord[] = [];
  for (const record of input.overrides) {
    if (record.classKey === null) {
      overrides.push(record);
      continue;
    }
    const toKey = moved(record.classKey);
    if (toKey === null) continue; // the class left: its corrections go with it
    const next = { ...record, classKey: toKey };
    overrides.push({ ...next, id: overrideId(toOverride(next)) });
  }

  const archived = input.invites
    .filter((record) => record.archivedAt === undefined && record.createdAt < input.yearStart)
    .map((record) => ({ ...record, archivedAt: input.now }));

  const renames: ChatRename[] = [];
  const seen = new Set<string>();
  for (const chat of input.chats) {
    const found = findClass(chat.title);
    if (!found || !keyMap.has(found.key) || keyMap.get(found.key) === found.key || seen.has(chat.title)) continue;
    seen.add(chat.title);
    renames.push({ title: chat.title, newTitle: keyMap.get(found.key) === null ? null : nextYearClass(chat.title), site: chat.site });
  }
  renames.sort((a, b) => compareRussian(a.title, b.title));
  moves.sort((a, b) => compareRussianNumeric(a.fromKey, b.fromKey));
  thisYear.sort(compareRussianNumeric);
  return { moves, classes, sizes, overrides, archived, renames, thisYear, basis: rolloverBasis(input) };
}

/** What the stores a step writes held when it was planned (lib/db/revision.ts). */
export function rolloverBasis(stores: Pick<RolloverInput, 'classes' | 'sizes' | 'overrides' | 'invites'>): string {
  return revisionOf([stores.classes, stores.sizes, stores.overrides, stores.invites]);
}

/**
 * After the step, a chat still named for last year's class («Родители 5А» for 6А): the chats whose
 * name, moved up a year, is this class's chat of this audience. Said on the checklist row — the
 * chat is there, it needs its new name — instead of a silent ✗.
 */
export function chatsNamedLastYear(titles: readonly string[], want: { classKey: string | null; audience: string; subject?: string }): { title: string; newTitle: string }[] {
  if (want.classKey === null) return [];
  const found: { title: string; newTitle: string }[] = [];
  for (const title of new Set(titles)) {
    const newTitle = nextYearClass(title);
    if (!newTitle || newTitle === title) continue;
    const moved = classifyChat(newTitle);
    if (moved.classKey !== want.classKey || moved.audience !== want.audience) continue;
    if (want.audience === 'subject' && canonicalSubject(moved.subject ?? '') !== canonicalSubject(want.subject ?? '')) continue;
    found.push({ title, newTitle });
  }
  return found;
}
