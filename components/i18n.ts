/** The UI language for Preact screens, from settings (Russian until they are loaded). */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { translator } from '../lib/i18n/index';
import { UI_MESSAGES, type UiTranslate } from '../lib/i18n/ui';

export const TranslateContext = createContext<UiTranslate>(translator(UI_MESSAGES, 'ru'));

export function useT(): UiTranslate {
  return useContext(TranslateContext);
}

export function uiTranslator(language: 'ru' | 'en'): UiTranslate {
  return translator(UI_MESSAGES, language);
}
