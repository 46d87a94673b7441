import { availableParallelism } from "node:os";
import type { Worker } from "node:worker_threads";
import type { Article } from "../model/article.js";
import type { AnalyseResult, AnalyseTask, AnalysisJson, ArticleSource } from "./analyse-worker.js";
import { startWorker } from "./worker-source.js";
import { analysisInlining } from "./inlining.js";

interface Pending {
  task: AnalyseTask;
  resolve: (result: AnalysisJson) => void;
  reject: (err: Error) => void;
}

interface Slot {
  worker: Worker;
  busy: Map<number, Pending>;
}

/** analyse() itself threw for this article, or (`unreadable`) its file is not an article; the worker is fine. */
export class AnalysisError extends Error {
  constructor(
    message: string,
    readonly unreadable = false,
  ) {
    super(message);
  }
}

/**
 * How many tasks each worker holds at once, so it never waits for the next one: the main thread
 * sends a worker its next article only when it handles a result, and it may be busy for tens of
 * milliseconds (a slice of the sentence index, a collection) while an article takes a worker ~7 ms.
 * With two, a worker of a cold corpus load sat idle ~12 % of its time (`--cpu-prof`), with eight ~3 %.
 */
const IN_FLIGHT = 8;
/** Workers replaced after a crash before the pool gives up. */
const MAX_RESPAWNS = 3;

/**
 * A pool of worker threads running `analyse()`, one per core but one by default. Results come back
 * as JSON text (the cache's form). Each worker holds IN_FLIGHT tasks at a time; the rest wait in a
 * queue the caller can keep short (`waitForRoom`). A worker that dies fails only its own
 * tasks (the caller may analyse those inline) and is replaced, three times at most.
 * What a worker runs: see `workerSource`.
 */
export class AnalyserPool {
  private slots: Slot[] = [];
  private queue: Pending[] = [];
  private nextId = 0;
  private closed = false;
  private failures = 0;
  private roomWaiters: { limit: number; resolve: () => void }[] = [];

  /** `bundleDir`: where the bundled worker is kept when running from source (e.g. DATA_DIR/cache). */
  constructor(
    size = defaultPoolSize(),
    private readonly bundleDir?: string,
    /**
     * Caps each worker's young generation (V8's nursery). Under `npm start` the process-wide
     * `--max-semi-space-size=2` wins over it (V8 reads the flag first): workers get 2 MB
     * semi-spaces like the main thread. Lifting that for workers was measured and not adopted
     * (docs/performance.md, session 15: worker GC down, peak RSS up ~28 MB).
     */
    private readonly youngGenerationMb = 8,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
    analysisInlining(true);
  }

  /** The Analysis of `article`, as JSON text (and its md5). */
  analyse(article: Article): Promise<AnalysisJson> {
    return this.submit({ article });
  }

  /** The Analysis of an article file given as its bytes (read into an article on the worker), as JSON text (and its md5). */
  analyseFile(source: ArticleSource): Promise<AnalysisJson> {
    return this.submit({ source });
  }

  /** Adds workers up to `size` (no more than `defaultPoolSize`). */
  grow(size: number): void {
    if (this.closed) return;
    while (this.slots.length < Math.min(size, defaultPoolSize())) this.slots.push(this.spawn());
    this.pump();
  }

  /** Workers running. */
  get size(): number {
    return this.slots.length;
  }

  private submit(task: Omit<AnalyseTask, "id">): Promise<AnalysisJson> {
    if (this.closed || this.slots.length === 0)
      return Promise.reject(new Error("the analyser pool is closed"));
    return new Promise<AnalysisJson>((resolve, reject) => {
      this.queue.push({ task: { id: this.nextId++, ...task }, resolve, reject });
      this.pump();
    });
  }

  /** Articles waiting for a worker (not yet sent to one). */
  get backlog(): number {
    return this.queue.length;
  }

  /**
   * Resolves once fewer than `limit` articles wait for a worker (at once if so already), so
   * a caller can read files no faster than they are analysed and keep memory flat.
   */
  waitForRoom(limit: number): Promise<void> {
    if (this.queue.length < limit || this.closed || this.slots.length === 0)
      return Promise.resolve();
    return new Promise((resolve) => this.roomWaiters.push({ limit, resolve }));
  }

  /** Stops every worker; tasks not finished are rejected. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    analysisInlining(false);
    for (const p of this.queue) p.reject(new Error("the analyser pool was closed"));
    this.queue = [];
    this.wakeWaiters();
    await Promise.all(
      this.slots.map(async (slot) => {
        for (const p of slot.busy.values()) p.reject(new Error("the analyser pool was closed"));
        slot.busy.clear();
        await slot.worker.terminate();
      }),
    );
  }

  private pump(): void {
    for (const slot of this.slots) {
      while (slot.busy.size < IN_FLIGHT && this.queue.length > 0) {
        const next = this.queue.shift();
        if (!next) break;
        slot.busy.set(next.task.id, next);
        slot.worker.postMessage(next.task);
      }
    }
    this.wakeWaiters();
  }

  private wakeWaiters(): void {
    if (this.roomWaiters.length === 0) return;
    const gone = this.closed || this.slots.length === 0;
    const still: typeof this.roomWaiters = [];
    for (const w of this.roomWaiters) {
      if (gone || this.queue.length < w.limit) w.resolve();
      else still.push(w);
    }
    this.roomWaiters = still;
  }

  private spawn(): Slot {
    const worker = startWorker(this.bundleDir, this.youngGenerationMb);
    const slot: Slot = { worker, busy: new Map() };
    worker.on("message", (result: AnalyseResult) => {
      const pending = slot.busy.get(result.id);
      if (!pending) return;
      slot.busy.delete(result.id);
      if ("json" in result)
        pending.resolve({ json: result.json, bytes: result.bytes, md5: result.md5 });
      else pending.reject(new AnalysisError(result.error, result.unreadable));
      this.pump();
    });
    const fail = (err: Error) => {
      for (const p of slot.busy.values()) p.reject(err);
      slot.busy.clear();
      const i = this.slots.indexOf(slot);
      if (i < 0 || this.closed) return;
      if (++this.failures > MAX_RESPAWNS) {
        // workers cannot run here: fail everything so the caller analyses inline
        this.slots.splice(i, 1);
        if (this.slots.length === 0) {
          for (const p of this.queue) p.reject(err);
          this.queue = [];
          this.wakeWaiters();
        }
        return;
      }
      this.slots[i] = this.spawn();
      this.pump();
    };
    worker.on("error", (err) => fail(err));
    worker.on("exit", (code) => {
      if (!this.closed && this.slots.includes(slot))
        fail(new Error(`an analyser worker stopped (exit code ${code})`));
    });
    return slot;
  }
}

/**
 * One worker per core but the main thread's: while workers analyse, the main thread parses
 * their results and builds the sentence index (about three quarters of a worker's CPU time
 * on the BBC corpus). Never fewer than one, never more than eight. Each worker also warms up
 * its own copy of the compiled analysis code (V8 compiles per thread): on a 2-core machine
 * one worker beside the main thread indexed the BBC corpus cold with ~15 % less CPU in all
 * than two workers did (docs/performance.md).
 */
export function defaultPoolSize(cores = availableParallelism()): number {
  return Math.max(1, Math.min(8, cores - 1));
}
