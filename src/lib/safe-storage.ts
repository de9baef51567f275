/**
 * localStorage that never throws. Private modes, disabled storage, a full quota or a sandboxed frame all
 * mean "keep going without saving"; callers learn whether saving works from `persistent`.
 */
export interface SafeStorage {
  readonly persistent: boolean;
  get(key: string): string | null;
  /** Returns false when the value could not be kept. */
  set(key: string, value: string): boolean;
  remove(key: string): void;
}

export function safeStorage(getStore: () => Storage | undefined = () => globalThis.localStorage): SafeStorage {
  let store: Storage | undefined;
  try {
    store = getStore();
    const probe = '__bg_probe__';
    store?.setItem(probe, probe);
    store?.removeItem(probe);
  } catch {
    store = undefined;
  }
  const memory = new Map<string, string>();
  let persistent = Boolean(store);
  return {
    get persistent() {
      return persistent;
    },
    get(key) {
      if (!store || !persistent) return memory.get(key) ?? null;
      try {
        return store.getItem(key);
      } catch {
        return memory.get(key) ?? null;
      }
    },
    set(key, value) {
      memory.set(key, value);
      if (!store) return false;
      try {
        store.setItem(key, value);
        return true;
      } catch {
        persistent = false;
        return false;
      }
    },
    remove(key) {
      memory.delete(key);
      try {
        store?.removeItem(key);
      } catch {
        /* nothing saved to remove */
      }
    },
  };
}
