/**
 * The analyses of one sync: on this thread a few at a time between answers, or on a pool of
 * worker threads (analysis/workers.ts) when there are many or a file is big.
 */
import type { AnalysisJson, ArticleSource } from "../analysis/analyse-worker.js";
import { loadAnalyser, loadReader } from "./load-analyser.js";
import { AnalyserPool, AnalysisError } from "../analysis/workers.js";
import { prepareWorkers } from "../analysis/worker-source.js";
import { problemOf, type ArticleFileStat } from "../content/files.js";
import type { Article } from "../model/article.js";

/** A file read and waiting for its analysis. */
export interface Prepared {
  stat: ArticleFileStat;
  id: string;
  key: string;
  /** The article, or for a big file its bytes (read into an article where it is analysed). */
  article?: Article;
  source?: ArticleSource;
  previousKey?: string;
}

/** An analysis this long (characters of JSON, ~150 KB of article) is parsed a turn after it arrives. */
const BIG_JSON = 1_000_000;

/** Articles read ahead of the worker threads at most (more only costs memory). */
const BACKLOG = 48;

export interface BatchOptions {
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
export class Batch {
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
      // Receiving a big analysis (megabytes of JSON) and parsing it are two long steps: not in one turn.
      if (result.json.length > BIG_JSON) await yieldToEventLoop();
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

/** Analyses an article on this thread: its JSON, or what is wrong with it. */
async function analyseInline(
  item: Prepared,
): Promise<{ analysed?: AnalysisJson; problem?: string }> {
  let article = item.article;
  try {
    if (!article) {
      const s = item.source!;
      const { articleFromBytes } = await loadReader();
      article = articleFromBytes(s.contentDir, s.file, s.bytes, s.mtimeMs, s.hash);
    }
  } catch (err) {
    return { problem: problemOf(err) };
  }
  try {
    const { analyse } = await loadAnalyser();
    return { analysed: { json: JSON.stringify(analyse(article)) } };
  } catch (err) {
    return { problem: `analysis failed: ${problemOf(err)}` };
  }
}

export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
