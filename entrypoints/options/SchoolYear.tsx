/**
 * «Новый учебный год»: from the first day the teacher set, one step with a preview —
 * classes move up a grade, sizes and corrections with them, last year's invitations archived,
 * chats still named for the old class listed with their new name to copy. Undone with one click
 * until the teacher changes their classes again.
 */
import { useMemo, useState } from 'preact/hooks';
import { useLoaded } from '../../components/use-loaded';
import type { Connector } from '../../lib/connector/connector';
import { failureText } from '../../lib/i18n/errors';
import type { UiTranslate } from '../../lib/i18n/ui';
import { planRollover, rolloverDue, schoolYearStart, type ChatRename, type RolloverPlan } from '../../lib/school-year/plan';
import { staleJournalNames } from '../../lib/school-year/store';
import { HelpLink } from '../../components/HelpLink';
import type { Settings } from '../../lib/settings/index';

type Message = { text: string; bad?: boolean };

function dateText(time: number, language: 'ru' | 'en'): string {
  return new Date(time).toLocaleDateString(language === 'en' ? 'en-GB' : 'ru-RU', { day: 'numeric', month: 'long', year: 'numeric' });
}

function Renames({ t, renames, connector, onCopied }: { t: UiTranslate; renames: ChatRename[]; connector: Connector; onCopied: (message: Message) => void }) {
  if (renames.length === 0) return null;
  return (
    <>
      <p>{t('yearRenamesIntro')}</p>
      <ul class="plain" data-testid="year-renames">
        {renames.map((rename) => (
          <li key={`${rename.site}:${rename.title}`}>
            «{rename.title}» →{' '}
            {rename.newTitle ? (
              <>
                <strong>«{rename.newTitle}»</strong>{' '}
                <button
                  type="button"
                  onClick={() =>
                    connector
                      .copy(rename.newTitle!)
                      .then(() => onCopied({ text: t('checklistTitleCopied') }))
                      .catch(() => onCopied({ text: t('invitesCopyFailed'), bad: true }))
                  }
                >
                  {t('yearCopyName')}
                </button>
              </>
            ) : (
              <span class="muted">{t('yearChatGraduated')}</span>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

export function SchoolYear({ connector, t, settings, version, onChanged }: { connector: Connector; t: UiTranslate; settings: Settings; version: number; onChanged: () => void }) {
  const [preview, setPreview] = useState<RolloverPlan | null>(null);
  const [applied, setApplied] = useState<RolloverPlan | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [busy, setBusy] = useState(false);
  const now = connector.now();
  const yearStart = schoolYearStart(now, settings.schoolYearStart);

  const [data, load] = useLoaded(() => connector.rollover.load(), [connector, version], (error) => setMessage({ text: failureText(t, error), bad: true }));

  const due = useMemo(
    () => (data ? rolloverDue({ classes: data.classes, invites: data.invites, yearStart, lastAppliedFor: data.last?.yearStart ?? null }) : false),
    [data, yearStart],
  );
  if (!data) return null;

  const showPreview = () => {
    setMessage(null);
    setPreview(planRollover({ ...data, yearStart, now: connector.now() }));
  };
  const apply = async () => {
    if (!preview) return;
    setBusy(true);
    try {
      await connector.rollover.apply(preview, yearStart, connector.now());
      setApplied(preview);
      setPreview(null);
      setMessage({ text: t('yearApplied') });
      await load();
      onChanged();
    } catch (error) {
      setMessage({ text: `${t('yearApplyFailed')} ${failureText(t, error)}`, bad: true });
      // Changed since the preview: the preview again, on what is there now.
      if (error instanceof Error && error.name === 'ChangedSinceError') {
        const fresh = await connector.rollover.load().catch(() => null);
        setPreview(fresh ? planRollover({ ...fresh, yearStart, now: connector.now() }) : null);
        await load();
      }
    } finally {
      setBusy(false);
    }
  };
  const undo = async () => {
    setBusy(true);
    try {
      const result = await connector.rollover.undo();
      setMessage(result.ok ? { text: t('yearUndone') } : { text: t(result.reason === 'changed-since' ? 'yearUndoChanged' : 'yearUndoNothing'), bad: true });
      if (result.ok) setApplied(null);
      await load();
      onChanged();
    } catch (error) {
      setMessage({ text: failureText(t, error), bad: true });
    } finally {
      setBusy(false);
    }
  };

  const last = data.last;
  const takenThisYear = last !== null && last.yearStart >= yearStart;
  // The journal read since the step still shows last year's names: said in words, undo at hand.
  const stale = takenThisYear ? staleJournalNames(last, data.classes) : [];
  return (
    <section id="school-year" aria-labelledby="school-year-title" data-testid="school-year">
      <div class="section-head">
        <h2 id="school-year-title">{t('yearTitle')}</h2>
        <HelpLink connector={connector} topic="year" t={t} />
      </div>
      <p class="muted">{t('yearIntro', { date: dateText(yearStart, settings.language) })}</p>
      {takenThisYear && (
        <p class="ok" data-testid="year-taken">
          {t('yearTaken', { date: dateText(last.appliedAt, settings.language) })}
        </p>
      )}
      {due && !preview && <p class="notice" data-testid="year-due">{t('yearDue')}</p>}
      {!due && !takenThisYear && !preview && <p class="muted" data-testid="year-not-due">{t('yearNotDue')}</p>}
      {stale.length > 0 && (
        <p class="notice bad" data-testid="year-stale">
          {t(data.canUndo ? 'yearStaleJournal' : 'yearStaleJournalNoUndo', { classes: stale.join(', ') })}
        </p>
      )}
      {!preview && (
        <p class="actions">
          <button type="button" onClick={showPreview} disabled={busy}>
            {t('yearPreview')}
          </button>
          {data.canUndo && (
            <button type="button" onClick={undo} disabled={busy} data-testid="year-undo">
              {t('yearUndo')}
            </button>
          )}
        </p>
      )}
      {preview && (
        <div class="notice" data-testid="year-preview">
          <p>
            <strong>{t('yearPreviewTitle')}</strong>
          </p>
          {preview.moves.length === 0 ? (
            <p data-testid="year-nothing">{t('yearNoClasses')}</p>
          ) : (
            <ul class="plain" data-testid="year-moves">
              {preview.moves.map((move) => (
                <li key={move.fromKey}>{move.toName ? `${move.fromName} → ${move.toName}` : t('yearGraduates', { name: move.fromName })}</li>
              ))}
            </ul>
          )}
          {preview.thisYear.length > 0 && (
            <p class="muted" data-testid="year-this-year">
              {t('yearThisYear', { classes: preview.thisYear.join(', ') })}
            </p>
          )}
          {preview.moves.some((move) => move.alreadyThere) && (
            <p class="notice bad" data-testid="year-already">
              {t('yearAlreadyThere', {
                classes: preview.moves
                  .filter((move) => move.alreadyThere)
                  .map((move) => move.toName ?? move.toKey ?? '')
                  .join(', '),
              })}
            </p>
          )}
          <p>{t('yearArchived', { count: preview.archived.length })}</p>
          <Renames t={t} renames={preview.renames} connector={connector} onCopied={setMessage} />
          <p class="actions">
            <button type="button" class="primary" onClick={apply} disabled={busy} data-testid="year-apply">
              {t('yearApply')}
            </button>
            <button type="button" onClick={() => setPreview(null)} disabled={busy}>
              {t('formCancel')}
            </button>
          </p>
        </div>
      )}
      {applied && <Renames t={t} renames={applied.renames} connector={connector} onCopied={setMessage} />}
      {message && (
        <p class={`notice${message.bad ? ' bad' : ''}`} role={message.bad ? 'alert' : 'status'} data-testid="year-message">
          {message.text}
        </p>
      )}
    </section>
  );
}
