/**
 * «Сводка по школе» for the director: the teachers' report files loaded here (any number,
 * kept in the database, one per teacher — the newest), merged into one table: class × required
 * chat × how many joined, who reported it and when. Printable and as CSV. A file that is not a
 * valid report changes nothing and says why.
 */
import { PrintHeader } from '../../components/PrintHeader';
import { HelpLink } from '../../components/HelpLink';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useLoaded } from '../../components/use-loaded';
import { useProgressive } from '../../components/use-progressive';
import type { Connector } from '../../lib/connector/connector';
import { downloadCsv } from '../../lib/dom/download';
import { csvDate, exportFileName } from '../../lib/util/csv';
import { failureText, importProblemText } from '../../lib/i18n/errors';
import { TranslateContext, uiTranslator } from '../../components/i18n';
import type { UiTranslate } from '../../lib/i18n/ui';
import { CoverageHead, fillText, lowText, platformName, shortDate, statusLabel } from '../../components/Coverage';
import { belowThreshold, percent } from '../../lib/classes/coverage';
import type { UiKey } from '../../lib/i18n/ui';
import { importTooBig } from '../../lib/invites/transfer';
import { readTexts } from '../../lib/util/read-files';
import { mergeReports, readTeacherReport, reportChanges, reportId, schoolGaps, schoolGrid, type GridState, type SchoolGaps, type SchoolGrid, type ReportChanges, type SchoolRow, type TeacherReport } from '../../lib/school-report/report';
import type { Settings } from '../../lib/settings/index';
import { schoolMovement } from '../../lib/school-report/movement';
import { Movement } from './Movement';

type Message = { text: string; bad?: boolean };

function requirementText(t: UiTranslate, row: SchoolRow): string {
  if (row.classKey === null) return t(`requirement_${row.requirementId}` as UiKey);
  if (row.audience === 'subject') return t('requirement_subject', { subject: row.subject ?? '' });
  return t(`requirement_${row.audience}` as UiKey);
}

/** Low by the school's threshold (the director's setting), marked as on every other page. */
const isLow = (row: SchoolRow, threshold: number) => row.joined !== null && row.size !== null && belowThreshold(row.joined, row.size, threshold);

function coverageCell(t: UiTranslate, row: SchoolRow, threshold: number): string {
  if (row.joined === null) return row.status === 'ok' ? t('schoolNoCount') : '';
  if (row.size === null) return String(row.joined);
  return `${fillText(t, row.audience, row.joined, row.size)}${isLow(row, threshold) ? ` · ${lowText(t, threshold)}` : ''}`;
}

const statusText = (t: UiTranslate, row: SchoolRow) => statusLabel(t, row.status === 'ok' ? 'exists' : row.status);

export function schoolCsv(t: UiTranslate, rows: readonly SchoolRow[], language: 'ru' | 'en', threshold: number): string[][] {
  return [
    [t('checklistCsvClass'), t('checklistCsvRequirement'), t('checklistCsvStatus'), t('checklistCsvMax'), t('checklistCsvVk'), t('checklistCsvJoined'), t('checklistCsvSize'), t('checklistCsvPercent'), t('checklistCsvLow'), t('checklistCsvSeen'), t('schoolTeacher'), t('schoolReplaced')],
    ...rows.map((row) => [
      row.classKey ?? t('checklistSchool'),
      requirementText(t, row),
      statusText(t, row).replace(/^\P{L}+/u, ''),
      row.max?.chat ?? '',
      row.vk?.chat ?? '',
      row.joined === null ? '' : String(row.joined),
      row.size === null ? '' : String(row.size),
      row.joined !== null && row.size !== null ? String(percent(row.joined, row.size)) : '',
      isLow(row, threshold) ? lowText(t, threshold) : '',
      row.seenAt ? csvDate(row.seenAt) : '',
      row.teacher,
      row.replaced.map((old) => `${old.teacher}${old.seenAt ? ` (${csvDate(old.seenAt)})` : ''}`).join(', '),
    ]),
  ];
}

const GRID_MARK: Record<GridState, string> = { ok: '✓', low: '!', 'no-count': '?', missing: '✗', unchecked: '○', waiting: '⏳', 'not-required': '—' };
const GRID_LEGEND: [GridState, UiKey][] = [
  ['ok', 'gridOk'],
  ['low', 'gridLow'],
  ['no-count', 'gridNoCount'],
  ['missing', 'gridMissing'],
  ['unchecked', 'gridUnchecked'],
  ['waiting', 'gridWaiting'],
];

