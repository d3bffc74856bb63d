/**
 * How many members a chat header says its chat has: VK «25 участников» and its plurals,
 * a channel's «подписчиков», MAX «3 из 18 в сети» (the total, 18), English «18 members», «3 of 18
 * online». Null when the header states no count — a person's status («был в сети 5 минут назад»,
 * «онлайн», «печатает…»), or nothing: never a guess. Pure.
 */

/** A count as written: «18», «1 234» (with a space, a no-break or a thin space between thousands). */
const NUMBER = String.raw`(\d{1,3}(?:[ \u00A0\u202F]\d{3})+|\d+)`;
const OF_ONLINE = new RegExp(String.raw`\d[\d \u00A0\u202F]*\s+(?:из|of)\s+${NUMBER}\s+(?:в\s+сети|онлайн|online)`, 'iu');
const MEMBERS = new RegExp(
  String.raw`(?<!\d)${NUMBER}\s+(?:участник(?:а|ов)?|подписчик(?:а|ов)?|members?|participants?|subscribers?)(?![a-zа-яё])`,
  'iu',
);

function toNumber(written: string): number {
  return Number(written.replace(/[ \u00A0\u202F]/g, ''));
}

export function parseMemberCount(text: string): number | null {
  if (typeof text !== 'string') return null;
  const subtitle = text.trim().slice(0, 200);
  if (!subtitle) return null;
  const ofOnline = OF_ONLINE.exec(subtitle);
  if (ofOnline) return toNumber(ofOnline[1]);
  const members = MEMBERS.exec(subtitle);
  return members ? toNumber(members[1]) : null;
}
