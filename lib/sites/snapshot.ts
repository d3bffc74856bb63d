/**
 * «Сообщить о странице»: the structure of a page Parta did not recognise, for a developer to
 * rebuild its fixture — element names, ids, classes, roles, the *names* of data attributes, link
 * hosts. Nothing else: no text, no other attribute value, no path or query of any address. The
 * page is the teacher's school chat or journal: what leaves must hold no child's name, no message.
 *
 * Names a site's code chose can still carry a person (`class="sender-ivanova"`, `id="petya_chat"`,
 * a link to `ivanova-elena.narod.ru`): an id, class, role or data-attribute name is kept only when
 * every word in it is a word of page building (the list below, which holds every word Parta's
 * selectors use) or a short fragment of a generated name; any other becomes a placeholder
 * (`_hidden_1`, the same one for the same name, so which elements share it still shows). A link's
 * host is kept only when it is the page's own, a messenger's or a platform's (reported as that
 * domain, never its subdomain: `ivanov.t.me` is a person's channel); any other is `other`.
 * DOM only (no browser API): runs in the content script and in unit tests alike.
 */
import { ALLOWED_PLATFORM_DOMAINS, MESSENGERS } from '../links/catalogue';

/** One element: [tag, facts, children]. */
export type StructureNode = [string, StructureFacts, StructureNode[]];

export interface StructureFacts {
  id?: string;
  classes?: string[];
  role?: string;
  /** Names of `data-*` attributes, never their values. */
  data?: string[];
  /** For links: the host the link goes to, nothing else. */
  host?: string;
}

export interface PageStructure {
  format: 'parta-page-structure';
  version: 2;
  /** Which adapter the page was meant for (max, vk, mesh …) or `unknown`. */
  site: string;
  /** The page's host only. */
  host: string;
  /** Elements left out because the page was larger than what is kept. */
  truncated: number;
  root: StructureNode;
}

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'img', 'video', 'audio', 'canvas', 'iframe', 'object']);
export const MAX_NODES = 15_000;
const MAX_DEPTH = 60;
/** Ids and classes longer than this, or holding anything but name characters, are left out. */
const NAME_TOKEN = /^[A-Za-z_][\w-]{0,79}$/;

/** Four digits in a row: a user, chat or message number, not a name a programmer chose. */
const LOOKS_LIKE_DATA = /\d{4}/;

/**
 * Words of page building, lower case: what sites name their elements with. Every word of Parta's
 * own selectors is here (a unit test reads the adapters), so a report always shows those.
 */
const BUILDING_WORDS = new Set(
  (
    'about account action actions active add alert app application area article aside attach attachment ' +
    'author avatar back badge banner bar base block blocks body bold bottom box bubble bubbles button buttons ' +
    'caption card cards cell center chat chats check checkbox children class classes clamp clickable close ' +
    'collapsed column columns combobox compact complementary component composer contact container content ' +
    'contents context control controls convo count counter current date day default delete details dialog ' +
    'disabled divider document draft drop dropdown edit editor empty entry error expanded feed field file ' +
    'files filter filters find first flex flow focus footer form frame grade grades grid group grouping header ' +
    'heading hidden history holder home hover icon icons image images img index info inner input inline ' +
    'item itemkey items journal key label last layout left lexical line link links list listbox listitem load ' +
    'loader loading log main mark marks media mentor menu menuitem message messages meta modal more name ' +
    'nav navigation new note notice open opened option options out outer outgoing overlay own page pager panel people ' +
    'peer photo placeholder popup presentation preview primary progressbar pupil pupils pupilstab radio region ' +
    'reply replied right root route row rows scroll scrollable search searchbox secondary section select ' +
    'selected send separator service sidebar simple single size slider small spinner stack status student ' +
    'students subject subjects submit subtitle svelte switch tab table tablist tabpanel tabs teacher term test ' +
    'testid text textbox time timer title toggle tool toolbar tooltip top topbar tree treeitem unread user ' +
    'variant view virtual vkit vkme vkui week widget without wrapper'
  ).split(' '),
);

