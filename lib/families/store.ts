/**
 * The class lists and member lists of «Кто ещё не в чате» in Parta's database. A class's list
 * exists only while the teacher has the check on for it: turning it off deletes the record — names,
 * answers and «Сообщили» together. Each write is one transaction.
 */
import type { PartaDatabase } from '../db/open';
import { readValid } from '../db/records';
import type { MemberDecision } from './class-chat';
import type { PupilName } from './match';
import {
  CLASS_LIST_RECORD_VERSION,
  MEMBER_LIST_MAX,
  MEMBER_LIST_RECORD_VERSION,
  classListRecordSchema,
  memberListKey,
  memberListRecordSchema,
  upgradeClassList,
  upgradeMemberList,
  type ClassListRecord,
  type MemberListRecord,
  type ToldHow,
} from './records';

export async function listClassLists(db: PartaDatabase): Promise<ClassListRecord[]> {
  return readValid(await db.getAll('classLists'), upgradeClassList).records;
}

export async function listMemberLists(db: PartaDatabase): Promise<MemberListRecord[]> {
  return readValid(await db.getAll('memberLists'), upgradeMemberList).records;
}

/** Changes one class's record in one transaction; `change` returns null to leave it as it is. */
async function changeClassList(db: PartaDatabase, classKey: string, change: (current: ClassListRecord | null) => ClassListRecord | null): Promise<ClassListRecord | null> {
  const tx = db.transaction('classLists', 'readwrite');
  const raw = await tx.store.get(classKey);
  const upgraded = raw === undefined ? null : upgradeClassList(raw);
  // A damaged record is left as it is: nothing the teacher kept is written over unread.
  if (upgraded && !upgraded.ok) {
    await tx.done;
    return null;
  }
  const next = change(upgraded?.record ?? null);
  if (next) await tx.store.put(classListRecordSchema.parse(next));
  await tx.done;
  return next;
}

/** The record of a class whose check is just turned on: no names yet. */
export function newClassList(classKey: string, now: number): ClassListRecord {
  return { v: CLASS_LIST_RECORD_VERSION, classKey, pupils: [], source: null, decisions: [], told: [], updatedAt: now };
}

/** A class list's record with new names (answers and «Сообщили» stay). */
export function withPupils(record: ClassListRecord, pupils: readonly PupilName[], source: 'journal' | 'paste', now: number): ClassListRecord {
  return { ...record, pupils: [...pupils], source, updatedAt: now };
}

/** A class list's record with the teacher's answer, replacing an earlier one about the same member and pupil. */
export function withDecision(record: ClassListRecord, decision: MemberDecision, now: number): ClassListRecord {
  return { ...record, decisions: [...record.decisions.filter((old) => old.member !== decision.member || old.pupil !== decision.pupil), decision], updatedAt: now };
}

/** A class list's record with one more «Сообщили». */
export function withTold(record: ClassListRecord, told: { pupil: string; chat: string; how: ToldHow }, now: number): ClassListRecord {
  return { ...record, told: [...record.told, { ...told, at: now }], updatedAt: now };
}

/** «Сверять состав чатов 5А»: the check turned on for a class (no names yet); on already, nothing changes. */
export function turnOnClassList(db: PartaDatabase, classKey: string, now: number): Promise<ClassListRecord | null> {
  return changeClassList(db, classKey, (current) => current ?? newClassList(classKey, now));
}

/** The check turned off: the class's names, answers and «Сообщили» are forgotten. */
export async function turnOffClassList(db: PartaDatabase, classKey: string): Promise<void> {
  await db.delete('classLists', classKey);
}

/**
 * A class list from the journal or a paste, for a class whose check is on (never turns it on: the
 * journal's names are kept only where the teacher chose). A journal's reading never replaces a list
 * she pasted (as with class sizes, her word wins). Answers and «Сообщили» stay.
 */
export function savePupils(db: PartaDatabase, classKey: string, pupils: readonly PupilName[], source: 'journal' | 'paste', now: number): Promise<ClassListRecord | null> {
  return changeClassList(db, classKey, (current) => (current && !(source === 'journal' && current.source === 'paste') ? withPupils(current, pupils, source, now) : null));
}

/** The teacher's answer about a member and a pupil, replacing an earlier one about the same two. */
export function decide(db: PartaDatabase, classKey: string, decision: MemberDecision, now: number): Promise<ClassListRecord | null> {
  return changeClassList(db, classKey, (current) => (current ? withDecision(current, decision, now) : null));
}

/** «Сообщили»: how a family outside the chat was told, kept beside the earlier ones. */
export function recordTold(db: PartaDatabase, classKey: string, told: { pupil: string; chat: string; how: ToldHow }, now: number): Promise<ClassListRecord | null> {
  return changeClassList(db, classKey, (current) => (current ? withTold(current, told, now) : null));
}

/** A chat's member list record: names trimmed, blanks dropped, at most the limit. */
export function newMemberList(site: MemberListRecord['site'], chat: string, members: readonly string[], source: MemberListRecord['source'], now: number): MemberListRecord {
  return memberListRecordSchema.parse({
    v: MEMBER_LIST_RECORD_VERSION,
    key: memberListKey(site, chat),
    site,
    chat: chat.trim().slice(0, 200),
    members: members.map((member) => member.trim().slice(0, 120)).filter((member) => member !== '').slice(0, MEMBER_LIST_MAX),
    source,
    readAt: now,
  });
}

/** A chat's members as read from its member list or pasted: the latest reading replaces the one before. */
export async function saveMemberList(db: PartaDatabase, site: MemberListRecord['site'], chat: string, members: readonly string[], source: MemberListRecord['source'], now: number): Promise<MemberListRecord> {
  const record = newMemberList(site, chat, members, source, now);
  await db.put('memberLists', record);
  return record;
}

/**
 * The end of the school year: class lists and member lists from before `yearStart` are forgotten
 * (names are kept for one school year at most).
 */
export async function forgetLastYearsLists(db: PartaDatabase, yearStart: number): Promise<number> {
  const tx = db.transaction(['classLists', 'memberLists'], 'readwrite');
  let forgotten = 0;
  for (const store of ['classLists', 'memberLists'] as const) {
    for (let cursor = await tx.objectStore(store).openCursor(); cursor; cursor = await cursor.continue()) {
      const value = cursor.value as { updatedAt?: unknown; readAt?: unknown };
      const at = store === 'classLists' ? value.updatedAt : value.readAt;
      if (typeof at === 'number' && at < yearStart) {
        await cursor.delete();
        forgotten++;
      }
    }
  }
  await tx.done;
  return forgotten;
}
