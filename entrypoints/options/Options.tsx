import { SCHOOL_NAME_MAX, TEACHER_NAME_MAX } from '../../lib/settings/index';
import { HelpLink } from '../../components/HelpLink';
import { JournalAddresses } from './JournalAddresses';
import { useEffect, useState } from 'preact/hooks';
import type { Connector } from '../../lib/connector/connector';
import { settingsTranslator, uiTranslator } from '../../components/i18n';
import type { Language } from '../../lib/i18n/index';
import { RISK_KINDS } from '../../lib/links/risk-types';
import { MESSENGERS } from '../../lib/links/index';
import { requirementsFor, suggestTitle } from '../../lib/classes/policies';
import { PROFILES, type Profile } from '../../lib/classes/profiles';
import type { UiKey } from '../../lib/i18n/ui';
import { DEFAULT_INVITE_TEMPLATE, TEMPLATE_PLACEHOLDERS } from '../../lib/invites/message';
import { CHAT_PLATFORMS } from '../../lib/classes/profiles';
import { LINK_MODES, MONTH_DAY, parseAllowlist, STAFF_MAX, STALE_DAYS_MAX, STALE_DAYS_MIN, TEMPLATE_MAX, type Settings } from '../../lib/settings/index';
import { ModerationSettings } from './ModerationSettings';
import { SchoolYear } from './SchoolYear';
import { ClassSizes } from './ClassSizes';
import { Backup } from './Backup';
import { StoredData } from './StoredData';
import { Welcome } from './Welcome';
import { INSTITUTION_PROFILES, effectiveSettings, lockedKeys, lockedParts, type Institution, type ManagedPolicy, type ManagedRead } from '../../lib/policy/managed';
import { AutoField, useSettingsSaver, type Reading, type SettingsSaver } from '../../components/autosave';
import { Said } from '../../components/feedback';
import type { UiTranslate } from '../../lib/i18n/ui';

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
  ['frauds', 'tocFrauds'],
  ['invites', 'tocInvites'],
  ['language-title', 'tocLanguage'],
  ['moderation', 'tocModeration'],
  ['school-year', 'tocSchoolYear'],
  ['school-summary', 'tocSchoolSummary'],
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

/** A whole number in a range, or the field's own words on what it must be. */
function wholeNumber(text: string, min: number, max: number, problem: string, save: (value: number) => Promise<unknown>): Reading {
  const value = Number(text.trim());
  return text.trim() !== '' && Number.isInteger(value) && value >= min && value <= max ? { ok: true, save: () => save(value) } : { ok: false, problem };
}

/** «О вас»: the roles, the school and the teacher — the very fields the first-run welcome shows. */
/** A setting the school's policy fixes: said beside it, the control disabled. */
function ManagedNote({ t }: { t: UiTranslate }) {
  return (
    <p class="muted" data-testid="managed-note">
      🔒 {t('managedNote')}
    </p>
  );
}

function AboutFields({ t, settings, saver, policy }: { t: UiTranslate; settings: Settings; saver: SettingsSaver; policy: ManagedPolicy }) {
  // A school's policy may say school or college: only that institution's roles are offered.
  const offered = policy.institution ? PROFILES.filter((profile) => INSTITUTION_PROFILES[policy.institution as Institution].includes(profile)) : PROFILES;
  // Every role unticked on the way to another (a curator unticks «классный руководитель» first):
  // shown as unticked, not saved — Parta keeps checking by the stored roles until one is ticked.
  // The boxes show the teacher's choice at once; the stored roles take over once saved.
  const [pending, setPending] = useState<readonly Profile[] | null>(null);
  useEffect(() => setPending(null), [settings.profiles]);
  const shown: readonly Profile[] = pending ?? settings.profiles;
  return (
    <fieldset id="about">
      <legend>{t('optionsProfiles')}</legend>
      <p class="muted">{t('optionsProfilesHelp')}</p>
      <ul class="plain">
        {offered.map((profile) => (
          <li key={profile}>
            <label>
              <input
                type="checkbox"
                name={`profile-${profile}`}
                checked={shown.includes(profile)}
                onChange={(event) => {
                  const box = event.target as HTMLInputElement;
                  const profiles: Profile[] = box.checked
                    ? PROFILES.filter((candidate) => candidate === profile || shown.includes(candidate))
                    : shown.filter((candidate) => candidate !== profile);
                  setPending(profiles);
                  if (profiles.length === 0) {
                    saver.say(
                      'profiles',
                      t('optionsProfilesEmpty', { roles: settings.profiles.map((stored) => t(`profile_${stored}`)).join(', ') }),
                      true,
                    );
                    return;
                  }
                  saver.change('profiles', (stored) => ({ ...stored, profiles }));
                }}
              />{' '}
              {t(`profile_${profile}`)}
            </label>
          </li>
        ))}
      </ul>
      <Said at="profiles" />
      {/* For the header of every printed page: the director sees whose and which school. */}
      <label for="school-name">{t('optionsSchoolName')}</label>
      <AutoField
        id="school-name"
        at="school-name"
        t={t}
        initial={settings.schoolName ?? ''}
        read={(text) => ({ ok: true, save: () => saver.commit((stored) => withName(stored, 'schoolName', text)) })}
        inputProps={{ type: 'text', maxLength: SCHOOL_NAME_MAX, 'data-testid': 'school-name', disabled: policy.schoolName !== undefined }}
      />
      {policy.schoolName !== undefined && <ManagedNote t={t} />}
      <label for="teacher-name">{t('optionsTeacherName')}</label>
      <AutoField
        id="teacher-name"
        at="teacher-name"
        t={t}
        initial={settings.teacherName ?? ''}
        read={(text) => ({ ok: true, save: () => saver.commit((stored) => withName(stored, 'teacherName', text)) })}
        inputProps={{ type: 'text', maxLength: TEACHER_NAME_MAX, 'data-testid': 'options-teacher-name' }}
      />
    </fieldset>
  );
}

