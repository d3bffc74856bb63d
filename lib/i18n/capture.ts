/** Text of the invite-capture button on messenger pages (its own script, its own small dictionary). */
const ru = {
  captureButton: 'Запомнить приглашение',
  captureHint: 'Парта запишет эту ссылку-приглашение в свой список, чтобы вы не забыли аннулировать её, если она не пригодится',
  captureOpened: 'Форма Парты открыта',
  captureFailed: 'Не удалось открыть форму Парты. Откройте Парту на панели браузера и нажмите «Добавить».',
};

const en: Record<keyof typeof ru, string> = {
  captureButton: 'Remember this invitation',
  captureHint: 'Parta adds this invite link to its list so that you remember to annul it if it goes unused',
  captureOpened: 'Parta’s form is open',
  captureFailed: 'Could not open Parta’s form. Open Parta from the browser toolbar and press “Add”.',
};

export type CaptureKey = keyof typeof ru;
export const CAPTURE_MESSAGES = { ru, en };
