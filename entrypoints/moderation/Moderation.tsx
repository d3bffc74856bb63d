/**
 * The moderator's page (seed 000 §2.5–2.8). Opened from «Нарушение правил» on a message:
 * the violation form — which rule point, a note, the message's words only if the teacher keeps
 * them — and that participant's record in the chat; at more than three the rules allow a block of
 * up to one month: the page proposes its end date and records the block with its reason; a block
 * ends on time («Разблокировал(а)») or early with its reason. Opened without a report: the whole
 * log, printable and as CSV for the director.
 */
import { closeOnEscape } from '../../lib/dom/close-on-escape';
import { PrintHeader } from '../../components/PrintHeader';
import { HelpLink } from '../../components/HelpLink';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLoaded } from '../../components/use-loaded';
import type { Connector } from '../../lib/connector/connector';
import { downloadCsv } from '../../lib/dom/download';
import { csvDate, csvDay, exportFileName } from '../../lib/util/csv';
import { failureText } from '../../lib/i18n/errors';
import { TranslateContext, uiTranslator } from '../../components/i18n';
import type { UiTranslate } from '../../lib/i18n/ui';
import type { ModerationHandoff } from '../../lib/messaging/handoff';
import type { ModerationLog } from '../../lib/moderation/store';
import {
  DAY_PATTERN,
  blockAdvice,
  personKey,
  ruleKindOfChat,
  rulesFor,
  memberPoints,
  messageMark,
  recordOfMessage,
  shownQuote,
  violationsOf,
  type ViolationRecord,
} from '../../lib/moderation/index';
import type { Settings } from '../../lib/settings/index';
import { localDay } from '../../lib/util/dates';
import { BlockState, dayText, siteName, type Said as Message } from '../../components/BlockState';


const timeDay = (time: number, language: 'ru' | 'en') => dayText(localDay(time), language);


function ruleLabel(t: UiTranslate, rule: number | null): string {
  return rule === null ? t('moderationRuleOther') : t('moderationRulePoint', { point: rule });
}

/** The log as CSV rows for the director: every step with its date and reason (2.8). */
export function moderationCsv(t: UiTranslate, log: ModerationLog): string[][] {
  const rows: { at: number; cells: string[] }[] = [];
  for (const record of log.violations) {
    rows.push({ at: record.at, cells: [csvDate(record.at), siteName(t, record.site), record.chat, record.person, t('moderationCsvViolation'), ruleLabel(t, record.rule), record.note, '', record.quote ?? ''] });
  }
  for (const block of log.blocks) {
    rows.push({ at: block.at, cells: [csvDate(block.at), siteName(t, block.site), block.chat, block.person, t('moderationCsvBlock'), '', block.reason, csvDay(block.until), ''] });
    if (block.endedAt !== undefined) {
      const what = block.ended === 'early' ? t('moderationCsvUnblockEarly') : t('moderationCsvUnblock');
      rows.push({ at: block.endedAt, cells: [csvDate(block.endedAt), siteName(t, block.site), block.chat, block.person, what, '', block.endReason ?? '', '', ''] });
    }
  }
  rows.sort((a, b) => a.at - b.at);
  return [
    [t('moderationCsvDate'), t('moderationCsvSite'), t('moderationCsvChat'), t('moderationCsvPerson'), t('moderationCsvWhat'), t('moderationCsvRule'), t('moderationCsvReason'), t('moderationCsvUntil'), t('moderationCsvQuote')],
    ...rows.map((row) => row.cells),
  ];
}

