import { ReportPage } from '../../components/ReportPage';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { ChangesContext } from '../../components/changes';
import { FeedbackProvider } from '../../components/feedback';
import type { Connector, TabStatus } from '../../lib/connector/connector';
import { TranslateContext, settingsTranslator, uiTranslator, useT } from '../../components/i18n';
import type { Language } from '../../lib/i18n/index';
import type { UiKey } from '../../lib/i18n/ui';
import type { SiteId } from '../../lib/sites/types';
import type { JournalId } from '../../lib/journals/adapters';
import { journalAddressFailureText } from '../../lib/i18n/errors';
import type { CaptureHandoff } from '../../lib/messaging/handoff';
import { healthVerdict } from '../../lib/messaging/page-status';
import type { Settings } from '../../lib/settings/index';
import { Checklist } from './Checklist';
import { Duties } from './Duties';
import { Invites } from './Invites';
import { PasteToDraft } from './paste';
import { HelpLink } from '../../components/HelpLink';
import { Today } from './Today';
import { OpeningContext, openingReads } from './opening';

const SITE_NAMES: Record<SiteId, UiKey> = {
  max: 'siteMax',
  vk: 'siteVk',
  sferum: 'siteSferum',
  generic: 'siteGeneric',
};

/** Opened by the background for a link seen on a messenger page: the link and chat come from main.tsx. */
export function App({ connector, capture }: { connector: Connector; capture?: CaptureHandoff }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<TabStatus | null>(null);
  const [version, setVersion] = useState(0);
  const bump = useCallback(() => setVersion((value) => value + 1), []);
  const changes = useMemo(() => ({ version, bump }), [version, bump]);

  // The register is read at once, alongside the settings, not after them: the list shows sooner.
  const opening = useMemo(() => openingReads(connector), [connector]);
  const readTab = useCallback(() => {
    connector
      .tabStatus()
      .then(setStatus)
      .catch(() => setStatus({ kind: 'unsupported' }));
  }, [connector]);
  useEffect(() => {
    void connector.loadSettings().then((loaded) => {
      performance.mark('parta:settings-read');
      setSettings(loaded.settings);
    });
    // The capture window is not about a tab.
    if (!capture) readTab();
  }, [connector]);

  const language: Language = settings?.language ?? 'ru';
  const t = settings ? settingsTranslator(settings) : uiTranslator(language);
  document.documentElement.lang = language;
  return (
    <TranslateContext.Provider value={t}>
      <ChangesContext.Provider value={changes}>
        <OpeningContext.Provider value={opening}>
          <FeedbackProvider>
            <main class="popup">
              <div class="section-head">
                <h1>{t('popupTitle')}</h1>
                <span class="actions">
                  {settings?.profiles.includes('administration') && (
                    // The director's daily page, one click away: the summary of the teachers' reports.
                    <button type="button" data-testid="open-school" onClick={() => connector.openPage('/school.html')}>
                      {t('popupSchool')}
                    </button>
                  )}
                  <HelpLink connector={connector} topic={status?.kind === 'journal' ? 'missing' : 'today'} />
                  <button type="button" onClick={() => connector.openOptions()}>
                    {t('popupOptions')}
                  </button>
                </span>
              </div>
              <PasteToDraft connector={connector} />
              {settings && !capture && <Today connector={connector} settings={settings} />}
              {status?.kind === 'journal' && settings ? (
                <Checklist connector={connector} settings={settings} journal={status.status} />
              ) : (
                status && <Status status={status} connector={connector} onAllowed={readTab} />
              )}
              {settings && !capture && <Duties connector={connector} settings={settings} />}
              {settings && <Invites connector={connector} settings={settings} capture={capture} initialList={opening.register} />}
            </main>
          </FeedbackProvider>
        </OpeningContext.Provider>
      </ChangesContext.Provider>
    </TranslateContext.Provider>
  );
}

/**
 * A page on an address Parta does not read that looks like a journal it knows: one click asks the
 * browser for that address, and the page is read at once (the checklist replaces this offer).
 */
