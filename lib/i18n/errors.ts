/**
 * The one way the UI tells a teacher that something failed: in words, with what to do, and that
 * nothing was lost — never a raw code («closed») or an exception's text. Every async handler of
 * popup and options ends in `failureText`.
 */
import { csvDate } from '../util/csv';
import type { ImportProblem } from '../invites/transfer';
import type { UiTranslate } from './ui';
import type { UiKey } from './ui';
import { DatabaseBlockedError } from '../db/open';
import { MAX_CUSTOM_JOURNALS } from '../journals/custom-journals';

/** Codes the register answers with, in words. */
const REGISTER_CODES: Readonly<Record<string, UiKey>> = {
  closed: 'errorClosed',
  'not-closed': 'errorNotClosed',
  missing: 'errorMissing',
  damaged: 'errorDamaged',
};

/** A refused register action («closed», «missing» …) as the teacher should read it. */
export function registerCodeText(t: UiTranslate, code: string): string {
  return t(REGISTER_CODES[code] ?? 'errorGeneric');
}

/** Any thrown error, in words: what happened, what to do, nothing lost. */
export function failureText(t: UiTranslate, error: unknown): string {
  if (error instanceof DatabaseBlockedError) return t('errorDatabaseBlocked');
  const name = error instanceof Error || (typeof DOMException !== 'undefined' && error instanceof DOMException) ? (error as Error).name : '';
  if (name === 'QuotaExceededError') return t('errorQuota');
  if (name === 'ChangedSinceError') return t('errorChangedSince');
  return t('errorGeneric');
}

/** What is wrong with a file the teacher loaded (nothing was changed). */
export function importProblemText(t: UiTranslate, problem: ImportProblem): string {
  switch (problem.kind) {
    case 'too-big':
      return t('importTooBig');
    case 'not-json':
      return t('importNotJson');
    case 'foreign':
      return t('importForeign');
    case 'newer-version':
      return t('importNewer', { version: problem.version });
    case 'invalid':
      return t('importInvalid', { issues: problem.issues.join('; ') });
    case 'duplicate':
      return t('importDuplicate', { url: problem.url });
    case 'future':
      return t('importFuture', { date: new Date(problem.at).getFullYear() > 9999 ? String(new Date(problem.at).getFullYear()) : csvDate(problem.at) });
    case 'unknown-requirement':
      return t('importUnknownRequirement', { id: problem.id });
    case 'too-many':
      return t(problem.what === 'classes' ? 'importTooManyClasses' : 'importTooManySubjects', { count: problem.count, max: problem.max });
  }
}

/** Why adding a journal address failed: the list is full, or anything else (nothing kept either way). */
export function journalAddressFailureText(t: UiTranslate, error: unknown): string {
  return error instanceof Error && error.name === 'JournalListFullError' ? t('journalAddressTooMany', { count: MAX_CUSTOM_JOURNALS }) : t('journalAddressFailed');
}
