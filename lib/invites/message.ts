/**
 * The ready message a teacher pastes into the messenger with an invitation: the link, whom it is
 * for, and the chat rules from the ethics regulation (seed 000, «Положение об этике общения»,
 * 2.3–2.8) plus the ban on foreign messengers (seeds 000, 003). The teacher edits the template in
 * options; placeholders are Russian words in braces (English aliases work too).
 */
import type { InviteeRole, InviteRecord } from './schema';
import { rulesFor, rulesText, type CustomRules, type RuleKind } from '../moderation/rules';

/**
 * The default message. `{правила}` is the chat's rules (the teacher's own for the chat's
 * kind, else the school's, else the default from the положение, lib/moderation/rules.ts).
 */
export const DEFAULT_INVITE_TEMPLATE = `Здравствуйте! Это приглашение в чат «{чат}» ({класс}) для {кому}:
{ссылка}

Ссылка только для вас, пожалуйста, не пересылайте её.
{правила}`;

/** Whose rules an invitation's chat follows, from what the chat is for. */
function ruleKindOf(record: InviteRecord): RuleKind {
  if (record.chatPurpose === 'parents') return 'parents';
  if (record.chatPurpose === 'teachers' || record.chatPurpose === 'staff') return 'teachers';
  return 'students';
}


/** Whom an invitation is for, as the message says it («для родителей»). */
const ROLE_FOR: Readonly<Record<InviteeRole, string>> = {
  student: 'учащихся',
  parent: 'родителей (законных представителей)',
  teacher: 'педагогов',
  staff: 'сотрудников школы',
  other: 'участников',
};

// A Map, not an object literal: `{__proto__}` or `{constructor}` in a template must find nothing.
const PLACEHOLDERS: ReadonlyMap<string, (record: InviteRecord, rules: CustomRules) => string> = new Map([
  ['правила', (record: InviteRecord, rules: CustomRules) => rulesText(rulesFor(ruleKindOf(record), rules))],
  ['rules', (record: InviteRecord, rules: CustomRules) => rulesText(rulesFor(ruleKindOf(record), rules))],
  ['ссылка', (record: InviteRecord) => record.url],
  ['link', (record: InviteRecord) => record.url],
  ['чат', (record: InviteRecord) => record.chatTitle],
  ['chat', (record: InviteRecord) => record.chatTitle],
  ['класс', (record: InviteRecord) => record.className],
  ['class', (record: InviteRecord) => record.className],
  ['кому', (record: InviteRecord) => ROLE_FOR[record.role]],
  ['for', (record: InviteRecord) => ROLE_FOR[record.role]],
]);

export const TEMPLATE_PLACEHOLDERS = ['{ссылка}', '{чат}', '{класс}', '{кому}', '{правила}'];

export function renderInviteMessage(template: string, record: InviteRecord, rules: CustomRules = {}): string {
  const text = template.replace(/\{([^{}\s]+)\}/gu, (whole, name: string) => {
    const fill = PLACEHOLDERS.get(name.toLocaleLowerCase('ru'));
    return fill ? fill(record, rules) : whole;
  });
  // An empty class or chat leaves «()» or ««»» behind: drop them, keep the rest readable.
  const tidy = text.replace(/[ \t]*\([ \t]*\)/g, '').replace(/[ \t]*«[ \t]*»/g, '');
  // A template without the link would send an invitation without the invitation.
  return tidy.includes(record.url) ? tidy : `${tidy.trimEnd()}\n${record.url}`;
}