function JournalOffer({ offer, connector, onAllowed }: { offer: { origin: string; family: JournalId }; connector: Connector; onAllowed: () => void }) {
  const t = useT();
  const [said, setSaid] = useState<{ text: string; bad: boolean } | null>(null);
  const host = new URL(offer.origin).host;
  const allow = () => {
    // No await before the call: the browser asks only while the click is handled.
    connector.journals
      .add(offer.origin, offer.family, connector.now())
      .then((granted) => {
        if (granted) onAllowed();
        else setSaid({ text: t('journalAddressDenied', { origin: offer.origin }), bad: true });
      })
      .catch((error: unknown) => setSaid({ text: journalAddressFailureText(t, error), bad: true }));
  };
  return (
    <section class="notice" data-testid="journal-offer" aria-labelledby="journal-offer-title">
      <p id="journal-offer-title">
        <strong>{t('popupJournalOffer', { journal: t(`journalKind_${offer.family}`), host })}</strong>
      </p>
      <p class="muted">{t('popupJournalOfferWhy')}</p>
      <button type="button" class="primary" onClick={allow}>
        {t('popupJournalOfferAllow', { host })}
      </button>
      {said && (
        <p class={said.bad ? 'bad' : 'ok'} role={said.bad ? 'alert' : 'status'}>
          {said.text}
        </p>
      )}
    </section>
  );
}

/** `onAllowed`: the tab's page is read again once the teacher allowed its address. */
function Status({ status, connector, onAllowed }: { status: TabStatus; connector: Connector; onAllowed: () => void }) {
  const t = useT();
  if (status.kind === 'unsupported') return <p class="notice" data-testid="not-supported">{t('popupNotMessenger')}</p>;
  if (status.kind === 'no-contact') return <p class="notice">{t('popupNoContact')}</p>;
  if (status.kind === 'journal') return null;
  if (status.kind === 'journal-offer') return <JournalOffer offer={status} connector={connector} onAllowed={onAllowed} />;
  const { health, warnings, openChat } = status.status;
  const verdict = healthVerdict(health);
  return (
    <section aria-live="polite">
      <p class="muted">{t('popupSite', { site: t(SITE_NAMES[health.site]) })}</p>
      {verdict === 'recognised' ? (
        <p class="ok" data-testid="health">✓ {t('popupRecognised')}</p>
      ) : verdict === 'partly' ? (
        // Part of the page is read, part is not: what stopped, in what it means for the teacher.
        <div class="notice bad" data-testid="health" data-stopped={health.stopped.join(' ')}>
          <strong>⚠ {t('popupPartlyRecognised')}</strong>
          <ul class="plain">
            {health.stopped.map((feature) => (
              <li key={feature}>{t(`popupStopped_${feature}`)}</li>
            ))}
          </ul>
          <ReportPage connector={connector} />
        </div>
      ) : (
        <div class="notice bad" data-testid="health">
          <strong>⚠ {t('popupNotRecognised')}</strong>
          <p style={{ margin: '4px 0 0' }}>{t('popupFallback')}</p>
          <ReportPage connector={connector} />
        </div>
      )}
      {health.messages > 0 && health.composer ? (
        <p class="ok" data-testid="working">{t('popupWorking', { count: health.messages })}</p>
      ) : (
        health.messages > 0 && <p data-testid="working">{t('popupWorkingMessages', { count: health.messages })}</p>
      )}
      {/* What Parta does not see, in words: what it means for the teacher and what to do. */}
      <ul class="plain" data-testid="not-seen">
        {/* Only what is not open, never «откройте чат» about an open one (what stopped is said above). */}
        {!health.chatOpen && <li class="muted">{t('popupNoMessages')}</li>}
        {!health.chatOpen && !health.composer && <li class="muted">{t('popupNoComposer')}</li>}
        {health.chatOpen && health.messages === 0 && !health.stopped.includes('messages') && <li class="muted">{t('popupEmptyChat')}</li>}
      </ul>
      {warnings !== null && (
        <p data-testid="warnings" class={warnings > 0 ? 'bad' : ''}>
          <strong>{t('popupWarnings', { count: warnings })}</strong>
        </p>
      )}
      {openChat && (
        <p class="muted" data-testid="open-chat">
          {openChat.members === null
            ? t('popupOpenChatNoCount', { title: openChat.title })
            : t('popupOpenChatCount', { title: openChat.title, members: openChat.members })}
        </p>
      )}
    </section>
  );
}
