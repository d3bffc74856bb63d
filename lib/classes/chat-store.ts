/**
 * Chats seen in the messenger's chat list. Seeing a chat again updates when it was last seen; it
 * never adds a second record. One transaction per batch.
 */
import { isSchoolChatTitle } from './school-chat';
import { listOverrides } from './override-store';
import type { IDBPObjectStore } from 'idb';
import type { PartaDatabase } from '../db/open';
import type { PartaDb } from '../db/schema';
import { readValid, validate } from '../db/records';
import { chatListKey, chatListRecordSchema, chatListsByPlatform, sightedList, type ChatLists, type ListSighting } from './chat-list';
import { PLATFORMS, type Platform } from './profiles';
import { CHAT_RECORD_VERSION, chatRecordSchema, upgradeChat, type ChatRecord } from './records';
import { memberCountRecord, memberCountRecordSchema, upgradeMemberCount, type MemberCountRecord } from './count-history';

export type ChatSite = ChatRecord['site'];

export const chatKey = (site: ChatSite, title: string) => `${site}:${title}`;

/** Records the titles; returns how many were new. */
export async function recordChats(db: PartaDatabase, site: ChatSite, titles: readonly string[], now: number): Promise<number> {
  const unique = [...new Set(titles.map((title) => title.trim()).filter(Boolean))];
  const tx = db.transaction('chats', 'readwrite');
  let added = 0;
  for (const title of unique) {
    const key = chatKey(site, title);
    const stored = await tx.store.get(key);
    const previous = stored === undefined ? null : upgradeChat(stored);
    const record: ChatRecord =
      previous?.ok
        ? { ...previous.record, lastSeen: Math.max(previous.record.lastSeen, now) }
        : { v: CHAT_RECORD_VERSION, key, site, title, firstSeen: now, lastSeen: now };
    if (!previous?.ok) added++;
    await tx.store.put(chatRecordSchema.parse(record));
  }
  // A page can show any number of titles (a hostile one, thousands a second): the store keeps at most
  // so many per messenger, the ones longest unseen going first.
  const ofSite = IDBKeyRange.bound(`${site}:`, `${site}:\uffff`);
  let over = added > 0 ? (await tx.store.count(ofSite)) - MAX_CHATS_PER_SITE : 0;
  for (let cursor = over > 0 ? await tx.store.index('lastSeen').openCursor() : null; cursor && over > 0; cursor = await cursor.continue()) {
    if (cursor.primaryKey >= `${site}:` && cursor.primaryKey < `${site}:\uffff` && (cursor.key as number) < now) {
      await cursor.delete();
      over--;
    }
  }
  await tx.done;
  return added;
}

/**
 * The most chat titles kept per messenger: a teacher's school chats are tens, a big school's
 * administrator's a few hundred. Past it, the longest unseen go (the popup's work stays bounded).
 */
export const MAX_CHATS_PER_SITE = 1000;

export async function listChats(db: PartaDatabase): Promise<{ records: ChatRecord[]; damaged: number }> {
  return readValid(await db.getAll('chats'), upgradeChat);
}

/** Chats not seen for this long are forgotten: deleted or renamed chats should not count as present. */
export const FORGET_CHATS_AFTER_MS = 180 * 24 * 60 * 60 * 1000;

/** Deletes chats last seen before `cutoff`; returns how many. One transaction. */
export async function forgetChatsSeenBefore(db: PartaDatabase, cutoff: number): Promise<number> {
  const tx = db.transaction(['chats', 'memberCounts'], 'readwrite');
  let forgotten = 0;
  const unseenSince = tx.objectStore('chats').index('lastSeen');
  for (let cursor = await unseenSince.openCursor(IDBKeyRange.upperBound(cutoff, true)); cursor; cursor = await cursor.continue()) {
    await forgetCountsOf(tx.objectStore('memberCounts'), cursor.primaryKey);
    await cursor.delete();
    forgotten++;
  }
  await tx.done;
  return forgotten;
}

/** A forgotten chat's counts by day go with it. */
async function forgetCountsOf(counts: IDBPObjectStore<PartaDb, ('chats' | 'memberCounts')[], 'memberCounts', 'readwrite'>, chat: string): Promise<void> {
  for (let cursor = await counts.index('chat').openCursor(chat); cursor; cursor = await cursor.continue()) await cursor.delete();
}

