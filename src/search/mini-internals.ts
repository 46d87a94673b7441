/**
 * MiniSearch's own tables, read to save an index and filled to load one (snapshot.ts). Its
 * public route (toJSON → loadJS) goes through objects keyed by numbers and builds every
 * posting at once: for the corpus (700,000 postings) about twice the CPU time of filling
 * the maps from saved numbers, and its postings are only read when first used here.
 * Checked at run time: `internalsOf` is undefined when an installed MiniSearch keeps other
 * fields, and the index is then built rather than loaded; test/search/saved-index.test.ts
 * checks that a loaded index gives the built one's tables and hits.
 */
import type MiniSearch from "minisearch";

/** Term → field id → short document id → how often the term is in that field. */
export type Postings = Map<number, Map<number, number>>;

export interface MiniInternals {
  _index: {
    set(term: string, postings: Postings): unknown;
    /** The term's postings, made with `initial` when the term is new. */
    fetch(term: string, initial: () => Postings): Postings;
    get(term: string): Postings | undefined;
    /** The terms that start with `prefix` (itself included), in the tree's order. */
    atPrefix(prefix: string): Iterable<[string, Postings]>;
    /** The terms at most `maxDistance` edits from `term`, with their distance. */
    fuzzyGet(term: string, maxDistance: number): Map<string, [Postings, number]>;
    [Symbol.iterator](): Iterator<[string, Postings]>;
  };
  /** Short id → document id. */
  _documentIds: Map<number, number>;
  _idToShortId: Map<number, number>;
  /** Short id → distinct terms of each field. */
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _documentCount: number;
  _nextId: number;
  _dirtCount: number;
  _storedFields: Map<number, unknown>;
}

export function internalsOf<T>(mini: MiniSearch<T>): MiniInternals | undefined {
  const m = mini as unknown as Partial<MiniInternals>;
  const ok =
    typeof m._index?.set === "function" &&
    typeof m._index.fetch === "function" &&
    typeof m._index.get === "function" &&
    typeof m._index.atPrefix === "function" &&
    typeof m._index.fuzzyGet === "function" &&
    typeof m._index[Symbol.iterator] === "function" &&
    [m._documentIds, m._idToShortId, m._fieldLength, m._storedFields].every(
      (x) => x instanceof Map,
    ) &&
    Array.isArray(m._avgFieldLength) &&
    [m._documentCount, m._nextId, m._dirtCount].every((x) => typeof x === "number");
  return ok ? (m as MiniInternals) : undefined;
}
