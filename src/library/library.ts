import type { Analysis } from "../model/analysis.js";

/** What changed in the library: listeners (search index, digest) follow every change through this. */
export type LibraryChange =
  | { type: "added"; analysis: Analysis }
  | { type: "updated"; analysis: Analysis; previous: Analysis }
  | { type: "removed"; analysis: Analysis };

export type LibraryListener = (change: LibraryChange) => void;

/**
 * The in-memory set of analysed articles. Articles are numbered newest first
 * (as /articles lists them); a reference is that number or the file name without extension.
 *
 * `upsert` and `remove` are the only places articles change: each swaps one article in or
 * out synchronously (answers never see half an article) and tells every listener.
 * The order is rebuilt lazily, so loading thousands of articles one by one stays cheap.
 */
export class Library {
  private byId = new Map<string, Analysis>();
  private ordered: Analysis[] | undefined = [];
  private numbers = new Map<string, number>();
  /** Lower-case names → article (newest wins): the id, the id with dashes for slashes, every path suffix. */
  private names = new Map<string, Analysis>();
  private seen = new Map<string, number>();
  private listeners = new Set<LibraryListener>();
  /** Set by the loader while it indexes a folder: how far it is. Undefined when idle. */
  loading: { done: number; total: number } | undefined;

  constructor(
    analyses: Analysis[] = [],
    private readonly clock: () => number = Date.now,
  ) {
    for (const a of analyses) this.upsert(a);
  }

  get size(): number {
    return this.byId.size;
  }

  /** Newest first: publication date (stated, else inferred), else file time, then id. */
  list(): readonly Analysis[] {
    if (!this.ordered) {
      this.ordered = [...this.byId.values()].sort(newestFirst);
      this.numbers = new Map(this.ordered.map((a, i) => [a.article.id, i + 1]));
      this.names = new Map();
      for (const a of this.ordered) {
        const id = a.article.id.toLowerCase();
        const parts = id.split("/");
        for (let i = 0; i < parts.length; i++) {
          const suffix = parts.slice(i).join("/");
          if (!this.names.has(suffix)) this.names.set(suffix, a);
        }
        const dashed = id.replace(/\//g, "-");
        if (!this.names.has(dashed)) this.names.set(dashed, a);
      }
    }
    return this.ordered;
  }

  latest(): Analysis | undefined {
    return this.list()[0];
  }

  get(id: string): Analysis | undefined {
    return this.byId.get(id);
  }

  /** 1-based number in list(), or undefined. */
  numberOf(id: string): number | undefined {
    this.list();
    return this.numbers.get(id);
  }

  /** The article with this 1-based number in list(). */
  byNumber(n: number): Analysis | undefined {
    return Number.isInteger(n) && n >= 1 ? this.list()[n - 1] : undefined;
  }

  /**
   * Resolves "3", "kazakhstan-russia-alliance", "politics/001", "politics-001" or "001.txt"
   * to an article. A bare number is its place in list(); a name is the file's id, or its
   * last part (the newest article wins when several folders hold the same file name).
   */
  find(ref: string): Analysis | undefined {
    const trimmed = ref.trim();
    const r = trimmed.replace(/\.(md|markdown|txt)$/i, "");
    if (r === "") return undefined;
    if (r === trimmed && /^\d+$/.test(r)) {
      const byNumber = this.byNumber(Number(r));
      if (byNumber) return byNumber;
    }
    const exact = this.byId.get(r);
    if (exact) return exact;
    this.list();
    return this.names.get(r.toLowerCase());
  }

  /**
   * When the library first held this article (ms since epoch). Kept across changes of the
   * file; `seed` restores times saved by an earlier run, so a restart makes nothing "new".
   */
  firstSeen(id: string): number | undefined {
    return this.seen.get(id);
  }

  /** Articles first seen after `since` (ms since epoch), newest first: what a digest calls "new". */
  addedSince(since: number): Analysis[] {
    return this.list().filter((a) => (this.seen.get(a.article.id) ?? 0) > since);
  }

  /** Restores first-seen times from an earlier run (only for ids not seen yet in this one). */
  seedFirstSeen(times: Iterable<[string, number]>): void {
    for (const [id, t] of times) if (!this.seen.has(id) && Number.isFinite(t)) this.seen.set(id, t);
  }

  /** Every first-seen time, for saving. */
  firstSeenTimes(): Map<string, number> {
    return new Map(this.seen);
  }

  /**
   * Calls `listener` after every upsert and remove; returns a function that unsubscribes.
   * With `replay`, the listener first gets an "added" change for every article already here,
   * so an index built beside the library (search) never misses one, whenever it subscribes.
   */
  subscribe(listener: LibraryListener, options: { replay?: boolean } = {}): () => void {
    if (options.replay)
      for (const analysis of this.byId.values()) listener({ type: "added", analysis });
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Adds an article or replaces the one with the same id, in one step. */
  upsert(analysis: Analysis): void {
    const id = analysis.article.id;
    const previous = this.byId.get(id);
    this.byId.set(id, analysis);
    if (!this.seen.has(id)) this.seen.set(id, this.clock());
    this.ordered = undefined;
    this.emit(previous ? { type: "updated", analysis, previous } : { type: "added", analysis });
  }

  remove(id: string): boolean {
    const analysis = this.byId.get(id);
    if (!analysis) return false;
    this.byId.delete(id);
    this.seen.delete(id);
    this.ordered = undefined;
    this.emit({ type: "removed", analysis });
    return true;
  }

  /** Every listener runs even if one fails; the first failure is rethrown afterwards for the caller to log. */
  private emit(change: LibraryChange): void {
    let failure: unknown;
    for (const listener of this.listeners) {
      try {
        listener(change);
      } catch (err) {
        failure ??= err;
      }
    }
    if (failure !== undefined) throw failure;
  }
}

function newestFirst(a: Analysis, b: Analysis): number {
  const da = a.article.date ?? a.referenceDate ?? "";
  const db = b.article.date ?? b.referenceDate ?? "";
  if (da !== db) return da < db ? 1 : -1;
  if (a.article.mtimeMs !== b.article.mtimeMs) return b.article.mtimeMs - a.article.mtimeMs;
  return a.article.id.localeCompare(b.article.id);
}
