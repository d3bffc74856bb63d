/**
 * Dependency-free checks of incoming protocol messages, for the content script (zod does not fit
 * its size budget). They must agree with the zod schemas in protocol.ts; a unit test checks so.
 * Types come from protocol.ts: one protocol, two validators.
 */
import type { ReplyChecks, ToBackgroundReplies, ToContent } from './protocol';

const TO_CONTENT_TYPES: ReadonlySet<string> = new Set<ToContent['type']>(['page/status', 'page/warnings', 'page/structure']);
const COMMANDS: ReadonlySet<string> = new Set(['report-violation']);

export function isToContent(message: unknown): message is ToContent {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) return false;
  const keys = Object.keys(message);
  const { type, command } = message as { type?: unknown; command?: unknown };
  if (type === 'page/command') return keys.length === 2 && typeof command === 'string' && COMMANDS.has(command);
  return keys.length === 1 && typeof type === 'string' && TO_CONTENT_TYPES.has(type);
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const hasKeys = (value: Record<string, unknown>, keys: string[]) => {
  const own = Object.keys(value);
  return own.length === keys.length && keys.every((key) => own.includes(key));
};

/** The background's answer to `invite/capture` (agrees with `captureAnswerSchema`; a unit test checks). */
export function isCaptureAnswer(value: unknown): value is ToBackgroundReplies['invite/capture'] {
  if (!isObject(value)) return false;
  if (value.ok === true) return hasKeys(value, ['ok']);
  return value.ok === false && hasKeys(value, ['ok', 'reason']) && (value.reason === 'not-an-invite' || value.reason === 'failed');
}

/** The background's answer to `classes/seen` and `register/changed`. */
export function isDoneAnswer(value: unknown): value is ToBackgroundReplies['classes/seen'] {
  return isObject(value) && hasKeys(value, ['ok']) && typeof value.ok === 'boolean';
}

/** The background's answer to `chats/seen`. */
export function isChatsSeenAnswer(value: unknown): value is ToBackgroundReplies['chats/seen'] {
  if (!isObject(value)) return false;
  if (value.ok === false) return hasKeys(value, ['ok']);
  return value.ok === true && hasKeys(value, ['ok', 'added']) && Number.isSafeInteger(value.added) && (value.added as number) >= 0;
}

const MARK_KEYS = ['person', 'violations', 'blockedUntil', 'left'];

/** The background's answer to `moderation/page` (agrees with `moderationPageAnswerSchema`). */
export function isModerationPageAnswer(value: unknown): value is ToBackgroundReplies['moderation/page'] {
  if (!isObject(value)) return false;
  if (value.ok === false) return hasKeys(value, ['ok']);
  if (value.ok !== true || !hasKeys(value, ['ok', 'marks']) || !Array.isArray(value.marks) || value.marks.length > 300) return false;
  return value.marks.every(
    (mark: unknown) =>
      isObject(mark) &&
      hasKeys(mark, MARK_KEYS) &&
      typeof mark.person === 'string' &&
      mark.person.length >= 1 &&
      mark.person.length <= 120 &&
      Number.isSafeInteger(mark.violations) &&
      (mark.violations as number) >= 0 &&
      (mark.violations as number) <= 10_000 &&
      (mark.blockedUntil === null || (typeof mark.blockedUntil === 'string' && mark.blockedUntil.length <= 10)) &&
      typeof mark.left === 'boolean',
  );
}

/** The background's answer to `rules/for-chat` (agrees with `rulesAnswerSchema`). */
export function isRulesAnswer(value: unknown): value is ToBackgroundReplies['rules/for-chat'] {
  if (!isObject(value)) return false;
  if (value.ok === false) return hasKeys(value, ['ok']);
  return value.ok === true && hasKeys(value, ['ok', 'text']) && typeof value.text === 'string' && value.text.length <= 20_000;
}

/** One guard per request type, each of its own reply: what `ask` checks in content scripts. */
export const REPLY_GUARDS: ReplyChecks = {
  'invite/capture': isCaptureAnswer,
  'register/changed': isDoneAnswer,
  'chats/seen': isChatsSeenAnswer,
  'chats/members': isDoneAnswer,
  'classes/seen': isDoneAnswer,
  'moderation/page': isModerationPageAnswer,
  'moderation/report': isCaptureAnswer,
  'rules/for-chat': isRulesAnswer,
  'moderation/changed': isDoneAnswer,
  'families/changed': isDoneAnswer,
};
