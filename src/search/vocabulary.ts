/**
 * The words the indexed articles use, counted, for correcting typos in questions: the
 * candidates for a word are the known words with its first letter and a length within the
 * allowed distance, compared with a bounded edit distance (a transposition counts as one).
 */
import { editDistance } from "../util/edit-distance.js";

export class Vocabulary {
  private readonly counts = new Map<string, number>();
  /** First letter → length → words. */
  private readonly buckets = new Map<string, Map<number, Set<string>>>();

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
    const first = word[0] ?? "";
    let byLength = this.buckets.get(first);
    if (!byLength) this.buckets.set(first, (byLength = new Map()));
    let set = byLength.get(word.length);
    if (!set) byLength.set(word.length, (set = new Set()));
    set.add(word);
  }

  /** Every word with its count (for saving). */
  entries(): [string, number][] {
    return [...this.counts];
  }

  /** Adds words with their counts (as `entries` gives them). */
  addEntries(entries: Iterable<[string, number]>): void {
    for (const [word, n] of entries) {
      this.add(word);
      this.counts.set(word, (this.counts.get(word) ?? 0) + n - 1);
    }
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
    this.buckets
      .get(word[0] ?? "")
      ?.get(word.length)
      ?.delete(word);
  }

  /** The closest known word within `max` edits (first letter kept); ties go to the more used word. */
  closest(word: string, max: number): { word: string; distance: number } | undefined {
    const byLength = this.buckets.get(word[0] ?? "");
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
}
