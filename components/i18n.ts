/** The UI language for Preact screens, from settings (Russian until they are loaded). */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Profile } from '../lib/classes/profiles';
import { translator, type Language } from '../lib/i18n/index';
import { UI_MESSAGES, type UiTranslate } from '../lib/i18n/ui';
import { COLLEGE_WORDS, wordingOf, type Wording } from '../lib/i18n/ui/college';

export const TranslateContext = createContext<UiTranslate>(translator(UI_MESSAGES, 'ru'));

export function useT(): UiTranslate {
  return useContext(TranslateContext);
}

/** The screens' texts with a college's words laid over (lib/i18n/ui/college.ts). */
const COLLEGE_UI = { ru: { ...UI_MESSAGES.ru, ...COLLEGE_WORDS.ru }, en: { ...UI_MESSAGES.en, ...COLLEGE_WORDS.en } };

export function uiTranslator(language: Language, wording: Wording = 'school'): UiTranslate {
  return translator(wording === 'college' ? COLLEGE_UI : UI_MESSAGES, language);
}

/** The teacher's own words: their language, and a college's words (группа, студенты) for a curator. */
export function settingsTranslator(settings: { language: Language; profiles: readonly Profile[] }): UiTranslate {
  return uiTranslator(settings.language, wordingOf(settings.profiles));
}
