/**
 * The teacher's settings: shape, defaults and the pure rules that use them. Stored in extension
 * storage (lib/settings/store.ts) and validated on every read, because storage can hold anything
 * an older or broken version wrote.
 *
 * Two validators on purpose: `readSettings` is dependency-free, for the content script, whose
 * size budget cannot carry zod (≈15 KB even as zod/mini); `settingsSchema` (zod, in
 * settings-schema.ts) guards every write from the extension pages. A unit test checks that both
 * accept and reject the same inputs.
 */
import { CHAT_PLATFORMS, PROFILES, type ChatPlatforms, type Profile } from '../classes/profiles';
import { MESSENGER_IDS, type MessengerId } from '../links/catalogue';
import type { ForeignLink } from '../links/detector';
import { linkedServices } from '../links/communication';
import { RISK_KINDS, type Risk, type RiskKind } from '../links/risk-types';

export const SETTINGS_VERSION = 1;

export const HOST_PATTERN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{1,62}$/;

export interface Settings {
  version: typeof SETTINGS_VERSION;
  language: 'ru' | 'en';
  /** Hosts whose links (and their subdomains') are never flagged. */
  allowlist: string[];
  /** Per-messenger switch: false silences that messenger's warnings. */
  messengers: Record<MessengerId, boolean>;
  /**
   * Which links are marked: the banned messengers' (`banned`), or — for a school whose order names
   * what is allowed — also any other messenger's, video call's or file sharing's not on the allowlist.
   */
  linkMode: LinkMode;
  /** Per kind of fraud risk (look-alike sites, short links, code and money requests): false silences its marks and questions. */
  risks: Record<RiskKind, boolean>;
  /** Sent invitations not done after this many days are flagged «аннулировать». */
  staleDays: number;
  /**
   * The teacher's own invite-message template. Absent: the default one (lib/invites/message.ts),
   * kept out of this module so its text does not weigh on the content script.
   */
  inviteTemplate?: string;
  /** Who the teacher is (one or more): decides which chats the checklist requires. */
  profiles: Profile[];
  /** Requirement ids (lib/classes/policies.ts) the teacher switched off for every class. */
  disabledRequirements: string[];
  /** Where the class chats must be (the move from VK Sferum to MAX). */
  platforms: ChatPlatforms;
  /** A chat counts as joined when at least this share (%) of its class is in it. */
  coverageThreshold: number;
  /** School staff in each class chat (the class teacher, an administrator): not counted as children or families. */
  staffPerChat: number;
  /** The first day of the school year, `MM-DD` (the rollover is offered from it). */
  schoolYearStart: string;
  /** The teacher's name as written on the report for the director; absent until they type it. */
  teacherName?: string;
  /** The school's name, for the header of every printed page; absent until typed. */
  schoolName?: string;
  /** The teacher's chat rules, numbered points per kind; absent kinds use the default. */
  rules?: CustomRules;
  /** How many days the moderation log is kept; absent: until the end of the school year. */
  moderationKeepDays?: number;
}
export const LINK_MODES = ['banned', 'allowlist'] as const;
export type LinkMode = (typeof LINK_MODES)[number];
export const TEACHER_NAME_MAX = 100;
export const SCHOOL_NAME_MAX = 200;

/** Whose rules: the whole school's, or one chat kind's. */
export const RULE_KINDS = ['school', 'students', 'parents', 'teachers'] as const;
export type RuleKind = (typeof RULE_KINDS)[number];
export type CustomRules = Partial<Record<RuleKind, string[]>>;
export const RULES_MAX_POINTS = 30;
export const RULE_POINT_MAX = 500;
export const KEEP_DAYS_MIN = 7;
export const KEEP_DAYS_MAX = 3650;

export const STAFF_MAX = 20;
/** `MM-DD` of a real day of a (leap) year. */
export const MONTH_DAY = /^(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31|02-29)$/;

export const REQUIREMENT_ID = /^[a-z][a-z-]{0,59}$/;

