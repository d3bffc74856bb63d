/**
 * The frauds school chats attract, found in a message: a link to a look-alike of a service the
 * school uses, a short link whose destination is unknown, a request for a confirmation code or
 * password, a request to transfer money to a card or phone number (or a card number itself). Pure;
 * linear in the text: a few forward regex passes, each look around a hit bounded by its sentence.
 * Precision first: a teacher's «код урока», a class collection in cash and links to the real sites
 * say nothing.
 */
import { redirectTargets } from './href';
import { hostRisk, type HostRisk } from './lookalike';
import { normalizeSpan } from './normalize';
import type { SchoolService } from './services';

export type RiskKind = 'lookalike' | 'shortener' | 'code-request' | 'payment-request';

export interface Risk {
  kind: RiskKind;
  /** Where in the text (offsets; for a risk of a link's address only, the text's whole length is not claimed: 0, 0). */
  start: number;
  end: number;
  /** The index of the address in `hrefs` the risk was found in, when it was found there. */
  href?: number;
  /** A look-alike: the service it imitates. */
  service?: string;
}

/** Work done by one call (tests prove linearity with it). */
export interface RiskWork {
  /** Characters the whole-text passes searched. */
  passChars: number;
  /** Characters looked at around hits (hosts normalised, sentences read). */
  windowChars: number;
}

export const newRiskWork = (): RiskWork => ({ passChars: 0, windowChars: 0 });

export interface RiskOptions {
  /** Sites the teacher added (journals, the school's site), as `knownSite` makes them. */
  known?: readonly SchoolService[];
  work?: RiskWork;
}

/** A dot (plain or odd) with a letter after it: where a host may be. Most messages have few. */
const DOT_THEN_LETTER = /[.\u3002\uff0e\uff61](?=[a-zA-Z\u0370-\u052f\uff21-\uff5a\ud835])/g;
const HOST = /^(?:[a-z0-9-]+\.)+[a-z]{2,24}$/;
const MAX_HOST_RUN = 300;

/** A character a written host may hold: Latin, digits, hyphen, dots, look-alike scripts, invisible and letter-like forms. */
function isHostChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 45 || code === 46 ||
    (code >= 0x300 && code <= 0x52f) || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff ||
    code === 0x3002 || (code >= 0xff0e && code <= 0xff5a) || code === 0xff61 || (code >= 0xd800 && code <= 0xdfff)
  );
}

/** Whether a run is all Russian letters and dots («т.е.», «Иванов.Петров»): nothing there is a host. */
function onlyRussian(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code !== 46 && code !== 45 && !((code >= 0x410 && code <= 0x44f) || code === 0x401 || code === 0x451)) return false;
  }
  return true;
}

function hostRisks(text: string, known: readonly SchoolService[], risks: Risk[], work: RiskWork | undefined): void {
  DOT_THEN_LETTER.lastIndex = 0;
  let coveredUntil = 0;
  for (let match = DOT_THEN_LETTER.exec(text); match; match = DOT_THEN_LETTER.exec(text)) {
    if (match.index < coveredUntil) continue;
    // The run of host characters around the dot, never reaching back into a run already read.
    let start = match.index;
    const floor = Math.max(coveredUntil, match.index - MAX_HOST_RUN);
    while (start > floor && isHostChar(text.charCodeAt(start - 1))) start--;
    let end = match.index + 1;
    const ceiling = Math.min(text.length, match.index + MAX_HOST_RUN);
    while (end < ceiling && isHostChar(text.charCodeAt(end))) end++;
    coveredUntil = end;
    DOT_THEN_LETTER.lastIndex = end;
    if (work) work.windowChars += end - start;
    if (onlyRussian(text, start, end)) continue;
    const normalized = normalizeSpan(text, start, end);
    const host = normalized.text.toLowerCase().replace(/^[.-]+|[.-]+$/g, '');
    if (!HOST.test(host)) continue;
    let disguised = false;
    for (let index = 0; index < normalized.text.length && !disguised; index++) disguised = normalized.obfuscated[index] !== 0;
    const risk = hostRisk(host, known, disguised);
    if (risk) risks.push(toRisk(risk, start, end));
  }
  if (work) work.passChars += text.length;
}

const toRisk = (risk: HostRisk, start: number, end: number, href?: number): Risk =>
  risk.kind === 'lookalike' ? { kind: 'lookalike', start, end, service: risk.service, ...(href === undefined ? {} : { href }) } : { kind: 'shortener', start, end, ...(href === undefined ? {} : { href }) };

