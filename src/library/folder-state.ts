/**
 * What the loader knows of a content folder's files between syncs: each file's size, time,
 * article id and the cache key of the version the library holds — so a sync reads only the
 * files that changed — and which file holds each article id ("a.md" and "a.txt" cannot both).
 */
import type { ArticleFileStat } from "../content/files.js";

interface Known {
  mtimeMs: number;
  size: number;
  id: string;
  /** Cache key of the version of this file the library holds; undefined when none is loaded. */
  key?: string;
}

export class FolderState {
  private known = new Map<string, Known>();
  /** Which file holds each article id. */
  private owners = new Map<string, string>();

  /**
   * Forgets the files that are gone; returns the articles they held, to take out of the
   * library. A file refused for having the same name as a gone one gets its turn.
   */
  forgetDeleted(present: ReadonlySet<string>): Array<{ file: string; id: string }> {
    const gone: Array<{ file: string; id: string }> = [];
    for (const [file, known] of this.known) {
      if (present.has(file)) continue;
      this.known.delete(file);
      if (this.owners.get(known.id) !== file) continue;
      this.owners.delete(known.id);
      gone.push({ file, id: known.id });
      for (const [other, k] of this.known)
        if (k.id === known.id && k.key === undefined) this.known.delete(other);
    }
    return gone;
  }

  /** New and changed files (size or time differ), in the order given. */
  changed(files: readonly ArticleFileStat[]): ArticleFileStat[] {
    return files.filter((f) => {
      const k = this.known.get(f.file);
      return !k || k.mtimeMs !== f.mtimeMs || k.size !== f.size;
    });
  }

  /** The cache key of the version of a file the library holds. */
  keyOf(file: string): string | undefined {
    return this.known.get(file)?.key;
  }

  ownerOf(id: string): string | undefined {
    return this.owners.get(id);
  }

  own(id: string, file: string): void {
    this.owners.set(id, file);
  }

  /** The file no longer holds the id (its first version failed). */
  disown(id: string, file: string): void {
    if (this.owners.get(id) === file) this.owners.delete(id);
  }

  /** Notes a file as seen now, holding the version with this cache key (none: not loaded). */
  note(stat: ArticleFileStat, id: string, key: string | undefined): void {
    this.known.set(stat.file, { mtimeMs: stat.mtimeMs, size: stat.size, id, key });
  }

  /** Cache keys of every version the library holds. */
  liveKeys(): Set<string> {
    const live = new Set<string>();
    for (const k of this.known.values()) if (k.key) live.add(k.key);
    return live;
  }
}
