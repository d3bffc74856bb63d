/**
 * The first-run welcome, at the top of the options page (`?welcome`, opened once on install):
 * what Parta does, and the two things worth a minute — who the teacher is and which classes.
 * Skipping leaves a working extension: every setting has a default.
 */
import { HelpLink, PrivacyLink } from '../../components/HelpLink';
import { useState } from 'preact/hooks';
import type { Connector } from '../../lib/connector/connector';
import type { UiTranslate } from '../../lib/i18n/ui';
import { parseClassList } from '../../lib/classes/list';
import { PROFILES, type Profile } from '../../lib/classes/profiles';
import { STALE_DAYS_MAX, STALE_DAYS_MIN, type Settings } from '../../lib/settings/index';

export function Welcome({ connector, t, settings, onDone }: { connector: Connector; t: UiTranslate; settings: Settings; onDone: (settings: Settings) => void }) {
  const [profiles, setProfiles] = useState<Profile[]>(settings.profiles);
  const [classes, setClasses] = useState('');
  const [own, setOwn] = useState('');
  const [staleDays, setStaleDays] = useState(String(settings.staleDays));
  const [error, setError] = useState<string | null>(null);

  const finish = async (event: Event) => {
    event.preventDefault();
    if (profiles.length === 0) {
      setError(t('optionsProfilesEmpty'));
      return;
    }
    const days = Number(staleDays);
    if (!Number.isInteger(days) || days < STALE_DAYS_MIN || days > STALE_DAYS_MAX) {
      setError(t('optionsStaleDaysError'));
      return;
    }
    const parsed = parseClassList(classes, own);
    if (parsed.bad.length > 0) {
      setError(t('checklistManualBad', { values: parsed.bad.join(', ') }));
      return;
    }
    const next = { ...settings, profiles, staleDays: days };
    await connector.saveSettings(next);
    if (parsed.classes.length > 0) {
      await connector.checklist.saveManualClasses(
        parsed.classes.map((entry) => ({ key: entry.key, name: parsed.names.get(entry.key) ?? entry.key, own: entry.own, subjects: [] })),
        connector.now(),
      );
    }
    onDone(next);
  };

  return (
    <section class="welcome notice" aria-labelledby="welcome-title" data-testid="welcome">
      <div class="section-head">
        <h2 id="welcome-title">{t('welcomeTitle')}</h2>
        <HelpLink connector={connector} topic="what" t={t} />
      </div>
      <ul>
        <li>{t('welcomeLinks')}</li>
        <li>{t('welcomeChecklist')}</li>
        <li>{t('welcomeInvites')}</li>
      </ul>
      <p>
        {t('welcomePrivacy')} <PrivacyLink connector={connector} t={t} />
      </p>
      <form onSubmit={finish}>
        <fieldset>
          <legend>{t('optionsProfiles')}</legend>
          {PROFILES.map((profile) => (
            <label key={profile}>
              <input
                type="checkbox"
                name={`welcome-profile-${profile}`}
                checked={profiles.includes(profile)}
                onChange={(event) =>
                  setProfiles((current) =>
                    (event.target as HTMLInputElement).checked
                      ? PROFILES.filter((candidate) => candidate === profile || current.includes(candidate))
                      : current.filter((candidate) => candidate !== profile),
                  )
                }
              />{' '}
              {t(`profile_${profile}`)}
            </label>
          ))}
        </fieldset>
        <label for="welcome-classes">{t('welcomeClasses')}</label>
        <input id="welcome-classes" style={{ width: '100%', boxSizing: 'border-box' }} placeholder="5А, 7Б" value={classes} onInput={(event) => setClasses((event.target as HTMLInputElement).value)} />
        <label for="welcome-own">{t('checklistManualOwn')}</label>
        <input id="welcome-own" maxLength={40} value={own} onInput={(event) => setOwn((event.target as HTMLInputElement).value)} />
        <p class="muted">{t('welcomeClassesHelp')}</p>
        <label for="welcome-stale-days">{t('optionsStaleDays')}</label>
        <input id="welcome-stale-days" type="number" min={STALE_DAYS_MIN} max={STALE_DAYS_MAX} step={1} value={staleDays} onInput={(event) => setStaleDays((event.target as HTMLInputElement).value)} />
        <p class="muted">{t('welcomeMore')}</p>
        {error && (
          <p class="notice bad" role="alert">
            {error}
          </p>
        )}
        <p class="actions">
          <button type="submit" class="primary">
            {t('welcomeDone')}
          </button>
          <button type="button" onClick={() => onDone(settings)}>
            {t('welcomeSkip')}
          </button>
        </p>
      </form>
    </section>
  );
}
