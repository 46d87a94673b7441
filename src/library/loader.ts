import { readFileSync } from "node:fs";
import path from "node:path";
import { AnalysisCache } from "../analysis/cache.js";
import type { Analysis } from "../model/analysis.js";
import type { AnalysisJson, ArticleSource } from "../analysis/analyse-worker.js";
import {
  AnalyserPool,
  AnalysisError,
  defaultPoolSize,
  prepareWorkers,
} from "../analysis/workers.js";
import { Library } from "./library.js";
import type { Logger } from "../log/logger.js";
import type { Article } from "../model/article.js";
import {
  articleFromBytes,
  articleId,
  hashBytes,
  MAX_ARTICLE_BYTES,
  problemOf,
  scanArticleFiles,
  tooLarge,
  type ArticleFileStat,
} from "../content/load.js";
import { FirstSeenStore } from "./seen.js";

export interface LoaderOptions {
  contentDir: string;
  library?: Library;
  log: Logger;
  /** `DATA_DIR/cache`: analyses are cached there; without it every start analyses everything. */
  cacheDir?: string;
  /** File keeping when each article was first seen, so "new" survives restarts (e.g. `DATA_DIR/articles-seen.json`). */
  seenFile?: string;
  /** Worker threads for cold analysis (default: one per core; 0 analyses on the main thread). */
  workers?: number;
  /** Fewer articles than this to analyse are done on the main thread (starting workers costs ~0.5 s). */
  minForWorkers?: number;
  /** Called as articles are indexed during a sync (done counts analysed, cached and skipped files). */
  onProgress?: (done: number, total: number) => void;
}

export interface SyncResult {
  added: number;
  updated: number;
  removed: number;
  skipped: number;
  fromCache: number;
  analysed: number;
  ms: number;
}

/** What the loader knows about a file it has seen. */
interface Known {
  mtimeMs: number;
  size: number;
  id: string;
  /** Cache key of the version of this file the library holds; undefined when none is loaded. */
  key?: string;
}

interface Prepared {
  stat: ArticleFileStat;
  id: string;
  key: string;
  /** The article, or for a big file its bytes (read into an article where it is analysed). */
  article?: Article;
  source?: ArticleSource;
  previousKey?: string;
}

const YIELD_EVERY = 64;
/** Articles read ahead of the worker threads at most (more only costs memory). */
const BACKLOG = 48;
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
  private known = new Map<string, Known>();
  /** Which file holds each article id (two files "a.md" and "a.txt" cannot both). */
  private owners = new Map<string, string>();
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

    // Deleted files leave the library; a file refused for having the same name gets its turn.
    for (const [file, known] of this.known) {
      if (present.has(file)) continue;
      this.known.delete(file);
      if (this.owners.get(known.id) !== file) continue;
      this.owners.delete(known.id);
      if (this.library.get(known.id)) {
        this.apply(() => this.library.remove(known.id), file);
        result.removed++;
      }
      for (const [other, k] of this.known)
        if (k.id === known.id && k.key === undefined) this.known.delete(other);
    }

    // New and changed files (size or time differ), in path order.
    const changed = files.filter((f) => {
      const k = this.known.get(f.file);
      return !k || k.mtimeMs !== f.mtimeMs || k.size !== f.size;
    });
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
        if (p.previousKey === undefined && this.owners.get(p.id) === p.stat.file)
          this.owners.delete(p.id);
        result.skipped++;
      } else {
        if (this.library.get(p.id)) result.updated++;
        else result.added++;
        result.analysed++;
        this.cache?.putJson(p.key, analysed);
        this.known.set(p.stat.file, { ...p.stat, id: p.id, key: p.key });
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
      const live = new Set<string>();
      for (const k of this.known.values()) if (k.key) live.add(k.key);
      this.cache?.compact(live);
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
      const previousKey = this.known.get(stat.file)?.key;
      const id = articleId(this.contentDir, stat.file);
      const owner = this.owners.get(id);
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
        this.known.set(stat.file, { ...stat, id, key });
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
        this.owners.set(id, stat.file);
        this.known.set(stat.file, { ...stat, id, key });
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
          item.article = articleFromBytes(this.contentDir, stat.file, bytes, stat.mtimeMs, hash);
        } catch (err) {
          this.skip(stat, id, previousKey, problemOf(err));
          result.skipped++;
          continue;
        }
      }
      // Claim the id now, so a second file with the same name in this batch is refused.
      this.owners.set(id, stat.file);
      this.known.set(stat.file, { ...stat, id, key: previousKey });
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
    this.known.set(stat.file, { mtimeMs: stat.mtimeMs, size: stat.size, id, key: keptKey });
    this.log.warn({ file: stat.file, problem }, `skipped ${stat.file}: ${problem}`);
  }
}

interface BatchOptions {
  workers: number;
  minForWorkers: number;
  bundleDir?: string;
  finish: (p: Prepared, analysed: AnalysisJson | undefined, problem?: string) => void;
  warn: (err: unknown) => void;
}

