/**
 * The moderation log, as records: violations, blocks and people who left. Every step
 * keeps its date and reason (2.8: nobody is removed or blocked but for the rules). Names are as the
 * chat shows them; a message's text only when the teacher keeps a quote. Schemas and pure rules.
 */
import { localDay } from '../util/dates';
import * as z from 'zod/mini';
import { timeSchema } from '../db/records';
import { findName, personKey } from './names';
import { MESSENGER_SITE_IDS } from '../sites/types';

const text = (max: number) => z.string().check(z.maxLength(max));
const name = z.string().check(z.minLength(1), z.maxLength(120));
const site = z.enum(MESSENGER_SITE_IDS);
/** `YYYY-MM-DD`, a calendar day. */
export { QUOTE_SHOWN, shownQuote } from './quote';
export const DAY_PATTERN = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;
const day = z.string().check(z.regex(DAY_PATTERN));

export const VIOLATION_RECORD_VERSION = 1;
export const violationRecordSchema = z.strictObject({
  v: z.literal(VIOLATION_RECORD_VERSION),
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  site,
  chat: z.string().check(z.minLength(1), z.maxLength(200)),
  person: name,
  at: timeSchema,
  /** The rule's number in the chat's rules (1-based); null: «other». */
  rule: z.nullable(z.number().check(z.int(), z.minimum(1), z.maximum(99))),
  note: text(500),
  /** The message's words, only when the teacher chose to keep them. */
  quote: z.optional(text(1000)),
  /**
   * Which message it was, as a short mark of its chat, sender and words (`messageMark`): a second
   * record of the same message is refused. Not the words: eight hex digits. Optional, added later.
   */
  message: z.optional(z.string().check(z.regex(/^[0-9a-f]{8}$/))),
});
export type ViolationRecord = z.infer<typeof violationRecordSchema>;

export const BLOCK_RECORD_VERSION = 1;
export const blockRecordSchema = z.strictObject({
  v: z.literal(BLOCK_RECORD_VERSION),
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  site,
  chat: z.string().check(z.minLength(1), z.maxLength(200)),
  person: name,
  at: timeSchema,
  /** The last day of the block (at most one month: 2.6). */
  until: day,
  reason: text(500),
  /** When the teacher unblocked: at the end, or early (2.7, with its reason). */
  endedAt: z.optional(timeSchema),
  ended: z.optional(z.enum(['on-time', 'early'])),
  endReason: z.optional(text(500)),
});
export type BlockRecord = z.infer<typeof blockRecordSchema>;

export const LEAVER_RECORD_VERSION = 1;
export const leaverRecordSchema = z.strictObject({
  v: z.literal(LEAVER_RECORD_VERSION),
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  name,
  kind: z.enum(['student', 'staff']),
  /** A student's class (their parents leave its chats too: 2.9). */
  classKey: z.nullable(z.string().check(z.maxLength(40))),
  addedAt: timeSchema,
  /** Chats where Parta saw them after they left, until the teacher marks them removed there. */
  seen: z
    .array(
      z.strictObject({
        site,
        chat: z.string().check(z.minLength(1), z.maxLength(200)),
        at: timeSchema,
        /** Marked removed from this chat by the teacher. */
        removedAt: z.optional(timeSchema),
        /** The chat's history showed them leave (a service line). */
        leftAt: z.optional(timeSchema),
      }),
    )
    .check(z.maxLength(200)),
});
export type LeaverRecord = z.infer<typeof leaverRecordSchema>;
type Sighting = LeaverRecord['seen'][number];

const sightingKey = (seen: Sighting) => `${seen.site}\u0000${seen.chat}`;
const sightingChangedAt = (seen: Sighting) => Math.max(seen.at, seen.removedAt ?? 0, seen.leftAt ?? 0);

/** The last change to a leaver's record: listed, seen, removed or gone from a chat. */
export function leaverChangedAt(record: LeaverRecord): number {
  return Math.max(record.addedAt, ...record.seen.map(sightingChangedAt));
}

/**
 * The same leaver from two places (a backup and this computer): each chat's sighting keeps its
 * later state — nothing seen here is lost to an older file, nothing in the file to an older here.
 */
export function mergeLeaver(stored: LeaverRecord, incoming: LeaverRecord): LeaverRecord {
  const seen = new Map(stored.seen.map((entry) => [sightingKey(entry), entry]));
  for (const entry of incoming.seen) {
    const known = seen.get(sightingKey(entry));
    if (!known || sightingChangedAt(entry) > sightingChangedAt(known)) seen.set(sightingKey(entry), entry);
  }
  const base = incoming.addedAt > stored.addedAt ? incoming : stored;
  return { ...base, seen: [...seen.values()].sort((a, b) => a.at - b.at).slice(-200) };
}

/**
 * A leaver Parta may forget at the keeping period's end: nothing about them changed since, and
 * they are in no chat now — removed or gone from every chat they were seen in, or never seen at all
 * (a name pasted last school year is not kept for ever). One still in a chat stays: work to do.
 */
