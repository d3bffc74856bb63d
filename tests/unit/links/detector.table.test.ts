/**
 * The detector on a table of real-shaped chat text: every messenger, every link form, every
 * obfuscation, and the look-alikes that must stay quiet.
 */
import { describe, expect, test } from 'vitest';
import { findForeignLinks, type MessengerId } from '../../../lib/links/index';
import { HOMOGLYPHS, LOOK_ALIKE_LIMIT } from '../../../lib/links/normalize';

type Expected = [MessengerId, string][]; // messenger and the exact text the link spans

const positives: [string, Expected][] = [];
const add = (text: string, ...links: [MessengerId, string][]) => positives.push([text, links]);

// Every host and path form, bare, with a scheme, glued to Russian text and punctuation.
const forms: [MessengerId, string][] = [
  ['telegram', 't.me/klass5a'], ['telegram', 't.me/+AbCdEf123'], ['telegram', 't.me/joinchat/AAAAAE1234'],
  ['telegram', 't.me/c/1234567/89'], ['telegram', 't.me/s/school_news'], ['telegram', 'telegram.me/klass5a'],
  ['telegram', 'telegram.dog/klass5a'], ['telegram', 'klass5a.t.me'], ['telegram', 'web.telegram.org/k/#@klass5a'],
  ['telegram', 'telegram.org'], ['telegram', 'tg://join?invite=AbCdEf'], ['telegram', 'tg://resolve?domain=klass5a'],
  ['whatsapp', 'wa.me/79001234567'], ['whatsapp', 'chat.whatsapp.com/Gx7Hk2LmNpQr'],
  ['whatsapp', 'api.whatsapp.com/send?phone=79001234567'], ['whatsapp', 'whatsapp.com/channel/0029VaAbc'],
  ['whatsapp', 'web.whatsapp.com'], ['whatsapp', 'whatsapp://send?phone=79001234567'],
  ['viber', 'invite.viber.com/?g2=AQBabc123'], ['viber', 'invite.viber.com/?g=AQBold'], ['viber', 'viber.com/ru'],
  ['viber', 'viber://chat?number=%2B79001234567'], ['viber', 'viber://pa?chatURI=school'],
  ['discord', 'discord.gg/abcDEF'], ['discord', 'discord.com/invite/abcDEF'], ['discord', 'discordapp.com/invite/abc'],
  ['discord', 'discord.com/channels/123/456'], ['discord', 'dis.gd/support'],
  ['teams', 'teams.microsoft.com/l/meetup-join/19%3ameeting_abc'], ['teams', 'teams.microsoft.com/l/team/19%3aabc'],
  ['teams', 'teams.live.com/meet/9312345'], ['teams', 'teams.cloud.microsoft/l/chat/0/0'],
  ['teams', 'msteams:/l/meetup-join/19%3ameeting'],
  ['skype', 'join.skype.com/AbCdEfGh'], ['skype', 'web.skype.com'], ['skype', 'skype:ivanov.school?call'],
  ['skype', 'meet.lync.com/school/ivanov/ABC123'], ['skype', 'ms-sfb://call?id=123'],
  ['snapchat', 'snapchat.com/add/klass5a'], ['snapchat', 'snapchat.com/t/AbCd'], ['snapchat', 'snapchat://add/klass5a'],
  ['threema', 'threema.id/ABCD1234'], ['threema', 'threema://add?id=ABCD1234'], ['threema', 'threema.ch/ru'],
  ['wechat', 'u.wechat.com/AbCdEf'], ['wechat', 'weixin.qq.com/r/AbCdEf'], ['wechat', 'wx.qq.com'],
  ['wechat', 'mp.weixin.qq.com/s/AbCdEf'], ['wechat', 'weixin://dl/chat'], ['wechat', 'wechat.com/ru'],
];
for (const [messenger, link] of forms) {
  add(link, [messenger, link]);
  if (!/^[a-z-]+:/.test(link)) {
    add(`https://${link}`, [messenger, `https://${link}`]);
    add(`Ссылка:${link}`, [messenger, link]);
    add(`(см. ${link}).`, [messenger, link]);
  }
  add(`Родители, вступайте: ${link}, спасибо!`, [messenger, link]);
}

