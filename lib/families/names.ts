/**
 * Russian names as school chats write them: the pieces `findInChat` compares. A name's words are
 * compared by a skeleton that Cyrillic and Latin spellings share («Пётр», «Petr», «Pyotr» → `petr`),
 * a given name by its forms (full, everyday, in the genitive that «мама Пети» uses), a surname by
 * its forms for either gender and in the genitive (Иванов, Иванова, Ивановой; Ковальский,
 * Ковальская, Ковальского; Белых, Ким, Шевченко as they are). Pure; linear in the text.
 */

const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'c', ч: 'ch', ш: 'sh', щ: 'sch',
  ъ: '', ы: 'i', ь: '', э: 'e', ю: 'iu', я: 'ia',
};

/** Latin spellings of the same sounds, to one form (order matters: longer first). */
const LATIN_FORMS: readonly [RegExp, string][] = [
  [/shch/g, 'sch'],
  [/kh/g, 'h'],
  [/t[sz]/g, 'c'],
  [/x/g, 'ks'],
  [/w/g, 'v'],
  [/ph/g, 'f'],
  [/[yj]o/g, 'e'],
  [/[yj]e/g, 'e'],
  [/[yj]a/g, 'ia'],
  [/[yj]u/g, 'iu'],
  [/[yj]/g, 'i'],
  [/(.)\1+/g, '$1'],
];

/** One word's skeleton: the same for «Пётр», «Петр», «Petr», «Pyotr». */
export function skeleton(word: string): string {
  let latin = '';
  for (const letter of word.toLowerCase()) latin += CYRILLIC_TO_LATIN[letter] ?? letter;
  for (const [pattern, replacement] of LATIN_FORMS) latin = latin.replace(pattern, replacement);
  return latin;
}

/** A word as written (lower case, ё as е), letters only. */
export function plainWord(word: string): string {
  return word.toLowerCase().replaceAll('ё', 'е');
}

/**
 * Everyday forms of given names: the full name, then what family and classmates call the child.
 * Both genders where they share forms (Александр, Александра → Саша).
 */
const EVERYDAY: readonly string[] = [
  'александр александра саша саня шура сашенька',
  'алексей леша алеша лешка',
  'анастасия настя настена',
  'анна аня анечка анюта',
  'андрей андрюша',
  'арсений арсюша сеня',
  'артем тема артемка',
  'богдан богдаша',
  'валентина валя',
  'валерия лера',
  'варвара варя',
  'василий вася',
  'вероника ника',
  'виктор витя',
  'виктория вика',
  'владимир вова володя',
  'владислав влад владик',
  'вячеслав слава',
  'галина галя',
  'георгий гоша жора',
  'григорий гриша',
  'даниил данила даниила даня данил',
  'дарья дарина даша',
  'денис дениска',
  'дмитрий дима митя',
  'евгений евгения женя',
  'егор егорка',
  'екатерина катя катюша',
  'елена лена',
  'елизавета лиза',
  'ирина ира',
  'иван ваня',
  'игорь игорек',
  'илья илюша',
  'кирилл кирюша',
  'константин костя',
  'ксения ксюша',
  'лев лева',
  'любовь люба',
  'людмила люда',
  'маргарита рита',
  'мария маша маруся машенька',
  'максим макс',
  'матвей мотя',
  'михаил миша',
  'надежда надя',
  'наталья наталия наташа',
  'никита никитка',
  'николай коля',
  'ольга оля',
  'павел паша',
  'петр петя',
  'полина поля',
  'роман рома',
  'светлана света',
  'семен сема',
  'сергей сережа',
  'софья софия соня',
  'станислав стас',
  'татьяна таня',
  'тимофей тима',
  'ульяна уля',
  'федор федя',
  'юлия юля',
  'ярослав ярик',
];

/** Everyday form → its full names' groups, and full name → its group (indexes into EVERYDAY). */
const GROUPS_OF = new Map<string, number[]>();
EVERYDAY.forEach((line, index) => {
  for (const form of line.split(' ')) GROUPS_OF.set(form, [...(GROUPS_OF.get(form) ?? []), index]);
});

/** The genitive of a given name in its nominative («Петя» → «Пети», «Пётр» → «Петра»). */
export function givenGenitive(name: string): string {
  const word = plainWord(name);
  if (/[гкхжшчщ]а$/.test(word)) return `${word.slice(0, -1)}и`;
  if (word.endsWith('а')) return `${word.slice(0, -1)}ы`;
  if (word.endsWith('я')) return `${word.slice(0, -1)}и`;
  if (/[йь]$/.test(word)) return `${word.slice(0, -1)}я`;
  if (word === 'лев') return 'льва';
  if (/[бвгджзклмнпрстфхцчшщ]$/.test(word)) return `${word}а`;
  return word;
}

