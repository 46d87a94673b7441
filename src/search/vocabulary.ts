/**
 * The words the indexed articles use, counted, for correcting typos in questions: the
 * candidates for a word are the known words with its first letter and a length within the
 * allowed distance, compared with a bounded edit distance (a transposition counts as one).
 */
import { editDistance } from "../util/edit-distance.js";

export class Vocabulary {
  private readonly counts = new Map<string, number>();
  /**
   * First letter → length → words; made when first needed (typos are rare, and a loaded
   * index answers its first question sooner without it).
   */
  private byLetter: Map<string, Map<number, Set<string>>> | undefined;

  get size(): number {
    return this.counts.size;
  }

  has(word: string): boolean {
    return this.counts.has(word);
  }

  count(word: string): number {
    return this.counts.get(word) ?? 0;
  }

  add(word: string): void {
    const n = this.counts.get(word);
    if (n !== undefined) {
      this.counts.set(word, n + 1);
      return;
    }
    this.counts.set(word, 1);
    if (this.byLetter) addTo(this.byLetter, word);
  }

  private buckets(): Map<string, Map<number, Set<string>>> {
    if (!this.byLetter) {
      this.byLetter = new Map();
      for (const word of this.counts.keys()) addTo(this.byLetter, word);
    }
    return this.byLetter;
  }

  /** Every word with its count (for saving). */
  entries(): [string, number][] {
    return [...this.counts];
  }

  /** Adds `n` uses of a word (as `entries` gives them). */
  addCounted(word: string, n: number): void {
    const had = this.counts.get(word);
    if (had === undefined) {
      this.counts.set(word, n);
      if (this.byLetter) addTo(this.byLetter, word);
    } else this.counts.set(word, had + n);
  }

  /** Takes one use of the word off; the word goes when no use is left. */
  delete(word: string): void {
    const n = this.counts.get(word);
    if (n === undefined) return;
    if (n > 1) {
      this.counts.set(word, n - 1);
      return;
    }
    this.counts.delete(word);
    this.byLetter
      ?.get(word[0] ?? "")
      ?.get(word.length)
      ?.delete(word);
  }

  /** The closest known word within `max` edits (first letter kept); ties go to the more used word. */
  closest(word: string, max: number): { word: string; distance: number } | undefined {
    const byLength = this.buckets().get(word[0] ?? "");
    if (!byLength) return undefined;
    let best: { word: string; distance: number; count: number } | undefined;
    for (let len = word.length - max; len <= word.length + max; len++) {
      for (const candidate of byLength.get(len) ?? []) {
        const d = editDistance(word, candidate, best ? Math.min(max, best.distance) : max);
        if (d === undefined) continue;
        const count = this.counts.get(candidate) ?? 0;
        if (!best || d < best.distance || (d === best.distance && count > best.count))
          best = { word: candidate, distance: d, count };
      }
    }
    return best && { word: best.word, distance: best.distance };
  }

  /**
   * The word an abbreviation stands for: the most used known word that starts with its first
   * letter, is at least two letters longer and has all its letters in order ("govt" →
   * "government", "intl" → "international", "yr" → "year", "dems" → "democrats").
   */
  expand(abbreviation: string): string | undefined {
    const byLength = this.buckets().get(abbreviation[0] ?? "");
    if (!byLength) return undefined;
    let best: { word: string; count: number } | undefined;
    for (const [len, words] of byLength) {
      if (len < abbreviation.length + 2) continue;
      for (const w of words) {
        const count = this.counts.get(w) ?? 0;
        if ((!best || count > best.count) && inOrder(abbreviation, w)) best = { word: w, count };
      }
    }
    return best?.word;
  }
}

/** Puts a word in its bucket by first letter and length. */
function addTo(byLetter: Map<string, Map<number, Set<string>>>, word: string): void {
  const first = word[0] ?? "";
  let byLength = byLetter.get(first);
  if (!byLength) byLetter.set(first, (byLength = new Map()));
  let set = byLength.get(word.length);
  if (!set) byLength.set(word.length, (set = new Set()));
  set.add(word);
}

/** Every letter of `short` in `long`, in order. */
function inOrder(short: string, long: string): boolean {
  let i = 0;
  for (const c of long) if (c === short[i]) i++;
  return i === short.length;
}
