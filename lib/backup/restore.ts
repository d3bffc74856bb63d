/** Writing a restore plan (lib/backup/backup.ts): every store in one transaction — all of it or nothing. */
import { restoreBasis, type RestorePlan } from './backup';
import { ChangedSinceError } from '../db/revision';
import { readValid, type Validated } from '../db/records';
import { upgradeInvite } from '../invites/check';
import { upgradeDraft } from '../invites/draft-store';
import { upgradeBlock, upgradeLeaver, upgradeViolation } from '../moderation/store';
import { upgradeChat, upgradeClass, upgradeClassSize, upgradeOverride } from '../classes/records';
import { inviteRecordSchema } from '../invites/schema';
import { allOrNothing } from '../db/all-or-nothing';
import { invitesToWrite } from '../invites/register-copy';
import type { PartaDatabase } from '../db/open';
import { blockRecordSchema, leaverRecordSchema, violationRecordSchema } from '../moderation/records';
import { draftRecordSchema } from '../invites/drafts';
import { chatRecordSchema, classRecordSchema, classSizeRecordSchema, overrideRecordSchema } from '../classes/records';

export async function applyRestore(db: PartaDatabase, plan: RestorePlan): Promise<void> {
  // Validated again here: the plan may have been made long before the click.
  const invites = [...plan.invites.add, ...plan.invites.update].map((record) => inviteRecordSchema.parse(record));
  const chats = plan.chats.map((record) => chatRecordSchema.parse(record));
  const classes = plan.classes.map((record) => classRecordSchema.parse(record));
  const overrides = plan.overrides.map((record) => overrideRecordSchema.parse(record));
  const classSizes = plan.classSizes.map((record) => classSizeRecordSchema.parse(record));
  const violations = plan.moderation.violations.map((record) => violationRecordSchema.parse(record));
  const blocks = plan.moderation.blocks.map((record) => blockRecordSchema.parse(record));
  const leavers = plan.moderation.leavers.map((record) => leaverRecordSchema.parse(record));
  const drafts = plan.drafts.map((record) => draftRecordSchema.parse(record));
  const tx = db.transaction(['invites', 'chats', 'classes', 'overrides', 'classSizes', 'violations', 'blocks', 'leavers', 'drafts', 'caches'], 'readwrite');
  await allOrNothing(tx, async () => {
    // The stores as they are now, read the way the preview read them: changed since, nothing is written.
    const valid = async <T>(store: 'invites' | 'chats' | 'classes' | 'overrides' | 'classSizes' | 'violations' | 'blocks' | 'leavers' | 'drafts', upgrade: (raw: unknown) => Validated<T>) =>
      readValid(await tx.objectStore(store).getAll(), upgrade).records;
    const now = restoreBasis({
      invites: await valid('invites', upgradeInvite),
      chats: await valid('chats', upgradeChat),
      classes: await valid('classes', upgradeClass),
      overrides: await valid('overrides', upgradeOverride),
      classSizes: await valid('classSizes', upgradeClassSize),
      violations: await valid('violations', upgradeViolation),
      blocks: await valid('blocks', upgradeBlock),
      leavers: await valid('leavers', upgradeLeaver),
      drafts: await valid('drafts', upgradeDraft),
    });
    if (now !== plan.basis) throw new ChangedSinceError('changed since the preview');
    const inviteStore = invitesToWrite(tx);
    for (const record of invites) await inviteStore.put(record);
    for (const record of chats) await tx.objectStore('chats').put(record);
    for (const record of classes) await tx.objectStore('classes').put(record);
    for (const record of overrides) await tx.objectStore('overrides').put(record);
    for (const record of classSizes) await tx.objectStore('classSizes').put(record);
    for (const record of violations) await tx.objectStore('violations').put(record);
    for (const record of blocks) await tx.objectStore('blocks').put(record);
    for (const record of leavers) await tx.objectStore('leavers').put(record);
    for (const record of drafts) await tx.objectStore('drafts').put(record);
  });
}
