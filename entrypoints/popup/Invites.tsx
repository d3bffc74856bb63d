/**
 * The invite register in the popup: grouped by class, filtered by status, class and text; one click
 * copies the link, another copies the ready message and marks the invitation sent. Sent
 * invitations older than the teacher's limit are flagged «аннулировать». The list is virtualised:
 * it stays quick with ten thousand records.
 */
import type { JSX } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useChanges } from '../../components/changes';
import { Said, useSay } from '../../components/feedback';
import { CaptureDraft, Poster } from './CaptureDraft';
import type { CaptureHandoff } from '../../lib/messaging/handoff';
import type { Connector } from '../../lib/connector/connector';
import type { InviteList } from '../../lib/invites/store';
import { useT } from '../../components/i18n';
import { failureText, registerCodeText } from '../../lib/i18n/errors';
import { VirtualList } from '../../components/VirtualList';
import { classKeys, groupInvites, type StatusFilter } from '../../lib/invites/group';
import { daysSince, isClosed, isStale, type InviteAction } from '../../lib/invites/lifecycle';
import { DEFAULT_INVITE_TEMPLATE, renderInviteMessage } from '../../lib/invites/message';
import { INVITE_STATUSES, type InviteRecord } from '../../lib/invites/schema';
import type { Settings } from '../../lib/settings/index';
import { InviteForm } from './InviteForm';

const FILTERS: StatusFilter[] = ['open', 'stale', 'all', ...INVITE_STATUSES, 'archived'];
const GROUP_HEIGHT = 34;
const INVITE_HEIGHT = 112;
const VIEWPORT = 380;

type Row =
  | { kind: 'group'; key: string; count: number; stale: number }
  | { kind: 'invite'; record: InviteRecord; stale: boolean };

type MenuAction = Exclude<InviteAction['type'], 'edit' | 'joined'> | 'joined-all' | 'joined-count' | 'delete';
/** What a row asks of the list once the teacher has confirmed it. */
type RowRequest = { kind: 'action'; action: InviteAction } | { kind: 'delete' };

const rowHeight = (row: Row) => (row.kind === 'group' ? GROUP_HEIGHT : INVITE_HEIGHT);
const rowKey = (row: Row) => (row.kind === 'group' ? `group:${row.key}` : row.record.id);

export interface InvitesProps {
  connector: Connector;
  settings: Settings;
  /** A link captured on a messenger page: open the form prefilled with it. */
  capture?: CaptureHandoff;
  /** The register, when the caller started reading it already. */
  initialList?: Promise<InviteList>;
}

