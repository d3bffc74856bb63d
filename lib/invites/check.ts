/**
 * A fast check of a stored invite record, for reading the register: zod takes ~10 µs a record warm
 * and several times that cold, which is most of the popup's first render with a thousand
 * invitations. It accepts exactly what `inviteRecordSchema` accepts — a property test
 * (tests/unit/invites/check.test.ts) holds the two together. Writes and imports still go
 * through zod.
 */
import { hasKeys, isPlainObject, isText, isTime, isWhole } from '../db/checks';
import type { Validated } from '../db/records';
import { INVITE_PLATFORMS } from './parse';
import {
  CHAT_PURPOSES,
  HISTORY_ACTIONS,
  INVITE_RECORD_VERSION,
  INVITE_STATUSES,
  INVITEE_ROLES,
  type InviteRecord,
} from './schema';

const RECORD_KEYS = new Set([
  'v', 'id', 'url', 'platform', 'className', 'chatTitle', 'chatPurpose', 'role', 'recipients',
  'createdAt', 'updatedAt', 'sentAt', 'sentTo', 'joined', 'status', 'closedAt', 'history', 'archivedAt',
]);
const HISTORY_KEYS = new Set(['at', 'action', 'detail']);
const PLATFORMS: ReadonlySet<unknown> = new Set(INVITE_PLATFORMS);
const PURPOSES: ReadonlySet<unknown> = new Set(CHAT_PURPOSES);
const ROLES: ReadonlySet<unknown> = new Set(INVITEE_ROLES);
const STATUSES: ReadonlySet<unknown> = new Set(INVITE_STATUSES);
const ACTIONS: ReadonlySet<unknown> = new Set(HISTORY_ACTIONS);

function isHistoryEntry(value: unknown): boolean {
  if (!isPlainObject(value) || !hasKeys(value, HISTORY_KEYS)) return false;
  return isTime(value.at) && ACTIONS.has(value.action) && (value.detail === undefined || isText(value.detail, 0, 300));
}

export function isInviteRecord(value: unknown): value is InviteRecord {
  if (!isPlainObject(value) || !hasKeys(value, RECORD_KEYS)) return false;
  const joined = value.joined;
  return (
    value.v === INVITE_RECORD_VERSION &&
    isText(value.id, 1, 64) &&
    isText(value.url, 1, 500) &&
    PLATFORMS.has(value.platform) &&
    isText(value.className, 0, 40) &&
    isText(value.chatTitle, 0, 200) &&
    PURPOSES.has(value.chatPurpose) &&
    ROLES.has(value.role) &&
    isText(value.recipients, 0, 500) &&
    isTime(value.createdAt) &&
    isTime(value.updatedAt) &&
    (value.sentAt === undefined || isTime(value.sentAt)) &&
    (value.sentTo === undefined || isText(value.sentTo, 0, 200)) &&
    (joined === 'all' || isWhole(joined, 0, 10_000)) &&
    STATUSES.has(value.status) &&
    (value.closedAt === undefined || isTime(value.closedAt)) &&
    (value.archivedAt === undefined || isTime(value.archivedAt)) &&
    Array.isArray(value.history) &&
    value.history.length <= 1000 &&
    value.history.every(isHistoryEntry)
  );
}

/** Reading the register is the popup's hot path: the fast check that agrees with the schema. */
export const upgradeInvite = (raw: unknown): Validated<InviteRecord> => (isInviteRecord(raw) ? { ok: true, record: raw } : { ok: false });