/** Every chat's member counts by day (the trend). */
export async function listMemberCounts(db: PartaDatabase): Promise<MemberCountRecord[]> {
  return readValid(await db.getAll('memberCounts'), upgradeMemberCount).records;
}

/** Counts read before `cutoff` (the school year's start) are forgotten. */
export async function forgetCountsBefore(db: PartaDatabase, cutoff: number): Promise<number> {
  const tx = db.transaction('memberCounts', 'readwrite');
  let forgotten = 0;
  for (let cursor = await tx.store.openCursor(); cursor; cursor = await cursor.continue()) {
    const at = (cursor.value as { at?: unknown }).at;
    if (typeof at === 'number' && at < cutoff) {
      await cursor.delete();
      forgotten++;
    }
  }
  await tx.done;
  return forgotten;
}

/** Forgets every chat `forget` says so of (titles Parta should not have kept). One transaction. */
export async function forgetChatsWhere(db: PartaDatabase, forget: (record: ChatRecord) => boolean): Promise<number> {
  const tx = db.transaction(['chats', 'memberCounts'], 'readwrite');
  let forgotten = 0;
  for (let cursor = await tx.objectStore('chats').openCursor(); cursor; cursor = await cursor.continue()) {
    const upgraded = upgradeChat(cursor.value);
    if (upgraded.ok && forget(upgraded.record)) {
      await forgetCountsOf(tx.objectStore('memberCounts'), cursor.primaryKey);
      await cursor.delete();
      forgotten++;
    }
  }
  await tx.done;
  return forgotten;
}

/**
 * Which titles to keep: a school chat's (lib/classes/school-chat.ts), or one the teacher named in
 * a correction. Personal dialogs — a person's name, a phone number — never.
 */
export async function chatKeeper(db: PartaDatabase): Promise<(title: string) => boolean> {
  const corrected = new Set((await listOverrides(db)).flatMap((override) => (override.kind === 'chat' ? [override.title] : [])));
  return (title) => corrected.has(title) || isSchoolChatTitle(title);
}

/**
 * The member count a chat's header stated, kept with the time it was read. A chat not
 * seen in the list yet is added: the open chat is on the teacher's screen. Only for titles the
 * caller decided to keep (chatKeeper). Returns whether it was stored.
 */
export async function recordMembers(db: PartaDatabase, site: ChatSite, title: string, members: number, now: number): Promise<boolean> {
  const trimmed = title.trim();
  if (!trimmed) return false;
  const key = chatKey(site, trimmed);
  const tx = db.transaction(['chats', 'memberCounts'], 'readwrite');
  const chats = tx.objectStore('chats');
  const stored = await chats.get(key);
  const previous = stored === undefined ? null : upgradeChat(stored);
  const base: ChatRecord = previous?.ok ? previous.record : { v: CHAT_RECORD_VERSION, key, site, title: trimmed, firstSeen: now, lastSeen: now };
  await chats.put(chatRecordSchema.parse({ ...base, lastSeen: Math.max(base.lastSeen, now), members, membersAt: now }));
  // The day's reading for the trend: the last of the day wins.
  await tx.objectStore('memberCounts').put(memberCountRecordSchema.parse(memberCountRecord(key, members, now)));
  await tx.done;
  return true;
}

/**
 * One more sighting of a messenger's chat list (lib/classes/chat-list.ts), in the `meta` store.
 * Returns whether it changes what the list proves: the first sighting, or the first of the whole list.
 */
export async function recordChatList(db: PartaDatabase, platform: Platform, sighting: ListSighting, now: number): Promise<boolean> {
  const tx = db.transaction('meta', 'readwrite');
  const stored = validate(chatListRecordSchema, await tx.store.get(chatListKey(platform)));
  const previous = stored.ok ? stored.record : null;
  const next = sightedList(previous, platform, sighting, now);
  await tx.store.put(chatListRecordSchema.parse(next));
  await tx.done;
  return previous === null || (sighting.whole && previous.wholeAt === undefined);
}

/** What Parta saw of each messenger's chat list. */
export async function listChatLists(db: PartaDatabase): Promise<ChatLists> {
  const records = await Promise.all(PLATFORMS.map(async (platform) => validate(chatListRecordSchema, await db.get('meta', chatListKey(platform)))));
  return chatListsByPlatform(records.flatMap((read) => (read.ok ? [read.record] : [])));
}
