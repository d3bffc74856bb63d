/**
 * The first-run welcome, at the top of the options page (`?welcome`, opened once on install):
 * what Parta does, and the two things worth a minute — who the teacher is and which classes. The
 * «who» is the options' own «О вас» section, shown here instead of below (one field, one place).
 * Skipping leaves a working extension: every setting has a default.
 */
import { HelpLink, PrivacyLink } from '../../components/HelpLink';
import { useState } from 'preact/hooks';
import type { Connector } from '../../lib/connector/connector';
import type { UiTranslate } from '../../lib/i18n/ui';
import { parseClassList } from '../../lib/classes/list';
import { failureText } from '../../lib/i18n/errors';
import type { ComponentChildren } from 'preact';

export function Welcome({ connector, t, onDone, children }: { connector: Connector; t: UiTranslate; onDone: () => void; children: ComponentChildren }) {
  const [classes, setClasses] = useState('');
  const [own, setOwn] = useState('');
  const [error, setError] = useState<string | null>(null);

  // The roles and names above are the options' own fields, saved as they change; only the classes
  // typed here wait for «Готово» (they are a list to check first, not a setting).
  const finish = async (event: Event) => {
    event.preventDefault();
    const parsed = parseClassList(classes, own);
    if (parsed.bad.length > 0) {
      setError(t('checklistManualBad', { values: parsed.bad.join(', ') }));
      return;
    }
    try {
      if (parsed.classes.length > 0) {
        await connector.checklist.saveManualClasses(
          parsed.classes.map((entry) => ({ key: entry.key, name: parsed.names.get(entry.key) ?? entry.key, own: entry.own, subjects: [...entry.subjects] })),
          connector.now(),
        );
      }
      onDone();
    } catch (failure) {
      setError(failureText(t, failure));
    }
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
      {children}
      <form onSubmit={finish}>
        <label for="welcome-classes">{t('welcomeClasses')}</label>
        <input id="welcome-classes" style={{ width: '100%', boxSizing: 'border-box' }} placeholder="5А, 7Б" value={classes} onInput={(event) => setClasses((event.target as HTMLInputElement).value)} />
        <label for="welcome-own">{t('checklistManualOwn')}</label>
        <input id="welcome-own" maxLength={40} value={own} onInput={(event) => setOwn((event.target as HTMLInputElement).value)} />
        <p class="muted">{t('welcomeClassesHelp')}</p>
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
          <button type="button" onClick={onDone}>
            {t('welcomeSkip')}
          </button>
        </p>
      </form>
    </section>
  );
}
