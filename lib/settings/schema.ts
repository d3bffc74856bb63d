/** The zod schema of Settings, for every write from the extension pages (and future imports). */
import * as z from 'zod/mini';
import { CHAT_PLATFORMS, PROFILES } from '../classes/profiles';
import { MESSENGER_IDS, type MessengerId } from '../links/catalogue';
import { RISK_KINDS, type RiskKind } from '../links/risk-types';
import {
  DEFAULT_SETTINGS,
  MONTH_DAY,
  STAFF_MAX,
  TEACHER_NAME_MAX,
  SCHOOL_NAME_MAX,
  KEEP_DAYS_MAX,
  KEEP_DAYS_MIN,
  RULE_POINT_MAX,
  RULES_MAX_POINTS,
  HOST_PATTERN,
  LINK_MODES,
  REQUIREMENT_ID,
  SETTINGS_VERSION,
  STALE_DAYS_MAX,
  STALE_DAYS_MIN,
  TEMPLATE_MAX,
  type Settings,
} from './index';

const toggles = z.object(
  Object.fromEntries(MESSENGER_IDS.map((id) => [id, z.optional(z.boolean())])) as Record<
    MessengerId,
    z.ZodMiniOptional<z.ZodMiniBoolean>
  >,
);

const riskToggles = z.object(
  Object.fromEntries(RISK_KINDS.map((kind) => [kind, z.optional(z.boolean())])) as Record<RiskKind, z.ZodMiniOptional<z.ZodMiniBoolean>>,
);

const rulePoints = z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(RULE_POINT_MAX))).check(z.maxLength(RULES_MAX_POINTS)));

export const settingsSchema = z.pipe(
  z.object({
    version: z.literal(SETTINGS_VERSION),
    language: z.optional(z.enum(['ru', 'en'])),
    allowlist: z.optional(z.array(z.string().check(z.regex(HOST_PATTERN)))),
    messengers: z.optional(toggles),
    linkMode: z.optional(z.enum(LINK_MODES)),
    risks: z.optional(riskToggles),
    staleDays: z.optional(z.number().check(z.int(), z.minimum(STALE_DAYS_MIN), z.maximum(STALE_DAYS_MAX))),
    inviteTemplate: z.optional(z.string().check(z.maxLength(TEMPLATE_MAX))),
    profiles: z.optional(z.array(z.enum(PROFILES)).check(z.minLength(1))),
    disabledRequirements: z.optional(z.array(z.string().check(z.regex(REQUIREMENT_ID))).check(z.maxLength(100))),
    platforms: z.optional(z.enum(CHAT_PLATFORMS)),
    coverageThreshold: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(100))),
    staffPerChat: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(STAFF_MAX))),
    schoolYearStart: z.optional(z.string().check(z.regex(MONTH_DAY))),
    teacherName: z.optional(z.string().check(z.maxLength(TEACHER_NAME_MAX))),
    schoolName: z.optional(z.string().check(z.maxLength(SCHOOL_NAME_MAX))),
    rules: z.optional(z.strictObject({ school: rulePoints, students: rulePoints, parents: rulePoints, teachers: rulePoints })),
    moderationKeepDays: z.optional(z.number().check(z.int(), z.minimum(KEEP_DAYS_MIN), z.maximum(KEEP_DAYS_MAX))),
  }),
  z.transform(
    (value): Settings => ({
      version: SETTINGS_VERSION,
      language: value.language ?? DEFAULT_SETTINGS.language,
      allowlist: value.allowlist ?? [],
      messengers: { ...DEFAULT_SETTINGS.messengers, ...stripUndefined(value.messengers ?? {}) },
      linkMode: value.linkMode ?? DEFAULT_SETTINGS.linkMode,
      risks: { ...DEFAULT_SETTINGS.risks, ...stripUndefined(value.risks ?? {}) },
      staleDays: value.staleDays ?? DEFAULT_SETTINGS.staleDays,
      profiles: value.profiles ? [...new Set(value.profiles)] : DEFAULT_SETTINGS.profiles,
      disabledRequirements: [...new Set(value.disabledRequirements ?? [])],
      platforms: value.platforms ?? DEFAULT_SETTINGS.platforms,
      coverageThreshold: value.coverageThreshold ?? DEFAULT_SETTINGS.coverageThreshold,
      staffPerChat: value.staffPerChat ?? DEFAULT_SETTINGS.staffPerChat,
      schoolYearStart: value.schoolYearStart ?? DEFAULT_SETTINGS.schoolYearStart,
      ...(value.inviteTemplate === undefined ? {} : { inviteTemplate: value.inviteTemplate }),
      ...(value.teacherName === undefined ? {} : { teacherName: value.teacherName }),
      ...(value.schoolName === undefined ? {} : { schoolName: value.schoolName }),
      ...(value.rules === undefined ? {} : { rules: stripUndefined(value.rules) }),
      ...(value.moderationKeepDays === undefined ? {} : { moderationKeepDays: value.moderationKeepDays }),
    }),
  ),
);

function stripUndefined<Key extends string, Value>(record: Partial<Record<Key, Value | undefined>>): Partial<Record<Key, Value>> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as Partial<Record<Key, Value>>;
}
