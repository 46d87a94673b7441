/**
 * MiniSearch's scores for a query (its `executeQuery` with the OR combination), computed
 * without the objects it makes for every document a term matches: one result object per
 * (document, query term, derived term) and a `match` record nobody here reads. A common
 * word matches thousands of sentences of the BBC corpus, and making those objects was most
 * of a vague question's time (question p99, docs/performance.md).
 *
 * The same numbers in the same order: each query term is scored into its own sums (exact
 * term, then prefix matches, then fuzzy matches, MiniSearch's order; fields in the search's
 * order; documents in posting order; the same BM25 expression, multiplied in the same order),
 * then the terms are added up in query order, documents kept in the order MiniSearch's
 * combined Map would have them. Used only on a clean index (nothing discarded and not
 * vacuumed): MiniSearch prunes stale postings while it scores, which this does not copy.
 * test/search/scoring.test.ts checks it against `executeQuery`.
 */
import type { MiniInternals, Postings } from "./mini-internals.js";

/** The parts of MiniSearch's search options this scorer follows. */
export interface ScoringOptions {
  /** Field ids and their boosts, in the order the fields are searched. */
  boosts: ReadonlyArray<readonly [fieldId: number, boost: number]>;
  prefix: (term: string) => boolean;
  /** False, or an edit distance as a share of the term's length (MiniSearch's `fuzzy`). */
  fuzzy: (term: string) => number | false;
  boostTerm: (term: string) => number;
  /** A document's factor (by MiniSearch's document id); 0 leaves it out. */
  boostDocument?: (docId: number) => number;
  weights: { fuzzy: number; prefix: number };
  /** How many fields the index has (MiniSearch's field ids are 0 … fieldCount - 1). */
  fieldCount: number;
}

/** Everything scored: documents by short id in the order MiniSearch's result Map holds them. */
export interface Scored {
  /** Short ids, in order. */
  order: number[];
  /** Summed score of `order[i]`. */
  score: Float64Array;
  /**
   * The query terms (deduplicated, in the order MiniSearch lists them) `order[i]` matched. The
   * documents that matched one term alone share one array: never change one in place.
   */
  terms: (readonly string[])[];
}

/** MiniSearch's default BM25 parameters (k, b, d). */
const K = 1.2;
const B = 0.7;
const D = 0.5;
const MAX_FUZZY = 6;

/** Per-document sums of one query term, reused across searches (grown to the id range). */
let partial = new Float64Array(0);
let partialStamp = new Uint32Array(0);
let boostCache = new Float64Array(0);
let boostStamp = new Uint32Array(0);
/** Where a document is in the combined result (valid when its stamp is the search's). */
let combinedAt = new Uint32Array(0);
let combinedStamp = new Uint32Array(0);
let stamp = 0;

function ensure(size: number): void {
  if (partial.length >= size) return;
  const n = Math.max(size, partial.length * 2, 1024);
  partial = new Float64Array(n);
  partialStamp = new Uint32Array(n);
  boostCache = new Float64Array(n);
  boostStamp = new Uint32Array(n);
  combinedAt = new Uint32Array(n);
  combinedStamp = new Uint32Array(n);
  stamp = 0;
}

/** A new stamp; at a search's start (`room`: stamps it may take), all marks clear when they run out. */
function nextStamp(room = 0): number {
  if (stamp + room >= 0xfffffff0) {
    partialStamp.fill(0);
    boostStamp.fill(0);
    combinedStamp.fill(0);
    stamp = 0;
  }
  return ++stamp;
}

/**
 * Each document's field lengths (distinct terms) as a flat table, short id × field, plus one
 * (0: not read yet), by MiniSearch length table: a scored posting reads its document's length,
 * and a typed array is cheaper than MiniSearch's Map. A document's lengths never change while
 * its short id lives, and short ids are never reused.
 */
const lengthTables = new WeakMap<Map<number, number[]>, { stride: number; table: Int32Array }>();

function lengthTable(mini: MiniInternals, stride: number): { stride: number; table: Int32Array } {
  let t = lengthTables.get(mini._fieldLength);
  if (!t || t.stride !== stride) {
    t = { stride, table: new Int32Array(0) };
    lengthTables.set(mini._fieldLength, t);
  }
  const need = mini._nextId * stride;
  if (t.table.length < need) {
    const grown = new Int32Array(Math.max(need, t.table.length * 2));
    grown.set(t.table);
    t.table = grown;
  }
  return t;
}

