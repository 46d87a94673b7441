/**
 * The sentence index behind questions and inline mode: one MiniSearch document a sentence,
 * over every article in the Library, BM25 with field boosts (the sentence, the speaker of a
 * quote in it, the names of the entities it mentions, the quoted words). Terms are lower-case,
 * stop words out, Porter-stemmed (src/nlp/tokens.ts). Typos are corrected against the words the
 * articles actually use, and MiniSearch's fuzzy matching catches what is left.
 *
 * Articles are added and removed one at a time, following the Library (see `searchIndexFor`).
 */
import MiniSearch, { type AsPlainObject, type Options, type SearchResult } from "minisearch";
import { Vocabulary } from "./vocabulary.js";
import type { Analysis, Sentence } from "../model/analysis.js";
import { isStopWord, stem, words } from "../nlp/tokens.js";
import { lemma } from "../nlp/lexicon/irregular-verbs.js";
import { entryBytes, Lru, MB } from "../util/lru.js";
import { nameKey } from "../nlp/people/name-key.js";
import { FLAG, mentionFlags, textFlags, type FlagName } from "./sentence-flags.js";

interface SentenceDoc {
  id: number;
  text: string;
  speaker: string;
  entities: string;
  quote: string;
}

interface DocRef {
  entry: ArticleEntry;
  sentence: number;
}

interface ArticleEntry {
  id: string;
  analysis: Analysis;
  /** The documents of its sentences: ids firstDoc, firstDoc + 1, … one a sentence in order. */
  firstDoc: number;
  /** What each sentence holds (see sentence-flags.ts). */
  flags: Uint8Array;
}

/**
 * An article going into the index, or out of it, sentence by sentence: all at once for a
 * short one, a slice at a time in the background for a long one.
 */
interface Job {
  kind: "add" | "remove";
  entry: ArticleEntry;
  context: DocContext;
  /** Sentences done so far, of `count`; then entities (their names' keys), of the analysis's. */
  next: number;
  count: number;
  nextEntity: number;
  /** Name keys and acronyms met so far (see `nameKeysIn`, `acronymsIn`). */
  names: Set<string>;
  acronyms: Map<string, string>;
  /** They are the article's in the index (to take out when it goes). */
  merged: boolean;
}

/** Everything the index holds, as plain data: what `snapshot` gives and `restore` takes. */
export interface IndexSnapshot {
  nextId: number;
  /** id, file, content hash, first document id, flags of each sentence. */
  articles: [string, string, string, number, number[]][];
  df: [string, number][];
  vocabulary: [string, number][];
  /** Articles by their place in `articles`. */
  names: [string, number[]][];
  acronyms: [string, [number, string][]][];
  mini: AsPlainObject;
}

/** Articles with more sentences than this are indexed a slice at a time in the background (~0.15 ms a sentence). */
const LONG_ARTICLE = 300;
/** How long the index works at a time before letting answers run. */
const SLICE_MS = 8;

export interface SearchHit {
  analysis: Analysis;
  sentence: Sentence;
  score: number;
  /** The query terms the sentence matched (exactly, by prefix or fuzzily). */
  matched: string[];
}

export interface QueryTerm {
  /** A processed (stemmed) term. */
  term: string;
  /** Its weight in the query (1 for a plain word; related forms weigh less). */
  weight: number;
}

/** A typo's correction: the word the articles use, its stem, and how many edits away it is. */
export interface Correction {
  word: string;
  stem: string;
  distance: number;
}

export interface SearchOptions {
  /** Only this article. */
  articleId?: string;
  /** At most this many hits (default 50). */
  limit?: number;
  /** Factors for sentences by what they hold (e.g. { number: 1.6 } for "how many"). */
  prefer?: Partial<Record<FlagName, number>>;
  /** Factors for sentences by article id (e.g. the newest article). */
  preferArticles?: ReadonlyMap<string, number>;
  /** Restrict to these fields (default all). */
  fields?: Array<"text" | "speaker" | "entities" | "quote">;
}

const FIELD_BOOST = { text: 1, speaker: 2, entities: 1.5, quote: 1.2 };

const MINI_OPTIONS: Options<SentenceDoc> = {
  fields: ["text", "speaker", "entities", "quote"],
  storeFields: [],
  // Documents and queries arrive processed (see `processed`): split on spaces only.
  tokenize: (text) => text.split(" ").filter(Boolean),
  processTerm: (term) => term,
  autoVacuum: { minDirtCount: 200, minDirtFactor: 0.2, batchSize: 2000, batchWait: 5 },
};