export function Invites({ connector, settings, capture, initialList }: InvitesProps) {
  const t = useT();
  const [records, setRecords] = useState<InviteRecord[] | null>(null);
  const [damaged, setDamaged] = useState(0);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [filter, setFilter] = useState<StatusFilter>('open');
  const [classKey, setClassKey] = useState('');
  const [search, setSearch] = useState('');
  const [adding, setAdding] = useState(Boolean(capture));
  // A captured link first goes to a chat that waits for it (CaptureDraft); the form when none does.
  const [toDraft, setToDraft] = useState(Boolean(capture));
  const [now, setNow] = useState(() => connector.now());

  const { version, bump } = useChanges();
  const sayAnywhere = useSay();
  const say = (text: string, bad?: boolean) => sayAnywhere('invites', text, bad);
  const firstRead = useRef(initialList);
  useEffect(() => {
    // The first read may have started before this screen; a later change elsewhere reads again.
    const reading = firstRead.current ?? connector.register.list();
    firstRead.current = undefined;
    let current = true;
    reading
      .then((list) => {
        if (!current) return;
        setRecords(list.records);
        setDamaged(list.damaged);
      })
      .catch((error: unknown) => current && setLoadError(failureText(t, error)));
    return () => {
      current = false;
    };
  }, [connector, version]);

  useEffect(() => {
    // For `npm run bench`: the moment the first list is on screen.
    if (records) requestAnimationFrame(() => performance.mark('parta:invites-rendered'));
  }, [records === null]);

  const staleDays = settings.staleDays;
  const groups = useMemo(
    () => (records ? groupInvites(records, { filter, classKey, search, now, staleDays }) : []),
    [records, filter, classKey, search, now, staleDays],
  );
  const rows = useMemo(() => {
    const list: Row[] = [];
    for (const group of groups) {
      list.push({ kind: 'group', key: group.key, count: group.invites.length, stale: group.stale });
      // A group's stale invitations come first, `group.stale` of them: not asked again per row.
      group.invites.forEach((record, index) => list.push({ kind: 'invite', record, stale: index < group.stale }));
    }
    return list;
  }, [groups]);
  const staleTotal = useMemo(
    () => (records ? records.reduce((count, record) => count + Number(isStale(record, now, staleDays)), 0) : 0),
    [records, now, staleDays],
  );
  const allClasses = useMemo(() => (records ? classKeys(records) : []), [records]);

  const replace = (record: InviteRecord) =>
    setRecords((current) => (current ? current.map((stored) => (stored.id === record.id ? record : stored)) : current));

  const act = useCallback(
    async (record: InviteRecord, action: InviteAction) => {
      const at = connector.now();
      setNow(at);
      const result = await connector.register.act(record.id, action, at);
      if (result.ok) {
        replace(result.record);
        bump();
      } else if (result.error !== 'unchanged') say(registerCodeText(t, result.error), true);
      return result.ok;
    },
    [connector, t, bump],
  );

  const copyLink = async (record: InviteRecord) => {
    try {
      await connector.copy(record.url);
      say(t('invitesCopied'));
    } catch {
      say(t('invitesCopyFailed'), true);
    }
  };

  const copyMessage = async (record: InviteRecord) => {
    try {
      await connector.copy(renderInviteMessage(settings.inviteTemplate ?? DEFAULT_INVITE_TEMPLATE, record, settings.rules));
    } catch {
      say(t('invitesCopyFailed'), true);
      return;
    }
    if (await act(record, { type: 'send' })) say(t('invitesMessageCopied'));
  };

  const request = async (record: InviteRecord, asked: RowRequest) => {
    if (asked.kind === 'delete') {
      await connector.register.remove(record.id);
      setRecords((current) => (current ? current.filter((stored) => stored.id !== record.id) : current));
      bump();
      return;
    }
    await act(record, asked.action);
  };

  const saved = (record: InviteRecord) => {
    setRecords((current) => [...(current ?? []), record]);
    setAdding(false);
    setToDraft(false);
    say(t('invitesSaved'));
    bump();
    // Show the new invitation where it is: its class, whatever the filter was.
    setFilter('all');
    setClassKey('');
    setSearch('');
  };

  if (loadError) return <p class="notice bad" role="alert">{loadError}</p>;

  return (
    <section class="invites" aria-labelledby="invites-title">
      <div class="section-head">
        <h2 id="invites-title">{t('invitesTitle')}</h2>
        {!adding && (
          <button type="button" class="primary" onClick={() => setAdding(true)}>
            + {t('invitesAdd')}
          </button>
        )}
      </div>
      <Said at="invites" />
      {adding && toDraft && capture && <CaptureDraft connector={connector} capture={capture} onSaved={saved} onForm={() => setToDraft(false)} />}
      {adding && !toDraft && capture && <Poster capture={capture} />}
      {adding && !toDraft && (
        <InviteForm
          connector={connector}
          initialLink={capture?.link}
          suggestedChat={capture?.chat}
          classes={allClasses.filter(Boolean)}
          onSaved={saved}
          onCancel={() => setAdding(false)}
        />
      )}
      {staleTotal > 0 && filter !== 'stale' && (
        <div class="notice bad" data-testid="stale-banner">
          {t('invitesStaleBanner', { count: staleTotal, days: staleDays })}{' '}
          <button type="button" onClick={() => setFilter('stale')}>
            {t('invitesShowStale')}
          </button>
        </div>
      )}
      {damaged > 0 && <p class="notice bad">{t('invitesDamaged', { count: damaged })}</p>}
      {records && records.length > 0 && (
        <div class="toolbar">
          <label>
            {t('invitesFilter')}{' '}
            <select name="filter" value={filter} onChange={(event) => setFilter((event.target as HTMLSelectElement).value as StatusFilter)}>
              {FILTERS.map((value) => (
                <option key={value} value={value}>
                  {t(`filter_${value}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('invitesClass')}{' '}
            <select name="class" value={classKey} onChange={(event) => setClassKey((event.target as HTMLSelectElement).value)}>
              <option value="">{t('invitesAllClasses')}</option>
              {allClasses.filter(Boolean).map((key) => (
                <option key={key} value={key}>
                  {key}
                </option>
              ))}
            </select>
          </label>
          <input
            type="search"
            name="search"
            aria-label={t('invitesSearch')}
            placeholder={t('invitesSearch')}
            value={search}
            onInput={(event) => setSearch((event.target as HTMLInputElement).value)}
          />
        </div>
      )}
      {records && records.length === 0 && !adding && <p class="muted">{t('invitesEmpty')}</p>}
      {records && records.length > 0 && rows.length === 0 && <p class="muted">{t('invitesNothingFound')}</p>}
      {rows.length > 0 && (
        <VirtualList
          items={rows}
          height={rowHeight}
          itemKey={rowKey}
          viewport={VIEWPORT}
          label={t('invitesTitle')}
          render={(row) =>
            row.kind === 'group' ? (
              <h3 class="group-head">
                {row.key || t('invitesNoClass')} <span class="muted">· {t('invitesGroupCount', { count: row.count })}</span>
                {row.stale > 0 && <span class="chip bad">{t('invitesStale')}: {row.stale}</span>}
              </h3>
            ) : (
              <InviteRow record={row.record} stale={row.stale} now={now} onCopyLink={copyLink} onCopyMessage={copyMessage} onRequest={request} />
            )
          }
        />
      )}
    </section>
  );
}

interface InviteRowProps {
  record: InviteRecord;
  stale: boolean;
  now: number;
  onCopyLink: (record: InviteRecord) => void;
  onCopyMessage: (record: InviteRecord) => void;
  onRequest: (record: InviteRecord, request: RowRequest) => void;
}

function InviteRow({ record, stale, now, onCopyLink, onCopyMessage, onRequest }: InviteRowProps) {
  const t = useT();
  // Confirmations and the joined count are asked inline: Firefox's popups have no confirm()/prompt().
  const [mode, setMode] = useState<'normal' | 'delete' | 'joined' | 'sent'>('normal');
  const closed = isClosed(record.status);
  const title = record.chatTitle || t('invitesUntitled');
  const meta = [t(`purpose_${record.chatPurpose}`), t(`role_${record.role}`)];
  if (record.status === 'sent' && record.sentAt !== undefined) {
    const days = daysSince(record.sentAt, now);
    meta.push(days === 0 ? t('invitesSentToday') : t('invitesSentAgo', { days }));
  }
  if (record.joined === 'all') meta.push(t('invitesJoinedAll'));
  else if (record.joined > 0) meta.push(t('invitesJoined', { count: record.joined }));
  if (record.sentTo) meta.push(`→ ${record.sentTo}`);
  else if (record.recipients) meta.push(record.recipients);
  const choices: MenuAction[] = closed
    ? ['reopen', 'joined-count', 'delete']
    : ['send', 'joined-count', 'joined-all', 'done', 'annul', 'expire', 'delete'];
  const choiceLabel: Record<MenuAction, string> = {
    send: t('invitesActionSend'),
    'joined-count': t('invitesActionJoinedCount'),
    'joined-all': t('invitesActionJoinedAll'),
    done: t('invitesActionDone'),
    annul: t('invitesActionAnnul'),
    expire: t('invitesActionExpire'),
    reopen: t('invitesActionReopen'),
    delete: t('invitesActionDelete'),
  };
  return (
    <article class={`invite${stale ? ' stale' : ''}`} data-testid="invite" data-status={record.status} data-stale={stale ? 'true' : 'false'} aria-label={title}>
      <div class="invite-head">
        <strong class="ellipsis">{title}</strong>
        <span class={`chip status-${record.status}`}>{t(`status_${record.status}`)}</span>
        {stale && <span class="chip bad" data-testid="stale-flag">{t('invitesStale')}</span>}
      </div>
      <div class="muted ellipsis">{meta.join(' · ')}</div>
      <code class="ellipsis" title={record.url}>
        {record.url}
      </code>
      {mode === 'delete' && (
        <div class="invite-actions" role="group" aria-label={t('invitesConfirmDelete')}>
          <span class="bad ellipsis">{t('invitesConfirmDeleteShort')}</span>
          <button type="button" class="danger" autoFocus onClick={() => onRequest(record, { kind: 'delete' })}>
            {t('invitesDeleteYes')}
          </button>
          <button type="button" onClick={() => setMode('normal')}>
            {t('formCancel')}
          </button>
        </div>
      )}
      {mode === 'joined' && (
        <RowForm
          label={t('invitesJoinedCountLabel')}
          input={{ type: 'number', min: 0, max: 10000, step: 1, required: true, style: { width: '70px' } }}
          initial={typeof record.joined === 'number' ? String(record.joined) : ''}
          onCancel={() => setMode('normal')}
          onSave={(value) => {
            const count = Number(value);
            if (!Number.isInteger(count) || count < 0 || count > 10_000) return false;
            setMode('normal');
            onRequest(record, { kind: 'action', action: { type: 'joined', joined: count } });
            return true;
          }}
        />
      )}
      {mode === 'sent' && (
        <RowForm
          label={t('invitesSentToLabel')}
          input={{ type: 'text', maxLength: 200, placeholder: t('invitesSentToHint'), style: { width: '150px' } }}
          initial={record.sentTo ?? ''}
          onCancel={() => setMode('normal')}
          onSave={(value) => {
            setMode('normal');
            onRequest(record, { kind: 'action', action: { type: 'send', to: value } });
            return true;
          }}
        />
      )}
      {mode === 'normal' && (
        <div class="invite-actions">
          <button type="button" onClick={() => onCopyLink(record)}>
            {t('invitesCopyLink')}
          </button>
          <button type="button" disabled={closed} onClick={() => onCopyMessage(record)}>
            {t('invitesCopyMessage')}
          </button>
          <select
            aria-label={`${t('invitesAction')}: ${title}`}
            value=""
            onChange={(event) => {
              const select = event.target as HTMLSelectElement;
              const value = select.value as MenuAction;
              select.value = '';
              if (value === 'delete') setMode('delete');
              else if (value === 'send') setMode('sent');
              else if (value === 'joined-count') setMode('joined');
              else if (value === 'joined-all') onRequest(record, { kind: 'action', action: { type: 'joined', joined: 'all' } });
              else if (value) onRequest(record, { kind: 'action', action: { type: value } });
            }}
          >
            <option value="">{t('invitesActionChoose')}</option>
            {choices.map((choice) => (
              <option key={choice} value={choice}>
                {choiceLabel[choice]}
              </option>
            ))}
          </select>
        </div>
      )}
    </article>
  );
}

interface RowFormProps {
  label: string;
  input: JSX.InputHTMLAttributes<HTMLInputElement>;
  initial: string;
  /** Returns false to keep the form open (the value was not accepted). */
  onSave: (value: string) => boolean;
  onCancel: () => void;
}

/** One field asked inline in a row (Firefox popups have no prompt()). */
function RowForm({ label, input, initial, onSave, onCancel }: RowFormProps) {
  const t = useT();
  const [value, setValue] = useState(initial);
  return (
    <form
      class="invite-actions"
      onSubmit={(event) => {
        event.preventDefault();
        onSave(value);
      }}
    >
      <label class="inline">
        {label} <input {...input} autoFocus value={value} onInput={(event) => setValue((event.target as HTMLInputElement).value)} />
      </label>
      <button type="submit">{t('formSave')}</button>
      <button type="button" onClick={onCancel}>
        {t('formCancel')}
      </button>
    </form>
  );
}
