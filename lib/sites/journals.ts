/**
 * E-journal adapters: where each journal runs and how to read the classes (college groups) the
 * teacher works with — which one they lead, which subjects they teach in each. Selectors are data
 * and reconstructions (no live page could be saved here, see the fixtures' notes); when they find
 * nothing, a generic reader takes every short piece of text that is exactly a class name (class
 * pickers, tabs, table headers) and the popup says «страница не распознана».
 */
import { classKey } from '../classes/keys';

export type JournalId = 'myschool' | 'epos';

export interface JournalClass {
  key: string;
  /** As the journal writes it («5 «А»», «ИСП-22-1»). */
  name: string;
  /** The teacher leads this class (классное руководство, кураторство). */
  own: boolean;
  subjects: string[];
}

export interface JournalAdapter {
  id: JournalId;
  matches(url: URL): boolean;
  selectors: {
    /** One element per class the teacher works with. */
    classItem: string;
    /** The class name inside it. */
    className: string;
    /** Subjects taught in it. */
    subject: string;
    /** Present inside the item when the teacher leads the class. */
    ownMark: string;
  };
}

export const JOURNAL_MATCHES = ['https://myschool.edu.ru/*', 'https://school.permkrai.ru/*'];

export const myschoolAdapter: JournalAdapter = {
  id: 'myschool',
  matches: (url) => url.hostname === 'myschool.edu.ru',
  selectors: {
    classItem: '[data-testid="teacher-class"], .teacher-classes__item',
    className: '[data-testid="teacher-class-name"], .teacher-classes__name',
    subject: '[data-testid="teacher-class-subject"], .teacher-classes__subject',
    ownMark: '[data-testid="class-teacher-mark"], .teacher-classes__leader',
  },
};

export const eposAdapter: JournalAdapter = {
  id: 'epos',
  matches: (url) => url.hostname === 'school.permkrai.ru',
  selectors: {
    classItem: '.groups-list .group-card, [data-qa="group-card"]',
    className: '.group-card__title, [data-qa="group-title"]',
    subject: '.group-card__discipline, [data-qa="group-discipline"]',
    ownMark: '.group-card__curator, [data-qa="group-curator"]',
  },
};

export const JOURNAL_ADAPTERS: readonly JournalAdapter[] = [myschoolAdapter, eposAdapter];

export function journalAdapterFor(url: URL): JournalAdapter | null {
  return JOURNAL_ADAPTERS.find((adapter) => adapter.matches(url)) ?? null;
}

const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Merges repeated classes (a class listed once per subject) into one, subjects together. */
function merge(classes: JournalClass[]): JournalClass[] {
  const byKey = new Map<string, JournalClass>();
  for (const entry of classes) {
    const known = byKey.get(entry.key);
    if (!known) byKey.set(entry.key, { ...entry, subjects: [...new Set(entry.subjects)] });
    else {
      known.own ||= entry.own;
      for (const subject of entry.subjects) if (!known.subjects.includes(subject)) known.subjects.push(subject);
    }
  }
  return [...byKey.values()];
}

export function readJournalClasses(root: ParentNode, adapter: JournalAdapter): JournalClass[] {
  const classes: JournalClass[] = [];
  for (const item of root.querySelectorAll(adapter.selectors.classItem)) {
    const name = text(item.querySelector(adapter.selectors.className));
    const key = classKey(name);
    if (!key) continue;
    const subjects = [...item.querySelectorAll(adapter.selectors.subject)].map(text).filter(Boolean);
    classes.push({ key, name, own: item.querySelector(adapter.selectors.ownMark) !== null, subjects });
  }
  return merge(classes);
}

const CANDIDATES = 'option, li, a, button, td, th, span, div, h1, h2, h3, h4, label';
/** Whole text that is only a class: «5А», «5 «А» класс», «ИСП-22-1». */
const ONLY_A_CLASS = /^(?:класс\s*)?[^\s]{1,12}(?:\s+\S{1,3})?(?:\s*класс)?$/iu;

/** The fallback: every short element whose whole text names exactly one class. */
export function readGenericClasses(root: ParentNode): JournalClass[] {
  const classes: JournalClass[] = [];
  for (const element of root.querySelectorAll(CANDIDATES)) {
    if (element.children.length > 0 && element.localName !== 'option') continue;
    const name = text(element);
    if (name.length > 20 || !ONLY_A_CLASS.test(name)) continue;
    const key = classKey(name);
    if (key) classes.push({ key, name, own: false, subjects: [] });
  }
  return merge(classes);
}

export interface JournalHealth {
  site: JournalId | 'journal-generic';
  /** The adapter found the class list it expects. */
  recognised: boolean;
  classes: number;
  fallback: boolean;
}

/** What the page gives: the adapter's reading, or the generic one when the adapter finds nothing. */
export function readJournal(root: ParentNode, adapter: JournalAdapter | null): { health: JournalHealth; classes: JournalClass[] } {
  const fromAdapter = adapter ? readJournalClasses(root, adapter) : [];
  if (adapter && fromAdapter.length > 0) {
    return { health: { site: adapter.id, recognised: true, classes: fromAdapter.length, fallback: false }, classes: fromAdapter };
  }
  const generic = readGenericClasses(root);
  return {
    health: { site: adapter?.id ?? 'journal-generic', recognised: false, classes: generic.length, fallback: true },
    classes: generic,
  };
}
