/** Parta's keyboard shortcuts as suggested to the browser (wxt.config.ts) and told in help: one definition. */
export const SHORTCUTS = {
  /** Opens Parta's window (the toolbar button's popup). Not Alt+Shift+P: Chromium does not give it to an extension. */
  popup: 'Alt+Shift+K',
  /** «⚑ Нарушение правил» for the message in focus, or the chat's last member message. */
  reportViolation: 'Alt+Shift+V',
} as const;