export function Moderation({ connector, token }: { connector: Connector; token: string | null }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [report, setReport] = useState<ModerationHandoff | null | undefined>(undefined);
  const [message, setMessage] = useState<Message | null>(null);
  const [log, reload] = useLoaded(() => connector.moderation.load(), [connector], (error) =>
    setMessage({ text: failureText(uiTranslator(settings?.language ?? 'ru'), error), bad: true }),
  );
  useEffect(() => {
    void connector.loadSettings().then((loaded) => setSettings(loaded.settings));
    void connector.moderation.takeReport(token).then((taken) => setReport(taken ?? null));
  }, [connector]);
  // Opened from a chat page: Escape closes the form, and focus goes back to the chat.
  useEffect(() => (token ? closeOnEscape() : undefined), [token]);
  if (!settings || report === undefined || !log) return null;
  const t = uiTranslator(settings.language);
  document.documentElement.lang = settings.language;
  return (
    <TranslateContext.Provider value={t}>
      <main class={report ? 'report' : 'report wide'}>
        {report ? (
          <ViolationForm connector={connector} settings={settings} report={report} log={log} reload={reload} message={message} setMessage={setMessage} />
        ) : (
          <LogView
            connector={connector}
            settings={settings}
            log={log}
            reload={reload}
            message={message}
            setMessage={setMessage}
            tokenGiven={token !== null}
            onManual={(manual) => {
              setMessage(null);
              setReport(manual);
            }}
          />
        )}
      </main>
    </TranslateContext.Provider>
  );
}

interface PartProps {
  connector: Connector;
  settings: Settings;
  log: ModerationLog;
  reload: () => Promise<void>;
  message: Message | null;
  setMessage: (message: Message | null) => void;
}

function Said({ message }: { message: Message | null }) {
  if (!message) return null;
  return (
    <p class={message.bad ? 'notice bad' : 'notice ok'} role={message.bad ? 'alert' : 'status'} data-testid="moderation-message">
      {message.text}
    </p>
  );
}

