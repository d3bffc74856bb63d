/**
 * One state per required chat, from the check and the row's invitation: exists, waiting, missing,
 * unchecked (never seen, seen in part, seen before the class), not required — and the wrong
 * platform said as missing there, with the chat where it is.
 */
import { describe, expect, test } from 'vitest';
import { sightedList } from '../../../lib/classes/chat-list';
import { checkCoverage } from '../../../lib/classes/coverage';
import { draftForRow } from '../../../lib/invites/drafts';
import { chatState, itemStep, stateReader, summarise } from '../../../lib/today/chat-state';
import { T0, chat, input, wholeList } from '../classes/coverage-input';
import { act, created } from '../invites/records';

const items = (result: ReturnType<typeof checkCoverage>) => Object.fromEntries(result.classes[0].items.map((item) => [item.requirement.id, item]));

describe('the state of a required chat', () => {
  const parentsSent = act(created({ className: '5А', chatTitle: 'Родители 5А', chatPurpose: 'parents', role: 'parent' }, T0, 'p'), { type: 'send' }, T0);

  test('each state, as every screen says it', () => {
    const result = checkCoverage(
      input([chat('Ученики 5А', 'max', 20)], {
        overrides: [{ kind: 'not-required', classKey: '5А', requirementId: 'class-teachers' }],
        lists: { max: wholeList('max', T0) },
      }),
    );
    const stateOf = stateReader([], [parentsSent]);
    const byId = items(result);
    expect(stateOf(byId['class-students'])).toBe('exists');
    expect(stateOf(byId['class-parents'])).toBe('waiting');
    expect(stateOf(byId['class-teachers'])).toBe('not-required');
    // Without the invitation the parents' chat is missing: the whole list was seen without it.
    expect(stateReader([], [])(byId['class-parents'])).toBe('missing');
  });

  test('unchecked: no list, a list in part, or one seen days before the class came', () => {
    for (const lists of [{}, { max: sightedList(null, 'max', { rows: 80, whole: false }, T0) }]) {
      const byId = items(checkCoverage(input([], { lists })));
      expect(stateReader([], [])(byId['class-parents'])).toBe('unchecked');
    }
    const before = items(checkCoverage(input([], { lists: { max: wholeList('max', T0) }, classSince: new Map([['5А', T0 + 3 * 86_400_000]]) })));
    expect(before['class-parents'].uncheckedOn).toEqual([{ platform: 'max', why: 'before-class' }]);
    expect(stateReader([], [])(before['class-parents'])).toBe('unchecked');
  });

  test('an unchecked chat with a draft waits for its link; a missing one offers «создать»; an unchecked one asks to open the messenger', () => {
    const byId = items(checkCoverage(input([], { lists: {} })));
    const draft = draftForRow({ classKey: '5А', requirementId: 'class-parents', audience: 'parents', title: 'Родители 5А' }, T0);
    expect(itemStep(byId['class-parents'], new Map([[draft.id, draft]]), []).kind).toBe('link');
    expect(itemStep(byId['class-parents'], new Map(), [])).toEqual({ kind: 'check', platforms: ['max'] });
    const missing = items(checkCoverage(input([], { lists: { max: wholeList('max', T0) } })));
    expect(itemStep(missing['class-parents'], new Map(), []).kind).toBe('create');
    expect(chatState(missing['class-parents'], { kind: 'create' })).toBe('missing');
  });

  test('the wrong platform: in VK while MAX is required is missing in MAX (MAX seen whole), the VK chat named', () => {
    const byId = items(checkCoverage(input([chat('Родители 5А', 'vk', 25)], { lists: { max: wholeList('max', T0), vk: wholeList('vk', T0) } })));
    expect(byId['class-parents']).toMatchObject({ status: 'missing', missingOn: ['max'], chat: 'Родители 5А' });
    expect(stateReader([], [])(byId['class-parents'])).toBe('missing');
  });

  test('the summary counts each state once and says which messengers to open', () => {
    const result = checkCoverage(input([chat('Ученики 5А', 'max', 20)], { platforms: 'both', lists: { vk: sightedList(null, 'vk', { rows: 5, whole: false }, T0) } }));
    const summary = summarise(result, new Map(), []);
    expect(summary).toMatchObject({ required: 3, exists: 0, missing: 0, unchecked: 3, uncheckedClasses: ['5А'] });
    expect(summary.toOpen).toEqual([
      { platform: 'max', why: 'never' },
      { platform: 'vk', why: 'partial' },
    ]);
  });
});
