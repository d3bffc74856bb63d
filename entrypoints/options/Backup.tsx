/**
 * Backup of everything Parta keeps: a JSON file out and back in (versioned, validated as a whole,
 * with a preview of what will change, written all or nothing; older invitations-only files too),
 * and the invitations as a CSV table for a spreadsheet.
 */
import { MESSENGER_NAMES } from '../../lib/links/index';
import type { Settings } from '../../lib/settings/index';
import { settingsChanges, weakens, type SettingsChange } from '../../lib/settings/diff';
import { failureText } from '../../lib/i18n/errors';
import { useState } from 'preact/hooks';
import type { Connector } from '../../lib/connector/connector';
import { download, downloadCsv } from '../../lib/dom/download';
import { exportFileName } from '../../lib/util/csv';
import type { UiTranslate } from '../../lib/i18n/ui';
import { makeBackup, planIsEmpty, planRestore, readBackupFile, type RestorePlan } from '../../lib/backup/backup';
import { CSV_COLUMNS, csvRows, importTooBig } from '../../lib/invites/transfer';
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
    default:
      return t(`settingsChange_${change.kind}` as UiKey);
  }
}

type Message = { text: string; bad?: boolean };

export function Backup({ connector, t, onImported }: { connector: Connector; t: UiTranslate; onImported?: () => void }) {
  const [plan, setPlan] = useState<{ plan: RestorePlan; total: number } | null>(null);
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
    if (importTooBig(file.size)) {
      setMessage({ text: importProblemText(t, { kind: 'too-big' }), bad: true });
      return;
    }
    const read = readBackupFile(await file.text());
    if (!read.ok) {
      setMessage({ text: importProblemText(t, read.problem), bad: true });
      return;
    }
    const everything = await connector.everything();
    setCurrent(everything.settings);
    setTakeSettings(false);
    const next = planRestore(everything, read);
    if (planIsEmpty(next)) {
      setMessage({ text: t('backupNothing') });
      return;
    }
    setMessage(null);
    setPlan({ plan: next, total: read.kind === 'invites' ? read.invites.length : read.file.invites.length });
  };

  const apply = async () => {
    if (!plan) return;
    setBusy(true);
    try {
      await connector.restore(takeSettings ? plan.plan : { ...plan.plan, settings: null });
      setMessage({ text: t('backupImported', { add: plan.plan.invites.add.length, update: plan.plan.invites.update.length }) });
      onImported?.();
    } catch (error) {
      setMessage({ text: `${t('importFailedShort')} ${failureText(t, error)}`, bad: true });
    } finally {
      setPlan(null);
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="backup-title">
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
            {(plan.plan.chats.length > 0 || plan.plan.classes.length > 0 || plan.plan.overrides.length > 0) &&
              ` ${t('backupPreviewMore', {
                chats: plan.plan.added.chats,
                classes: plan.plan.classes.length,
                overrides: plan.plan.overrides.length,
                settings: '',
              })}`}
          </p>
          {plan.plan.settings && current && (
            <div data-testid="settings-changes">
              <p>{t('backupSettingsDiffer')}</p>
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