// Case.
add('ВСТУПАЙТЕ: T.ME/KLASS5A', ['telegram', 'T.ME/KLASS5A']);
add('HTTPS://CHAT.WHATSAPP.COM/ABC', ['whatsapp', 'HTTPS://CHAT.WHATSAPP.COM/ABC']);
add('Discord.GG/Abc', ['discord', 'Discord.GG/Abc']);
add('Tg://join?invite=x', ['telegram', 'Tg://join?invite=x']);
// Quotes, brackets and trailing punctuation stay outside the link.
add('«t.me/klass5a»', ['telegram', 't.me/klass5a']);
add('"wa.me/79001234567"', ['whatsapp', 'wa.me/79001234567']);
add('[discord.gg/abc]', ['discord', 'discord.gg/abc']);
add('t.me/klass5a!', ['telegram', 't.me/klass5a']);
add('Пишите: wa.me/79001234567.', ['whatsapp', 'wa.me/79001234567']);
add('Сервер: discord.gg/abc; пароль у меня', ['discord', 'discord.gg/abc']);
add('Канал (t.me/klass5a) для всех', ['telegram', 't.me/klass5a']);
add('<https://t.me/klass5a>', ['telegram', 'https://t.me/klass5a']);
// Several links, in order of appearance.
add('t.me/a и wa.me/1 и discord.gg/b', ['telegram', 't.me/a'], ['whatsapp', 'wa.me/1'], ['discord', 'discord.gg/b']);
add('Чат: vk.me/join/abc, дубль: t.me/abc', ['telegram', 't.me/abc']);
add('первая строка t.me/a\nвторая строка viber://chat?number=1', ['telegram', 't.me/a'], ['viber', 'viber://chat?number=1']);
// Obfuscations.
add('t . me/klass5a', ['telegram', 't . me/klass5a']);
add('t .me/klass5a', ['telegram', 't .me/klass5a']);
add('t. me/klass5a', ['telegram', 't. me/klass5a']);
add('t[.]me/klass5a', ['telegram', 't[.]me/klass5a']);
add('t(.)me/klass5a', ['telegram', 't(.)me/klass5a']);
add('t [.] me/klass5a', ['telegram', 't [.] me/klass5a']);
add('t(dot)me/klass5a', ['telegram', 't(dot)me/klass5a']);
add('t dot me/klass5a', ['telegram', 't dot me/klass5a']);
add('t(точка)me/klass5a', ['telegram', 't(точка)me/klass5a']);
add('chat.whatsapp[.]com/abc', ['whatsapp', 'chat.whatsapp[.]com/abc']);
add('discord . gg/abc', ['discord', 'discord . gg/abc']);
add('t。me/klass5a', ['telegram', 't。me/klass5a']);
add('t．me/klass5a', ['telegram', 't．me/klass5a']);
add('t｡me/klass5a', ['telegram', 't｡me/klass5a']);
add('ｔ．ｍｅ/klass5a', ['telegram', 'ｔ．ｍｅ/klass5a']);
add('ＴＥＬＥＧＲＡＭ．ＭＥ/klass5a', ['telegram', 'ＴＥＬＥＧＲＡＭ．ＭＥ/klass5a']);
add('ｗａ．ｍｅ/79001234567', ['whatsapp', 'ｗａ．ｍｅ/79001234567']);
add('t\u200B.me/klass5a', ['telegram', 't\u200B.me/klass5a']);
add('t.\u200Dme/klass5a', ['telegram', 't.\u200Dme/klass5a']);
add('tele\u200Bgram.me/klass5a', ['telegram', 'tele\u200Bgram.me/klass5a']);
add('what\u00ADsapp.com/channel/1', ['whatsapp', 'what\u00ADsapp.com/channel/1']);
add('dis\uFEFFcord.gg/abc', ['discord', 'dis\uFEFFcord.gg/abc']);
add('т.me/klass5a', ['telegram', 'т.me/klass5a']);
add('Т.me/klass5a', ['telegram', 'Т.me/klass5a']);
add('тelegram.me/klass5a', ['telegram', 'тelegram.me/klass5a']);
add('wа.me/79001234567', ['whatsapp', 'wа.me/79001234567']); // Cyrillic а
add('chat.whatsаpp.com/abc', ['whatsapp', 'chat.whatsаpp.com/abc']);
add('diѕcord.gg/abc', ['discord', 'diѕcord.gg/abc']); // Cyrillic ѕ
add('ѕkуpe.com', ['skype', 'ѕkуpe.com']);
add('viber.соm/ru', ['viber', 'viber.соm/ru']); // Cyrillic с, о
add('Ссылка:т.me/klass5a', ['telegram', 'т.me/klass5a']);
add('Вступайте в tеlеgrаm.me/klass5a!', ['telegram', 'tеlеgrаm.me/klass5a']);
add('Обфусцировано: t [.] me / klass5a', ['telegram', 't [.] me']);
// Disguises a reader (or the browser) follows.
add('https://user@t.me/klass5a', ['telegram', 'https://user@t.me/klass5a']);
add('https://t%2Eme/klass5a', ['telegram', 'https://t%2Eme/klass5a']);
add('https:///t.me/klass5a', ['telegram', 'https:///t.me/klass5a']);
add('𝐭.𝐦𝐞/klass5a', ['telegram', '𝐭.𝐦𝐞/klass5a']); // mathematical bold
add('𝘁𝗲𝗹𝗲𝗴𝗿𝗮𝗺.𝗺𝗲/klass5a', ['telegram', '𝘁𝗲𝗹𝗲𝗴𝗿𝗮𝗺.𝗺𝗲/klass5a']); // sans-serif bold
add('ⓣ.ⓜⓔ/klass5a', ['telegram', 'ⓣ.ⓜⓔ/klass5a']); // circled letters
add('🅃.🄼🄴/klass5a', ['telegram', '🅃.🄼🄴/klass5a']); // squared letters
add('Пишитеt.me/klass5a', ['telegram', 't.me/klass5a']); // glued to the word before
add('Заходитеt.me/klass5a', ['telegram', 't.me/klass5a']); // glued, the word ends in look-alikes
add('Вступайтеwa.me/79001234567', ['whatsapp', 'wa.me/79001234567']);
add('t\u0336.\u0336m\u0336e\u0336/klass5a', ['telegram', 't\u0336.\u0336m\u0336e\u0336/klass5a']); // strikethrough
add('te\u0301legram.me/klass5a', ['telegram', 'te\u0301legram.me/klass5a']); // combining accent
add('telegrám.me/klass5a', ['telegram', 'telegrám.me/klass5a']); // precomposed accent
add('t\u202E.me/klass5a', ['telegram', 't\u202E.me/klass5a']); // bidi override
add('wha\u200Ftsapp.com/x', ['whatsapp', 'wha\u200Ftsapp.com/x']); // right-to-left mark
add('т . me/klass5a', ['telegram', 'т . me/klass5a']); // Cyrillic т, spaced dot
add('wа . me/79001234567', ['whatsapp', 'wа . me/79001234567']); // Cyrillic а, spaced dot
add('т.ме/klass5a', ['telegram', 'т.ме/klass5a']); // all-Cyrillic host before a Latin path
add('hxxps://t[.]me/klass5a', ['telegram', 'hxxps://t[.]me/klass5a']); // defanged
add('hxxp://wa[.]me/79001234567', ['whatsapp', 'hxxp://wa[.]me/79001234567']);
add('ｔｇ：//resolve?domain=klass5a', ['telegram', 'ｔｇ：//resolve?domain=klass5a']);
// A host's letter written as a percent-escape: the browser decodes it (`%74.me` opens t.me).
add('https://%74.me/klass5a', ['telegram', 'https://%74.me/klass5a']);
add('Ссылка: https://%54%2E%6De/x', ['telegram', 'https://%54%2E%6De/x']);
add('te%6Cegram.org/klass5a', ['telegram', 'te%6Cegram.org/klass5a']);
add('https://%77a.me/79001234567', ['whatsapp', 'https://%77a.me/79001234567']);
add('https://chat.%77hatsapp.com/abc', ['whatsapp', 'https://chat.%77hatsapp.com/abc']);
// A dot written apart from the host joins the word before it.
add('Пишите: chat . whatsapp . com/Gx7', ['whatsapp', 'chat . whatsapp . com/Gx7']);
add('chat .whatsapp.com/Gx7', ['whatsapp', 'chat .whatsapp.com/Gx7']);
add('chat [.] whatsapp.com/x', ['whatsapp', 'chat [.] whatsapp.com/x']);
add('web dot telegram dot org/k', ['telegram', 'web dot telegram dot org/k']);
// Redirects whose target is a whole URL.
add('google.com/url?q=https://t.me/klass5a', ['telegram', 'https://t.me/klass5a']);
add('https://www.google.com/url?q=https%3A%2F%2Ft.me%2Fklass5a&sa=D', ['telegram', 'https%3A%2F%2Ft.me%2Fklass5a']);
add('https://vk.com/away.php?to=https%3A%2F%2Ft.me%2Fklass5a&cc_key=', ['telegram', 'https%3A%2F%2Ft.me%2Fklass5a']);
add('https://vk.ru/away.php?to=https%3A%2F%2Fwa.me%2F7900&utf=1', ['whatsapp', 'https%3A%2F%2Fwa.me%2F7900']);
add('school.ru/share?url=https://chat.whatsapp.com/abc', ['whatsapp', 'https://chat.whatsapp.com/abc']);

