/**
 * What Parta knows of each messenger's chat list as a whole: when it last saw the list, and when
 * it last saw all of it — from its top to its end, unfiltered. MAX and VK load the list lazily as it
 * is scrolled, so a title missing from a list seen only in part proves nothing; only a whole list
 * seen after a class became known proves that class's chat missing. Pure: the record and the proof.
 */
import * as z from 'zod/mini';
import { timeSchema } from '../db/records';
import { MAX_LIST_ROWS } from './keys';
import { PLATFORMS, type Platform } from './profiles';
import { isSchoolChatTitle } from './school-chat';
import type { ChatKind } from '../sites/types';

export const CHAT_LIST_RECORD_VERSION = 1;

const rows = z.number().check(z.int(), z.nonnegative(), z.maximum(MAX_LIST_ROWS));

export const chatListRecordSchema = z.strictObject({
  /** `chat-list:<platform>`, in the `meta` store: one record per platform. */
  key: z.string().check(z.minLength(1), z.maxLength(40)),
  v: z.literal(CHAT_LIST_RECORD_VERSION),
  platform: z.enum(PLATFORMS),
  /** When any part of the list was last seen. */
  seenAt: timeSchema,
  /** How many chats Parta counted in it then (a number: no titles here). */
  rows,
  /** When the whole list was last seen; absent until it has been. */
  wholeAt: z.optional(timeSchema),
  /** How many chats the whole list held then. */
  wholeRows: z.optional(rows),
});
export type ChatListRecord = z.infer<typeof chatListRecordSchema>;

export const chatListKey = (platform: Platform) => `chat-list:${platform}`;

/** One reading of the list, as a messenger page reports it. */
export interface ListSighting {
  rows: number;
  /** The list was seen from its top to its end in this visit, with no search or filter on. */
  whole: boolean;
}

/** The record after one more sighting. */
export function sightedList(previous: ChatListRecord | null, platform: Platform, sighting: ListSighting, now: number): ChatListRecord {
  const count = Math.min(MAX_LIST_ROWS, Math.max(0, Math.floor(sighting.rows)));
  const record: ChatListRecord = { key: chatListKey(platform), v: CHAT_LIST_RECORD_VERSION, platform, seenAt: Math.max(now, previous?.seenAt ?? 0), rows: count };
  if (sighting.whole) return { ...record, wholeAt: now, wholeRows: count };
  return previous?.wholeAt === undefined ? record : { ...record, wholeAt: previous.wholeAt, wholeRows: previous.wholeRows ?? 0 };
}

/**
 * Why a chat not found on a platform is not proved missing there:
 * - `never`: Parta has never seen that messenger's chat list;
 * - `partial`: it saw the list only in part (never scrolled to its end, or searched);
 * - `before-class`: it saw the whole list only before it knew the class.
 */
export type UncheckedWhy = 'never' | 'partial' | 'before-class';

/**
 * How long before Parta came to know a class a whole list still speaks of it: the teacher who
 * installs Parta, glances at MAX and then opens her journal has shown it the list of today. A list
 * older than that predates the class (a new school year, a class given mid-year).
 */
export const LIST_BEFORE_CLASS_MS = 24 * 60 * 60 * 1000;

/** Whether the list proves a chat of a class known since `since` missing; if not, why not. */
export function listProof(list: Pick<ChatListRecord, 'wholeAt'> | undefined, since: number): { proved: true; at: number } | { proved: false; why: UncheckedWhy } {
  if (!list) return { proved: false, why: 'never' };
  if (list.wholeAt === undefined) return { proved: false, why: 'partial' };
  if (list.wholeAt < since - LIST_BEFORE_CLASS_MS) return { proved: false, why: 'before-class' };
  return { proved: true, at: list.wholeAt };
}

export type ChatLists = Partial<Record<Platform, ChatListRecord>>;

/** The stored records by platform (a damaged one, or a second for a platform, is left out). */
export function chatListsByPlatform(records: readonly ChatListRecord[]): ChatLists {
  const lists: ChatLists = {};
  for (const record of records) if (record.key === chatListKey(record.platform)) lists[record.platform] = record;
  return lists;
}

/** What one visit to the messenger has seen of its list so far. */
export interface ListVisit {
  /** Its top, in a reading with no search on. */
  sawTop: boolean;
  /** All of it: the top, then the end in this reading, with no search on. */
  whole: boolean;
}

export const NEW_VISIT: ListVisit = { sawTop: false, whole: false };

/**
 * The visit after one more reading of the list. The list loads more as it nears its end, so
 * «whole» holds only while the reader stands at the end: a reading after more rows came is not.
 */
export function visitAfter(visit: ListVisit, extent: { atTop: boolean; atEnd: boolean; filtered: boolean }): ListVisit {
  if (extent.filtered) return { sawTop: visit.sawTop, whole: false };
  const sawTop = visit.sawTop || extent.atTop;
  return { sawTop, whole: sawTop && extent.atEnd };
}

/**
 * What of the chat list's rows may leave the page: the titles of group chats (kept for the
 * checklist), and the rows named like school chats whose kind the page does not tell — neither kept
 * nor proof: while one is in the list, the list proves no chat missing. A person's chat never
 * leaves the page, whatever it is called («Петров Саша 7Б», «Мама Пети Иванова 5А»).
 */
export function sortChatRows(rows: readonly { title: string; kind: ChatKind }[]): { groups: string[]; untold: string[] } {
  const groups: string[] = [];
  const untold: string[] = [];
  for (const { title, kind } of rows) {
    if (kind === 'group') groups.push(title);
    else if (kind === 'unknown' && isSchoolChatTitle(title)) untold.push(title);
  }
  return { groups, untold };
}
