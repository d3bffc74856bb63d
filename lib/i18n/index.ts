/**
 * User-facing text. Our own typed dictionaries rather than browser.i18n: Russian is the default
 * whatever the browser's language (a teacher's browser may well be in English), the teacher can
 * switch in options, and a key missing in English is a type error. Manifest strings live in
 * public/_locales, which browsers require for them.
 */
export type Language = 'ru' | 'en';

export type Dictionaries<Key extends string> = { ru: Record<Key, string>; en: Record<Key, string> };

export type Translate<Key extends string = string> = (
  key: Key,
  substitutions?: Record<string, string | number>,
) => string;

/**
 * The plural forms a template lists for each language, in order: `{count:участник|участника|участников}`
 * (Russian: one, few, many) and `{count:member|members}` (English: one, other). The number itself
 * is written by `{count}`; the form alone by the colon form, so a template places them as it likes.
 */
const FORM_ORDER: Record<Language, readonly Intl.LDMLPluralRule[]> = { ru: ['one', 'few', 'many'], en: ['one', 'other'] };
const pluralRules = new Map<Language, Intl.PluralRules>();

/** The word of `forms` that goes with `value` in `language` (a fraction or a missing form: the next one listed). */
export function pluralForm(language: Language, value: number, forms: readonly string[]): string {
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
  const category = rules.select(value);
  const order = FORM_ORDER[language];
  // Russian «other» (1.5 участника) reads as «few».
  const index = order.indexOf(category === 'other' && language === 'ru' ? 'few' : category);
  return forms[Math.min(index < 0 ? order.length - 1 : index, forms.length - 1)] ?? '';
}

export function translator<Key extends string>(dictionaries: Dictionaries<Key>, language: Language): Translate<Key> {
  const dictionary = dictionaries[language] ?? dictionaries.ru;
  const used: Language = dictionaries[language] ? language : 'ru';
  return (key, substitutions) => {
    const fromOwn = Object.hasOwn(dictionary, key);
    const template = fromOwn ? dictionary[key] : dictionaries.ru[key];
    if (!substitutions) return template;
    const formsOf: Language = fromOwn ? used : 'ru';
    // A value that ends a sentence with its own dot («Е. В.», «5 дек. 2026 г.») takes the place of
    // the template's dot after it: never «Е. В..».
    return template.replace(/\{(\w+)(?::([^{}]*))?\}(\.?)/g, (whole, name: string, forms: string | undefined, dot: string) => {
      if (!Object.hasOwn(substitutions, name)) return whole;
      const value = forms === undefined ? String(substitutions[name]) : pluralForm(formsOf, Number(substitutions[name]), forms.split('|'));
      return dot && value.endsWith('.') ? value : value + dot;
    });
  };
}
