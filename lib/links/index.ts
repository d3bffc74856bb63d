// Public API of the banned-link detector: other modules and outside checks import from here.
export type { MessengerId } from './catalogue';
export { MESSENGERS, MESSENGER_IDS, MESSENGER_NAMES, ALLOWED_PLATFORM_DOMAINS, messengerOfHost } from './catalogue';
export type { ForeignLink, DetectorWork } from './detector';
export { findForeignLinks, newDetectorWork } from './detector';
export type { HrefVerdict } from './href';
export { foreignLinkOfHref } from './href';
export { clickedLinkVerdict } from './click';
export { possibleLinkStarts } from './prefilter';
