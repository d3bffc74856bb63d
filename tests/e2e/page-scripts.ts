/**
 * Functions run inside test pages (`page.evaluate(fn, arg)`, Playwright and Puppeteer alike):
 * self-contained, no closures, DOM calls only.
 */

/**
 * Appends a message bubble to a MAX-like history (`#history > .item > .bubbleContent > .text`): its
 * text, or its text ending with a link.
 */
export function appendMaxMessage(message: string | { value: string; label: string; href: string }): void {
  const item = document.createElement('div');
  item.className = 'item';
  const bubble = document.createElement('div');
  bubble.className = 'bubbleContent';
  const text = document.createElement('span');
  text.className = 'text';
  if (typeof message === 'string') text.textContent = message;
  else {
    const link = document.createElement('a');
    link.className = 'link';
    link.href = message.href;
    link.textContent = message.label;
    text.append(message.value, link);
  }
  bubble.append(text);
  item.append(bubble);
  (document.getElementById('history') as HTMLElement).append(item);
}
