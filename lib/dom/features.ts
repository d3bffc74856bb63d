/**
 * The content scripts' features, each in its own error boundary: a feature that throws when it
 * starts, or later on a page change, is logged and switched off on this page alone; the others
 * go on. A feature may ask to hear of the nodes the page adds (one observer serves them all).
 */
/** The nodes the page added (or whose text changed), and those that changed within (lib/dom/observe.ts). */
export type OnAdded = (nodes: Set<Node>, changedWithin: Set<Node>) => void;

export interface Feature {
  /** Said in the console when it fails («[Parta] chat-list reading failed …»). */
  name: string;
  /** Sets the feature up; returns what to do with added nodes, or nothing. */
  start(): OnAdded | void;
}

/** Starts the features in order; returns the one handler that passes added nodes to those that asked. */
export function startFeatures(features: readonly Feature[]): OnAdded {
  const running = new Map<string, OnAdded>();
  const fail = (name: string, error: unknown) => console.error(`[Parta] ${name} failed and is switched off on this page`, error);
  for (const feature of features) {
    try {
      const onAdded = feature.start();
      if (onAdded) running.set(feature.name, onAdded);
    } catch (error) {
      fail(feature.name, error);
    }
  }
  return (nodes, changedWithin) => {
    for (const [name, onAdded] of running) {
      try {
        onAdded(nodes, changedWithin);
      } catch (error) {
        running.delete(name);
        fail(name, error);
      }
    }
  };
}
