/**
 * «?» on each screen: opens the packaged help at the heading that screen is about (no network).
 * The topics are the help page's section ids.
 */
import type { Connector } from '../lib/connector/connector';
import type { UiKey, UiTranslate } from '../lib/i18n/ui';
import { useT } from './i18n';

export const HELP_TOPICS = {
  what: 'helpWhatTitle',
  today: 'helpTodayTitle',
  missing: 'helpMissingTitle',
  annul: 'helpAnnulTitle',
  violation: 'helpViolationTitle',
  year: 'helpYearTitle',
  director: 'helpDirectorTitle',
  stored: 'helpStoredTitle',
  'not-recognised': 'helpNotRecognisedTitle',
  keys: 'helpKeysTitle',
  privacy: 'helpPrivacyTitle',
} as const satisfies Record<string, UiKey>;

export type HelpTopic = keyof typeof HELP_TOPICS;

export function HelpLink({ connector, topic, t: given }: { connector: Connector; topic: HelpTopic; t?: UiTranslate }) {
  const fromScreen = useT();
  const t = given ?? fromScreen;
  return (
    <button type="button" class="help-link" data-testid="help-link" data-topic={topic} aria-label={t('helpOpenLabel', { topic: t(HELP_TOPICS[topic]) })} title={t(HELP_TOPICS[topic])} onClick={() => connector.openPage(`/help.html#${topic}`)}>
      {t('helpOpen')}
    </button>
  );
}

/** The privacy policy in full, packaged with the extension (the repository's PRIVACY.md). */
export function PrivacyLink({ connector, t: given }: { connector: Connector; t?: UiTranslate }) {
  const fromScreen = useT();
  const t = given ?? fromScreen;
  return (
    <button type="button" class="link" data-testid="privacy-link" onClick={() => connector.openPage('/privacy.html')}>
      {t('privacyOpen')}
    </button>
  );
}
