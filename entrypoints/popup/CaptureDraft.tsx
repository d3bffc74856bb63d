/**
 * «Запомнить приглашение» from the messenger, when a chat is waiting for its link: the drafts
 * whose class and audience the captured chat's title classifies to are offered first («5А
 * ученики» fits the draft «Ученики 5А»), one button each — one click saves the link for that
 * chat, nothing to retype. The title is page text: it only picks among the teacher's own drafts,
 * and the teacher's click confirms. Other waiting drafts, and the full form, stay one step away.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useChanges } from '../../components/changes';
import { Said, useSay } from '../../components/feedback';
import { useT } from '../../components/i18n';
import { useLoaded } from '../../components/use-loaded';
import type { Connector } from '../../lib/connector/connector';
import { draftsForChat, newestFirst, type DraftRecord } from '../../lib/invites/drafts';
import type { InviteRecord } from '../../lib/invites/schema';
import { completeWithLink } from './ChatStep';

export interface CaptureDraftProps {
  connector: Connector;
  capture: { link: string; chat: string };
  onSaved: (record: InviteRecord) => void;
  /** No draft waits, or the teacher wants the full form. */
  onForm: () => void;
}

export function CaptureDraft({ connector, capture, onSaved, onForm }: CaptureDraftProps) {
  const t = useT();
  const say = useSay();
  const { version } = useChanges();
  const [drafts] = useLoaded(() => connector.drafts.list(), [connector, version], () => onForm());
  const [others, setOthers] = useState(false);
  const first = useRef<HTMLButtonElement>(null);
  const waiting = drafts ? newestFirst(drafts) : [];
  const fitting = drafts ? newestFirst(draftsForChat(drafts, capture.chat)) : [];
  const shown = fitting.length > 0 && !others ? fitting : waiting;

  useEffect(() => {
    if (drafts && waiting.length === 0) onForm();
  }, [drafts]);
  useEffect(() => {
    first.current?.focus();
  }, [drafts, others]);

  if (!drafts || waiting.length === 0) return null;
  const take = async (draft: DraftRecord) => {
    const saved = await completeWithLink(connector, draft, capture.link, (text, bad) => say('capture', text, bad), t);
    if (saved) onSaved(saved);
  };
  return (
    <section class="notice capture-draft" aria-labelledby="capture-title" data-testid="capture-draft">
      <h2 id="capture-title">{fitting.length > 0 && !others ? t('captureForDraft') : t('captureWhichDraft')}</h2>
      <p class="muted">
        {t('captureLink')} <span class="link-text">{capture.link}</span>
        {capture.chat && (
          <>
            {' '}
            · {t('captureChat')} «{capture.chat}»
          </>
        )}
      </p>
      <p class="actions">
        {shown.map((draft, index) => (
          <button type="button" class={index === 0 ? 'primary' : undefined} key={draft.id} ref={index === 0 ? first : undefined} data-testid="capture-draft-choice" onClick={() => void take(draft)}>
            {t('captureSaveFor', { chat: draft.chatTitle, class: draft.className || t('todaySchool') })}
          </button>
        ))}
      </p>
      <Said at="capture" />
      <p class="actions">
        {fitting.length > 0 && !others && waiting.length > fitting.length && (
          <button type="button" class="link" onClick={() => setOthers(true)}>
            {t('captureOtherDraft')}
          </button>
        )}
        <button type="button" class="link" onClick={onForm}>
          {t('captureFullForm')}
        </button>
      </p>
    </section>
  );
}
