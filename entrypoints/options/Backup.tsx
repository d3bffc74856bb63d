/**
 * Backup of everything Parta keeps: a JSON file out and back in (versioned, validated as a whole,
 * with a preview of what will change, written all or nothing; older invitations-only files too),
 * and the invitations as a CSV table for a spreadsheet.
 */
import { MESSENGER_NAMES } from '../../lib/links/index';
import type { Settings } from '../../lib/settings/index';
import { withoutManaged } from '../../lib/policy/managed';
import { settingsAdvice, settingsChanges, weakens, type SettingsAdvice, type SettingsChange } from '../../lib/settings/diff';
import { failureText } from '../../lib/i18n/errors';
import { useState } from 'preact/hooks';
import type { Connector } from '../../lib/connector/connector';
import { download, downloadCsv } from '../../lib/dom/download';
import { exportFileName } from '../../lib/util/csv';
import type { UiTranslate } from '../../lib/i18n/ui';
import { makeBackup, planIsEmpty, planRestore, readBackupFile, type BackupRead, type RestorePlan } from '../../lib/backup/backup';
import { BACKUP_MAX_BYTES, CSV_COLUMNS, csvRows, importTooBig } from '../../lib/invites/transfer';
import { importProblemText } from '../../lib/i18n/errors';
import type { UiKey } from '../../lib/i18n/ui';

function changeText(t: UiTranslate, change: SettingsChange): string {
  switch (change.kind) {
    case 'messenger-off':
      return t('settingsChangeMessengerOff', { messenger: MESSENGER_NAMES[change.messenger] });
    case 'messenger-on':
      return t('settingsChangeMessengerOn', { messenger: MESSENGER_NAMES[change.messenger] });
    case 'allowlist-added':
      return t('settingsChangeAllowAdded', { host: change.host });
    case 'allowlist-removed':
      return t('settingsChangeAllowRemoved', { host: change.host });
    case 'profiles':
      return t('settingsChangeProfiles', { from: change.from.map((profile) => t(`profile_${profile}`)).join(', '), to: change.to.map((profile) => t(`profile_${profile}`)).join(', ') });
    case 'platforms':
      return t('settingsChangePlatforms', { from: t(`platforms_${change.from}`), to: t(`platforms_${change.to}`) });
    case 'threshold':
      return t('settingsChangeThreshold', { from: change.from, to: change.to });
    case 'staff':
      return t('settingsChangeStaff', { from: change.from, to: change.to });
    case 'template':
      return change.to ? t('settingsChangeTemplateTo', { text: change.to }) : t('settingsChangeTemplateDefault');
    default:
      return t(`settingsChange_${change.kind}` as UiKey);
  }
}

const ADVICE: Record<SettingsAdvice, UiKey> = { take: 'backupAdviceTake', keep: 'backupAdviceKeep', weakens: 'backupAdviceWeakens' };

/** What the file adds or changes, kind by kind (only kinds with something to do). */
function restoreKinds(plan: RestorePlan): [UiKey, number][] {
  const kinds: [UiKey, number][] = [
    ['restoreChats', plan.chats.length],
    ['restoreClasses', plan.classes.length],
    ['restoreOverrides', plan.overrides.length],
    ['restoreClassSizes', plan.classSizes.length],
    ['restoreViolations', plan.moderation.violations.length],
    ['restoreBlocks', plan.moderation.blocks.length],
    ['restoreLeavers', plan.moderation.leavers.length],
    ['restoreDrafts', plan.drafts.length],
  ];
  return kinds.filter(([, count]) => count > 0);
}

type Message = { text: string; bad?: boolean };

