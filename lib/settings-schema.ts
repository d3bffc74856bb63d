/** The zod schema of Settings, for every write from the extension pages (and future imports). */
import * as z from 'zod/mini';
import { PROFILES } from './classes/profiles';
import { MESSENGER_IDS, type MessengerId } from './links/catalogue';
import {
  DEFAULT_SETTINGS,
  HOST_PATTERN,
  REQUIREMENT_ID,
  SETTINGS_VERSION,
  STALE_DAYS_MAX,
  STALE_DAYS_MIN,
  TEMPLATE_MAX,
  type Settings,
} from './settings';

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
    staleDays: z.optional(z.number().check(z.int(), z.minimum(STALE_DAYS_MIN), z.maximum(STALE_DAYS_MAX))),
    inviteTemplate: z.optional(z.string().check(z.maxLength(TEMPLATE_MAX))),
    profiles: z.optional(z.array(z.enum(PROFILES)).check(z.minLength(1))),
    disabledRequirements: z.optional(z.array(z.string().check(z.regex(REQUIREMENT_ID))).check(z.maxLength(100))),
  }),
  z.transform(
    (value): Settings => ({
      version: SETTINGS_VERSION,
      language: value.language ?? DEFAULT_SETTINGS.language,
      allowlist: value.allowlist ?? [],
      messengers: { ...DEFAULT_SETTINGS.messengers, ...stripUndefined(value.messengers ?? {}) },
      staleDays: value.staleDays ?? DEFAULT_SETTINGS.staleDays,
      profiles: value.profiles ? [...new Set(value.profiles)] : DEFAULT_SETTINGS.profiles,
      disabledRequirements: [...new Set(value.disabledRequirements ?? [])],
      ...(value.inviteTemplate === undefined ? {} : { inviteTemplate: value.inviteTemplate }),
    }),
  ),
);

function stripUndefined(toggles: Partial<Record<MessengerId, boolean | undefined>>): Partial<Record<MessengerId, boolean>> {
  return Object.fromEntries(Object.entries(toggles).filter(([, value]) => value !== undefined));
}
