/**
 * E-journal adapters: where each journal runs and how to read the classes (college groups) the
 * teacher works with — which one they lead, which subjects they teach in each. Each adapter keeps
 * its hosts and selectors here, in one place; all of them are reconstructions from public code
 * (shared/docs/sites.md — nobody has saved a teacher's page), so behind each stands a generic
 * reader that takes every short piece of text that is exactly a class name, and the popup says
 * «страница не распознана» when the adapter itself finds nothing.
 */
import { MAX_CLASS_SIZE, classKey, findClass, type ClassInput } from '../classes/keys';
import { SUBJECTS, canonicalSubject } from '../classes/classify';
import { sameName } from '../moderation/names';
import { readPupilColumn } from './pupils';

export type JournalId = 'mesh' | 'netschool' | 'dnevnik' | 'eljur';

/**
 * What one page tells: `all` — the teacher's classes (a class missing from it is gone); `some` —
 * classes that exist (one class's page), added, nothing removed; `own` — which classes the teacher
 * leads (МЭШ's «Журналы класса»), marked, the others unmarked, nothing removed.
 */
export type JournalScope = 'all' | 'some' | 'own';

/** What Parta knows of the teacher, for pages that name a class's teacher. */
export interface Reader {
  /** The teacher's own name as typed in the options («Иванова М. И.»). */
  teacherName?: string;
}

export interface AdapterReading {
  classes: ClassInput[];
  scope: JournalScope;
  /** The class whose pupils the page lists (its journal), when the adapter knows it but not their markup. */
  pupilsOf?: string;
  /** Names on that page that are not pupils (the class teacher). */
  notPupils?: string[];
}

/**
 * How a journal's pages look wherever it runs (dozens of regional servers, a school's own
 * address): paths only it uses, and widgets only it draws. Either one names the family.
 */
export interface PageSignature {
  paths: readonly RegExp[];
  /** One selector list: any match is enough. */
  widgets: string;
}

export interface JournalAdapter {
  id: JournalId;
  /** Hostnames where this journal runs (its content script's matches derive from them). */
  hosts: readonly string[];
  signature: PageSignature;
  selectors: Readonly<Record<string, string>>;
  /** The classes on this page, and what the page tells about them. Empty when it shows none. */
  read(root: ParentNode, url: URL, reader: Reader): AdapterReading;
}

const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** One class from its written name, or none when the text is not a class. */
function classOf(name: string, own = false, subjects: string[] = []): ClassInput | null {
  const key = classKey(name);
  return key ? { key, name, own, subjects } : null;
}

/** Merges repeated classes (a class listed once per subject) into one, subjects together. */
function merge(classes: (ClassInput | null)[]): ClassInput[] {
  const byKey = new Map<string, ClassInput>();
  for (const entry of classes) {
    if (!entry) continue;
    const known = byKey.get(entry.key);
    if (!known) byKey.set(entry.key, { ...entry, subjects: [...new Set(entry.subjects)] });
    else {
      known.own ||= entry.own;
      for (const subject of entry.subjects) if (!known.subjects.includes(subject)) known.subjects.push(subject);
    }
  }
  return [...byKey.values()];
}

/**
 * A subject as a page writes it, or none: short text that names no class anywhere («5-А класс»,
 * «Алгебра 7Б» are class labels, not subjects) and is not a number or a mark.
 */
function subjectOf(label: string): string | null {
  const name = label.replace(/\s+/g, ' ').trim();
  if (name.length < 2 || name.length > 100 || classKey(name) !== null || !/\p{L}{2}/u.test(name)) return null;
  return name;
}

/** A known school subject in the text («Алгебра», «Англ. яз.»), canonical, or none. */
function knownSubjectIn(text: string): string | null {
  const canonical = canonicalSubject(text);
  return SUBJECTS.includes(canonical) && text.replace(/\s+/g, ' ').trim().length <= 60 ? canonical : null;
}

/** The class a longer label starts with («5-А · Классный журнал» → «5-А»), or the whole label. */
function leadingClass(label: string): string {
  const first = label.split(/\s*[,·—–|:]\s*|\s+(?=\p{Lu}\p{Ll})/u)[0] ?? '';
  return classKey(first) ? first : label;
}

