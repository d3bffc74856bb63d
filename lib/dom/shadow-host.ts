/**
 * The element Parta puts into a page: a custom tag holding a closed shadow root with its own
 * styles, so the site's CSS cannot reach in and the site's scripts cannot read what is inside.
 * Each style is parsed once and shared by every root that uses it (a page with many warnings has
 * many badges; a `<style>` in each was the largest part of drawing them, measured). Where a browser
 * does not take a shared sheet from an extension's script, each root gets its own `<style>`.
 */
const sheets = new Map<string, CSSStyleSheet | null>();

function sharedSheet(style: string): CSSStyleSheet | null {
  let sheet = sheets.get(style);
  if (sheet === undefined) {
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(style);
    } catch {
      sheet = null;
    }
    sheets.set(style, sheet);
  }
  return sheet;
}

export function shadowHost(tag: string, style: string): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement(tag);
  const root = host.attachShadow({ mode: 'closed' });
  const sheet = sharedSheet(style);
  try {
    if (sheet) root.adoptedStyleSheets = [sheet];
  } catch {
    // the shared sheet is refused here: the root's own <style> below
  }
  if (root.adoptedStyleSheets?.length !== 1) {
    const element = document.createElement('style');
    element.textContent = style;
    root.append(element);
  }
  return { host, root };
}
