/**
 * Service lines of a chat's history (sites.md): who joined, left, came back, was added or removed.
 * VK «Ольга Павлова присоединилась к чату по ссылке», «Пётр Иванов вышел из чата», «… вернулся в
 * чат», «Анна Петровна пригласила Ивана Сидорова», «… исключил …»; MAX «… покинул(-а) чат»,
 * «… присоединился(-ась) к чату», «… вышел(а) из чата», «… добавил(-а) A, B и C в чат», «… удалил(-а)
 * X из чата» (sites.md, fourth round: third-party MAX clients). Pure.
 *
 * The whole line must be a membership line: a grammar anchored at both ends, whose names are plain
 * words — no «», no quotes, no colon, no digits, no verb of another line. Anyone who may rename a
 * chat or pin a message can put any words into a line («… изменил название беседы на «Сидоров
 * Иван вышел из чата»», «… закрепил сообщение: …»): such a line is never a membership event.
 * Renames, pins, photos and calls are not membership either.
 */

export type ServiceEvent = 'joined' | 'left' | 'returned' | 'added' | 'removed';

export interface ServiceLine {
  /** Whom the line is about: the one who joined or left; for «added»/«removed», the one added or removed. */
  person: string;
  event: ServiceEvent;
  /** The person is the object of the line («пригласила Ивана Сидорова»): written in the accusative. */
  accusative: boolean;
}

/** A word of a name: letters, with a hyphen, an apostrophe or an initial's dot inside or after. */
const WORD = String.raw`\p{L}[\p{L}\p{M}'’-]*\.?`;
/** One to four words. */
const NAME = String.raw`(${WORD}(?: ${WORD}){0,3})`;
const CHAT = String.raw`(?:чат|чата|чату|беседа|беседы|беседе|беседу)`;

/** The people a line adds or removes: «Марию Ким», «A, B и C» (each name its own event). */
const LIST = String.raw`([\p{L}\p{M}'’., -]{2,240}?)`;
/** At most this many names in one line are read; a longer list is no line Parta knows. */
const MAX_NAMES = 20;

const LINES: readonly [RegExp, ServiceEvent, 'first' | 'list'][] = [
  [line(String.raw`${NAME} (?:присоединился|присоединилась|присоединился\(-ась\)|присоединился\(ась\)) к ${CHAT}(?: по ссылке)?`), 'joined', 'first'],
  [line(String.raw`${NAME} (?:вышел|вышла|вышел\(-ла\)|вышел\(-?а\)|покинул|покинула|покинул\(-?а\)) (?:из )?${CHAT}`), 'left', 'first'],
  [line(String.raw`${NAME} (?:вернулся|вернулась|вернулся\(-ась\)) в ${CHAT}`), 'returned', 'first'],
  [line(String.raw`${NAME} (?:пригласил|пригласила|пригласил\(-?а\)|добавил|добавила|добавил\(-?а\)) ${LIST}(?: в ${CHAT})?`), 'added', 'list'],
  [line(String.raw`${NAME} (?:исключил|исключила|исключил\(-?а\)|удалил|удалила|удалил\(-?а\)) ${LIST}(?: из ${CHAT})?`), 'removed', 'list'],
];

const ONE_NAME = new RegExp(`^${NAME}$`, 'u');

function line(body: string): RegExp {
  return new RegExp(`^${body}\\.?$`, 'u');
}

/**
 * A verb in the past tense of a service line (its stem and a past-tense ending): never a word of a
 * name, so «Иванов закрепил Сидоров вышел из чата» names nobody. «Удалов», «Павел» stay names.
 */
const VERB = /^(?:присоедин|вышл|выш|покину|верну|пригласи|добави|исключи|удали|измени|смени|закрепи|открепи|созда|установи|назначи|переименова|начал|заверши|отправи|позвони|звони|обнови|поменя|сдела)\p{L}*(?:л|ла|ло|ли|лся|лась|лось|л\(-а\)|л\(-ась\))$/u;
const NOT_A_NAME_WORD = new Set(['чат', 'чата', 'чату', 'беседа', 'беседы', 'беседе', 'беседу', 'в', 'из', 'к', 'по', 'ссылке', 'на', 'название', 'сообщение', 'фото', 'и']);

function isName(name: string): boolean {
  if (name.length < 2 || name.length > 80) return false;
  return name.split(' ').every((word) => {
    const lower = word.toLocaleLowerCase('ru');
    return !NOT_A_NAME_WORD.has(lower) && !VERB.test(lower);
  });
}

/**
 * The membership events of a line: one for a joined, left or returned member; one per name for a
 * line that adds or removes several («добавил(-а) Анну Ким, Олега Ли и Марию Петрову в чат»).
 * None for anything that is not wholly such a line.
 */
export function parseServiceLines(text: string): ServiceLine[] {
  const whole = text.replace(/\s+/g, ' ').trim();
  if (!whole || whole.length > 300) return [];
  // Quoted words, a colon, digits: a rename, a pin, a quote — never a membership line.
  if (/[«»"„“”:0-9]/.test(whole)) return [];
  for (const [pattern, event, which] of LINES) {
    const match = pattern.exec(whole);
    if (!match) continue;
    if (!isName(match[1])) return [];
    if (which === 'first') return [{ person: match[1], event, accusative: false }];
    const names = match[2].split(/\s*,\s*|\s+и\s+/u);
    if (names.length > MAX_NAMES || !names.every((name) => ONE_NAME.test(name) && isName(name))) return [];
    return names.map((person) => ({ person, event, accusative: true }));
  }
  return [];
}

/** The line's one event, or null (a line of several names is read by `parseServiceLines`). */
export function parseServiceLine(text: string): ServiceLine | null {
  const events = parseServiceLines(text);
  return events.length === 1 ? events[0] : null;
}