export function leaverDone(record: LeaverRecord, cutoff: number): boolean {
  return record.seen.every((seen) => seen.removedAt !== undefined || seen.leftAt !== undefined) && leaverChangedAt(record) < cutoff;
}

/** The moment a local calendar day (`YYYY-MM-DD`) ends. */
function dayEnd(day: string): number {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year, month - 1, date + 1).getTime();
}

/**
 * A block Parta may forget at the keeping period's end: lifted before it, or never lifted and its
 * last day over before it (the teacher did not press «Разблокировал(а)»). A running block stays.
 */
export function blockDone(record: BlockRecord, cutoff: number): boolean {
  return (record.endedAt ?? dayEnd(record.until)) < cutoff;
}


/** Blocks whose last day has come and that the teacher has not ended: time to unblock. */
export function dueUnblocks(blocks: readonly BlockRecord[], now: number): BlockRecord[] {
  const today = localDay(now);
  return blocks.filter((block) => block.endedAt === undefined && block.until <= today);
}

/** Blocks still running (not ended, end not reached). */
export function activeBlocks(blocks: readonly BlockRecord[], now: number): BlockRecord[] {
  const today = localDay(now);
  return blocks.filter((block) => block.endedAt === undefined && block.until > today);
}


export function violationsOf(violations: readonly ViolationRecord[], site: string, chat: string, person: string): ViolationRecord[] {
  const key = personKey(person);
  return violations.filter((record) => record.site === site && record.chat === chat && personKey(record.person) === key);
}

/** How many violations each person has in one chat: person key → count. */
export function countsInChat(violations: readonly ViolationRecord[], site: string, chat: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const record of violations) {
    if (record.site !== site || record.chat !== chat) continue;
    const key = personKey(record.person);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Leavers still seen in a chat and not marked removed there. */
export function stillInChats(leavers: readonly LeaverRecord[]): { leaver: LeaverRecord; chat: LeaverRecord['seen'][number] }[] {
  return leavers.flatMap((leaver) => leaver.seen.filter((seen) => seen.removedAt === undefined && seen.leftAt === undefined).map((chat) => ({ leaver, chat })));
}

/**
 * Until when the log is kept: entries from before this moment are forgotten. Default (no days set):
 * the end of the school year — what came before this school year's first day goes. A running
 * block, and a leaver still in a chat, are never forgotten.
 */
export function moderationCutoff(now: number, yearStart: number, keepDays: number | undefined): number {
  return keepDays === undefined ? yearStart : now - keepDays * 24 * 60 * 60 * 1000;
}

export interface PersonMarks {
  person: string;
  /** Violations recorded for them in this chat. */
  violations: number;
  /** The last day of their block in this chat, while it is not lifted. */
  blockedUntil: string | null;
  /** On the teacher's list of people who left. */
  left: boolean;
}

/**
 * What a chat page shows beside each name: violations there, a block not yet lifted, «выбыл(а)».
 * Only people with something to show. Names compared by `personKey` (violations, blocks: as the
 * chat writes them) and by `sameName` (leavers: typed by the teacher in any form).
 */
export function marksFor(
  log: { violations: readonly ViolationRecord[]; blocks: readonly BlockRecord[]; leavers: readonly LeaverRecord[] },
  site: string,
  chat: string,
  names: readonly { person: string; accusative?: boolean }[],
): PersonMarks[] {
  const counts = countsInChat(log.violations, site, chat);
  const blocked = new Map<string, string>();
  for (const block of log.blocks) {
    if (block.site === site && block.chat === chat && block.endedAt === undefined) blocked.set(personKey(block.person), block.until);
  }
  const marks: PersonMarks[] = [];
  const done = new Set<string>();
  for (const { person, accusative = false } of names) {
    const key = personKey(person);
    if (!key || done.has(key)) continue;
    done.add(key);
    const violations = counts.get(key) ?? 0;
    const blockedUntil = blocked.get(key) ?? null;
    const left = findName(person, log.leavers, accusative) !== null;
    if (violations > 0 || blockedUntil !== null || left) marks.push({ person, violations, blockedUntil, left });
  }
  return marks;
}

/**
 * A message's mark: FNV-1a over its site, chat, sender and words, as eight hex digits. The same
 * message opened twice gets the same mark; its words cannot be read back from it. None for a form
 * opened without a message.
 */
export function messageMark(message: { site: string; chat: string; person: string; quote: string }): string | undefined {
  const words = message.quote.replace(/\s+/g, ' ').trim();
  if (!words) return undefined;
  let hash = 0x811c9dc5;
  for (const part of [message.site, message.chat, message.person.replace(/\s+/g, ' ').trim(), words]) {
    for (let index = 0; index < part.length; index++) {
      hash ^= part.charCodeAt(index);
      hash = Math.imul(hash, 0x01000193);
    }
    hash ^= 0x1f; // between parts: «ab»+«c» is not «a»+«bc»
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** The record already kept for the message with this mark, if any. */
export function recordOfMessage(violations: readonly ViolationRecord[], mark: string | undefined): ViolationRecord | undefined {
  return mark === undefined ? undefined : violations.find((record) => record.message === mark);
}