export function Options({ connector }: { connector: Connector }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [damaged, setDamaged] = useState(false);
  const [managed, setManaged] = useState<ManagedRead>({ policy: {}, refused: [] });
  const [dataVersion, setDataVersion] = useState(0);
  const [welcome, setWelcome] = useState(() => new URLSearchParams(location.search).has('welcome'));
  const [nextStep, setNextStep] = useState(false);
  const t = settings ? settingsTranslator(settings) : uiTranslator('ru');
  const saver = useSettingsSaver(connector, t, (next) => {
    setSettings(effectiveSettings(next, managed.policy));
    setDamaged(false);
  });
  const locked = new Set(lockedKeys(managed.policy));
  const lockedPart = lockedParts(managed.policy);

  useEffect(() => {
    void connector.loadSettings().then((loaded) => {
      setSettings(loaded.settings);
      setDamaged(loaded.damaged);
      if (loaded.managed) setManaged(loaded.managed);
    });
  }, [connector]);

  if (!settings) return null;
  document.documentElement.lang = settings.language;
  const about = <AboutFields t={t} settings={settings} saver={saver} policy={managed.policy} />;

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
      {managed.refused.length > 0 && (
        <ul class="notice bad" data-testid="managed-refused">
          {managed.refused.map((entry) => (
            <li key={entry.key}>{t('managedRefused', { key: entry.key })}</li>
          ))}
        </ul>
      )}
      {welcome && (
        <Welcome
          connector={connector}
          t={t}
          onDone={() => {
            setWelcome(false);
            setNextStep(true);
            setDataVersion((value) => value + 1);
            history.replaceState(null, '', location.pathname);
          }}
        >
          {about}
        </Welcome>
      )}
      {nextStep && (
        // The welcome ends with what to do next, in words — not by just disappearing.
        <section class="notice" aria-labelledby="next-step-title" data-testid="welcome-next">
          <h2 id="next-step-title">{t('welcomeNextTitle')}</h2>
          <p>{t('welcomeNext')}</p>
          <p class="muted">{t('welcomeNextJournals', { journals: KNOWN_JOURNALS.map((key) => t(key)).join(', ') })}</p>
          {settings.profiles.includes('administration') && (
            // The director's own task: the school's summary from the teachers' report files.
            <p data-testid="welcome-next-school">
              {t('welcomeNextSchool')}{' '}
              <button type="button" onClick={() => connector.openPage('/school.html')}>
                {t('schoolOpen')}
              </button>
            </p>
          )}
          <p class="actions">
            <button type="button" class="primary" onClick={() => setNextStep(false)}>
              {t('welcomeNextOk')}
            </button>
          </p>
        </section>
      )}
      {/* Keyed on the data: after «Стереть всё» or a restore every field shows the settings as they are. */}
      <div key={dataVersion}>
        {!welcome && about}
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
                        saver.change(`requirement-${requirement.id}`, (stored) => {
                          const others = stored.disabledRequirements.filter((id) => id !== requirement.id);
                          return { ...stored, disabledRequirements: on ? others : [...others, requirement.id] };
                        });
                      }}
                    />{' '}
                    {label} <span class="muted">— «{suggestTitle(requirement, t('optionsExampleClass'), 'Математика')}»</span>
                  </label>
                  <Said at={`requirement-${requirement.id}`} />
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
                    disabled={locked.has('platforms')}
                    onChange={() => saver.change('platforms', (stored) => ({ ...stored, platforms }))}
                  />{' '}
                  {t(`optionsPlatforms_${platforms}`)}
                </label>
              </li>
            ))}
          </ul>
          <Said at="platforms" />
          {locked.has('platforms') && <ManagedNote t={t} />}
          <label for="coverage-threshold">{t('optionsThreshold')}</label>
          <AutoField
            id="coverage-threshold"
            at="coverage-threshold"
            t={t}
            initial={String(settings.coverageThreshold)}
            read={(text) => wholeNumber(text, 1, 100, t('optionsThresholdError'), (coverageThreshold) => saver.commit((stored) => ({ ...stored, coverageThreshold })))}
            inputProps={{ type: 'number', min: 1, max: 100, disabled: locked.has('coverageThreshold') }}
          />
          {locked.has('coverageThreshold') && <ManagedNote t={t} />}
          <label for="staff-per-chat">{t('optionsStaff')}</label>
          <p class="muted" id="staff-help">{t('optionsStaffHelp')}</p>
          <AutoField
            id="staff-per-chat"
            at="staff-per-chat"
            t={t}
            initial={String(settings.staffPerChat)}
            describedBy="staff-help"
            read={(text) => wholeNumber(text, 0, STAFF_MAX, t('optionsStaffError', { max: STAFF_MAX }), (staffPerChat) => saver.commit((stored) => ({ ...stored, staffPerChat })))}
            inputProps={{ type: 'number', min: 0, max: STAFF_MAX }}
          />
          <label for="year-start">{t('optionsYearStart')}</label>
          <AutoField
            id="year-start"
            at="year-start"
            t={t}
            initial={dayMonth(settings.schoolYearStart)}
            read={(text) => {
              const schoolYearStart = monthDay(text);
              return schoolYearStart ? { ok: true, save: () => saver.commit((stored) => ({ ...stored, schoolYearStart })) } : { ok: false, problem: t('optionsYearStartError') };
            }}
            inputProps={{ placeholder: '01.09', maxLength: 5, style: { width: '5em' }, disabled: locked.has('schoolYearStart') }}
          />
          {locked.has('schoolYearStart') && <ManagedNote t={t} />}
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
                    disabled={lockedPart.messengers.includes(messenger.id)}
                    onChange={(event) => {
                      const on = (event.target as HTMLInputElement).checked;
                      saver.change(`messenger-${messenger.id}`, (stored) => ({ ...stored, messengers: { ...stored.messengers, [messenger.id]: on } }));
                    }}
                  />{' '}
                  {messenger.name}
                </label>
                <Said at={`messenger-${messenger.id}`} />
              </li>
            ))}
          </ul>
          {lockedPart.messengers.length > 0 && <ManagedNote t={t} />}
          <p id="link-mode-title">
            <strong>{t('optionsLinkMode')}</strong>
          </p>
          <div role="radiogroup" aria-labelledby="link-mode-title" data-testid="link-mode">
            {LINK_MODES.map((linkMode) => (
              <label key={linkMode}>
                <input
                  type="radio"
                  name="link-mode"
                  value={linkMode}
                  checked={settings.linkMode === linkMode}
                  disabled={locked.has('linkMode')}
                  onChange={() => saver.change('link-mode', (stored) => ({ ...stored, linkMode }))}
                />{' '}
                {t(`optionsLinkMode_${linkMode}`)}
              </label>
            ))}
          </div>
          <Said at="link-mode" />
          {locked.has('linkMode') && <ManagedNote t={t} />}
          <label for="allowlist">{t('optionsAllowlist')}</label>
          <p class="muted" id="allowlist-help">{t('optionsAllowlistHelp')}</p>
          <AutoField
            id="allowlist"
            at="allowlist"
            t={t}
            multiline
            initial={settings.allowlist.join('\n')}
            describedBy="allowlist-help"
            read={(text) => {
              const allowlist = parseAllowlist(text);
              if (allowlist.errors.length > 0) return { ok: false, problem: allowlist.errors.map(({ line, value }) => t('optionsInvalidHost', { line, value })).join(' ') };
              return { ok: true, save: () => saver.commit((stored) => ({ ...stored, allowlist: allowlist.hosts })) };
            }}
            inputProps={{ rows: 5, cols: 50, disabled: locked.has('allowlist') }}
          />
          {locked.has('allowlist') && <ManagedNote t={t} />}
        </fieldset>
        <fieldset id="frauds">
          <legend>{t('optionsRisks')}</legend>
          <p class="muted">{t('optionsRisksHelp')}</p>
          <ul class="plain">
            {RISK_KINDS.map((kind) => (
              <li key={kind}>
                <label>
                  <input
                    type="checkbox"
                    name={`risk-${kind}`}
                    checked={settings.risks[kind]}
                    onChange={(event) => {
                      const on = (event.target as HTMLInputElement).checked;
                      saver.change(`risk-${kind}`, (stored) => ({ ...stored, risks: { ...stored.risks, [kind]: on } }));
                    }}
                  />{' '}
                  {t(`optionsRisk_${kind}`)}
                </label>
                <Said at={`risk-${kind}`} />
              </li>
            ))}
          </ul>
        </fieldset>
        <fieldset id="invites">
          <legend>{t('optionsInvites')}</legend>
          <label for="stale-days">{t('optionsStaleDays')}</label>
          <AutoField
            id="stale-days"
            at="stale-days"
            t={t}
            initial={String(settings.staleDays)}
            read={(text) => wholeNumber(text, STALE_DAYS_MIN, STALE_DAYS_MAX, t('optionsStaleDaysError'), (staleDays) => saver.commit((stored) => ({ ...stored, staleDays })))}
            inputProps={{ type: 'number', min: STALE_DAYS_MIN, max: STALE_DAYS_MAX, step: 1 }}
          />
          <label for="invite-template" style={{ marginTop: '10px' }}>
            {t('optionsTemplate')}
          </label>
          <p class="muted" id="invite-template-help">
            {t('optionsTemplateHelp', { placeholders: TEMPLATE_PLACEHOLDERS.join(', ') })}
          </p>
          <AutoField
            id="invite-template"
            at="invite-template"
            t={t}
            multiline
            initial={settings.inviteTemplate ?? DEFAULT_INVITE_TEMPLATE}
            describedBy="invite-template-help"
            reset={{ label: t('optionsTemplateReset'), text: DEFAULT_INVITE_TEMPLATE }}
            read={(text) => {
              if (text.length > TEMPLATE_MAX) return { ok: false, problem: t('optionsTemplateTooLong', { max: TEMPLATE_MAX }) };
              // The default text is not stored: a later, better default then reaches this teacher too.
              return {
                ok: true,
                save: () =>
                  saver.commit((stored) => {
                    const { inviteTemplate: _previous, ...rest } = stored;
                    return text.trim() && text !== DEFAULT_INVITE_TEMPLATE ? { ...rest, inviteTemplate: text } : rest;
                  }),
              };
            }}
            inputProps={{ rows: 12, style: { width: '100%', boxSizing: 'border-box' } }}
          />
        </fieldset>
        <h2 id="language-title">
          <label for="language">{t('optionsLanguage')}</label>
        </h2>
        <select
          id="language"
          value={settings.language}
          onChange={(event) => {
            const language = (event.target as HTMLSelectElement).value as Language;
            saver.change('language', (stored) => ({ ...stored, language }));
          }}
        >
          <option value="ru">Русский</option>
          <option value="en">English</option>
        </select>
        <Said at="language" />
      </div>
      {/* Keyed on the data: after «Стереть всё» or a restore its fields show the settings as they are. */}
      <ModerationSettings key={dataVersion} connector={connector} t={t} settings={settings} version={dataVersion} saver={saver} lockedRules={lockedPart.rules} />
      <ClassSizes connector={connector} t={t} version={dataVersion} />
      <SchoolYear connector={connector} t={t} settings={settings} version={dataVersion} onChanged={() => setDataVersion((value) => value + 1)} />
      <section id="school-summary" aria-labelledby="school-summary-title">
        <h2 id="school-summary-title">{t('schoolTitle')}</h2>
        <p class="muted">{t('schoolOptionsHelp')}</p>
        <button type="button" onClick={() => connector.openPage('/school.html')}>
          {t('schoolOpen')}
        </button>
      </section>
      <JournalAddresses connector={connector} t={t} offered={managed.policy.journals} />
      <Backup connector={connector} t={t} onImported={() => setDataVersion((value) => value + 1)} />
      <StoredData
        connector={connector}
        t={t}
        version={dataVersion}
        onErased={() =>
          void connector.loadSettings().then((loaded) => {
            setSettings(loaded.settings);
            setDataVersion((value) => value + 1);
          })
        }
      />
    </main>
  );
}
