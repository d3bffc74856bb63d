/**
 * Adding an invitation: paste a link (or arrive prefilled from the messenger page), say for which
 * class, chat and role. The link is checked as it is typed; nothing is saved until it is valid and
 * new to the register.
 */
import { failureText } from '../../lib/i18n/errors';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Connector } from '../../lib/connector/connector';
import { useT } from '../../components/i18n';
import { duplicateText, rejectionText } from '../../lib/i18n/invite-text';
import { classifyChat, classKey } from '../../lib/classes/index';
import { createInvite } from '../../lib/invites/lifecycle';
import { parseInvite } from '../../lib/invites/parse';
import { CHAT_PURPOSES, INVITEE_ROLES, ROLE_FOR_PURPOSE, type ChatPurpose, type InviteInput, type InviteRecord, type InviteeRole } from '../../lib/invites/schema';

/** A guess from the chat title, so a captured link needs fewer clicks; the teacher can change it. */
export function guessPurpose(title: string): ChatPurpose {
  return classifyChat(title).audience;
}

/** «Родители 5А» → «5А»: the class in a chat title, when it names one. */
export function guessClass(title: string): string {
  return classKey(title) ?? '';
}

export interface InviteFormProps {
  connector: Connector;
  initialLink?: string;
  /**
   * The chat title the messenger page showed. Page text, so never taken unseen: the teacher sees
   * it and takes it (with the class and chat kind guessed from it) with a click.
   */
  suggestedChat?: string;
  classes: string[];
  onSaved: (record: InviteRecord) => void;
  onCancel: () => void;
}

export function InviteForm({ connector, initialLink = '', suggestedChat = '', classes, onSaved, onCancel }: InviteFormProps) {
  const t = useT();
  const [draft, setDraft] = useState<InviteInput>({
    link: initialLink,
    className: '',
    chatTitle: '',
    chatPurpose: 'other',
    role: ROLE_FOR_PURPOSE.other,
    recipients: '',
  });
  const [suggestion, setSuggestion] = useState(suggestedChat.trim());
  const [error, setError] = useState<string | null>(null);
  const [touched, setTouched] = useState(Boolean(initialLink));
  const [saving, setSaving] = useState(false);
  // Fields the teacher set by hand are never overwritten by guesses from the chat title.
  const [chosen, setChosen] = useState<{ purpose: boolean; className: boolean }>({ purpose: false, className: false });
  const linkInput = useRef<HTMLInputElement>(null);
  const classInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    (initialLink ? classInput : linkInput).current?.focus();
  }, [initialLink]);

  const parsed = parseInvite(draft.link);
  const linkError = touched && !parsed.ok ? rejectionText(t, parsed) : null;
  const set = <K extends keyof InviteInput>(key: K, value: InviteInput[K]) => {
    if (key === 'chatPurpose') setChosen((current) => ({ ...current, purpose: true }));
    if (key === 'className') setChosen((current) => ({ ...current, className: true }));
    setDraft((current) => {
      const next = { ...current, [key]: value };
      if (key === 'chatTitle') {
        if (!chosen.purpose) next.chatPurpose = guessPurpose(value as string);
        if (!chosen.className && !current.className) next.className = guessClass(value as string);
      }
      if (key === 'chatPurpose' || key === 'chatTitle') next.role = ROLE_FOR_PURPOSE[next.chatPurpose];
      return next;
    });
    setError(null);
  };

  const takeSuggestion = () => {
    set('chatTitle', suggestion);
    setSuggestion('');
  };

  const save = async (event: Event) => {
    event.preventDefault();
    setTouched(true);
    const created = createInvite(draft, connector.now(), connector.newId());
    if (!created.ok) {
      linkInput.current?.focus();
      return;
    }
    setSaving(true);
    try {
      const result = await connector.register.add(created.record);
      if (result.ok) onSaved(result.record);
      else setError(duplicateText(t, result.existing));
    } catch (failure) {
      setError(failureText(t, failure));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form class="invite-form" onSubmit={save} aria-labelledby="invite-form-title" data-testid="invite-form">
      <h2 id="invite-form-title">{t('formTitle')}</h2>
      {initialLink && <p class="muted">{t('formCaptured')}</p>}
      {suggestion && (
        <p class="notice" data-testid="suggested-chat">
          {t('formSuggestedChat')} <q>{suggestion}</q>{' '}
          <button type="button" onClick={takeSuggestion}>
            {t('formUseSuggested')}
          </button>
        </p>
      )}
      <label for="invite-link">{t('formLink')}</label>
      <input
        id="invite-link"
        ref={linkInput}
        name="link"
        type="text"
        inputMode="url"
        autoComplete="off"
        spellcheck={false}
        value={draft.link}
        aria-invalid={linkError ? 'true' : 'false'}
        aria-describedby="invite-link-help"
        onInput={(event) => set('link', (event.target as HTMLInputElement).value)}
        onBlur={() => setTouched(Boolean(draft.link))}
      />
      <small id="invite-link-help" class={linkError ? 'bad' : 'muted'} role={linkError ? 'alert' : undefined}>
        {linkError ?? t('formLinkHelp')}
      </small>
      <div class="form-row">
        <span>
          <label for="invite-class">{t('formClass')}</label>
          <input
            id="invite-class"
            ref={classInput}
            name="className"
            list="invite-classes"
            maxLength={40}
            placeholder={t('formClassHelp')}
            value={draft.className}
            onInput={(event) => set('className', (event.target as HTMLInputElement).value)}
          />
          <datalist id="invite-classes">
            {classes.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
        </span>
        <span>
          <label for="invite-chat">{t('formChat')}</label>
          <input
            id="invite-chat"
            name="chatTitle"
            maxLength={200}
            value={draft.chatTitle}
            onInput={(event) => set('chatTitle', (event.target as HTMLInputElement).value)}
          />
        </span>
      </div>
      <div class="form-row">
        <span>
          <label for="invite-purpose">{t('formPurpose')}</label>
          <select id="invite-purpose" name="chatPurpose" value={draft.chatPurpose} onChange={(event) => set('chatPurpose', (event.target as HTMLSelectElement).value as ChatPurpose)}>
            {CHAT_PURPOSES.map((purpose) => (
              <option key={purpose} value={purpose}>
                {t(`purpose_${purpose}`)}
              </option>
            ))}
          </select>
        </span>
        <span>
          <label for="invite-role">{t('formRole')}</label>
          <select id="invite-role" name="role" value={draft.role} onChange={(event) => set('role', (event.target as HTMLSelectElement).value as InviteeRole)}>
            {INVITEE_ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`role_${role}`)}
              </option>
            ))}
          </select>
        </span>
      </div>
      <label for="invite-recipients">{t('formRecipients')}</label>
      <input
        id="invite-recipients"
        name="recipients"
        maxLength={500}
        value={draft.recipients}
        onInput={(event) => set('recipients', (event.target as HTMLInputElement).value)}
      />
      {error && (
        <p class="notice bad" role="alert" data-testid="form-error">
          {error}
        </p>
      )}
      <p class="actions">
        <button type="submit" class="primary" disabled={saving}>
          {t('formSave')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('formCancel')}
        </button>
      </p>
    </form>
  );
}
