/**
 * A paste anywhere in the popup (not into a text field: that paste is the field's) that is an
 * invite link completes the draft waiting for it: one draft — at once; several — the teacher picks
 * the chat; none — Parta says where to start.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useChanges } from '../../components/changes';
import { Said, useSay } from '../../components/feedback';
import { useT } from '../../components/i18n';
import type { Connector } from '../../lib/connector/connector';
import { failureText } from '../../lib/i18n/errors';
import { newestFirst, type DraftRecord } from '../../lib/invites/drafts';
import { parseInvite } from '../../lib/invites/parse';
import { completeWithLink, rowKey } from './ChatStep';

const EDITABLE = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';

/** The paste's own target decides: a field keeps what is pasted into it. */
export function pastedIntoField(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest(EDITABLE) !== null;
}

export function PasteToDraft({ connector }: { connector: Connector }) {
  const t = useT();
  const say = useSay();
  const { bump } = useChanges();
  const [choice, setChoice] = useState<{ link: string; drafts: DraftRecord[] } | null>(null);
  const first = useRef<HTMLButtonElement>(null);

  const complete = async (draft: DraftRecord, link: string) => {
    setChoice(null);
    const saved = await completeWithLink(connector, draft, link, (text, bad) => say(rowKey('today', draft.id), text, bad), t);
    if (saved) bump();
  };

  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      if (!event.isTrusted || pastedIntoField(event.target)) return;
      const text = (event.clipboardData?.getData('text/plain') ?? '').trim();
      if (!text) return;
      event.preventDefault();
      const parsed = parseInvite(text);
      if (!parsed.ok) {
        say('paste', t('pasteNotInvite'), true);
        return;
      }
      void connector.drafts
        .list()
        .then((drafts) => {
          const waiting = newestFirst(drafts);
          if (waiting.length === 0) say('paste', t('pasteNoDraft'), true);
          else if (waiting.length === 1) void complete(waiting[0]!, parsed.url);
          else setChoice({ link: parsed.url, drafts: waiting });
        })
        .catch((error: unknown) => say('paste', failureText(t, error), true));
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, [connector, t]);

  useEffect(() => {
    if (choice) first.current?.focus();
  }, [choice]);

  return (
    <>
      <Said at="paste" />
      {choice && (
        <div class="notice paste-choice" role="group" aria-labelledby="paste-which" data-testid="paste-choice">
          <p id="paste-which">
            <strong>{t('pasteWhich')}</strong> <span class="muted">{choice.link}</span>
          </p>
          <p class="actions">
            {choice.drafts.map((draft, index) => (
              <button type="button" key={draft.id} ref={index === 0 ? first : undefined} onClick={() => void complete(draft, choice.link)}>
                {draft.className ? `${draft.className} · ` : ''}«{draft.chatTitle}»
              </button>
            ))}
            <button type="button" class="link" onClick={() => setChoice(null)}>
              {t('pasteCancel')}
            </button>
          </p>
        </div>
      )}
    </>
  );
}
