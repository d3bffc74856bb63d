/**
 * Functions run inside test pages (`page.evaluate(fn, arg)`, Playwright and Puppeteer alike):
 * self-contained, no closures, DOM calls only.
 */

/** Appends a message bubble to a MAX-like history (`#history > .item > .bubbleContent > .text`). */
export function appendMaxMessage(value: string): void {
  const item = document.createElement('div');
  item.className = 'item';
  const bubble = document.createElement('div');
  bubble.className = 'bubbleContent';
  const text = document.createElement('span');
  text.className = 'text';
  text.textContent = value;
  bubble.append(text);
  item.append(bubble);
  (document.getElementById('history') as HTMLElement).append(item);
}