function ViolationForm({ connector, settings, report, log, reload, message, setMessage }: PartProps & { report: ModerationHandoff }) {
  const t = uiTranslator(settings.language);
  const language = settings.language;
  const [person, setPerson] = useState(report.person);
  const [rule, setRule] = useState<string>('');
  const [note, setNote] = useState('');
  const [keepQuote, setKeepQuote] = useState(false);
  const [busy, setBusy] = useState(false);
  const saving = useRef(false);
  const points = rulesFor(ruleKindOfChat(report.chat), settings.rules);
  const now = connector.now();
  const mine = violationsOf(log.violations, report.site, report.chat, person);
  const blocks = log.blocks.filter((block) => block.site === report.site && block.chat === report.chat && personKey(block.person) === personKey(person));
  const running = blocks.find((block) => block.endedAt === undefined);
  const advice = blockAdvice(
    mine.map((record) => ({ at: new Date(record.at).toISOString() })),
    localDay(now),
  );

  // The message this form was opened for, and its record when it is already kept: one message, one record.
  const mark = messageMark(report);
  const recorded = recordOfMessage(log.violations, mark);
  const record = async (event: Event) => {
    event.preventDefault();
    // One press, one record: a second press (a double click) while the first is saving does nothing.
    if (saving.current || recorded) return;
    const name = person.replace(/\s+/g, ' ').trim();
    if (!name) {
      setMessage({ text: t('moderationNeedPerson'), bad: true });
      return;
    }
    if (rule === '') {
      setMessage({ text: t('moderationNeedRule'), bad: true });
      return;
    }
    saving.current = true;
    setBusy(true);
    try {
      await connector.moderation.addViolation({
        site: report.site,
        chat: report.chat,
        person: name.slice(0, 120),
        at: connector.now(),
        rule: rule === 'other' ? null : Number(rule),
        note: note.trim().slice(0, 500),
        // Exactly what the form shows, nothing more.
        ...(keepQuote && report.quote ? { quote: shownQuote(report.quote) } : {}),
        ...(mark ? { message: mark } : {}),
      });
      setNote('');
      setKeepQuote(false);
      setRule('');
      setMessage({ text: t('moderationRecorded', { count: mine.length + 1 }) });
      await reload();
    } catch (error) {
      setMessage({ text: failureText(t, error), bad: true });
    } finally {
      saving.current = false;
      setBusy(false);
    }
  };
  const showRecord = () => {
    const item = recorded ? document.getElementById(`violation-${recorded.id}`) : null;
    item?.scrollIntoView({ block: 'center' });
    item?.focus();
  };

  return (
    <>
      <h1>{t('moderationTitle')}</h1>
      <p data-testid="moderation-chat">
        {t('moderationChat', { chat: report.chat, site: siteName(t, report.site) })}
      </p>
      <form onSubmit={(event) => void record(event)} noValidate data-testid="violation-form">
        <p>
          <label>
            {t('moderationPerson')}{' '}
            <input type="text" value={person} maxLength={120} onInput={(event) => setPerson((event.target as HTMLInputElement).value)} data-testid="violation-person" />
          </label>
        </p>
        <fieldset>
          <legend>{t('moderationWhichRule')}</legend>
          {memberPoints(points).map(({ number, text }) => (
            <label key={number}>
              <input type="radio" name="rule" value={String(number)} checked={rule === String(number)} onChange={() => setRule(String(number))} />{' '}
              {number}. {text}
            </label>
          ))}
          <label>
            <input type="radio" name="rule" value="other" checked={rule === 'other'} onChange={() => setRule('other')} /> {t('moderationRuleOther')}
          </label>
        </fieldset>
        <p>
          <label>
            {t('moderationNote')}
            <br />
            <textarea rows={2} maxLength={500} value={note} onInput={(event) => setNote((event.target as HTMLTextAreaElement).value)} data-testid="violation-note" />
          </label>
        </p>
        {report.quote && (
          <p>
            <label>
              <input type="checkbox" checked={keepQuote} onChange={(event) => setKeepQuote((event.target as HTMLInputElement).checked)} data-testid="violation-keep-quote" />{' '}
              {t('moderationKeepQuote')}
            </label>
            <br />
            <q class="muted" data-testid="violation-quote">{shownQuote(report.quote)}</q>
          </p>
        )}
        <p class="muted">{t('moderationPrivacy')}</p>
        {recorded ? (
          <p class="notice" role="status" data-testid="violation-already">
            {t('moderationAlready', { date: timeDay(recorded.at, language) })}{' '}
            <button type="button" onClick={showRecord}>
              {t('moderationShowRecord')}
            </button>
          </p>
        ) : (
          <p class="actions">
            <button type="submit" class="primary" data-testid="violation-record" disabled={busy} aria-busy={busy}>
              {busy ? t('moderationRecording') : t('moderationRecord')}
            </button>
          </p>
        )}
      </form>
      <Said message={message} />

      <section aria-labelledby="person-log-title">
        <h2 id="person-log-title">{t('moderationPersonLog', { person, count: mine.length })}</h2>
        {mine.length > 0 && (
          <ol data-testid="person-violations">
            {mine.map((violation) => (
              <li key={violation.id} id={`violation-${violation.id}`} tabIndex={-1} class={violation.id === recorded?.id ? 'current' : undefined}>
                {timeDay(violation.at, language)} · {ruleLabel(t, violation.rule)}
                {violation.note ? ` · ${violation.note}` : ''}
                {violation.quote ? <q class="muted"> {violation.quote}</q> : null}{' '}
                <button type="button" class="link" onClick={() => void connector.moderation.deleteViolation(violation.id).then(reload)}>
                  {t('moderationDeleteMistake')}
                </button>
              </li>
            ))}
          </ol>
        )}
        {running ? (
          <BlockState connector={connector} settings={settings} block={running} reload={reload} setMessage={setMessage} />
        ) : (
          advice.mayBlock &&
          advice.blockUntilLatest && (
            <BlockForm connector={connector} settings={settings} report={report} person={person} violations={mine} latest={advice.blockUntilLatest} reload={reload} setMessage={setMessage} />
          )
        )}
        {blocks.filter((block) => block.endedAt !== undefined).length > 0 && (
          <ul class="plain muted" data-testid="past-blocks">
            {blocks
              .filter((block) => block.endedAt !== undefined)
              .map((block) => (
                <li key={block.id}>
                  {t('moderationPastBlock', {
                    from: timeDay(block.at, language),
                    until: dayText(block.until, language),
                    ended: timeDay(block.endedAt ?? block.at, language),
                    how: block.ended === 'early' ? t('moderationEndedEarly', { reason: block.endReason ?? '' }) : t('moderationEndedOnTime'),
                  })}
                </li>
              ))}
          </ul>
        )}
      </section>
      <p class="actions">
        <button type="button" onClick={() => window.close()}>
          {t('moderationClose')}
        </button>
      </p>
    </>
  );
}

