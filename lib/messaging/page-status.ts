/**
 * A messenger page's status as the popup shows it, from the two content scripts' answers: the
 * capture script reads the page's parts (health, the open chat), the warnings' script counts its
 * marks. Either may be silent (failed, not yet started, switched off by an error): what it would
 * have said is then named as stopped, never filled in with a guess.
 */
import type { MessengerPage, PageStatus, PageWarnings } from './protocol';
import type { Health, HealthFeature } from '../sites/types';

export function pageStatusOf(page: MessengerPage | null, warnings: PageWarnings | null): PageStatus | null {
  if (!page && !warnings) return null;
  const silent: HealthFeature[] = [...(warnings ? [] : ['links' as const]), ...(page ? [] : ['chat-tools' as const])];
  const health: Health = page
    ? { ...page.health }
    : { site: warnings!.site, recognised: false, messages: 0, chatList: 0, composer: false, chatOpen: false, chatTitle: false, stopped: [], fallback: false };
  const stopped = [...health.stopped, ...silent.filter((feature) => !health.stopped.includes(feature))];
  return {
    health: {
      ...health,
      stopped,
      recognised: health.recognised && stopped.length === 0,
      fallback: warnings ? warnings.fallback : health.fallback,
    },
    warnings: warnings ? warnings.warnings : null,
    ...(page?.openChat ? { openChat: page.openChat } : {}),
  };
}

/**
 * What the popup says of the page: every part found; some found and some stopped (named, in the
 * teacher's words); or nothing recognised (the fallback reads all text). A silent script is a
 * part that stopped, even when the other found nothing.
 */
export function healthVerdict(health: Health): 'recognised' | 'partly' | 'not-recognised' {
  if (health.recognised) return 'recognised';
  const found = health.messages > 0 || health.chatList > 0 || health.composer;
  const silent = health.stopped.includes('links') || health.stopped.includes('chat-tools');
  return health.stopped.length > 0 && (found || silent) ? 'partly' : 'not-recognised';
}
