/**
 * The life of an invitation, as pure functions of (record, action, now):
 *
 *     new ──sent──▶ sent ──▶ done | annulled | expired
 *      └──────────────────▶ done | annulled | expired
 *
 * `reopen` takes a closed record back (a mis-click must be undoable); every change appends to the
 * record's history. Staleness («аннулировать») is not a status: it is computed from `sentAt`, the
 * teacher's «days» setting and the clock, so changing the setting re-flags at once.
 */
import { parseInvite } from './parse';
import {
  INVITE_RECORD_VERSION,
  type HistoryAction,
  type InviteInput,
  type InviteRecord,
  type InviteStatus,
  type Joined,
} from './schema';

export const DAY_MS = 24 * 60 * 60 * 1000;

export type InviteAction =
  | { type: 'send'; to?: string }
  | { type: 'joined'; joined: Joined }
  | { type: 'done' }
  | { type: 'annul' }
  | { type: 'expire' }
  | { type: 'reopen' }
  | { type: 'edit'; changes: Partial<Pick<InviteRecord, 'className' | 'chatTitle' | 'chatPurpose' | 'role' | 'recipients'>> };


export type ActionResult = { ok: true; record: InviteRecord } | { ok: false; error: 'closed' | 'not-closed' | 'unchanged' };

const CLOSED: ReadonlySet<InviteStatus> = new Set(['done', 'annulled', 'expired']);

export function isClosed(status: InviteStatus): boolean {
  return CLOSED.has(status);
}

export type CreateResult =
  | { ok: true; record: InviteRecord }
  | { ok: false; error: ReturnType<typeof parseInvite> & { ok: false } };

/** A new record from the teacher's draft; the link must be a valid invitation. */
export function createInvite(draft: InviteInput, now: number, id: string): CreateResult {
  const parsed = parseInvite(draft.link);
  if (!parsed.ok) return { ok: false, error: parsed };
  return {
    ok: true,
    record: {
      v: INVITE_RECORD_VERSION,
      id,
      url: parsed.url,
      platform: parsed.platform,
      className: draft.className.trim(),
      chatTitle: draft.chatTitle.trim(),
      chatPurpose: draft.chatPurpose,
      role: draft.role,
      recipients: draft.recipients.trim(),
      createdAt: now,
      updatedAt: now,
      joined: 0,
      status: 'new',
      history: [{ at: now, action: 'created' }],
    },
  };
}

/** The record keeps at most this many history entries (the schema's limit). */
export const HISTORY_LIMIT = 1000;

/**
 * Appends to the history, keeping it within the limit: the first entry (created) and the newest
 * ones stay, the oldest in between go — the 1,001st action must not make the record unwritable.
 */
function withHistory(record: InviteRecord, now: number, action: HistoryAction, detail?: string): InviteRecord {
  const entry = detail ? { at: now, action, detail } : { at: now, action };
  const history = [...record.history, entry];
  const trimmed = history.length <= HISTORY_LIMIT ? history : [history[0], ...history.slice(history.length - HISTORY_LIMIT + 1)];
  return { ...record, updatedAt: now, history: trimmed };
}

function close(record: InviteRecord, status: InviteStatus, now: number, action: HistoryAction): ActionResult {
  if (isClosed(record.status)) return { ok: false, error: 'closed' };
  return { ok: true, record: { ...withHistory(record, now, action), status, closedAt: now } };
}

export function applyInviteAction(record: InviteRecord, action: InviteAction, now: number): ActionResult {
  switch (action.type) {
    case 'send': {
      if (isClosed(record.status)) return { ok: false, error: 'closed' };
      const to = action.to?.trim() || undefined;
      const sent = { ...withHistory(record, now, 'sent', to), status: 'sent' as const, sentAt: now };
      return { ok: true, record: to ? { ...sent, sentTo: to } : sent };
    }
    case 'joined': {
      if (record.joined === action.joined) return { ok: false, error: 'unchanged' };
      const joined = { ...withHistory(record, now, 'joined', String(action.joined)), joined: action.joined };
      // Everyone is in: the invitation has done its job.
      if (action.joined === 'all' && !isClosed(record.status)) {
        return { ok: true, record: { ...joined, status: 'done', closedAt: now } };
      }
      return { ok: true, record: joined };
    }
    case 'done':
      return close(record, 'done', now, 'done');
    case 'annul':
      return close(record, 'annulled', now, 'annulled');
    case 'expire':
      return close(record, 'expired', now, 'expired');
    case 'reopen': {
      if (!isClosed(record.status)) return { ok: false, error: 'not-closed' };
      const reopened = { ...withHistory(record, now, 'reopened'), status: (record.sentAt === undefined ? 'new' : 'sent') as InviteStatus };
      delete reopened.closedAt;
      if (reopened.joined === 'all') reopened.joined = 0;
      return { ok: true, record: reopened };
    }
    case 'edit': {
      const changes = Object.fromEntries(
        Object.entries(action.changes)
          .filter(([, value]) => value !== undefined)
          .map(([key, value]) => [key, typeof value === 'string' ? value.trim() : value]),
      ) as typeof action.changes;
      const changed = (Object.keys(changes) as (keyof typeof changes)[]).filter((key) => record[key] !== changes[key]);
      if (changed.length === 0) return { ok: false, error: 'unchanged' };
      return { ok: true, record: { ...withHistory(record, now, 'edited', changed.join(',')), ...changes } };
    }
  }
}

/** Sent, not done, and older than `staleDays`: the teacher should annul it on the platform. */
export function isStale(record: InviteRecord, now: number, staleDays: number): boolean {
  return record.status === 'sent' && record.archivedAt === undefined && record.sentAt !== undefined && now - record.sentAt >= staleDays * DAY_MS;
}

export function countStale(records: readonly InviteRecord[], now: number, staleDays: number): number {
  let count = 0;
  for (const record of records) if (isStale(record, now, staleDays)) count++;
  return count;
}

/**
 * Calendar days from `time` to `now` on this computer's clock (for «отправлено 8 дней назад»): the
 * number matches the dates — sent on the 1st is 8 days on the 9th at any hour, and yesterday
 * evening is 1 day this morning. Rounded: a day with a clock change is 23 or 25 hours.
 */
export function daysSince(time: number, now: number): number {
  const midnight = (at: number) => {
    const date = new Date(at);
    return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
  };
  return Math.max(0, Math.round((midnight(now) - midnight(time)) / DAY_MS));
}
