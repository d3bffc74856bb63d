/**
 * How the school's chats filled week by week, from the counts the teachers' reports carry (version
 * 3): each chat's readings over the last weeks, its change, and the school's total. Numbers only.
 * Pure; linear in the readings.
 */
import { mondayOfDay, shiftDay } from '../util/dates';
import type { SchoolRow } from './report';

/** How many weeks the director's summary shows. */
export const MOVEMENT_WEEKS = 8;

export interface ChatMovement {
  row: SchoolRow;
  platform: 'max' | 'vk';
  chat: string;
  /** The reading of each shown week, null where the chat was not opened that week. */
  counts: (number | null)[];
  /** The last count minus the one the first shown week had (or the first reading after it); null with fewer than two. */
  change: number | null;
}

export interface SchoolMovement {
  /** The shown weeks' Mondays, oldest first; empty when no report carries weekly counts. */
  weeks: string[];
  chats: ChatMovement[];
  /** Per week: the sum of each chat's last count known by then, and how many chats were known. */
  total: { members: number; chats: number }[];
  /** How many chats the total counts: a chat reported for two classes (or by two rows) counts once. */
  counted: number;
  /** The sum of the chats' changes; null when no chat has one. */
  change: number | null;
}

type Reading = { week: string; members: number };

/** One chat's readings as shown weeks, with the count each week carries forward (from before the weeks too). */
function placeReadings(readings: readonly Reading[], weeks: readonly string[]) {
  // Weeks named by their Monday (Parta writes Mondays; a file edited by hand may not).
  const sorted = readings.map((reading) => ({ week: mondayOfDay(reading.week), members: reading.members })).sort((a, b) => (a.week < b.week ? -1 : a.week > b.week ? 1 : 0));
  const counts: (number | null)[] = [];
  const carried: (number | null)[] = [];
  let next = 0;
  let last: number | null = null;
  for (const week of weeks) {
    let that: number | null = null;
    while (next < sorted.length && (sorted[next] as Reading).week <= week) {
      last = (sorted[next] as Reading).members;
      if ((sorted[next] as Reading).week === week) that = last;
      next++;
    }
    counts.push(that);
    carried.push(last);
  }
  const seen = counts.filter((count): count is number => count !== null);
  // What the chat showed: the count carried into the first week (when read before it) and each reading after.
  const points = carried[0] !== null && counts[0] === null ? [carried[0] as number, ...seen] : seen;
  const change = points.length < 2 ? null : (points[points.length - 1] as number) - (points[0] as number);
  return { counts, carried, change };
}

export function schoolMovement(rows: readonly SchoolRow[], shown: number = MOVEMENT_WEEKS): SchoolMovement {
  let latest = '';
  for (const row of rows) for (const placed of [row.max, row.vk]) for (const reading of placed?.weeks ?? []) if (reading.week > latest) latest = reading.week;
  latest = latest && mondayOfDay(latest);
  if (!latest) return { weeks: [], chats: [], total: [], counted: 0, change: null };
  const weeks: string[] = [];
  for (let back = shown - 1; back >= 0; back--) weeks.push(shiftDay(latest, -7 * back));
  const chats: ChatMovement[] = [];
  const total = weeks.map(() => ({ members: 0, chats: 0 }));
  let change: number | null = null;
  const counted = new Set<string>();
  for (const row of rows) {
    for (const platform of ['max', 'vk'] as const) {
      const placed = row[platform];
      if (!placed?.weeks || placed.weeks.length === 0) continue;
      const moved = placeReadings(placed.weeks, weeks);
      chats.push({ row, platform, chat: placed.chat, counts: moved.counts, change: moved.change });
      if (counted.has(`${platform}:${placed.chat}`)) continue;
      counted.add(`${platform}:${placed.chat}`);
      moved.carried.forEach((count, index) => {
        if (count === null) return;
        const week = total[index] as { members: number; chats: number };
        week.members += count;
        week.chats += 1;
      });
      if (moved.change !== null) change = (change ?? 0) + moved.change;
    }
  }
  return { weeks, chats, total, counted: counted.size, change };
}
