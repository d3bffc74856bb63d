/**
 * The required-chats checklist on an e-journal tab: the page's classes (or the ones the teacher
 * typed) × the chats seen in the messenger × the teacher's profiles → class by class, each required
 * chat ✓ with the chat that meets it or ✗ with its next step in place (ChatStep: create → paste the
 * link → copy the message → sent → joined), the chat rules, or a correction of Parta («это чат …»,
 * «не требуется»). Whatever a control says appears beside it. Exports a CSV.
 */
import { failureText } from '../../lib/i18n/errors';
import { ReportPage } from '../../components/ReportPage';
import { useEffect, useState } from 'preact/hooks';
import { useChanges } from '../../components/changes';
import { AutoField, type Reading } from '../../components/autosave';
import { MAX_CLASS_SIZE, typedClassSize } from '../../lib/classes/keys';
import { Said, useSay } from '../../components/feedback';
import { classesWithoutSubjects, itemStep } from '../../lib/today/tasks';
import { chatState, type ChatStateKind } from '../../lib/today/chat-state';
import { ChatStep } from './ChatStep';
import { checklistCsv } from './checklist-csv';
import { useChecklist } from './use-checklist';
import { requirementLabel } from '../../components/Coverage';
import type { Connector } from '../../lib/connector/connector';
import { downloadCsv } from '../../lib/dom/download';
import { exportFileName } from '../../lib/util/csv';
import { useT } from '../../components/i18n';
import { formatClassList, parseClassList } from '../../lib/classes/list';
import type { Override } from '../../lib/classes/matcher';
import { requiredPlatforms } from '../../lib/classes/coverage';
import { ClassFillLine, PlatformLines, platformName, shortDate, uncheckedText } from '../../components/Coverage';
import { buildTeacherReport } from '../../lib/school-report/report';
import { weeklyByChat } from '../../lib/classes/count-history';
import { chatsNamedLastYear, rolloverDue, schoolYearStart } from '../../lib/school-year/plan';
import { download } from '../../lib/dom/download';
import { overrideId } from '../../lib/classes/override-store';
import { daysSince } from '../../lib/invites/lifecycle';
import { ruleKindOfChat, rulesFor, rulesText } from '../../lib/moderation/rules';
import type { UiKey } from '../../lib/i18n/ui';
import type { JournalStatus } from '../../lib/messaging/protocol';
import type { Settings } from '../../lib/settings/index';

const SITE_NAMES: Record<JournalStatus['health']['site'], UiKey> = {
  mesh: 'siteMesh',
  netschool: 'siteNetschool',
  dnevnik: 'siteDnevnik',
  eljur: 'siteEljur',
  'journal-generic': 'siteJournalGeneric',
};
/** A required chat's mark in its row: seen, missing, not known, waited for, switched off. */
const STATE_MARKS: Record<ChatStateKind, string> = { exists: '✓', missing: '✗', unchecked: '?', waiting: '⏳', 'not-required': '—' };
/** Older than this, the chat list may miss chats created since: say so. */
const CHATS_STALE_DAYS = 7;

export interface ChecklistProps {
  connector: Connector;
  settings: Settings;
  journal: JournalStatus;
}

