/**
 * A saved fixture page as a Document for adapter tests (happy-dom): scripts removed; with `base`,
 * relative links resolve as if the page were served there.
 */
import fs from 'node:fs';
import path from 'node:path';

export function loadFixture(name: string, base?: string): Document {
  const html = fs.readFileSync(path.resolve('tests/fixtures', name), 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  parsed.querySelectorAll('script').forEach((script) => script.remove());
  if (base) {
    const baseElement = parsed.createElement('base');
    baseElement.href = base;
    parsed.head.prepend(baseElement);
  }
  return parsed;
}
