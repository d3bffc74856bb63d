/** What «Сегодня» is computed from, read from the database in one go (background and popup alike). */
import { listClassLists, listMemberLists } from '../families/store';
import { listChatLists, listChats, listMemberCounts } from '../classes/chat-store';
import { listClasses } from '../classes/class-store';
import { listOverrides } from '../classes/override-store';
import { listClassSizes } from '../classes/size-store';
import type { PartaDatabase } from '../db/open';
import { listDrafts } from '../invites/draft-store';
import { listInvites, type InviteList } from '../invites/store';
import { readModeration } from '../moderation/store';
import { readRollover } from '../school-year/store';
import type { TodayData } from './tasks';

/** What the checklist reads: the chats and their lists, the classes, corrections and sizes, the rollover, the counts. */
export async function readChecklistData(db: PartaDatabase) {
  const [chats, lists, classes, overrides, sizes, rollover, memberCounts] = await Promise.all([
    listChats(db),
    listChatLists(db),
    listClasses(db),
    listOverrides(db),
    listClassSizes(db),
    readRollover(db),
    listMemberCounts(db),
  ]);
  return { chats: chats.records, lists, classes, overrides, sizes, lastRollover: rollover?.yearStart ?? null, memberCounts };
}

/**
 * `register`: the invitations when the caller is reading them already (the popup reads them once
 * when it opens, for its list and for «Сегодня»: ten thousand records are not read twice).
 */
export async function readTodayData(db: PartaDatabase, register: Promise<InviteList> = listInvites(db)): Promise<TodayData> {
  const [checklist, invites, drafts, log, classLists, memberLists] = await Promise.all([
    readChecklistData(db),
    register,
    listDrafts(db),
    readModeration(db),
    listClassLists(db),
    listMemberLists(db),
  ]);
  return {
    ...checklist,
    invites: invites.records,
    drafts,
    blocks: log.blocks,
    leavers: log.leavers,
    classLists,
    memberLists,
  };
}