/** Rows of a gap shown by name; the rest are counted (the tables below list them all). */
const GAPS_SHOWN = 12;

/** The school's gaps first: what is missing, what nobody could check, what is waited for, what is low. */
function Gaps({ t, rows, threshold }: { t: UiTranslate; rows: readonly SchoolRow[]; threshold: number }) {
  const gaps = schoolGaps(rows, threshold);
  const named = (list: SchoolRow[]) =>
    list.slice(0, GAPS_SHOWN).map((row) => `${row.classKey ?? t('checklistSchool')} — ${requirementText(t, row)} (${row.teacher})`);
  const parts: [keyof SchoolGaps, UiKey][] = [
    ['missing', 'gapsMissing'],
    ['unchecked', 'gapsUnchecked'],
    ['waiting', 'gapsWaiting'],
    ['low', 'gapsLow'],
  ];
  const none = parts.every(([kind]) => gaps[kind].length === 0);
  return (
    <section aria-labelledby="gaps-title" data-testid="school-gaps">
      <h2 id="gaps-title">{t('gapsTitle')}</h2>
      {none && <p class="ok">✓ {t('gapsNone')}</p>}
      {parts.map(([kind, key]) =>
        gaps[kind].length === 0 ? null : (
          <div key={kind} data-testid={`gaps-${kind}`} class={kind === 'missing' || kind === 'low' ? 'bad' : undefined}>
            <p>
              <strong>{t(key, { count: gaps[kind].length, threshold })}</strong>
            </p>
            <ul class="plain">
              {named(gaps[kind]).map((text) => (
                <li key={text}>{text}</li>
              ))}
              {gaps[kind].length > GAPS_SHOWN && <li class="muted">{t('gapsMore', { count: gaps[kind].length - GAPS_SHOWN })}</li>}
            </ul>
          </div>
        ),
      )}
    </section>
  );
}

/**
 * Class × chat, coloured by how full each chat is: a picture the director reads from across the room.
 * `shown`: how many classes' rows are drawn yet (a school's sixty rows come in steps, the top first).
 */
