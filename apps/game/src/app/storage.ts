/** The part of the Web Storage API the game uses; tests pass an in-memory one. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> & {
  keys(): string[];
};

/** An in-memory store: tests, and browsers where localStorage is blocked. */
export function memoryStore(initial: Record<string, string> = {}): KeyValueStore {
  const map = new Map(Object.entries(initial));
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => {
      map.set(key, value);
    },
    removeItem: (key) => {
      map.delete(key);
    },
    keys: () => [...map.keys()],
  };
}

/**
 * localStorage, or memory when the browser refuses it (private modes, disabled
 * storage): the game never crashes over storage, it just forgets on reload.
 */
export function browserStore(): KeyValueStore {
  try {
    const ls = window.localStorage;
    const probe = 'smile-curve:probe';
    ls.setItem(probe, '1');
    ls.removeItem(probe);
    return {
      getItem: (key) => ls.getItem(key),
      setItem: (key, value) => {
        try {
          ls.setItem(key, value);
        } catch {
          // Quota exceeded: keep playing; the save is best effort.
        }
      },
      removeItem: (key) => {
        ls.removeItem(key);
      },
      keys: () => Array.from({ length: ls.length }, (_, i) => ls.key(i)).filter((k) => k !== null),
    };
  } catch {
    return memoryStore();
  }
}