/**
 * The МЭШ family: Moscow's МЭШ, the regional «Моя школа» nodes (the same front end, e.g.
 * Московская область, Татарстан) and ЭПОС in Perm. «Мои журналы» lists one card per class and
 * subject (a card may name several classes: «8-А, 8-Б»); «Журналы класса» lists the classes the
 * teacher leads.
 */
/** Where a page names what it is about: its headings (and its header). */
const PAGE_HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"], header';

const MESH_SELECTORS = {
  journalCard: '[data-test-component="journalCardRoute"]',
  /** The card's texts: the first names the class(es), the last the subject, when there are two. */
  cardText: 'span',
  /** The card's journal link; its text may be the subject. */
  cardLink: 'a[href*="/journal/"]',
  /** Where a page names what it is about (the class of «Журналы класса»). */
  pageHeading: PAGE_HEADINGS,
  mentorJournal: 'a[href*="/journal/grade/"]',
};

/**
 * A card's class and subject: its innermost spans' texts, the first and the last (a Playwright
 * tool, id 55209213435: `texts[0]` the class, `texts[-1]` the subject when there are two or more).
 * Where the card holds one text, its journal link may name the subject (the «МЭШ помощник»
 * extension, id 70074631390: the class label in the card's first block, «5-А класс», the subject
 * as the text of its `a[href*="/journal/my/"]`). A text that names a class is never the subject.
 */
function cardParts(card: Element): { classes: string; subject: string | null } {
  const texts = [...card.querySelectorAll(MESH_SELECTORS.cardText)]
    .filter((span) => span.querySelector(MESH_SELECTORS.cardText) === null)
    .map((span) => text(span))
    .filter(Boolean);
  if (texts.length >= 2) return { classes: texts[0], subject: subjectOf(texts[texts.length - 1]) };
  const link = card.querySelector(MESH_SELECTORS.cardLink);
  const label = texts[0] ?? '';
  const linkText = link ? text(link) : '';
  // The link holds the label too when the card is the link: its subject is what is left.
  const rest = label && linkText.startsWith(label) ? linkText.slice(label.length) : linkText;
  return { classes: label, subject: link ? subjectOf(rest) : null };
}

/** «Журналы класса» (`/teacher/mentor/journals`) and the college's «Журналы куратора» (`/spo/teacher/mentor/journals`). */
const MENTOR_PATH = /^\/(?:spo\/)?teacher\/mentor(?:\/|$)/;

/** The class a heading names, as it writes it («Журналы класса 5-А» → «5-А»), or nothing. */
function classNameIn(heading: string): string {
  const found = findClass(heading);
  return found ? heading.slice(found.index, found.index + found.length) : '';
}

export const meshAdapter: JournalAdapter = {
  id: 'mesh',
  hosts: [
    'school.mos.ru',
    'dnevnik.mos.ru',
    'myschool.mosreg.ru',
    'authedu.mosreg.ru',
    'ms-edu.tatar.ru',
    'edu-epos.permkrai.ru',
    'school.permkrai.ru',
  ],
  selectors: MESH_SELECTORS,
  // The front end shared by МЭШ, the «Моя школа» nodes and ЭПОС (sites.md, fourth round): its teacher
  // paths, and the cards and sections it names with `data-test-component`.
  signature: {
    paths: [/^\/(?:spo\/)?teacher\/(?:study-process\/journal|mentor\/journals)(?:\/|$)/],
    widgets: '[data-test-component="journalCardRoute"], section[data-test-component^="journalListSection-"]',
  },
  read(root, url) {
    if (MENTOR_PATH.test(url.pathname)) {
      // A link or card may say more than the class («5-А · Классный журнал», «5-А, Алгебра»).
      const own = merge(
        [...root.querySelectorAll(`${MESH_SELECTORS.mentorJournal}, ${MESH_SELECTORS.journalCard}`)].map((entry) => {
          const label = entry.matches(MESH_SELECTORS.journalCard) ? cardParts(entry).classes : '';
          return classOf(leadingClass(label || text(entry)), true);
        }),
      );
      if (own.length > 0) return { classes: own, scope: 'own' };
      // «Журналы класса» / «Журналы куратора» as public code reads them (sites.md, fourth round: the
      // «МЭШ помощник» extension, id 70074631390): the links name the class's subjects and the page
      // names the class. Its headings are read: exactly one class named there is the one she leads.
      const named = merge([...root.querySelectorAll(MESH_SELECTORS.pageHeading)].map((heading) => classOf(leadingClass(classNameIn(text(heading))), true)));
      return named.length === 1 ? { classes: named, scope: 'own' } : { classes: [], scope: 'own' };
    }
    if (url.pathname.includes('/journal/grade/')) {
      // One class's journal: its pupils' rows (markup not known: counted by shape), and the class,
      // when the page names exactly one.
      const named = readGenericClasses(root);
      return named.length === 1 ? { classes: named, scope: 'some', pupilsOf: named[0].key } : { classes: [], scope: 'some' };
    }
    const classes: (ClassInput | null)[] = [];
    for (const card of root.querySelectorAll(MESH_SELECTORS.journalCard)) {
      const { classes: names, subject } = cardParts(card);
      for (const name of names.split(/\s*,\s*/)) classes.push(classOf(leadingClass(name), false, subject ? [subject] : []));
    }
    return { classes: merge(classes), scope: 'all' };
  },
};