/** Fragments this short are parts of generated names (`svelte-1kx5xmu`, `_3xYz`), too short to be a name. */
const MAX_FRAGMENT = 3;

/** The words of an id or class: split at `-`, `_`, digits and camelCase humps. */
function wordsOf(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z]+/)
    .filter((word) => word !== '')
    .map((word) => word.toLowerCase());
}

/** Whether a name from the page is kept as it is: made only of building words and short fragments. */
export function isBuildingName(name: string): boolean {
  if (!NAME_TOKEN.test(name) || LOOKS_LIKE_DATA.test(name)) return false;
  return wordsOf(name).every((word) => word.length <= MAX_FRAGMENT || BUILDING_WORDS.has(word));
}

/** The domains a link's host may be reported as: the messengers Parta flags and the platforms it allows. */
const KNOWN_DOMAINS: readonly string[] = [...MESSENGERS.flatMap((entry) => entry.domains), ...ALLOWED_PLATFORM_DOMAINS];

/** The host a link is reported with: the page's own, a known domain it belongs to, or `other`. */
export function reportedHost(href: string, pageHost: string): string | undefined {
  let host: string;
  try {
    const url = new URL(href);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    host = url.hostname;
  } catch {
    return undefined;
  }
  if (host === pageHost) return host;
  const known = KNOWN_DOMAINS.find((domain) => host === domain || host.endsWith(`.${domain}`));
  return known ?? 'other';
}

export function pageStructure(root: Element, site: string, pageHost: string): PageStructure {
  let budget = MAX_NODES;
  let truncated = 0;
  const placeholders = new Map<string, string>();
  /** A page's name as reported: itself when it is a building name, else its placeholder (none for data). */
  const token = (value: string | null): string | undefined => {
    if (!value || !NAME_TOKEN.test(value) || LOOKS_LIKE_DATA.test(value)) return undefined;
    if (isBuildingName(value)) return value;
    let placeholder = placeholders.get(value);
    if (placeholder === undefined) {
      placeholder = `_hidden_${placeholders.size + 1}`;
      placeholders.set(value, placeholder);
    }
    return placeholder;
  };
  const walk = (element: Element, depth: number): StructureNode => {
    budget--;
    const facts: StructureFacts = {};
    const id = token(element.getAttribute('id'));
    if (id) facts.id = id;
    const classes = [...element.classList].map(token).filter((name): name is string => name !== undefined).slice(0, 20);
    if (classes.length > 0) facts.classes = classes;
    const role = token(element.getAttribute('role'));
    if (role) facts.role = role;
    const data = element
      .getAttributeNames()
      .filter((name) => name.startsWith('data-'))
      .map((name) => token(name.slice('data-'.length)))
      .filter((name): name is string => name !== undefined)
      .map((name) => `data-${name}`)
      .slice(0, 20);
    if (data.length > 0) facts.data = data;
    if (element.localName === 'a' && element.hasAttribute('href')) {
      const host = reportedHost((element as HTMLAnchorElement).href, pageHost);
      if (host) facts.host = host;
    }
    const children: StructureNode[] = [];
    for (let child = element.firstElementChild; child !== null; child = child.nextElementSibling) {
      if (SKIPPED.has(child.localName)) continue;
      if (budget <= 0 || depth >= MAX_DEPTH) {
        truncated++;
        continue;
      }
      children.push(walk(child, depth + 1));
    }
    const tag = /^[a-z][a-z0-9-]{0,40}$/.test(element.localName) ? element.localName : 'x-element';
    return [tag, facts, children];
  };
  const tree = walk(root, 0); // first: the walk counts what it leaves out
  return { format: 'parta-page-structure', version: 2, site, host: pageHost, truncated, root: tree };
}