/** The query's terms as MiniSearch reads them from `text` (split on spaces; see MINI_OPTIONS). */
export function scoreQuery(mini: MiniInternals, text: string, options: ScoringOptions): Scored {
  const queryTerms = text.split(" ").filter(Boolean);
  ensure(mini._nextId);
  const stride = options.fieldCount;
  const lengths = lengthTable(mini, stride).table;
  const searchStamp = nextStamp(queryTerms.length + 1);
  const out: Scored = { order: [], score: new Float64Array(0), terms: [] };
  const scores: number[] = [];
  for (const term of queryTerms) {
    const termStamp = nextStamp();
    const touched: number[] = [];
    // A common word matches thousands of sentences: one array for all it is the first term of.
    const termAlone: readonly string[] = [term];
    const add = (derived: Postings | undefined, termWeight: number, termBoost: number): void => {
      if (derived == null) return;
      for (const [fieldId, fieldBoost] of options.boosts) {
        const freqs = derived.get(fieldId);
        if (freqs == null) continue;
        const matching = freqs.size;
        const avgFieldLength = mini._avgFieldLength[fieldId]!;
        const total = mini._documentCount;
        const invDocFreq = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
        freqs.forEach((termFreq, short) => {
          let docBoost = 1;
          if (options.boostDocument) {
            if (boostStamp[short] === searchStamp) docBoost = boostCache[short]!;
            else {
              docBoost = options.boostDocument(mini._documentIds.get(short)!);
              boostCache[short] = docBoost;
              boostStamp[short] = searchStamp;
            }
            if (!docBoost) return;
          }
          const at = short * stride + fieldId;
          let fieldLength = lengths[at]! - 1;
          if (fieldLength < 0) {
            fieldLength = mini._fieldLength.get(short)![fieldId]!;
            lengths[at] = fieldLength + 1;
          }
          const raw = bm25(invDocFreq, termFreq, fieldLength, avgFieldLength);
          const weighted = termWeight * termBoost * fieldBoost * docBoost * raw;
          if (partialStamp[short] === termStamp) partial[short] = partial[short]! + weighted;
          else {
            partialStamp[short] = termStamp;
            partial[short] = weighted;
            touched.push(short);
          }
        });
      }
    };
    const termBoost = options.boostTerm(term);
    add(mini._index.get(term), 1, termBoost);
    let fuzzyMatches: Map<string, [Postings, number]> | undefined;
    const fuzzy = options.fuzzy(term);
    if (fuzzy) {
      const maxDistance = fuzzy < 1 ? Math.min(MAX_FUZZY, Math.round(term.length * fuzzy)) : fuzzy;
      if (maxDistance) fuzzyMatches = mini._index.fuzzyGet(term, maxDistance);
    }
    if (options.prefix(term)) {
      for (const [derived, postings] of mini._index.atPrefix(term)) {
        const distance = derived.length - term.length;
        if (!distance) continue;
        fuzzyMatches?.delete(derived);
        const weight =
          (options.weights.prefix * derived.length) / (derived.length + 0.3 * distance);
        add(postings, weight, termBoost);
      }
    }
    if (fuzzyMatches)
      for (const [derived, [postings, distance]] of fuzzyMatches) {
        if (!distance) continue;
        const weight = (options.weights.fuzzy * derived.length) / (derived.length + distance);
        add(postings, weight, termBoost);
      }
    for (const short of touched) {
      if (combinedStamp[short] !== searchStamp) {
        combinedStamp[short] = searchStamp;
        combinedAt[short] = out.order.length;
        out.order.push(short);
        scores.push(partial[short]!);
        out.terms.push(termAlone);
      } else {
        const at = combinedAt[short]!;
        scores[at] = scores[at]! + partial[short]!;
        const had = out.terms[at]!;
        if (!had.includes(term)) out.terms[at] = [...had, term];
      }
    }
  }
  out.score = Float64Array.from(scores);
  return out;
}

/**
 * MiniSearch's calcBM25Score with its default parameters, the same expression; its inverse
 * document frequency (the same for every posting of a term's field) comes computed.
 */
function bm25(
  invDocFreq: number,
  termFreq: number,
  fieldLength: number,
  avgFieldLength: number,
): number {
  return (
    invDocFreq *
    (D + (termFreq * (K + 1)) / (termFreq + K * (1 - B + (B * fieldLength) / avgFieldLength)))
  );
}
