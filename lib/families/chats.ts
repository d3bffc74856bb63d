/**
 * Which of the chats Parta has seen belong to a class, and whom each is for: the class's pupils'
 * chat and its parents' chat, by their titles (lib/classes/classify.ts). Other chats of the class
 * (teachers', subjects') have no family list to check against. Pure.
 */
import { classifyChat } from '../classes/classify';
import type { ChatRecord } from '../classes/records';
import { pupilKey, readClassChat } from './class-chat';
import { plainWord } from './names';
import type { Audience, PupilName } from './match';
import { memberListKey, type ClassListRecord, type MemberListRecord } from './records';

export interface ClassChat {
  site: ChatRecord['site'];
  title: string;
  audience: Audience;
}

export function chatsOfClass(classKey: string, chats: readonly ChatRecord[]): ClassChat[] {
  const found: ClassChat[] = [];
  for (const chat of chats) {
    const { classKey: key, audience } = classifyChat(chat.title);
    if (key !== classKey) continue;
    if (audience === 'students') found.push({ site: chat.site, title: chat.title, audience: 'pupils' });
    else if (audience === 'parents') found.push({ site: chat.site, title: chat.title, audience: 'parents' });
  }
  return found.sort((a, b) => a.title.localeCompare(b.title, 'ru') || a.site.localeCompare(b.site));
}

/** The member list kept for a chat, or null when none was read or pasted. */
export function memberListOf(memberLists: readonly MemberListRecord[], chat: Pick<ClassChat, 'site' | 'title'>): MemberListRecord | null {
  const key = memberListKey(chat.site, chat.title);
  return memberLists.find((list) => list.key === key) ?? null;
}

/** A pupil as the page and reminders write them: «Пётр Иванов». */
export function pupilShownName(pupil: PupilName): string {
  return `${pupil.given} ${pupil.surname}`;
}

/** The link of the invitation the teacher keeps for this chat (not annulled, not expired, not archived), or null. */
export function inviteLinkFor(chat: string, invites: readonly { chatTitle: string; url: string; status: string; archivedAt?: number }[]): string | null {
  const title = plainWord(chat.trim());
  const found = invites.find(
    (invite) => plainWord(invite.chatTitle.trim()) === title && invite.archivedAt === undefined && (invite.status === 'new' || invite.status === 'sent' || invite.status === 'done'),
  );
  return found?.url ?? null;
}

/**
 * For «Сегодня»: a class's families not yet in one of its checked chats and not yet told about it
 * («Сообщили»). Counted once per pupil, however many chats miss them: one task per class.
 */
export function familiesToReach(record: ClassListRecord, memberLists: readonly MemberListRecord[], chats: readonly ChatRecord[]): number {
  if (record.pupils.length === 0) return 0;
  const unreached = new Set<string>();
  for (const chat of chatsOfClass(record.classKey, chats)) {
    const list = memberListOf(memberLists, chat);
    if (!list) continue;
    const reading = readClassChat(record.pupils, list.members, chat.audience, record.decisions);
    for (const pupil of reading.pupils) {
      if (pupil.state !== 'missing') continue;
      const key = pupilKey(record.pupils[pupil.pupil] as PupilName);
      if (!record.told.some((told) => told.pupil === key && told.chat === chat.title)) unreached.add(key);
    }
  }
  return unreached.size;
}
