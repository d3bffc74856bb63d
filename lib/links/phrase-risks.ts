/**
 * Requests a fraud makes in a school chat: for a confirmation code or password, for money to a card
 * or phone number (or a card number itself). Precision first: a teacher's «код урока», a warning
 * («никому не сообщайте коды»), a class collection in cash say nothing. Linear: forward regex passes,
 * each look around a hit bounded by its sentence.
 */
import type { Risk, RiskWork } from './risk-types';

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

/**
 * Whether a sentence ends at `index` of the message as written: «!», «?», a new line, or a dot before
 * a capital letter or the end («по 500 руб. на карту» is one sentence). Read on the original text:
 * the phrase passes see it in lower case.
 */
function endsSentence(original: string, index: number): boolean {
  const char = original[index];
  if (char === '!' || char === '?' || char === '\n') return true;
  if (char !== '.') return false;
  let next = index + 1;
  while (next < original.length && next - index <= 3 && original[next] === ' ') next++;
  if (next >= original.length) return true;
  const after = original[next] as string;
  return after !== after.toLowerCase();
}

/** The sentence around [start, end), at most REACH either side. */
function sentenceAround(original: string, start: number, end: number, work: RiskWork | undefined): [number, number] {
  let from = start;
  const floor = Math.max(0, start - REACH);
  while (from > floor && !endsSentence(original, from - 1)) from--;
  let to = end;
  const ceiling = Math.min(original.length, end + REACH);
  while (to < ceiling && !endsSentence(original, to)) to++;
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

function codeRequests(text: string, original: string, risks: Risk[], work: RiskWork | undefined): void {
  SECRET.lastIndex = 0;
  let coveredUntil = 0;
  for (let match = SECRET.exec(text); match; match = SECRET.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    if (start < coveredUntil) continue;
    if (CLASSROOM.test(text.slice(end, end + 40))) continue;
    const [from, to] = sentenceAround(original, start, end, work);
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

function paymentRequests(text: string, original: string, risks: Risk[], work: RiskWork | undefined): void {
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
    const [from, to] = sentenceAround(original, start, end, work);
    const sentence = text.slice(from, to);
    if (!TO_CARD.test(sentence) && !(TO_PHONE.test(sentence) && MONEY.test(sentence))) continue;
    risks.push({ kind: 'payment-request', start, end });
    coveredUntil = to;
  }
  if (work) work.passChars += 2 * text.length;
}

const PHRASE_WORDS = /к[оo]д|k[оo]д|парол|cvc|cvv|переве|переводи|кинь|отправь|оплати|сбросьте|\d{4}[ -]?\d{4}[ -]?\d{4}/i;

/** The requests in a message's text. */
export function phraseRisks(text: string, work?: RiskWork): Risk[] {
  const risks: Risk[] = [];
  // The phrases' words, or a card's digits: most messages have none, and are not rewritten for the passes.
  if (!PHRASE_WORDS.test(text)) return risks;
  const phrases = phraseText(text);
  codeRequests(phrases, text, risks, work);
  paymentRequests(phrases, text, risks, work);
  return risks;
}
