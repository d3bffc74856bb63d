/**
 * «Сегодня»: everything the teacher has left to do, across Parta's features, most urgent first,
 * each with its one action. The popup's first screen lists it and the toolbar badge counts it, so
 * both come from this one function of what is stored, the settings and the clock. Pure.
 *
 * Order: what breaks the rules right now (a block past its end, a pupil who left still in a chat),
 * then a stale link to annul, the new school year's step, one task to open the messengers whose
 * chat list Parta has not seen (it cannot tell which chats exist before), and the chats of each
 * class (school order): a message to send, a link to paste, a chat to create — one task per chat.
 */
import type { MemberCountRecord } from '../classes/count-history';
import { familiesToReach } from '../families/chats';
import type { ClassListRecord, MemberListRecord } from '../families/records';
import { checkCoverage, type PlatformCheckResult, type PlatformItem } from '../classes/coverage';
import type { ChatLists } from '../classes/chat-list';
import type { Profile } from '../classes/profiles';
import type { TeacherClass } from '../classes/matcher';
import type { ChatRecord, ClassRecord, ClassSizeRecord, OverrideRecord } from '../classes/records';
import type { DraftRecord, RowStep } from '../invites/drafts';
import { compareGroups } from '../invites/group';
import { isStale } from '../invites/lifecycle';
import type { InviteRecord } from '../invites/schema';
import { dueUnblocks, stillInChats, type BlockRecord, type LeaverRecord } from '../moderation/records';
import { rolloverDue, schoolYearStart } from '../school-year/plan';
import type { Settings } from '../settings/index';
import { itemStep, summarise, type ChatsSummary } from './chat-state';
import { coverageInput } from './coverage-input';

export { itemStep } from './chat-state';

export interface TodayData {
  classes: readonly ClassRecord[];
  chats: readonly ChatRecord[];
  overrides: readonly OverrideRecord[];
  sizes: readonly ClassSizeRecord[];
  /** What Parta saw of each messenger's chat list. */
  lists: ChatLists;
  /** The first day of the school year the last «Новый учебный год» step was taken for. */
  lastRollover: number | null;
  invites: readonly InviteRecord[];
  drafts: readonly DraftRecord[];
  blocks: readonly BlockRecord[];
  leavers: readonly LeaverRecord[];
  /** Member counts by day (the checklist's trend); not read where no screen shows it. */
  memberCounts?: readonly MemberCountRecord[];
  /** «Кто ещё не в чате»: the classes whose check is on, and the chats' member lists. */
  classLists?: readonly ClassListRecord[];
  memberLists?: readonly MemberListRecord[];
}

/** A chat's step that is the teacher's to take today (sent invitations wait for the class). */
export type ChatStep = Extract<RowStep, { kind: 'create' | 'link' | 'send' }>;

export type TodayTask =
  | { kind: 'unblock'; block: BlockRecord }
  | { kind: 'leaver'; leaver: LeaverRecord; chat: LeaverRecord['seen'][number] }
  /** `filled`: how many joined its chat, when Parta counted at least the threshold there. */
  | { kind: 'annul'; invite: InviteRecord; filled?: { joined: number; size: number } }
  | { kind: 'rollover' }
  /** Families of a class not in its checked chats and not yet told: one task per class. */
  | { kind: 'families'; classKey: string; families: number }
  /** A subject teacher's classes whose subjects Parta does not know: their subject chats cannot be checked. */
  | { kind: 'subjects'; classKeys: string[] }
  /** Open these messengers: Parta will see which chats of these classes exist. One task, however many chats. */
  | { kind: 'check'; platforms: ChatsSummary['toOpen']; classKeys: (string | null)[] }
  | { kind: 'chat'; classKey: string | null; item: PlatformItem; step: ChatStep };

export type TaskKind = Exclude<TodayTask['kind'], 'chat'> | ChatStep['kind'];

/** The classes the stored records tell of (journal pages and the teacher's typing), one per key. */
export function storedTeacherClasses(classes: readonly ClassRecord[]): TeacherClass[] {
  const byKey = new Map<string, { key: string; own: boolean; subjects: Set<string> }>();
  for (const record of classes) {
    let entry = byKey.get(record.key);
    if (!entry) byKey.set(record.key, (entry = { key: record.key, own: false, subjects: new Set() }));
    entry.own ||= record.own ?? false;
    for (const subject of [...(record.subjects ?? []), ...(record.typedSubjects ?? [])]) entry.subjects.add(subject);
  }
  return [...byKey.values()]
    .sort((a, b) => compareGroups(a.key, b.key))
    .map((entry) => ({ key: entry.key, own: entry.own, subjects: [...entry.subjects] }));
}