export const STALE_DAYS_MIN = 1;
export const STALE_DAYS_MAX = 365;
export const TEMPLATE_MAX = 4000;

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  version: SETTINGS_VERSION,
  language: 'ru',
  allowlist: [],
  messengers: Object.fromEntries(MESSENGER_IDS.map((id) => [id, true])) as Record<MessengerId, boolean>,
  linkMode: 'banned',
  risks: Object.fromEntries(RISK_KINDS.map((kind) => [kind, true])) as Record<RiskKind, boolean>,
  staleDays: 7,
  profiles: ['class-teacher'],
  disabledRequirements: [],
  platforms: 'max',
  coverageThreshold: 90,
  staffPerChat: 1,
  schoolYearStart: '09-01',
}) as Settings;

export interface LoadedSettings {
  settings: Settings;
  /** True when stored data was present but invalid: defaults are in use, the data is untouched. */
  damaged: boolean;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** What the content scripts use of the settings: the link checks and the language. */
export type PageSettings = Pick<Settings, 'version' | 'language' | 'allowlist' | 'messengers' | 'linkMode' | 'risks'>;

/**
 * The part of the stored value the content scripts use, or null when that part is not valid. The
 * rest is not their business (and its checks would weigh on the 48 KB messenger script): storage
 * only ever holds what `settingsSchema` accepted, and where it holds garbage the extension pages
 * say so (`readSettings` → damaged).
 */
export function validatePageSettings(stored: unknown): PageSettings | null {
  if (!isObject(stored) || stored.version !== SETTINGS_VERSION) return null;
  const language = stored.language === undefined ? DEFAULT_SETTINGS.language : stored.language;
  if (language !== 'ru' && language !== 'en') return null;
  const allowlist = stored.allowlist === undefined ? [] : stored.allowlist;
  if (!Array.isArray(allowlist) || !allowlist.every((host) => typeof host === 'string' && HOST_PATTERN.test(host))) {
    return null;
  }
  const messengers = switches(stored.messengers, MESSENGER_IDS, DEFAULT_SETTINGS.messengers);
  const risks = switches(stored.risks, RISK_KINDS, DEFAULT_SETTINGS.risks);
  const linkMode = stored.linkMode === undefined ? DEFAULT_SETTINGS.linkMode : stored.linkMode;
  if (!messengers || !risks || !(LINK_MODES as readonly unknown[]).includes(linkMode)) return null;
  return { version: SETTINGS_VERSION, language, allowlist: [...allowlist] as string[], messengers, linkMode: linkMode as LinkMode, risks };
}

/** Named on/off switches over their defaults (a name not given keeps its default); null when one is not a boolean. */
function switches<Key extends string>(stored: unknown, keys: readonly Key[], defaults: Record<Key, boolean>): Record<Key, boolean> | null {
  const toggles = stored === undefined ? {} : stored;
  if (!isObject(toggles)) return null;
  const result = { ...defaults };
  for (const key of keys) {
    const value = toggles[key];
    if (value === undefined) continue;
    if (typeof value !== 'boolean') return null;
    result[key] = value;
  }
  return result;
}

/**
 * The page settings with a school's policy over them (what managed storage holds, unchecked): its
 * allowlist whole, its messenger switches one by one — each taken only when valid, as the options'
 * reader (lib/policy/managed.ts, zod, too heavy for the content scripts) takes it; a test holds the two equal.
 */
export function pageSettingsUnderPolicy(page: PageSettings, managed: unknown): PageSettings {
  if (!isObject(managed)) return page;
  let next = page;
  const { allowlist, messengers, linkMode } = managed;
  if (linkMode !== undefined) next = validatePageSettings({ ...next, linkMode }) ?? next;
  if (allowlist !== undefined && Array.isArray(allowlist) && allowlist.length <= MANAGED_ALLOWLIST_MAX) {
    next = validatePageSettings({ ...next, allowlist }) ?? next;
  }
  if (isObject(messengers) && Object.keys(messengers).every((id) => (MESSENGER_IDS as readonly string[]).includes(id))) {
    next = validatePageSettings({ ...next, messengers: { ...next.messengers, ...messengers } }) ?? next;
  }
  return next;
}

/** The most sites a policy's allowlist may name. */
export const MANAGED_ALLOWLIST_MAX = 200;

const isWhole = (value: unknown, min: number, max: number) =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

/** The stored value as Settings (missing fields defaulted), or null when it is not valid. */
export function validateSettings(stored: unknown): Settings | null {
  const page = validatePageSettings(stored);
  if (!page || !isObject(stored)) return null;
  const staleDays = stored.staleDays === undefined ? DEFAULT_SETTINGS.staleDays : stored.staleDays;
  if (
    typeof staleDays !== 'number' ||
    !Number.isInteger(staleDays) ||
    staleDays < STALE_DAYS_MIN ||
    staleDays > STALE_DAYS_MAX
  ) {
    return null;
  }
  const template = stored.inviteTemplate;
  if (template !== undefined && (typeof template !== 'string' || template.length > TEMPLATE_MAX)) return null;
  const profiles = stored.profiles === undefined ? DEFAULT_SETTINGS.profiles : stored.profiles;
  if (
    !Array.isArray(profiles) ||
    profiles.length === 0 ||
    !profiles.every((profile) => (PROFILES as readonly unknown[]).includes(profile))
  ) {
    return null;
  }
  const disabled = stored.disabledRequirements === undefined ? [] : stored.disabledRequirements;
  if (!Array.isArray(disabled) || disabled.length > 100 || !disabled.every((id) => typeof id === 'string' && REQUIREMENT_ID.test(id))) {
    return null;
  }
  const platforms = stored.platforms === undefined ? DEFAULT_SETTINGS.platforms : stored.platforms;
  if (!(CHAT_PLATFORMS as readonly unknown[]).includes(platforms)) return null;
  const threshold = stored.coverageThreshold === undefined ? DEFAULT_SETTINGS.coverageThreshold : stored.coverageThreshold;
  if (!isWhole(threshold, 1, 100)) return null;
  const staff = stored.staffPerChat === undefined ? DEFAULT_SETTINGS.staffPerChat : stored.staffPerChat;
  if (!isWhole(staff, 0, STAFF_MAX)) return null;
  const yearStart = stored.schoolYearStart === undefined ? DEFAULT_SETTINGS.schoolYearStart : stored.schoolYearStart;
  if (typeof yearStart !== 'string' || !MONTH_DAY.test(yearStart)) return null;
  const settings: Settings = {
    ...page,
    staleDays,
    profiles: [...new Set(profiles as Profile[])],
    disabledRequirements: [...new Set(disabled as string[])],
    platforms: platforms as ChatPlatforms,
    coverageThreshold: threshold as number,
    staffPerChat: staff as number,
    schoolYearStart: yearStart,
  };
  if (template !== undefined) settings.inviteTemplate = template;
  const teacherName = stored.teacherName;
  if (teacherName !== undefined) {
    if (typeof teacherName !== 'string' || teacherName.length > TEACHER_NAME_MAX) return null;
    settings.teacherName = teacherName;
  }
  const schoolName = stored.schoolName;
  if (schoolName !== undefined) {
    if (typeof schoolName !== 'string' || schoolName.length > SCHOOL_NAME_MAX) return null;
    settings.schoolName = schoolName;
  }
  const rules = stored.rules;
  if (rules !== undefined) {
    if (!isObject(rules)) return null;
    const valid: CustomRules = {};
    for (const [kind, points] of Object.entries(rules)) {
      if (!(RULE_KINDS as readonly string[]).includes(kind)) return null;
      if (points === undefined) continue;
      if (!Array.isArray(points) || points.length > RULES_MAX_POINTS) return null;
      if (!points.every((point) => typeof point === 'string' && point.length >= 1 && point.length <= RULE_POINT_MAX)) return null;
      valid[kind as RuleKind] = [...(points as string[])];
    }
    settings.rules = valid;
  }
  const keepDays = stored.moderationKeepDays;
  if (keepDays !== undefined) {
    if (!isWhole(keepDays, KEEP_DAYS_MIN, KEEP_DAYS_MAX)) return null;
    settings.moderationKeepDays = keepDays as number;
  }
  return settings;
}

export const DEFAULT_PAGE_SETTINGS: PageSettings = DEFAULT_SETTINGS;

/** For content scripts: whatever storage returned → the settings they use; never throws. */
export function readPageSettings(stored: unknown): PageSettings {
  if (stored === undefined || stored === null) return DEFAULT_PAGE_SETTINGS;
  return validatePageSettings(stored) ?? DEFAULT_PAGE_SETTINGS;
}

/** Reads whatever storage returned; never throws. */
export function readSettings(stored: unknown): LoadedSettings {
  if (stored === undefined || stored === null) return { settings: DEFAULT_SETTINGS, damaged: false };
  const settings = validateSettings(stored);
  return settings ? { settings, damaged: false } : { settings: DEFAULT_SETTINGS, damaged: true };
}

export interface AllowlistParse {
  hosts: string[];
  errors: { line: number; value: string }[];
}

/** Parses the allowlist textarea: one host per line; a pasted URL is reduced to its host. */
export function parseAllowlist(text: string): AllowlistParse {
  const hosts: string[] = [];
  const errors: AllowlistParse['errors'] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const value = raw.trim();
    if (!value) return;
    let host = value.toLowerCase();
    if (/^[a-z][a-z0-9+.-]*:\/\//.test(host)) {
      try {
        host = new URL(host).hostname;
      } catch {
        // not a URL after all: the host check below reports the line
      }
    }
    host = host.replace(/^www\./, '').replace(/\/.*$/, '').replace(/\.$/, '');
    if (HOST_PATTERN.test(host)) {
      if (!hosts.includes(host)) hosts.push(host);
    } else errors.push({ line: index + 1, value });
  });
  return { hosts, errors };
}