/** Word → stem for the words seen lately (a library's vocabulary is a few MB at most). */
export const stemMemo = new Lru<string, string>(8 * MB, (word, t) => entryBytes(word, t));

/** A word as the index keeps it: null for stop words and one-letter words, else its Porter stem (cached). */
export function processTerm(word: string): string | null {
  if (word.length < 2 || isStopWord(word)) return null;
  let t = stemMemo.get(word);
  if (t === undefined) {
    t = stem(lemma(word));
    stemMemo.set(word, t);
  }
  return t;
}

/** The content words of a text (lower case, accents off) and their processed terms, in order. */
export function processed(text: string): { words: string[]; terms: string[] } {
  const kept: string[] = [];
  const out: string[] = [];
  if (!text) return { words: kept, terms: out };
  for (const w of words(text)) {
    const t = processTerm(w);
    if (t === null) continue;
    kept.push(w);
    out.push(t);
  }
  return { words: kept, terms: out };
}

export class SentenceIndex {
  private mini: MiniSearch<SentenceDoc>;
  private readonly refs = new Map<number, DocRef>();
  private readonly articles = new Map<string, ArticleEntry>();
  /** Stem → how many indexed sentences hold it (for IDF and for knowing a term). */
  private readonly df = new Map<string, number>();
  /** Every word the articles use (lower case, accents off), for typo correction. */
  private readonly vocabulary = new Vocabulary();
  /** Name key (see nlp/people/name-key.ts) of every capitalised word → the articles that use it. */
  private readonly names = new Map<string, Set<ArticleEntry>>();
  /** Initials of multi-word names ("csto") → article → the name ("Collective Security Treaty Organization"). */
  private readonly acronyms = new Map<string, Map<ArticleEntry, string>>();
  /** Typo corrections made since the index last changed. */
  private readonly corrections = new Lru<string, Correction | null>(MB, (w, fix) =>
    entryBytes(w, fix?.word ?? "", fix?.stem ?? ""),
  );
  private nextId = 0;
  private sentences = 0;
  /** Changes not applied yet (article id → its new analysis, or null to remove), oldest first. */
  private readonly pending = new Map<string, Analysis | null>();
  /** Long articles going in or out a slice at a time, oldest first. */
  private jobs: Job[] = [];
  private draining: ReturnType<typeof setTimeout> | undefined;
  /** While held, changes wait (see `hold`). */
  private held = false;
  /** A saved index to try before applying the changes (see `release`). */
  private restorer: (() => IndexSnapshot | undefined) | undefined;
  private idleWaiters: (() => void)[] = [];
  /** Something changed since the index was restored or its snapshot taken. */
  changed = false;

  constructor() {
    this.mini = new MiniSearch<SentenceDoc>(MINI_OPTIONS);
  }

  get articleCount(): number {
    this.flush();
    return this.articles.size;
  }

  get sentenceCount(): number {
    this.flush();
    return this.sentences;
  }