/**
 * «Сетевой город. Образование»: the class picker of the journal (`PCLID_IUP`) or of other pages
 * (`PCLID`). «9 *» (an individual curriculum, value ending `_1`) and «все» (`-1`) are not classes;
 * the class the teacher leads is not marked.
 */
const NETSCHOOL_SELECTORS = {
  classOption: 'select[name="PCLID_IUP"] option, select[name="PCLID"] option',
  /** The journal's subject filter (sites.md, fourth round: `SGID`): the subjects of the chosen class. */
  subjectOption: 'select[name="SGID"] option',
  /** The journal's pupils, one row each, once it is drawn (sites.md, fourth round). */
  pupilRow: ':is(#journal-container, #pupilstab) .journal-student',
};

export const netschoolAdapter: JournalAdapter = {
  id: 'netschool',
  // The regional servers known from public clients (2026); others are added by the teacher.
  hosts: [
    'netschool.edu22.info',
    'region.obramur.ru',
    'region.zabedu.ru',
    'school.sgo41.ru',
    'sgo.kchgov.ru',
    'e-school.obr.lenreg.ru',
    'sgo.prim-edu.ru',
    'deti.obr03.ru',
    'sgo.edu-ri.ru',
    'giseo.rkomi.ru',
    'sgo.mari-el.gov.ru',
    'sgo.e-mordovia.ru',
    'sgo.e-yakutia.ru',
    'e-school.ryazan.gov.ru',
    'asurso.ru',
    'netcity.admsakhalin.ru',
    'sgo.tomedu.ru',
    'sgo1.edu71.ru',
    'sgo.cit73.ru',
  ],
  selectors: NETSCHOOL_SELECTORS,
  // The system's own code (sites.md, fourth round): the old journal page and the new front end's,
  // the class filter `PCLID_IUP`, the «Загрузить» button, the pupils' rows.
  signature: {
    paths: [/^\/asp\/grade\/journal\.asp/i, /^\/app\/school\/journal(?:\/|$)/],
    widgets: 'select[name="PCLID_IUP"], #load-journal-btn, .filters-panel [name="SGID"], #journal-container .journal-student',
  },
  read(root) {
    const classes: (ClassInput | null)[] = [];
    let chosen: string | undefined;
    for (const option of root.querySelectorAll(NETSCHOOL_SELECTORS.classOption)) {
      const value = option.getAttribute('value') ?? '';
      const name = text(option);
      if (value === '-1' || value.endsWith('_1') || name.includes('*')) continue;
      const entry = classOf(name);
      classes.push(entry);
      // The journal shows the chosen class's pupils, one row each.
      if (entry && (option as HTMLOptionElement).selected && option.closest('select[name="PCLID_IUP"]')) chosen = entry.key;
    }
    // The subject filter lists the chosen class's subjects only: the others' stay as known.
    const subjects = chosen
      ? [...root.querySelectorAll(NETSCHOOL_SELECTORS.subjectOption)].flatMap((option) => {
          const subject = option.getAttribute('value') === '-1' ? null : subjectOf(text(option));
          return subject ? [subject] : [];
        })
      : [];
    // The drawn journal's pupil rows, by the system's own markup: the chosen class's size, confirmed.
    const rows = chosen ? root.querySelectorAll(NETSCHOOL_SELECTORS.pupilRow).length : 0;
    const size = rows > 0 && rows <= MAX_CLASS_SIZE ? rows : undefined;
    const read = merge(classes).map((entry): ClassInput => {
      if (entry.key !== chosen) return { ...entry, keepSubjects: true };
      const withSubjects: ClassInput = subjects.length > 0 ? { ...entry, subjects } : { ...entry, keepSubjects: true };
      return size === undefined ? withSubjects : { ...withSubjects, size };
    });
    return { classes: read, scope: 'all', ...(chosen && size === undefined ? { pupilsOf: chosen } : {}) };
  },
};

