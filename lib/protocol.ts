/**
 * The one message protocol between extension contexts. Every message is validated with these
 * schemas on receipt; names say the direction (`page/…`: UI → content script).
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