/**
 * A subject teacher's classes she does not lead whose subjects Parta does not know (no journal page
 * named them, she typed none): it cannot say which subject chats they need. Her own class is there
 * because she leads it, so it asks nothing of it.
 */
export function classesWithoutSubjects(classes: readonly TeacherClass[], profiles: readonly Profile[]): string[] {
  if (!profiles.includes('subject-teacher')) return [];
  return classes.filter((entry) => !entry.own && entry.subjects.length === 0).map((entry) => entry.key);
}

const isChatStep = (step: RowStep): step is ChatStep => step.kind === 'create' || step.kind === 'link' || step.kind === 'send';

export interface TodayView {
  tasks: TodayTask[];
  /** The required chats in the states' words: what is said when no task is left. */
  chats: ChatsSummary;
}

export function todayTasks(data: TodayData, settings: Settings, now: number): TodayTask[] {
  return todayView(data, settings, now).tasks;
}

export function todayView(data: TodayData, settings: Settings, now: number): TodayView {
  const classes = storedTeacherClasses(data.classes);
  const check: PlatformCheckResult = checkCoverage(coverageInput(data, classes, settings));
  const drafts = new Map(data.drafts.map((draft) => [draft.id, draft]));
  const chatTasks: TodayTask[] = [];
  // A link still doing its job — its chat not seen yet, or too few joined — is never called unneeded.
  const stillNeeded = new Set<string>();
  // A link whose chat Parta counted full: said with the count, so «не нужна» rests on what was seen.
  const filled = new Map<string, { joined: number; size: number }>();
  const steps = new Map<PlatformItem, RowStep>();
  for (const entry of check.classes) {
    for (const item of entry.items) {
      if (item.status === 'not-required') continue;
      const step = itemStep(item, drafts, data.invites);
      steps.set(item, step);
      if ((step.kind === 'wait' || step.kind === 'remind') && step.invite) stillNeeded.add(step.invite.id);
      if (step.kind === 'done' && step.invite && item.coverage?.state === 'ok' && item.coverage.joined !== null && item.coverage.size !== null) {
        filled.set(step.invite.id, { joined: item.coverage.joined, size: item.coverage.size });
      }
      if (isChatStep(step)) chatTasks.push({ kind: 'chat', classKey: entry.classKey, item, step });
    }
  }
  const chats = summarise(check, drafts, data.invites, steps);

  const tasks: TodayTask[] = [];
  for (const block of dueUnblocks(data.blocks, now)) tasks.push({ kind: 'unblock', block });
  for (const { leaver, chat } of stillInChats(data.leavers)) tasks.push({ kind: 'leaver', leaver, chat });
  for (const invite of data.invites) {
    if (!isStale(invite, now, settings.staleDays) || stillNeeded.has(invite.id)) continue;
    const count = filled.get(invite.id);
    tasks.push(count ? { kind: 'annul', invite, filled: count } : { kind: 'annul', invite });
  }
  const yearStart = schoolYearStart(now, settings.schoolYearStart);
  if (rolloverDue({ classes: data.classes, invites: data.invites, yearStart, lastAppliedFor: data.lastRollover })) tasks.push({ kind: 'rollover' });
  const withoutSubjects = classesWithoutSubjects(classes, settings.profiles);
  if (withoutSubjects.length > 0) tasks.push({ kind: 'subjects', classKeys: withoutSubjects });
  if (chats.unchecked > 0) tasks.push({ kind: 'check', platforms: chats.toOpen, classKeys: chats.uncheckedClasses });
  for (const record of data.classLists ?? []) {
    const families = familiesToReach(record, data.memberLists ?? [], data.chats);
    if (families > 0) tasks.push({ kind: 'families', classKey: record.classKey, families });
  }
  tasks.push(...chatTasks);
  return { tasks, chats };
}

/** The kind of a task as the badge's tooltip counts it: a chat task by its step. */
export function taskKind(task: TodayTask): TaskKind {
  return task.kind === 'chat' ? task.step.kind : task.kind;
}

/** How many tasks of each kind, in the list's order of first appearance. */
export function countKinds(tasks: readonly TodayTask[]): [TaskKind, number][] {
  const counts = new Map<TaskKind, number>();
  for (const task of tasks) counts.set(taskKind(task), (counts.get(taskKind(task)) ?? 0) + 1);
  return [...counts];
}
