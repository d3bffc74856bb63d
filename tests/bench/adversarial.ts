/**
 * Inputs built to make a link detector slow: the unit test counts the detector's work on
 * each, the benchmark times the worst of them per MB. `size` is the length in characters, roughly.
 */
export const ADVERSARIAL_FAMILIES: readonly [string, (size: number) => string][] = [
  ['glued look-alike hosts «дт.me»', (size) => 'дт.me'.repeat(size / 5)],
  ['glued hosts «t.me»', (size) => 't.me'.repeat(size / 4)],
  ['repeated scheme «tg:»', (size) => 'tg:'.repeat(size / 3)],
  ['e-mail runs «a@t.me.»', (size) => 'a@t.me.'.repeat(size / 7)],
  ['full-width letters', (size) => 'ｔ'.repeat(size)],
  ['full-width hosts', (size) => 'ｔ．ｍｅ'.repeat(size / 4)],
  ['bidi controls', (size) => 't\u202E\u200F'.repeat(size / 3)],
  ['lone surrogates', (size) => '\uD800t.me'.repeat(size / 5)],
  ['mixed scripts', (size) => 'тe.ме.wа'.repeat(size / 8)],
  ['zero-width runs', (size) => 't\u200B'.repeat(size / 2)],
  ['long digits after a host', (size) => `t.me/${'1'.repeat(size - 5)}`],
  ['digits after a port', (size) => `t.me:${'9'.repeat(size - 5)}`],
  ['spaced dots', (size) => 't . '.repeat(size / 4)],
  ['one endless host', (size) => 'a.'.repeat(size / 2)],
  ['links everywhere', (size) => 't.me/a '.repeat(size / 7)],
  ['math letters', (size) => '𝐭.𝐦𝐞'.repeat(size / 6)],
  ['percent dots', (size) => 't%2Eme'.repeat(size / 6)],
  ['redirect chains', (size) => 'https://x.ru/?q=https://t.me/?q='.repeat(size / 32)],
  ['combining marks', (size) => 't\u0336'.repeat(size / 2)],
  ['Cyrillic look-alikes, spaced dots', (size) => 'т . me '.repeat(size / 7)],
  ['spelled dots', (size) => 't dot '.repeat(size / 6)],
  ['digit runs', (size) => '1234567890'.repeat(size / 10)],
  ['one long URL', (size) => `https://school.ru/${'a'.repeat(size - 18)}`],
  ['escaped letters', (size) => '%74%2E'.repeat(size / 6)],
  ['phone links', (size) => 'wa.me/79001234567 '.repeat(size / 18)],
  ['RTL marks around hosts', (size) => '\u202Et.me\u202C '.repeat(size / 7)],
  ['mixes', (size) => 'ｔ．ｍｅ т . me t\u200B.me %74.me \uD800t.me '.repeat(size / 36)],
];
