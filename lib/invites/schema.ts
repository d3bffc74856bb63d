/**
 * The invite record: its zod schema (every record read from the database or a file goes through
 * it) and its types. `v` is the record's schema version; lib/db migrates older records.
 */
import { AUDIENCES } from '../classes/classify';
import * as z from 'zod/mini';
import { timeSchema } from '../db/records';
import { INVITE_PLATFORMS } from './parse';

export const INVITE_RECORD_VERSION = 1;

/** What a chat is for: the audiences of lib/classes (one definition). */
export const CHAT_PURPOSES = AUDIENCES;
export type ChatPurpose = (typeof CHAT_PURPOSES)[number];

/** Who the invitation is for: one class, one role (domain.md, rule 3). */
export const INVITEE_ROLES = ['student', 'parent', 'teacher', 'staff', 'other'] as const;
export type InviteeRole = (typeof INVITEE_ROLES)[number];

/** The role an invitation to a chat of this purpose is usually for. */
export const ROLE_FOR_PURPOSE: Readonly<Record<ChatPurpose, InviteeRole>> = {
  students: 'student',
  parents: 'parent',
  teachers: 'teacher',
  subject: 'student',
  staff: 'staff',
  other: 'other',
};

export const INVITE_STATUSES = ['new', 'sent', 'done', 'annulled', 'expired'] as const;
export type InviteStatus = (typeof INVITE_STATUSES)[number];

export const HISTORY_ACTIONS = [
  'created',
  'edited',
  'sent',
  'joined',
  'done',
  'annulled',
  'expired',
  'reopened',
  'imported',
] as const;
export type HistoryAction = (typeof HISTORY_ACTIONS)[number];

const time = timeSchema;
const shortText = (max: number) => z.string().check(z.maxLength(max));

export const historyEntrySchema = z.strictObject({
  at: time,
  action: z.enum(HISTORY_ACTIONS),
  detail: z.optional(shortText(300)),
});

/** `'all'`: everyone it was meant for has joined. */
export const joinedSchema = z.union([z.number().check(z.int(), z.nonnegative(), z.maximum(10_000)), z.literal('all')]);
export type Joined = z.infer<typeof joinedSchema>;

export const inviteRecordSchema = z.strictObject({
  v: z.literal(INVITE_RECORD_VERSION),
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  /** The normalised link (lib/invites/parse.ts): unique in the register. */
  url: z.string().check(z.minLength(1), z.maxLength(500)),
  platform: z.enum(INVITE_PLATFORMS),
  /** The class as the teacher wrote it («5А», «ИСП-22-1»); may be empty when unknown. */
  className: shortText(40),
  chatTitle: shortText(200),
  chatPurpose: z.enum(CHAT_PURPOSES),
  role: z.enum(INVITEE_ROLES),
  /** Free note on who receives it («родители Ивановых», «через родком»). */
  recipients: shortText(500),
  createdAt: time,
  updatedAt: time,
  sentAt: z.optional(time),
  sentTo: z.optional(shortText(200)),
  joined: joinedSchema,
  status: z.enum(INVITE_STATUSES),
  /** When the status became done / annulled / expired. */
  closedAt: z.optional(time),
  history: z.array(historyEntrySchema).check(z.maxLength(1000)),
  /** Last school year's: kept and shown on request, out of the reminders. */
  archivedAt: z.optional(time),
});
export type InviteRecord = z.infer<typeof inviteRecordSchema>;

/** What a teacher fills in when adding an invitation (the link is parsed separately). */
export const inviteInputSchema = z.strictObject({
  link: shortText(2000),
  className: shortText(40),
  chatTitle: shortText(200),
  chatPurpose: z.enum(CHAT_PURPOSES),
  role: z.enum(INVITEE_ROLES),
  recipients: shortText(500),
});
export type InviteInput = z.infer<typeof inviteInputSchema>;
