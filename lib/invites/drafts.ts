/**
 * An invitation in the making: the teacher pressed «Создать чат» on a missing chat's row, so
 * Parta knows the class, the chat's name and whom it is for, and waits for the link. The draft
 * turns into an invitation the moment its link appears — pasted into the popup or captured in the
 * messenger — and the row follows it: link → message → sent → joined. Pure: the record, its id,
 * which draft a link or a chat belongs to, and which invitation a checklist row has.
 */
import * as z from 'zod/mini';
import { canonicalSubject, classifyChat, type Audience } from '../classes/classify';
import type { ChatStatus } from '../classes/coverage';
import type { Platform } from '../classes/profiles';
import { timeSchema } from '../db/records';
import { classGroupKey } from './group';
import { createInvite, type CreateResult } from './lifecycle';
import { CHAT_PURPOSES, INVITEE_ROLES, ROLE_FOR_PURPOSE, type InviteRecord } from './schema';

export const DRAFT_RECORD_VERSION = 1;

const shortText = (max: number) => z.string().check(z.maxLength(max));

export const draftRecordSchema = z.strictObject({
  v: z.literal(DRAFT_RECORD_VERSION),
  /** One per checklist row: class, requirement and subject (`draftId`). */
  id: z.string().check(z.minLength(1), z.maxLength(200)),
  classKey: z.nullable(shortText(40)),
  /** The class as the invitation will name it. */
  className: shortText(40),
  /** The name the teacher copied for the new chat. */
  chatTitle: z.string().check(z.minLength(1), z.maxLength(200)),
  chatPurpose: z.enum(CHAT_PURPOSES),
  role: z.enum(INVITEE_ROLES),
  requirementId: shortText(64),
  subject: z.optional(shortText(100)),
  createdAt: timeSchema,
});
export type DraftRecord = z.infer<typeof draftRecordSchema>;

/** What a checklist row knows of its chat: enough for a draft, a match, an invitation. */
export interface RowChat {
  classKey: string | null;
  requirementId: string;
  audience: Audience;
  subject?: string;
  /** The chat's name: the one seen (on the other platform) or the suggested one. */
  title: string;
}

export function draftId(row: Pick<RowChat, 'classKey' | 'requirementId' | 'subject'>): string {
  return [row.classKey ?? '', row.requirementId, row.subject ?? ''].join('|');
}

export function draftForRow(row: RowChat, now: number): DraftRecord {
  const draft: DraftRecord = {
    v: DRAFT_RECORD_VERSION,
    id: draftId(row),
    classKey: row.classKey,
    className: row.classKey ?? '',
    chatTitle: row.title.trim().slice(0, 200),
    chatPurpose: row.audience,
    role: ROLE_FOR_PURPOSE[row.audience],
    requirementId: row.requirementId,
    createdAt: now,
  };
  return row.subject ? { ...draft, subject: row.subject } : draft;
}

/** The invitation a draft becomes with its link; the link must be a valid invitation. */
export function inviteFromDraft(draft: DraftRecord, link: string, now: number, id: string): CreateResult {
  return createInvite(
    { link, className: draft.className, chatTitle: draft.chatTitle, chatPurpose: draft.chatPurpose, role: draft.role, recipients: '' },
    now,
    id,
  );
}

/** Is this chat (class, audience, subject) the one described? Subjects compare by their canonical name. */
function sameChat(
  want: { classKey: string | null; audience: Audience; subject?: string },
  have: { classKey: string | null; audience: Audience; subject?: string },
): boolean {
  if (want.classKey !== have.classKey || want.audience !== have.audience) return false;
  if (want.audience !== 'subject') return true;
  return canonicalSubject(want.subject ?? '') === canonicalSubject(have.subject ?? '');
}

/**
 * The waiting drafts a chat in the messenger may be: those whose class and audience its title
 * classifies to («5А ученики» fits the draft «Ученики 5А»), not an exact title match. The
 * teacher is asked when more than one fits.
 */
