/**
 * Blocks still running, in the popup: each one's end and «Снять досрочно» with a reason (2.7).
 * A block whose end has come and a leaver still in a chat are tasks: they are on «Сегодня».
 */
import { BlockState } from '../../components/BlockState';
import { useChanges } from '../../components/changes';
import { Said, useSay } from '../../components/feedback';
import { useLoaded } from '../../components/use-loaded';
import type { Connector } from '../../lib/connector/connector';
import { useT } from '../../components/i18n';
import { activeBlocks } from '../../lib/moderation/records';
import type { Settings } from '../../lib/settings/index';

export function Duties({ connector, settings }: { connector: Connector; settings: Settings }) {
  const t = useT();
  const say = useSay();
  const { version, bump } = useChanges();
  const [log] = useLoaded(() => connector.moderation.load(), [connector, version]);
  if (!log) return null;
  const blocks = activeBlocks(log.blocks, connector.now()).sort((a, b) => a.until.localeCompare(b.until));
  if (blocks.length === 0) return null;
  return (
    <section aria-labelledby="duties-title" data-testid="duties">
      <div class="section-head">
        <h2 id="duties-title">{t('dutiesTitle')}</h2>
        <button type="button" class="link" onClick={() => connector.openPage('/moderation.html')}>
          {t('dutiesLog')}
        </button>
      </div>
      <Said at="duties" />
      {blocks.map((block) => (
        <BlockState
          key={block.id}
          connector={connector}
          settings={settings}
          block={block}
          reload={async () => bump()}
          setMessage={(message) => message && say('duties', message.text, message.bad)}
        />
      ))}
    </section>
  );
}
