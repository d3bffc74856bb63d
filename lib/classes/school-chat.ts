/**
 * Which chat titles Parta keeps (privacy): only those the required-chats checklist can
 * use — a title that names a class or a school audience (parents, students, teachers, a subject,
 * the staff room), or holds a word a school-wide requirement looks for (администрация, совет …).
 * A one-to-one dialog is named after a person or a phone number: never kept. A title the teacher
 * named in a correction is kept by the caller. Pure.
 */
import { classifyChat } from './classify';
import { POLICIES } from './policies';

const SCHOOL_KEYWORDS: readonly string[] = [
  ...new Set(Object.values(POLICIES).flatMap((policy) => policy.requirements.flatMap((requirement) => requirement.keywords ?? []))),
];

export function isSchoolChatTitle(title: string): boolean {
  const chat = classifyChat(title);
  if (chat.classKey !== null || chat.audience !== 'other') return true;
  const lower = title.toLocaleLowerCase('ru');
  return SCHOOL_KEYWORDS.some((keyword) => lower.includes(keyword));
}
