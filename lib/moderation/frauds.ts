/**
 * What a message with fraud risks is marked with in the chat, and what the teacher's warning to the
 * class says: a red mark naming each reason (a look-alike site, a code asked for, money asked for, a
 * service the school's list does not allow) with the next steps, or a quiet note for a short link alone. Decided here once; the chat tools
 * (capture script) draw it in the teacher's words.
 */
import type { Risk } from '../links/risk-types';

export type FraudReason = { key: 'fraudLookalike'; service: string } | { key: 'fraudCode' } | { key: 'fraudPayment' };
export type FraudWarningPart = 'fraudWarningLookalike' | 'fraudWarningCode' | 'fraudWarningPayment';

export interface FraudMark {
  /** A short link alone: a note, no alarm and no steps. */
  quiet: boolean;
  reasons: FraudReason[];
  /** Services linked that the school's list does not allow (its allowlist mode), by name. */
  unlisted: string[];
  /** The warning to the class, part by part (between its opening and its closing words). */
  warning: FraudWarningPart[];
}

/**
 * The mark for a message's shown risks (lib/settings `shownRisks`) and the services it links to that
 * the school does not allow (`unlistedServices`), or null when there is nothing to say.
 */
export function fraudMarkOf(risks: readonly Pick<Risk, 'kind' | 'service'>[], unlisted: readonly string[] = []): FraudMark | null {
  if (risks.length === 0 && unlisted.length === 0) return null;
  const reasons: FraudReason[] = [];
  const warning: FraudWarningPart[] = [];
  const lookalike = risks.find((risk) => risk.kind === 'lookalike');
  if (lookalike) {
    reasons.push({ key: 'fraudLookalike', service: lookalike.service ?? '' });
    warning.push('fraudWarningLookalike');
  }
  if (risks.some((risk) => risk.kind === 'code-request')) {
    reasons.push({ key: 'fraudCode' });
    warning.push('fraudWarningCode');
  }
  if (risks.some((risk) => risk.kind === 'payment-request')) {
    reasons.push({ key: 'fraudPayment' });
    warning.push('fraudWarningPayment');
  }
  return { quiet: reasons.length === 0 && unlisted.length === 0, reasons, unlisted: [...unlisted], warning };
}
