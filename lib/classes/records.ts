/**
 * Record schemas of the class stores — chats seen, classes, class sizes, corrections — and their
 * upgraders: `upgrade<Store>(raw)` turns a record of any older `v` into the current shape before
 * zod validates it. Version 1 is the first, so today they only validate.
 */
import * as z from 'zod/mini';
import { timeSchema, validate, type Validated } from '../db/records';
import { AUDIENCES } from './classify';
import { MAX_CLASS_SIZE, MAX_MEMBERS } from './keys';
import { MESSENGER_SITE_IDS } from '../sites/types';

const time = timeSchema;

export const CHAT_RECORD_VERSION = 1;
export const chatRecordSchema = z.strictObject({
  v: z.literal(CHAT_RECORD_VERSION),
  /** `<site>:<title>`: seeing the same chat again updates it, never duplicates it. */
  key: z.string().check(z.minLength(1), z.maxLength(260)),
  site: z.enum(MESSENGER_SITE_IDS),
  title: z.string().check(z.minLength(1), z.maxLength(200)),
  firstSeen: time,
  lastSeen: time,
  /** Members the chat's header stated when it was last open: a number, never names. */
  members: z.optional(z.number().check(z.int(), z.nonnegative(), z.maximum(MAX_MEMBERS))),
  /** When that count was read. */
  membersAt: z.optional(time),
});
export type ChatRecord = z.infer<typeof chatRecordSchema>;

export const CLASS_RECORD_VERSION = 1;
export const classRecordSchema = z.strictObject({
  v: z.literal(CLASS_RECORD_VERSION),
  key: z.string().check(z.minLength(1), z.maxLength(40)),
  name: z.string().check(z.minLength(1), z.maxLength(80)),
  source: z.enum(['journal', 'manual']),
  updatedAt: time,
  /** Added after version 1 shipped, optional so version-1 records stay valid. */
  own: z.optional(z.boolean()),
  subjects: z.optional(z.array(z.string().check(z.maxLength(100))).check(z.maxLength(50))),
  /** Since when Parta has known this class under this key (a re-read keeps it); optional, added later. */
  since: z.optional(time),
  /** Subjects the teacher typed for it («Математика: 7А»): a journal's reading never replaces them. Optional, added later. */
  typedSubjects: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(100))).check(z.maxLength(50))),
});
export type ClassRecord = z.infer<typeof classRecordSchema>;

/** Since when the class has been known: `since`, or for a record written before it existed, its last update. */
export function knownSince(record: Pick<ClassRecord, 'since' | 'updatedAt'>): number {
  return record.since ?? record.updatedAt;
}

export const CLASS_SIZE_RECORD_VERSION = 1;
export const classSizeRecordSchema = z.strictObject({
  v: z.literal(CLASS_SIZE_RECORD_VERSION),
  /** The class key (lib/classes/keys.ts). */
  key: z.string().check(z.minLength(1), z.maxLength(40)),
  size: z.number().check(z.int(), z.minimum(1), z.maximum(MAX_CLASS_SIZE)),
  /** A typed size is the teacher's word: a journal's reading never replaces it. */
  source: z.enum(['journal', 'manual']),
  updatedAt: time,
});
export type ClassSizeRecord = z.infer<typeof classSizeRecordSchema>;

export const OVERRIDE_RECORD_VERSION = 1 as const;
const audience = z.enum(AUDIENCES);
export const overrideRecordSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    v: z.literal(OVERRIDE_RECORD_VERSION),
    /** `chat:<title>`: one correction per chat title. */
    id: z.string().check(z.minLength(1), z.maxLength(300)),
    kind: z.literal('chat'),
    title: z.string().check(z.minLength(1), z.maxLength(200)),
    classKey: z.nullable(z.string().check(z.maxLength(40))),
    audience,
    subject: z.optional(z.string().check(z.maxLength(100))),
    createdAt: time,
  }),
  z.strictObject({
    v: z.literal(OVERRIDE_RECORD_VERSION),
    /** `not-required:<class>:<requirement>:<subject>`. */
    id: z.string().check(z.minLength(1), z.maxLength(300)),
    kind: z.literal('not-required'),
    classKey: z.nullable(z.string().check(z.maxLength(40))),
    requirementId: z.string().check(z.minLength(1), z.maxLength(60)),
    subject: z.optional(z.string().check(z.maxLength(100))),
    createdAt: time,
  }),
]);
export type OverrideRecord = z.infer<typeof overrideRecordSchema>;

export const upgradeChat = (raw: unknown): Validated<ChatRecord> => validate(chatRecordSchema, raw);
export const upgradeClass = (raw: unknown): Validated<ClassRecord> => validate(classRecordSchema, raw);
export const upgradeClassSize = (raw: unknown): Validated<ClassSizeRecord> => validate(classSizeRecordSchema, raw);
export const upgradeOverride = (raw: unknown): Validated<OverrideRecord> => validate(overrideRecordSchema, raw);

