// Public API of the banned-link detector: other modules and outside checks import from here.
export type { MessengerId } from './catalogue';
export { MESSENGERS, MESSENGER_IDS, MESSENGER_NAMES, ALLOWED_PLATFORM_DOMAINS, messengerOfHost } from './catalogue';
export type { ForeignLink, DetectorWork } from './detector';
export { findForeignLinks, newDetectorWork } from './detector';
export type { HrefVerdict } from './href';
export { foreignLinkOfHref } from './href';
export { clickedLinkVerdict } from './click';
export { possibleLinkStarts } from './prefilter';
export type { Risk, RiskKind, RiskOptions, RiskWork } from './risks';
export { findRisks, newRiskWork } from './risks';
export { RISK_KINDS } from './risk-types';
export { hrefRisk, linkRisks } from './link-risks';
export { phraseRisks } from './phrase-risks';
export { hostRisk, knownSite } from './lookalike';
export type { SchoolService } from './services';
export { SCHOOL_SERVICES, SHORTENER_DOMAINS } from './services';
export type { CommunicationService } from './communication';
export { COMMUNICATION_SERVICES, linkedServices } from './communication';
