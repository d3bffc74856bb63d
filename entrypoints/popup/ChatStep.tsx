/**
 * A required chat's next step, in place: «Создать чат» (copies the name, keeps a draft) → the
 * link field (a paste completes the draft into an invitation) → «Копировать сообщение» (link, for
 * whom, rules; marks it sent) → waiting for the chat to be seen → a reminder when few joined.
 * The same on «Сегодня» and on the checklist's row; what it says appears right beside it.
 */
import { useState } from 'preact/hooks';
import { Said, useSay } from '../../components/feedback';
import { useT } from '../../components/i18n';
import { shortDate, uncheckedText } from '../../components/Coverage';
import type { PlatformItem } from '../../lib/classes/coverage';
import type { Connector } from '../../lib/connector/connector';
import { failureText, registerCodeText } from '../../lib/i18n/errors';
import { duplicateText, rejectionText } from '../../lib/i18n/invite-text';
import { draftForRow, draftId, inviteFromDraft, type DraftRecord, type RowStep } from '../../lib/invites/drafts';
import { DEFAULT_INVITE_TEMPLATE, renderInviteMessage } from '../../lib/invites/message';
import { parseInvite } from '../../lib/invites/parse';
import type { InviteRecord } from '../../lib/invites/schema';
import type { Settings } from '../../lib/settings/index';

/** The chat's name for a new chat: the one it has on the other platform, else the suggested one. */
export function chatName(item: PlatformItem): string {
  return item.chat ?? item.suggestedTitle;
}

export function rowDraft(item: PlatformItem, now: number): DraftRecord {
  return draftForRow(
    { classKey: item.classKey, requirementId: item.requirement.id, audience: item.requirement.audience, subject: item.subject, title: chatName(item) },
    now,
  );
}

/** Where a row's feedback is shown: one key per screen part, class, requirement and subject. */
export function rowKey(place: StepPlace, draftId: string): string {
  return `${place}:${draftId}`;
}

/** The same row is on «Сегодня» and on the checklist: each says its own. */
export type StepPlace = 'today' | 'checklist';

export interface ChatStepProps {
  connector: Connector;
  settings: Settings;
  item: PlatformItem;
  step: RowStep;
  /** Something was written: the screen reads its data again. */
  onChanged: () => void;
  /** A name that says which chat the controls are for (screen readers hear it with each button). */
  label: string;
  place: StepPlace;
  /** Where «sent» is said when the row leaves the screen once sent (a task done on «Сегодня»). */
  sentAt?: string;
}

/** Saves the link for a draft (or, for a chat with no draft, for the row itself). Resolves whether it was kept. */
export async function completeWithLink(
  connector: Connector,
  draft: DraftRecord,
  link: string,
  say: (text: string, bad?: boolean) => void,
  t: ReturnType<typeof useT>,
): Promise<InviteRecord | null> {
  const made = inviteFromDraft(draft, link, connector.now(), connector.newId());
  if (!made.ok) {
    say(rejectionText(t, made.error), true);
    return null;
  }
  try {
    const result = await connector.drafts.complete(draft.id, made.record);
    if (!result.ok) {
      say(result.error === 'draft-gone' ? t('stepDraftGone', { title: draft.chatTitle }) : duplicateText(t, result.existing), true);
      return null;
    }
    say(t('stepLinkSaved', { title: draft.chatTitle }));
    return result.record;
  } catch (error) {
    say(failureText(t, error), true);
    return null;
  }
}

