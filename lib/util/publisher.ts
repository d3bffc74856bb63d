/**
 * Who publishes this build and where a teacher writes to them: set at build time by the publisher
 * (`PARTA_CONTACT_URL`, README «Для издателя»), never invented. Unset, Parta sends the teacher to
 * whoever installed it for her. The privacy policy is always the packaged page (privacy.html); a
 * store listing needs a public address for it too (`PARTA_PRIVACY_URL`: the store build requires it,
 * the publisher enters it in the store's form).
 */
declare const __PARTA_CONTACT_URL__: string | undefined;

const httpsOrNull = (value: unknown): string | null => (typeof value === 'string' && value.startsWith('https://') ? value : null);

/** Where a teacher writes to the publisher, or null when the build has none. */
export const PUBLISHER_CONTACT: string | null = httpsOrNull(typeof __PARTA_CONTACT_URL__ === 'undefined' ? undefined : __PARTA_CONTACT_URL__);
