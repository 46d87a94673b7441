/**
 * The sentence index behind questions and inline mode: one MiniSearch document a sentence,
 * over every article in the Library, BM25 with field boosts (the sentence, the speaker of a
 * quote in it, the names of the entities it mentions, the quoted words). Terms are lower-case,
 * stop words out, Porter-stemmed (src/nlp/tokens.ts). Typos are corrected against the words the
 * articles actually use, and MiniSearch's fuzzy matching catches what is left.
 *
 * Articles are added and removed one at a time, following the Library (see `searchIndexFor`).
 */
import MiniSearch, { type SearchResult } from "minisearch";
import { Vocabulary } from "./vocabulary.js";
import type { Analysis, Sentence } from "../analysis/types.js";
import type { Library } from "./library.js";
import { isStopWord, stem, words } from "../nlp/tokens.js";
import { lemma } from "./lemmas.js";
import { entryBytes, Lru, MB } from "./lru.js";
import { nameKey } from "./name-key.js";
import { FLAG, sentenceFlags, type FlagName } from "./sentence-flags.js";

interface SentenceDoc {
  id: number;
  text: string;
  speaker: string;
  entities: string;
  quote: string;
}

interface DocRef {
  articleId: string;
  sentence: number;
  /** What the sentence holds (see sentence-flags.ts). */
  flags: number;
}

