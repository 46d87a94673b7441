import type { Sentence } from "../analysis/types.js";
import { isBoilerplate } from "../content/boilerplate.js";
import { terms } from "./tokens.js";

/**
 * Extractive summary ranking.
 *
 * Each sentence is scored by its centrality: how many of its content terms (stemmed,
 * stop words out) the other sentences of the article share, counted once per other
 * sentence, divided by the square root of the sentence's length — a sentence that
 * states what the rest of the article keeps coming back to ranks high, whatever its
 * position. The first sentence gets a modest lead prior. Sentences are then taken
 * greedily, each one's score discounted by its overlap with those already taken
 * (redundancy removal), so near-duplicates fall down the ranking.
 *
 * Tuned on BBC business, entertainment and sport against human summaries
 * (scripts/eval/summary.ts); checked on politics and tech.
 */
export interface RankOptions {
  /** Length normalisation exponent: score = overlap / length^p. */
  lengthPower: number;
  /** Multiplier bonus of the first sentence (0.3 = +30%). */
  leadBonus: number;
  /** How much the overlap with already chosen sentences discounts a score (0..1). */
  redundancy: number;
  /** Overlap (term-set cosine) below which a chosen sentence does not discount another. */
  redundancyFloor: number;
  /** Sentences with fewer words are ranked last. */
  minWords: number;
}

export const DEFAULT_RANK_OPTIONS: RankOptions = { lengthPower: 0.5, leadBonus: 0.3, redundancy: 0.5, redundancyFloor: 0.35, minWords: 5 };

/** Returns every sentence index, best summary sentence first. */
export function rankSentences(sentences: Sentence[], options: Partial<RankOptions> = {}): number[] {
  const o = { ...DEFAULT_RANK_OPTIONS, ...options };
  const n = sentences.length;
  if (n <= 1) return sentences.map((s) => s.index);

  const tokens = sentences.map((s) => terms(s.text));
  const sets = tokens.map((t) => new Set(t));
  const df = new Map<string, number>();
  for (const set of sets) for (const t of set) df.set(t, (df.get(t) ?? 0) + 1);

  // Exact repeats of an earlier sentence (pull quotes, doubled captions) count as seen once.
  const seenText = new Set<string>();
  const usable = sentences.map((s, i) => {
    const key = s.text.toLowerCase().replace(/\s+/g, " ");
    const ok = !seenText.has(key) && wordCount(s.text) >= o.minWords && tokens[i]!.length > 0 && !isBoilerplate(s.text);
    seenText.add(key);
    return ok;
  });
  const pool = sentences.map((_, i) => i).filter((i) => usable[i]);
  if (pool.length === 0) {
    // Only very short sentences: the same scoring over all of them; nothing to score at all: article order.
    if (o.minWords > 0) return rankSentences(sentences, { ...o, minWords: 0 });
    return sentences.map((s) => s.index);
  }

  const score = new Array<number>(n).fill(0);
  for (const i of pool) {
    let overlap = 0;
    for (const t of tokens[i]!) overlap += (df.get(t) ?? 1) - 1;
    let s = overlap / Math.pow(tokens[i]!.length, o.lengthPower);
    if (i === pool[0]) s *= 1 + o.leadBonus;
    // Every sentence keeps a small positive base so the order stays defined when nothing overlaps.
    score[i] = s + 1e-6 * (n - i);
  }

  const order: number[] = [];
  const chosen: number[] = [];
  const maxSim = new Array<number>(n).fill(0);
  const remaining = new Set(pool);
  while (remaining.size) {
    let best = -1;
    let bestScore = -Infinity;
    for (const i of remaining) {
      const excess = Math.max(0, maxSim[i]! - o.redundancyFloor) / (1 - o.redundancyFloor);
      const s = score[i]! * (1 - o.redundancy * excess);
      if (s > bestScore) {
        bestScore = s;
        best = i;
      }
    }
    remaining.delete(best);
    chosen.push(best);
    order.push(sentences[best]!.index);
    if (o.redundancy > 0) for (const i of remaining) maxSim[i] = Math.max(maxSim[i]!, overlapCosine(sets[i]!, sets[best]!));
  }
  for (let i = 0; i < n; i++) if (!usable[i]) order.push(sentences[i]!.index);
  return order;
}

/** Picks the first n of a ranking and returns them in article order. */
export function pickSummary(ranking: number[], n: number): number[] {
  return ranking.slice(0, Math.max(0, n)).sort((a, b) => a - b);
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Cosine of two term sets. */
function overlapCosine(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const t of small) if (large.has(t)) shared++;
  return shared / Math.sqrt(a.size * b.size);
}
