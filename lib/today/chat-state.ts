/**
 * One state per required chat, the one every screen speaks from — «Сегодня», the checklist, the
 * badge, the printed report, the CSV and the teacher's report file:
 * - `exists`: seen in the chat list of every required messenger;
 * - `waiting`: an invitation is saved for it, and the chat has not been seen yet;
 * - `missing`: the whole chat list was seen (since the class was known) and no chat is it;
 * - `unchecked`: Parta cannot tell: it has not seen that messenger's whole chat list since;
 * - `not-required`: the teacher said it does not apply.
 * Parta says «нет — создайте» only of a `missing` chat, and «всё в порядке» only when every
 * required chat `exists`. Pure.
 */
import type { PlatformCheckResult, PlatformItem } from '../classes/coverage';
import type { UncheckedWhy } from '../classes/chat-list';
import { PLATFORMS, type Platform } from '../classes/profiles';
import { draftId, rowInvite, rowStep, type DraftRecord, type RowStep } from '../invites/drafts';
import type { InviteRecord } from '../invites/schema';

export type ChatStateKind = 'exists' | 'waiting' | 'missing' | 'unchecked' | 'not-required';

/** The step of one checklist row, from its draft and invitation («Сегодня» shows the same). */
export function itemStep(item: PlatformItem, drafts: ReadonlyMap<string, DraftRecord>, invites: readonly InviteRecord[]): RowStep {
  const row = { classKey: item.classKey, requirementId: item.requirement.id, audience: item.requirement.audience, subject: item.subject };
  return rowStep({
    status: item.status,
    uncheckedOn: item.uncheckedOn,
    lowCoverage: item.coverage?.state === 'low',
    draft: drafts.get(draftId(row)),
    invite: item.status === 'not-required' ? undefined : rowInvite(invites, row),
  });
}

/** The chat's state, given its row's step (an invitation saved or sent makes a chat not seen `waiting`). */
export function chatState(item: Pick<PlatformItem, 'status'>, step: RowStep): ChatStateKind {
  if (item.status === 'not-required') return 'not-required';
  if (item.status === 'ok') return 'exists';
  if (step.kind === 'wait' || step.kind === 'send') return 'waiting';
  return item.status;
}

/** Each item's state, from the drafts and invitations the steps come from (one reading for a whole page). */
export function stateReader(drafts: readonly DraftRecord[], invites: readonly InviteRecord[]): (item: PlatformItem) => ChatStateKind {
  const byId = new Map(drafts.map((draft) => [draft.id, draft]));
  return (item) => chatState(item, itemStep(item, byId, invites));
}

export interface ChatsSummary {
  /** Required chats (those not switched off). */
  required: number;
  exists: number;
  /** Chats whose invitation is out, not seen yet: «ждём». */
  waiting: PlatformItem[];
  missing: number;
  unchecked: number;
  /** The messengers whose chat list Parta must see before it can tell, in order, and why. */
  toOpen: { platform: Platform; why: UncheckedWhy }[];
  /** The classes (null: the school) with a chat Parta cannot tell of, in the check's order. */
  uncheckedClasses: (string | null)[];
}

/**
 * The whole check in the states' words: what «Сегодня» says when no task is left. `steps`: the
 * rows' steps when the caller has them already (each looks through every invitation).
 */
export function summarise(
  check: PlatformCheckResult,
  drafts: ReadonlyMap<string, DraftRecord>,
  invites: readonly InviteRecord[],
  steps?: ReadonlyMap<PlatformItem, RowStep>,
): ChatsSummary {
  const summary: ChatsSummary = { required: 0, exists: 0, waiting: [], missing: 0, unchecked: 0, toOpen: [], uncheckedClasses: [] };
  const toOpen = new Map<Platform, UncheckedWhy>();
  for (const entry of check.classes) {
    for (const item of entry.items) {
      const state = chatState(item, steps?.get(item) ?? itemStep(item, drafts, invites));
      if (state === 'not-required') continue;
      summary.required++;
      if (state === 'exists') summary.exists++;
      else if (state === 'waiting') summary.waiting.push(item);
      else if (state === 'missing') summary.missing++;
      else {
        summary.unchecked++;
        if (!summary.uncheckedClasses.includes(entry.classKey)) summary.uncheckedClasses.push(entry.classKey);
      }
      for (const { platform, why } of item.uncheckedOn) if (!toOpen.has(platform)) toOpen.set(platform, why);
    }
  }
  summary.toOpen = PLATFORMS.flatMap((platform) => {
    const why = toOpen.get(platform);
    return why ? [{ platform, why }] : [];
  });
  return summary;
}
