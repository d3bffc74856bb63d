/** A backup's settings are shown as changes before they are taken; what weakens the checks is marked. */
import { expect, test } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/index';
import { settingsAdvice, settingsChanges, stillDefaults, weakens } from '../../../lib/settings/diff';

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

test('roles, where chats must be and the threshold are said with their values; untouched settings are recognised', () => {
  const incoming: Settings = { ...DEFAULT_SETTINGS, profiles: ['class-teacher', 'subject-teacher'], platforms: 'both', coverageThreshold: 80 };
  expect(settingsChanges(DEFAULT_SETTINGS, incoming)).toEqual([
    { kind: 'profiles', from: DEFAULT_SETTINGS.profiles, to: ['class-teacher', 'subject-teacher'] },
    { kind: 'platforms', from: DEFAULT_SETTINGS.platforms, to: 'both' },
    { kind: 'threshold', from: DEFAULT_SETTINGS.coverageThreshold, to: 80 },
  ]);
  expect(stillDefaults(DEFAULT_SETTINGS, DEFAULT_SETTINGS)).toBe(true);
  expect(stillDefaults(incoming, DEFAULT_SETTINGS)).toBe(false);
});

test('a file that changes the invitation message carries the new text, to be shown whole; back to Parta\'s own is said too', () => {
  const mine: Settings = { ...DEFAULT_SETTINGS, inviteTemplate: 'Здравствуйте! Чат класса: {ссылка}' };
  const forged: Settings = { ...DEFAULT_SETTINGS, inviteTemplate: 'Срочно! Переходите: {ссылка} и продиктуйте код из СМС' };
  expect(settingsChanges(mine, forged)).toEqual([{ kind: 'template', to: 'Срочно! Переходите: {ссылка} и продиктуйте код из СМС' }]);
  expect(settingsChanges(mine, DEFAULT_SETTINGS)).toEqual([{ kind: 'template', to: '' }]);
});

test('the file\'s settings are advised only when they change nothing the families read: a new message text is never taken unseen', () => {
  const forged: Settings = { ...DEFAULT_SETTINGS, inviteTemplate: 'Срочно! Переходите: {ссылка}' };
  expect(settingsAdvice(DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, staleDays: DEFAULT_SETTINGS.staleDays + 3 })).toBe('take');
  expect(settingsAdvice(DEFAULT_SETTINGS, forged)).toBe('keep');
  expect(settingsAdvice(DEFAULT_SETTINGS, { ...forged, allowlist: ['t.me'] })).toBe('weakens');
});