export function Backup({ connector, t, onImported }: { connector: Connector; t: UiTranslate; onImported?: () => void }) {
  const [plan, setPlan] = useState<{ plan: RestorePlan; total: number; read: BackupRead & { ok: true } } | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [busy, setBusy] = useState(false);
  /** Take the file's settings? Off by default: the current ones stay unless the teacher says so. */
  const [takeSettings, setTakeSettings] = useState(false);
  const [current, setCurrent] = useState<Settings | null>(null);

  const exportJson = async () => {
    const name = exportFileName([t('fileParta'), t('fileBackup')], connector.now(), 'json');
    download(name, 'application/json', JSON.stringify(makeBackup(await connector.everything(), connector.now()), null, 2));
    setMessage({ text: t('backupExported', { name }) });
  };

  const exportCsv = async () => {
    const { records } = await connector.register.list();
    const rows = csvRows(records, {
      header: Object.fromEntries(CSV_COLUMNS.map((column) => [column, t(`csv_${column}`)])) as Record<(typeof CSV_COLUMNS)[number], string>,
      value: (kind, value) => t(`${kind}_${value}` as UiKey),
      all: t('csvAll'),
    });
    const name = exportFileName([t('fileParta'), t('fileInvites')], connector.now(), 'csv');
    downloadCsv(name, rows);
    setMessage({ text: t('backupExported', { name }) });
  };

  const choose = async (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    setPlan(null);
    if (!file) return;
    // The size first: a huge file is refused before a byte of it is read into memory.
    if (importTooBig(file.size, BACKUP_MAX_BYTES)) {
      setMessage({ text: importProblemText(t, { kind: 'too-big' }), bad: true });
      return;
    }
    let read = readBackupFile(await file.text(), connector.now());
    if (!read.ok) {
      setMessage({ text: importProblemText(t, read.problem), bad: true });
      return;
    }
    const everything = await connector.everything();
    // What the school's policy sets is not the file's to change: left out of the preview as of the restore.
    const policy = (await connector.loadSettings()).managed?.policy ?? {};
    if (read.kind === 'everything') read = { ...read, file: { ...read.file, settings: withoutManaged(read.file.settings, everything.settings, policy) } };
    setCurrent(everything.settings);
    // Settings nobody has changed yet: the file's are the teacher's own — taking them is preselected,
    // unless they would make Parta warn about less.
    setTakeSettings(read.kind === 'everything' && settingsAdvice(everything.settings, read.file.settings) === 'take');
    const next = planRestore(everything, read);
    if (planIsEmpty(next)) {
      setMessage({ text: t('backupNothing') });
      return;
    }
    setMessage(null);
    setPlan({ plan: next, total: read.kind === 'invites' ? read.invites.length : read.file.invites.length, read });
  };

  /** The preview made again on what Parta holds now (the file as read before, the policy applied again). */
  const previewAgain = async (read: BackupRead & { ok: true }) => {
    const everything = await connector.everything();
    const policy = (await connector.loadSettings()).managed?.policy ?? {};
    const source = read.kind === 'everything' ? { ...read, file: { ...read.file, settings: withoutManaged(read.file.settings, everything.settings, policy) } } : read;
    setCurrent(everything.settings);
    const next = planRestore(everything, source);
    setPlan(planIsEmpty(next) ? null : { plan: next, total: read.kind === 'invites' ? read.invites.length : read.file.invites.length, read });
  };

  const apply = async () => {
    if (!plan) return;
    setBusy(true);
    try {
      await connector.restore(takeSettings ? plan.plan : { ...plan.plan, settings: null });
      setMessage({ text: t('backupImported', { add: plan.plan.invites.add.length, update: plan.plan.invites.update.length }) });
      onImported?.();
      setPlan(null);
    } catch (error) {
      setMessage({ text: `${t('importFailedShort')} ${failureText(t, error)}`, bad: true });
      // Changed since the preview: the preview again, on what is there now; any other failure ends it.
      if (error instanceof Error && error.name === 'ChangedSinceError') await previewAgain(plan.read).catch(() => setPlan(null));
      else setPlan(null);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section id="backup" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('backupTitle')}</h2>
      <p class="muted">{t('backupHelp')}</p>
      <p class="actions">
        <button type="button" onClick={exportJson}>
          {t('backupExportJson')}
        </button>
        <button type="button" onClick={exportCsv}>
          {t('backupExportCsv')}
        </button>
      </p>
      <label for="backup-import">{t('backupImport')}</label>
      <input id="backup-import" type="file" accept=".json,application/json" onChange={choose} />
      {plan && (
        <div class="notice" data-testid="import-preview">
          <p>
            {t('backupPreview', {
              total: plan.total,
              add: plan.plan.invites.add.length,
              update: plan.plan.invites.update.length,
              keep: plan.plan.invites.keep,
            })}
          </p>
          {/* Every kind the file adds or changes here, each with its count. */}
          {restoreKinds(plan.plan).length > 0 && (
            <>
              <p>{t('restoreAlso')}</p>
              <ul data-testid="import-kinds">
                {restoreKinds(plan.plan).map(([key, count]) => (
                  <li key={key}>{t(key, { count })}</li>
                ))}
              </ul>
            </>
          )}
          {plan.plan.settings && current && (
            <div data-testid="settings-changes">
              <p>{t('backupSettingsDiffer')}</p>
              <p class={settingsAdvice(current, plan.plan.settings) === 'weakens' ? 'bad' : 'muted'} data-testid="settings-advice">
                {t(ADVICE[settingsAdvice(current, plan.plan.settings)])}
              </p>
              <ul>
                {settingsChanges(current, plan.plan.settings).map((change, index) => (
                  <li key={index} class={weakens(change) ? 'bad' : ''}>
                    {changeText(t, change)}
                  </li>
                ))}
              </ul>
              <label>
                <input type="checkbox" checked={takeSettings} onChange={(event) => setTakeSettings((event.target as HTMLInputElement).checked)} />{' '}
                {t('backupTakeSettings')}
              </label>
            </div>
          )}
          <p class="actions">
            <button type="button" class="primary" disabled={busy} onClick={apply}>
              {t('backupApply')}
            </button>
            <button type="button" onClick={() => setPlan(null)}>
              {t('backupCancel')}
            </button>
          </p>
        </div>
      )}
      {message && (
        <p class={`notice${message.bad ? ' bad' : ''}`} role={message.bad ? 'alert' : 'status'} data-testid="backup-message">
          {message.text}
        </p>
      )}
    </section>
  );
}
