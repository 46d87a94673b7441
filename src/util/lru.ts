/**
 * The one helper for in-memory memos: a map that keeps the recently used entries within a
 * budget of approximate bytes (entries alone would not do: one question may bring words of
 * thousands of letters).
 *
 * Two generations, as quick-lru does: new entries go into `recent`; when it would pass half
 * the budget it becomes `older` and the previous `older` is dropped; an entry found in
 * `older` moves back into `recent`. A hit costs one lookup, and at most `maxBytes` are held.
 */
export class Lru<K, V> {
  private recent = new Map<K, V>();
  private older = new Map<K, V>();
  private recentBytes = 0;
  private olderBytes = 0;

  /** `sizeOf`: approximate bytes of an entry (see `entryBytes`). */
  constructor(
    readonly maxBytes: number,
    private readonly sizeOf: (key: K, value: V) => number,
  ) {}

  /** The value, or undefined when not kept (store null to remember "nothing"). */
  get(key: K): V | undefined {
    const hit = this.recent.get(key);
    if (hit !== undefined) return hit;
    const old = this.older.get(key);
    if (old === undefined) return undefined;
    // moved back into `recent`: known to be in `older` alone, so no other lookup is needed
    const bytes = this.sizeOf(key, old);
    this.older.delete(key);
    this.olderBytes -= bytes;
    this.keep(key, old, bytes);
    return old;
  }

  set(key: K, value: V): void {
    this.forget(key);
    const bytes = this.sizeOf(key, value);
    if (bytes > this.maxBytes / 2) return; // too big to keep
    this.keep(key, value, bytes);
  }

  /** Puts an entry of `bytes` (at most half the budget) into `recent`, which becomes `older` when full. */
  private keep(key: K, value: V, bytes: number): void {
    const half = this.maxBytes / 2;
    if (this.recentBytes + bytes > half) {
      this.older = this.recent;
      this.olderBytes = this.recentBytes;
      this.recent = new Map();
      this.recentBytes = 0;
    }
    this.recent.set(key, value);
    this.recentBytes += bytes;
  }

  clear(): void {
    this.recent.clear();
    this.older.clear();
    this.recentBytes = this.olderBytes = 0;
  }

  /** Approximate bytes held now (never above maxBytes). */
  get bytes(): number {
    return this.recentBytes + this.olderBytes;
  }

  get size(): number {
    return this.recent.size + this.older.size;
  }

  private forget(key: K): void {
    const r = this.recent.get(key);
    if (r !== undefined) {
      this.recent.delete(key);
      this.recentBytes -= this.sizeOf(key, r);
    }
    const o = this.older.get(key);
    if (o !== undefined) {
      this.older.delete(key);
      this.olderBytes -= this.sizeOf(key, o);
    }
  }
}

/** What a map entry costs besides its strings (V8's hash table slot, headers), roughly. */
const ENTRY_BYTES = 64;
/** A string's header, roughly. */
const STRING_BYTES = 16;

/** Approximate bytes of a map entry holding these strings (two bytes a character, to be safe). */
export function entryBytes(...strings: readonly string[]): number {
  let bytes = ENTRY_BYTES;
  for (const s of strings) bytes += STRING_BYTES + 2 * s.length;
  return bytes;
}

export const MB = 1024 * 1024;
