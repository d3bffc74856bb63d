/**
 * The required-chats check: the teacher's classes × the chats seen in the messenger × the chosen
 * policies → for every requirement the chat that meets it, or «нет» with the reason. The teacher's
 * manual overrides always win: «это родительский чат 5А», «не требуется». Pure; linear in the
 * number of chats and requirements (titles are classified once and indexed).
 */
import { canonicalSubject, classifyChat, type Audience, type ChatClass } from './classify';
import { requirementsFor, suggestTitle, type Profile, type Requirement } from './policies';

export interface KnownChat {
  title: string;
  /** When the chat was last seen in the chat list (ms); newer wins among equals. */
  lastSeen?: number;
}

export interface TeacherClass {
  /** A class key (lib/classes/keys.ts). */
  key: string;
  /** The class the teacher leads (class teacher, curator): class-scope chats are required for it. */
  own: boolean;
  /** Subjects the teacher teaches in it: a subject chat each. */
  subjects: readonly string[];
}

export type Override =
  /** «Этот чат — родительский чат 5А»: the title's class and audience as the teacher says. */
  | { kind: 'chat'; title: string; classKey: string | null; audience: Audience; subject?: string }
  /** «Не требуется»: this requirement of this class (and subject) does not apply. */
  | { kind: 'not-required'; classKey: string | null; requirementId: string; subject?: string };

export type MatchReason =
  /** Found by its title: the title names this class and audience. */
  | { code: 'title' }
  /** The teacher said what this chat is. */
  | { code: 'override' }
  /** The title names no class, and the teacher has one class: it is that class's. */
  | { code: 'single-class' }
  /** The teacher said this requirement does not apply. */
  | { code: 'not-required' }
  /** No chat seen has this class and audience. `nearby`: chats that name the class, for an override. */
  | { code: 'missing'; nearby: string[] };

export interface CheckItem {
  requirement: Requirement;
  classKey: string | null;
  subject?: string;
  status: 'ok' | 'missing' | 'not-required';
  /** The chat that meets the requirement. */
  chat?: string;
  /** Other chats that also meet it (duplicates the teacher may want to tidy). */
  alsoMatching: string[];
  reason: MatchReason;
  suggestedTitle: string;
}

export interface ClassCheck {
  /** null: the school-wide requirements. */
  classKey: string | null;
  items: CheckItem[];
  done: number;
  total: number;
}

export interface CheckResult {
  classes: ClassCheck[];
  done: number;
  total: number;
}

export interface CheckInput {
  classes: readonly TeacherClass[];
  chats: readonly KnownChat[];
  profiles: readonly Profile[];
  overrides?: readonly Override[];
  /** Requirement ids the teacher switched off everywhere (options). */
  disabled?: readonly string[];
}

interface Classified extends ChatClass {
  title: string;
  lastSeen: number;
  overridden: boolean;
  lowerTitle: string;
}

const indexKey = (classKey: string | null, audience: Audience, subject?: string) =>
  `${classKey ?? ''}\u0000${audience}\u0000${subject ?? ''}`;