export function Checklist({ connector, settings, journal }: ChecklistProps) {
  const t = useT();
  const sayAnywhere = useSay();
  const { bump } = useChanges();
  const checklist = useChecklist(connector, settings, journal, t, (text) => sayAnywhere('checklist', text, true));
  const { data, invites, drafts, now, manualClasses, teacherClasses, sizes, result, stateOf, unclassified, trends } = checklist;
  const [manualText, setManualText] = useState('');
  const [ownText, setOwnText] = useState('');
  const [manualError, setManualError] = useState<string | null>(null);
  const [teacherName, setTeacherName] = useState(settings.teacherName ?? '');


  useEffect(() => {
    if (manualClasses.length > 0 && !manualText) {
      setManualText(formatClassList(manualClasses.map((record) => ({ name: record.name, subjects: record.subjects ?? [] }))));
      setOwnText(manualClasses.find((record) => record.own)?.name ?? '');
    }
  }, [manualClasses]);




  if (!data || !result) return null;

  const yearDue = rolloverDue({
    classes: data.classes,
    invites,
    yearStart: schoolYearStart(now, settings.schoolYearStart),
    lastAppliedFor: data.lastRollover,
  });
  // Classes were moved up this school year: a chat may still carry last year's name.
  const renamedThisYear = data.lastRollover !== null && data.lastRollover >= schoolYearStart(now, settings.schoolYearStart);
  const lastSeen = data.chats.reduce((latest, chat) => Math.max(latest, chat.lastSeen), 0);
  const chatsAge = lastSeen ? daysSince(lastSeen, now) : null;

  const copy = async (at: string, text: string, done: UiKey) => {
    try {
      await connector.copy(text);
      sayAnywhere(at, t(done));
    } catch {
      sayAnywhere(at, t('invitesCopyFailed'), true);
    }
  };
  const change = async (at: string, write: () => Promise<unknown>) => {
    try {
      await write();
      bump();
    } catch (error) {
      sayAnywhere(at, failureText(t, error), true);
    }
  };
  const override = (at: string, value: Override) => change(at, () => connector.checklist.saveOverride(value, connector.now()));
  const undo = (at: string, value: Override) => change(at, () => connector.checklist.deleteOverride(overrideId(value)));

  const saveManual = async (event: Event) => {
    event.preventDefault();
    const parsed = parseClassList(manualText, ownText);
    if (parsed.bad.length > 0) {
      setManualError(t('checklistManualBad', { values: parsed.bad.join(', ') }));
      return;
    }
    setManualError(null);
    await change('manual', () =>
      connector.checklist.saveManualClasses(
        parsed.classes.map((entry) => ({ key: entry.key, name: parsed.names.get(entry.key) ?? entry.key, own: entry.own, subjects: [...entry.subjects] })),
        connector.now(),
      ),
    );
  };

  const required = requiredPlatforms(settings.platforms);
  const withoutSubjects = classesWithoutSubjects(teacherClasses, settings.profiles);
  const unchecked = result.classes.reduce((sum, entry) => sum + entry.items.filter((item) => item.status === 'unchecked').length, 0);
  const exportCsv = () =>
    downloadCsv(exportFileName([t('fileParta'), `${t('fileChats')} ${teacherClasses.map((entry) => entry.key).join(', ')}`], connector.now(), 'csv'), checklistCsv(t, result, required, settings.coverageThreshold, stateOf));
  const exportReport = async () => {
    const teacher = teacherName.trim();
    if (!teacher) {
      sayAnywhere('report', t('checklistTeacherNameMissing'), true);
      return;
    }
    try {
      if (teacher !== settings.teacherName) await connector.saveSettings({ ...settings, teacherName: teacher });
      const now = connector.now();
      const weekly = weeklyByChat(data?.memberCounts ?? [], now);
      const report = buildTeacherReport(result, { teacher, now, platforms: settings.platforms, threshold: settings.coverageThreshold, weekly }, stateOf);
      download(exportFileName([t('fileParta'), t('fileReport'), teacher], connector.now(), 'json'), 'application/json', JSON.stringify(report, null, 2));
      sayAnywhere('report', t('checklistReportSaved'));
    } catch (error) {
      sayAnywhere('report', failureText(t, error), true);
    }
  };
  /** A class's size as typed: a number of pupils, or blank to forget the typed one. */
  const readSize = (key: string, text: string): Reading => {
    const size = typedClassSize(text);
    if (size === undefined) return { ok: false, problem: t('checklistClassSizeBad') };
    return { ok: true, save: () => connector.checklist.saveSize(key, size, connector.now()).then(bump) };
  };

  const { health } = journal;
  const showManual = !health.recognised || journal.classes.length === 0;
  return (
    <section class="checklist" aria-labelledby="checklist-title">
      <h2 id="checklist-title">{t('checklistTitle')}</h2>
      <Said at="checklist" />
      <p class="muted">{t('checklistJournal', { site: t(SITE_NAMES[health.site]) })}</p>
      {health.recognised ? (
        <p class="ok" data-testid="health">
          ✓ {t('checklistRecognised', { count: health.classes })}
        </p>
      ) : (
        <div class="notice bad" data-testid="health">
          <strong>⚠ {t('checklistNotRecognised')}</strong>
          <p style={{ margin: '4px 0 0' }}>{t('checklistNotRecognisedHelp', { count: health.classes })}</p>
          {journal.classes.length > 0 && (
            // What the page seemed to show, by name, and taken in one click when it is right.
            <p data-testid="found-classes">
              {t('checklistFoundClasses', { classes: journal.classes.map((entry) => entry.name).join(', ') })}{' '}
              <button
                type="button"
                onClick={() =>
                  void change('manual', async () => {
                    await connector.checklist.saveManualClasses(
                      journal.classes.map((entry) => ({ key: entry.key, name: entry.name, own: entry.own, subjects: [...entry.subjects] })),
                      connector.now(),
                    );
                    sayAnywhere('manual', t('checklistFoundTaken'));
                  })
                }
              >
                {t('checklistFoundTake')}
              </button>
            </p>
          )}
          <ReportPage connector={connector} />
        </div>
      )}
      {health.pupils && (
        // A size read by the rows' shape, not a known selector, says so: the teacher checks it.
        <p class="muted" data-testid="pupils-read">
          {t('checklistPupilsRead', { class: health.pupils.key, count: health.pupils.count })}
          {!health.pupils.confirmed && ` ${t('checklistPupilsUnconfirmed')}`}
        </p>
      )}
      {yearDue && (
        <p class="notice" data-testid="year-due">
          {t('yearDue')}{' '}
          <button type="button" onClick={() => connector.openPage('/options.html#school-year')}>
            {t('yearOpen')}
          </button>
        </p>
      )}
      {chatsAge === null ? (
        <p class="notice">{t('checklistNoChats')}</p>
      ) : (
        <p class={chatsAge >= CHATS_STALE_DAYS ? 'notice bad' : 'muted'} data-testid="chats-age">
          {t('checklistChatsUpdated', { when: chatsAge === 0 ? t('checklistToday') : t('checklistDaysAgo', { days: chatsAge }) })}
          {chatsAge >= CHATS_STALE_DAYS && ` ${t('checklistStale')}`}
        </p>
      )}
      {/* What Parta saw of each required messenger's list: a chat is «нет» only after a whole list. */}
      {required.map((platform) => {
        const list = data.lists[platform];
        const kind = !list ? 'never' : list.wholeAt === undefined ? 'partial' : 'whole';
        return (
          <p key={platform} class={kind === 'whole' ? 'muted' : 'notice'} data-testid="chat-list" data-platform={platform} data-list={kind}>
            {kind === 'whole'
              ? t('checklistListWhole', { platform: platformName(t, platform), date: shortDate(list!.wholeAt!, settings.language), count: list!.wholeRows ?? 0 })
              : uncheckedText(t, platform, kind)}
          </p>
        );
      })}
      <p class="muted">{t('checklistProfilesHint', { profiles: settings.profiles.map((profile) => t(`profile_${profile}`)).join(', ') })}</p>
      <p class="muted" data-testid="platforms-hint">{t('checklistPlatformsHint', { where: t(`platforms_${settings.platforms}`), threshold: settings.coverageThreshold })}</p>
      {teacherClasses.length > 0 && (
        <p data-testid="progress">
          <strong>{t('checklistProgress', { done: result.done, total: result.total })}</strong>
          {unchecked > 0 && <span class="muted"> · {t('checklistProgressUnchecked', { count: unchecked })}</span>}
        </p>
      )}
      {withoutSubjects.length > 0 && (
        // Their subject chats cannot be listed: said, not left out in silence.
        <p class="notice" data-testid="subjects-unknown">
          {t('checklistSubjectsUnknown', { classes: withoutSubjects.join(', ') })}
        </p>
      )}
      {teacherClasses.length > 0 && result.total === 0 && <p class="notice">{t('checklistNothingRequired')}</p>}
      {teacherClasses.length === 0 && <p class="muted">{t('checklistNoClasses')}</p>}
      {result.classes.map((entry) => (
        // Each class folds away (its summary still says how far it is): a long list stays short.
        <details open key={entry.classKey ?? 'school'} class="checklist-class" data-testid="checklist-class" data-class={entry.classKey ?? ''}>
          <summary>
            <h3>
              {entry.classKey ?? t('checklistSchool')}{' '}
              <span class={entry.done === entry.total ? 'ok' : 'bad'}>{t('checklistClassProgress', { done: entry.done, total: entry.total })}</span>
            </h3>
          </summary>
          <ClassFillLine t={t} entry={entry} threshold={settings.coverageThreshold} />
          {entry.classKey !== null && (
            // Saved as it is typed, like every setting: no button to find.
            <p class="class-size">
              <label for={`class-size-${entry.classKey}`}>{t('checklistClassSize')} {entry.classKey}</label>{' '}
              <AutoField
                id={`class-size-${entry.classKey}`}
                at={`size:${entry.classKey}`}
                t={t}
                initial={String(sizes.get(entry.classKey)?.size ?? '')}
                read={(text) => readSize(entry.classKey!, text)}
                inputProps={{ type: 'number', min: 1, max: MAX_CLASS_SIZE, inputMode: 'numeric', style: { width: '4.5em' }, 'data-testid': 'class-size' }}
              />{' '}
              {sizes.get(entry.classKey)?.source === 'journal' && <span class="muted">{t('checklistClassSizeFromJournal')} </span>}
              {/* The teacher's number is shown (it wins); the journal's, when it differs, beside it. */}
              {sizes.get(entry.classKey)?.source === 'manual' && health.pupils?.key === entry.classKey && health.pupils.count !== sizes.get(entry.classKey)?.size && (
                <span class="muted" data-testid="journal-size">
                  {t('checklistClassSizeTyped', { count: health.pupils.count })}{' '}
                </span>
              )}{' '}
              <button type="button" class="link" data-testid="open-families" onClick={() => connector.openPage(`/families.html?class=${encodeURIComponent(entry.classKey!)}`)}>
                {t('familiesOpen', { classKey: entry.classKey })}
              </button>
            </p>
          )}
          <ul class="plain">
            {entry.items.map((item) => {
              const key = `${item.requirement.id}:${item.subject ?? ''}`;
              const label = requirementLabel(t, item);
              const at = `row:${entry.classKey ?? ''}:${key}`;
              const step = itemStep(item, drafts, invites);
              const rowName = `${label}, ${entry.classKey ?? t('checklistSchool')}`;
              const choices = item.reason.code === 'missing' ? [...new Set([...item.reason.nearby, ...unclassified])] : [];
              const state = chatState(item, step);
              const open = item.status === 'missing' || item.status === 'unchecked';
              const seenWhole = item.missingOn.map((platform) => ({ platform, list: data.lists[platform] }));
              return (
                <li key={key} class={`requirement ${item.status}`} data-testid="requirement" data-requirement={item.requirement.id} data-status={item.status} data-state={state}>
                  <div>
                    <span aria-hidden="true">{STATE_MARKS[state]}</span> <strong>{label}</strong>:{' '}
                    {item.status === 'ok' && <span data-testid="matched-chat">«{item.chat}»</span>}
                    {state === 'missing' && !item.chat && (
                      <span class="bad">
                        {t('checklistMissing')}
                        {seenWhole.map(({ platform, list }) =>
                          list?.wholeAt === undefined ? null : (
                            <span key={platform} class="muted" data-testid="missing-seen">
                              {' '}
                              · {t('checklistMissingSeen', { platform: platformName(t, platform), date: shortDate(list.wholeAt, settings.language), count: list.wholeRows ?? 0 })}
                            </span>
                          ),
                        )}
                      </span>
                    )}
                    {state === 'unchecked' && !item.chat && <span class="muted">{t('stateUnchecked')}</span>}
                    {state === 'waiting' && !item.chat && <span class="muted">{t('stateWaiting')}</span>}
                    {item.status === 'not-required' && <span class="muted">{t('checklistNotRequiredNote')}</span>}
                    {item.reason.code === 'override' && <span class="muted"> · {t('checklistOverridden')}</span>}
                    {item.reason.code === 'single-class' && <span class="muted"> · {t('checklistSingleClass')}</span>}

                  </div>
                  {item.alsoMatching.length > 0 && item.chat && (
                    <p class="bad" data-testid="duplicates">
                      ⚠{' '}
                      {t('checklistDuplicates', {
                        count: item.alsoMatching.length + 1,
                        titles: [item.chat, ...item.alsoMatching].map((title) => `«${title}»`).join(', '),
                        kept: item.chat,
                      })}
                    </p>
                  )}
                  {open &&
                    !item.chat &&
                    renamedThisYear &&
                    chatsNamedLastYear(
                      data.chats.map((chat) => chat.title),
                      { classKey: entry.classKey, audience: item.requirement.audience, ...(item.subject ? { subject: item.subject } : {}) },
                    ).map(({ title, newTitle }) => (
                      <p class="bad" data-testid="named-last-year" key={title}>
                        {t('checklistNamedLastYear', { title, newTitle })}
                      </p>
                    ))}
                  {open && item.chat && (
                    <p class={item.status === 'missing' ? 'bad' : 'muted'} data-testid="only-on">
                      {t(item.status === 'missing' ? 'checklistOnlyOn' : 'checklistOnlyOnUnchecked', {
                        platform: platformName(t, (['max', 'vk'] as const).find((platform) => item.on[platform])!),
                        required: (item.status === 'missing' ? item.missingOn : item.uncheckedOn.map((entry) => entry.platform)).map((platform) => platformName(t, platform)).join(', '),
                      })}
                    </p>
                  )}
                  <PlatformLines t={t} item={item} language={settings.language} threshold={settings.coverageThreshold} trends={trends} />
                  {step.kind !== 'done' && (
                    <ChatStep connector={connector} settings={settings} item={item} step={step} onChanged={bump} label={`${rowName} (${t('checklistTitle')})`} place="checklist" />
                  )}
                  {open && (
                    <div class="invite-actions secondary">
                      <button
                        type="button"
                        aria-label={`${t('checklistCopyRules')}: ${rowName}`}
                        onClick={() => copy(at, rulesText(rulesFor(ruleKindOfChat(item.chat ?? item.suggestedTitle), settings.rules)), 'checklistRulesCopied')}
                      >
                        {t('checklistCopyRules')}
                      </button>
                      {choices.length > 0 && (
                        <select
                          aria-label={`${t('checklistThisIs')} ${rowName}`}
                          value=""
                          onChange={(event) => {
                            const title = (event.target as HTMLSelectElement).value;
                            if (title) {
                              void override(at, {
                                kind: 'chat',
                                title,
                                classKey: entry.classKey,
                                audience: item.requirement.audience,
                                ...(item.subject ? { subject: item.subject } : {}),
                              });
                            }
                          }}
                        >
                          <option value="">{t('checklistThisIs')}</option>
                          {choices.map((title) => (
                            <option key={title} value={title}>
                              {title}
                            </option>
                          ))}
                        </select>
                      )}
                      <button
                        type="button"
                        aria-label={`${t('checklistNotRequired')}: ${rowName}`}
                        onClick={() =>
                          override(at, { kind: 'not-required', classKey: entry.classKey, requirementId: item.requirement.id, ...(item.subject ? { subject: item.subject } : {}) })
                        }
                      >
                        {t('checklistNotRequired')}
                      </button>
                    </div>
                  )}
                  {(item.reason.code === 'override' || item.reason.code === 'not-required') && (
                    <div class="invite-actions">
                      <button
                        type="button"
                        aria-label={`${t('checklistUndo')}: ${rowName}`}
                        onClick={() =>
                          undo(
                            at,
                            item.reason.code === 'override'
                              ? { kind: 'chat', title: item.chat ?? '', classKey: entry.classKey, audience: item.requirement.audience }
                              : { kind: 'not-required', classKey: entry.classKey, requirementId: item.requirement.id, ...(item.subject ? { subject: item.subject } : {}) },
                          )
                        }
                      >
                        {t('checklistUndo')}
                      </button>
                    </div>
                  )}
                  <Said at={at} />
                </li>
              );
            })}
          </ul>
        </details>
      ))}
      {result.total > 0 && (
        <p class="actions">
          <button type="button" onClick={exportCsv}>
            {t('checklistExportCsv')}
          </button>
          <button type="button" onClick={() => connector.openPage(`/report.html?classes=${encodeURIComponent(JSON.stringify(teacherClasses))}`)}>
            {t('checklistPrint')}
          </button>
        </p>
      )}
      {result.total > 0 && (
        <p class="actions">
          <label>
            {t('checklistTeacherName')}{' '}
            <input maxLength={100} value={teacherName} data-testid="teacher-name" onInput={(event) => setTeacherName((event.target as HTMLInputElement).value)} />
          </label>{' '}
          <button type="button" onClick={exportReport}>
            {t('checklistExportReport')}
          </button>
          <Said at="report" />
        </p>
      )}
      <details open={showManual}>
        <summary>{t('checklistManualTitle')}</summary>
        <form onSubmit={saveManual}>
          <label for="manual-classes">{t('checklistManualHelp')}</label>
          <textarea id="manual-classes" rows={2} style={{ width: '100%', boxSizing: 'border-box' }} value={manualText} onInput={(event) => setManualText((event.target as HTMLTextAreaElement).value)} />
          <label for="manual-own">{t('checklistManualOwn')}</label>
          <input id="manual-own" maxLength={40} value={ownText} onInput={(event) => setOwnText((event.target as HTMLInputElement).value)} />
          <Said at="manual" />
          {manualError && (
            <p class="notice bad" role="alert">
              {manualError}
            </p>
          )}
          <p>
            <button type="submit">{t('checklistManualSave')}</button>
          </p>
        </form>
      </details>
    </section>
  );
}