/** The host a link's address (as the browser opens it) reaches, and the hosts of whole URLs in its query (a redirect's target). */
function hostsOfHref(href: string, depth = 0): string[] {
  if (href.length > 8192 || depth > 3) return [];
  let url: URL;
  try {
    url = new URL(href.trim());
  } catch {
    return [];
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return [];
  return [url.hostname, ...redirectTargets(url).flatMap((target) => hostsOfHref(target, depth + 1))];
}

/**
 * One letter per letter, for the phrase passes: lower case, «ё» as «е», and a Latin letter that
 * looks Cyrillic read as Cyrillic inside a word that has Cyrillic letters («кoд» with a Latin «o»).
 */
const CYRILLIC_OF: Readonly<Record<string, string>> = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', k: 'к', m: 'м', t: 'т', h: 'н', b: 'в' };

function phraseText(text: string): string {
  const lower = text.replace(/[A-ZА-ЯЁ]/g, (char) => char.toLowerCase()).replace(/ё/g, 'е');
  return lower.replace(/[a-zа-я]*[а-я][a-zа-я]*/g, (word) => (/[a-z]/.test(word) ? word.replace(/[a-z]/g, (char) => CYRILLIC_OF[char] ?? char) : word));
}

/** How far a request's words may stand from what they ask for, within one sentence. */
const REACH = 70;
const SENTENCE_END = /[.!?\n]/;

/** The sentence around [start, end), at most REACH either side. */
function sentenceAround(text: string, start: number, end: number, work: RiskWork | undefined): [number, number] {
  let from = start;
  const floor = Math.max(0, start - REACH);
  while (from > floor && !SENTENCE_END.test(text[from - 1] as string)) from--;
  let to = end;
  const ceiling = Math.min(text.length, end + REACH);
  while (to < ceiling && !SENTENCE_END.test(text[to] as string)) to++;
  if (work) work.windowChars += to - from;
  return [from, to];
}

const SECRET = /(?<![а-я])(?:код(?:ы|а|ом|у)?|пароль|пароля|паролем|пин-?код|cvc|cvv)(?![а-я])/g;
/** Asking for it: an imperative, not a warning («никому не сообщайте»). */
const ASK = /(?<![а-я])(?<!не )(?:продиктуй|назови|скажи|сообщи|пришли|отправь|скинь|напиши|перешли|введи|вбей|дай)(?:те)?(?![а-я])/g;
/** A code that is a classroom's, a lesson's, a door's: a teacher's words. */
const CLASSROOM = /^\s*(?:[а-я]+\s+)?(?:урок|класс|курс|заняти|конференц|комнат|приглашени|доступа к (?:урок|курс|тест|конференц)|тест|задани|олимпиад|домофон|подъезд|предмет|школ|регион|города|товар|от конференц|от wi|от вай)/;
/** What makes a code a bank's or Госуслуги's: where it came from. */
const SENSITIVE = /смс|sms|сообщени|подтвержд|госуслуг|банк|пришел|пришедш|придет|прислал|цифр|звонк|личн\S* кабинет|с номера|на (?:ваш )?телефон|из приложения/;
/** Verbs that send a secret away (not «напишите на листочке», not «введите»). */
const SENDING = /^(?:продикт|назов|скаж|сообщ|пришл|отправ|скин|перешл)/;
/** Sent to someone: «мне», «в личку», «в ответ». */
const RECIPIENT = /(?<![а-я])(?:мне|нам|сюда|в личк|в лс|в личные|в ответ|в чат|на почту)(?![а-я])/;
const BETWEEN_CONDITION = /(?<![а-я])(?:если|когда|чтобы|как только)(?![а-я])/;

function codeRequests(text: string, risks: Risk[], work: RiskWork | undefined): void {
  SECRET.lastIndex = 0;
  let coveredUntil = 0;
  for (let match = SECRET.exec(text); match; match = SECRET.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    if (start < coveredUntil) continue;
    if (CLASSROOM.test(text.slice(end, end + 40))) continue;
    const [from, to] = sentenceAround(text, start, end, work);
    const sentence = text.slice(from, to);
    let ask: [number, number] | null = null;
    ASK.lastIndex = 0;
    for (let verb = ASK.exec(sentence); verb; verb = ASK.exec(sentence)) {
      const verbStart = from + verb.index;
      const verbEnd = verbStart + verb[0].length;
      const between = verbEnd <= start ? text.slice(verbEnd, start) : text.slice(end, verbStart);
      if (!BETWEEN_CONDITION.test(between)) ask = [verbStart, verbEnd];
    }
    if (!ask) continue;
    // «Продиктуйте код» is never a teacher's; a password or card code asked to be sent is not either;
    // otherwise the code must come from a bank, Госуслуги, an SMS — or be asked to be sent somewhere.
    const strong = text.startsWith('продикт', ask[0]) || (SENDING.test(text.slice(ask[0], ask[1])) && !match[0].startsWith('код'));
    if (!strong && !SENSITIVE.test(sentence) && !RECIPIENT.test(sentence)) continue;
    risks.push({ kind: 'code-request', start: Math.min(start, ask[0]), end: Math.max(end, ask[1]) });
    coveredUntil = to;
  }
  if (work) work.passChars += text.length;
}

/** A card number: 16 to 19 digits, in fours or run together, starting as Russian and world cards do. */
const CARD = /(?<![\d])[2-6]\d{3}(?:[ -]?\d{4}){3}\d{0,3}(?!\d)/g;
const TRANSFER = /(?<![а-я])(?:переведи|переведите|перевести|переводите|перекинь|перекиньте|скинь|скиньте|закинь|закиньте|кинь|киньте|отправь|отправьте|оплати|оплатите|сбросьте)(?![а-я])/g;
/** Where the money goes: a card, an account, a phone number or the fast-payment system. */
const TO_CARD = /на (?:карт|сч[её]т|кошел[её]к|сбер|тиньк|т-банк)|по (?:сбп|реквизит|qr)|через сбп/;
const TO_PHONE = /на (?:номер|телефон)|по номеру/;
const MONEY = /\d+\s*(?:р\.|р(?![а-я])|руб|₽|тыс)|деньг|сумм|оплат|взнос|сбор/;

/** The Luhn check every card number passes. */
function luhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = digits.charCodeAt(digits.length - 1 - index) - 48;
    if (index % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

function paymentRequests(text: string, risks: Risk[], work: RiskWork | undefined): void {
  CARD.lastIndex = 0;
  for (let match = CARD.exec(text); match; match = CARD.exec(text)) {
    const digits = match[0].replace(/\D/g, '');
    if (digits.length >= 16 && luhn(digits)) risks.push({ kind: 'payment-request', start: match.index, end: match.index + match[0].length });
  }
  TRANSFER.lastIndex = 0;
  let coveredUntil = 0;
  for (let match = TRANSFER.exec(text); match; match = TRANSFER.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    if (start < coveredUntil) continue;
    const [from, to] = sentenceAround(text, start, end, work);
    const sentence = text.slice(from, to);
    if (!TO_CARD.test(sentence) && !(TO_PHONE.test(sentence) && MONEY.test(sentence))) continue;
    risks.push({ kind: 'payment-request', start, end });
    coveredUntil = to;
  }
  if (work) work.passChars += 2 * text.length;
}

const PHRASE_WORDS = /к[оo]д|k[оo]д|парол|cvc|cvv|переве|переводи|кинь|отправь|оплати|сбросьте|\d{4}[ -]?\d{4}[ -]?\d{4}/i;

/**
 * The risks of a message: its text, and the addresses its links open (`hrefs`, absolute, as the
 * browser resolved them). In text order; a risk of an address only carries its index.
 */
export function findRisks(text: string, hrefs: readonly string[] = [], options: RiskOptions = {}): Risk[] {
  const risks: Risk[] = [];
  if (typeof text !== 'string') return risks;
  const { known = [], work } = options;
  hostRisks(text, known, risks, work);
  hrefs.forEach((href, index) => {
    for (const host of hostsOfHref(href)) {
      const risk = hostRisk(host, known);
      if (risk) {
        risks.push(toRisk(risk, 0, 0, index));
        break;
      }
    }
  });
  // The phrases' words, or a card's digits: most messages have none, and are not rewritten for the passes.
  if (PHRASE_WORDS.test(text)) {
    const phrases = phraseText(text);
    codeRequests(phrases, risks, work);
    paymentRequests(phrases, risks, work);
  }
  return risks.sort((a, b) => a.start - b.start || a.end - b.end);
}