/**
 * The analyses of one sync. Few small articles are analysed here on the main thread, a few
 * at a time between answers; big files go to a worker thread whatever their number; from
 * `minForWorkers` articles on, a pool of worker threads takes them all.
 */
class Batch {
  private pool: AnalyserPool | undefined;
  private waiting: Prepared[] = [];
  private running: Promise<void>[] = [];
  private workers: number;
  /** Enough articles for every one to go to the pool. */
  private many = false;
  private stopped = false;

  constructor(private readonly options: BatchOptions) {
    this.workers = options.workers;
  }

  /** `more`: how many files may still come (to size the pool). */
  async add(item: Prepared, more: number): Promise<void> {
    if (this.stopped) return;
    if (this.pool && (this.many || item.source)) {
      this.running.push(this.viaPool(this.pool, item));
      return;
    }
    this.waiting.push(item);
    if (this.workers <= 0) return;
    if (this.waiting.length >= this.options.minForWorkers) this.many = true;
    else if (!item.source) return;
    const size = this.many
      ? Math.min(this.workers, Math.ceil((this.waiting.length + more) / 8))
      : 1;
    if (!this.pool) await prepareWorkers(this.options.bundleDir);
    if (this.stopped) return;
    try {
      if (this.pool) this.pool.grow(size);
      else this.pool = new AnalyserPool(size, this.options.bundleDir);
    } catch (err) {
      this.options.warn(err);
      this.workers = 0;
      return;
    }
    const pool = this.pool;
    const toPool = this.many ? this.waiting : this.waiting.filter((w) => w.source);
    this.waiting = this.many ? [] : this.waiting.filter((w) => !w.source);
    for (const w of toPool) this.running.push(this.viaPool(pool, w));
  }

  /** Waits while many articles wait for a worker: files are read no faster than analysed. */
  room(): Promise<void> {
    return this.pool ? this.pool.waitForRoom(BACKLOG) : Promise.resolve();
  }

  /** Resolves when every article added has been finished: the ones kept here first, while the workers work. */
  async finish(): Promise<void> {
    try {
      for (let i = 0; i < this.waiting.length && !this.stopped; i++) {
        if (i > 0 && i % 4 === 0) await yieldToEventLoop();
        const item = this.waiting[i]!;
        const inline = await analyseInline(item);
        if (!this.stopped) this.options.finish(item, inline.analysed, inline.problem);
      }
      await Promise.all(this.running);
    } finally {
      await this.pool?.close();
    }
  }

  /** Drops what is not analysed yet and ends the worker threads. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.waiting = [];
    await this.pool?.close();
  }

  private async viaPool(pool: AnalyserPool, item: Prepared): Promise<void> {
    try {
      const result = await (item.source
        ? pool.analyseFile(item.source)
        : pool.analyse(item.article!));
      if (!this.stopped) this.options.finish(item, result);
    } catch (err) {
      if (this.stopped) return;
      if (err instanceof AnalysisError)
        this.options.finish(
          item,
          undefined,
          err.unreadable ? err.message : `analysis failed: ${err.message}`,
        );
      else {
        // the worker died or cannot start: analyse this one here instead
        const inline = await analyseInline(item);
        this.options.finish(item, inline.analysed, inline.problem);
      }
    }
  }
}

function emptyResult(): SyncResult {
  return { added: 0, updated: 0, removed: 0, skipped: 0, fromCache: 0, analysed: 0, ms: 0 };
}

function sumResults(a: SyncResult, b: SyncResult): SyncResult {
  return {
    added: a.added + b.added,
    updated: a.updated + b.updated,
    removed: a.removed + b.removed,
    skipped: a.skipped + b.skipped,
    fromCache: a.fromCache + b.fromCache,
    analysed: a.analysed + b.analysed,
    ms: a.ms + b.ms,
  };
}

/** The analyser, loaded on first use: a start with everything cached never loads the NLP libraries. */
let analyser: Promise<typeof import("../analysis/analyse.js")> | undefined;

/** Analyses an article on this thread: its JSON, or what is wrong with it. */
async function analyseInline(
  item: Prepared,
): Promise<{ analysed?: AnalysisJson; problem?: string }> {
  let article = item.article;
  try {
    if (!article) {
      const s = item.source!;
      article = articleFromBytes(s.contentDir, s.file, s.bytes, s.mtimeMs, s.hash);
    }
  } catch (err) {
    return { problem: problemOf(err) };
  }
  try {
    analyser ??= import("../analysis/analyse.js");
    const { analyse } = await analyser;
    return { analysed: { json: JSON.stringify(analyse(article)) } };
  } catch (err) {
    return { problem: `analysis failed: ${problemOf(err)}` };
  }
}

function parseAnalysis(json: string): Analysis {
  return JSON.parse(json) as Analysis;
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Loads and analyses every article in the folder once; malformed files are skipped with a warning. */
export async function loadLibrary(
  contentDir: string,
  log: Logger,
  options: Partial<LoaderOptions> = {},
): Promise<Library> {
  const loader = new LibraryLoader({ ...options, contentDir, log });
  await loader.sync();
  log.info({ articles: loader.library.size, contentDir }, "articles loaded");
  return loader.library;
}
