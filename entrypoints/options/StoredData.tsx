/**
 * «Что хранится»: exactly what Parta keeps, where, and how much of it; and a button that erases it
 * all (after a second, explicit confirmation). Nothing of it ever leaves the computer.
 */
import { failureText } from '../../lib/i18n/errors';
import { useEffect, useState } from 'preact/hooks';
import type { Connector } from '../../lib/connector/connector';
import type { UiTranslate } from '../../lib/i18n/ui';
import type { StoreCounts } from '../../lib/db/erase';

export function StoredData({
  connector,
  t,
  onErased,
  version,
}: {
  connector: Connector;
  t: UiTranslate;
  onErased: () => void;
  /** Bumped by the page when it has written data: the counts are read again. */
  version: number;
}) {
  const [counts, setCounts] = useState<StoreCounts | null>(null);
  const [journals, setJournals] = useState<number | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ text: string; bad?: boolean } | null>(null);

  const refresh = () =>
    Promise.all([connector.storedCounts(), connector.journals.list()])
      .then(([stored, added]) => {
        setCounts(stored);
        setJournals(added.length);
      })
      .catch(() => setMessage({ text: t('dataCountFailed'), bad: true }));
  useEffect(() => {
    void refresh();
  }, [connector, version]);

  const erase = async () => {
    setConfirming(false);
    try {
      await connector.eraseEverything();
      setMessage({ text: t('dataErased') });
      await refresh();
      onErased();
    } catch (error) {
      setMessage({ text: `${t('dataEraseFailedShort')} ${failureText(t, error)}`, bad: true });
    }
  };

  return (
    <section id="data" aria-labelledby="data-title">
      <h2 id="data-title">{t('dataTitle')}</h2>
      <p>{t('dataIntro')}</p>
      <ul data-testid="stored-data">
        {/* One line per place Parta keeps anything: a unit test holds this list to the stores. */}
        <li data-store="settings">{t('dataSettings')}</li>
        <li data-store="customJournals">{t('dataJournals', { count: journals ?? '…' })}</li>
        <li data-store="invites">{t('dataInvites', { count: counts?.invites ?? '…' })}</li>
        <li data-store="chats">{t('dataChats', { count: counts?.chats ?? '…' })}</li>
        <li data-store="classes">{t('dataClasses', { count: counts?.classes ?? '…' })}</li>
        <li data-store="overrides">{t('dataOverrides', { count: counts?.overrides ?? '…' })}</li>
        <li data-store="classSizes">{t('dataClassSizes', { count: counts?.classSizes ?? '…' })}</li>
        <li data-store="meta">{t('dataMeta', { count: counts?.meta ?? '…' })}</li>
        <li data-store="reports">{t('dataReports', { count: counts?.reports ?? '…' })}</li>
        <li data-store="violations">{t('dataViolations', { count: counts?.violations ?? '…' })}</li>
        <li data-store="blocks">{t('dataBlocks', { count: counts?.blocks ?? '…' })}</li>
        <li data-store="leavers">{t('dataLeavers', { count: counts?.leavers ?? '…' })}</li>
      </ul>
      <p class="muted">{t('dataNotKept')}</p>
      {!confirming ? (
        <button type="button" onClick={() => setConfirming(true)}>
          {t('dataErase')}
        </button>
      ) : (
        <div class="notice bad" role="group" aria-labelledby="erase-question">
          <p id="erase-question">
            <strong>{t('dataEraseQuestion')}</strong>
          </p>
          <p class="actions">
            <button type="button" class="danger" onClick={erase}>
              {t('dataEraseYes')}
            </button>
            <button type="button" autoFocus onClick={() => setConfirming(false)}>
              {t('formCancel')}
            </button>
          </p>
        </div>
      )}
      {message && (
        <p class={`notice${message.bad ? ' bad' : ''}`} role={message.bad ? 'alert' : 'status'} data-testid="data-message">
          {message.text}
        </p>
      )}
    </section>
  );
}