/**
 * Дневник.ру: the journals list links each class (`10 "А"`); a class page names it in its heading
 * («Класс: 7 "В" (…)») and its class teacher (the named link of `.peopleS .first`, after the avatar's): the class is the teacher's own
 * when that is the name they gave Parta (compared as names are: «Петрова А. С.» is «Петрова Анна
 * Сергеевна»). The page lists the class's pupils too.
 */
const DNEVNIK_SELECTORS = {
  classLink: 'a[title="Открыть журналы этого класса"]',
  classHeading: '.info h2',
  classTeacher: '.peopleS .first a',
  classRow: 'tr, li',
};

/**
 * The known subjects written in a class link's row (its table row or list item), each once. The
 * list's markup around the link is not known (sites.md names only the link): read by what the
 * text is — a subject Parta knows, in a cell or link of its own.
 */
function rowSubjects(link: Element): string[] {
  const row = link.closest(DNEVNIK_SELECTORS.classRow);
  if (!row) return [];
  const subjects = new Set<string>();
  for (const cell of row.querySelectorAll('td, li, a, span')) {
    if (cell === link || cell.children.length > 0) continue;
    const subject = knownSubjectIn(text(cell));
    if (subject) subjects.add(subject);
  }
  return [...subjects];
}

/** A subject's journal of one class (`/journals/journalclassical.aspx?g=…`, the list's subject links). */
const DNEVNIK_SUBJECT_JOURNAL = /^\/journals\/journal[a-z]*\.aspx/i;

