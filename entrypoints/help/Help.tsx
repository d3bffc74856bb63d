/**
 * The help page: one page, a table of contents, a section per topic (its id is the topic a screen's
 * «?» opens). Russian or English as the settings say; the other language one click away.
 */
import { useEffect, useState } from 'preact/hooks';
import { HELP_TOPICS, PrivacyLink, type HelpTopic } from '../../components/HelpLink';
import { TranslateContext, uiTranslator } from '../../components/i18n';
import type { Connector } from '../../lib/connector/connector';
import type { Language } from '../../lib/i18n/index';
import type { UiKey } from '../../lib/i18n/ui';
import { browserFamily, browserPage } from '../../lib/util/browser-pages';
import { SHORTCUTS } from '../../lib/util/shortcuts';

/** Each section's paragraphs; a step list is one text with « | » between the steps. */
const BODIES: Record<HelpTopic, UiKey[]> = {
  what: ['helpWhatMessenger', 'helpWhatJournal', 'helpWhatNever'],
  today: ['helpToday'],
  missing: ['helpMissingSteps'],
  annul: ['helpAnnul'],
  violation: ['helpViolation'],
  year: ['helpYear'],
  director: ['helpDirector'],
  stored: ['helpStored'],
  'not-recognised': ['helpNotRecognised'],
  keys: ['helpKeys'],
  privacy: ['helpPrivacy'],
};

export function Help({ connector }: { connector: Connector }) {
  const [language, setLanguage] = useState<Language | null>(null);
  useEffect(() => {
    void connector
      .loadSettings()
      .then((loaded) => setLanguage(loaded.settings.language))
      .catch(() => setLanguage('ru'));
  }, [connector]);
  // Rendered: the heading the address names is brought into view (the page was empty at load).
  useEffect(() => {
    if (!language) return;
    // The address named it before it existed: navigate to it again, so it is the target (and in view).
    const id = decodeURIComponent(location.hash.slice(1));
    if (id && document.getElementById(id)) location.replace(`#${encodeURIComponent(id)}`);
  }, [language]);
  if (!language) return null;
  const t = uiTranslator(language);
  document.documentElement.lang = language;
  document.title = t('helpTitle');
  const topics = Object.keys(HELP_TOPICS) as HelpTopic[];
  const family = browserFamily(navigator.userAgent);
  const params = {
    popupKey: SHORTCUTS.popup,
    reportKey: SHORTCUTS.reportViolation,
    shortcuts: family === 'firefox' ? t('helpShortcutsFirefox') : t('helpShortcutsAt', { page: browserPage('shortcuts', family) }),
  };
  return (
    <TranslateContext.Provider value={t}>
      <main class="report help" data-testid="help">
        <p class="no-print" style={{ float: 'right' }}>
          <button type="button" onClick={() => setLanguage(language === 'ru' ? 'en' : 'ru')}>
            {t('helpLanguage')}
          </button>
        </p>
        <h1>{t('helpTitle')}</h1>
        <nav aria-labelledby="help-contents">
          <h2 id="help-contents">{t('helpContents')}</h2>
          <ol>
            {topics.map((topic) => (
              <li key={topic}>
                <a href={`#${topic}`}>{t(HELP_TOPICS[topic])}</a>
              </li>
            ))}
          </ol>
        </nav>
        {topics.map((topic) => (
          <section key={topic} aria-labelledby={topic} data-topic={topic}>
            <h2 id={topic} tabIndex={-1}>
              {t(HELP_TOPICS[topic])}
            </h2>
            {BODIES[topic].map((key) => {
              const text = t(key, params);
              return text.includes(' | ') ? (
                <ol key={key} class="steps">
                  {text.split(' | ').map((step) => (
                    <li key={step}>{step.replace(/^\d+\.\s*/, '')}</li>
                  ))}
                </ol>
              ) : (
                <p key={key}>{text}</p>
              );
            })}
            {topic === 'privacy' && (
              <p class="no-print">
                <PrivacyLink connector={connector} />
              </p>
            )}
          </section>
        ))}
      </main>
    </TranslateContext.Provider>
  );
}
