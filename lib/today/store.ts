/** What «Сегодня» is computed from, read from the database in one go (background and popup alike). */
import { listChats } from '../classes/chat-store';
import { listClasses } from '../classes/class-store';
import { listOverrides } from '../classes/override-store';
import { listClassSizes } from '../classes/size-store';
import type { PartaDatabase } from '../db/open';
import { listDrafts } from '../invites/draft-store';
import { listInvites } from '../invites/store';
import { readModeration } from '../moderation/store';
import { readRollover } from '../school-year/store';
import type { TodayData } from './tasks';

export async function readTodayData(db: PartaDatabase): Promise<TodayData> {
  const [chats, classes, overrides, sizes, rollover, invites, drafts, log] = await Promise.all([
    listChats(db),
    listClasses(db),
    listOverrides(db),
    listClassSizes(db),
    readRollover(db),
    listInvites(db),
    listDrafts(db),
    readModeration(db),
  ]);
  return {
    chats: chats.records,
    classes,
    overrides,
    sizes,
    lastRollover: rollover?.yearStart ?? null,
    invites: invites.records,
    drafts,
    blocks: log.blocks,
    leavers: log.leavers,
  };
}
