/**
 * The moderator's reminders in the popup: blocks whose end has come («Разблокировал(а)»),
 * blocks still running («Снять досрочно» with a reason), and people who left but were seen in a
 * class chat — «ещё в чате: …» per class until the teacher marks them removed. Nothing when there is
 * nothing to do.
 */
import { useState } from 'preact/hooks';
import { useLoaded } from '../../components/use-loaded';
import { BlockState, siteName, type Said } from '../../components/BlockState';
import type { Connector } from '../../lib/connector/connector';
import { failureText } from '../../lib/i18n/errors';
import { useT } from '../../components/i18n';
import { stillInChats, type LeaverRecord } from '../../lib/moderation/records';
import type { Settings } from '../../lib/settings/index';


export function Duties({ connector, settings }: { connector: Connector; settings: Settings }) {
  const t = useT();
  const [message, setMessage] = useState<Said | null>(null);
  const [log, reload] = useLoaded(() => connector.moderation.load(), [connector]);
  if (!log) return null;
  const blocks = log.blocks.filter((block) => block.endedAt === undefined).sort((a, b) => a.until.localeCompare(b.until));
  const still = stillInChats(log.leavers);
  if (blocks.length === 0 && still.length === 0 && !message) return null;
  // «ещё в чате» per class (staff and pupils without a class together, last).
  const byClass = new Map<string, { leaver: LeaverRecord; chat: LeaverRecord['seen'][number] }[]>();
  for (const entry of still) {
    const key = entry.leaver.classKey ?? '';
    byClass.set(key, [...(byClass.get(key) ?? []), entry]);
  }
  const removed = async (leaver: LeaverRecord, site: string, chat: string) => {
    try {
      await connector.moderation.markRemoved(leaver.id, site, chat, connector.now());
      setMessage({ text: t('dutiesRemoved', { name: leaver.name, chat }) });
      await reload();
    } catch (error) {
      setMessage({ text: failureText(t, error), bad: true });
    }
  };
  return (
    <section aria-labelledby="duties-title" data-testid="duties">
      <div class="section-head">
        <h2 id="duties-title">{t('dutiesTitle')}</h2>
        <button type="button" class="link" onClick={() => connector.openPage('/moderation.html')}>
          {t('dutiesLog')}
        </button>
      </div>
      {message && (
        <p class="toast" data-bad={message.bad ? '' : undefined} role={message.bad ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      {blocks.map((block) => (
        <BlockState key={block.id} connector={connector} settings={settings} block={block} reload={reload} setMessage={setMessage} />
      ))}
      {[...byClass].map(([classKey, entries]) => (
        <div class="notice bad" key={classKey} data-testid="leavers-still" data-class={classKey}>
          <p>
            <strong>{classKey ? t('dutiesStillInClass', { class: classKey }) : t('dutiesStillNoClass')}</strong>
          </p>
          <ul class="plain">
            {entries.map(({ leaver, chat }) => (
              <li key={`${leaver.id}:${chat.site}:${chat.chat}`}>
                {t('dutiesStillLine', { name: leaver.name, chat: chat.chat, site: siteName(t, chat.site, true) })}{' '}
                <button type="button" onClick={() => void removed(leaver, chat.site, chat.chat)}>
                  {t('dutiesMarkRemoved')}
                </button>
              </li>
            ))}
          </ul>
          {classKey && entries.some(({ leaver }) => leaver.kind === 'student') && <p class="muted">{t('dutiesParentsToo', { class: classKey })}</p>}
        </div>
      ))}
    </section>
  );
}
