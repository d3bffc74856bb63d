import { useEffect, useState } from 'preact/hooks';
import type { Connector, TabStatus } from '../../components/connector';
import { TranslateContext, uiTranslator, useT } from '../../components/i18n';
import type { Language } from '../../lib/i18n/index';
import type { UiKey } from '../../lib/i18n/ui';
import type { SiteId } from '../../lib/protocol';

const SITE_NAMES: Record<SiteId, UiKey> = {
  max: 'siteMax',
  vk: 'siteVk',
  sferum: 'siteSferum',
  generic: 'siteGeneric',
};

export function App({ connector }: { connector: Connector }) {
  const [language, setLanguage] = useState<Language>('ru');
  const [status, setStatus] = useState<TabStatus | null>(null);

  useEffect(() => {
    void connector.loadSettings().then((loaded) => setLanguage(loaded.settings.language));
    void connector.tabStatus().then(setStatus);
  }, [connector]);

  const t = uiTranslator(language);
  document.documentElement.lang = language;
  return (
    <TranslateContext.Provider value={t}>
      <main style={{ width: '340px', padding: '14px 16px' }}>
        <h1>{t('popupTitle')}</h1>
        {status && <Status status={status} />}
        <p>
          <button type="button" onClick={() => connector.openOptions()}>
            {t('popupOptions')}
          </button>
        </p>
      </main>
    </TranslateContext.Provider>
  );
}

function Status({ status }: { status: TabStatus }) {
  const t = useT();
  if (status.kind === 'unsupported') return <p class="notice">{t('popupNotMessenger')}</p>;
  if (status.kind === 'no-contact') return <p class="notice">{t('popupNoContact')}</p>;
  const { health, warnings } = status.status;
  return (
    <section aria-live="polite">
      <p class="muted">{t('popupSite', { site: t(SITE_NAMES[health.site]) })}</p>
      {health.recognised ? (
        <p class="ok" data-testid="health">✓ {t('popupRecognised')}</p>
      ) : (
        <div class="notice bad" data-testid="health">
          <strong>⚠ {t('popupNotRecognised')}</strong>
          <p style={{ margin: '4px 0 0' }}>{t('popupFallback')}</p>
        </div>
      )}
      <ul class="plain" aria-label={t('popupRecognised')}>
        <Part found={health.messages > 0} label={t('popupPartMessages', { count: health.messages })} />
        <Part found={health.chatList > 0} label={t('popupPartChatList', { count: health.chatList })} />
        <Part found={health.composer} label={t('popupPartComposer')} />
      </ul>
      <p data-testid="warnings" class={warnings > 0 ? 'bad' : ''}>
        <strong>{t('popupWarnings', { count: warnings })}</strong>
      </p>
    </section>
  );
}

function Part({ found, label }: { found: boolean; label: string }) {
  const t = useT();
  return (
    <li class={found ? 'ok' : 'bad'}>
      <span aria-hidden="true">{found ? '✓' : '✗'}</span> {label} — {found ? t('popupFound') : t('popupMissing')}
    </li>
  );
}
