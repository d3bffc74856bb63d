/**
 * The frauds school chats attract, found in a message: a link to a look-alike of a service the
 * school uses, a short link whose destination is unknown (link-risks.ts), a request for a
 * confirmation code or password, a request to transfer money to a card or phone number or a card
 * number itself (phrase-risks.ts). Pure; linear in the text. Precision first: a teacher's «код
 * урока», a class collection in cash and links to the real sites say nothing.
 */
import { linkRisks } from './link-risks';
import { phraseRisks } from './phrase-risks';
import type { Risk, RiskOptions } from './risk-types';

export type { Risk, RiskKind, RiskOptions, RiskWork } from './risk-types';
export { newRiskWork } from './risk-types';

/**
 * The risks of a message: its text, and the addresses its links open (`hrefs`, absolute, as the
 * browser resolved them). In text order; a risk of an address only carries its index (at 0, 0).
 */
export function findRisks(text: string, hrefs: readonly string[] = [], options: RiskOptions = {}): Risk[] {
  if (typeof text !== 'string') return [];
  const risks = [...linkRisks(text, hrefs, options), ...phraseRisks(text, options.work)];
  return risks.sort((a, b) => a.start - b.start || a.end - b.end);
}
