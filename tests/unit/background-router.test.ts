/**
 * The background's routing and sender checks (issue 13): another extension, a message outside the
 * protocol, or page-only data sent by an extension page get no answer; the rest reach the handler.
 */
import { describe, expect, test, vi } from 'vitest';
import { routeMessage } from '../../lib/messaging/router';

const OWN = 'parta-extension-id';
const TAB = { id: 7, url: 'https://web.max.ru/-1' };

const capture = { type: 'invite/capture', url: 'https://max.ru/join/abc', chatTitle: '5А' };
const chats = { type: 'chats/seen', site: 'max', titles: ['Родители 5А'] };
const classes = { type: 'classes/seen', scope: 'all', classes: [{ key: '5А', name: '5А', own: true, subjects: [] }] };
const changed = { type: 'register/changed' };

function route(message: unknown, sender: { id?: string; tab?: unknown }) {
  const answer = vi.fn(async () => ({ ok: true }));
  const result = routeMessage(message, sender, OWN, answer);
  return { result, answer };
}

describe('background router', () => {
  test.each([capture, chats, classes])('%j from our content script on a tab is answered', async (message) => {
    const { result, answer } = route(message, { id: OWN, tab: TAB });
    await expect(result).resolves.toEqual({ ok: true });
    expect(answer).toHaveBeenCalledWith(message);
  });

  test('register/changed comes from our pages (no tab) and is answered', async () => {
    const { result } = route(changed, { id: OWN });
    await expect(result).resolves.toEqual({ ok: true });
  });

  test.each([capture, chats, classes])('%j from an extension page (no tab) is refused: only a page has such data', (message) => {
    const { result, answer } = route(message, { id: OWN });
    expect(result).toBeUndefined();
    expect(answer).not.toHaveBeenCalled();
  });

  test('another extension, or no sender id, gets nothing', () => {
    for (const sender of [{ id: 'other-extension', tab: TAB }, { tab: TAB }, {}]) {
      const { result, answer } = route(capture, sender);
      expect(result).toBeUndefined();
      expect(answer).not.toHaveBeenCalled();
    }
    expect(routeMessage(capture, { id: undefined }, undefined, vi.fn())).toBeUndefined();
  });

  test.each([
    null,
    'invite/capture',
    { type: 'invite/capture' },
    { ...capture, extra: 1 },
    { ...capture, url: 'x'.repeat(2001) },
    { type: 'erase/everything' },
    { ...classes, scope: 'everything' },
  ])('%j is not the protocol: no answer', (message) => {
    const { result, answer } = route(message, { id: OWN, tab: TAB });
    expect(result).toBeUndefined();
    expect(answer).not.toHaveBeenCalled();
  });
});
