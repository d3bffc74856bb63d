/**
 * The popup's view of a messenger page from its two scripts' answers: what one of them would have
 * said is never filled in when it is silent — it is named as stopped.
 */
import { describe, expect, test } from 'vitest';
import { healthVerdict, pageStatusOf } from '../../../lib/messaging/page-status';
import type { Health } from '../../../lib/sites/types';

const healthy: Health = { site: 'max', recognised: true, messages: 12, chatList: 30, composer: true, chatOpen: true, chatTitle: true, stopped: [], fallback: false };
const page = { kind: 'messenger' as const, health: healthy, openChat: { title: 'Родители 5А', members: 18 } };

describe('pageStatusOf', () => {
  test('both answered: the parts from one, the count and the fallback from the other', () => {
    expect(pageStatusOf(page, { site: 'max', warnings: 3, fallback: false })).toEqual({ health: healthy, warnings: 3, openChat: page.openChat });
    expect(healthVerdict(pageStatusOf(page, { site: 'max', warnings: 0, fallback: false })!.health)).toBe('recognised');
  });

  test('the warnings\' script silent: no count is said, link checking is named as stopped', () => {
    const status = pageStatusOf(page, null)!;
    expect(status.warnings).toBeNull();
    expect(status.health.stopped).toEqual(['links']);
    expect(healthVerdict(status.health)).toBe('partly');
  });

  test('the capture script silent: the chat tools are named as stopped, the count still said', () => {
    const status = pageStatusOf(null, { site: 'vk', warnings: 2, fallback: false })!;
    expect(status).toMatchObject({ warnings: 2, health: { site: 'vk', recognised: false, stopped: ['chat-tools'] } });
    expect(healthVerdict(status.health)).toBe('partly');
    expect(pageStatusOf(null, null)).toBeNull();
  });

  test('a page where the adapter finds nothing is «не распознана», not «частично»', () => {
    const nothing: Health = { ...healthy, recognised: false, messages: 0, chatList: 0, composer: false, chatOpen: false, chatTitle: false, stopped: ['chat-list'], fallback: true };
    expect(healthVerdict(pageStatusOf({ kind: 'messenger', health: nothing }, { site: 'max', warnings: 1, fallback: true })!.health)).toBe('not-recognised');
  });
});
