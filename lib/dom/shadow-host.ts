/**
 * The element Parta puts into a page: a custom tag holding a closed shadow root with its own
 * styles, so the site's CSS cannot reach in and the site's scripts cannot read what is inside.
 */
export function shadowHost(tag: string, style: string): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement(tag);
  const root = host.attachShadow({ mode: 'closed' });
  const sheet = document.createElement('style');
  sheet.textContent = style;
  root.append(sheet);
  return { host, root };
}