/** Every form of one given name, as skeletons: full, everyday, and each in the genitive. */
export function givenForms(name: string): Set<string> {
  const word = plainWord(name);
  const words = new Set([word]);
  for (const group of GROUPS_OF.get(word) ?? []) for (const form of (EVERYDAY[group] as string).split(' ')) words.add(form);
  const forms = new Set<string>();
  for (const form of words) {
    forms.add(skeleton(form));
    forms.add(skeleton(givenGenitive(form)));
  }
  return forms;
}

/** The nominative forms of a surname for both genders («Иванов» ↔ «Иванова», «Ковальский» ↔ «Ковальская»). */
export function surnameGenders(surname: string): string[] {
  const word = plainWord(surname);
  const forms = new Set([word]);
  const swap: [RegExp, string][] = [
    [/(ов|ев|ин|ын)$/, '$1а'],
    [/(ова|ева|ина|ына)$/, ''],
    [/(ск|цк)ий$/, '$1ая'],
    [/(ск|цк)ая$/, '$1ий'],
    [/ой$/, 'ая'],
    [/ый$/, 'ая'],
  ];
  for (const [pattern, ending] of swap) {
    if (!pattern.test(word)) continue;
    if (ending === '') forms.add(word.slice(0, -1));
    else forms.add(word.replace(pattern, ending));
  }
  if (/ая$/.test(word) && !/(ск|цк)ая$/.test(word)) {
    forms.add(word.replace(/ая$/, 'ой'));
    forms.add(word.replace(/ая$/, 'ый'));
  }
  return [...forms];
}

/** The genitive of one nominative surname form («Иванов» → «Иванова», «Иванова» → «Ивановой»). */
export function surnameGenitive(word: string): string {
  if (/(ов|ев|ин|ын)$/.test(word)) return `${word}а`;
  if (/(ова|ева|ина|ына)$/.test(word)) return `${word.slice(0, -1)}ой`;
  if (/(ий|ый|ой)$/.test(word)) return `${word.slice(0, -2)}ого`;
  if (/ая$/.test(word)) return `${word.slice(0, -2)}ой`;
  return word; // Белых, Ким, Шевченко, Ковальчук (a girl's): as they are
}

/** Every form of a surname, as skeletons: both genders, each also in the genitive. */
export function surnameForms(surname: string): Set<string> {
  const forms = new Set<string>();
  for (const word of surnameGenders(surname)) {
    forms.add(skeleton(word));
    forms.add(skeleton(surnameGenitive(word)));
  }
  return forms;
}

/** Words that say who a member is to a pupil (a parent or guardian) — «мама Пети». */
export const PARENT_WORDS = new Set([
  'мама', 'мамочка', 'мать', 'папа', 'папочка', 'отец', 'родитель', 'родительница', 'родители', 'опекун', 'опекунша',
  'бабушка', 'баба', 'дедушка', 'деда', 'дед', 'mom', 'mother', 'dad', 'father', 'parent',
].map(plainWord));

/** Family that is not a parent or guardian: a member named so is only ever unsure. */
export const OTHER_FAMILY_WORDS = new Set(['сестра', 'брат', 'тетя', 'дядя', 'няня'].map(plainWord));

/** Words of school staff: a member who calls themself so is no pupil or parent of the list. */
export const STAFF_WORDS = new Set(['учитель', 'учительница', 'классный', 'руководитель', 'кл', 'директор', 'завуч', 'педагог', 'администратор', 'куратор', 'тьютор'].map(plainWord));

/** A patronymic's shape («Сергеевич», «Викторовна», «Ильич», «Никитична»). */
export const PATRONYMIC = /(ович|евич|ич|овна|евна|ична|инична)$/;

/** Words around a pupil's own name that say nothing of who it is. */
export const FILLER_WORDS = new Set(['ученик', 'ученица', 'уч', 'род', 'класс', 'кл'].map(plainWord));

/** A member's or pupil's name in words: letters and hyphens only, with whether a word ended in a dot (an initial). */
export interface NameWord {
  /** Lower case, ё as е. */
  text: string;
  /** «П.», or a one-letter word: an initial. */
  initial: boolean;
}

/** The words of a name as written in a chat: emoji, digits, brackets and punctuation dropped. Linear. */
export function nameWords(text: string): NameWord[] {
  const words: NameWord[] = [];
  // Not a class's letter glued to its number («7Б», «10-В»): no name has a digit before it.
  for (const match of text.slice(0, 300).matchAll(/(?<![\p{L}\p{N}-])(\p{L}+(?:-\p{L}+)*)(\.)?/gu)) {
    const word = plainWord(match[1] as string);
    words.push({ text: word, initial: word.length === 1 || (match[2] === '.' && word.length <= 2) });
  }
  return words;
}
