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
import type { Connector } from '../../lib/connector/connector';
import { downloadCsv } from '../../lib/dom/download';
import { csvDate, exportFileName } from '../../lib/util/csv';
import { failureText, importProblemText } from '../../lib/i18n/errors';
import { TranslateContext, uiTranslator } from '../../components/i18n';
import type { UiTranslate } from '../../lib/i18n/ui';
import { CoverageHead, fillText, lowText, shortDate, statusLabel } from '../../components/Coverage';
import { belowThreshold, percent } from '../../lib/classes/coverage';
import type { UiKey } from '../../lib/i18n/ui';
import { importTooBig } from '../../lib/invites/transfer';
import { mergeReports, readTeacherReport, reportChanges, reportId, schoolGrid, type GridState, type ReportChanges, type SchoolRow, type TeacherReport } from '../../lib/school-report/report';
import type { Settings } from '../../lib/settings/index';

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

const statusText = (t: UiTranslate, row: SchoolRow) => statusLabel(t, row.status);

export function schoolCsv(t: UiTranslate, rows: readonly SchoolRow[], language: 'ru' | 'en', threshold: number): string[][] {
  return [
    [t('checklistCsvClass'), t('checklistCsvRequirement'), t('checklistCsvStatus'), t('checklistCsvMax'), t('checklistCsvVk'), t('checklistCsvJoined'), t('checklistCsvSize'), t('checklistCsvPercent'), t('checklistCsvLow'), t('checklistCsvSeen'), t('schoolTeacher'), t('schoolReplaced')],
    ...rows.map((row) => [
      row.classKey ?? t('checklistSchool'),
      requirementText(t, row),
      statusText(t, row).replace(/^[✓✗] /, ''),
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

const GRID_MARK: Record<GridState, string> = { ok: '✓', low: '!', 'no-count': '?', missing: '✗', 'not-required': '—' };
const GRID_LEGEND: [GridState, UiKey][] = [
  ['ok', 'gridOk'],
  ['low', 'gridLow'],
  ['no-count', 'gridNoCount'],
  ['missing', 'gridMissing'],
];

/** Class × chat, coloured by how full each chat is: a picture the director reads from across the room. */
function CoverageGrid({ t, rows, threshold }: { t: UiTranslate; rows: readonly SchoolRow[]; threshold: number }) {
  const grid = schoolGrid(rows, threshold);
  if (grid.classes.length === 0) return null;
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
          {grid.classes.map((classKey) => (
            <tr key={classKey}>
              <th scope="row">{classKey}</th>
              {grid.columns.map((column) => {
                const cell = grid.cell(classKey, column.id);
                if (!cell) return <td key={column.id} />;
                const text = cell.row.joined !== null && cell.row.size !== null ? `${percent(cell.row.joined, cell.row.size)}%` : GRID_MARK[cell.state];
                return (
                  <td key={column.id} class={`grid-${cell.state}`} data-state={cell.state} title={coverageCell(t, cell.row, threshold) || t(GRID_LEGEND.find(([state]) => state === cell.state)?.[1] ?? 'gridMissing', { threshold })}>
                    <span aria-hidden="true">{GRID_MARK[cell.state]} </span>
                    {text === GRID_MARK[cell.state] ? <span class="sr-only">{t(GRID_LEGEND.find(([state]) => state === cell.state)?.[1] ?? 'gridMissing', { threshold })}</span> : text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <ul class="plain grid-legend" data-testid="grid-legend">
        {GRID_LEGEND.map(([state, key]) => (
          <li key={state}>
            <span class={`grid-swatch grid-${state}`} aria-hidden="true">
              {GRID_MARK[state]}
            </span>{' '}
            {t(key, { threshold })}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function School({ connector }: { connector: Connector }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [messages, setMessages] = useState<Message[]>([]);
  /** A teacher's newer file while their older one is kept: the director is asked first. */
  const [pending, setPending] = useState<{ report: TeacherReport; previous: TeacherReport; changes: ReportChanges }[]>([]);
  const [listed, load] = useLoaded(() => connector.reports.list(), [connector], (error) => {
    if (settings) setMessages([{ text: failureText(uiTranslator(settings.language), error), bad: true }]);
  });
  const reports = useMemo(() => listed ?? [], [listed]);
  useEffect(() => {
    void connector.loadSettings().then((loaded) => setSettings(loaded.settings));
  }, [connector]);
  const rows = useMemo(() => mergeReports(reports), [reports]);
  if (!settings) return null;
  const t = uiTranslator(settings.language);
  document.documentElement.lang = settings.language;

  const onFiles = async (files: FileList | null) => {
    if (!files || files.length === 0) return;
    const said: Message[] = [];
    const valid: TeacherReport[] = [];
    for (const file of files) {
      if (importTooBig(file.size)) {
        said.push({ text: `${file.name}: ${importProblemText(t, { kind: 'too-big' })}`, bad: true });
        continue;
      }
      const read = readTeacherReport(await file.text(), connector.now());
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
    await keep(fresh, said);
    setPending(asking);
    setMessages(said);
  };

  const keep = async (list: TeacherReport[], said: Message[]) => {
    if (list.length === 0) return;
    try {
      const kept = await connector.reports.save(list);
      list.forEach((report, index) =>
        said.push(kept[index] ? { text: t('schoolLoaded', { teacher: report.teacher }) } : { text: t('schoolOlder', { teacher: report.teacher }), bad: true }),
      );
      await load();
    } catch (error) {
      said.push({ text: failureText(t, error), bad: true });
    }
  };

  const decide = async (report: TeacherReport, replace: boolean) => {
    setPending((current) => current.filter((entry) => entry.report !== report));
    const said: Message[] = [];
    if (replace) await keep([report], said);
    else said.push({ text: t('schoolKeptPrevious', { teacher: report.teacher }) });
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
              <li key={index} class={message.bad ? 'bad' : 'ok'} role={message.bad ? 'alert' : 'status'}>
                {message.text}
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
            <CoverageGrid t={t} rows={rows} threshold={settings.coverageThreshold} />
            <table data-testid="school-table">
              <CoverageHead t={t} extra={[t('schoolTeacher')]} />
              <tbody>
                {rows.map((row) => (
                  <tr key={`${row.classKey}:${row.requirementId}:${row.subject ?? ''}`} class={row.status} data-testid="school-row" data-class={row.classKey ?? ''}>
                    <td>{row.classKey ?? t('checklistSchool')}</td>
                    <td>{requirementText(t, row)}</td>
                    <td>{statusText(t, row)}</td>
                    <td>{[row.max && `MAX: «${row.max.chat}»`, row.vk && `${t('platformVk')}: «${row.vk.chat}»`].filter(Boolean).join('; ')}</td>
                    <td data-testid="school-coverage" class={isLow(row, settings.coverageThreshold) ? 'bad' : undefined}>
                      {coverageCell(t, row, settings.coverageThreshold)}
                      {row.seenAt ? ` · ${shortDate(row.seenAt, settings.language)}` : ''}
                    </td>
                    <td data-testid="school-teacher">
                      {row.teacher}
                      {row.replaced.length > 0 && (
                        // Two teachers reported the same class's chat: the newer count counts, the other is shown.
                        <span class="bad" data-testid="school-conflict">
                          {' '}
                          · ⚠{' '}
                          {t('schoolConflict', {
                            others: row.replaced
                              .map((old) => `${old.teacher}: ${old.joined ?? '—'}${old.seenAt ? ` (${shortDate(old.seenAt, settings.language)})` : ''}`)
                              .join('; '),
                          })}
                        </span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p class="no-print actions">
              <button type="button" class="primary" onClick={() => window.print()}>
                {t('reportPrint')}
              </button>
              <button type="button" onClick={() => downloadCsv(exportFileName([t('fileParta'), t('fileSchool')], connector.now(), 'csv'), schoolCsv(t, rows, settings.language, settings.coverageThreshold))}>
                {t('checklistExportCsv')}
              </button>
            </p>
            <details class="no-print">
              <summary>{t('schoolRemoveTitle')}</summary>
              <ul class="plain">
                {reports.map((report) => (
                  <li key={report.teacher}>
                    {report.teacher}{' '}
                    <button type="button" onClick={() => void connector.reports.remove(report.teacher).then(load)}>
                      {t('schoolRemove')}
                    </button>
                  </li>
                ))}
              </ul>
            </details>
          </>
        )}
        {reports.length === 0 && <p class="muted">{t('schoolEmpty')}</p>}
      </main>
    </TranslateContext.Provider>
  );
}
