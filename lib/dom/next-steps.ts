/**
 * What the teacher can do from a warning in the chat: remind the chat of its rules, record the
 * sender's violation. The warnings (messenger script) show the buttons; the moderation feature
 * (capture script) does the work. The two scripts of the extension share one isolated world per
 * page, in Chromium and Firefox alike, and the page's own scripts cannot see into it: the page can
 * neither call these steps nor put its own in their place.
 */
export interface NextSteps {
  /** Inserts the open chat's rules into the message field (the teacher sends them); false when it could not. */
  remindRules(): Promise<boolean>;
  /** Opens the violation form for this message's sender; false when its sender is not known (not a group chat). */
  reportViolation(message: Element): Promise<boolean>;
}

const KEY = Symbol.for('parta:next-steps');
type Holder = { [KEY]?: NextSteps };

export function provideNextSteps(steps: NextSteps | null): void {
  if (steps) (globalThis as Holder)[KEY] = steps;
  else delete (globalThis as Holder)[KEY];
}

export function nextSteps(): NextSteps | undefined {
  return (globalThis as Holder)[KEY];
}
