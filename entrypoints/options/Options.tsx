import { useEffect, useState } from 'preact/hooks';
import type { Connector } from '../../components/connector';
import { uiTranslator } from '../../components/i18n';
import type { Language } from '../../lib/i18n/index';
import { MESSENGERS, type MessengerId } from '../../lib/links/index';
import { parseAllowlist, type Settings } from '../../lib/settings';

export function Options({ connector }: { connector: Connector }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [damaged, setDamaged] = useState(false);
  const [allowlistText, setAllowlistText] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void connector.loadSettings().then((loaded) => {
      setSettings(loaded.settings);
      setDamaged(loaded.damaged);
      setAllowlistText(loaded.settings.allowlist.join('\n'));
    });
  }, [connector]);

  if (!settings) return null;
  const t = uiTranslator(settings.language);
  document.documentElement.lang = settings.language;

  const update = (next: Settings) => {
    setSettings(next);
    setSaved(false);
  };
  const toggle = (id: MessengerId, on: boolean) =>
    update({ ...settings, messengers: { ...settings.messengers, [id]: on } });

  const save = async (event: Event) => {
    event.preventDefault();
    const allowlist = parseAllowlist(allowlistText);
    if (allowlist.errors.length > 0) {
      setErrors(allowlist.errors.map(({ line, value }) => t('optionsInvalidHost', { line, value })));
      setSaved(false);
      return; // nothing is saved while any line is wrong: the stored settings stay as they were
    }
    const next = { ...settings, allowlist: allowlist.hosts };
    try {
      await connector.saveSettings(next);
      setSettings(next);
      setAllowlistText(allowlist.hosts.join('\n'));
      setErrors([]);
      setDamaged(false);
      setSaved(true);
    } catch (error) {
      setErrors([t('optionsSaveError', { reason: error instanceof Error ? error.message : String(error) })]);
    }
  };

  return (
    <main style={{ maxWidth: '640px', margin: '0 auto', padding: '20px' }}>
      <h1>{t('optionsTitle')}</h1>
      {damaged && <p class="notice bad" role="alert">{t('optionsLoadError')}</p>}
      <form onSubmit={save}>
        <fieldset>
          <legend>{t('optionsMessengers')}</legend>
          <ul class="plain">
            {MESSENGERS.map((messenger) => (
              <li key={messenger.id}>
                <label>
                  <input
                    type="checkbox"
                    name={`messenger-${messenger.id}`}
                    checked={settings.messengers[messenger.id]}
                    onChange={(event) => toggle(messenger.id, (event.target as HTMLInputElement).checked)}
                  />{' '}
                  {messenger.name}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <h2>
          <label for="allowlist">{t('optionsAllowlist')}</label>
        </h2>
        <p class="muted" id="allowlist-help">{t('optionsAllowlistHelp')}</p>
        <textarea
          id="allowlist"
          rows={5}
          cols={50}
          aria-describedby="allowlist-help"
          value={allowlistText}
          onInput={(event) => {
            setAllowlistText((event.target as HTMLTextAreaElement).value);
            setSaved(false);
          }}
        />
        <h2>
          <label for="language">{t('optionsLanguage')}</label>
        </h2>
        <select
          id="language"
          value={settings.language}
          onChange={(event) => update({ ...settings, language: (event.target as HTMLSelectElement).value as Language })}
        >
          <option value="ru">Русский</option>
          <option value="en">English</option>
        </select>
        {errors.length > 0 && (
          <ul class="notice bad" role="alert" data-testid="errors">
            {errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        )}
        <p>
          <button type="submit" class="primary">
            {t('optionsSave')}
          </button>{' '}
          {saved && (
            <span role="status" class="ok">
              {t('optionsSaved')}
            </span>
          )}
        </p>
      </form>
    </main>
  );
}