interface ArticleEntry {
  analysis: Analysis;
  docIds: number[];
}


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
  private readonly mini: MiniSearch<SentenceDoc>;
  private readonly refs = new Map<number, DocRef>();
  private readonly articles = new Map<string, ArticleEntry>();
  /** Stem → how many indexed sentences hold it (for IDF and for knowing a term). */
  private readonly df = new Map<string, number>();
  /** Every word the articles use (lower case, accents off), for typo correction. */
  private readonly vocabulary = new Vocabulary();
  /** Name key (see name-key.ts) of every capitalised word → the articles that use it. */
  private readonly names = new Map<string, Set<string>>();
  /** Initials of multi-word names ("csto") → article id → the name ("Collective Security Treaty Organization"). */
  private readonly acronyms = new Map<string, Map<string, string>>();
  /** Typo corrections made since the index last changed. */
  private readonly corrections = new Lru<string, Correction | null>(MB, (w, fix) => entryBytes(w, fix?.word ?? "", fix?.stem ?? ""));
  private nextId = 0;
  private sentences = 0;
  /** Changes not applied yet (article id → its new analysis, or null to remove), oldest first. */
  private readonly pending = new Map<string, Analysis | null>();
  private draining: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    this.mini = new MiniSearch<SentenceDoc>({
      fields: ["text", "speaker", "entities", "quote"],
      storeFields: [],
      // Documents and queries arrive processed (see `processed`): split on spaces only.
      tokenize: (text) => text.split(" ").filter(Boolean),
      processTerm: (term) => term,
      autoVacuum: { minDirtCount: 200, minDirtFactor: 0.2, batchSize: 2000, batchWait: 5 },
    });
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
   * Queues a change to apply in the background, a few milliseconds at a time, so a big load
   * never blocks the event loop for long. Anything that reads the index applies what is
   * still queued first, so answers always see every article the Library holds.
   */
  enqueue(articleId: string, analysis: Analysis | null): void {
    this.pending.delete(articleId);
    this.pending.set(articleId, analysis);
    this.draining ??= setTimeout(() => this.drain(), 0);
  }

  /** Applies every queued change now. */
  flush(): void {
    if (!this.pending.size) return;
    for (const id of [...this.pending.keys()]) this.applyNext(id);
  }

  private drain(): void {
    this.draining = undefined;
    const until = performance.now() + 8;
    for (const id of this.pending.keys()) {
      this.applyNext(id);
      if (performance.now() > until) break;
    }
    if (this.pending.size) this.draining = setTimeout(() => this.drain(), 0);
  }

  private applyNext(id: string): void {
    this.corrections.clear();
    const analysis = this.pending.get(id);
    this.pending.delete(id);
    if (analysis) this.add(analysis);
    else if (analysis === null) this.remove(id);
  }

  /** Adds an article, replacing an earlier version with the same id. */
  add(analysis: Analysis): void {
    const id = analysis.article.id;
    if (this.articles.has(id)) this.remove(id);
    const docs = sentenceDocs(analysis);
    const flags = sentenceFlags(analysis);
    const entry: ArticleEntry = { analysis, docIds: [] };
    for (const doc of docs) {
      const docId = this.nextId++;
      entry.docIds.push(docId);
      this.refs.set(docId, { articleId: id, sentence: doc.sentence, flags: flags[doc.sentence] ?? 0 });
      const fields = { text: processed(doc.text), speaker: processed(doc.speaker), entities: processed(doc.entities), quote: processed(doc.quote) };
      const seenWords = new Set<string>();
      for (const w of [...fields.text.words, ...fields.speaker.words, ...fields.entities.words]) {
        if (seenWords.has(w)) continue;
        seenWords.add(w);
        this.vocabulary.add(w);
      }
      for (const t of new Set([...fields.text.terms, ...fields.speaker.terms, ...fields.entities.terms])) this.df.set(t, (this.df.get(t) ?? 0) + 1);
      this.mini.add({
        id: docId,
        text: fields.text.terms.join(" "),
        speaker: fields.speaker.terms.join(" "),
        entities: fields.entities.terms.join(" "),
        quote: fields.quote.terms.join(" "),
      });
    }
    for (const [initials, name] of acronymsOf(analysis)) {
      let map = this.acronyms.get(initials);
      if (!map) this.acronyms.set(initials, (map = new Map()));
      map.set(id, name);
    }
    for (const k of nameKeys(analysis)) {
      let set = this.names.get(k);
      if (!set) this.names.set(k, (set = new Set()));
      set.add(id);
    }
    // The title's words are the article's words too (known, so never "corrected").
    for (const w of new Set(processed(analysis.article.title).words)) this.vocabulary.add(w);
    this.sentences += docs.length;
    this.articles.set(id, entry);
  }

  remove(articleId: string): boolean {
    const entry = this.articles.get(articleId);
    if (!entry) return false;
    for (const docId of entry.docIds) {
      this.mini.discard(docId);
      this.refs.delete(docId);
    }
    for (const doc of sentenceDocs(entry.analysis)) {
      const fields = [processed(doc.text), processed(doc.speaker), processed(doc.entities)];
      for (const w of new Set(fields.flatMap((f) => f.words))) this.vocabulary.delete(w);
      for (const t of new Set(fields.flatMap((f) => f.terms))) {
        const left = (this.df.get(t) ?? 0) - 1;
        if (left > 0) this.df.set(t, left);
        else this.df.delete(t);
      }
    }
    for (const w of new Set(processed(entry.analysis.article.title).words)) this.vocabulary.delete(w);
    for (const [initials] of acronymsOf(entry.analysis)) {
      const map = this.acronyms.get(initials);
      map?.delete(articleId);
      if (map && !map.size) this.acronyms.delete(initials);
    }
    for (const k of nameKeys(entry.analysis)) {
      const set = this.names.get(k);
      set?.delete(articleId);
      if (set && !set.size) this.names.delete(k);
    }
    this.sentences -= entry.docIds.length;
    this.articles.delete(articleId);
    return true;
  }

  /** Ids of the articles that use a name word (any spelling with the same name key), at most `limit`. */
  articlesNaming(word: string, limit = 50): string[] {
    this.flush();
    const set = this.names.get(nameKey(word));
    return set ? [...set].slice(0, limit) : [];
  }

  /** The multi-word name whose initials a word is ("CSTO" → "Collective Security Treaty Organization"), when no article uses the word itself. */
  expandAcronym(word: string): string | undefined {
    this.flush();
    const w = word.toLowerCase();
    if (w.length < 2 || this.vocabulary.has(w)) return undefined;
    const map = this.acronyms.get(w);
    return map ? map.values().next().value : undefined;
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
    for (const q of query) if (q.term && q.weight > 0) weights.set(q.term, Math.max(weights.get(q.term) ?? 0, q.weight));
    if (!weights.size) return [];
    const limit = options.limit ?? 50;
    const only = options.articleId;
    const prefer = Object.entries(options.prefer ?? {}).map(([name, factor]) => [FLAG[name as FlagName], factor] as const);
    const results: SearchResult[] = this.mini.search([...weights.keys()].join(" "), {
      boost: FIELD_BOOST,
      fields: options.fields,
      boostTerm: (term) => weights.get(term) ?? 1,
      prefix: (term) => term.length >= 6,
      fuzzy: (term) => (this.df.has(term) || term.length < 5 ? false : 0.2),
      weights: { fuzzy: 0.5, prefix: 0.4 },
      boostDocument: only || prefer.length || options.preferArticles?.size ? (docId: number) => this.documentBoost(docId, only, prefer, options.preferArticles) : undefined,
    });
    const hits: SearchHit[] = [];
    for (const r of results) {
      const ref = this.refs.get(r.id as number);
      if (!ref) continue;
      const entry = this.articles.get(ref.articleId);
      const sentence = entry?.analysis.sentences[ref.sentence];
      if (!entry || !sentence) continue;
      hits.push({ analysis: entry.analysis, sentence, score: r.score, matched: r.queryTerms });
      if (hits.length >= limit) break;
    }
    return hits;
  }

  private documentBoost(docId: number, only: string | undefined, prefer: ReadonlyArray<readonly [number, number]>, articles: ReadonlyMap<string, number> | undefined): number {
    const ref = this.refs.get(docId);
    if (!ref || (only && ref.articleId !== only)) return 0;
    let factor = articles?.get(ref.articleId) ?? 1;
    for (const [flag, f] of prefer) if (ref.flags & flag) factor *= f;
    return factor;
  }

  /** The flags of a sentence (see sentence-flags.ts), 0 when not indexed. */
  flagsOf(articleId: string, sentence: number): number {
    const docId = this.articles.get(articleId)?.docIds[sentence];
    return docId === undefined ? 0 : (this.refs.get(docId)?.flags ?? 0);
  }
}

