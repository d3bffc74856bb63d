/**
 * School classes and college groups as keys: one spelling for «5 «А»», «5-а», «5A», «5а класс»,
 * «Класс 5А» (→ `5А`), «7 кл.» (→ `7`), «исп-22-1» (→ `ИСП-22-1`). Pure.
 */

/** Latin letters typed for Cyrillic class letters: look-alikes first (A→А, B→В), then by sound. */
const LATIN_LETTER: Readonly<Record<string, string>> = {
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х', Y: 'У',
  D: 'Д', G: 'Г', V: 'В', Z: 'З', I: 'И', L: 'Л', F: 'Ф', U: 'У', N: 'Н', R: 'Р', S: 'С', J: 'Й', W: 'В', Q: 'К',
};

const QUOTE = `["'«»„“”‘’]`;
/** Letters and digits of the scripts class names use (plain classes: faster than `\p{L}` in V8). */
const ALNUM = '0-9A-Za-zА-ЯЁа-яё';
const NOT_WORD_BEFORE = String.raw`(?<![${ALNUM}\-–—/.:])`;
const NOT_WORD_AFTER = `(?![${ALNUM}])`;

/** «ИСП-22-1», «ТМ-21», «пк 23-2»: a college group code (Cyrillic letters, a dash, year digits). */
const GROUP = new RegExp(
  String.raw`${NOT_WORD_BEFORE}([А-ЯЁа-яё]{1,6})\s?[-–]\s?(\d{2,3})(?:\s?[-–]\s?(\d{1,2}))?${NOT_WORD_AFTER}`,
  '',
);

/**
 * «5А», «5 «А»», «5-а», «11 Б», «5A»: a grade 1–11 and one letter standing alone. Й, Ъ, Ы, Ь are
 * never class letters (and «5-й класс» must stay 5).
 */
const GRADE_LETTER = new RegExp(
  String.raw`${NOT_WORD_BEFORE}(1[01]|[1-9])\s?[-–]?\s?${QUOTE}?\s?([А-ИК-ЩЭ-ЯЁа-ик-щэ-яёA-Za-z])\s?${QUOTE}?${NOT_WORD_AFTER}`,
  '',
);

/** «7 кл.», «1 класс», «5-й класс»: a grade with the word «класс» and no letter. */
const GRADE_WORD = new RegExp(String.raw`${NOT_WORD_BEFORE}(1[01]|[1-9])\s?(?:-?[йго]{1,2}\s?)?(?:класс[а-яё]*|кл\.?)(?![А-ЯЁа-яёA-Za-z])`, 'i');

/** «Класс 5А», «класс 7»: the word first. */
const WORD_GRADE = new RegExp(
  String.raw`(?:класс|кл\.)\s?(1[01]|[1-9])(?:\s?[-–]?\s?${QUOTE}?([А-ЯЁа-яёA-Za-z])${QUOTE}?)?${NOT_WORD_AFTER}`,
  'i',
);

function letterOf(letter: string): string {
  const upper = letter.toUpperCase();
  return LATIN_LETTER[upper] ?? upper;
}

export interface ClassMatch {
  key: string;
  /** Where in the text the class was written, for callers that remove it (chat classification). */
  index: number;
  length: number;
}

/** The first class or group in `text`, with its position; null when there is none. */
export function findClass(text: string): ClassMatch | null {
  const group = GROUP.exec(text);
  if (group) {
    const key = `${group[1].toUpperCase()}-${group[2]}${group[3] ? `-${group[3]}` : ''}`;
    return { key, index: group.index, length: group[0].length };
  }
  const candidates: ClassMatch[] = [];
  const gradeLetter = GRADE_LETTER.exec(text);
  if (gradeLetter) {
    candidates.push({ key: `${gradeLetter[1]}${letterOf(gradeLetter[2])}`, index: gradeLetter.index, length: gradeLetter[0].length });
  }
  const wordGrade = WORD_GRADE.exec(text);
  if (wordGrade) {
    candidates.push({ key: `${wordGrade[1]}${wordGrade[2] ? letterOf(wordGrade[2]) : ''}`, index: wordGrade.index, length: wordGrade[0].length });
  }
  const gradeWord = GRADE_WORD.exec(text);
  if (gradeWord) candidates.push({ key: gradeWord[1], index: gradeWord.index, length: gradeWord[0].length });
  if (candidates.length === 0) return null;
  // A letter beats no letter («5а класс» is 5А, not 5); otherwise the earliest wins.
  candidates.sort((a, b) => Number(/\D$/u.test(b.key)) - Number(/\D$/u.test(a.key)) || a.index - b.index);
  return candidates[0];
}

/**
 * A class in a field that holds only a class name (a journal's class list, a stored key): a bare
 * grade counts there («3» — small schools have one class a grade). Never in running text: «каб. 3».
 */
export function findClassInField(field: string): ClassMatch | null {
  const bare = /^(\s*)(1[01]|[1-9])\s*$/.exec(field);
  if (bare) return { key: bare[2], index: bare[1].length, length: bare[2].length };
  return findClass(field);
}

/** The canonical key of the class written in `text`, or null when it names none. */
export function classKey(text: string): string | null {
  return findClass(text)?.key ?? null;
}

/** A class the teacher works with: the one shape of a class (journal pages, the protocol, the store). */
export interface ClassInput {
  key: string;
  /** As the journal writes it («5 «А»», «8-А», «ИСП-22-1»). */
  name: string;
  /** The teacher leads this class (классное руководство, кураторство). */
  own: boolean;
  subjects: string[];
  /**
   * The page does not say this class's subjects (a class picker shows the subjects of the chosen
   * class only): what is known of them is kept, not replaced by none.
   */
  keepSubjects?: true;
  /** How many students the page shows the class has (its pupils listed), when it shows them. */
  size?: number;
}

/** More members than any school chat holds (a whole school's channel included). */
export const MAX_MEMBERS = 100_000;
/** Far more chats than a teacher's chat list holds: a page claiming more is refused, not trusted. */
export const MAX_LIST_ROWS = 100_000;
/** More students than any class or college group has. */
export const MAX_CLASS_SIZE = 200;

/** A class size as the teacher types it: a whole number of pupils, or blank to forget it; undefined when neither. */
export function typedClassSize(text: string): number | null | undefined {
  const value = text.trim();
  if (value === '') return null;
  const size = Number(value);
  return Number.isInteger(size) && size >= 1 && size <= MAX_CLASS_SIZE ? size : undefined;
}
