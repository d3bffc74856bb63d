/**
 * The address a link really opens: the browser's resolved `href` (relative paths, `//host`, odd
 * spellings all normalised by its URL parser), never the attribute as the page wrote it.
 */
export function resolvedHref(anchor: Element): string | null {
  // HTMLAnchorElement.href is what a click opens; SVG links and others are resolved by hand.
  const href = (anchor as HTMLAnchorElement).href;
  if (typeof href === 'string') return href || null;
  const attribute = anchor.getAttribute('href');
  if (!attribute) return null;
  try {
    return new URL(attribute, anchor.ownerDocument?.baseURI).href;
  } catch {
    return null;
  }
}
