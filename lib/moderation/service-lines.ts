/**
 * Service lines of a chat's history (sites.md): who joined, left, came back, was added or removed.
 * VK «Ольга Павлова присоединилась к чату по ссылке», «Пётр Иванов вышел из чата», «… вернулся в
 * чат», «Анна Петровна пригласила Ивана Сидорова», «… исключил …»; MAX «… покинул(-а) чат»,
 * «… присоединился(-ась) к чату», «… добавил(-а) …». Pure.
 */

export type ServiceEvent = 'joined' | 'left' | 'returned' | 'added' | 'removed';

export interface ServiceLine {
  /** Whom the line is about: the one who joined or left; for «added»/«removed», the one added or removed. */
  person: string;
  event: ServiceEvent;
  /** The person is the object of the line («пригласила Ивана Сидорова»): written in the accusative. */
  accusative: boolean;
}

const NAME = String.raw`(.{2,80}?)`;
const LINES: readonly [RegExp, ServiceEvent, 'first' | 'second'][] = [
  [new RegExp(String.raw`^${NAME}\s+(?:присоединил(?:ся|ась)|присоединился\(-ась\))\s+к\s+(?:чату|беседе)`, 'u'), 'joined', 'first'],
  [new RegExp(String.raw`^${NAME}\s+(?:вышел|вышла|покинул|покинула|покинул\(-а\))\s+(?:из\s+)?(?:чата|чат|беседы|беседу)`, 'u'), 'left', 'first'],
  [new RegExp(String.raw`^${NAME}\s+(?:вернулся|вернулась)\s+в\s+(?:чат|беседу)`, 'u'), 'returned', 'first'],
  [new RegExp(String.raw`^${NAME}\s+(?:пригласил|пригласила|добавил|добавила|добавил\(-а\))\s+${NAME}$`, 'u'), 'added', 'second'],
  [new RegExp(String.raw`^${NAME}\s+(?:исключил|исключила|удалил|удалила|удалил\(-а\))\s+${NAME}(?:\s+из\s+(?:чата|беседы))?$`, 'u'), 'removed', 'second'],
];

export function parseServiceLine(text: string): ServiceLine | null {
  const line = text.replace(/\s+/g, ' ').trim();
  if (!line || line.length > 300) return null;
  for (const [pattern, event, which] of LINES) {
    const match = pattern.exec(line);
    if (match) return { person: (which === 'first' ? match[1] : match[2]).trim(), event, accusative: which === 'second' };
  }
  return null;
}
