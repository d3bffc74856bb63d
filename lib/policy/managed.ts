/**
 * Settings a school's IT or a regional centre fixes for every teacher, through the browser's
 * managed storage (Chrome and Yandex Browser: a policy, by the schema in public/managed-schema.json;
 * Firefox: a managed-storage file). What the policy sets wins over what the teacher stored, is
 * shown as set by the school, and no backup overwrites it. Each key is checked on its own: a
 * wrong key is left out (and said), the others still apply. Pure.
 */
import * as z from 'zod/mini';
import { CHAT_PLATFORMS, PROFILES } from '../classes/profiles';
import { parseJournalAddress } from '../journals/custom-journals';
import { MESSENGER_IDS, type MessengerId } from '../links/catalogue';
import { HOST_PATTERN, LINK_MODES, MANAGED_ALLOWLIST_MAX, MONTH_DAY, RULE_KINDS, RULE_POINT_MAX, RULES_MAX_POINTS, SCHOOL_NAME_MAX, type RuleKind, type Settings } from '../settings/index';

/** School or college: which profiles — and so which required chats — apply. */
export const INSTITUTIONS = ['school', 'college'] as const;
export type Institution = (typeof INSTITUTIONS)[number];

const rulePoints = z.array(z.string().check(z.minLength(1), z.maxLength(RULE_POINT_MAX))).check(z.minLength(1), z.maxLength(RULES_MAX_POINTS));
const journal = z.strictObject({ address: z.string().check(z.maxLength(300)), family: z.optional(z.enum(['mesh', 'netschool', 'dnevnik', 'eljur', 'other'])) });

/** Every key a policy may set, each with its own check. */
export const MANAGED_FIELDS = {
  schoolName: z.string().check(z.minLength(1), z.maxLength(SCHOOL_NAME_MAX)),
  institution: z.enum(INSTITUTIONS),
  platforms: z.enum(CHAT_PLATFORMS),
  coverageThreshold: z.number().check(z.int(), z.minimum(1), z.maximum(100)),
  schoolYearStart: z.string().check(z.regex(MONTH_DAY)),
  rules: z.strictObject(Object.fromEntries(RULE_KINDS.map((kind) => [kind, z.optional(rulePoints)])) as Record<(typeof RULE_KINDS)[number], z.ZodMiniOptional<typeof rulePoints>>),
  journals: z.array(journal).check(z.maxLength(50)),
  /** Which messengers' links are flagged: the ones named are fixed, the others stay the teacher's. */
  messengers: z.partialRecord(z.enum(MESSENGER_IDS), z.boolean()),
  /** `allowlist`: any messenger, video call or file sharing not on the allowlist is marked too. */
  linkMode: z.enum(LINK_MODES),
  /** Sites never flagged, fixed for every teacher. */
  allowlist: z.array(z.string().check(z.regex(HOST_PATTERN))).check(z.maxLength(MANAGED_ALLOWLIST_MAX)),
};
export type ManagedKey = keyof typeof MANAGED_FIELDS;
export const MANAGED_KEYS = Object.keys(MANAGED_FIELDS) as ManagedKey[];

export interface ManagedPolicy {
  schoolName?: string;
  institution?: Institution;
  platforms?: Settings['platforms'];
  coverageThreshold?: number;
  schoolYearStart?: string;
  rules?: Settings['rules'];
  /** Journal addresses the school uses: offered to the teacher to allow (no policy can grant a site). */
  journals?: { origin: string; family: 'mesh' | 'netschool' | 'dnevnik' | 'eljur' | 'other' }[];
  messengers?: Partial<Record<MessengerId, boolean>>;
  allowlist?: string[];
  linkMode?: Settings['linkMode'];
}

export interface ManagedRead {
  policy: ManagedPolicy;
  /** Keys the policy sets but that could not be used, with why (for the options page). */
  refused: { key: string; reason: string }[];
}

