/**
 * Deterministic, realistic school-chat text for benchmarks: ordinary messages, some with allowed
 * links (vk.me, max.ru, school sites), and a given share with a banned link. Sizes are UTF-8 bytes
 * (a Russian letter is two): «1 MB» is what a file of the text would weigh.
 */
import { utf8Length } from '../../lib/invites/transfer';
const SENTENCES = [
  'Добрый вечер, уважаемые родители!',
  'Напоминаю, что завтра контрольная работа по математике.',
  'Домашнее задание: стр. 45, упр. 3, 4, 5.',
  'Просьба подписать дневники до пятницы.',
  'Ребята, не забудьте сменную обувь и форму на физкультуру.',
  'Собрание в 18:30 в кабинете 214, явка обязательна.',
  'Спасибо всем, кто пришёл на субботник!',
  'Расписание на следующую неделю выложено в электронном журнале.',
  'Кто забыл пенал в классе? Он у меня на столе.',
  'Экскурсия в музей переносится на вторник, т.е. на 14-е число.',
  'Подробности на сайте школы: school123.ru/news',
  'Ответы на вопросы — в чате класса в Сферуме: vk.me/join/AbCdEf123',
  'Запись на кружок: https://max.ru/join/Zx9yW8vU7tS6rQ5pO4nM3lK2jI1hG0fE',
  'Олимпиада по русскому языку пройдёт 20 ноября, начало в 10:00.',
  'Please check the English homework, p. 12.',
  'Ссылка на материалы урока: https://myschool.edu.ru/lesson/123456',
  'Оценки за четверть выставлены, вопросы — в личные сообщения.',
  'Мама Пети, позвоните, пожалуйста, классному руководителю.',
  // What real school chats are full of: abbreviations, times, prices, e-mails, numbered lists.
  'См. расписание: 1) математика, 2) русский яз., 3) физ-ра.',
  'Сбор в 8.15 у главного входа, т.к. автобус отправляется в 8.30.',
  'Сдаём по 350 руб. на экскурсию, т.е. до 15.11 включительно.',
  'Цена рабочей тетради 245.50 ₽, см. п. 2.3 письма.',
  'Вопросы по олимпиаде — на почту school123@mail.ru или olymp.5a@yandex.ru.',
  '1. Прочитать § 12.\n2. Ответить на вопросы 1–5 (стр. 78).\n3. Выучить правило.',
  'Д/з: упр. 112, 114; слова — наизусть!!! 😊',
  'Родительское собрание 25.11 в 19:00, каб. 3-14, ул. Ленина, д. 7.',
  'Спасибо, Марья Ивановна! 👍🙏',
  'т.е. в понедельник уроки по сокращённому расписанию (по 30 мин.), ок?',
  'Ребята, кто потерял ключи с брелоком «Zenit»?',
  'Физика: лаб. раб. № 4, оформить по образцу (см. фото).',
];
const BANNED = [
  'Вступайте в наш канал t.me/klass5a_news',
  'Группа для родителей: https://chat.whatsapp.com/Gx7Hk2LmNpQr',
  'Пишите в вайбер: viber://chat?number=%2B79001234567',
  'Сервер класса: discord.gg/abcDEF',
  'Урок пройдёт в Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting',
];

function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function chatCorpus(bytes: number, bannedShare: number, seed = 42): string {
  const random = prng(seed);
  const messages: string[] = [];
  let size = 0;
  while (size < bytes) {
    const parts: string[] = [];
    const count = 1 + Math.floor(random() * 3);
    for (let index = 0; index < count; index++) parts.push(SENTENCES[Math.floor(random() * SENTENCES.length)]);
    if (random() < bannedShare) parts.push(BANNED[Math.floor(random() * BANNED.length)]);
    const message = parts.join(' ');
    messages.push(message);
    size += message.length + 1;
  }
  return messages.join('\n');
}

