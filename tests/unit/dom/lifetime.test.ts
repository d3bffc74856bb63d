// @vitest-environment happy-dom
/**
 * extensionLifetime: content-script features live as long as the extension, never on an event
 * the page can forge.
 */
import { describe, expect, test, vi } from 'vitest';
import { extensionLifetime } from '../../../lib/dom/lifetime';

describe('extensionLifetime', () => {
  test('ends only when the extension is gone, and then for good', () => {
    vi.useFakeTimers();
    let alive = true;
    const lifetime = extensionLifetime(() => alive, 1000);
    vi.advanceTimersByTime(5000);
    expect(lifetime.signal.aborted).toBe(false);
    // Nothing the page dispatches is listened to: a forged WXT event changes nothing.
    document.dispatchEvent(new CustomEvent('anything:messenger:wxt:content-script-started', { detail: { contentScriptName: 'messenger' } }));
    expect(lifetime.alive()).toBe(true);
    alive = false;
    vi.advanceTimersByTime(1000);
    expect(lifetime.signal.aborted).toBe(true);
    alive = true;
    expect(lifetime.alive()).toBe(false);
    vi.useRealTimers();
  });

  test('an invalidated context that throws on access counts as gone', () => {
    const lifetime = extensionLifetime(() => {
      throw new Error('Extension context invalidated.');
    });
    expect(lifetime.alive()).toBe(false);
    expect(lifetime.signal.aborted).toBe(true);
  });
});
