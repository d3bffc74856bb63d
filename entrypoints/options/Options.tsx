import { failureText } from '../../lib/i18n/errors';
import { SCHOOL_NAME_MAX, TEACHER_NAME_MAX } from '../../lib/settings/index';
import { HelpLink } from '../../components/HelpLink';
import { JournalAddresses } from './JournalAddresses';
import { useEffect, useState } from 'preact/hooks';
import type { Connector } from '../../lib/connector/connector';
import { uiTranslator } from '../../components/i18n';
import type { Language } from '../../lib/i18n/index';
import { MESSENGERS, type MessengerId } from '../../lib/links/index';
import { requirementsFor, suggestTitle } from '../../lib/classes/policies';
import { PROFILES, type Profile } from '../../lib/classes/profiles';
import type { UiKey } from '../../lib/i18n/ui';
import { DEFAULT_INVITE_TEMPLATE, TEMPLATE_PLACEHOLDERS } from '../../lib/invites/message';
import { CHAT_PLATFORMS } from '../../lib/classes/profiles';
import { MONTH_DAY, parseAllowlist, STAFF_MAX, STALE_DAYS_MAX, STALE_DAYS_MIN, TEMPLATE_MAX, type Settings } from '../../lib/settings/index';
import { ModerationSettings } from './ModerationSettings';
import { SchoolYear } from './SchoolYear';
import { ClassSizes } from './ClassSizes';
import { Backup } from './Backup';
import { StoredData } from './StoredData';
import { Welcome } from './Welcome';

/** `MM-DD` → «ДД.ММ», as a Russian teacher writes a date. */
export function dayMonth(monthDayValue: string): string {
  const [month, day] = monthDayValue.split('-');
  return `${day}.${month}`;
}

/** «1.09», «01.09», «1 09» → `09-01`; null when it is no real day. */
export function monthDay(text: string): string | null {
  const match = /^\s*(\d{1,2})\s*[./\s-]\s*(\d{1,2})\s*$/.exec(text);
  if (!match) return null;
  const value = `${match[2].padStart(2, '0')}-${match[1].padStart(2, '0')}`;
  return MONTH_DAY.test(value) ? value : null;
}

/** The options' sections, in the page's order: where each concern is. */
const TOC: readonly [string, UiKey][] = [
  ['about', 'tocAbout'],
  ['required', 'tocRequired'],
  ['links', 'tocLinks'],
  ['invites', 'tocInvites'],
  ['language-title', 'tocLanguage'],
  ['moderation', 'tocModeration'],
  ['school-year', 'tocSchoolYear'],
  ['journals', 'tocJournals'],
  ['backup', 'tocData'],
];

/** The e-journals Parta reads without any set-up, named for the next step after the welcome. */
const KNOWN_JOURNALS: readonly UiKey[] = ['siteMesh', 'siteNetschool', 'siteDnevnik', 'siteEljur'];

/** An optional name in the settings: kept as typed, absent when left blank. */
function withName(settings: Settings, key: 'schoolName' | 'teacherName', value: string): Settings {
  const { [key]: _previous, ...rest } = settings;
  return value.trim() ? { ...rest, [key]: value } : rest;
}

function NameField({ label, max, testId, value, onChange }: { label: string; max: number; testId: string; value: string | undefined; onChange: (value: string) => void }) {
  return (
    <label>
      {label}{' '}
      <input type="text" maxLength={max} value={value ?? ''} data-testid={testId} onInput={(event) => onChange((event.target as HTMLInputElement).value)} />
    </label>
  );
}

