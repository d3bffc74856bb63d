/**
 * The ready message a teacher pastes into the messenger with an invitation: the link, whom it is
 * for, and the chat rules from the ethics regulation (seed 000, «Положение об этике общения»,
 * 2.3–2.8) plus the ban on foreign messengers (seeds 000, 003). The teacher edits the template in
 * options; placeholders are Russian words in braces (English aliases work too).
 */
import type { InviteeRole, InviteRecord } from './schema';

/** The chat rules, as a teacher posts them when a chat starts (and in every invitation). */
export const CHAT_RULES = `Правила чата:
• в чат вступают только по желанию;
• пишем вежливо и по делу: учёба и организационные вопросы;
• модератор чата — педагог: он напоминает о правилах и удаляет лишнее;
• за нарушение правил больше трёх раз участника могут заблокировать на срок до месяца;
• ссылки на иностранные мессенджеры (Telegram, WhatsApp и другие) в школьных чатах не используем.`;

export const DEFAULT_INVITE_TEMPLATE = `Здравствуйте! Это приглашение в чат «{чат}» ({класс}) для {кому}:
{ссылка}

Ссылка только для вас, пожалуйста, не пересылайте её.
${CHAT_RULES}`;


/** Whom an invitation is for, as the message says it («для родителей»). */
const ROLE_FOR: Readonly<Record<InviteeRole, string>> = {
  student: 'учащихся',
  parent: 'родителей (законных представителей)',
  teacher: 'педагогов',
  staff: 'сотрудников школы',
  other: 'участников',
};

// A Map, not an object literal: `{__proto__}` or `{constructor}` in a template must find nothing.
const PLACEHOLDERS: ReadonlyMap<string, (record: InviteRecord) => string> = new Map([
  ['ссылка', (record: InviteRecord) => record.url],
  ['link', (record: InviteRecord) => record.url],
  ['чат', (record: InviteRecord) => record.chatTitle],
  ['chat', (record: InviteRecord) => record.chatTitle],
  ['класс', (record: InviteRecord) => record.className],
  ['class', (record: InviteRecord) => record.className],
  ['кому', (record: InviteRecord) => ROLE_FOR[record.role]],
  ['for', (record: InviteRecord) => ROLE_FOR[record.role]],
]);

export const TEMPLATE_PLACEHOLDERS = ['{ссылка}', '{чат}', '{класс}', '{кому}'];

export function renderInviteMessage(template: string, record: InviteRecord): string {
  const text = template.replace(/\{([^{}\s]+)\}/gu, (whole, name: string) => {
    const fill = PLACEHOLDERS.get(name.toLocaleLowerCase('ru'));
    return fill ? fill(record) : whole;
  });
  // An empty class or chat leaves «()» or ««»» behind: drop them, keep the rest readable.
  const tidy = text.replace(/[ \t]*\([ \t]*\)/g, '').replace(/[ \t]*«[ \t]*»/g, '');
  // A template without the link would send an invitation without the invitation.
  return tidy.includes(record.url) ? tidy : `${tidy.trimEnd()}\n${record.url}`;
}