export const dnevnikAdapter: JournalAdapter = {
  id: 'dnevnik',
  hosts: ['schools.dnevnik.ru', 'dnevnik.ru'],
  selectors: DNEVNIK_SELECTORS,
  // The journals list's class links and the class page's people block; its journal addresses.
  signature: {
    paths: [/^\/journals\/journal[a-z]*\.aspx/i, /^\/class\.aspx/i],
    widgets: 'a[title="Открыть журналы этого класса"], .peopleS .first',
  },
  read(root, url, reader) {
    // Each class's row of the list may name the subjects of its journals («Алгебра», «Геометрия»).
    const links = [...root.querySelectorAll(DNEVNIK_SELECTORS.classLink)].map((link) => classOf(text(link), false, rowSubjects(link)));
    if (links.some(Boolean)) return { classes: merge(links), scope: 'all' };
    if (DNEVNIK_SUBJECT_JOURNAL.test(url.pathname)) {
      // One subject's journal of one class (its markup is not in any public source): the class the
      // page names, when it names exactly one, and the subject its headings name, when known.
      const named = readGenericClasses(root);
      if (named.length !== 1) return { classes: [], scope: 'some' };
      const subjects = [...root.querySelectorAll(PAGE_HEADINGS)].flatMap((heading) => knownSubjectIn(text(heading)) ?? []);
      return { classes: [{ ...named[0], subjects: [...new Set(subjects)] }], scope: 'some', pupilsOf: named[0].key };
    }
    // A class page: one class, not the teacher's whole list.
    const heading = /^Класс:\s*(.+?)(?:\s*\(|$)/.exec(text(root.querySelector(DNEVNIK_SELECTORS.classHeading)));
    // The block's first link wraps the avatar: the name is the link that has text.
    const leader = [...root.querySelectorAll(DNEVNIK_SELECTORS.classTeacher)].map(text).find(Boolean) ?? '';
    const own = Boolean(leader && reader.teacherName && sameName(leader, reader.teacherName));
    const single = heading ? classOf(heading[1], own) : null;
    if (!single) return { classes: [], scope: 'some' };
    return { classes: [single], scope: 'some', pupilsOf: single.key, notPupils: leader ? [leader] : [] };
  },
};

/**
 * ЭлЖур: one subdomain per school; the journal's address names the class
 * (`/journal-app/page.journal/class.10А/…`), its cells are pupils, not classes.
 */
const ELJUR_SELECTORS = {
  pupilCell: 'div.cell[title][uid]',
  /** The teacher's journals, each a journal address naming its class. */
  classLink: 'a[href*="/journal-app/"][href*="/class."]',
};

/** The journal app (sites.md, fourth round): only there do the class links list the teacher's journals. */
const ELJUR_JOURNAL_APP = /^\/journal-app\//;

/** The class an ЭлЖур address names (`…/class.10А/…`), or an empty string. */
function eljurClassName(path: string): string {
  const match = /\/class\.([^/?#]+)/.exec(path);
  try {
    return match ? decodeURIComponent(match[1]) : '';
  } catch {
    return '';
  }
}

export const eljurAdapter: JournalAdapter = {
  id: 'eljur',
  hosts: ['eljur.ru', 'school.nso.ru', 'edu.gounn.ru'],
  selectors: ELJUR_SELECTORS,
  // The journal app's addresses (sites.md, fourth round) and its pupils' cells.
  signature: { paths: [/^\/journal-app\//], widgets: 'div.cell[title][uid]' },
  read(root, url) {
    const inJournal = ELJUR_JOURNAL_APP.test(url.pathname);
    // The journal's list of the teacher's classes: every class they teach, the open one among them.
    const listed = merge([...root.querySelectorAll(ELJUR_SELECTORS.classLink)].map((link) => classOf(eljurClassName(link.getAttribute('href') ?? ''))));
    // Class links elsewhere (a parent's message, an announcement, a timetable) are classes that
    // exist, never her whole list.
    if (!inJournal) return { classes: listed, scope: 'some' };
    const single = classOf(eljurClassName(url.pathname));
    if (!single) return { classes: listed, scope: listed.length > 1 ? 'all' : 'some' };
    // The class's journal lists its pupils, one row of cells each: distinct pupils = the class size.
    const pupils = new Set<string>();
    for (const cell of root.querySelectorAll(ELJUR_SELECTORS.pupilCell)) pupils.add(cell.getAttribute('uid') ?? '');
    pupils.delete('');
    const size = pupils.size > 0 && pupils.size <= MAX_CLASS_SIZE ? pupils.size : undefined;
    const open = size === undefined ? single : { ...single, size };
    if (listed.length <= 1) return { classes: [open], scope: 'some' };
    return { classes: merge([open, ...listed.filter((entry) => entry.key !== open.key)]), scope: 'all' };
  },
};

export const JOURNAL_ADAPTERS: readonly JournalAdapter[] = [meshAdapter, netschoolAdapter, dnevnikAdapter, eljurAdapter];

/** ЭлЖур runs on a subdomain per school (`<school>.eljur.ru`); the others on their hosts. */
const SUBDOMAIN_HOSTS = new Set(['eljur.ru']);

function hostMatches(adapter: JournalAdapter, hostname: string): boolean {
  return adapter.hosts.some((host) => hostname === host || (SUBDOMAIN_HOSTS.has(host) && hostname.endsWith(`.${host}`)));
}

export function journalAdapterFor(url: URL): JournalAdapter | null {
  return JOURNAL_ADAPTERS.find((adapter) => hostMatches(adapter, url.hostname)) ?? null;
}

/**
 * What a page shows of itself, for telling its journal by its look: its path, and for each
 * adapter (in `JOURNAL_ADAPTERS` order) whether one of its widgets is there. Plain data: the popup
 * reads it from a page Parta does not run on yet (`SIGNATURE_WIDGETS` passed in, booleans back).
 */
export interface PageLook {
  path: string;
  widgets: readonly boolean[];
}

export const SIGNATURE_WIDGETS: readonly string[] = JOURNAL_ADAPTERS.map((adapter) => adapter.signature.widgets);

/** The journal a page looks like — by its own widgets first (a path may be reused), then its path — or none. */
export function journalOfLook(look: PageLook): JournalAdapter | null {
  const byWidget = JOURNAL_ADAPTERS.find((_adapter, index) => look.widgets[index] === true);
  return byWidget ?? JOURNAL_ADAPTERS.find((adapter) => adapter.signature.paths.some((path) => path.test(look.path))) ?? null;
}

/** The look of a page in hand (the journal script's own document). */
export function lookOf(root: ParentNode, url: URL): PageLook {
  return { path: url.pathname, widgets: SIGNATURE_WIDGETS.map((widgets) => root.querySelector(widgets) !== null) };
}

/** Match patterns of every known journal: the manifest's host permissions and the script's matches. */
export const JOURNAL_MATCHES: readonly string[] = JOURNAL_ADAPTERS.flatMap((adapter) =>
  adapter.hosts.map((host) => (SUBDOMAIN_HOSTS.has(host) ? `https://*.${host}/*` : `https://${host}/*`)),
);

const CANDIDATES = 'option, li, a, button, td, th, span, div, h1, h2, h3, h4, label';
/** Whole text that is only a class: «5А», «5 «А» класс», «ИСП-22-1». */
const ONLY_A_CLASS = /^(?:класс\s*)?[^\s]{1,12}(?:\s+\S{1,3})?(?:\s*класс)?$/iu;
/** A mark with a letter («5 н», «4 к»): a digit, a space, one lower-case letter — not a class. */
const MARK_WITH_LETTER = /^\d\s+[а-яё]$/u;

/** The fallback: every short element whose whole text names exactly one class. */
export function readGenericClasses(root: ParentNode): ClassInput[] {
  const classes: (ClassInput | null)[] = [];
  for (const element of root.querySelectorAll(CANDIDATES)) {
    if (element.children.length > 0 && element.localName !== 'option') continue;
    const name = text(element);
    if (name.length > 20 || !ONLY_A_CLASS.test(name) || MARK_WITH_LETTER.test(name)) continue;
    classes.push(classOf(name));
  }
  return merge(classes);
}

export interface JournalHealth {
  site: JournalId | 'journal-generic';
  /** The adapter found the class list it expects. */
  recognised: boolean;
  classes: number;
  fallback: boolean;
  /** The class size this page gives: whose, how many, and whether by a known selector or by shape. */
  pupils?: { key: string; count: number; confirmed: boolean };
}

export interface JournalReading {
  health: JournalHealth;
  classes: ClassInput[];
  scope: JournalScope;
  /** The names a class's page lists (read by shape): kept only for a class whose chat check is on. */
  pupilNames?: { key: string; names: string[] };
}

/** What the page gives: the adapter's reading, or the generic one when the adapter finds nothing. */
export function readJournal(root: ParentNode, adapter: JournalAdapter | null, url: URL, reader: Reader = {}): JournalReading {
  const fromAdapter: AdapterReading = adapter ? adapter.read(root, url, reader) : { classes: [], scope: 'all' };
  if (adapter && fromAdapter.classes.length > 0) {
    let classes = fromAdapter.classes;
    let pupils: JournalHealth['pupils'];
    let pupilNames: JournalReading['pupilNames'];
    const sized = classes.find((entry) => entry.size !== undefined);
    if (sized?.size !== undefined) pupils = { key: sized.key, count: sized.size, confirmed: true };
    else if (fromAdapter.pupilsOf) {
      const names = readPupilColumn(root, fromAdapter.notPupils);
      const key = fromAdapter.pupilsOf;
      if (names !== null) {
        const count = names.length;
        pupils = { key, count, confirmed: false };
        pupilNames = { key, names };
        classes = classes.map((entry) => (entry.key === key ? { ...entry, size: count } : entry));
      }
    }
    return {
      health: { site: adapter.id, recognised: true, classes: classes.length, fallback: false, ...(pupils ? { pupils } : {}) },
      classes,
      scope: fromAdapter.scope,
      ...(pupilNames ? { pupilNames } : {}),
    };
  }
  const generic = readGenericClasses(root);
  return {
    health: { site: adapter?.id ?? 'journal-generic', recognised: false, classes: generic.length, fallback: true },
    classes: generic,
    scope: 'all',
  };
}
