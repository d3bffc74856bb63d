/**
 * The fallback when a site's adapter recognises nothing (a redesign): every element that holds
 * text directly, and every link, is a "message". Warnings get weaker (more noise, no composer
 * send button), never silent.
 */
import { resolvedHref } from './href';
import { unwrapHref } from './unwrap';
import type { MessageContent } from './types';

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT']);

/** Elements under `root` (itself included) that directly hold non-blank text or are links. */
export function textHolders(root: Node): Element[] {
  const holders = new Set<Element>();
  const document = root.ownerDocument ?? (root as Document);
  const consider = (element: Element | null) => {
    if (!element || SKIPPED.has(element.tagName) || element.closest('[contenteditable=""], [contenteditable="true"]')) return;
    holders.add(element);
  };
  if (root.nodeType === 3) consider(root.parentElement);
  const walker = document.createTreeWalker(root, 0x4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeValue && node.nodeValue.trim()) consider(node.parentElement);
  }
  if (root.nodeType === 1) {
    const element = root as Element;
    if (element.matches('a[href]')) consider(element);
    element.querySelectorAll('a[href]').forEach((anchor) => consider(anchor));
  }
  return [...holders];
}

export function readGeneric(element: Element): MessageContent {
  let text = '';
  for (const child of element.childNodes) if (child.nodeType === 3) text += child.nodeValue ?? '';
  const resolved = element.matches('a[href]') ? resolvedHref(element) : null;
  const href = resolved ? unwrapHref(resolved) : null;
  return { text, hrefs: href ? [href] : [] };
}

/** Composer of last resort: whatever editable field the teacher is typing in. */
export const GENERIC_COMPOSER = '[contenteditable=""], [contenteditable="true"], [role="textbox"], textarea';