function CoverageGrid({ t, grid, shown, threshold }: { t: UiTranslate; grid: SchoolGrid; shown: number; threshold: number }) {
  if (grid.classes.length === 0) return null;
  // Each state's words once, not once per cell: a school is sixty classes by twenty chats.
  const legend = new Map(GRID_LEGEND.map(([state, key]) => [state, t(key, { threshold })]));
  const legendOf = (state: GridState) => legend.get(state) ?? (legend.get('missing') as string);
  return (
    <section aria-labelledby="grid-title" class="coverage-grid">
      <h2 id="grid-title">{t('gridTitle')}</h2>
      <table data-testid="school-grid">
        <thead>
          <tr>
            <th scope="col">{t('checklistCsvClass')}</th>
            {grid.columns.map((column) => (
              <th scope="col" key={column.id}>
                {requirementText(t, column.row)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.classes.slice(0, shown).map((classKey) => (
            <tr key={classKey}>
              <th scope="row">{classKey}</th>
              {grid.columns.map((column) => {
                const cell = grid.cell(classKey, column.id);
                if (!cell) return <td key={column.id} />;
                const text = cell.row.joined !== null && cell.row.size !== null ? `${percent(cell.row.joined, cell.row.size)}%` : GRID_MARK[cell.state];
                return (
                  <td key={column.id} class={`grid-${cell.state}`} data-state={cell.state} title={coverageCell(t, cell.row, threshold) || legendOf(cell.state)}>
                    <span aria-hidden="true">{GRID_MARK[cell.state]} </span>
                    {text === GRID_MARK[cell.state] ? <span class="sr-only">{legendOf(cell.state)}</span> : text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {(grid.beyond.classes > 0 || grid.beyond.columns > 0) && (
        <p class="notice" data-testid="grid-beyond">
          {t('gridBeyond', { classes: grid.beyond.classes, columns: grid.beyond.columns })}
        </p>
      )}
      <ul class="plain grid-legend" data-testid="grid-legend">
        {GRID_LEGEND.map(([state, key]) => (
          <li key={state}>
            <span class={`grid-swatch grid-${state}`} aria-hidden="true">
              {GRID_MARK[state]}
            </span>{' '}
            {t(key, { threshold })}
          </li>
        ))}
        <li data-testid="grid-blank">
          <span class="grid-swatch" aria-hidden="true">
            {'\u00a0'}
          </span>{' '}
          {t('gridBlank')}
        </li>
      </ul>
    </section>
  );
}

/** The grid's rows drawn at once (a screen's worth), then per step between frames. */
const GRID_FIRST = 12;
const GRID_STEP = 20;

/** The merged rows (in class order) as one run per class. */
function byClass(rows: readonly SchoolRow[]): [string | null, SchoolRow[]][] {
  const runs: [string | null, SchoolRow[]][] = [];
  for (const row of rows) {
    const last = runs[runs.length - 1];
    if (last && last[0] === row.classKey) last[1].push(row);
    else runs.push([row.classKey, [row]]);
  }
  return runs;
}

/** Other teachers' counts shown in a row; the CSV lists every one. */
const OTHERS_SHOWN = 3;

/**
 * The other reports of a row's chat: those whose count differs are a conflict (⚠, the first three
 * named, who and when); those agreeing are only counted. The staff room is in every teacher's file:
 * a hundred names in one cell would hide the table.
 */
function OtherReports({ t, row, language }: { t: UiTranslate; row: SchoolRow; language: 'ru' | 'en' }) {
  if (row.replaced.length === 0) return null;
  const differing = row.replaced.filter((old) => old.joined !== row.joined);
  const agreeing = row.replaced.length - differing.length;
  const named = differing
    .slice(0, OTHERS_SHOWN)
    .map((old) => `${old.teacher}: ${old.joined ?? '—'}${old.seenAt ? ` (${shortDate(old.seenAt, language)})` : ''}`)
    .join('; ');
  return (
    <>
      {differing.length > 0 && (
        // Two teachers reported the same class's chat: the newer count counts, the other is shown.
        <span class="bad" data-testid="school-conflict">
          {' '}
          · ⚠ {t('schoolConflict', { others: differing.length > OTHERS_SHOWN ? `${named}${t('schoolConflictMore', { count: differing.length - OTHERS_SHOWN })}` : named })}
        </span>
      )}
      {agreeing > 0 && (
        <span class="muted" data-testid="school-agree">
          {' '}
          · {t('schoolAgree', { count: agreeing })}
        </span>
      )}
    </>
  );
}

export function School({ connector }: { connector: Connector }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [messages, setMessages] = useState<Message[]>([]);
  /** Whether «Убрать отчёт учителя» is open: its list is drawn only then. */
  const [removing, setRemoving] = useState(false);
  /** A teacher's newer file while their older one is kept: the director is asked first. */
  const [pending, setPending] = useState<{ report: TeacherReport; previous: TeacherReport; changes: ReportChanges }[]>([]);
  const [listed, load, show] = useLoaded(() => connector.reports.list(), [connector], (error) => {
    if (settings) setMessages([{ text: failureText(uiTranslator(settings.language), error), bad: true }]);
  });
  const reports = useMemo(() => listed ?? [], [listed]);
  useEffect(() => {
    void connector.loadSettings().then((loaded) => setSettings(loaded.settings));
  }, [connector]);
  const rows = useMemo(() => mergeReports(reports), [reports]);
  // The classes' tables, a screen's worth first and the rest in steps (a school is a thousand rows).
  const classes = useMemo(() => byClass(rows), [rows]);
  const threshold = settings?.coverageThreshold ?? 0;
  const grid = useMemo(() => schoolGrid(rows, threshold), [rows, threshold]);
  const movement = useMemo(() => schoolMovement(rows), [rows]);
  // The grid's rows and the classes' tables are drawn in steps (a screen's worth first): a school is
  // sixty classes by twenty chats, and a table per class below.
  const gridProgress = useProgressive(grid, grid.classes.length, GRID_FIRST, GRID_STEP);
  // The tables sit below the grid: with a school's grid they are past the first screen.
  const progress = useProgressive(classes, classes.length, grid.classes.length > GRID_FIRST ? 1 : 4, 6);
  useEffect(() => {
    // For `npm run bench`: the moment the merged table is on screen.
    if (listed && settings) requestAnimationFrame(() => performance.mark('parta:school-rendered'));
  }, [rows, settings]);
  useEffect(() => {
    // For `npm run bench`: every class's table drawn.
    if (listed && settings && progress.shown === classes.length && gridProgress.shown === grid.classes.length) {
      requestAnimationFrame(() => performance.mark('parta:school-complete'));
    }
  }, [rows, settings, progress.shown, gridProgress.shown]);
  if (!settings) return null;
  const t = uiTranslator(settings.language);
  document.documentElement.lang = settings.language;

  const onFiles = async (files: FileList | null) => {
    if (!files || files.length === 0) return;
    performance.mark('parta:school-files');
    const said: Message[] = [];
    const valid: TeacherReport[] = [];
    // Read all at once: a hundred files one after the other wait a hundred times.
    const readable = [...files].filter((file) => !importTooBig(file.size));
    const read = await readTexts(readable);
    const texts = new Map(readable.map((file, index) => [file, read[index]]));
    for (const file of files) {
      const text = texts.get(file);
      if (text === undefined) {
        said.push({ text: `${file.name}: ${importProblemText(t, { kind: 'too-big' })}`, bad: true });
        continue;
      }
      const read = readTeacherReport(text, connector.now());
      if (read.ok) valid.push(read.report);
      else said.push({ text: `${file.name}: ${t('schoolFileRefused')} ${importProblemText(t, read.problem)}`, bad: true });
    }
    // A teacher already loaded: replaced only when the director says so, after seeing what changes.
    const stored = new Map(reports.map((report) => [reportId(report), report]));
    const asking: typeof pending = [];
    const fresh: TeacherReport[] = [];
    for (const report of valid) {
      const previous = stored.get(reportId(report));
      if (!previous) fresh.push(report);
      else if (previous.exportedAt >= report.exportedAt) said.push({ text: t('schoolOlder', { teacher: report.teacher }), bad: true });
      else asking.push({ report, previous, changes: reportChanges(previous, report) });
    }
    const next = await keep(fresh, said);
    if (next) show(next);
    // A question not yet answered stays: a second batch adds its own (a teacher's newest file asks once).
    setPending((waiting) => [...waiting.filter((entry) => !asking.some((next) => reportId(next.report) === reportId(entry.report))), ...asking]);
    setMessages(said);
  };

  /**
   * Keeps the reports and returns the list as the database now holds it (one per teacher, in the
   * store's order) — known here, so not read back and checked again: 100 files are 4,000 rows.
   * Null when nothing changed. The caller shows it with its messages in one drawing.
   */
  const keep = async (list: TeacherReport[], said: Message[]): Promise<TeacherReport[] | null> => {
    if (list.length === 0) return null;
    try {
      const kept = await connector.reports.save(list);
      // One line for what was loaded (a hundred lines would bury the refusals); one per refusal.
      const loaded = list.filter((_, index) => kept[index]).map((report) => report.teacher);
      if (loaded.length === 1) said.push({ text: t('schoolLoaded', { teacher: loaded[0] }) });
      if (loaded.length > 1) said.push({ text: t('schoolLoadedMany', { count: loaded.length, teachers: loaded.join(', ') }) });
      list.forEach((report, index) => kept[index] || said.push({ text: t('schoolOlder', { teacher: report.teacher }), bad: true }));
      const byTeacher = new Map(reports.map((report) => [reportId(report), report]));
      list.forEach((report, index) => kept[index] && byTeacher.set(reportId(report), report));
      return [...byTeacher].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, report]) => report);
    } catch (error) {
      said.push({ text: failureText(t, error), bad: true });
      return null;
    }
  };

  const decide = async (report: TeacherReport, replace: boolean) => {
    setPending((current) => current.filter((entry) => entry.report !== report));
    const said: Message[] = [];
    const next = replace ? await keep([report], said) : null;
    if (!replace) said.push({ text: t('schoolKeptPrevious', { teacher: report.teacher }) });
    if (next) show(next);
    setMessages(said);
  };

  return (
    <TranslateContext.Provider value={t}>
      <main class="report wide">
        <PrintHeader what={t('schoolTitle')} settings={settings} now={connector.now()} />
        <div class="section-head">
          <h1>{t('schoolTitle')}</h1>
          <span class="no-print">
            <HelpLink connector={connector} topic="director" />
          </span>
        </div>
        <p class="no-print muted">{t('schoolHelp')}</p>
        <p class="no-print">
          <label>
            {t('schoolLoad')}{' '}
            <input
              type="file"
              accept=".json,application/json"
              multiple
              data-testid="school-files"
              onChange={(event) => {
                const input = event.target as HTMLInputElement;
                void onFiles(input.files).finally(() => {
                  input.value = '';
                });
              }}
            />
          </label>
        </p>
        {messages.length > 0 && (
          <ul class="plain no-print" data-testid="school-messages">
            {messages.map((message, index) => (
              // The role on the text, not the item: a list item that is an alert is no longer a list item.
              <li key={index} class={message.bad ? 'bad' : 'ok'}>
                <span role={message.bad ? 'alert' : 'status'}>{message.text}</span>
              </li>
            ))}
          </ul>
        )}
        {pending.map(({ report, previous, changes }) => (
          <div class="notice no-print" role="group" aria-label={t('schoolReplaceTitle', { teacher: report.teacher })} data-testid="school-replace" key={reportId(report)}>
            <p>
              <strong>{t('schoolReplaceTitle', { teacher: report.teacher })}</strong>
            </p>
            <p>
              {t('schoolReplaceWhat', {
                previous: shortDate(previous.exportedAt, settings.language),
                next: shortDate(report.exportedAt, settings.language),
                changed: changes.changed,
                added: changes.added,
                removed: changes.removed,
              })}
            </p>
            <p class="actions">
              <button type="button" class="primary" onClick={() => void decide(report, true)}>
                {t('schoolReplace')}
              </button>
              <button type="button" onClick={() => void decide(report, false)}>
                {t('schoolKeep')}
              </button>
            </p>
          </div>
        ))}
        {reports.length > 0 && (
          <>
            <p data-testid="school-teachers">
              {t('schoolFrom')}{' '}
              {reports.map((report) => `${report.teacher} (${shortDate(report.exportedAt, settings.language)})`).join(', ')}
            </p>
            {/* Before anything the files drew: a teacher's report is taken out whatever it holds. */}
            <details class="no-print" onToggle={(event) => setRemoving((event.currentTarget as HTMLDetailsElement).open)}>
              <summary>{t('schoolRemoveTitle')}</summary>
              {/* Drawn when opened: a school's hundred buttons are not part of its first screen. */}
              {removing && (
                <ul class="plain">
                  {reports.map((report) => (
                    <li key={report.teacher}>
                      {report.teacher}{' '}
                      <button type="button" aria-label={`${t('schoolRemove')}: ${report.teacher}`} onClick={() => void connector.reports.remove(report.teacher).then(load)}>
                        {t('schoolRemove')}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </details>
            <Gaps t={t} rows={rows} threshold={settings.coverageThreshold} />
            <CoverageGrid t={t} grid={grid} shown={gridProgress.shown} threshold={settings.coverageThreshold} />
            <Movement
              t={t}
              movement={movement}
              language={settings.language}
              chatName={(chat) => `${requirementText(t, chat.row)}: «${chat.chat}» (${platformName(t, chat.platform)})`}
            />
            {classes.slice(0, progress.shown).map(([classKey, classRows]) => (
              // A table per class, each drawn only when scrolled to (content-visibility): a school's
              // summary is a thousand rows and more, and laying them all out took most of its time.
              <section class="school-class" key={classKey ?? ''} aria-label={classKey ?? t('checklistSchool')}>
                <table class="school-table" data-testid="school-table">
                  <CoverageHead t={t} extra={[t('schoolTeacher')]} />
                  <tbody>
                    {classRows.map((row) => (
                      <tr key={`${row.classKey}:${row.requirementId}:${row.subject ?? ''}`} class={row.status} data-testid="school-row" data-class={row.classKey ?? ''}>
                        <td>{row.classKey ?? t('checklistSchool')}</td>
                        <td>{requirementText(t, row)}</td>
                        <td>{statusText(t, row)}</td>
                        <td>
                          {[row.max && `${platformName(t, 'max')}: «${row.max.chat}»`, row.vk && `${platformName(t, 'vk')}: «${row.vk.chat}»`]
                            .filter(Boolean)
                            .join('; ')}
                        </td>
                        <td data-testid="school-coverage" class={isLow(row, settings.coverageThreshold) ? 'bad' : undefined}>
                          {coverageCell(t, row, settings.coverageThreshold)}
                          {row.seenAt ? ` · ${shortDate(row.seenAt, settings.language)}` : ''}
                        </td>
                        <td data-testid="school-teacher">
                          {row.teacher}
                          <OtherReports t={t} row={row} language={settings.language} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </section>
            ))}
            <p class="no-print actions">
              <button
                type="button"
                class="primary"
                onClick={() => {
                  // Every class drawn first: the grid's rows and the tables after the first screen come in steps.
                  gridProgress.all();
                  progress.all();
                  setTimeout(() => window.print(), 0);
                }}
              >
                {t('reportPrint')}
              </button>
              <button type="button" onClick={() => downloadCsv(exportFileName([t('fileParta'), t('fileSchool')], connector.now(), 'csv'), schoolCsv(t, rows, settings.language, settings.coverageThreshold))}>
                {t('checklistExportCsv')}
              </button>
            </p>
          </>
        )}
        {reports.length === 0 && <p class="muted">{t('schoolEmpty')}</p>}
      </main>
    </TranslateContext.Provider>
  );
}
