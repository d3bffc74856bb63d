/** A backup's settings are shown as changes before they are taken; what weakens the checks is marked. */
import { expect, test } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/index';
import { settingsChanges, weakens } from '../../../lib/settings/diff';

test('messengers switched off and addresses allowed are listed, and marked as weakening', () => {
  const current: Settings = { ...DEFAULT_SETTINGS, allowlist: ['school.ru'] };
  const incoming: Settings = {
    ...DEFAULT_SETTINGS,
    messengers: { ...DEFAULT_SETTINGS.messengers, telegram: false },
    allowlist: ['t.me'],
    staleDays: DEFAULT_SETTINGS.staleDays + 1,
  };
  const changes = settingsChanges(current, incoming);
  expect(changes).toEqual([
    { kind: 'messenger-off', messenger: 'telegram' },
    { kind: 'allowlist-added', host: 't.me' },
    { kind: 'allowlist-removed', host: 'school.ru' },
    { kind: 'stale-days' },
  ]);
  expect(changes.filter(weakens)).toEqual([
    { kind: 'messenger-off', messenger: 'telegram' },
    { kind: 'allowlist-added', host: 't.me' },
  ]);
  expect(settingsChanges(current, current)).toEqual([]);
});
