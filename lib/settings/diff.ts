/**
 * What a backup's settings would change in the current ones, said plainly before anything is
 * written — above all what weakens the checks (a messenger switched off, an address allowed).
 * Pure.
 */
import { MESSENGER_IDS, type MessengerId } from '../links/catalogue';
import { DEFAULT_SETTINGS, type Settings } from './index';

export type SettingsChange =
  | { kind: 'messenger-off'; messenger: MessengerId }
  | { kind: 'messenger-on'; messenger: MessengerId }
  | { kind: 'allowlist-added'; host: string }
  | { kind: 'allowlist-removed'; host: string }
  | { kind: 'profiles'; from: Settings['profiles']; to: Settings['profiles'] }
  | { kind: 'platforms'; from: Settings['platforms']; to: Settings['platforms'] }
  | { kind: 'threshold' | 'staff'; from: number; to: number }
  /** The invitation message the file would set (empty: Parta's own): shown whole, never taken unseen. */
  | { kind: 'template'; to: string }
  | { kind: 'language' | 'stale-days' | 'requirements' | 'school-year' | 'rules' | 'keep-days' };

export function settingsChanges(current: Settings, incoming: Settings): SettingsChange[] {
  const changes: SettingsChange[] = [];
  for (const messenger of MESSENGER_IDS) {
    if (current.messengers[messenger] && !incoming.messengers[messenger]) changes.push({ kind: 'messenger-off', messenger });
    if (!current.messengers[messenger] && incoming.messengers[messenger]) changes.push({ kind: 'messenger-on', messenger });
  }
  for (const host of incoming.allowlist) if (!current.allowlist.includes(host)) changes.push({ kind: 'allowlist-added', host });
  for (const host of current.allowlist) if (!incoming.allowlist.includes(host)) changes.push({ kind: 'allowlist-removed', host });
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item) => b.includes(item));
  if (current.language !== incoming.language) changes.push({ kind: 'language' });
  if (current.staleDays !== incoming.staleDays) changes.push({ kind: 'stale-days' });
  if ((current.inviteTemplate ?? '') !== (incoming.inviteTemplate ?? '')) changes.push({ kind: 'template', to: incoming.inviteTemplate ?? '' });
  if (!same(current.profiles, incoming.profiles)) changes.push({ kind: 'profiles', from: current.profiles, to: incoming.profiles });
  if (!same(current.disabledRequirements, incoming.disabledRequirements)) changes.push({ kind: 'requirements' });
  if (current.platforms !== incoming.platforms) changes.push({ kind: 'platforms', from: current.platforms, to: incoming.platforms });
  if (current.coverageThreshold !== incoming.coverageThreshold) changes.push({ kind: 'threshold', from: current.coverageThreshold, to: incoming.coverageThreshold });
  if (current.staffPerChat !== incoming.staffPerChat) changes.push({ kind: 'staff', from: current.staffPerChat, to: incoming.staffPerChat });
  if (current.schoolYearStart !== incoming.schoolYearStart) changes.push({ kind: 'school-year' });
  if (JSON.stringify(current.rules ?? {}) !== JSON.stringify(incoming.rules ?? {})) changes.push({ kind: 'rules' });
  if (current.moderationKeepDays !== incoming.moderationKeepDays) changes.push({ kind: 'keep-days' });
  return changes;
}

/** Whether the change makes Parta warn about less. */
export function weakens(change: SettingsChange): boolean {
  return change.kind === 'messenger-off' || change.kind === 'allowlist-added';
}

/** Settings nobody has changed yet: a backup's are then the teacher's own, and taking them is advised. */
export function stillDefaults(current: Settings, defaults: Settings): boolean {
  return settingsChanges(defaults, current).length === 0;
}

export type SettingsAdvice = 'take' | 'keep' | 'weakens';

/**
 * Take the file's settings? Yes for untouched ones; never advised when they would warn about less,
 * nor when they change the message families receive (the teacher reads the new text and decides).
 */
export function settingsAdvice(current: Settings, incoming: Settings): SettingsAdvice {
  const changes = settingsChanges(current, incoming);
  if (changes.some(weakens)) return 'weakens';
  return stillDefaults(current, DEFAULT_SETTINGS) && !changes.some((change) => change.kind === 'template') ? 'take' : 'keep';
}