const negatives: string[] = [
  // Allowed platforms.
  'vk.me/join/AJQ1d9yYbQXnZsb7Kx2YbLm4', 'https://vk.com/im?sel=c12', 'https://max.ru/join/Zx9yW8vU7tS6rQ5pO4nM3lK2jI1',
  'web.max.ru/-68912345678', 'https://sferum.ru/?p=messages&join=abc', 'web.vk.me/convo/2000000001', 'me.sferum.ru',
  'max.ru/@school5', 'https://vk.ru/club1',
  // E-mail addresses.
  'ivan@telegram.org', 'Пишите на school@whatsapp.com', 'info@viber.com', 'teacher@discord.gg',
  'mailto:support@telegram.org', 'admin@t.me',
  // Look-alike but unrelated domains.
  'tme.ru', 'teamsport.ru', 'mywhatsapp.ru', 'input.me', 't.me.example.ru/x', 'notdiscord.gg', 'discord.gg.ru',
  'skyped.com', 'viber.company.ru', 'snapchatt.com', 'threema.idea.ru', 'wechat.company', 'tg.ru', 'wa.meet.ru',
  'bat.me', 'chat.me/abc', 'teams.ru', 'microsoft.com', 'live.com', 'qq.com', 'at.me', 'tt.me', 'meet.google.com/abc-defg',
  'zoom.us/j/123', 'teams.microsoft.company.ru', 'whatsapp.com.ru',
  // A messenger host only inside another URL's query or path.
  'https://example.com/?u=t.me/x', 'https://yandex.ru/search/?text=discord.gg', 'https://school.ru/news/t.me',
  'https://example.com/?next=t.me', 'https://school.ru/a/b?ref=wa.me&x=1', 'school.ru/share#discord.gg',
  // Plain mentions of a messenger's name.
  'Пишите в Telegram', 'У кого нет WhatsApp?', 'Viber больше не используем', 'Discord запрещён', 'Skype закрылся',
  'Microsoft Teams', 'Snapchat', 'Threema', 'WeChat', 'Телеграм', 'телеграм-канал', 'вотсап', 'вайбер',
  'Telegram: нельзя', 'Skype: нет', 'Viber: +7 900 123-45-67', 'tg: нет', 'Команда teams победила',
  // Russian text that normalisation must not turn into a link.
  'т.е. завтра', 'и т.д.', 'т. е.', 'Привет. Me too', 'см. стр. 5', 'ч.т.д.', 'т.к. болеет',
  'Встреча в 18.00, т.е. после уроков', 'см. п. 3.2', 'цена 150.00 руб.', 'ул. Мира, д. 5', 'стр.45-47',
  'Т.е. завтра в 9.30', 'и т. д. и т. п.', '1. Прочитать\n2. Ответить', 'пишите: ivan.petrov@telegram.org',
  'mytelegram.ru', 'telegram-bot.ru', 'whatsapp-help.ru', 'discordia.ru', 'skypeclub.ru/x', 'vibernet.ru',
  'Напишите в Телеграм, не в Telegram', 'Teams и Skype не используем', 'т.ме', 'т . е .', 'м²',
  '', ' ', 'Добрый вечер!', '5А', '18:30', 'https://school123.ru/news', 'myschool.edu.ru/lesson/1',
  // Percent-escapes that hide no banned host: Cyrillic paths, percentages, escaped letters elsewhere.
  'https://ru.wikipedia.org/wiki/%D0%9F%D1%83%D1%88%D0%BA%D0%B8%D0%BD', 'скидка 50%', '100%74 готовы',
  'https://school.ru/%74%65%73%74', 'https://yandex.ru/search/?text=%74%2Eme', 'https://%73chool.ru/t.me',
];