/** What managed storage holds, key by key: the good keys kept, the rest refused by name. */
export function readManagedPolicy(raw: unknown): ManagedRead {
  const policy: Record<string, unknown> = {};
  const refused: ManagedRead['refused'] = [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { policy: {}, refused: [] };
  for (const [key, value] of Object.entries(raw)) {
    const field = MANAGED_FIELDS[key as ManagedKey];
    if (!field) {
      refused.push({ key, reason: 'unknown' });
      continue;
    }
    const parsed = field.safeParse(value);
    if (!parsed.success) {
      refused.push({ key, reason: 'invalid' });
      continue;
    }
    if (key === 'journals') {
      const journals: NonNullable<ManagedPolicy['journals']> = [];
      for (const entry of parsed.data as z.infer<typeof MANAGED_FIELDS.journals>) {
        const address = parseJournalAddress(entry.address);
        if (address.ok) journals.push({ origin: address.origin, family: entry.family ?? 'other' });
        else refused.push({ key: `journals: ${entry.address.slice(0, 80)}`, reason: 'invalid' });
      }
      policy.journals = journals;
    } else if (key === 'rules' || key === 'messengers') {
      const parts = Object.fromEntries(Object.entries(parsed.data as object).filter(([, part]) => part !== undefined));
      if (Object.keys(parts).length > 0) policy[key] = parts;
    } else policy[key] = parsed.data;
  }
  return { policy: policy as ManagedPolicy, refused };
}

/** The profiles each kind of institution has (the policy's «school or college» limits the choice). */
export const INSTITUTION_PROFILES: Record<Institution, readonly Settings['profiles'][number][]> = {
  school: ['class-teacher', 'subject-teacher', 'administration'],
  college: ['college-curator', 'subject-teacher', 'administration'],
};

/**
 * The settings a policy sets as they are. The institution acts on the profiles instead; the rules
 * and the messengers part by part (a school's rules for parents' chats leave the teacher's rules for
 * the others as they were).
 */
const FIXED_KEYS = ['schoolName', 'platforms', 'coverageThreshold', 'schoolYearStart', 'allowlist', 'linkMode'] as const;

/** The settings keys a policy fixes whole (the options lock them and a backup leaves them be). */
export function lockedKeys(policy: ManagedPolicy): (keyof Settings)[] {
  return FIXED_KEYS.filter((key) => policy[key] !== undefined);
}

/** The parts of the rules and of the messenger switches a policy fixes (locked one by one). */
export function lockedParts(policy: ManagedPolicy): { rules: RuleKind[]; messengers: MessengerId[] } {
  return {
    rules: RULE_KINDS.filter((kind) => policy.rules?.[kind] !== undefined),
    messengers: MESSENGER_IDS.filter((id) => policy.messengers?.[id] !== undefined),
  };
}

/**
 * What every reader uses: the teacher's settings with the policy's values over them. The
 * institution keeps only its own profiles (a college has curators, not class teachers); when none
 * of the teacher's is left, the institution's first.
 */
export function effectiveSettings(stored: Settings, policy: ManagedPolicy): Settings {
  const next: Settings = { ...stored };
  for (const key of lockedKeys(policy)) (next as unknown as Record<string, unknown>)[key] = policy[key as (typeof FIXED_KEYS)[number]];
  if (policy.rules !== undefined) next.rules = { ...stored.rules, ...policy.rules };
  if (policy.messengers !== undefined) next.messengers = { ...stored.messengers, ...policy.messengers };
  if (policy.institution !== undefined) {
    const allowed = INSTITUTION_PROFILES[policy.institution];
    const kept = stored.profiles.filter((profile) => allowed.includes(profile));
    next.profiles = kept.length > 0 ? kept : [allowed[0]];
  }
  return next;
}

/**
 * Settings about to be stored (a restore, the welcome, any change in the options): the policy's keys
 * keep what was stored before, and so do the teacher's roles the policy's institution does not offer
 * (they are hidden while it applies, never dropped: the policy may change, the roles are hers).
 */
export function withoutManaged(next: Settings, stored: Settings, policy: ManagedPolicy): Settings {
  const kept: Settings = { ...next };
  for (const key of lockedKeys(policy)) {
    if (stored[key] === undefined) delete kept[key];
    else (kept as unknown as Record<string, unknown>)[key] = stored[key];
  }
  const parts = lockedParts(policy);
  if (parts.rules.length > 0) {
    const rules = { ...next.rules };
    for (const kind of parts.rules) {
      const own = stored.rules?.[kind];
      if (own === undefined) delete rules[kind];
      else rules[kind] = own;
    }
    if (Object.keys(rules).length > 0) kept.rules = rules;
    else delete kept.rules;
  }
  if (parts.messengers.length > 0) {
    kept.messengers = { ...next.messengers };
    for (const id of parts.messengers) kept.messengers[id] = stored.messengers[id];
  }
  if (policy.institution !== undefined) {
    const allowed = INSTITUTION_PROFILES[policy.institution];
    const hidden = stored.profiles.filter((profile) => !allowed.includes(profile));
    kept.profiles = PROFILES.filter((profile) => hidden.includes(profile) || (allowed.includes(profile) && next.profiles.includes(profile)));
  }
  return kept;
}
