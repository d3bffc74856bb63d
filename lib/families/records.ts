/**
 * What «Кто ещё не в чате» keeps: per class, the class list the teacher turned the check on for, her
 * answers about members, and how each family was told; per chat, its member list as last read or
 * pasted. Names of children and parents: kept only for the classes she chose, only here, and forgotten
 * at the end of the school year (PRIVACY.md).
 */
import * as z from 'zod/mini';
import { timeSchema, validate, type Validated } from '../db/records';
import { MESSENGER_SITE_IDS } from '../sites/types';
import { plainWord } from './names';
import { CLASS_LIST_MAX } from './paste';

const word = z.string().check(z.minLength(1), z.maxLength(60));
export const pupilSchema = z.strictObject({ surname: word, given: word, patronymic: z.optional(word) });

/** How a family outside the chat was told: a journal message, a paper note, a call, a meeting. */
export const TOLD_HOW = ['journal', 'paper', 'phone', 'meeting'] as const;
export type ToldHow = (typeof TOLD_HOW)[number];

export const CLASS_LIST_RECORD_VERSION = 1;
export const classListRecordSchema = z.strictObject({
  v: z.literal(CLASS_LIST_RECORD_VERSION),
  /** The class key (lib/classes/keys.ts). */
  classKey: z.string().check(z.minLength(1), z.maxLength(40)),
  pupils: z.array(pupilSchema).check(z.maxLength(CLASS_LIST_MAX)),
  /** Where the names came from; null while the check is on but no list is in yet. */
  source: z.nullable(z.enum(['journal', 'paste'])),
  /** The teacher's answers: this member is (or is not) this pupil or their family. */
  decisions: z
    .array(z.strictObject({ member: z.string().check(z.maxLength(120)), pupil: z.string().check(z.maxLength(200)), same: z.boolean() }))
    .check(z.maxLength(2000)),
  /** «Сообщили»: a family outside the chat was told, how and when. */
  told: z
    .array(z.strictObject({ pupil: z.string().check(z.maxLength(200)), chat: z.string().check(z.maxLength(200)), how: z.enum(TOLD_HOW), at: timeSchema }))
    .check(z.maxLength(2000)),
  updatedAt: timeSchema,
});
export type ClassListRecord = z.infer<typeof classListRecordSchema>;

/** The most members one chat's list keeps (VK and MAX groups of a school are far smaller). */
export const MEMBER_LIST_MAX = 2000;

export const MEMBER_LIST_RECORD_VERSION = 1;
export const memberListRecordSchema = z.strictObject({
  v: z.literal(MEMBER_LIST_RECORD_VERSION),
  /** `<site>:<chat title, lower case>`. */
  key: z.string().check(z.minLength(1), z.maxLength(220)),
  site: z.enum(MESSENGER_SITE_IDS),
  chat: z.string().check(z.minLength(1), z.maxLength(200)),
  members: z.array(z.string().check(z.minLength(1), z.maxLength(120))).check(z.maxLength(MEMBER_LIST_MAX)),
  source: z.enum(['page', 'paste']),
  readAt: timeSchema,
});
export type MemberListRecord = z.infer<typeof memberListRecordSchema>;

export const upgradeClassList = (raw: unknown): Validated<ClassListRecord> => validate(classListRecordSchema, raw);
export const upgradeMemberList = (raw: unknown): Validated<MemberListRecord> => validate(memberListRecordSchema, raw);

/** One chat's key in the member lists: its site and title, as the chat list shows it. */
export function memberListKey(site: MemberListRecord['site'], chat: string): string {
  return `${site}:${plainWord(chat.trim())}`.slice(0, 220);
}
