/**
 * «Кто ещё не в чате» for one class (`?class=5А`): the teacher turns the check on (after reading what
 * is kept), gives the class list and each chat's member list (pasted), and sees per chat who is in,
 * who to check, who is missing — with a reminder to copy and «Сообщили» for each missing family —
 * and who is on no list. Every decision is lib/families'; this page wires it to the stores.
 */
import { useState } from 'preact/hooks';
import { CountChart } from '../../components/CountChart';
import { shortDate } from '../../components/Coverage';
import { siteName } from '../../components/BlockState';
import { HelpLink } from '../../components/HelpLink';
import { PrintHeader } from '../../components/PrintHeader';
import { TranslateContext, uiTranslator } from '../../components/i18n';
import { useLoaded } from '../../components/use-loaded';
import type { Connector } from '../../lib/connector/connector';
import { chatsOfClass, inviteLinkFor, memberListOf, pupilShownName, type ClassChat } from '../../lib/families/chats';
import { memberKey, pupilKey, readClassChat } from '../../lib/families/class-chat';
import type { PupilName } from '../../lib/families/match';
import { readClassListPaste, readMemberPaste, CLASS_LIST_MAX } from '../../lib/families/paste';
import { TOLD_HOW, type ClassListRecord, type MemberListRecord, type ToldHow } from '../../lib/families/records';
import { failureText } from '../../lib/i18n/errors';
import type { UiTranslate } from '../../lib/i18n/ui';
import type { InviteRecord } from '../../lib/invites/schema';
import type { ChatRecord } from '../../lib/classes/records';
import { weeklyCounts, type MemberCountRecord } from '../../lib/classes/count-history';
import { chatKey } from '../../lib/classes/chat-store';
import type { Settings } from '../../lib/settings/index';

interface Loaded {
  settings: Settings;
  memberCounts: MemberCountRecord[];
  language: 'ru' | 'en';
  record: ClassListRecord | null;
  memberLists: MemberListRecord[];
  chats: ChatRecord[];
  invites: InviteRecord[];
}

type Said = { at: string; text: string; bad?: boolean } | null;

/** How many weeks the chart of a chat's count shows. */
const CHART_WEEKS = 8;

export function Families({ connector, classKey }: { connector: Connector; classKey: string }) {
  const [said, setSaid] = useState<Said>(null);
  const [loaded, reload] = useLoaded<Loaded>(async () => {
    const [{ settings }, families, checklist, register] = await Promise.all([
      connector.loadSettings(),
      connector.families.load(),
      connector.checklist.load(),
      connector.register.list(),
    ]);
    return {
      settings,
      memberCounts: checklist.memberCounts ?? [],
      language: settings.language,
      record: families.classLists.find((record) => record.classKey === classKey) ?? null,
      memberLists: families.memberLists,
      chats: checklist.chats,
      invites: register.records,
    };
  }, [connector, classKey]);
  if (!loaded) return null;
  const t = uiTranslator(loaded.language);
  document.documentElement.lang = loaded.language;
  document.title = t('familiesTitle', { classKey });
  const act = (at: string, work: () => Promise<string | null>) =>
    work()
      .then(async (text) => {
        await reload();
        setSaid(text ? { at, text } : null);
      })
      .catch((error: unknown) => setSaid({ at, text: failureText(t, error), bad: true }));
  const { record } = loaded;

  return (
    <TranslateContext.Provider value={t}>
      <main class="report families" data-testid="families">
        <PrintHeader what={t('familiesTitle', { classKey })} settings={loaded.settings} now={connector.now()} />
        <h1>{t('familiesTitle', { classKey })}</h1>
        {!record ? (
          <section>
            <p data-testid="families-disclosure">{t('familiesDisclosure', { classKey })}</p>
            <p class="actions">
              <button
                type="button"
                class="primary"
                onClick={() => void act('on', async () => (await connector.families.turnOn(classKey, connector.now()), null))}
              >
                {t('familiesTurnOn', { classKey })}
              </button>
              <HelpLink connector={connector} topic="privacy" />
            </p>
            <SaidLine said={said} at="on" />
          </section>
        ) : (
          <>
            <ClassList t={t} record={record} said={said} save={(text) => act('list', () => saveList(connector, t, classKey, text))} />
            <Chats t={t} connector={connector} loaded={loaded} record={record} classKey={classKey} said={said} act={act} />
            <ToldLog t={t} record={record} language={loaded.language} />
            <p class="actions no-print">
              <button type="button" onClick={() => void act('off', async () => (await connector.families.turnOff(classKey), null))}>
                {t('familiesTurnOff')}
              </button>
            </p>
          </>
        )}
      </main>
    </TranslateContext.Provider>
  );
}