function BlockForm({
  connector,
  settings,
  report,
  person,
  violations,
  latest,
  reload,
  setMessage,
}: {
  connector: Connector;
  settings: Settings;
  report: ModerationHandoff;
  person: string;
  violations: ViolationRecord[];
  latest: string;
  reload: () => Promise<void>;
  setMessage: (message: Message | null) => void;
}) {
  const t = uiTranslator(settings.language);
  const today = localDay(connector.now());
  const tomorrow = localDay(connector.now() + 24 * 60 * 60 * 1000);
  const rules = [...new Set(violations.map((violation) => violation.rule).filter((rule): rule is number => rule !== null))].sort((a, b) => a - b);
  const [until, setUntil] = useState(latest);
  const [reason, setReason] = useState(
    t('moderationBlockReasonDefault', { count: violations.length, points: rules.length > 0 ? rules.join(', ') : '—' }),
  );
  const save = async (event: Event) => {
    event.preventDefault();
    if (!DAY_PATTERN.test(until) || until <= today || until > latest) {
      setMessage({ text: t('moderationBadUntil', { latest: dayText(latest, settings.language) }), bad: true });
      return;
    }
    if (!reason.trim()) {
      setMessage({ text: t('moderationNeedReason'), bad: true });
      return;
    }
    try {
      await connector.moderation.addBlock({ site: report.site, chat: report.chat, person: person.trim().slice(0, 120), at: connector.now(), until, reason: reason.trim().slice(0, 500) });
      setMessage({ text: t('moderationBlocked', { until: dayText(until, settings.language) }) });
      await reload();
    } catch (error) {
      setMessage({ text: failureText(t, error), bad: true });
    }
  };
  return (
    <form class="notice" onSubmit={(event) => void save(event)} noValidate data-testid="block-advice">
      <p>
        <strong>{t('moderationMayBlock', { count: violations.length, latest: dayText(latest, settings.language) })}</strong>
      </p>
      <p class="muted">{t('moderationBlockOnlyRules')}</p>
      <p>
        <label>
          {t('moderationBlockUntil')}{' '}
          <input type="date" value={until} min={tomorrow} max={latest} onInput={(event) => setUntil((event.target as HTMLInputElement).value)} data-testid="block-until" />
        </label>
      </p>
      <p>
        <label>
          {t('moderationBlockReason')}
          <br />
          <textarea rows={2} maxLength={500} value={reason} onInput={(event) => setReason((event.target as HTMLTextAreaElement).value)} data-testid="block-reason" />
        </label>
      </p>
      <p class="actions">
        <button type="submit" class="primary" data-testid="block-record">
          {t('moderationBlockRecord')}
        </button>
      </p>
    </form>
  );
}

/**
 * A violation seen elsewhere (on a phone, in a chat whose page Parta cannot read) or by a teacher
 * who does not use a mouse: the same form, with the chat and the name typed.
 */
