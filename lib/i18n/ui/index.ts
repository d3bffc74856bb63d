/**
 * Text of Parta's pages (popup, options, report, moderation, school), one file per screen with
 * Russian and English side by side; a key missing in English is a type error in its file, and a
 * unit test holds every key to one screen.
 */
import type { Translate } from '../index';
import { COMMON_MESSAGES } from './common';
import { POPUP_MESSAGES } from './popup';
import { CHECKLIST_MESSAGES } from './checklist';
import { INVITES_MESSAGES } from './invites';
import { OPTIONS_MESSAGES } from './options';
import { SCHOOL_YEAR_MESSAGES } from './school-year';
import { MODERATION_MESSAGES } from './moderation';
import { SCHOOL_MESSAGES } from './school';
import { TODAY_MESSAGES } from './today';
import { HELP_MESSAGES } from './help';
import { FAMILIES_MESSAGES } from './families';

/** Every screen's dictionaries, for the test that no key is spelled in two of them. */
export const UI_SCREENS = [COMMON_MESSAGES, POPUP_MESSAGES, CHECKLIST_MESSAGES, INVITES_MESSAGES, OPTIONS_MESSAGES, SCHOOL_YEAR_MESSAGES, MODERATION_MESSAGES, SCHOOL_MESSAGES, TODAY_MESSAGES, HELP_MESSAGES, FAMILIES_MESSAGES] as const;

const ru = { ...COMMON_MESSAGES.ru, ...POPUP_MESSAGES.ru, ...CHECKLIST_MESSAGES.ru, ...INVITES_MESSAGES.ru, ...OPTIONS_MESSAGES.ru, ...SCHOOL_YEAR_MESSAGES.ru, ...MODERATION_MESSAGES.ru, ...SCHOOL_MESSAGES.ru, ...TODAY_MESSAGES.ru, ...HELP_MESSAGES.ru, ...FAMILIES_MESSAGES.ru };
const en: Record<keyof typeof ru, string> = { ...COMMON_MESSAGES.en, ...POPUP_MESSAGES.en, ...CHECKLIST_MESSAGES.en, ...INVITES_MESSAGES.en, ...OPTIONS_MESSAGES.en, ...SCHOOL_YEAR_MESSAGES.en, ...MODERATION_MESSAGES.en, ...SCHOOL_MESSAGES.en, ...TODAY_MESSAGES.en, ...HELP_MESSAGES.en, ...FAMILIES_MESSAGES.en };

export type UiKey = keyof typeof ru;
export type UiTranslate = Translate<UiKey>;
export const UI_MESSAGES = { ru, en };
