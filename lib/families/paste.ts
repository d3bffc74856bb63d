/**
 * Lists the teacher pastes: a chat's member panel copied from MAX or VK (names among lines like «был(а)
 * в сети вчера», «администратор», «Вы»), and a class list copied from a spreadsheet or the journal
 * («1. Иванов Пётр», «Иванов Пётр Сергеевич», a column with a heading). Pure; linear in the text.
 */
import type { PupilName } from './match';
import { nameWords, plainWord } from './names';

/** The most lines read from one paste, and the longest line that can be a name. */
export const PASTE_MAX_LINES = 2000;
const NAME_MAX = 120;
/** The most pupils one class list holds. */
export const CLASS_LIST_MAX = 60;

/** Lines of a member panel that are no member: presence, roles, the teacher herself, the panel's own words. */
const PANEL_LINE = new RegExp(
  [
    '^(был|была|был\\(а\\)|заходил|заходила|заходил\\(а\\)|last seen|online|offline|в сети|не в сети|онлайн|недавно|давно|печатает)(?!\\p{L})',
    '^(вы|you|я)$',
    '^(администратор|админ|владелец|создатель|модератор|admin|owner|creator|moderator|участник|member)$',
    '^\\d+\\s*(участник|участника|участников|members?)(?!\\p{L})',
    '^(участники|members|добавить участник|пригласить|поиск|search|показать ещ|ещё \\d+)',
  ].join('|'),
  'iu',
);
/** A role written after a name on the same line: «Иванова Елена · администратор». */
const TRAILING_ROLE = /\s*[·•,—–-]\s*(администратор|админ|владелец|создатель|модератор|admin|owner)\s*$/iu;

/** Member names from a pasted member panel: one per name line, the panel's other lines dropped, no repeats. */
export function readMemberPaste(text: string): string[] {
  const names: string[] = [];
  const seen = new Set<string>();
  for (const raw of text.split(/\r?\n/, PASTE_MAX_LINES)) {
    const line = raw.replace(TRAILING_ROLE, '').trim();
    if (line === '' || line.length > NAME_MAX || PANEL_LINE.test(line)) continue;
    const words = nameWords(line);
    if (words.length === 0) continue;
    const key = words.map((word) => word.text).join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    names.push(line);
  }
  return names;
}

/** A class list's heading line, not a pupil. */
const LIST_HEADING = /^(фио|ф\.и\.о\.?|фамилия|список|ученик|ученики|учащиеся|№)(?!\p{L})/iu;

export interface ClassListRead {
  pupils: PupilName[];
  /** Lines that are no «Фамилия Имя» (shown to the teacher), with their line numbers. */
  skipped: { line: number; text: string }[];
  /** Pupils beyond the most one class holds. */
  cut: number;
}

/**
 * A class list from a paste: «Фамилия Имя [Отчество]» per line, numbering and extra spreadsheet
 * cells dropped; a heading skipped; a line that is not two words of letters is reported, not guessed.
 */
export function readClassListPaste(text: string): ClassListRead {
  const pupils: PupilName[] = [];
  const skipped: ClassListRead['skipped'] = [];
  const seen = new Set<string>();
  let cut = 0;
  text.split(/\r?\n/, PASTE_MAX_LINES).forEach((raw, index) => {
    // A spreadsheet row: the first cell with letters is the name.
    const cell = raw.split('\t').find((part) => /\p{L}/u.test(part)) ?? '';
    const line = cell.replace(/^\s*\d+\s*[.)]?\s*/u, '').trim();
    if (line === '') return;
    if (LIST_HEADING.test(line) && pupils.length === 0) return;
    const words = line.split(/\s+/).filter((word) => /^\p{L}+(?:-\p{L}+)*$/u.test(word));
    if (words.length < 2 || words.length > 3 || words.length !== line.split(/\s+/).length || line.length > NAME_MAX) {
      skipped.push({ line: index + 1, text: line.slice(0, NAME_MAX) });
      return;
    }
    const [surname, given, patronymic] = words as [string, string, string | undefined];
    const key = plainWord(words.join(' '));
    if (seen.has(key)) return;
    seen.add(key);
    if (pupils.length >= CLASS_LIST_MAX) {
      cut++;
      return;
    }
    pupils.push({ surname, given, ...(patronymic ? { patronymic } : {}) });
  });
  return { pupils, skipped, cut };
}