const NAMES = ['Анна Петровна', 'Мама Пети', 'Папа Коли', 'Ирина Сергеевна', 'Олег', 'Марья Ивановна', 'бабушка Вари', 'Дима'];
const WIKI = [
  'https://ru.wikipedia.org/wiki/%D0%9F%D1%83%D1%88%D0%BA%D0%B8%D0%BD,_%D0%90%D0%BB%D0%B5%D0%BA%D1%81%D0%B0%D0%BD%D0%B4%D1%80_%D0%A1%D0%B5%D1%80%D0%B3%D0%B5%D0%B5%D0%B2%D0%B8%D1%87',
  'https://yandex.ru/search/?text=%D0%B4%D0%BE%D0%BC%D0%B0%D1%88%D0%BD%D0%B5%D0%B5+%D0%B7%D0%B0%D0%B4%D0%B0%D0%BD%D0%B8%D0%B5',
  'https://school123.ru/%D1%80%D0%B0%D1%81%D0%BF%D0%B8%D1%81%D0%B0%D0%BD%D0%B8%D0%B5.pdf',
];
/** Banned links, plain and disguised, each made unique by its path. */
const BANNED_FORMS = [
  (tag: string) => `Вступайте в наш канал t.me/klass_${tag}`,
  (tag: string) => `Группа для родителей: https://chat.whatsapp.com/Gx${tag}Hk2`,
  (tag: string) => `Пишите в вайбер: viber://chat?number=%2B7900${tag}`,
  (tag: string) => `Сервер класса: discord.gg/c${tag}`,
  (tag: string) => `Урок пройдёт в Teams: https://teams.microsoft.com/l/meetup-join/19%3a${tag}`,
  (tag: string) => `Канал тут: t . me/otvety_${tag}`,
  (tag: string) => `Наш чат: wа.me/7900${tag}`,
  (tag: string) => `Ссылка: https://%74.me/k${tag}`,
];

/**
 * Unique messages (every one differs: names, numbers, dates — no cache of repeated texts can help),
 * with percent-encoded Cyrillic URLs among the innocent ones; `share` of them end with a banned
 * link. The same messages with and without those links, so the links' own cost is the difference.
 */
export function uniqueChatCorpus(bytes: number, share: number, seed = 7): PairedCorpus {
  return pairedCorpus(bytes, share, seed, {
    sender: (random) => NAMES[Math.floor(random() * NAMES.length)],
    sentences: SENTENCES,
    extra: (random) => (random() < 0.05 ? WIKI[Math.floor(random() * WIKI.length)] : undefined),
    banned: BANNED_FORMS,
  });
}

/** The same messages with and without their banned links, and how many links there are. */
export interface PairedCorpus {
  withLinks: string;
  withoutLinks: string;
  links: number;
}

interface CorpusShape {
  sender: (random: () => number) => string;
  sentences: readonly string[];
  /** Something after the sentences of some messages (a long URL). */
  extra?: (random: () => number) => string | undefined;
  banned: readonly ((tag: string) => string)[];
}

/** Unique messages of a shape, `bytes` in UTF-8; `share` of them end with a banned link. */
function pairedCorpus(bytes: number, share: number, seed: number, shape: CorpusShape): PairedCorpus {
  const random = prng(seed);
  const plain: string[] = [];
  const banned: string[] = [];
  let size = 0;
  let links = 0;
  for (let index = 0; size < bytes; index++) {
    const parts: string[] = [`${shape.sender(random)}, ${index}:`];
    const count = 1 + Math.floor(random() * 3);
    for (let part = 0; part < count; part++) parts.push(shape.sentences[Math.floor(random() * shape.sentences.length)]);
    const extra = shape.extra?.(random);
    if (extra) parts.push(extra);
    parts.push(`(${1 + Math.floor(random() * 28)}.${1 + Math.floor(random() * 12)}, ${Math.floor(random() * 24)}:${String(Math.floor(random() * 60)).padStart(2, '0')})`);
    const message = parts.join(' ');
    plain.push(message);
    if (random() < share) {
      const tag = Math.floor(random() * 1e9).toString(36);
      banned.push(`${message} ${shape.banned[links % shape.banned.length](tag)}`);
      links++;
    } else banned.push(message);
    size += utf8Length(message) + 1;
  }
  return { withLinks: banned.join('\n'), withoutLinks: plain.join('\n'), links };
}

