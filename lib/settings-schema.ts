/** The zod schema of Settings, for every write from the extension pages (and future imports). */
import * as z from 'zod/mini';
import { MESSENGER_IDS, type MessengerId } from './links/catalogue';
import { DEFAULT_SETTINGS, HOST_PATTERN, SETTINGS_VERSION, type Settings } from './settings';

const toggles = z.object(
  Object.fromEntries(MESSENGER_IDS.map((id) => [id, z.optional(z.boolean())])) as Record<
    MessengerId,
    z.ZodMiniOptional<z.ZodMiniBoolean>
  >,
);

export const settingsSchema = z.pipe(
  z.object({
    version: z.literal(SETTINGS_VERSION),
    language: z.optional(z.enum(['ru', 'en'])),
    allowlist: z.optional(z.array(z.string().check(z.regex(HOST_PATTERN)))),
    messengers: z.optional(toggles),
  }),
  z.transform(
    (value): Settings => ({
      version: SETTINGS_VERSION,
      language: value.language ?? DEFAULT_SETTINGS.language,
      allowlist: value.allowlist ?? [],
      messengers: { ...DEFAULT_SETTINGS.messengers, ...stripUndefined(value.messengers ?? {}) },
    }),
  ),
);

function stripUndefined(toggles: Partial<Record<MessengerId, boolean | undefined>>): Partial<Record<MessengerId, boolean>> {
  return Object.fromEntries(Object.entries(toggles).filter(([, value]) => value !== undefined));
}
