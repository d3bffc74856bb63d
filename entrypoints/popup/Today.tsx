/**
 * «Сегодня», the popup's first screen on any site: the teacher's open tasks across Parta's
 * features (lib/today/tasks.ts), most urgent first, each with its one action in place — lift a
 * block whose end has come, mark a leaver removed, annul a stale link, move classes up, and each
 * missing chat's next step, grouped by class. When nothing is open it says so plainly.
 */
import { useMemo, useState } from 'preact/hooks';
import { BlockState, siteName } from '../../components/BlockState';
import { useChanges } from '../../components/changes';
import { platformName, requirementLabel, uncheckedText } from '../../components/Coverage';
import { Said, useSay } from '../../components/feedback';
import { useT } from '../../components/i18n';
import type { Connector } from '../../lib/connector/connector';
import { failureText, registerCodeText } from '../../lib/i18n/errors';
import { daysSince } from '../../lib/invites/lifecycle';
import type { InviteRecord } from '../../lib/invites/schema';
import type { LeaverRecord } from '../../lib/moderation/records';
import type { Settings } from '../../lib/settings/index';
import { storedTeacherClasses, todayView, type TodayData, type TodayTask } from '../../lib/today/tasks';
import type { ChatsSummary } from '../../lib/today/chat-state';
import type { Platform } from '../../lib/classes/profiles';
import { ChatStep } from './ChatStep';
import { useTodayData } from './opening';

type ChatTask = Extract<TodayTask, { kind: 'chat' }>;
type LeaverTask = Extract<TodayTask, { kind: 'leaver' }>;

/** Old links to annul shown at once; «Ещё N» shows the rest. */
const ANNULS_SHOWN = 5;