describe('positives', () => {
  test.each(positives)('%j', (text, expected) => {
    const found = findForeignLinks(text);
    expect(found.map((link) => [link.messenger, text.slice(link.start, link.end)])).toEqual(expected);
  });
});

describe('negatives', () => {
  test.each(negatives.map((text) => [text]))('%j', (text) => {
    expect(findForeignLinks(text)).toEqual([]);
  });
});

test('every look-alike letter fits the normaliser’s table (one character below its limit)', () => {
  for (const char of Object.keys(HOMOGLYPHS)) expect([char.length, char.charCodeAt(0) < LOOK_ALIKE_LIMIT]).toEqual([1, true]);
});

test('the table is large enough to mean something', () => {
  expect(positives.length + negatives.length).toBeGreaterThanOrEqual(200);
});

describe('reported link', () => {
  test('url is cleaned of the disguise, host lower-cased, https added; obfuscated is set', () => {
    expect(findForeignLinks('ТЕЛЕГРАМ: ｔ．ｍｅ/Klass5A')).toEqual([
      { messenger: 'telegram', start: 10, end: 22, url: 'https://t.me/Klass5A', obfuscated: true },
    ]);
    expect(findForeignLinks('T.ME/Klass5A')[0]).toMatchObject({ url: 'https://t.me/Klass5A', obfuscated: false });
    expect(findForeignLinks('t[.]me/x')[0]).toMatchObject({ url: 'https://t.me/x', obfuscated: true });
    expect(findForeignLinks('т.me/x')[0]).toMatchObject({ url: 'https://t.me/x', obfuscated: true });
    expect(findForeignLinks('Viber://chat?number=1')[0]).toMatchObject({ url: 'viber://chat?number=1', obfuscated: false });
    expect(findForeignLinks('http://wa.me/1')[0]).toMatchObject({ url: 'http://wa.me/1', obfuscated: false });
  });

  test('offsets count UTF-16 units of the input, astral characters included', () => {
    const text = '😀😀 t.me/x';
    const [link] = findForeignLinks(text);
    expect(text.slice(link.start, link.end)).toBe('t.me/x');
  });
});