async function saveList(connector: Connector, t: UiTranslate, classKey: string, text: string): Promise<string> {
  const read = readClassListPaste(text);
  if (read.pupils.length === 0) return t('familiesListNothing');
  await connector.families.savePupils(classKey, read.pupils, connector.now());
  return [
    t('familiesListSaved', { count: read.pupils.length }),
    read.skipped.length > 0 ? t('familiesListSkipped', { lines: read.skipped.map((line) => `${line.line} («${line.text}»)`).join(', ') }) : '',
    read.cut > 0 ? t('familiesListCut', { max: CLASS_LIST_MAX, count: read.cut }) : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** «Сообщили» for the whole class, newest first: the teacher's record for the director, printable. */
function ToldLog({ t, record, language }: { t: UiTranslate; record: ClassListRecord; language: 'ru' | 'en' }) {
  if (record.told.length === 0) return null;
  const names = new Map(record.pupils.map((pupil) => [pupilKey(pupil), pupilShownName(pupil)]));
  return (
    <section aria-labelledby="families-told">
      <h2 id="families-told">{t('familiesToldLogTitle')}</h2>
      <table data-testid="families-told-log">
        <thead>
          <tr>
            <th scope="col">{t('familiesToldLogPupil')}</th>
            <th scope="col">{t('familiesToldLogChat')}</th>
            <th scope="col">{t('familiesToldHow')}</th>
            <th scope="col">{t('familiesToldLogDate')}</th>
          </tr>
        </thead>
        <tbody>
          {[...record.told].reverse().map((told, index) => (
            <tr key={index}>
              <td>{names.get(told.pupil) ?? told.pupil}</td>
              <td>{told.chat}</td>
              <td>{t(`familiesHow_${told.how}`)}</td>
              <td>{shortDate(told.at, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="actions no-print">
        <button type="button" onClick={() => window.print()}>
          {t('familiesPrint')}
        </button>
      </p>
    </section>
  );
}

/** A box the teacher pastes a list into, as wide as the page. */
function PasteBox({ id, rows, text, setText }: { id: string; rows: number; text: string; setText: (text: string) => void }) {
  return (
    <textarea
      id={id}
      rows={rows}
      style={{ width: '100%', boxSizing: 'border-box' }}
      value={text}
      onInput={(event) => setText((event.target as HTMLTextAreaElement).value)}
    />
  );
}

function SaidLine({ said, at }: { said: Said; at: string }) {
  if (!said || said.at !== at) return null;
  return (
    <p class={said.bad ? 'bad' : 'ok'} role={said.bad ? 'alert' : 'status'} data-testid="said" data-at={at}>
      {said.text}
    </p>
  );
}

function ClassList({ t, record, said, save }: { t: UiTranslate; record: ClassListRecord; said: Said; save: (text: string) => void }) {
  const [text, setText] = useState('');
  return (
    <section aria-labelledby="families-list">
      <h2 id="families-list">{t('familiesListTitle')}</h2>
      <p data-testid="families-list-count">{record.pupils.length > 0 ? t('familiesListCount', { count: record.pupils.length }) : t('familiesListEmpty')}</p>
      <label for="families-list-paste">{t('familiesListPaste')}</label>
      <PasteBox id="families-list-paste" rows={6} text={text} setText={setText} />
      <p class="actions">
        <button type="button" onClick={() => save(text)}>
          {t('familiesListSave')}
        </button>
      </p>
      <SaidLine said={said} at="list" />
    </section>
  );
}

/** What every chat's section works with. */
interface ChatsProps {
  t: UiTranslate;
  connector: Connector;
  loaded: Loaded;
  record: ClassListRecord;
  classKey: string;
  said: Said;
  act: (at: string, work: () => Promise<string | null>) => Promise<void>;
}

function Chats({ t, connector, loaded, record, classKey, said, act }: ChatsProps) {
  const chats = chatsOfClass(classKey, loaded.chats);
  if (chats.length === 0) return <p class="muted">{t('familiesNoChats', { classKey })}</p>;
  return (
    <>
      {chats.map((chat) => (
        <ChatCheck key={chatKey(chat.site, chat.title)} {...{ t, connector, loaded, record, classKey, chat, said, act }} />
      ))}
    </>
  );
}

function ChatCheck({ t, connector, loaded, record, classKey, chat, said, act }: ChatsProps & { chat: ClassChat }) {
  const [text, setText] = useState('');
  const [how, setHow] = useState<ToldHow>('journal');
  const at = `chat:${chat.site}:${chat.title}`;
  const list = memberListOf(loaded.memberLists, chat);
  const key = chatKey(chat.site, chat.title);
  const weeks = weeklyCounts(
    loaded.memberCounts.filter((count) => count.chat === key),
    connector.now(),
    CHART_WEEKS,
  );
  const audienceName = chat.audience === 'pupils' ? t('familiesAudiencePupils') : t('familiesAudienceParents');
  const reading = list && record.pupils.length > 0 ? readClassChat(record.pupils, list.members, chat.audience, record.decisions) : null;
  const count = (state: string) => reading?.pupils.filter((pupil) => pupil.state === state).length ?? 0;
  const pupilAt = (index: number) => record.pupils[index] as PupilName;
  const lastTold = (pupil: PupilName) => [...record.told].reverse().find((told) => told.pupil === pupilKey(pupil) && told.chat === chat.title);
  const reminder = (pupil: PupilName) => {
    const link = inviteLinkFor(chat.title, loaded.invites);
    const site = siteName(t, chat.site);
    const opening =
      chat.audience === 'pupils'
        ? t('familiesReminderPupils', { given: pupil.given, classKey, chat: chat.title, site })
        : t('familiesReminderParents', { name: pupilShownName(pupil), classKey, chat: chat.title, site });
    return `${opening} ${link ? t('familiesReminderLink', { link }) : t('familiesReminderNoLink')}`;
  };

  return (
    <section aria-labelledby={`${at}-title`} data-testid="families-chat" data-chat={chat.title} data-site={chat.site}>
      <h2 id={`${at}-title`}>{t('familiesChatTitle', { chat: chat.title, site: siteName(t, chat.site), audience: audienceName })}</h2>
      <CountChart t={t} chat={chat.title} language={loaded.language} weeks={weeks} />
      <p>{list ? t('familiesMembersCount', { count: list.members.length, date: shortDate(list.readAt, loaded.language) }) : t('familiesMembersNone')}</p>
      <label for={`${at}-paste`}>{t('familiesMembersPaste')}</label>
      <PasteBox id={`${at}-paste`} rows={4} text={text} setText={setText} />
      <p class="actions">
        <button
          type="button"
          onClick={() =>
            void act(at, async () => {
              const members = readMemberPaste(text);
              if (members.length === 0) return t('familiesMembersNothing');
              await connector.families.saveMembers(chat.site, chat.title, members, connector.now());
              setText('');
              return null;
            })
          }
        >
          {t('familiesMembersSave')}
        </button>
      </p>
      <SaidLine said={said} at={at} />
      {reading && list && (
        <>
          <p data-testid="families-summary">
            {t('familiesSummary', { found: count('in-chat'), total: record.pupils.length, missing: count('missing'), unsure: count('unsure') })}
          </p>
          <h3>{t('familiesMissingTitle')}</h3>
          {count('missing') === 0 ? (
            <p class="muted">{t('familiesMissingNone')}</p>
          ) : (
            <ul data-testid="families-missing">
              {reading.pupils
                .filter((pupil) => pupil.state === 'missing')
                .map(({ pupil: index }) => {
                  const pupil = pupilAt(index);
                  const told = lastTold(pupil);
                  const rowAt = `${at}:told:${pupilKey(pupil)}`;
                  return (
                    <li key={index} data-testid="families-missing-pupil">
                      <strong>{pupilShownName(pupil)}</strong>
                      {told && (
                        <span class="muted"> · {t('familiesToldLast', { how: t(`familiesHow_${told.how}`), date: shortDate(told.at, loaded.language) })}</span>
                      )}{' '}
                      <button type="button" onClick={() => void act(rowAt, async () => (await connector.copy(reminder(pupil)), t('familiesReminderCopied')))}>
                        {t('familiesCopyReminder')}
                      </button>{' '}
                      <select
                        value={how}
                        onChange={(event) => setHow((event.target as HTMLSelectElement).value as ToldHow)}
                        aria-label={`${t('familiesToldHow')}: ${pupilShownName(pupil)}`}
                      >
                        {TOLD_HOW.map((option) => (
                          <option key={option} value={option}>
                            {t(`familiesHow_${option}`)}
                          </option>
                        ))}
                      </select>{' '}
                      <button
                        type="button"
                        onClick={() =>
                          void act(rowAt, async () => {
                            const now = connector.now();
                            await connector.families.told(classKey, { pupil: pupilKey(pupil), chat: chat.title, how }, now);
                            return t('familiesToldSaved', { how: t(`familiesHow_${how}`), date: shortDate(now, loaded.language) });
                          })
                        }
                      >
                        {t('familiesTold')}
                      </button>
                      <SaidLine said={said} at={rowAt} />
                    </li>
                  );
                })}
            </ul>
          )}
          {count('unsure') > 0 && (
            <>
              <h3>{t('familiesUnsureTitle')}</h3>
              <ul data-testid="families-unsure">
                {reading.pupils
                  .filter((pupil) => pupil.state === 'unsure')
                  .flatMap(({ pupil: index, members }) =>
                    members.map((member) => {
                      const pupil = pupilAt(index);
                      const name = list.members[member] as string;
                      const who = t(chat.audience === 'pupils' ? 'familiesWhoPupil' : 'familiesWhoParent', { name: pupilShownName(pupil) });
                      const decision = (same: boolean) => ({ member: memberKey(name), pupil: pupilKey(pupil), same });
                      const decide = (same: boolean) =>
                        void act(at, async () => (await connector.families.decide(classKey, decision(same), connector.now()), null));
                      return (
                        <li key={`${index}:${member}`} data-testid="families-question">
                          {t('familiesUnsureQuestion', { member: name, who })}{' '}
                          <button type="button" onClick={() => decide(true)}>
                            {t('familiesYes')}
                          </button>{' '}
                          <button type="button" onClick={() => decide(false)}>
                            {t('familiesNo')}
                          </button>
                        </li>
                      );
                    }),
                  )}
              </ul>
            </>
          )}
          {reading.strangers.length > 0 && (
            <>
              <h3>{t('familiesStrangersTitle')}</h3>
              <ul data-testid="families-strangers">
                {reading.strangers.map((member) => (
                  <li key={member}>{list.members[member]}</li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
