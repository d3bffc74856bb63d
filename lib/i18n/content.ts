/**
 * Text shown inside the messenger page (badges, dialogs): kept apart from the UI text so the
 * content script carries only what it shows.
 */
const ru = {
  warningBadge: 'Ссылка на {messenger}: иностранные мессенджеры запрещены для школьного общения',
  warningRule:
    'По правилам школы для общения с учениками и родителями используются только «Сферум» (VK Мессенджер, учебный профиль) и MAX.',
  warningNext: 'Что сделать:',
  warningNextRules: 'Напомнить правила',
  warningNextRulesDone: 'Правила в поле сообщения — отправьте их.',
  warningNextRulesFailed: 'Не получилось вставить правила: поле сообщения не найдено.',
  warningNextReport: 'Нарушение правил',
  warningNextReportNoSender: 'Отправитель не виден: запишите нарушение на странице «Нарушения и блокировки» Парты.',
  linkConfirmTitle: 'Открыть ссылку на {messenger}?',
  linkConfirmBody:
    'Это ссылка на иностранный мессенджер. Для школьного общения такие мессенджеры запрещены.',
  linkConfirmOpen: 'Открыть всё равно',
  linkConfirmCancel: 'Не открывать',
  composerTitle: 'В сообщении ссылка на {messenger}',
  composerBody:
    'Иностранные мессенджеры запрещены для школьного общения. Замените ссылку на чат в «Сферуме» или MAX.',
  composerFix: 'Исправить',
  composerSendAnyway: 'Отправить всё равно',
  riskLookalikeTitle: 'Похоже на поддельный сайт',
  riskLookalikeBody: 'Адрес похож на «{service}», но это другой сайт: на таких выманивают логины, пароли и коды.',
  riskShortenerTitle: 'Куда ведёт ссылка, неизвестно',
  riskShortenerBody: 'Это короткая ссылка: её настоящий адрес не виден. Открывайте, только если знаете, кто и зачем её прислал.',
};

const en: Record<keyof typeof ru, string> = {
  warningBadge: 'Link to {messenger}: foreign messengers are banned for school communication',
  warningRule:
    'School rules allow only Sferum (VK Messenger, school profile) and MAX for talking with students and parents.',
  warningNext: 'What to do:',
  warningNextRules: 'Remind the rules',
  warningNextRulesDone: 'The rules are in the message field — send them.',
  warningNextRulesFailed: 'Could not insert the rules: no message field found.',
  warningNextReport: 'Rule violation',
  warningNextReportNoSender: 'The sender is not visible: record the violation on Parta’s «Violations and blocks» page.',
  linkConfirmTitle: 'Open the {messenger} link?',
  linkConfirmBody: 'This links to a foreign messenger. Such messengers are banned for school communication.',
  linkConfirmOpen: 'Open anyway',
  linkConfirmCancel: 'Do not open',
  composerTitle: 'Your message links to {messenger}',
  composerBody:
    'Foreign messengers are banned for school communication. Replace the link with a Sferum or MAX chat.',
  composerFix: 'Fix it',
  composerSendAnyway: 'Send anyway',
  riskLookalikeTitle: 'This looks like a fake site',
  riskLookalikeBody: 'The address looks like “{service}” but is another site: such sites lure out logins, passwords and codes.',
  riskShortenerTitle: 'Where this link leads is unknown',
  riskShortenerBody: 'This is a short link: its real address cannot be seen. Open it only if you know who sent it and why.',
};

export type ContentKey = keyof typeof ru;
export const CONTENT_MESSAGES = { ru, en };