const LATIN_SENTENCES = [
  'Good evening, dear parents!',
  'Reminder: the maths test is tomorrow, please revise chapters 4 and 5.',
  'Homework: p. 45, ex. 3-5; bring your workbooks.',
  'Dobryi vecher! Zavtra sobranie v 18:30, kab. 214.',
  'Privet vsem, kto zabyl penal? On u menya na stole.',
  'The school trip moves to Tuesday, i.e. the 14th; meet at 8.15 at the main gate.',
  'Details on the school site: school123.ru/news and in the e-journal.',
  'Send questions to olymp.5a@yandex.ru or teacher.smith@mail.ru, thanks!',
  'Join the class chat in Sferum: vk.me/join/AbCdEf123 (MAX: https://max.ru/join/Zx9yW8vU7tS6rQ)',
  'Sorry, my son was sick today, could you send the tasks? Thank you very much.',
  'Please check the English homework, p. 12; the answers are in the textbook.',
  'Materials: https://myschool.edu.ru/lesson/123456 and the video from the last lesson.',
  'Ok, see you on Monday. Shortened lessons (30 min.) this week, whatever the weather.',
  'Who lost the keys with the «Zenit» keyring? They are with the watchman downstairs.',
];

/** Banned links in Latin-letter messages, plain and disguised without leaving Latin-1. */
const LATIN_BANNED_FORMS = [
  (tag: string) => `Join our channel t.me/klass_${tag}`,
  (tag: string) => `Parents' group: https://chat.whatsapp.com/Gx${tag}Hk2`,
  (tag: string) => `Write on Viber: viber://chat?number=%2B7900${tag}`,
  (tag: string) => `Class server: discord.gg/c${tag}`,
  (tag: string) => `Lesson in Teams: https://teams.microsoft.com/l/meetup-join/19%3a${tag}`,
  (tag: string) => `Channel here: t . me/otvety_${tag}`,
  (tag: string) => `Link: https://%74.me/k${tag}`,
];

/**
 * The same shape in Latin letters (English and transliterated Russian, as in a foreign-language
 * class or a parent writing from a phone without a Russian keyboard): the prefilter's keywords
 * start with Latin letters, so its first-letter filter passes far more often here.
 */
export function latinChatCorpus(bytes: number, share: number, seed = 11): PairedCorpus {
  return pairedCorpus(bytes, share, seed, {
    sender: (random) => `User${Math.floor(random() * 500)}`,
    sentences: LATIN_SENTENCES,
    banned: LATIN_BANNED_FORMS,
  });
}

/** The frauds school chats attract, each made unique by its numbers: what `findRisks` looks for. */
const RISK_FORMS = [
  (tag: string) => `Уважаемые родители, продиктуйте код из СМС для портала ${tag}`,
  (tag: string) => `Новый электронный дневник: https://gosuslugi-ru.com/${tag}`,
  (tag: string) => `Срочный сбор! Переведите по 1500 руб. на карту, номер ${tag} в личке`,
  (tag: string) => `Обновлённая ссылка: https://clck.ru/${tag}`,
  (tag: string) => `Чат переехал: max-ru.online/join/${tag}`,
  (tag: string) => `Пришлите код, который придёт в сообщении, заявка ${tag}`,
];

/** Unique chat messages (as `uniqueChatCorpus`), `share` of them ending with a fraud's words or link. */
export function riskChatCorpus(bytes: number, share: number, seed = 13): PairedCorpus {
  return pairedCorpus(bytes, share, seed, {
    sender: (random) => NAMES[Math.floor(random() * NAMES.length)],
    sentences: SENTENCES,
    extra: (random) => (random() < 0.05 ? WIKI[Math.floor(random() * WIKI.length)] : undefined),
    banned: RISK_FORMS,
  });
}
