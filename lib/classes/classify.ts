/**
 * What a chat is, from its title alone: which class (or group) and which audience — the class's
 * students, its parents, its teachers, a subject chat, the school's staff — or something else.
 * Pure; rules in order, first match wins: staff room, parents, teachers, subject, students.
 */
import { findClass } from './keys';

export type Audience = 'students' | 'parents' | 'teachers' | 'subject' | 'staff' | 'other';
export const AUDIENCES: readonly Audience[] = ['students', 'parents', 'teachers', 'subject', 'staff', 'other'];

export interface ChatClass {
  classKey: string | null;
  audience: Audience;
  subject?: string;
}

const BOUNDARY = String.raw`(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))`;

/**
 * JavaScript's `\b` and `\w` know only ASCII letters: the patterns below are written with them for
 * readability and rebuilt here with Unicode letters, so they work on Russian.
 */
function ru(pattern: RegExp, flags = ''): RegExp {
  const source = pattern.source.replaceAll('\\b', BOUNDARY).replaceAll('\\w', '\\p{L}');
  return new RegExp(source, `u${flags}`);
}

/** School subjects: canonical name ← stems that name it in a chat title (lower-case). */
export const SUBJECTS: readonly (readonly [string, RegExp])[] = ([
  ['Математика', /математик|матем\b/],
  ['Алгебра', /алгебр/],
  ['Геометрия', /геометри/],
  ['Русский язык', /русск\w*\s+язык|русский\b|рус\.\s?яз/],
  ['Литература', /литератур|литер\.|\bчтени/],
  ['Английский язык', /английск|англ\.\s?яз|\bангл\b/],
  ['Немецкий язык', /немецк/],
  ['Французский язык', /французск/],
  ['Китайский язык', /китайск/],
  ['Физика', /физик(?!о)|\bфизики\b/],
  ['Химия', /хими/],
  ['Биология', /биолог/],
  ['История', /истори/],
  ['Обществознание', /обществозн|общество/],
  ['География', /географ/],
  ['Информатика', /информатик/],
  ['Физическая культура', /физкульт|физ\w*\s+культур|физ-?ра\b/],
  ['Окружающий мир', /окружающ/],
  ['ИЗО', /\bизо\b|изобразит/],
  ['Музыка', /музык/],
  ['Труд (технология)', /технологи|\bтруд\b/],
  ['ОБЗР', /\bобзр\b|\bобж\b/],
  ['Астрономия', /астроном/],
  ['Родной язык', /родн\w*\s+язык/],
  ['Вероятность и статистика', /статистик|вероятност/],
] as const).map(([name, pattern]) => [name, ru(pattern)] as const);

const STAFF = ru(/учительск|сотрудник|педколлектив|педагогическ\w*\s+коллектив|педсовет|коллектив\s+школ|администрац|завуч|директор/);
const PARENTS = ru(/родител|родком|родсовет|законн\w*\s+представител|\bмамы\b|\bпапы\b/);
const TEACHERS = ru(/учител|педагог|преподавател|классн\w*\s+руководител|предметник/);
const STUDENTS = ru(/учени|учащ|обучающ|студент|ребят|\bдети\b|групп|\bкласс\b|совет\s+обучающ|совет\s+учащ/);
/** Words that say nothing about the audience: a title of only these and a class is the class's chat. */
const FILLER = ru(/\b(?:чат|беседа|общий|класс\w*|кл|группа|наш|официальн\w*)\b/, 'g');

export function classifyChat(title: string): ChatClass {
  const found = findClass(title);
  const classKey = found?.key ?? null;
  const lower = title.toLocaleLowerCase('ru').replace(/ё/g, 'е');
  // Without the class itself: «5А ученики» → « ученики».
  const rest = found
    ? `${lower.slice(0, found.index)} ${lower.slice(found.index + found.length)}`
    : lower;

  // «Учительская» before «учител…»: the staff room is not a class's teachers' chat.
  if (STAFF.test(rest) && !PARENTS.test(rest)) return { classKey, audience: 'staff' };
  if (PARENTS.test(rest)) return { classKey, audience: 'parents' };
  if (TEACHERS.test(rest)) return { classKey, audience: 'teachers' };
  for (const [subject, pattern] of SUBJECTS) {
    if (pattern.test(rest)) return { classKey, audience: 'subject', subject };
  }
  if (STUDENTS.test(rest)) return { classKey, audience: 'students' };
  // «5А», «Чат 5А класса»: a class and nothing else is the class's own chat.
  if (classKey && !/[\p{L}\p{N}]/u.test(rest.replace(FILLER, ''))) {
    return { classKey, audience: 'students' };
  }
  return { classKey, audience: 'other' };
}
