/**
 * Dependency-free checks of incoming protocol messages, for the content script (zod does not fit
 * its size budget). They must agree with the zod schemas in protocol.ts; a unit test checks so.
 * Types come from protocol.ts: one protocol, two validators.
 */
import type { ToContent } from './protocol';

const TO_CONTENT_TYPES: ReadonlySet<string> = new Set<ToContent['type']>(['page/status', 'page/structure']);

export function isToContent(message: unknown): message is ToContent {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) return false;
  const keys = Object.keys(message);
  const type = (message as { type?: unknown }).type;
  return keys.length === 1 && typeof type === 'string' && TO_CONTENT_TYPES.has(type);
}