interface SentenceFields {
  sentence: number;
  text: string;
  speaker: string;
  entities: string;
  quote: string;
}

/** One document a sentence: its text, the speakers and words of quotes starting in it, the entities it mentions. */
function sentenceDocs(analysis: Analysis): SentenceFields[] {
  const speakers = new Map<number, string[]>();
  const quotes = new Map<number, string[]>();
  const entityById = new Map(analysis.entities.map((e) => [e.id, e]));
  for (const q of analysis.quotes) {
    if (q.speaker) {
      const e = q.speakerId ? entityById.get(q.speakerId) : undefined;
      push(speakers, q.sentence, e ? [e.name, ...e.aliases].join(" ") : q.speaker);
    }
    push(quotes, q.sentence, q.text);
  }
  const entities = new Map<number, string[]>();
  for (const e of analysis.entities) {
    const names = uniqueWords([e.name, ...e.aliases.filter((a) => /\p{Lu}/u.test(a))]);
    for (const m of new Set(e.mentions)) push(entities, m, names);
  }
  return analysis.sentences.map((s) => ({
    sentence: s.index,
    text: s.text,
    speaker: (speakers.get(s.index) ?? []).join(" "),
    entities: (entities.get(s.index) ?? []).join(" "),
    quote: (quotes.get(s.index) ?? []).join(" "),
  }));
}

/** Initials of the article's names of 2 to 6 capitalised words (small words inside allowed) → the name. */
function acronymsOf(analysis: Analysis): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of analysis.sentences) {
    for (const m of s.text.matchAll(/\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:of|the|and|for|on|in|de)\s+)*\p{Lu}[\p{L}'’-]+){1,5}/gu)) {
      const caps = m[0].split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
      if (caps.length < 2) continue;
      const initials = caps.map((w) => w[0]!.toLowerCase()).join("");
      if (!out.has(initials)) out.set(initials, m[0]);
    }
  }
  return out;
}

/** Name keys of the capitalised words of an article (and of its entities' names). */
function nameKeys(analysis: Analysis): Set<string> {
  const keys = new Set<string>();
  const addAll = (text: string) => {
    for (const m of text.matchAll(/\p{Lu}[\p{L}\p{M}'’]*/gu)) for (const w of words(m[0])) if (w.length > 1 && !isStopWord(w)) keys.add(nameKey(w));
  };
  for (const s of analysis.sentences) addAll(s.text);
  for (const e of analysis.entities) addAll([e.name, ...e.aliases].join(" "));
  return keys;
}

function uniqueWords(names: string[]): string {
  return [...new Set(names.flatMap((n) => n.split(/\s+/)))].join(" ");
}

function push(map: Map<number, string[]>, key: number, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const indexes = new WeakMap<Library, SentenceIndex>();

/**
 * The sentence index of a Library, created on first use and kept in step with it: every
 * article already there is added, and every later upsert or remove follows (live reload).
 * Articles are indexed in the background; call this at start-up so the index grows with
 * the load (a question before it is done indexes the rest first).
 */
export function searchIndexFor(library: Library): SentenceIndex {
  let index = indexes.get(library);
  if (!index) {
    const created = new SentenceIndex();
    index = created;
    indexes.set(library, created);
    library.subscribe((change) => created.enqueue(change.analysis.article.id, change.type === "removed" ? null : change.analysis), { replay: true });
  }
  return index;
}