export function Options({ connector }: { connector: Connector }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [damaged, setDamaged] = useState(false);
  const [allowlistText, setAllowlistText] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);
  const [staleDaysText, setStaleDaysText] = useState('');
  const [template, setTemplate] = useState('');
  const [thresholdText, setThresholdText] = useState('');
  const [staffText, setStaffText] = useState('');
  const [yearStartText, setYearStartText] = useState('');
  const [dataVersion, setDataVersion] = useState(0);
  const [welcome, setWelcome] = useState(() => new URLSearchParams(location.search).has('welcome'));
  const [nextStep, setNextStep] = useState(false);

  useEffect(() => {
    void connector.loadSettings().then((loaded) => {
      setSettings(loaded.settings);
      setDamaged(loaded.damaged);
      setAllowlistText(loaded.settings.allowlist.join('\n'));
      setStaleDaysText(String(loaded.settings.staleDays));
      setTemplate(loaded.settings.inviteTemplate ?? DEFAULT_INVITE_TEMPLATE);
      setThresholdText(String(loaded.settings.coverageThreshold));
      setStaffText(String(loaded.settings.staffPerChat));
      setYearStartText(dayMonth(loaded.settings.schoolYearStart));
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
    const problems = allowlist.errors.map(({ line, value }) => t('optionsInvalidHost', { line, value }));
    const staleDays = Number(staleDaysText.trim());
    if (!Number.isInteger(staleDays) || staleDays < STALE_DAYS_MIN || staleDays > STALE_DAYS_MAX) {
      problems.push(t('optionsStaleDaysError'));
    }
    if (template.length > TEMPLATE_MAX) problems.push(t('optionsTemplateTooLong', { max: TEMPLATE_MAX }));
    if (settings.profiles.length === 0) problems.push(t('optionsProfilesEmpty'));
    const threshold = Number(thresholdText.trim());
    if (!Number.isInteger(threshold) || threshold < 1 || threshold > 100) problems.push(t('optionsThresholdError'));
    const staff = Number(staffText.trim());
    if (!Number.isInteger(staff) || staff < 0 || staff > STAFF_MAX) problems.push(t('optionsStaffError', { max: STAFF_MAX }));
    const yearStart = monthDay(yearStartText);
    if (!yearStart) problems.push(t('optionsYearStartError'));
    if (problems.length > 0) {
      setErrors(problems);
      setSaved(false);
      return; // nothing is saved while anything is wrong: the stored settings stay as they were
    }
    // The default text is not stored: a later, better default then reaches this teacher too.
    const { inviteTemplate: _previous, ...rest } = settings;
    const next: Settings = {
      ...rest,
      allowlist: allowlist.hosts,
      staleDays,
      coverageThreshold: threshold,
      staffPerChat: staff,
      schoolYearStart: yearStart ?? settings.schoolYearStart,
      ...(template.trim() && template !== DEFAULT_INVITE_TEMPLATE ? { inviteTemplate: template } : {}),
    };
    try {
      await connector.saveSettings(next);
      setSettings(next);
      setAllowlistText(allowlist.hosts.join('\n'));
      setErrors([]);
      setDamaged(false);
      setSaved(true);
    } catch (error) {
      setErrors([`${t('optionsSaveErrorShort')} ${failureText(t, error)}`]);
    }
  };

  return (
    <main style={{ maxWidth: '640px', margin: '0 auto', padding: '20px' }}>
      <div class="section-head">
        <h1>{t('optionsTitle')}</h1>
        <HelpLink connector={connector} topic="what" t={t} />
      </div>
      {/* The page's parts, always in view: a teacher finds a setting by its concern, not by scrolling. */}
      <nav class="options-toc" aria-label={t('tocLabel')} data-testid="options-toc">
        {TOC.map(([id, key]) => (
          <a key={id} href={`#${id}`}>
            {t(key)}
          </a>
        ))}
      </nav>
      {damaged && <p class="notice bad" role="alert">{t('optionsLoadError')}</p>}
      {welcome && (
        <Welcome
          connector={connector}
          t={t}
          settings={settings}
          onDone={(next) => {
            setSettings(next);
            setStaleDaysText(String(next.staleDays));
            setWelcome(false);
            setNextStep(true);
            setDataVersion((value) => value + 1);
            history.replaceState(null, '', location.pathname);
          }}
        />
      )}
      {nextStep && (
        // The welcome ends with what to do next, in words — not by just disappearing.
        <section class="notice" aria-labelledby="next-step-title" data-testid="welcome-next">
          <h2 id="next-step-title">{t('welcomeNextTitle')}</h2>
          <p>{t('welcomeNext')}</p>
          <p class="muted">{t('welcomeNextJournals', { journals: KNOWN_JOURNALS.map((key) => t(key)).join(', ') })}</p>
          <p class="actions">
            <button type="button" class="primary" onClick={() => setNextStep(false)}>
              {t('welcomeNextOk')}
            </button>
          </p>
        </section>
      )}
      <form onSubmit={save}>
        <fieldset id="about">
          <legend>{t('optionsProfiles')}</legend>
          <p class="muted">{t('optionsProfilesHelp')}</p>
          <ul class="plain">
            {PROFILES.map((profile) => (
              <li key={profile}>
                <label>
                  <input
                    type="checkbox"
                    name={`profile-${profile}`}
                    checked={settings.profiles.includes(profile)}
                    onChange={(event) => {
                      const on = (event.target as HTMLInputElement).checked;
                      const profiles: Profile[] = on
                        ? PROFILES.filter((candidate) => candidate === profile || settings.profiles.includes(candidate))
                        : settings.profiles.filter((candidate) => candidate !== profile);
                      update({ ...settings, profiles });
                    }}
                  />{' '}
                  {t(`profile_${profile}`)}
                </label>
              </li>
            ))}
          </ul>
          {/* For the header of every printed page: the director sees whose and which school. */}
          <NameField label={t('optionsSchoolName')} max={SCHOOL_NAME_MAX} testId="school-name" value={settings.schoolName} onChange={(schoolName) => update(withName(settings, 'schoolName', schoolName))} />
          <NameField label={t('optionsTeacherName')} max={TEACHER_NAME_MAX} testId="options-teacher-name" value={settings.teacherName} onChange={(teacherName) => update(withName(settings, 'teacherName', teacherName))} />
        </fieldset>
        <fieldset id="required">
          <legend>{t('optionsPolicy')}</legend>
          <p class="muted">{t('optionsPolicyHelp')}</p>
          <ul class="plain" data-testid="policy">
            {requirementsFor(settings.profiles).map((requirement) => {
              const label =
                requirement.scope === 'school'
                  ? t(`requirement_${requirement.id}` as UiKey)
                  : requirement.scope === 'subject'
                    ? t('optionsPolicySubject')
                    : t('optionsPolicyClass', { chat: t(`requirement_${requirement.audience}`) });
              return (
                <li key={requirement.id}>
                  <label>
                    <input
                      type="checkbox"
                      name={`requirement-${requirement.id}`}
                      checked={!settings.disabledRequirements.includes(requirement.id)}
                      onChange={(event) => {
                        const on = (event.target as HTMLInputElement).checked;
                        const others = settings.disabledRequirements.filter((id) => id !== requirement.id);
                        update({ ...settings, disabledRequirements: on ? others : [...others, requirement.id] });
                      }}
                    />{' '}
                    {label} <span class="muted">— «{suggestTitle(requirement, '5А', 'Математика')}»</span>
                  </label>
                </li>
              );
            })}
          </ul>
        </fieldset>
        <fieldset>
          <legend>{t('optionsCoverage')}</legend>
          <p class="muted">{t('optionsPlatformsHelp')}</p>
          <ul class="plain" data-testid="platforms">
            {CHAT_PLATFORMS.map((platforms) => (
              <li key={platforms}>
                <label>
                  <input
                    type="radio"
                    name="platforms"
                    value={platforms}
                    checked={settings.platforms === platforms}
                    onChange={() => update({ ...settings, platforms })}
                  />{' '}
                  {t(`optionsPlatforms_${platforms}`)}
                </label>
              </li>
            ))}
          </ul>
          <label for="coverage-threshold">{t('optionsThreshold')}</label>
          <input
            id="coverage-threshold"
            type="number"
            min={1}
            max={100}
            value={thresholdText}
            onInput={(event) => {
              setThresholdText((event.target as HTMLInputElement).value);
              setSaved(false);
            }}
          />
          <label for="staff-per-chat">{t('optionsStaff')}</label>
          <p class="muted" id="staff-help">{t('optionsStaffHelp')}</p>
          <input
            id="staff-per-chat"
            type="number"
            min={0}
            max={STAFF_MAX}
            aria-describedby="staff-help"
            value={staffText}
            onInput={(event) => {
              setStaffText((event.target as HTMLInputElement).value);
              setSaved(false);
            }}
          />
          <label for="year-start">{t('optionsYearStart')}</label>
          <input
            id="year-start"
            placeholder="01.09"
            maxLength={5}
            style={{ width: '5em' }}
            value={yearStartText}
            onInput={(event) => {
              setYearStartText((event.target as HTMLInputElement).value);
              setSaved(false);
            }}
          />
        </fieldset>
        <fieldset id="links">
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
        <fieldset id="invites">
          <legend>{t('optionsInvites')}</legend>
          <label for="stale-days">{t('optionsStaleDays')}</label>
          <input
            id="stale-days"
            type="number"
            min={STALE_DAYS_MIN}
            max={STALE_DAYS_MAX}
            step={1}
            value={staleDaysText}
            onInput={(event) => {
              setStaleDaysText((event.target as HTMLInputElement).value);
              setSaved(false);
            }}
          />
          <label for="invite-template" style={{ marginTop: '10px' }}>
            {t('optionsTemplate')}
          </label>
          <p class="muted" id="invite-template-help">
            {t('optionsTemplateHelp', { placeholders: TEMPLATE_PLACEHOLDERS.join(', ') })}
          </p>
          <textarea
            id="invite-template"
            rows={12}
            style={{ width: '100%', boxSizing: 'border-box' }}
            aria-describedby="invite-template-help"
            value={template}
            onInput={(event) => {
              setTemplate((event.target as HTMLTextAreaElement).value);
              setSaved(false);
            }}
          />
          <button type="button" onClick={() => setTemplate(DEFAULT_INVITE_TEMPLATE)}>
            {t('optionsTemplateReset')}
          </button>
        </fieldset>
        <h2 id="language-title">
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
      {/* Keyed on the data: after «Стереть всё» or a restore its fields show the settings as they are. */}
      <ModerationSettings key={dataVersion} connector={connector} t={t} settings={settings} version={dataVersion} onSaved={setSettings} />
      <ClassSizes connector={connector} t={t} version={dataVersion} />
      <SchoolYear connector={connector} t={t} settings={settings} version={dataVersion} onChanged={() => setDataVersion((value) => value + 1)} />
      <section aria-labelledby="school-summary-title">
        <h2 id="school-summary-title">{t('schoolTitle')}</h2>
        <p class="muted">{t('schoolOptionsHelp')}</p>
        <button type="button" onClick={() => connector.openPage('/school.html')}>
          {t('schoolOpen')}
        </button>
      </section>
      <JournalAddresses connector={connector} t={t} />
      <Backup connector={connector} t={t} onImported={() => setDataVersion((value) => value + 1)} />
      <StoredData
        connector={connector}
        t={t}
        version={dataVersion}
        onErased={() =>
          void connector.loadSettings().then((loaded) => {
            setSettings(loaded.settings);
            setDataVersion((value) => value + 1);
            setAllowlistText('');
            setStaleDaysText(String(loaded.settings.staleDays));
            setTemplate(DEFAULT_INVITE_TEMPLATE);
          })
        }
      />
    </main>
  );
}
