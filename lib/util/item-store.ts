/**
 * One value kept in extension storage under one key — the settings, the journal addresses —
 * read through its own validator every time (storage holds whatever any version, or a broken
 * write, left there), written only as valid, and watched for changes from any context.
 */
import { browser } from 'wxt/browser';

type Area = 'local' | 'session';

export interface StoredItem<Value, Input = Value> {
  readonly key: string;
  /** The stored value as `read` makes of it; what `read` makes of nothing when storage fails. */
  load(): Promise<Value>;
  save(value: Input): Promise<void>;
  /** Calls `listener` with the new value whenever this key changes; returns the unsubscribe. */
  watch(listener: (value: Value) => void): () => void;
  /** Remembers what is stored now; the returned function puts exactly that back (or removes it). */
  snapshot(): Promise<() => Promise<void>>;
}

export interface ItemOptions<Value, Input> {
  /** Validates anything storage may hold (undefined when absent) into a usable value. */
  read: (stored: unknown) => Value;
  /** What is written for a value (default: the value itself). */
  write?: (value: Input) => unknown;
  area?: Area;
}

export function storedItem<Value, Input = Value>(key: string, options: ItemOptions<Value, Input>): StoredItem<Value, Input> {
  const { read, write = (value: Input) => value, area = 'local' } = options;
  const storage = () => browser.storage[area];
  return {
    key,
    async load() {
      try {
        return read((await storage().get(key))[key]);
      } catch {
        return read(undefined);
      }
    },
    async save(value) {
      await storage().set({ [key]: write(value) });
    },
    watch(listener) {
      const handler = (changes: Record<string, { newValue?: unknown }>, changedArea: string) => {
        if (changedArea === area && key in changes) listener(read(changes[key].newValue));
      };
      browser.storage.onChanged.addListener(handler);
      return () => browser.storage.onChanged.removeListener(handler);
    },
    async snapshot() {
      // Storage cannot hold undefined: undefined is «nothing there».
      const previous: unknown = (await storage().get(key))[key];
      return async () => {
        if (previous !== undefined) await storage().set({ [key]: previous });
        else await storage().remove(key);
      };
    },
  };
}
