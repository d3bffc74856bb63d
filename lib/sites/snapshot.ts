/**
 * «Сообщить о странице»: the structure of a page Parta did not recognise, for a developer to
 * rebuild its fixture — element names, ids, classes, roles, the *names* of data attributes, link
 * hosts. Nothing else: no text, no other attribute value, no path or query of any address. The
 * page is the teacher's school chat or journal: what leaves must hold no child's name, no message.
 * DOM only (no browser API): runs in the content script and in unit tests alike.
 */

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
  version: 1;
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

/** A name token is kept only when it looks like a programmer's name, not like data. */
function token(value: string | null): string | undefined {
  if (!value || !NAME_TOKEN.test(value) || LOOKS_LIKE_DATA.test(value)) return undefined;
  return value;
}

function hostOf(href: string): string | undefined {
  try {
    const url = new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.hostname : undefined;
  } catch {
    return undefined;
  }
}

export function pageStructure(root: Element, site: string, pageHost: string): PageStructure {
  let budget = MAX_NODES;
  let truncated = 0;
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
      .filter((name) => name.startsWith('data-') && NAME_TOKEN.test(name))
      .slice(0, 20);
    if (data.length > 0) facts.data = data;
    if (element.localName === 'a' && element.hasAttribute('href')) {
      const host = hostOf((element as HTMLAnchorElement).href);
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
  return { format: 'parta-page-structure', version: 1, site, host: pageHost, truncated, root: tree };
}
