import { readFileSync } from "node:fs";
import path from "node:path";
import { AnalysisCache } from "../analysis/cache.js";
import type { Analysis } from "../model/analysis.js";
import type { AnalysisJson } from "../analysis/analyse-worker.js";
import { defaultPoolSize } from "../analysis/workers.js";
import { shareParagraphText } from "../analysis/shared-text.js";
import { Library } from "./library.js";
import type { Logger } from "../log/logger.js";
import {
  articleId,
  hashBytes,
  MAX_ARTICLE_BYTES,
  problemOf,
  scanArticleFiles,
  tooLarge,
  type ArticleFileStat,
} from "../content/files.js";
import { Batch, yieldToEventLoop, type Prepared } from "./batch.js";
import { FolderState } from "./folder-state.js";
import { emptyResult, sumResults, type SyncResult } from "./sync-result.js";
import { loadReader } from "./load-analyser.js";
import { FirstSeenStore } from "./seen.js";

export interface LoaderOptions {
  contentDir: string;
  library?: Library;
  log: Logger;
  /** `DATA_DIR/cache`: analyses are cached there; without it every start analyses everything. */
  cacheDir?: string;
  /** File keeping when each article was first seen, so "new" survives restarts (e.g. `DATA_DIR/articles-seen.json`). */
  seenFile?: string;
  /** Worker threads for cold analysis (default: one per core but one, see defaultPoolSize; 0 analyses on the main thread). */
  workers?: number;
  /** Fewer articles than this to analyse are done on the main thread (starting workers costs ~0.5 s). */
  minForWorkers?: number;
  /** Called as articles are indexed during a sync (done counts analysed, cached and skipped files). */
  onProgress?: (done: number, total: number) => void;
}

const YIELD_EVERY = 64;
/**
 * Files this big are read and analysed on a worker thread even when few articles load:
 * on the main thread (~2 ms a KB) they would hold up answers about the others.
 */
const WORKER_FROM_BYTES = 16_000;

/**
 * Keeps a Library in step with a content folder. `sync()` compares the folder with what it
 * loaded before and applies only the difference: new and changed files are read, taken
 * from the cache or analysed (on worker threads when there are many) and swapped in with
 * `library.upsert`; deleted files are dropped with `library.remove`. Analysis happens off to
 * the side, so answers keep coming from the current articles meanwhile. A file that cannot
 * be read or parsed is skipped with a warning naming it (its last good version, if any,
 * stays) and is retried when it changes.
 */
export class LibraryLoader {
  readonly library: Library;
  readonly contentDir: string;
  private readonly log: Logger;
  private readonly cache?: AnalysisCache;
  private readonly seen?: FirstSeenStore;
  private readonly folder = new FolderState();
  private running: Promise<SyncResult> | undefined;
  private again = false;
  private first = true;
  private closed = false;
  private batch: Batch | undefined;

  constructor(private readonly options: LoaderOptions) {
    this.contentDir = path.resolve(options.contentDir);
    this.library = options.library ?? new Library();
    this.log = options.log;
    const warn = (message: string) => this.log.warn(message);
    if (options.cacheDir) this.cache = AnalysisCache.open(options.cacheDir, this.contentDir, warn);
    if (options.seenFile) {
      this.seen = new FirstSeenStore(options.seenFile, this.contentDir, warn);
      this.library.seedFirstSeen(this.seen.load());
    }
  }

  /** Cache statistics (hits, misses, corrupt entries, entries written). */
  get cacheStats(): AnalysisCache["stats"] | undefined {
    return this.cache?.stats;
  }

  /**
   * Brings the library in line with the folder. Calls made while a sync runs are merged
   * into one more sync after it; each returned promise resolves once the folder as it was
   * when it was called has been applied.
   */
  sync(): Promise<SyncResult> {
    if (this.closed) return Promise.resolve(emptyResult());
    if (this.running) {
      this.again = true; // the running sync makes one more pass
      return this.running;
    }
    this.running = this.runSync();
    return this.running;
  }

  /**
   * Stops loading: analyses in progress are dropped (worker threads end) and later syncs do
   * nothing. The library keeps what it has. Resolves when the current sync has stopped.
   */
  async close(): Promise<void> {
    this.closed = true;
    await this.batch?.stop();
    await this.running?.catch(() => undefined);
  }

  private async runSync(): Promise<SyncResult> {
    let result = emptyResult();
    try {
      do {
        this.again = false;
        result = sumResults(result, await this.syncOnce());
      } while (this.again && !this.closed);
    } finally {
      // cleared in the same step as the last check of `again`: no request falls in between
      this.running = undefined;
    }
    return result;
  }

