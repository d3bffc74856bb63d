/**
 * The chat rules: numbered points the teacher introduces before adding anyone (seed 000,
 * «Положение об этике общения», 2.4), reminds of (2.5) and cites when recording a violation (2.6).
 * A default written from the положение; the school's own text, and one per chat kind (students,
 * parents, teachers), replace it where the teacher wrote them. Pure.
 */
import { classifyChat } from '../classes/classify';
import { RULE_POINT_MAX, RULES_MAX_POINTS, type CustomRules, type RuleKind } from '../settings/index';

// The settings own the shapes (they validate the teacher's rules); re-exported for the moderation API.
export { RULE_KINDS, RULE_POINT_MAX, RULES_MAX_POINTS, type CustomRules, type RuleKind } from '../settings/index';

/** Where the default points come from, named as a teacher would cite it. */
export const RULES_SOURCE = 'Положение об этике общения';

export const DEFAULT_RULES: readonly string[] = [
  `В чат вступают только по собственному желанию; никого не принуждают (${RULES_SOURCE}, п. 2.3).`,
  'Пишем вежливо и уважительно, без оскорблений, грубости и обсуждения личностей.',
  'Пишем по делу: учёба, внеурочные дела и организационные вопросы класса.',
  'Не публикуем чужие персональные данные, фото и видео без согласия.',
  'Не отправляем рекламу, спам, цепочки «перешли другим» и ссылки на иностранные мессенджеры (Telegram, WhatsApp и другие).',
  `Модератор чата — педагог: он напоминает о правилах и удаляет негативную и лишнюю информацию (${RULES_SOURCE}, п. 2.2, 2.5).`,
  `Кто нарушил правила больше трёх раз, может быть заблокирован модератором на срок до одного месяца (${RULES_SOURCE}, п. 2.6); досрочно — после извинений, если участники не против (п. 2.7).`,
];

/**
 * A point that binds the moderator, not the members («Модератор чата — педагог…», what the
 * moderator may do to someone who broke the rules): no member can break it, so it is never offered
 * as a member's violation. Read from the words, so a school's own rules are sorted the same way.
 */
export function bindsModerator(point: string): boolean {
  const text = point.trim().toLowerCase();
  return /^(?:модератор|администратор|педагог|учитель)/u.test(text) || /модератор(?:ом)?\s+(?:на\s+срок|может|вправе)|заблокирован\S*\s+модератором/u.test(text);
}

/** The points a member can break, with their number in the rules as the chat sees them. */
export function memberPoints(points: readonly string[]): { number: number; text: string }[] {
  return points.flatMap((text, index) => (bindsModerator(text) ? [] : [{ number: index + 1, text }]));
}

/** The points for a chat kind: its own, else the school's, else the default. */
export function rulesFor(kind: RuleKind, custom: CustomRules = {}): readonly string[] {
  const own = custom[kind];
  if (own && own.length > 0) return own;
  const school = custom.school;
  return school && school.length > 0 ? school : DEFAULT_RULES;
}

/** Which rules a chat follows, from its title: a parents', a teachers' chat; otherwise students'. */
export function ruleKindOfChat(title: string): RuleKind {
  const { audience } = classifyChat(title);
  if (audience === 'parents') return 'parents';
  if (audience === 'teachers' || audience === 'staff') return 'teachers';
  return 'students';
}

/** The rules as a message: a heading, then «1. …» per point. */
export function rulesText(points: readonly string[], heading = 'Правила чата:'): string {
  return [heading, ...points.map((point, index) => `${index + 1}. ${point}`)].join('\n');
}

/** A textarea's text → points: one per non-empty line, a leading «1.», «2)», «•», «-» dropped. */
export function parseRulePoints(text: string): { points: string[]; tooLong: number[] } {
  const points = text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:\d{1,2}\s*[.)]|[•\-–—*])\s*/u, '').trim())
    .filter(Boolean);
  const tooLong = points.flatMap((point, index) => (point.length > RULE_POINT_MAX ? [index + 1] : []));
  return { points: points.slice(0, RULES_MAX_POINTS), tooLong };
}
