/**
 * The sentence index behind questions and inline mode, over every article of a Library.
 * Terms are processed as terms.ts says; typos are corrected against the words the articles
 * actually use, and MiniSearch's fuzzy matching catches what is left (index-data.ts).
 *
 * Articles go in and out one at a time, in the background a few milliseconds at a time (a
 * long article a slice at a time), following the Library (see follow.ts). Whatever reads
 * the index applies what is still queued first.
 */
import type { Analysis } from "../model/analysis.js";
import { LONG_ARTICLE, isLong, newJob, stepJob, toRemoval, type Job } from "./index-job.js";
import {
  IndexData,
  type ArticleEntry,
  type Correction,
  type QueryTerm,
  type SearchHit,
  type SearchOptions,
} from "./index-data.js";
import { mentionFlags } from "./sentence-flags.js";
import { snapshotOf, type IndexSnapshot } from "./snapshot.js";

/**
 * Loads a saved index for the articles waiting to go in, a step at a time; its value at the
 * end is the index, or undefined when none fits (see SearchIndexStore.restoring).
 */
export type Restorer = (waiting: readonly Analysis[]) => Iterator<void, IndexData | undefined>;

/** How long the index works at a time before letting answers run. */
const SLICE_MS = 8;

export class SentenceIndex {
  private data = new IndexData();
  /** Changes not applied yet (article id → its new analysis, or null to remove), oldest first. */
  private readonly pending = new Map<string, Analysis | null>();
  /** Long articles going in or out a slice at a time, oldest first. */
  private jobs: Job[] = [];
  private draining: ReturnType<typeof setTimeout> | undefined;
  /** While held, changes wait (see `hold`). */
  private held = false;
  /** A saved index to try before applying the changes (see `release`). */
  private restorer: Restorer | undefined;
  /** The saved index loading, and the analyses it is for. */
  private restoring:
    { steps: Iterator<void, IndexData | undefined>; waiting: Analysis[] } | undefined;
  private idleWaiters: (() => void)[] = [];
  /** Something changed since the index was restored or its snapshot taken. */
  changed = false;

  get articleCount(): number {
    this.flush();
    return this.data.articles.size;
  }

  get sentenceCount(): number {
    this.flush();
    return this.data.sentences;
  }

  has(articleId: string): boolean {
    this.flush();
    return this.data.articles.has(articleId);
  }

  /**
   * How many articles questions cannot search yet: long ones still going in, and while the
   * index is held, every change waiting.
   */
  get indexing(): number {
    let n = this.jobs.filter((j) => j.kind === "add").length;
    for (const [id, analysis] of this.pending)
      if (
        analysis &&
        (this.held || this.restorer || this.restoring || isLong(analysis)) &&
        !this.jobs.some((j) => j.entry.id === id)
      )
        n++;
    return n;
  }

  /**
   * Queues a change to apply in the background, a few milliseconds at a time, so a big load
   * never blocks the event loop for long. Anything that reads the index applies what is
   * still queued first — except long articles, which keep going in slice by slice (see
   * `indexing`), so answers always see every other article the Library holds.
   */
  enqueue(articleId: string, analysis: Analysis | null): void {
    this.pending.delete(articleId);
    this.pending.set(articleId, analysis);
    this.schedule();
  }

  /**
   * Keeps changes waiting (neither the background nor `flush` applies them) until
   * `release`: while a library loads, when a saved index may spare building this one.
   */
  hold(): void {
    this.held = true;
  }

  /**
   * Lets the waiting changes go in. `restore`, when given, goes first (in the background a
   * slice at a time, the rest by the first question): an index it gives takes the place of
   * this one, and the articles it was given then need no indexing.
   */
  release(restore?: Restorer): void {
    this.held = false;
    this.restorer = restore;
    this.schedule();
  }

