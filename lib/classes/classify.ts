/**
 * What a chat is, from its title alone: which class (or group) and which audience — the class's
 * students, its parents, its teachers, a subject chat, the school's staff — or something else.
 * Pure; rules in order, first match wins: staff room, parents, teachers, subject, students.
 *
 * A rule is word stems found anywhere, whole words and word beginnings, compiled into one regex.
 * No `\b` (JavaScript's knows only ASCII letters) and no look-behind in front (Unicode
 * look-arounds tried at every position cost ten times more): a word starts with its letters, and
 * the "not inside a longer word" checks follow them.
 */
import { findClass } from './keys';

/** Whom a chat is for: the one definition (records, invitations and the matcher use it). */
export const AUDIENCES = ['students', 'parents', 'teachers', 'subject', 'staff', 'other'] as const;
export type Audience = (typeof AUDIENCES)[number];

export interface ChatClass {
  classKey: string | null;
  audience: Audience;
  subject?: string;
}

interface Rule {
  /** Regex sources found anywhere in the lower-cased title. */
  stems?: string;
  /** Whole words. */
  words?: readonly string[];
  /** Words beginning so. */
  prefixes?: readonly string[];
}

/**
 * Titles are lower-cased first, so a letter is one of these; plain (non-`u`) regexes over them
 * are several times faster in V8 than Unicode property classes.
 */
const LETTER = '[0-9a-zа-яё]';

/** One regex source for a rule: `stems|word(?<!letter word)(?!letter)|prefix(?<!letter prefix)`. */
function ruleSource(rule: Rule): string {
  const parts = rule.stems ? [rule.stems] : [];
  if (rule.words?.length) {
    const words = rule.words.join('|');
    parts.push(`(?:${words})(?<!${LETTER}(?:${words}))(?!${LETTER})`);
  }
  if (rule.prefixes?.length) {
    const prefixes = rule.prefixes.join('|');
    parts.push(`(?:${prefixes})(?<!${LETTER}(?:${prefixes}))`);
  }
  return parts.join('|');
}

const compile = (rule: Rule) => new RegExp(ruleSource(rule));

/** School subjects: canonical name ← how a chat title names it (lower-case). */
const SUBJECT_RULES: readonly (readonly [string, Rule])[] = [
  ['Математика', { stems: 'математик', words: ['матем'] }],
  ['Алгебра', { stems: 'алгебр' }],
  ['Геометрия', { stems: 'геометри' }],
  ['Русский язык', { stems: String.raw`русск[а-яё]*\s+язык|рус\.\s?яз`, words: ['русский'] }],
  ['Литература', { stems: String.raw`литератур|литер\.`, prefixes: ['чтени'] }],
  ['Английский язык', { stems: String.raw`английск|англ\.\s?яз`, words: ['англ'] }],
  ['Немецкий язык', { stems: 'немецк' }],
  ['Французский язык', { stems: 'французск' }],
  ['Китайский язык', { stems: 'китайск' }],
  ['Физика', { stems: 'физик(?!о)' }],
  ['Химия', { stems: 'хими' }],
  ['Биология', { stems: 'биолог' }],
  ['История', { stems: 'истори' }],
  ['Обществознание', { stems: 'обществозн|общество' }],
  ['География', { stems: 'географ' }],
  ['Информатика', { stems: 'информатик' }],
  ['Физическая культура', { stems: String.raw`физкульт|физ[а-яё]*\s+культур|физ-?ра` }],
  ['Окружающий мир', { stems: 'окружающ' }],
  ['ИЗО', { stems: 'изобразит', words: ['изо'] }],
  ['Музыка', { stems: 'музык' }],
  ['Труд (технология)', { stems: 'технологи', words: ['труд'] }],
  ['ОБЗР', { words: ['обзр', 'обж'] }],
  ['Астрономия', { stems: 'астроном' }],
  ['Родной язык', { stems: String.raw`родн[а-яё]*\s+язык` }],
  ['Вероятность и статистика', { stems: 'статистик|вероятност' }],
];

/** The subject names Parta knows. */
export const SUBJECTS: readonly string[] = SUBJECT_RULES.map(([name]) => name);
/** All subjects in one regex, a capturing group each: one scan finds the first subject named. */
const SUBJECT = new RegExp(SUBJECT_RULES.map(([, rule]) => `(${ruleSource(rule)})`).join('|'));

const STAFF = compile({
  stems: String.raw`учительск|сотрудник|педколлектив|педагогическ[а-яё]*\s+коллектив|педсовет|коллектив\s+школ|администрац|завуч|директор`,
});
const PARENTS = compile({ stems: String.raw`родител|родком|родсовет|законн[а-яё]*\s+представител`, words: ['мамы', 'папы'] });
const TEACHERS = compile({ stems: String.raw`учител|педагог|преподавател|классн[а-яё]*\s+руководител|предметник` });
const STUDENTS = compile({ stems: 'учени|учащ|обучающ|студент|ребят|групп', words: ['дети', 'класс'] });
/** Words that say nothing about the audience: a title of only these and a class is the class's chat. */
const FILLER = /^(?:чат|беседа|общий|кл|наш|класс\p{L}*|официальн\p{L}*)$/u;

const lowerOf = (text: string) => text.toLowerCase().replace(/ё/g, 'е');

/** The canonical subject named in lower-cased text, or null. */
function subjectIn(lower: string): string | null {
  const match = SUBJECT.exec(lower);
  if (!match) return null;
  for (let group = 1; group < match.length; group++) if (match[group] !== undefined) return SUBJECT_RULES[group - 1][0];
  return null;
}

export function classifyChat(title: string): ChatClass {
  const found = findClass(title);
  const classKey = found?.key ?? null;
  // Without the class itself: «5А ученики» → « ученики».
  const rest = lowerOf(found ? `${title.slice(0, found.index)} ${title.slice(found.index + found.length)}` : title);

  const parents = PARENTS.test(rest);
  // «Учительская» before «учител…»: the staff room is not a class's teachers' chat.
  if (!parents && STAFF.test(rest)) return { classKey, audience: 'staff' };
  if (parents) return { classKey, audience: 'parents' };
  if (TEACHERS.test(rest)) return { classKey, audience: 'teachers' };
  const subject = subjectIn(rest);
  if (subject) return { classKey, audience: 'subject', subject };
  if (STUDENTS.test(rest)) return { classKey, audience: 'students' };
  // «5А», «Чат 5А класса»: a class and nothing else is the class's own chat.
  if (classKey && rest.split(/[^\p{L}\p{N}]+/u).every((word) => !word || FILLER.test(word))) {
    return { classKey, audience: 'students' };
  }
  return { classKey, audience: 'other' };
}

/** A subject as the journal or the teacher writes it («алгебра», «Англ. яз.») → its canonical name. */
export function canonicalSubject(name: string): string {
  return subjectIn(lowerOf(name)) ?? name.trim();
}