export function ChatStep({ connector, settings, item, step, onChanged, label, place, sentAt }: ChatStepProps) {
  const t = useT();
  const sayAnywhere = useSay();
  const at = rowKey(place, draftId({ classKey: item.classKey, requirementId: item.requirement.id, subject: item.subject }));
  const say = (text: string, bad?: boolean) => sayAnywhere(at, text, bad);
  const title = chatName(item);
  const platform = (item.missingOn[0] ?? item.uncheckedOn[0]?.platform) === 'vk' ? 'VK' : 'MAX';

  const copy = async (text: string): Promise<boolean> => {
    try {
      await connector.copy(text);
      return true;
    } catch {
      say(t('stepCopyFailed'), true);
      return false;
    }
  };

  const create = async () => {
    if (!(await copy(title))) return;
    try {
      await connector.drafts.save(rowDraft(item, connector.now()));
      say(t('stepCreated', { title, platform }));
      onChanged();
    } catch (error) {
      say(failureText(t, error), true);
    }
  };

  const send = async (invite: InviteRecord, reminder: boolean) => {
    if (!(await copy(renderInviteMessage(settings.inviteTemplate ?? DEFAULT_INVITE_TEMPLATE, invite, settings.rules)))) return;
    if (reminder) {
      say(t('stepReminded'));
      return;
    }
    try {
      const result = await connector.register.act(invite.id, { type: 'send' }, connector.now());
      if (!result.ok && result.error !== 'unchanged') {
        say(registerCodeText(t, result.error), true);
        return;
      }
      sayAnywhere(sentAt ?? at, t('stepSent', { whom: t(`whom_${invite.role}`) }));
      onChanged();
    } catch (error) {
      say(failureText(t, error), true);
    }
  };

  const forget = async (draft: DraftRecord) => {
    try {
      await connector.drafts.remove(draft.id);
      say(t('stepForgotten', { title: draft.chatTitle }));
      onChanged();
    } catch (error) {
      say(failureText(t, error), true);
    }
  };

  return (
    <div class="chat-step" data-testid="chat-step" data-step={step.kind}>
      {step.kind === 'check' && (
        <>
          <p class="muted" data-testid="step-check">
            {t('stepCheck', { why: item.uncheckedOn.map(({ platform, why }) => uncheckedText(t, platform, why)).join(' ') })}
          </p>
          <div class="invite-actions secondary">
            {/* The teacher may know better than Parta: the chat is not there. Not the first choice. */}
            <button type="button" data-testid="step-create" aria-label={`${t('stepCheckCreate')}: ${label}`} title={t('stepCreateHint', { title })} onClick={() => void create()}>
              {t('stepCheckCreate')}
            </button>
          </div>
        </>
      )}
      {step.kind === 'create' && (
        <div class="invite-actions">
          <button type="button" class="primary" data-testid="step-create" aria-label={`${t('stepCreate')}: ${label}`} title={t('stepCreateHint', { title })} onClick={() => void create()}>
            {t('stepCreate')}
          </button>
        </div>
      )}
      {step.kind === 'link' && (
        <>
          <LinkField
            label={t('stepLinkLabel', { title: step.draft.chatTitle })}
            onLink={async (link) => {
              const saved = await completeWithLink(connector, step.draft, link, say, t);
              if (saved) onChanged();
              return saved !== null;
            }}
          />
          <div class="invite-actions">
            <button type="button" aria-label={`${t('stepCopyTitleAgain')}: ${label}`} onClick={() => void copy(step.draft.chatTitle).then((done) => done && say(t('stepTitleCopied', { title: step.draft.chatTitle })))}>
              {t('stepCopyTitleAgain')}
            </button>
            <button type="button" aria-label={`${t('stepForget')}: ${label}`} onClick={() => void forget(step.draft)}>
              {t('stepForget')}
            </button>
          </div>
        </>
      )}
      {step.kind === 'send' && (
        <div class="invite-actions">
          <button type="button" class="primary" data-testid="step-send" aria-label={`${t('stepSend')}: ${label}`} title={t('stepSendHint')} onClick={() => void send(step.invite, false)}>
            {t('stepSend')}
          </button>
        </div>
      )}
      {step.kind === 'wait' && (
        <div class="invite-actions">
          <span class="muted" data-testid="step-wait">
            {t('stepWait', { date: shortDate(step.invite.sentAt ?? step.invite.updatedAt, settings.language) })}
          </span>
          <button type="button" aria-label={`${t('stepSendAgain')}: ${label}`} onClick={() => void send(step.invite, true)}>
            {t('stepSendAgain')}
          </button>
        </div>
      )}
      {step.kind === 'remind' &&
        (step.invite ? (
          <div class="invite-actions">
            <button type="button" data-testid="step-remind" aria-label={`${t('stepRemind')}: ${label}`} onClick={() => void send(step.invite!, true)}>
              {t('stepSend')}
            </button>
            <span class="muted">{t('stepRemind')}</span>
          </div>
        ) : (
          <LinkField
            label={t('stepRemindNoLink')}
            onLink={async (link) => {
              const saved = await completeWithLink(connector, rowDraft(item, connector.now()), link, say, t);
              if (saved) onChanged();
              return saved !== null;
            }}
          />
        ))}
      <Said at={at} />
    </div>
  );
}

/** One field for an invite link: a valid link is taken the moment it is pasted or typed in full. */
function LinkField({ label, onLink }: { label: string; onLink: (link: string) => Promise<boolean> }) {
  const t = useT();
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  const take = async (text: string) => {
    if (busy || !parseInvite(text).ok) return;
    setBusy(true);
    const kept = await onLink(text.trim());
    setBusy(false);
    if (kept) setValue('');
  };
  return (
    <form
      class="link-field"
      onSubmit={(event) => {
        event.preventDefault();
        if (!parseInvite(value).ok) void onLink(value);
        else void take(value);
      }}
    >
      <label>
        {label}{' '}
        <input
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          data-testid="step-link"
          placeholder={t('stepLinkPlaceholder')}
          value={value}
          disabled={busy}
          onInput={(event) => {
            const text = (event.target as HTMLInputElement).value;
            setValue(text);
            void take(text);
          }}
        />
      </label>
    </form>
  );
}