  private async syncOnce(): Promise<SyncResult> {
    const started = performance.now();
    const result = emptyResult();
    const files = scanArticleFiles(this.contentDir);
    const present = new Set(files.map((f) => f.file));

    // Deleted files leave the library.
    for (const { file, id } of this.folder.forgetDeleted(present)) {
      if (this.library.get(id)) {
        this.apply(() => this.library.remove(id), file);
        result.removed++;
      }
    }

    // New and changed files, in path order.
    const changed = this.folder.changed(files);
    const total = changed.length;
    const counter = { done: 0 };
    const progress = () => {
      this.library.loading = counter.done < total ? { done: counter.done, total } : undefined;
      this.options.onProgress?.(counter.done, total);
    };
    const finish = (p: Prepared, analysed: AnalysisJson | undefined, problem?: string) => {
      counter.done++;
      if (analysed === undefined) {
        this.skip(p.stat, p.id, p.previousKey, problem ?? "analysis failed: unknown error");
        if (p.previousKey === undefined) this.folder.disown(p.id, p.stat.file);
        result.skipped++;
      } else {
        if (this.library.get(p.id)) result.updated++;
        else result.added++;
        result.analysed++;
        this.cache?.putJson(p.key, analysed);
        this.folder.note(p.stat, p.id, p.key);
        this.put(parseAnalysis(analysed.json), p.stat.file);
      }
      if (total < 64 || counter.done % 16 === 0 || counter.done === total) progress();
    };
    // Articles to analyse go to the batch as they are read: once there are enough of them,
    // worker threads start and work while the rest of the folder is still being read.
    const batch = (this.batch = new Batch({
      workers: this.options.workers ?? defaultPoolSize(),
      minForWorkers: this.options.minForWorkers ?? 24,
      bundleDir: this.options.cacheDir,
      finish,
      warn: (err) =>
        this.log.warn({ err }, "worker threads unavailable; analysing on the main thread"),
    }));

    try {
      progress();
      await this.readChanged(changed, result, batch, counter, progress);
    } finally {
      // Entries read at start-up are no longer needed: free them before the analysis work.
      if (this.first) this.cache?.release();
      progress();
      await batch.finish();
      this.batch = undefined;
    }

    this.library.loading = undefined;
    // Each step below can take tens of milliseconds after a big article: answers may run between.
    await yieldToEventLoop();
    this.cache?.flush();
    if (this.first) {
      await yieldToEventLoop();
      this.first = false;
      this.cache?.compact(this.folder.liveKeys());
    }
    if (result.added + result.removed > 0) this.seen?.save(this.library.firstSeenTimes());
    result.ms = performance.now() - started;
    return result;
  }

  /** Reads new and changed files: cached analyses go straight in, the others to the batch. */
  private async readChanged(
    changed: ArticleFileStat[],
    result: SyncResult,
    batch: Batch,
    counter: { done: number },
    progress: () => void,
  ): Promise<void> {
    for (let i = 0; i < changed.length && !this.closed; i++) {
      if (i > 0 && i % YIELD_EVERY === 0) {
        progress();
        await yieldToEventLoop();
      }
      counter.done++;
      const stat = changed[i]!;
      const previousKey = this.folder.keyOf(stat.file);
      const id = articleId(this.contentDir, stat.file);
      const owner = this.folder.ownerOf(id);
      if (owner !== undefined && owner !== stat.file) {
        this.skip(
          stat,
          id,
          undefined,
          `another file (${path.relative(this.contentDir, owner)}) has the same name; rename one of them`,
        );
        result.skipped++;
        continue;
      }
      if (stat.size > MAX_ARTICLE_BYTES) {
        this.skip(stat, id, previousKey, tooLarge(stat.size));
        result.skipped++;
        continue;
      }
      let bytes: Buffer;
      try {
        bytes = readFileSync(stat.file);
      } catch (err) {
        this.skip(stat, id, previousKey, problemOf(err));
        result.skipped++;
        continue;
      }
      const hash = hashBytes(bytes);
      const key = AnalysisCache.key(hash, stat.file);
      const current = this.library.get(id);
      if (previousKey === key && current) {
        // Same bytes (touched, or rewritten identically): keep the analysis, note the new time.
        this.folder.note(stat, id, key);
        if (current.article.mtimeMs !== stat.mtimeMs)
          this.put(
            { ...current, article: { ...current.article, mtimeMs: stat.mtimeMs } },
            stat.file,
          );
        continue;
      }
      const cached = this.cache?.get(key);
      if (cached) {
        cached.article = { ...cached.article, id, file: stat.file, mtimeMs: stat.mtimeMs };
        this.folder.own(id, stat.file);
        this.folder.note(stat, id, key);
        if (current) result.updated++;
        else result.added++;
        result.fromCache++;
        this.put(cached, stat.file);
        continue;
      }
      const item: Prepared = { stat, id, key, previousKey };
      if (bytes.length >= WORKER_FROM_BYTES)
        item.source = {
          contentDir: this.contentDir,
          file: stat.file,
          bytes,
          mtimeMs: stat.mtimeMs,
          hash,
        };
      else {
        try {
          const { articleFromBytes } = await loadReader();
          item.article = articleFromBytes(this.contentDir, stat.file, bytes, stat.mtimeMs, hash);
        } catch (err) {
          this.skip(stat, id, previousKey, problemOf(err));
          result.skipped++;
          continue;
        }
      }
      // Claim the id now, so a second file with the same name in this batch is refused.
      this.folder.own(id, stat.file);
      this.folder.note(stat, id, previousKey);
      counter.done--; // counted when its analysis is in
      await batch.add(item, changed.length - i - 1);
      await batch.room();
    }
  }

  /** Swaps an analysis in. */
  private put(analysis: Analysis, file: string): void {
    this.apply(() => this.library.upsert(analysis), file);
  }

  /** A failing library listener (e.g. the search index) is logged: the library itself has changed. */
  private apply(change: () => unknown, file: string): void {
    try {
      change();
    } catch (err) {
      this.log.warn({ file, err }, `indexing ${file} failed: ${problemOf(err)}`);
    }
  }

  /** Skips a file with a warning; it is retried when its size or time changes. */
  private skip(
    stat: ArticleFileStat,
    id: string,
    keptKey: string | undefined,
    problem: string,
  ): void {
    this.folder.note(stat, id, keptKey);
    this.log.warn({ file: stat.file, problem }, `skipped ${stat.file}: ${problem}`);
  }
}

function parseAnalysis(json: string): Analysis {
  return shareParagraphText(JSON.parse(json) as Analysis);
}