export function checkRequiredChats({ classes, chats, profiles, overrides = [], disabled = [] }: CheckInput): CheckResult {
  const chatOverrides = new Map<string, Extract<Override, { kind: 'chat' }>>();
  const notRequired = new Set<string>();
  for (const override of overrides) {
    if (override.kind === 'chat') chatOverrides.set(override.title.trim(), override);
    else notRequired.add(`${override.classKey ?? ''}\u0000${override.requirementId}\u0000${override.subject ?? ''}`);
  }

  // Classify each distinct title once; index by (class, audience, subject) and by class.
  const index = new Map<string, Classified[]>();
  const byClass = new Map<string, Classified[]>();
  const seenTitles = new Set<string>();
  for (const chat of chats) {
    const title = chat.title.trim();
    if (!title || seenTitles.has(title)) continue;
    seenTitles.add(title);
    const override = chatOverrides.get(title);
    const kind = override ?? classifyChat(title);
    // One object shape for every chat (no spreads, `subject` always present): fast to build and read.
    const classified: Classified = {
      classKey: kind.classKey,
      audience: kind.audience,
      subject: kind.subject,
      title,
      lastSeen: chat.lastSeen ?? 0,
      overridden: override !== undefined,
      // Only school-wide requirements look at the words of a title, and only of titles with no class.
      lowerTitle: kind.classKey === null ? title.toLowerCase().replace(/ё/g, 'е') : '',
    };
    push(index, indexKey(classified.classKey, classified.audience, classified.audience === 'subject' ? classified.subject : undefined), classified);
    if (classified.classKey) push(byClass, classified.classKey, classified);
  }
  // Overridden chats first, then the most recently seen.
  for (const list of index.values()) list.sort((a, b) => Number(b.overridden) - Number(a.overridden) || b.lastSeen - a.lastSeen);

  const requirements = requirementsFor(profiles).filter((requirement) => !disabled.includes(requirement.id));
  // Classes share their subjects: name each spelling once.
  const canonicalNames = new Map<string, string>();
  const canonical = (name: string) => {
    let known = canonicalNames.get(name);
    if (known === undefined) canonicalNames.set(name, (known = canonicalSubject(name)));
    return known;
  };
  const ownClasses = classes.filter((teacherClass) => teacherClass.own);
  const result: ClassCheck[] = [];

  const check = (requirement: Requirement, classKey: string | null, subject?: string): CheckItem => {
    const suggestedTitle = suggestTitle(requirement, classKey ?? '', subject);
    const base = { requirement, classKey, subject, suggestedTitle, alsoMatching: [] as string[] };
    if (notRequired.has(`${classKey ?? ''}\u0000${requirement.id}\u0000${subject ?? ''}`)) {
      return { ...base, status: 'not-required', reason: { code: 'not-required' } };
    }
    let candidates = index.get(indexKey(classKey, requirement.audience, subject)) ?? [];
    if (requirement.keywords) {
      const keywords = requirement.keywords;
      candidates = candidates.filter((chat) => chat.overridden || keywords.some((keyword) => chat.lowerTitle.includes(keyword)));
    }
    let reason: MatchReason = { code: 'title' };
    if (candidates.length === 0 && classKey && ownClasses.length === 1 && requirement.scope === 'class') {
      // «Родители», «Преподаватели» with no class in the title: the one class the teacher leads.
      candidates = index.get(indexKey(null, requirement.audience)) ?? [];
      reason = { code: 'single-class' };
    }
    if (candidates.length === 0) {
      const nearby = classKey ? (byClass.get(classKey) ?? []).map((chat) => chat.title).slice(0, 5) : [];
      return { ...base, status: 'missing', reason: { code: 'missing', nearby } };
    }
    const [chosen, ...others] = candidates;
    return {
      ...base,
      status: 'ok',
      chat: chosen.title,
      alsoMatching: others.map((chat) => chat.title),
      reason: chosen.overridden ? { code: 'override' } : reason,
    };
  };

  for (const teacherClass of classes) {
    const items: CheckItem[] = [];
    for (const requirement of requirements) {
      if (requirement.scope === 'class' && teacherClass.own) items.push(check(requirement, teacherClass.key));
      if (requirement.scope === 'subject') {
        const subjects = new Set(teacherClass.subjects.map(canonical));
        for (const subject of subjects) items.push(check(requirement, teacherClass.key, subject));
      }
    }
    if (items.length > 0) result.push(summarise(teacherClass.key, items));
  }
  const schoolItems = requirements.filter((requirement) => requirement.scope === 'school').map((requirement) => check(requirement, null));
  if (schoolItems.length > 0) result.push(summarise(null, schoolItems));

  return {
    classes: result,
    done: result.reduce((sum, entry) => sum + entry.done, 0),
    total: result.reduce((sum, entry) => sum + entry.total, 0),
  };
}

function summarise(classKey: string | null, items: CheckItem[]): ClassCheck {
  const applicable = items.filter((item) => item.status !== 'not-required');
  return { classKey, items, done: applicable.filter((item) => item.status === 'ok').length, total: applicable.length };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
