/**
 * ROUGE scores computed the way Google's `rouge_score` package computes them:
 * lowercase, every run of non-alphanumerics becomes a space, tokens longer than
 * 3 characters are Porter-stemmed, n-gram counts are clipped, and ROUGE-Lsum is
 * the summary-level union-LCS over sentences separated by newlines.
 */
import { stemmer } from "stemmer";

export interface RougeScore {
  precision: number;
  recall: number;
  f1: number;
}

export interface RougeScores {
  rouge1: RougeScore;
  rouge2: RougeScore;
  rougeLsum: RougeScore;
}

/** rouge_score's tokenizer with stemming on. */
export function rougeTokens(text: string): string[] {
  const cleaned = text.toLowerCase().replace(/[^a-z0-9]+/g, " ");
  const out: string[] = [];
  for (const t of cleaned.split(/\s+/)) {
    if (!t) continue;
    out.push(t.length > 3 ? stemmer(t) : t);
  }
  return out;
}

function score(hits: number, predicted: number, target: number): RougeScore {
  const precision = hits / Math.max(predicted, 1);
  const recall = hits / Math.max(target, 1);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

function ngramCounts(tokens: string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const gram = tokens.slice(i, i + n).join(" ");
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/** ROUGE-N between token lists (clipped counts). */
export function rougeN(target: string[], prediction: string[], n: number): RougeScore {
  const t = ngramCounts(target, n);
  const p = ngramCounts(prediction, n);
  let hits = 0;
  for (const [gram, count] of t) hits += Math.min(count, p.get(gram) ?? 0);
  const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  return score(hits, total(p), total(t));
}

function lcsTable(ref: string[], can: string[]): number[][] {
  const rows = ref.length;
  const cols = can.length;
  const t: number[][] = Array.from({ length: rows + 1 }, () => new Array<number>(cols + 1).fill(0));
  for (let i = 1; i <= rows; i++) {
    const row = t[i]!;
    const prev = t[i - 1]!;
    for (let j = 1; j <= cols; j++) {
      row[j] = ref[i - 1] === can[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, row[j - 1]!);
    }
  }
  return t;
}

/** Indexes into `ref` of one LCS with `can`, backtracked exactly as rouge_score does. */
export function lcsIndexes(ref: string[], can: string[]): number[] {
  const t = lcsTable(ref, can);
  let i = ref.length;
  let j = can.length;
  const out: number[] = [];
  while (i > 0 && j > 0) {
    if (ref[i - 1] === can[j - 1]) {
      out.unshift(i - 1);
      i--;
      j--;
    } else if (t[i]![j - 1]! > t[i - 1]![j]!) {
      j--;
    } else {
      i--;
    }
  }
  return out;
}

/** Summary-level LCS (ROUGE-Lsum) between lists of tokenised sentences. */
export function rougeLsumTokens(refSents: string[][], canSents: string[][]): RougeScore {
  const m = refSents.reduce((a, s) => a + s.length, 0);
  const n = canSents.reduce((a, s) => a + s.length, 0);
  if (!refSents.length || !canSents.length || !m || !n) return { precision: 0, recall: 0, f1: 0 };
  const countsR = new Map<string, number>();
  const countsC = new Map<string, number>();
  for (const s of refSents) for (const t of s) countsR.set(t, (countsR.get(t) ?? 0) + 1);
  for (const s of canSents) for (const t of s) countsC.set(t, (countsC.get(t) ?? 0) + 1);
  let hits = 0;
  for (const r of refSents) {
    const union = new Set<number>();
    for (const c of canSents) for (const i of lcsIndexes(r, c)) union.add(i);
    for (const i of [...union].sort((a, b) => a - b)) {
      const tok = r[i]!;
      if ((countsC.get(tok) ?? 0) > 0 && (countsR.get(tok) ?? 0) > 0) {
        hits++;
        countsC.set(tok, countsC.get(tok)! - 1);
        countsR.set(tok, countsR.get(tok)! - 1);
      }
    }
  }
  return score(hits, n, m);
}

const sentencesOf = (text: string): string[][] =>
  text
    .split("\n")
    .filter((s) => s.length > 0)
    .map(rougeTokens);

/** ROUGE-1, ROUGE-2 and ROUGE-Lsum of a prediction against a target; sentences separated by "\n". */
export function rouge(target: string, prediction: string): RougeScores {
  const t = rougeTokens(target);
  const p = rougeTokens(prediction);
  return {
    rouge1: rougeN(t, p, 1),
    rouge2: rougeN(t, p, 2),
    rougeLsum: rougeLsumTokens(sentencesOf(target), sentencesOf(prediction)),
  };
}
