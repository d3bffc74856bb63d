/**
 * «Добавить адрес журнала»: a teacher whose e-journal Parta does not list types its address; Parta
 * asks the browser for that one origin (on this click, not at install), then reads classes there.
 * Each added address can be removed, which gives the permission back.
 */
import { useState } from 'preact/hooks';
import { useLoaded } from '../../components/use-loaded';
import type { Connector } from '../../lib/connector/connector';
import { journalAddressFailureText } from '../../lib/i18n/errors';
import type { UiTranslate } from '../../lib/i18n/ui';
import type { UiKey } from '../../lib/i18n/ui';
import { CUSTOM_JOURNAL_KINDS, MAX_CUSTOM_JOURNALS, parseJournalAddress, type AddressProblem, type CustomJournalKind } from '../../lib/journals/custom-journals';

const PROBLEM_TEXT: Record<AddressProblem, UiKey> = {
  empty: 'journalAddressEmpty',
  'not-an-address': 'journalAddressInvalid',
  'not-https': 'journalAddressNotHttps',
  'not-a-host': 'journalAddressNotAHost',
  local: 'journalAddressLocal',
  known: 'journalAddressKnown',
  messenger: 'journalAddressMessenger',
};

type Message = { text: string; bad?: boolean };

export function JournalAddresses({ connector, t, offered = [] }: { connector: Connector; t: UiTranslate; offered?: readonly { origin: string; family: CustomJournalKind }[] }) {
  const [address, setAddress] = useState('');
  const [kind, setKind] = useState<CustomJournalKind>('other');
  const [message, setMessage] = useState<Message | null>(null);

  const [listed, reload] = useLoaded(() => connector.journals.list(), [connector], () => setMessage({ text: t('journalAddressFailed'), bad: true }));
  const journals = listed ?? [];
  // Grants left behind (an address removed or refused elsewhere): each can be given back here.
  const [strayList, reloadStrays] = useLoaded(() => connector.journals.strays(), [connector, listed], () => undefined);
  const strays = strayList ?? [];

  /**
   * Asks the browser for the address and keeps it (typed here, or named by the school's policy: no
   * policy can grant a site). No await before the call: the browser asks only during the click.
   */
  const allow = (origin: string, family: CustomJournalKind, done?: () => void) => {
    connector.journals
      .add(origin, family, connector.now())
      .then((granted) => {
        if (!granted) {
          setMessage({ text: t('journalAddressDenied', { origin }), bad: true });
          return;
        }
        done?.();
        setMessage({ text: t('journalAddressAdded', { origin }) });
        void reload();
      })
      .catch((error: unknown) => setMessage({ text: journalAddressFailureText(t, error), bad: true }));
  };

  const add = (event: Event) => {
    event.preventDefault();
    const parsed = parseJournalAddress(address);
    if (!parsed.ok) {
      setMessage({ text: t(PROBLEM_TEXT[parsed.problem]), bad: true });
      return;
    }
    if (journals.length >= MAX_CUSTOM_JOURNALS) {
      setMessage({ text: t('journalAddressTooMany', { count: MAX_CUSTOM_JOURNALS }), bad: true });
      return;
    }
    allow(parsed.origin, kind, () => setAddress(''));
  };


  const waiting = offered.filter((entry) => !journals.some((journal) => journal.origin === entry.origin && journal.granted));

  const remove = (origin: string) => {
    connector.journals
      .remove(origin)
      .then(() => {
        setMessage({ text: t('journalAddressRemoved', { origin }) });
        void reload();
        void reloadStrays();
      })
      .catch(() => setMessage({ text: t('journalAddressFailed'), bad: true }));
  };

  return (
    <section id="journals" aria-labelledby="journal-addresses-title" data-testid="journal-addresses">
      <h2 id="journal-addresses-title">{t('journalAddressTitle')}</h2>
      <p class="muted">{t('journalAddressHelp')}</p>
      {waiting.length > 0 && (
        <ul class="plain notice" data-testid="journal-offered">
          {waiting.map((entry) => (
            <li key={entry.origin}>
              {t('journalOffered', { origin: entry.origin })}{' '}
              <button type="button" class="primary" onClick={() => allow(entry.origin, entry.family)}>
                {t('journalOfferedAllow', { origin: entry.origin })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add}>
        <label for="journal-address">{t('journalAddressLabel')}</label>
        <input
          id="journal-address"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          placeholder="https://…"
          value={address}
          onInput={(event) => setAddress((event.target as HTMLInputElement).value)}
        />
        <label for="journal-kind">{t('journalAddressKind')}</label>
        <select id="journal-kind" value={kind} onChange={(event) => setKind((event.target as HTMLSelectElement).value as CustomJournalKind)}>
          {CUSTOM_JOURNAL_KINDS.map((option) => (
            <option key={option} value={option}>
              {t(`journalKind_${option}`)}
            </option>
          ))}
        </select>
        <p>
          <button type="submit">{t('journalAddressAdd')}</button>
        </p>
      </form>
      {message && (
        <p class={message.bad ? 'notice bad' : 'notice ok'} role={message.bad ? 'alert' : 'status'} data-testid="journal-address-message">
          {message.text}
        </p>
      )}
      {strays.length > 0 && (
        <ul class="plain notice" data-testid="journal-address-strays">
          {strays.map((origin) => (
            <li key={origin} data-origin={origin}>
              {t('journalAddressStray', { origin })}{' '}
              <button type="button" onClick={() => remove(origin)} aria-label={t('journalAddressRemoveLabel', { origin })}>
                {t('journalAddressRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {journals.length > 0 && (
        <ul data-testid="journal-address-list">
          {journals.map((journal) => (
            <li key={journal.origin} data-origin={journal.origin}>
              <code>{journal.origin}</code> — {t(`journalKind_${journal.kind}`)}
              {!journal.granted && <span class="bad"> ({t('journalAddressNoAccess')})</span>}{' '}
              <button type="button" onClick={() => remove(journal.origin)} aria-label={t('journalAddressRemoveLabel', { origin: journal.origin })}>
                {t('journalAddressRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