function ManualReport({ t, onManual }: { t: UiTranslate; onManual: (report: ModerationHandoff) => void }) {
  const [site, setSite] = useState<ModerationHandoff['site']>('max');
  const [chat, setChat] = useState('');
  const [person, setPerson] = useState('');
  const [problem, setProblem] = useState('');
  const open = (event: Event) => {
    event.preventDefault();
    const chatName = chat.replace(/\s+/g, ' ').trim();
    const name = person.replace(/\s+/g, ' ').trim();
    if (!chatName || !name) {
      setProblem(t('moderationManualNeed'));
      return;
    }
    onManual({ site, chat: chatName.slice(0, 200), person: name.slice(0, 120), quote: '' });
  };
  return (
    <details class="no-print" data-testid="manual-report">
      <summary>{t('moderationManualTitle')}</summary>
      <form onSubmit={open} noValidate>
        <p class="toolbar">
          <label class="inline">
            {t('moderationCsvSite')}{' '}
            <select value={site} onChange={(event) => setSite((event.target as HTMLSelectElement).value as ModerationHandoff['site'])}>
              <option value="max">MAX</option>
              <option value="vk">{t('platformVk')}</option>
              <option value="sferum">{t('platformSferum')}</option>
            </select>
          </label>
        </p>
        <p>
          <label>
            {t('moderationManualChat')} <input type="text" maxLength={200} value={chat} onInput={(event) => setChat((event.target as HTMLInputElement).value)} />
          </label>
        </p>
        <p>
          <label>
            {t('moderationPerson')} <input type="text" maxLength={120} value={person} onInput={(event) => setPerson((event.target as HTMLInputElement).value)} />
          </label>
        </p>
        {problem && (
          <p class="bad" role="alert">
            {problem}
          </p>
        )}
        <button type="submit">{t('moderationManualOpen')}</button>
      </form>
    </details>
  );
}

function LogView({
  connector,
  settings,
  log,
  reload,
  message,
  setMessage,
  tokenGiven,
  onManual,
}: PartProps & { tokenGiven: boolean; onManual: (report: ModerationHandoff) => void }) {
  const t = uiTranslator(settings.language);
  const open = log.blocks.filter((block) => block.endedAt === undefined);
  return (
    <>
      <PrintHeader what={t('moderationLogTitle')} settings={settings} now={connector.now()} />
      <div class="section-head">
        <h1>{t('moderationLogTitle')}</h1>
        <span class="no-print">
          <HelpLink connector={connector} topic="violation" t={t} />
        </span>
      </div>
      {tokenGiven && <p class="notice bad">{t('moderationReportGone')}</p>}
      <p class="no-print muted">{t('moderationLogHelp')}</p>
      <ManualReport t={t} onManual={onManual} />
      <Said message={message} />
      {log.damaged > 0 && <p class="notice bad">{t('moderationDamaged', { count: log.damaged })}</p>}
      {open.map((block) => (
        <BlockState key={block.id} connector={connector} settings={settings} block={block} reload={reload} setMessage={setMessage} />
      ))}
      {log.violations.length + log.blocks.length === 0 ? (
        <p class="muted">{t('moderationLogEmpty')}</p>
      ) : (
        <table data-testid="moderation-log">
          <thead>
            <tr>
              {moderationCsv(t, { ...log, violations: [], blocks: [] })[0].map((heading) => (
                <th key={heading} scope="col">
                  {heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {moderationCsv(t, log)
              .slice(1)
              .map((cells, index) => (
                <tr key={index}>
                  {cells.map((cell, column) => (
                    <td key={column}>{cell}</td>
                  ))}
                </tr>
              ))}
          </tbody>
        </table>
      )}
      <p class="no-print actions">
        <button type="button" onClick={() => window.print()}>
          {t('reportPrint')}
        </button>
        <button type="button" onClick={() => downloadCsv(exportFileName([t('fileParta'), t('fileModeration')], connector.now(), 'csv'), moderationCsv(t, log))} data-testid="moderation-csv">
          {t('checklistExportCsv')}
        </button>
      </p>
    </>
  );
}
