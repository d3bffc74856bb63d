/**
 * The background's routing and sender checks: another extension, a message outside the protocol,
 * or page-only data sent by an extension page get no answer; the rest reach their own type's
 * handler, and only that one.
 */
import { describe, expect, test, vi, type Mock } from 'vitest';
import { TO_BACKGROUND_REPLIES, type RequestType } from '../../../lib/messaging/protocol';
import { routeMessage, type Handlers, type PageKind } from '../../../lib/messaging/router';

const OWN = 'parta-extension-id';
const TAB = { id: 7, url: 'https://web.max.ru/-1' };
const MESSENGER = 'https://web.max.ru/-1';
const JOURNAL = 'https://school.mos.ru/teacher/study-process/journal/my';
/** The background's reading of a page address (here: these two, and nothing else). */
const pageKind = (url: string): PageKind | null => (url === MESSENGER ? 'messenger' : url === JOURNAL ? 'journal' : null);

const capture = { type: 'invite/capture', url: 'https://max.ru/join/abc', chatTitle: '5А', poster: null, own: true };
const chats = { type: 'chats/seen', site: 'max', titles: ['Родители 5А'], list: { rows: 1, whole: false } };
const classes = { type: 'classes/seen', scope: 'all', classes: [{ key: '5А', name: '5А', own: true, subjects: [] }] };
const changed = { type: 'register/changed' };

const TYPES = Object.keys(TO_BACKGROUND_REPLIES) as RequestType[];

function route(message: unknown, sender: { id?: string; tab?: unknown; url?: string }) {
  const mocks = Object.fromEntries(TYPES.map((type) => [type, vi.fn(async () => ({ ok: true, type }))])) as Record<RequestType, Mock>;
  const result = routeMessage(message, sender, OWN, mocks as unknown as Handlers, pageKind);
  const called = TYPES.filter((type) => mocks[type].mock.calls.length > 0);
  const answer = {
    calls: called.flatMap((type) => mocks[type].mock.calls.map((args) => ({ type, request: args[0] as unknown }))),
  };
  return { result, answer };
}

describe('background router', () => {
  test.each([
    [capture, MESSENGER],
    [chats, MESSENGER],
    [classes, JOURNAL],
  ])('%j from our content script on its own kind of page is answered', async (message, url) => {
    const { result, answer } = route(message, { id: OWN, tab: TAB, url });
    await expect(result).resolves.toEqual({ ok: true, type: message.type });
    expect(answer.calls).toEqual([{ type: message.type, request: message }]);
  });

  test('register/changed comes from our pages (no tab) and is answered', async () => {
    const { result, answer } = route(changed, { id: OWN });
    await expect(result).resolves.toEqual({ ok: true, type: 'register/changed' });
    expect(answer.calls).toEqual([{ type: 'register/changed', request: changed }]);
  });

  test.each([capture, chats, classes])('%j from an extension page (no tab) is refused: only a page has such data', (message) => {
    const { result, answer } = route(message, { id: OWN });
    expect(result).toBeUndefined();
    expect(answer.calls).toEqual([]);
  });

  test.each([
    [capture, JOURNAL],
    [chats, JOURNAL],
    [{ type: 'chats/members', site: 'max', title: 'Родители 5А', members: 27 }, JOURNAL],
    [classes, MESSENGER],
    [capture, 'https://evil.example/'],
    [classes, undefined],
  ])('%j from a page of another kind (%s) is refused: a script is trusted for its own messages only', (message, url) => {
    const { result, answer } = route(message, { id: OWN, tab: TAB, url });
    expect(result).toBeUndefined();
    expect(answer.calls).toEqual([]);
  });

  test('another extension, or no sender id, gets nothing', () => {
    for (const sender of [{ id: 'other-extension', tab: TAB }, { tab: TAB }, {}]) {
      const { result, answer } = route(capture, sender);
      expect(result).toBeUndefined();
      expect(answer.calls).toEqual([]);
    }
    // No id of our own (a context torn down): even a sender without an id is not taken for us.
    expect(routeMessage(capture, { id: undefined }, undefined, {} as Handlers, pageKind)).toBeUndefined();
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
    expect(answer.calls).toEqual([]);
  });
});
