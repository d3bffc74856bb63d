/**
 * «Что хранится»: exactly what Parta keeps, where, and how much of it; and a button that erases it
 * all (after a second, explicit confirmation). Nothing of it ever leaves the computer.
 */
import { HelpLink, PrivacyLink } from '../../components/HelpLink';
import { failureText } from '../../lib/i18n/errors';
import { useEffect, useState } from 'preact/hooks';
import type { Connector } from '../../lib/connector/connector';
import type { UiKey, UiTranslate } from '../../lib/i18n/ui';
import type { StoreCounts, StoreName } from '../../lib/db/erase';

/** How each store is named to the teacher; the compiler asks for a line when a store is added. */
const STORE_LINES: Record<StoreName, UiKey> = {
  invites: 'dataInvites',
  chats: 'dataChats',
  classes: 'dataClasses',
  overrides: 'dataOverrides',
  classSizes: 'dataClassSizes',
  meta: 'dataMeta',
  reports: 'dataReports',
  violations: 'dataViolations',
  blocks: 'dataBlocks',
  leavers: 'dataLeavers',
  drafts: 'dataDrafts',
  caches: 'dataCaches',
  classLists: 'dataClassLists',
  memberLists: 'dataMemberLists',
  memberCounts: 'dataMemberCounts',
};

/** What «Стереть всё» erases, one short name per store, said before the teacher confirms. */
const ERASE_NAMES: Record<StoreName, UiKey> = {
  invites: 'eraseInvites',
  chats: 'eraseChats',
  classes: 'eraseClasses',
  overrides: 'eraseOverrides',
  classSizes: 'eraseClassSizes',
  meta: 'eraseMeta',
  reports: 'eraseReports',
  violations: 'eraseViolations',
  blocks: 'eraseBlocks',
  leavers: 'eraseLeavers',
  drafts: 'eraseDrafts',
  caches: 'eraseCaches',
  classLists: 'eraseClassLists',
  memberLists: 'eraseMemberLists',
  memberCounts: 'eraseMemberCounts',
};

const isNamedStore = (store: string): store is StoreName => Object.hasOwn(STORE_LINES, store);

/** The stores the database has (once counted): the named ones in the teacher's order, then any other. */
function storesToShow(counts: StoreCounts | null): string[] {
  if (!counts) return Object.keys(STORE_LINES);
  const present = Object.keys(counts);
  return [...Object.keys(STORE_LINES).filter((store) => present.includes(store)), ...present.filter((store) => !isNamedStore(store))];
}

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
  /** The classes whose «Кто ещё не в чате» names are kept: each can be forgotten here. */
  const [checkedClasses, setCheckedClasses] = useState<string[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ text: string; bad?: boolean } | null>(null);

  const refresh = () =>
    Promise.all([connector.storedCounts(), connector.journals.list(), connector.families.load()])
      .then(([stored, added, families]) => {
        setCounts(stored);
        setJournals(added.length);
        setCheckedClasses(families.classLists.map((record) => record.classKey));
      })
      .catch(() => setMessage({ text: t('dataCountFailed'), bad: true }));
  useEffect(() => {
    void refresh();
  }, [connector, version]);

  const erase = async () => {
    setConfirming(false);
    try {
      await connector.eraseEverything();
      // The counts first: «Всё стёрто» is said beside the zeros, never beside the old counts.
      await refresh();
      setMessage({ text: t('dataErased') });
      onErased();
    } catch (error) {
      setMessage({ text: `${t('dataEraseFailedShort')} ${failureText(t, error)}`, bad: true });
    }
  };

  return (
    <section id="data" aria-labelledby="data-title">
      <div class="section-head">
        <h2 id="data-title">{t('dataTitle')}</h2>
        <HelpLink connector={connector} topic="stored" t={t} />
      </div>
      <p>{t('dataIntro')}</p>
      <ul data-testid="stored-data">
        {/* One line per place Parta keeps anything: the stores as the database has them. */}
        <li data-store="settings">{t('dataSettings')}</li>
        <li data-store="customJournals">{t('dataJournals', { count: journals ?? '…' })}</li>
        {storesToShow(counts).map((store) => {
          const count = counts?.[store] ?? '…';
          return (
            <li key={store} data-store={store}>
              {isNamedStore(store) ? t(STORE_LINES[store], { count }) : t('dataOther', { store, count })}
              {store === 'classLists' &&
                checkedClasses.map((classKey) => (
                  <span key={classKey}>
                    {' '}
                    <button
                      type="button"
                      class="link"
                      onClick={() =>
                        void connector.families
                          .turnOff(classKey)
                          .then(async () => {
                            await refresh();
                            setMessage({ text: t('dataClassForgotten', { classKey }) });
                          })
                          .catch((error: unknown) => setMessage({ text: failureText(t, error), bad: true }))
                      }
                    >
                      {t('dataForgetClass', { classKey })}
                    </button>
                  </span>
                ))}
            </li>
          );
        })}
      </ul>
      <p class="muted">
        {t('dataNotKept')} <PrivacyLink connector={connector} t={t} />
      </p>
      {!confirming ? (
        <button type="button" onClick={() => setConfirming(true)}>
          {t('dataErase')}
        </button>
      ) : (
        <div class="notice bad" role="group" aria-labelledby="erase-question">
          <p id="erase-question">
            <strong>{t('dataEraseQuestion')}</strong>
          </p>
          {/* Every kind of data, with how much there is: nothing is erased that was not named here. */}
          <ul data-testid="erase-list">
            {storesToShow(counts).map((store) => (
              <li key={store} data-store={store}>
                {isNamedStore(store) ? t(ERASE_NAMES[store], { count: counts?.[store] ?? '…' }) : t('dataOther', { store, count: counts?.[store] ?? '…' })}
              </li>
            ))}
            <li data-store="customJournals">{t('eraseJournals', { count: journals ?? '…' })}</li>
            <li data-store="settings">{t('eraseSettings')}</li>
          </ul>
          <p class="muted">{t('dataEraseBackupFirst')}</p>
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
