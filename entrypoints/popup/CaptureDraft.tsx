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
import type { CaptureHandoff } from '../../lib/messaging/handoff';
import { completeWithLink } from './ChatStep';

export interface CaptureDraftProps {
  connector: Connector;
  capture: CaptureHandoff;
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
  const heading = useRef<HTMLHeadingElement>(null);
  const waiting = drafts ? newestFirst(drafts) : [];
  const fitting = drafts ? newestFirst(draftsForChat(drafts, capture.chat)) : [];
  const shown = fitting.length > 0 && !others ? fitting : waiting;

  useEffect(() => {
    if (drafts && waiting.length === 0) onForm();
  }, [drafts]);
  // The heading takes the focus, never a button: one Enter must not make a link the class's official one.
  useEffect(() => {
    heading.current?.focus();
  }, [drafts, others]);

  if (!drafts || waiting.length === 0) return null;
  const take = async (draft: DraftRecord) => {
    const saved = await completeWithLink(connector, draft, capture.link, (text, bad) => say('capture', text, bad), t);
    if (saved) onSaved(saved);
  };
  return (
    <section class="notice capture-draft" aria-labelledby="capture-title" data-testid="capture-draft">
      <h2 id="capture-title" tabIndex={-1} ref={heading}>
        {fitting.length > 0 && !others ? t('captureForDraft') : t('captureWhichDraft')}
      </h2>
      <p class="muted">
        {t('captureLink')} <span class="link-text">{capture.link}</span>
        {capture.chat && (
          <>
            {' '}
            · {t('captureChat')} «{capture.chat}»
          </>
        )}
      </p>
      <Poster capture={capture} />
      <p class="actions">
        {shown.map((draft, index) => (
          <button type="button" class={index === 0 && capture.own ? 'primary' : undefined} key={draft.id} data-testid="capture-draft-choice" onClick={() => void take(draft)}>
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

/**
 * Who posted the captured link: the teacher, or a member — then asked plainly, since an invitation
 * a member posts may lead anywhere and only the teacher's (or the chat admin's) is the class's.
 */
export function Poster({ capture }: { capture: CaptureHandoff }) {
  const t = useT();
  if (capture.own) return <p class="muted" data-testid="capture-poster">{t('capturePosterYou')}</p>;
  return (
    <p class="notice bad" data-testid="capture-poster">
      {capture.poster ? t('capturePosterOther', { poster: capture.poster }) : t('capturePosterUnknown')} {t('capturePosterAsk')}
    </p>
  );
}
