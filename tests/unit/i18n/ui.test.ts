/**
 * The pages' dictionaries, one file per screen: every key belongs to one screen only (a key spelled
 * in two would silently take the later text), and each English text keeps the Russian one's
 * placeholders, so a substitution never shows «{count}» to a teacher.
 */
import { expect, test } from 'vitest';
import { CAPTURE_MESSAGES } from '../../../lib/i18n/capture';
import { CONTENT_MESSAGES } from '../../../lib/i18n/content';
import { translator } from '../../../lib/i18n/index';
import { UI_MESSAGES, UI_SCREENS } from '../../../lib/i18n/ui/index';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

test('no key is in two screens, and the merged dictionaries hold every screen\'s keys', () => {
  const owners = new Map<string, number>();
  UI_SCREENS.forEach((screen, index) => {
    for (const key of Object.keys(screen.ru)) {
      expect(owners.has(key), `«${key}» is in screens ${owners.get(key)} and ${index}`).toBe(false);
      owners.set(key, index);
    }
  });
  expect(Object.keys(UI_MESSAGES.ru).sort()).toEqual([...owners.keys()].sort());
  expect(Object.keys(UI_MESSAGES.en).sort()).toEqual([...owners.keys()].sort());
});

test('every text is written in both languages, with the same placeholders', () => {
  for (const [key, russian] of Object.entries(UI_MESSAGES.ru)) {
    const english = UI_MESSAGES.en[key as keyof typeof UI_MESSAGES.en];
    expect(russian.trim(), key).not.toBe('');
    expect(english.trim(), key).not.toBe('');
    expect(placeholders(english), key).toEqual(placeholders(russian));
  }
});

test('plain words: no storage jargon, no test-like «найдено» lines, «Журнал» is the e-journal only', () => {
  const texts = [UI_MESSAGES, CONTENT_MESSAGES, CAPTURE_MESSAGES].flatMap((dictionaries) => [...Object.entries(dictionaries.ru), ...Object.entries(dictionaries.en)]);
  const jargon = /IndexedDB|хранилищ|extension storage|служебн|подстановк|— (?:не )?найдено|журнал модерации|moderation log|\blog\b/iu;
  for (const [key, text] of texts) expect(text, key).not.toMatch(jargon);
});

test('a value ending with a dot before the template’s dot gives one dot, not two', () => {
  const t = translator({ ru: { signed: 'Подписал(а) {name}.', dated: 'до {date}. Причина: {reason}' }, en: { signed: 'Signed by {name}.', dated: 'until {date}. Reason: {reason}' } }, 'ru');
  expect(t('signed', { name: 'Иванова Е. В.' })).toBe('Подписал(а) Иванова Е. В.');
  expect(t('signed', { name: 'Иванова Елена' })).toBe('Подписал(а) Иванова Елена.');
  expect(t('dated', { date: '5 дек. 2026 г.', reason: 'п. 2.' })).toBe('до 5 дек. 2026 г. Причина: п. 2.');
});