/** The host of a detected link's URL, or null for deep links (tg:, viber:). */
function hostOf(url: string): string | null {
  const match = /^https?:\/\/([^/?#:]+)/i.exec(url);
  return match ? match[1].toLowerCase() : null;
}

/** Whether the teacher's settings silence this link. */
export function isSilenced(link: Pick<ForeignLink, 'messenger' | 'url'>, settings: PageSettings): boolean {
  if (!settings.messengers[link.messenger]) return true;
  const host = hostOf(link.url);
  return host !== null && allowlisted(host, settings);
}

/** Whether a host (or a site it is a subdomain of) is on the teacher's allowlist. */
const allowlisted = (host: string, settings: PageSettings) => settings.allowlist.some((allowed) => host === allowed || host.endsWith(`.${allowed}`));

/**
 * The risks a message is marked with: the kinds the teacher (or the school) left on, not a link to a
 * site on the allowlist, one of each kind (the first found).
 */
export function shownRisks<Found extends Pick<Risk, 'kind' | 'host'>>(risks: readonly Found[], settings: PageSettings): Found[] {
  const shown: Found[] = [];
  for (const risk of risks) {
    if (!settings.risks[risk.kind] || shown.some((other) => other.kind === risk.kind)) continue;
    if (risk.host && allowlisted(risk.host, settings)) continue;
    shown.push(risk);
  }
  return shown;
}

/**
 * The services of communication a message links to that the school's list does not allow: none
 * unless the school chose the allowlist mode; a site on the allowlist (or under it) is allowed.
 */
export function unlistedServices(text: string, hrefs: readonly string[], settings: PageSettings): string[] {
  // Outside the mode the message's hosts are not read a second time.
  if (settings.linkMode !== 'allowlist') return [];
  return linkedServices(text, hrefs)
    .filter((entry) => !allowlisted(entry.host, settings))
    .map((entry) => entry.service.name);
}