export function draftsForChat(drafts: readonly DraftRecord[], chatTitle: string): DraftRecord[] {
  const chat = classifyChat(chatTitle);
  if (chat.audience === 'other') return [];
  return drafts.filter((draft) => sameChat({ classKey: draft.classKey, audience: draft.chatPurpose, subject: draft.subject }, chat));
}

/** Newest first: the chat the teacher started last is the one a pasted link most likely belongs to. */
export function newestFirst(drafts: readonly DraftRecord[]): DraftRecord[] {
  return [...drafts].sort((a, b) => b.createdAt - a.createdAt || a.id.localeCompare(b.id));
}

/**
 * Whether a subject chat's title is the chat of `subject`: the subject it names, canonically
 * («Алгебра 7Б» for «алгебра»), or — for a subject Parta does not know («Основы финансовой
 * грамотности 7Б») — the subject's own words in it.
 */
function namesSubject(title: string, subject: string): boolean {
  const named = classifyChat(title).subject;
  if (named !== undefined && named !== null) return canonicalSubject(named) === canonicalSubject(subject);
  const words = subject.replace(/\s+/g, ' ').trim().toLowerCase().replace(/ё/g, 'е');
  return words.length > 0 && title.replace(/\s+/g, ' ').toLowerCase().replace(/ё/g, 'е').includes(words);
}

/** The invitation of a checklist row: its class and audience (and subject), open, this school year's; newest first. */
export function rowInvite(invites: readonly InviteRecord[], row: Pick<RowChat, 'classKey' | 'audience' | 'subject'>): InviteRecord | undefined {
  let best: InviteRecord | undefined;
  for (const invite of invites) {
    if (invite.archivedAt !== undefined || (invite.status !== 'new' && invite.status !== 'sent')) continue;
    const key = invite.className ? classGroupKey(invite.className) : null;
    if (key !== row.classKey || invite.chatPurpose !== row.audience) continue;
    if (row.audience === 'subject' && !namesSubject(invite.chatTitle, row.subject ?? '')) continue;
    if (!best || invite.createdAt > best.createdAt) best = invite;
  }
  return best;
}

/**
 * What a checklist row asks of the teacher next:
 * - `check`: Parta cannot tell whether the chat exists (it has not seen the whole chat list of
 *   `platforms` since it knew the class) — open the messenger first, so no second chat is made;
 * - `create`: the chat is missing and nothing is started — «Создать чат» copies its name, keeps a draft;
 * - `link`: the draft waits for its link (paste it, or «Запомнить приглашение» in the messenger);
 * - `send`: the invitation is saved, not sent — «Копировать сообщение»;
 * - `wait`: sent, the chat not yet seen in the messenger's chat list;
 * - `remind`: the chat is there but too few have joined — the message again, for a reminder;
 * - `done`: nothing to do.
 */
export type RowStep =
  | { kind: 'check'; platforms: Platform[] }
  | { kind: 'create' }
  | { kind: 'link'; draft: DraftRecord }
  | { kind: 'send'; invite: InviteRecord }
  | { kind: 'wait'; invite: InviteRecord }
  | { kind: 'remind'; invite: InviteRecord | undefined }
  | { kind: 'done'; invite: InviteRecord | undefined };

export interface RowState {
  status: ChatStatus;
  /** Where Parta cannot tell (an `unchecked` row): the messengers to open. */
  uncheckedOn?: readonly { platform: Platform }[];
  /** The chat is there, but fewer than the threshold have joined. */
  lowCoverage: boolean;
  draft: DraftRecord | undefined;
  invite: InviteRecord | undefined;
}

export function rowStep({ status, uncheckedOn = [], lowCoverage, draft, invite }: RowState): RowStep {
  if (invite?.status === 'new') return { kind: 'send', invite };
  if (status === 'missing' || status === 'unchecked') {
    if (invite) return { kind: 'wait', invite };
    if (draft) return { kind: 'link', draft };
    return status === 'missing' ? { kind: 'create' } : { kind: 'check', platforms: uncheckedOn.map((entry) => entry.platform) };
  }
  if (status === 'ok' && draft && !invite) return { kind: 'link', draft };
  if (status === 'ok' && lowCoverage) return { kind: 'remind', invite };
  return { kind: 'done', invite };
}
