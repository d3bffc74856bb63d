/** What `findRisks` reports (risks.ts): the kinds, a risk's place, the work counted. */
import type { SchoolService } from './services';

/** The kinds of risk, in the order the options list them. */
export const RISK_KINDS = ['lookalike', 'shortener', 'code-request', 'payment-request'] as const;
export type RiskKind = (typeof RISK_KINDS)[number];

export interface Risk {
  kind: RiskKind;
  /** Where in the text (offsets; for a risk of a link's address only, the text's whole length is not claimed: 0, 0). */
  start: number;
  end: number;
  /** The index of the address in `hrefs` the risk was found in, when it was found there. */
  href?: number;
  /** A look-alike: the service it imitates. */
  service?: string;
  /** A look-alike or short link: its host (Latin letters), for the teacher's allowlist. */
  host?: string;
}

/** Work done by one call (tests prove linearity with it). */
export interface RiskWork {
  /** Characters the whole-text passes searched. */
  passChars: number;
  /** Characters looked at around hits (hosts normalised, sentences read). */
  windowChars: number;
}

export const newRiskWork = (): RiskWork => ({ passChars: 0, windowChars: 0 });

export interface RiskOptions {
  /** Sites the teacher added (journals, the school's site), as `knownSite` makes them. */
  known?: readonly SchoolService[];
  work?: RiskWork;
}

