/**
 * The content scripts' feature registry: each feature in its own error boundary — one that throws
 * at start or on a later page change is switched off alone, and the others keep hearing of changes.
 */
import { afterEach, expect, test, vi } from 'vitest';
import { startFeatures } from '../../../lib/dom/features';

afterEach(() => vi.restoreAllMocks());

test('a feature that fails to start is logged and the ones after it still start', () => {
  const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const started: string[] = [];
  startFeatures([
    { name: 'first', start: () => void started.push('first') },
    { name: 'broken', start: () => { throw new Error('no composer'); } },
    { name: 'last', start: () => void started.push('last') },
  ]);
  expect(started).toEqual(['first', 'last']);
  expect(errors).toHaveBeenCalledTimes(1);
  expect(String(errors.mock.calls[0][0])).toContain('broken failed');
});

test('page changes reach the features that asked; one that throws is switched off, the rest go on', () => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const heard: string[] = [];
  let brokenCalls = 0;
  const onAdded = startFeatures([
    { name: 'no-changes', start: () => undefined },
    { name: 'flaky', start: () => () => { brokenCalls++; throw new Error('page rewrote a node'); } },
    { name: 'marks', start: () => (nodes) => heard.push(`marks:${nodes.size}`) },
  ]);
  const node = { nodeType: 1 } as Node;
  onAdded(new Set([node]), new Set());
  onAdded(new Set([node, { nodeType: 3 } as Node]), new Set());
  expect(heard).toEqual(['marks:1', 'marks:2']);
  expect(brokenCalls).toBe(1);
});
