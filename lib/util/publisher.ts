/**
 * Who publishes this build and where a teacher writes to them: set at build time by the publisher
 * (`PARTA_CONTACT_URL`, README «Для издателя»), never invented. Unset, Parta sends the teacher to
 * whoever installed it for her. The privacy policy is always the packaged page (privacy.html); a
 * store listing needs a public address for it too (`PARTA_PRIVACY_URL`: the store build requires it,
 * the publisher enters it in the store's form).
 */
declare const __PARTA_CONTACT_URL__: string | undefined;

/** Where a teacher writes to the publisher, or null when the build has none (tests run without the define). */
export const PUBLISHER_CONTACT: string | null =
  typeof __PARTA_CONTACT_URL__ === 'string' && __PARTA_CONTACT_URL__.startsWith('https://') ? __PARTA_CONTACT_URL__ : null;
