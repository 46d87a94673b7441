import type { Sentence } from "../analysis/types.js";
import { terms } from "./tokens.js";

/**
 * Extractive summary ranking: TF-IDF sentence vectors, position-aware centrality
 * (a sentence is central when later sentences repeat it), a lead prior, and
 * redundancy removal. Returns sentence indexes, best first.
 */
export function rankSentences(sentences: Sentence[]): number[] {
  const candidates = sentences.filter((s) => isSummarySentence(s.text));
  const pool = candidates.length ? candidates : sentences;
  if (pool.length <= 1) return pool.map((s) => s.index);
  const vectors = tfidf(pool.map((s) => terms(s.text)));
  const n = pool.length;
  const sim = (a: number, b: number) => cosine(vectors[a]!, vectors[b]!);
  const scores = pool.map((_, i) => {
    let forward = 0;
    let backward = 0;
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      if (j > i) forward += sim(i, j);
      else backward += sim(i, j);
    }
    const centrality = (forward + 0.3 * backward) / (n - 1);
    const lead = 1 / Math.sqrt(i + 1);
    return centrality + 0.1 * lead;
  });
  const order: number[] = [];
  const chosen: number[] = [];
  const remaining = new Set(pool.map((_, i) => i));
  while (remaining.size) {
    let best = -1;
    let bestScore = -Infinity;
    for (const i of remaining) {
      const redundancy = chosen.length ? Math.max(...chosen.map((c) => sim(i, c))) : 0;
      const score = scores[i]! - 0.5 * redundancy * scores[i]!;
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    }
    remaining.delete(best);
    chosen.push(best);
    order.push(pool[best]!.index);
  }
  return order;
}

/** Picks the first n of a ranking and returns them in article order. */
export function pickSummary(ranking: number[], n: number): number[] {
  return ranking.slice(0, n).sort((a, b) => a - b);
}

function isSummarySentence(text: string): boolean {
  const count = text.split(/\s+/).length;
  return count >= 5 && count <= 80;
}

type Vector = Map<string, number>;

function tfidf(docs: string[][]): Vector[] {
  const df = new Map<string, number>();
  for (const doc of docs) for (const t of new Set(doc)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = docs.length;
  return docs.map((doc) => {
    const v: Vector = new Map();
    for (const t of doc) v.set(t, (v.get(t) ?? 0) + 1);
    for (const [t, tf] of v) v.set(t, tf * Math.log(1 + n / (df.get(t) ?? 1)));
    return v;
  });
}

function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [t, x] of a) {
    na += x * x;
    const y = b.get(t);
    if (y) dot += x * y;
  }
  for (const y of b.values()) nb += y * y;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}
