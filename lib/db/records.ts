/**
 * Record schemas of the stores other than invites (whose schema lives in lib/invites/schema.ts),
 * and the record upgraders: `upgrade<Store>(raw)` turns a record of any older `v` into the current
 * shape before zod validates it. Version 1 is the first, so today they only validate.
 */
import { AUDIENCES } from '../classes/classify';
import { timeSchema } from '../invites/schema';
import * as z from 'zod/mini';
import { isInviteRecord } from '../invites/check';
import type { InviteRecord } from '../invites/schema';

const time = timeSchema;
/** More than any school chat holds (a whole school's channel included). */
export const MAX_MEMBERS = 100_000;
/** More students than any class or college group has. */
export const MAX_CLASS_SIZE = 200;

export const CHAT_RECORD_VERSION = 1;
export const chatRecordSchema = z.strictObject({
  v: z.literal(CHAT_RECORD_VERSION),
  /** `<site>:<title>`: seeing the same chat again updates it, never duplicates it. */
  key: z.string().check(z.minLength(1), z.maxLength(260)),
  site: z.enum(['max', 'vk', 'sferum']),
  title: z.string().check(z.minLength(1), z.maxLength(200)),
  firstSeen: time,
  lastSeen: time,
  /** Members the chat's header stated when it was last open (issue 14): a number, never names. */
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
});
export type ClassRecord = z.infer<typeof classRecordSchema>;

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

export type Validated<T> = { ok: true; record: T } | { ok: false };

export function validate<T>(schema: z.ZodMiniType<T>, raw: unknown): Validated<T> {
  const parsed = schema.safeParse(raw);
  return parsed.success ? { ok: true, record: parsed.data } : { ok: false };
}

/** Reading the register is the popup's hot path: the fast check that agrees with the schema (lib/invites/check.ts). */
export const upgradeInvite = (raw: unknown): Validated<InviteRecord> => (isInviteRecord(raw) ? { ok: true, record: raw } : { ok: false });
export const upgradeChat = (raw: unknown): Validated<ChatRecord> => validate(chatRecordSchema, raw);
export const upgradeClass = (raw: unknown): Validated<ClassRecord> => validate(classRecordSchema, raw);
export const upgradeClassSize = (raw: unknown): Validated<ClassSizeRecord> => validate(classSizeRecordSchema, raw);
export const upgradeOverride = (raw: unknown): Validated<OverrideRecord> => validate(overrideRecordSchema, raw);

/**
 * Every record of a store, each upgraded and validated: the valid ones, and how many were damaged
 * (left in place, never dropped). The one read-and-upgrade loop of the repositories.
 */
export function readValid<Record>(values: readonly unknown[], upgrade: (raw: unknown) => Validated<Record>): { records: Record[]; damaged: number } {
  const records: Record[] = [];
  let damaged = 0;
  for (const value of values) {
    const upgraded = upgrade(value);
    if (upgraded.ok) records.push(upgraded.record);
    else damaged++;
  }
  return { records, damaged };
}
