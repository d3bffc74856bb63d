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

export function translator<Key extends string>(dictionaries: Dictionaries<Key>, language: Language): Translate<Key> {
  const dictionary = dictionaries[language] ?? dictionaries.ru;
  return (key, substitutions) => {
    const template = dictionary[key] ?? dictionaries.ru[key];
    if (!substitutions) return template;
    // A value that ends a sentence with its own dot («Е. В.», «5 дек. 2026 г.») takes the place of
    // the template's dot after it: never «Е. В..».
    return template.replace(/\{(\w+)\}(\.?)/g, (whole, name: string, dot: string) => {
      if (!Object.hasOwn(substitutions, name)) return whole;
      const value = String(substitutions[name]);
      return dot && value.endsWith('.') ? value : value + dot;
    });
  };
}