  has(articleId: string): boolean {
    this.flush();
    return this.articles.has(articleId);
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
        (this.held || this.restorer || isLong(analysis)) &&
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
   * Lets the waiting changes go in. `restore`, when given, is called first (in the
   * background, or by the first question): a snapshot it returns is loaded if it holds
   * exactly the articles waiting to go in, and they then need no indexing.
   */
  release(restore?: () => IndexSnapshot | undefined): void {
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
    this.tryRestore();
    if (!this.pending.size) return;
    for (const id of [...this.pending.keys()]) this.applyNext(id);
  }

  private idle(): boolean {
    return !this.held && !this.restorer && this.pending.size === 0 && this.jobs.length === 0;
  }

  private schedule(): void {
    if (this.held || this.draining || this.idle()) return;
    this.draining = setTimeout(() => this.drain(), 0);
  }

  private drain(): void {
    this.draining = undefined;
    if (this.held) return;
    const until = performance.now() + SLICE_MS;
    this.tryRestore();
    for (const id of this.pending.keys()) {
      if (performance.now() > until) break;
      this.applyNext(id);
    }
    while (this.jobs.length && performance.now() <= until)
      if (this.step(this.jobs[0]!, until)) this.jobs.shift();
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
    const current = this.articles.get(id);
    if (current && sameText(current.analysis, analysis)) {
      // the same file read again (a touch): nothing to index again
      current.analysis = analysis;
      return;
    }
    this.remove(id);
    this.changed = true;
    this.corrections.clear();
    const context = docContext(analysis);
    const count = analysis.sentences.length;
    const entry: ArticleEntry = {
      id,
      analysis,
      firstDoc: this.nextId,
      flags: mentionFlags(analysis),
    };
    this.nextId += count;
    this.run({
      kind: "add",
      entry,
      context,
      next: 0,
      count,
      nextEntity: 0,
      names: new Set(),
      acronyms: new Map(),
      merged: false,
    });
  }

  /** Takes an article out (a long one's sentences go in the background; questions no longer see it at once). */
  remove(articleId: string): boolean {
    // a long article still going in comes out again from where it got to
    for (const job of this.jobs)
      if (job.kind === "add" && job.entry.id === articleId) this.toRemoval(job);
    const entry = this.articles.get(articleId);
    if (!entry) return false;
    this.articles.delete(articleId);
    this.changed = true;
    this.corrections.clear();
    this.sentences -= entry.analysis.sentences.length;
    for (const w of new Set(processed(entry.analysis.article.title).words))
      this.vocabulary.delete(w);
    const context = docContext(entry.analysis);
    this.run({
      kind: "remove",
      entry,
      context,
      next: 0,
      count: entry.analysis.sentences.length,
      nextEntity: 0,
      names: new Set(),
      acronyms: new Map(),
      merged: true,
    });
    return true;
  }

  /** Does a short article's job now; queues a long one's. */
  private run(job: Job): void {
    if (job.count > LONG_ARTICLE) this.jobs.push(job);
    else this.step(job, Infinity);
  }

  /** Does a job's work until `until` (performance.now() time); true when it is done. */
  private step(job: Job, until: number): boolean {
    const { entry, context } = job;
    const sentences = entry.analysis.sentences;
    while (job.next < job.count) {
      const i = job.next++;
      const doc = docOf(sentences[i]!, context);
      if (job.kind === "add") {
        entry.flags[i]! |= textFlags(doc.text);
        this.addDoc(entry, entry.firstDoc + i, doc);
      } else this.removeDoc(entry.firstDoc + i, doc);
      nameKeysIn(doc.text, job.names);
      acronymsIn(doc.text, job.acronyms);
      if (job.next % 16 === 0 && performance.now() > until) return false;
    }
    const entities = entry.analysis.entities;
    while (job.nextEntity < entities.length) {
      const e = entities[job.nextEntity++]!;
      nameKeysIn([e.name, ...e.aliases].join(" "), job.names);
      if (job.nextEntity % 32 === 0 && performance.now() > until) return false;
    }
    if (job.kind === "add") {
      for (const k of job.names) addTo(this.names, k, entry);
      for (const [initials, name] of job.acronyms) {
        let byArticle = this.acronyms.get(initials);
        if (!byArticle) this.acronyms.set(initials, (byArticle = new Map()));
        byArticle.set(entry, name);
      }
      // The title's words are the article's words too (known, so never "corrected").
      for (const w of new Set(processed(entry.analysis.article.title).words))
        this.vocabulary.add(w);
      this.sentences += job.count;
      this.articles.set(entry.id, entry);
    } else if (job.merged) {
      for (const k of job.names) {
        const set = this.names.get(k);
        set?.delete(entry);
        if (set && !set.size) this.names.delete(k);
      }
      for (const initials of job.acronyms.keys()) {
        const byArticle = this.acronyms.get(initials);
        byArticle?.delete(entry);
        if (byArticle && !byArticle.size) this.acronyms.delete(initials);
      }
    }
    return true;
  }

  /** An add stopped halfway becomes the removal of the documents it added. */
  private toRemoval(job: Job): void {
    if (job.kind !== "add") return;
    job.kind = "remove";
    job.count = job.next;
    job.next = 0;
    job.merged = false;
    this.changed = true;
  }

  private addDoc(entry: ArticleEntry, docId: number, doc: SentenceFields): void {
    this.refs.set(docId, { entry, sentence: doc.sentence });
    const fields = {
      text: processed(doc.text),
      speaker: processed(doc.speaker),
      entities: processed(doc.entities),
      quote: processed(doc.quote),
    };
    const seenWords = new Set<string>();
    for (const w of [...fields.text.words, ...fields.speaker.words, ...fields.entities.words]) {
      if (seenWords.has(w)) continue;
      seenWords.add(w);
      this.vocabulary.add(w);
    }
    for (const t of new Set([
      ...fields.text.terms,
      ...fields.speaker.terms,
      ...fields.entities.terms,
    ]))
      this.df.set(t, (this.df.get(t) ?? 0) + 1);
    this.mini.add({
      id: docId,
      text: fields.text.terms.join(" "),
      speaker: fields.speaker.terms.join(" "),
      entities: fields.entities.terms.join(" "),
      quote: fields.quote.terms.join(" "),
    });
  }

  private removeDoc(docId: number, doc: SentenceFields): void {
    this.mini.discard(docId);
    this.refs.delete(docId);
    const fields = [processed(doc.text), processed(doc.speaker), processed(doc.entities)];
    for (const w of new Set(fields.flatMap((f) => f.words))) this.vocabulary.delete(w);
    for (const t of new Set(fields.flatMap((f) => f.terms))) {
      const left = (this.df.get(t) ?? 0) - 1;
      if (left > 0) this.df.set(t, left);
      else this.df.delete(t);
    }
  }

  /**
   * Everything the index holds, as plain data (for saving). Only when nothing is going in
   * or out: undefined otherwise.
   */
  snapshot(): IndexSnapshot | undefined {
    this.flush();
    if (this.jobs.length || this.pending.size || this.held) return undefined;
    const entries = [...this.articles.values()];
    const place = new Map(entries.map((e, i) => [e, i]));
    return {
      nextId: this.nextId,
      articles: entries.map((e) => [
        e.id,
        e.analysis.article.file,
        e.analysis.article.hash,
        e.firstDoc,
        [...e.flags],
      ]),
      df: [...this.df],
      vocabulary: this.vocabulary.entries(),
      names: [...this.names].map(([k, set]) => [k, [...set].map((e) => place.get(e)!)]),
      acronyms: [...this.acronyms].map(([k, byArticle]) => [
        k,
        [...byArticle].map(([e, name]): [number, string] => [place.get(e)!, name]),
      ]),
      mini: this.mini.toJSON(),
    };
  }

  /** Calls the restorer, if any, and loads its snapshot when it holds exactly the articles waiting to go in. */
  private tryRestore(): void {
    const restore = this.restorer;
    if (!restore) return;
    this.restorer = undefined;
    const snapshot = restore();
    if (!snapshot || this.articles.size || this.jobs.length || this.nextId) return;
    const waiting = [...this.pending.values()].filter((a): a is Analysis => !!a);
    if (waiting.length !== snapshot.articles.length || waiting.length !== this.pending.size) return;
    const byId = new Map(waiting.map((a) => [a.article.id, a]));
    if (
      !snapshot.articles.every(
        ([id, file, hash]) =>
          byId.get(id)?.article.file === file && byId.get(id)?.article.hash === hash,
      )
    )
      return;
    let mini: MiniSearch<SentenceDoc>;
    try {
      mini = MiniSearch.loadJS<SentenceDoc>(snapshot.mini, MINI_OPTIONS);
    } catch {
      return; // not what this code saves: build the index instead
    }
    this.mini = mini;
    const entries = snapshot.articles.map(([id, , , firstDoc, flags]): ArticleEntry => {
      const analysis = byId.get(id)!;
      const entry: ArticleEntry = { id, analysis, firstDoc, flags: Uint8Array.from(flags) };
      this.articles.set(id, entry);
      for (let i = 0; i < analysis.sentences.length; i++)
        this.refs.set(firstDoc + i, { entry, sentence: i });
      this.sentences += analysis.sentences.length;
      return entry;
    });
    for (const [t, n] of snapshot.df) this.df.set(t, n);
    this.vocabulary.addEntries(snapshot.vocabulary);
    for (const [k, places] of snapshot.names)
      this.names.set(k, new Set(places.map((i) => entries[i]!)));
    for (const [k, byArticle] of snapshot.acronyms)
      this.acronyms.set(k, new Map(byArticle.map(([i, name]) => [entries[i]!, name])));
    this.nextId = snapshot.nextId;
    this.pending.clear();
    this.changed = false;
  }

  /** Ids of the articles that use a name word (any spelling with the same name key), at most `limit`. */
  articlesNaming(word: string, limit = 50): string[] {
    this.flush();
    const set = this.names.get(nameKey(word));
    return set
      ? [...set]
          .filter((e) => this.articles.get(e.id) === e)
          .slice(0, limit)
          .map((e) => e.id)
      : [];
  }

  /** The multi-word name whose initials a word is ("CSTO" → "Collective Security Treaty Organization"), when no article uses the word itself. */
  expandAcronym(word: string): string | undefined {
    this.flush();
    const w = word.toLowerCase();
    if (w.length < 2 || this.vocabulary.has(w)) return undefined;
    for (const [entry, name] of this.acronyms.get(w) ?? [])
      if (this.articles.get(entry.id) === entry) return name;
    return undefined;
  }

  /** The analysis of an indexed article. */
  article(articleId: string): Analysis | undefined {
    this.flush();
    return this.articles.get(articleId)?.analysis;
  }

  /** How many sentences of all articles hold this stem (0 when no article uses it). */
  documentFrequency(term: string): number {
    this.flush();
    return this.df.get(term) ?? 0;
  }

  /** Inverse document frequency of a stem over all sentences (BM25's form; unknown terms weigh most). */
  idf(term: string): number {
    this.flush();
    const n = Math.max(1, this.sentences);
    const df = this.df.get(term) ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** True when some article uses this word, or a word with the same stem. */
  knows(word: string): boolean {
    this.flush();
    const w = word.toLowerCase();
    if (this.vocabulary.has(w)) return true;
    const t = processTerm(w);
    return t !== null && this.df.has(t);
  }

  /**
   * The word the articles use that is closest to an unknown word (a typo): one edit (a
   * transposition counts as one) for words of 4 to 7 letters, two from 8 letters, with the
   * first letter right. Ties go to the more frequent word. Undefined for known words, short
   * words, numbers and words with no close match.
   */
  correct(word: string): Correction | undefined {
    const w = word.toLowerCase();
    if (w.length < 4 || w.length > 40 || this.knows(w) || /\d/.test(w)) return undefined;
    // Questions ask about a word several times over (names, query, suggestions): remember.
    const known = this.corrections.get(w);
    if (known !== undefined) return known ?? undefined;
    const hit = this.vocabulary.closest(w, w.length >= 8 ? 2 : 1);
    const t = hit ? processTerm(hit.word) : null;
    const fix = hit && t !== null ? { word: hit.word, stem: t, distance: hit.distance } : undefined;
    this.corrections.set(w, fix ?? null);
    return fix;
  }

  /**
   * BM25 search over sentences for weighted, already processed terms. Terms no article uses
   * are matched fuzzily (MiniSearch); long terms also match by prefix (russia → russian).
   */
  search(query: QueryTerm[], options: SearchOptions = {}): SearchHit[] {
    this.flush();
    const weights = new Map<string, number>();
    for (const q of query)
      if (q.term && q.weight > 0) weights.set(q.term, Math.max(weights.get(q.term) ?? 0, q.weight));
    if (!weights.size) return [];
    const limit = options.limit ?? 50;
    const only = options.articleId;
    const prefer = Object.entries(options.prefer ?? {}).map(
      ([name, factor]) => [FLAG[name as FlagName], factor] as const,
    );
    const results: SearchResult[] = this.mini.search([...weights.keys()].join(" "), {
      boost: FIELD_BOOST,
      fields: options.fields,
      boostTerm: (term) => weights.get(term) ?? 1,
      prefix: (term) => term.length >= 6,
      fuzzy: (term) => (this.df.has(term) || term.length < 5 ? false : 0.2),
      weights: { fuzzy: 0.5, prefix: 0.4 },
      boostDocument:
        only || prefer.length || options.preferArticles?.size
          ? (docId: number) => this.documentBoost(docId, only, prefer, options.preferArticles)
          : undefined,
    });
    const hits: SearchHit[] = [];
    for (const r of results) {
      const ref = this.current(r.id as number);
      const sentence = ref?.entry.analysis.sentences[ref.sentence];
      if (!ref || !sentence) continue;
      hits.push({ analysis: ref.entry.analysis, sentence, score: r.score, matched: r.queryTerms });
      if (hits.length >= limit) break;
    }
    return hits;
  }

  private documentBoost(
    docId: number,
    only: string | undefined,
    prefer: ReadonlyArray<readonly [number, number]>,
    articles: ReadonlyMap<string, number> | undefined,
  ): number {
    const ref = this.current(docId);
    if (!ref || (only && ref.entry.id !== only)) return 0;
    let factor = articles?.get(ref.entry.id) ?? 1;
    const flags = ref.entry.flags[ref.sentence] ?? 0;
    for (const [flag, f] of prefer) if (flags & flag) factor *= f;
    return factor;
  }

  /** A document of an article questions can see (not one going in or out). */
  private current(docId: number): DocRef | undefined {
    const ref = this.refs.get(docId);
    return ref && this.articles.get(ref.entry.id) === ref.entry ? ref : undefined;
  }

  /** The flags of a sentence (see sentence-flags.ts), 0 when not indexed. */
  flagsOf(articleId: string, sentence: number): number {
    return this.articles.get(articleId)?.flags[sentence] ?? 0;
  }
}

interface SentenceFields {
  sentence: number;
  text: string;
  speaker: string;
  entities: string;
  quote: string;
}

function isLong(analysis: Analysis): boolean {
  return analysis.sentences.length > LONG_ARTICLE;
}

/** Two analyses of the same file with the same bytes: the index would hold the same for both. */
function sameText(a: Analysis, b: Analysis): boolean {
  return a.article.hash === b.article.hash && a.article.file === b.article.file;
}

/** What the documents of an article's sentences need besides their text: speakers, quotes and entities by sentence. */
interface DocContext {
  speakers: Map<number, string[]>;
  quotes: Map<number, string[]>;
  entities: Map<number, string[]>;
}

function docContext(analysis: Analysis): DocContext {
  const speakers = new Map<number, string[]>();
  const quotes = new Map<number, string[]>();
  // every name of a speaker, once an entity (a long article quotes one person many times)
  const speakerNames = new Map(
    analysis.entities.map((e) => [e.id, [e.name, ...e.aliases].join(" ")]),
  );
  for (const q of analysis.quotes) {
    if (q.speaker)
      push(speakers, q.sentence, (q.speakerId && speakerNames.get(q.speakerId)) || q.speaker);
    push(quotes, q.sentence, q.text);
  }
  const entities = new Map<number, string[]>();
  for (const e of analysis.entities) {
    const entityNames = uniqueWords([e.name, ...e.aliases.filter((a) => /\p{Lu}/u.test(a))]);
    for (const m of new Set(e.mentions)) push(entities, m, entityNames);
  }
  return { speakers, quotes, entities };
}

/** One document a sentence: its text, the speakers and words of quotes starting in it, the entities it mentions. */
function docOf(s: Sentence, context: DocContext): SentenceFields {
  return {
    sentence: s.index,
    text: s.text,
    speaker: (context.speakers.get(s.index) ?? []).join(" "),
    entities: (context.entities.get(s.index) ?? []).join(" "),
    quote: (context.quotes.get(s.index) ?? []).join(" "),
  };
}

/** Initials of the names of 2 to 6 capitalised words (small words inside allowed) in a text → the name (the first one met). */
function acronymsIn(text: string, out: Map<string, string>): void {
  for (const m of text.matchAll(
    /\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:of|the|and|for|on|in|de)\s+)*\p{Lu}[\p{L}'’-]+){1,5}/gu,
  )) {
    const caps = m[0].split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
    if (caps.length < 2) continue;
    const initials = caps.map((w) => w[0]!.toLowerCase()).join("");
    if (!out.has(initials)) out.set(initials, m[0]);
  }
}

/** Name keys of the capitalised words of a text. */
function nameKeysIn(text: string, keys: Set<string>): void {
  for (const m of text.matchAll(/\p{Lu}[\p{L}\p{M}'’]*/gu))
    for (const w of words(m[0])) if (w.length > 1 && !isStopWord(w)) keys.add(nameKey(w));
}

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

function uniqueWords(names: string[]): string {
  return [...new Set(names.flatMap((n) => n.split(/\s+/)))].join(" ");
}

function push(map: Map<number, string[]>, key: number, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** What a sentence index follows: a set of analyses that tells each change (the Library). */
export interface AnalysisFeed {
  subscribe(
    listener: (change: { type: "added" | "updated" | "removed"; analysis: Analysis }) => void,
    options: { replay?: boolean },
  ): unknown;
}

const indexes = new WeakMap<AnalysisFeed, SentenceIndex>();

/**
 * The sentence index of a Library, created on first use and kept in step with it: every
 * article already there is added, and every later upsert or remove follows (live reload).
 * Articles are indexed in the background; call this at start-up so the index grows with
 * the load (a question before it is done indexes the rest first).
 */
export function searchIndexFor(library: AnalysisFeed): SentenceIndex {
  let index = indexes.get(library);
  if (!index) {
    const created = new SentenceIndex();
    index = created;
    indexes.set(library, created);
    library.subscribe(
      (change) =>
        created.enqueue(
          change.analysis.article.id,
          change.type === "removed" ? null : change.analysis,
        ),
      { replay: true },
    );
  }
  return index;
}

/** The sentence index of a Library when one was made (this never makes one). */
export function existingSearchIndex(library: AnalysisFeed): SentenceIndex | undefined {
  return indexes.get(library);
}