  /** Resolves when every change so far is in (at once if nothing waits). */
  whenIdle(): Promise<void> {
    if (this.idle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Applies every queued change now, long articles aside (they continue in the background). */
  flush(): void {
    if (this.held) return;
    this.restoreUntil(Infinity);
    if (!this.pending.size) return;
    for (const id of [...this.pending.keys()]) this.applyNext(id);
  }

  private idle(): boolean {
    return (
      !this.held &&
      !this.restorer &&
      !this.restoring &&
      this.pending.size === 0 &&
      this.jobs.length === 0
    );
  }

  private schedule(): void {
    if (this.held || this.draining || this.idle()) return;
    this.draining = setTimeout(() => this.drain(), 0);
  }

  private drain(): void {
    this.draining = undefined;
    if (this.held) return;
    const until = performance.now() + SLICE_MS;
    if (!this.restoreUntil(until)) return this.schedule();
    for (const id of this.pending.keys()) {
      if (performance.now() > until) break;
      this.applyNext(id);
    }
    while (this.jobs.length && performance.now() <= until)
      if (stepJob(this.data, this.jobs[0]!, until)) this.jobs.shift();
    if (this.idle()) {
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      for (const resolve of waiters) resolve();
    } else this.schedule();
  }

  private applyNext(id: string): void {
    const analysis = this.pending.get(id);
    this.pending.delete(id);
    if (analysis) this.add(analysis);
    else if (analysis === null) this.remove(id);
  }

  /** Adds an article, replacing an earlier version with the same id (a long one goes in a slice at a time). */
  add(analysis: Analysis): void {
    const id = analysis.article.id;
    const current = this.data.articles.get(id);
    if (current && sameText(current.analysis, analysis)) {
      // the same file read again (a touch): nothing to index again
      current.analysis = analysis;
      return;
    }
    this.remove(id);
    this.changed = true;
    this.data.corrections.clear();
    const count = analysis.sentences.length;
    const entry: ArticleEntry = {
      id,
      analysis,
      firstDoc: this.data.reserve(count),
      flags: mentionFlags(analysis),
    };
    this.run(newJob("add", entry, count, false));
  }

  /** Takes an article out (a long one's sentences go in the background; questions no longer see it at once). */
  remove(articleId: string): boolean {
    // a long article still going in comes out again from where it got to
    for (const job of this.jobs)
      if (job.kind === "add" && job.entry.id === articleId) if (toRemoval(job)) this.changed = true;
    const entry = this.data.articles.get(articleId);
    if (!entry) return false;
    this.data.close(entry);
    this.changed = true;
    this.data.corrections.clear();
    const count = entry.analysis.sentences.length;
    this.run(newJob("remove", entry, count, true));
    return true;
  }

  /** Does a short article's job now; queues a long one's. */
  private run(job: Job): void {
    if (job.count > LONG_ARTICLE) this.jobs.push(job);
    else stepJob(this.data, job, Infinity);
  }

  /**
   * Everything the index holds, as plain data (for saving). Only when nothing is going in
   * or out: undefined otherwise.
   */
  snapshot(): IndexSnapshot | undefined {
    this.flush();
    if (this.jobs.length || this.pending.size || this.held) return undefined;
    return snapshotOf(this.data);
  }

  /**
   * Goes on loading a saved index until it is done or `until` (performance.now() time) has
   * passed; false when time ran out first. A restorer is started only on an empty index
   * with nothing but articles to add waiting; its index, once loaded, takes this one's
   * place, and the changes it covers (the same analyses) are dropped from the queue — those
   * queued meanwhile (an article changed on disk while loading) stay and go in after.
   */
  private restoreUntil(until: number): boolean {
    const restore = this.restorer;
    this.restorer = undefined;
    if (restore && !this.data.articles.size && !this.jobs.length && !this.data.nextId) {
      const waiting = [...this.pending.values()].filter((a): a is Analysis => !!a);
      if (waiting.length === this.pending.size)
        this.restoring = { steps: restore(waiting), waiting };
    }
    const restoring = this.restoring;
    if (!restoring) return true;
    let restored: IndexData | undefined;
    for (;;) {
      let step: IteratorResult<void, IndexData | undefined>;
      try {
        step = restoring.steps.next();
      } catch {
        break; // a restorer should not throw: build the index instead
      }
      if (step.done) {
        restored = step.value;
        break;
      }
      if (performance.now() > until) return false;
    }
    this.restoring = undefined;
    if (restored) {
      this.data = restored;
      for (const a of restoring.waiting)
        if (this.pending.get(a.article.id) === a) this.pending.delete(a.article.id);
      this.changed = false;
    }
    return true;
  }

  /** Ids of the articles that use a name word (any spelling with the same name key), at most `limit`. */
  articlesNaming(word: string, limit = 50): string[] {
    this.flush();
    return this.data.articlesNaming(word, limit);
  }

  /** The multi-word name whose initials a word is ("CSTO" → "Collective Security Treaty Organization"), when no article uses the word itself. */
  expandAcronym(word: string): string | undefined {
    this.flush();
    return this.data.expandAcronym(word);
  }

  expandAbbreviation(word: string): string | undefined {
    this.flush();
    return this.data.expandAbbreviation(word);
  }

  /** The analysis of an indexed article. */
  article(articleId: string): Analysis | undefined {
    this.flush();
    return this.data.articles.get(articleId)?.analysis;
  }

  /** How many sentences of all articles hold this stem (0 when no article uses it). */
  documentFrequency(term: string): number {
    this.flush();
    return this.data.df.get(term) ?? 0;
  }

  /** Inverse document frequency of a stem over all sentences (BM25's form; unknown terms weigh most). */
  idf(term: string): number {
    this.flush();
    return this.data.idf(term);
  }

  /** True when some article uses this word, or a word with the same stem. */
  knows(word: string): boolean {
    this.flush();
    return this.data.knows(word);
  }

  /**
   * The word the articles use that is closest to an unknown word (a typo): one edit (a
   * transposition counts as one) for words of 4 to 7 letters, two from 8 letters, with the
   * first letter right. Ties go to the more frequent word. Undefined for known words, short
   * words, numbers and words with no close match.
   */
  correct(word: string): Correction | undefined {
    this.flush();
    return this.data.correct(word);
  }

  /**
   * BM25 search over sentences for weighted, already processed terms. Terms no article uses
   * are matched fuzzily (MiniSearch); long terms also match by prefix (russia → russian).
   */
  search(query: QueryTerm[], options: SearchOptions = {}): SearchHit[] {
    this.flush();
    return this.data.search(query, options);
  }

  /** The flags of a sentence (see sentence-flags.ts), 0 when not indexed. */
  flagsOf(articleId: string, sentence: number): number {
    return this.data.articles.get(articleId)?.flags[sentence] ?? 0;
  }
}

/** Two analyses of the same file with the same bytes: the index would hold the same for both. */
function sameText(a: Analysis, b: Analysis): boolean {
  return a.article.hash === b.article.hash && a.article.file === b.article.file;
}
