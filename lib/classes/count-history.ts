/**
 * How a chat's member count moved: one reading kept per chat and day (the last of the day), numbers
 * only, and the trend the checklist says — «+3 за неделю». Records and the pure trend here; the
 * write is part of recording a count (chat-store.ts), in the same transaction.
 */
import * as z from 'zod/mini';
import { timeSchema, validate, type Validated } from '../db/records';
import { localDay } from '../util/dates';
import { MAX_MEMBERS } from './keys';

export const MEMBER_COUNT_RECORD_VERSION = 1;
export const memberCountRecordSchema = z.strictObject({
  v: z.literal(MEMBER_COUNT_RECORD_VERSION),
  /** `<chat key>|<day>`: one reading per chat and day. */
  key: z.string().check(z.minLength(1), z.maxLength(280)),
  /** The chat's key in the chats store (`<site>:<title>`). */
  chat: z.string().check(z.minLength(1), z.maxLength(260)),
  day: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  members: z.number().check(z.int(), z.nonnegative(), z.maximum(MAX_MEMBERS)),
  at: timeSchema,
});
export type MemberCountRecord = z.infer<typeof memberCountRecordSchema>;
export const upgradeMemberCount = (raw: unknown): Validated<MemberCountRecord> => validate(memberCountRecordSchema, raw);

export function memberCountRecord(chat: string, members: number, now: number): MemberCountRecord {
  const day = localDay(now);
  return { v: MEMBER_COUNT_RECORD_VERSION, key: `${chat}|${day}`, chat, day, members, at: now };
}

export interface CountTrend {
  /** The latest count. */
  now: number;
  /** The change since the reading closest to a week before the latest (at least 5 days back), or null when none is that old. */
  week: number | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The trend of one chat's readings (any order). Null without a reading. */
export function countTrend(readings: readonly Pick<MemberCountRecord, 'at' | 'members'>[]): CountTrend | null {
  if (readings.length === 0) return null;
  const sorted = [...readings].sort((a, b) => a.at - b.at);
  const latest = sorted[sorted.length - 1] as (typeof sorted)[number];
  // The last reading at least five days before the latest: «за неделю» even when the chat was opened on another weekday.
  const before = sorted.filter((reading) => reading.at <= latest.at - 5 * DAY_MS);
  const base = before.length > 0 ? (before[before.length - 1] as (typeof sorted)[number]) : null;
  return { now: latest.members, week: base && latest.at - base.at <= 14 * DAY_MS ? latest.members - base.members : null };
}

/** `<platform>:<title>`, as the checklist and the report place chats: Sferum's chats are VK's. */
function placedChatKey(chat: string): string {
  const colon = chat.indexOf(':');
  return `${chat.slice(0, colon) === 'max' ? 'max' : 'vk'}:${chat.slice(colon + 1)}`;
}

/** The readings grouped by placed chat (one pass). */
function readingsByPlacedChat(counts: readonly MemberCountRecord[]): Map<string, MemberCountRecord[]> {
  const byChat = new Map<string, MemberCountRecord[]>();
  for (const count of counts) {
    const key = placedChatKey(count.chat);
    const readings = byChat.get(key);
    if (readings) readings.push(count);
    else byChat.set(key, [count]);
  }
  return byChat;
}

/** Each chat's trend by `<platform>:<title>` as the checklist places chats (Sferum's chats are VK's). */
export function trendsByChat(counts: readonly MemberCountRecord[]): Map<string, CountTrend> {
  const trends = new Map<string, CountTrend>();
  for (const [key, readings] of readingsByPlacedChat(counts)) {
    const trend = countTrend(readings);
    if (trend) trends.set(key, trend);
  }
  return trends;
}

export interface WeekCount {
  /** The week's Monday, `YYYY-MM-DD`. */
  week: string;
  /** The week's last reading, or null when the chat was not opened that week. */
  members: number | null;
}

/** The Monday of a moment's week (local time), as a moment at midnight. */
function mondayOf(time: number): number {
  const date = new Date(time);
  date.setHours(0, 0, 0, 0);
  date.setDate(date.getDate() - ((date.getDay() + 6) % 7));
  return date.getTime();
}

/** One chat's last reading per week over the `weeks` weeks up to `now`'s, oldest first. */
export function weeklyCounts(readings: readonly Pick<MemberCountRecord, 'at' | 'members'>[], now: number, weeks: number): WeekCount[] {
  const thisWeek = mondayOf(now);
  const starts: number[] = [];
  for (let back = weeks - 1; back >= 0; back--) {
    const date = new Date(thisWeek);
    date.setDate(date.getDate() - 7 * back);
    starts.push(date.getTime());
  }
  const last = new Map<number, { at: number; members: number }>();
  for (const reading of readings) {
    const week = mondayOf(reading.at);
    const known = last.get(week);
    if (!known || reading.at > known.at) last.set(week, reading);
  }
  return starts.map((start) => ({ week: localDay(start), members: last.get(start)?.members ?? null }));
}

/** How many weeks of counts the teacher's report carries: a term. */
export const REPORT_WEEKS = 12;

/**
 * Each chat's weeks with a reading (oldest first, at most `weeks` up to `now`'s) by `<platform>:<title>`:
 * what the teacher's report carries. Weeks without a reading are left out, not written as nothing.
 */
export function weeklyByChat(counts: readonly MemberCountRecord[], now: number, weeks: number = REPORT_WEEKS): Map<string, { week: string; members: number }[]> {
  const weekly = new Map<string, { week: string; members: number }[]>();
  for (const [key, readings] of readingsByPlacedChat(counts)) {
    const known = weeklyCounts(readings, now, weeks).flatMap(({ week, members }) => (members === null ? [] : [{ week, members }]));
    if (known.length > 0) weekly.set(key, known);
  }
  return weekly;
}