export function Today({ connector, settings }: { connector: Connector; settings: Settings }) {
  const t = useT();
  const say = useSay();
  const { bump } = useChanges();
  const data = useTodayData(connector, (error) => say('today', failureText(t, error), true));
  const now = useMemo(() => connector.now(), [connector, data]);
  const view = useMemo(() => (data ? todayView(data, settings, now) : null), [data, settings, now]);
  const tasks = view?.tasks ?? null;
  const [allAnnuls, setAllAnnuls] = useState(false);
  if (!data || !view || !tasks) return null;

  // Old links come by the dozen after a busy September: the first few here, the rest one click away
  // (all are counted, as on the toolbar badge).
  const annuls = tasks.filter((task) => task.kind === 'annul');
  const annulPlace = new Map(annuls.map((task, index) => [task, index]));
  const annulsShown = allAnnuls ? annuls.length : ANNULS_SHOWN;

  const leavers = tasks.filter((task): task is LeaverTask => task.kind === 'leaver');
  const chats = tasks.filter((task): task is ChatTask => task.kind === 'chat');
  const byClass = new Map<string, ChatTask[]>();
  for (const task of chats) byClass.set(task.classKey ?? '', [...(byClass.get(task.classKey ?? '') ?? []), task]);

  return (
    <section class="today" aria-labelledby="today-title" data-testid="today" data-count={tasks.length}>
      <h2 id="today-title">
        {t('todayTitle')}
        {tasks.length > 0 && <span class="count"> · {t('todayCount', { count: tasks.length })}</span>}
      </h2>
      <Said at="today" />
      {tasks.length === 0 && <EmptyToday data={data} chats={view.chats} />}
      {tasks.map((task, index) =>
        // The leavers are one block, where the list puts its first one (after blocks to lift).
        task.kind === 'leaver' ? (
          index === tasks.findIndex((first) => first.kind === 'leaver') && <Leavers key="leavers" connector={connector} tasks={leavers} />
        ) : task.kind === 'unblock' ? (
          <BlockState
            key={task.block.id}
            connector={connector}
            settings={settings}
            block={task.block}
            reload={async () => bump()}
            setMessage={(message) => message && say('today', message.text, message.bad)}
          />
        ) : task.kind === 'annul' ? (
          (annulPlace.get(task) ?? 0) < annulsShown ? (
            <AnnulTask key={task.invite.id} connector={connector} invite={task.invite} filled={task.filled} now={now} />
          ) : (
            annulPlace.get(task) === annulsShown && (
              <p key="more-annuls" class="today-more" data-testid="today-more-annuls">
                <button type="button" onClick={() => setAllAnnuls(true)}>
                  {t('todayAnnulMore', { count: annuls.length - annulsShown })}
                </button>
              </p>
            )
          )
        ) : task.kind === 'subjects' ? (
          <SubjectsTask key="subjects" connector={connector} classKeys={task.classKeys} />
        ) : task.kind === 'check' ? (
          <CheckTask key="check" task={task} />
        ) : task.kind === 'families' ? (
          <p class="notice" key={`families:${task.classKey}`} data-testid="today-families">
            {t('familiesToday', { classKey: task.classKey, count: task.families })}{' '}
            <button type="button" onClick={() => connector.openPage(`/families.html?class=${encodeURIComponent(task.classKey)}`)}>
              {t('familiesTodayOpen', { classKey: task.classKey })}
            </button>
          </p>
        ) : task.kind === 'rollover' ? (
          <p class="notice" key="rollover" data-testid="year-due">
            {t('todayRolloverLine')}{' '}
            <button type="button" class="primary" onClick={() => connector.openPage('/options.html#school-year')}>
              {t('todayRolloverOpen')}
            </button>
          </p>
        ) : null,
      )}
      {[...byClass].map(([classKey, entries]) => (
        <section key={classKey} class="today-class" data-testid="today-class" data-class={classKey} aria-label={classKey || t('todaySchool')}>
          <h3>{classKey || t('todaySchool')}</h3>
          <ul class="plain">
            {entries.map((task) => {
              const label = `${requirementLabel(t, task.item)}${task.item.classKey ? `, ${task.item.classKey}` : ''}`;
              const where = task.item.missingOn.map((platform) => platformName(t, platform)).join(', ');
              return (
                <li key={`${task.item.requirement.id}:${task.item.subject ?? ''}`} class="today-task" data-testid="today-task" data-task-requirement={task.item.requirement.id} data-step={task.step.kind}>
                  <p class="task-line">
                    <span aria-hidden="true">{task.step.kind === 'create' ? '✗' : '→'}</span> <strong>{requirementLabel(t, task.item)}</strong>
                    {where && ` (${where})`}
                    {task.item.status === 'ok' && task.item.chat && ` «${task.item.chat}»`}: {t(`todayStep_${task.step.kind}`)}
                  </p>
                  <ChatStep connector={connector} settings={settings} item={task.item} step={task.step} onChanged={bump} label={label} place="today" sentAt="today" />
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </section>
  );
}

/**
 * No task left: «Всё в порядке» only when every required chat was seen; chats whose invitations
 * are out are waited for, by name.
 */
function EmptyToday({ data, chats }: { data: TodayData; chats: ChatsSummary }) {
  const t = useT();
  const classes = storedTeacherClasses(data.classes).map((entry) => entry.key);
  if (classes.length === 0) return <p class="muted" data-testid="today-empty">{t('todayNoClasses')}</p>;
  if (chats.waiting.length > 0) {
    return (
      <p class="muted" data-testid="today-waiting">
        {t('todayWaiting', { chats: chats.waiting.map((item) => `«${item.chat ?? item.suggestedTitle}»`).join(', ') })}
      </p>
    );
  }
  if (chats.required === 0) return <p class="muted" data-testid="today-empty">{t('checklistNothingRequired')}</p>;
  return (
    <p class="ok" data-testid="today-empty">
      ✓ {t('todayAllDone', { classes: classes.join(', ') })}
    </p>
  );
}

/**
 * A subject teacher's classes whose subjects Parta does not know: said, and typed in place («Алгебра,
 * Геометрия»), each class on its own line. Saved for the class, kept whatever a journal reads later.
 */
function SubjectsTask({ connector, classKeys }: { connector: Connector; classKeys: string[] }) {
  const t = useT();
  const say = useSay();
  const { bump } = useChanges();
  const [typed, setTyped] = useState<Record<string, string>>({});
  const save = async (event: Event, key: string) => {
    event.preventDefault();
    const subjects = (typed[key] ?? '').split(/[,;\n]/).map((subject) => subject.trim()).filter(Boolean);
    if (subjects.length === 0) {
      say(`subjects:${key}`, t('todaySubjectsEmpty'), true);
      return;
    }
    try {
      await connector.checklist.saveSubjects(key, subjects, connector.now());
      say('today', t('todaySubjectsSaved', { class: key, subjects: subjects.join(', ') }));
      bump();
    } catch (error) {
      say(`subjects:${key}`, failureText(t, error), true);
    }
  };
  return (
    <div class="notice" data-testid="today-subjects">
      <p>
        <strong>{t('todaySubjectsLine', { classes: classKeys.join(', ') })}</strong>
      </p>
      <p class="muted">{t('todaySubjectsHelp')}</p>
      {classKeys.map((key) => (
        <form key={key} class="link-field" onSubmit={(event) => void save(event, key)} data-testid="subjects-form" data-class={key}>
          <label>
            {t('todaySubjectsIn', { class: key })}{' '}
            <input type="text" maxLength={300} placeholder={t('todaySubjectsPlaceholder')} value={typed[key] ?? ''} onInput={(event) => setTyped({ ...typed, [key]: (event.target as HTMLInputElement).value })} />
          </label>{' '}
          <button type="submit">{t('todaySubjectsSave')}</button>
          <Said at={`subjects:${key}`} />
        </form>
      ))}
    </div>
  );
}

/** Where to open each messenger's chat list (the teacher's own click: Parta requests nothing). */
const MESSENGER_HOME: Record<Platform, string> = { max: 'https://web.max.ru/', vk: 'https://web.vk.me/' };

/** One task for every chat Parta cannot tell of: open the messenger, and it will see. */
function CheckTask({ task }: { task: Extract<TodayTask, { kind: 'check' }> }) {
  const t = useT();
  const classes = task.classKeys.filter((key): key is string => key !== null);
  const whose = [classes.length > 0 ? t('todayCheckClasses', { classes: classes.join(', ') }) : '', task.classKeys.includes(null) ? t('todayCheckSchool') : '']
    .filter(Boolean)
    .join(t('todayCheckPlatformsJoin'));
  return (
    <div class="notice" data-testid="today-check" data-platforms={task.platforms.map((entry) => entry.platform).join(' ')}>
      <p>
        <strong>{t('todayCheckLine', { platforms: task.platforms.map((entry) => platformName(t, entry.platform)).join(t('todayCheckPlatformsJoin')), classes: whose })}</strong>
      </p>
      {task.platforms.map(({ platform, why }) => (
        <p key={platform} class="muted">
          {uncheckedText(t, platform, why)}{' '}
          <a href={MESSENGER_HOME[platform]} target="_blank" rel="noreferrer">
            {t('todayCheckOpen', { platform: platformName(t, platform) })}
          </a>
        </p>
      ))}
      <p class="muted">{t('todayCheckNote')}</p>
    </div>
  );
}

function AnnulTask({ connector, invite, filled, now }: { connector: Connector; invite: InviteRecord; filled?: { joined: number; size: number }; now: number }) {
  const t = useT();
  const say = useSay();
  const { bump } = useChanges();
  const at = `annul:${invite.id}`;
  const annul = async () => {
    try {
      const result = await connector.register.act(invite.id, { type: 'annul' }, connector.now());
      if (!result.ok && result.error !== 'unchanged') {
        say(at, registerCodeText(t, result.error), true);
        return;
      }
      say('today', t('todayAnnulled', { chat: invite.chatTitle }));
      bump();
    } catch (error) {
      say(at, failureText(t, error), true);
    }
  };
  return (
    <div class="notice bad" data-testid="today-annul">
      <p>
        {filled
          ? t('todayAnnulFilled', { chat: invite.chatTitle, days: daysSince(invite.sentAt ?? invite.updatedAt, now), joined: filled.joined, size: filled.size })
          : t('todayAnnulLine', { chat: invite.chatTitle, days: daysSince(invite.sentAt ?? invite.updatedAt, now) })}
      </p>
      <p class="actions">
        <button type="button" aria-label={`${t('todayAnnulDone')}: ${invite.chatTitle}`} onClick={() => void annul()}>
          {t('todayAnnulDone')}
        </button>
      </p>
      <Said at={at} />
    </div>
  );
}

/** «ещё в чате»: the people who left, per class, until the teacher marks each removed. */
function Leavers({ connector, tasks }: { connector: Connector; tasks: LeaverTask[] }) {
  const t = useT();
  const say = useSay();
  const { bump } = useChanges();
  const byClass = new Map<string, LeaverTask[]>();
  for (const task of tasks) byClass.set(task.leaver.classKey ?? '', [...(byClass.get(task.leaver.classKey ?? '') ?? []), task]);
  const removed = async (leaver: LeaverRecord, site: string, chat: string) => {
    try {
      await connector.moderation.markRemoved(leaver.id, site, chat, connector.now());
      say('today', t('dutiesRemoved', { name: leaver.name, chat }));
      bump();
    } catch (error) {
      say('today', failureText(t, error), true);
    }
  };
  return (
    <>
      {[...byClass].map(([classKey, entries]) => (
        <div class="notice bad" key={classKey} data-testid="leavers-still" data-class={classKey}>
          <p>
            <strong>{classKey ? t('dutiesStillInClass', { class: classKey }) : t('dutiesStillNoClass')}</strong>
          </p>
          <ul class="plain">
            {entries.map(({ leaver, chat }) => (
              <li key={`${leaver.id}:${chat.site}:${chat.chat}`}>
                {t('dutiesStillLine', { name: leaver.name, chat: chat.chat, site: siteName(t, chat.site, true) })}{' '}
                <button type="button" aria-label={`${t('dutiesMarkRemoved')}: ${leaver.name}, «${chat.chat}»`} onClick={() => void removed(leaver, chat.site, chat.chat)}>
                  {t('dutiesMarkRemoved')}
                </button>
              </li>
            ))}
          </ul>
          {classKey && entries.some(({ leaver }) => leaver.kind === 'student') && <p class="muted">{t('dutiesParentsToo', { class: classKey })}</p>}
        </div>
      ))}
    </>
  );
}
