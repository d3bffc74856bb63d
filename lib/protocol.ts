/**
 * The one message protocol between extension contexts. Every message is validated with these
 * schemas on receipt. Directions: `page/…` UI → content script; `invite/…` content script →
 * background; `register/…` extension pages → background.
 */
import * as z from 'zod/mini';

export const siteIdSchema = z.enum(['max', 'vk', 'sferum', 'generic']);
export type SiteId = z.infer<typeof siteIdSchema>;

export const healthSchema = z.object({
  site: siteIdSchema,
  /** The adapter found at least one of the parts it expects. */
  recognised: z.boolean(),
  messages: z.number(),
  chatList: z.number(),
  composer: z.boolean(),
  /** The generic scan of all page text is running because the adapter found no messages. */
  fallback: z.boolean(),
});
export type Health = z.infer<typeof healthSchema>;

export const pageStatusSchema = z.object({
  health: healthSchema,
  warnings: z.number(),
});
export type PageStatus = z.infer<typeof pageStatusSchema>;

/** UI → content script. */
export const toContentSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('page/status') }),
]);
export type ToContent = z.infer<typeof toContentSchema>;

export interface ToContentResponses {
  'page/status': PageStatus;
}

/** Content script → background: the teacher asked to remember an invitation seen on the page. */
export const inviteCaptureSchema = z.strictObject({
  type: z.literal('invite/capture'),
  url: z.string().check(z.minLength(1), z.maxLength(2000)),
  /** The open chat's title, to prefill the form (may be empty). */
  chatTitle: z.string().check(z.maxLength(200)),
});
export type InviteCapture = z.infer<typeof inviteCaptureSchema>;

/** Extension pages → background: the invite register changed; recount the badge. */
export const registerChangedSchema = z.strictObject({ type: z.literal('register/changed') });

export const toBackgroundSchema = z.discriminatedUnion('type', [inviteCaptureSchema, registerChangedSchema]);
export type ToBackground = z.infer<typeof toBackgroundSchema>;

export const captureAnswerSchema = z.union([
  z.strictObject({ ok: z.literal(true) }),
  z.strictObject({ ok: z.literal(false), reason: z.enum(['not-an-invite', 'failed']) }),
]);
export type CaptureAnswer = z.infer<typeof captureAnswerSchema>;
