/** Text of the invite-capture button on messenger pages (its own script, its own small dictionary). */
const ru = {
  captureButton: 'Запомнить приглашение',
  captureFor: 'для чата «{chat}»',
  captureHint: 'Парта запишет эту ссылку-приглашение в свой список, чтобы вы не забыли аннулировать её, если она не пригодится',
  captureOpened: 'Форма Парты открыта',
  captureFailed: 'Не удалось открыть форму Парты. Откройте Парту на панели браузера и нажмите «Добавить».',
  moderationAction: 'Нарушение правил',
  moderationActionHint: 'Записать нарушение правил чата: {person} (Парта откроет форму)',
  markViolations: '⚑ нарушений: {count}',
  markBlocked: 'заблокирован(а) до {until}',
  markLeft: 'выбыл(а) — удалите из чата',
  markHint: 'Отметка Парты: записи модератора об этом участнике в этом чате',
  rulesButton: 'Правила',
  rulesHint: 'Вставить правила чата в поле сообщения (отправляете вы сами)',
  rulesFailed: 'Не удалось вставить правила',
};

const en: Record<keyof typeof ru, string> = {
  captureButton: 'Remember this invitation',
  captureFor: 'for the chat “{chat}”',
  captureHint: 'Parta adds this invite link to its list so that you remember to annul it if it goes unused',
  captureOpened: 'Parta’s form is open',
  captureFailed: 'Could not open Parta’s form. Open Parta from the browser toolbar and press “Add”.',
  moderationAction: 'Rule violation',
  moderationActionHint: 'Record a chat rule violation: {person} (Parta opens a form)',
  markViolations: '⚑ violations: {count}',
  markBlocked: 'blocked until {until}',
  markLeft: 'has left — remove from the chat',
  markHint: 'Parta’s mark: the moderator’s records of this participant in this chat',
  rulesButton: 'Rules',
  rulesHint: 'Insert the chat rules into the message field (you send them yourself)',
  rulesFailed: 'Could not insert the rules',
};

export type CaptureKey = keyof typeof ru;
export const CAPTURE_MESSAGES = { ru, en };
