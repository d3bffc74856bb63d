/**
 * The pages' dictionaries, one file per screen: every key belongs to one screen only (a key spelled
 * in two would silently take the later text), and each English text keeps the Russian one's
 * placeholders, so a substitution never shows «{count}» to a teacher.
 */
import { expect, test } from 'vitest';
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
