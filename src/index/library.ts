import type { Analysis } from "../analysis/types.js";

/**
 * The in-memory set of analysed articles. Articles are numbered newest first
 * (as /articles lists them); a reference is that number or the file name without extension.
 */
export class Library {
  private byId = new Map<string, Analysis>();
  private ordered: Analysis[] = [];

  constructor(analyses: Analysis[] = []) {
    for (const a of analyses) this.byId.set(a.article.id, a);
    this.reorder();
  }

  get size(): number {
    return this.ordered.length;
  }

  /** Newest first: publication date, else file time, then id. */
  list(): readonly Analysis[] {
    return this.ordered;
  }

  latest(): Analysis | undefined {
    return this.ordered[0];
  }

  get(id: string): Analysis | undefined {
    return this.byId.get(id);
  }

  /** 1-based number in list(), or undefined. */
  numberOf(id: string): number | undefined {
    const i = this.ordered.findIndex((a) => a.article.id === id);
    return i < 0 ? undefined : i + 1;
  }

  /** Resolves "3", "kazakhstan-russia-alliance" or "politics/001" to an article. */
  find(ref: string): Analysis | undefined {
    const r = ref.trim().toLowerCase();
    if (/^\d+$/.test(r)) {
      const byNumber = this.ordered[Number(r) - 1];
      if (byNumber) return byNumber;
    }
    const exact = this.byId.get(ref.trim());
    if (exact) return exact;
    return this.ordered.find((a) => {
      const id = a.article.id.toLowerCase();
      return id === r || id.endsWith(`/${r}`) || id.replace(/\//g, "-") === r;
    });
  }

  upsert(analysis: Analysis): void {
    this.byId.set(analysis.article.id, analysis);
    this.reorder();
  }

  remove(id: string): boolean {
    const removed = this.byId.delete(id);
    if (removed) this.reorder();
    return removed;
  }

  private reorder(): void {
    this.ordered = [...this.byId.values()].sort(newestFirst);
  }
}

function newestFirst(a: Analysis, b: Analysis): number {
  const da = a.article.date ?? a.referenceDate ?? "";
  const db = b.article.date ?? b.referenceDate ?? "";
  if (da !== db) return da < db ? 1 : -1;
  if (a.article.mtimeMs !== b.article.mtimeMs) return b.article.mtimeMs - a.article.mtimeMs;
  return a.article.id.localeCompare(b.article.id);
}
