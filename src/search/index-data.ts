/**
 * What the sentence index holds, and the lookups on it: one MiniSearch document a sentence
 * (BM25 with field boosts: the sentence, the speaker of a quote in it, the names of the
 * entities it mentions, the quoted words), how many sentences hold each term (IDF), every
 * word the articles use (typo correction), and by article the name keys and acronyms of its
 * capitalised words. `SentenceIndex` (sentence-index.ts) decides when articles go in and out.
 */
import MiniSearch, { type Options, type SearchOptions as MiniSearchOptions } from "minisearch";
import type { Analysis, Sentence } from "../model/analysis.js";
import { nameKey } from "../nlp/people/name-key.js";
import { entryBytes, Lru, MB } from "../util/lru.js";
import type { SentenceFields } from "./documents.js";
import { internalsOf, type MiniInternals, type Postings } from "./mini-internals.js";
import { FLAG, type FlagName } from "./sentence-flags.js";
import { scoreQuery } from "./scoring.js";
import { processed, processTerm } from "./terms.js";
import { Vocabulary } from "./vocabulary.js";

export interface SentenceDoc {
  id: number;
  text: string;
  speaker: string;
  entities: string;
  quote: string;
}

export interface ArticleEntry {
  id: string;
  analysis: Analysis;
  /** The documents of its sentences: ids firstDoc, firstDoc + 1, … one a sentence in order. */
  firstDoc: number;
  /** What each sentence holds (see sentence-flags.ts). */
  flags: Uint8Array;
}

export interface DocRef {
  entry: ArticleEntry;
  sentence: number;
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

export const MINI_OPTIONS: Options<SentenceDoc> = {
  fields: ["text", "speaker", "entities", "quote"],
  storeFields: [],
  // Documents and queries arrive processed (see `processed`): split on spaces only.
  tokenize: (text) => text.split(" ").filter(Boolean),
  processTerm: (term) => term,
  autoVacuum: { minDirtCount: 200, minDirtFactor: 0.2, batchSize: 2000, batchWait: 5 },
};

/** MiniSearch's fields in its order, with their ids (their places in MINI_OPTIONS.fields). */
const FIELDS = ["text", "speaker", "entities", "quote"] as const;

const EXPAND_ABBREVIATION_PATTERN = /^\p{L}{2,6}$/u;

export class IndexData {
  readonly mini = new MiniSearch<SentenceDoc>(MINI_OPTIONS);
  /** MiniSearch's tables, written directly by `addDoc` (undefined: another MiniSearch; its `add` then). */
  private readonly internals = internalsOf(this.mini);
  /**
   * Term → its postings in MiniSearch's tree, for the terms added since the index was last
   * clean (no document discarded since the last vacuum, none running): the tree is walked
   * once a term, not once an occurrence. Only a vacuum takes a term out of the tree, and only
   * after a discard, which empties this.
   */
  private readonly postingsOf = new Map<string, Postings>();
  readonly refs = new DocRefs();
  /** The articles answers can see (not those going in or out). */
  readonly articles = new Map<string, ArticleEntry>();
  /** Stem → how many indexed sentences hold it (for IDF and for knowing a term). */
  readonly df = new Map<string, number>();
  /** Every word the articles use (lower case, accents off), for typo correction. */
  readonly vocabulary = new Vocabulary();
  /** Name key (see nlp/people/name-key.ts) of every capitalised word → the articles that use it. */
  readonly names = new Map<string, Set<ArticleEntry>>();
  /** Initials of multi-word names ("csto") → article → the name ("Collective Security Treaty Organization"). */
  readonly acronyms = new Map<string, Map<ArticleEntry, string>>();
  /** Typo corrections made since the index last changed. */
  readonly corrections = new Lru<string, Correction | null>(MB, (w, fix) =>
    entryBytes(w, fix?.word ?? "", fix?.stem ?? ""),
  );
  /** The id the next article's first document gets. */
  nextId = 0;
  /** Sentences of the articles answers can see. */
  sentences = 0;

  /** Document ids for an article's `count` sentences. */
  reserve(count: number): number {
    const first = this.nextId;
    this.nextId += count;
    return first;
  }

  addDoc(entry: ArticleEntry, docId: number, doc: SentenceFields): void {
    this.refs.set(docId, { entry, sentence: doc.sentence });
    const fields = {
      text: processed(doc.text),
      speaker: processed(doc.speaker),
      entities: processed(doc.entities),
      quote: processed(doc.quote),
    };
    const searched = [fields.text, fields.speaker, fields.entities];
    const seenWords = new Set<string>();
    for (const f of searched)
      for (const w of f.words) {
        if (seenWords.has(w)) continue;
        seenWords.add(w);
        this.vocabulary.add(w);
      }
    const seenTerms = new Set<string>();
    for (const f of searched)
      for (const t of f.terms) {
        if (seenTerms.has(t)) continue;
        seenTerms.add(t);
        this.df.set(t, (this.df.get(t) ?? 0) + 1);
      }
    if (this.internals) this.addToMini(this.internals, docId, fields);
    else
      this.mini.add({
        id: docId,
        text: fields.text.terms.join(" "),
        speaker: fields.speaker.terms.join(" "),
        entities: fields.entities.terms.join(" "),
        quote: fields.quote.terms.join(" "),
      });
  }

  /**
   * What `mini.add` does with a document whose fields are these terms (MiniSearch 7's `add`,
   * `addDocumentId`, `addFieldLength` and `addTerm`, same tables in the same order), without
   * joining the terms into text for MiniSearch to split again, and walking its tree of terms
   * only for a term not met before (the main thread's largest cost in a cold index).
   */
  private addToMini(
    mini: MiniInternals,
    docId: number,
    fields: Record<(typeof FIELDS)[number], { terms: string[] }>,
  ): void {
    if (mini._idToShortId.has(docId)) throw new Error(`MiniSearch: duplicate ID ${docId}`);
    const short = mini._nextId;
    mini._idToShortId.set(docId, short);
    mini._documentIds.set(short, docId);
    mini._documentCount += 1;
    mini._nextId += 1;
    const count = mini._documentCount - 1;
    const clean = this.mini.dirtCount === 0 && !this.mini.isVacuuming;
    if (!clean) this.postingsOf.clear();
    const lengths: number[] = [];
    mini._fieldLength.set(short, lengths);
    for (let fieldId = 0; fieldId < FIELDS.length; fieldId++) {
      const tokens = asTokens(fields[FIELDS[fieldId]!].terms);
      const unique = new Set(tokens).size;
      lengths[fieldId] = unique;
      const average = mini._avgFieldLength[fieldId] || 0;
      mini._avgFieldLength[fieldId] = (average * count + unique) / (count + 1);
      for (const term of tokens) {
        let postings = clean ? this.postingsOf.get(term) : undefined;
        if (!postings) {
          postings = mini._index.fetch(term, () => new Map());
          if (clean) this.postingsOf.set(term, postings);
        }
        const docs = postings.get(fieldId);
        if (docs) docs.set(short, (docs.get(short) || 0) + 1);
        else postings.set(fieldId, new Map([[short, 1]]));
      }
    }
  }

  removeDoc(docId: number, doc: SentenceFields): void {
    this.mini.discard(docId);
    this.postingsOf.clear(); // a vacuum may take terms out of the tree now
    this.refs.delete(docId);
    const fields = [processed(doc.text), processed(doc.speaker), processed(doc.entities)];
    for (const w of new Set(fields.flatMap((f) => f.words))) this.vocabulary.delete(w);
    for (const t of new Set(fields.flatMap((f) => f.terms))) {
      const left = (this.df.get(t) ?? 0) - 1;
      if (left > 0) this.df.set(t, left);
      else this.df.delete(t);
    }
  }

  /** Every document of an article is in: answers see it, with its name keys and acronyms. */
  open(entry: ArticleEntry, names: Set<string>, acronyms: Map<string, string>): void {
    for (const k of names) addTo(this.names, k, entry);
    for (const [initials, name] of acronyms) {
      let byArticle = this.acronyms.get(initials);
      if (!byArticle) this.acronyms.set(initials, (byArticle = new Map()));
      byArticle.set(entry, name);
    }
    // The title's words are the article's words too (known, so never "corrected").
    for (const w of new Set(processed(entry.analysis.article.title).words)) this.vocabulary.add(w);
    this.sentences += entry.analysis.sentences.length;
    this.articles.set(entry.id, entry);
  }

  /** Answers no longer see the article (its documents go out after). */
  close(entry: ArticleEntry): void {
    this.articles.delete(entry.id);
    this.sentences -= entry.analysis.sentences.length;
    for (const w of new Set(processed(entry.analysis.article.title).words))
      this.vocabulary.delete(w);
  }

  /** The article's documents are out: its name keys and acronyms go too. */
  forget(entry: ArticleEntry, names: Set<string>, acronyms: Map<string, string>): void {
    for (const k of names) {
      const set = this.names.get(k);
      set?.delete(entry);
      if (set && !set.size) this.names.delete(k);
    }
    for (const initials of acronyms.keys()) {
      const byArticle = this.acronyms.get(initials);
      byArticle?.delete(entry);
      if (byArticle && !byArticle.size) this.acronyms.delete(initials);
    }
  }

  /** Ids of the articles that use a name word (any spelling with the same name key), at most `limit`. */
  articlesNaming(word: string, limit: number): string[] {
    const set = this.names.get(nameKey(word));
    return set
      ? [...set]
          .filter((e) => this.articles.get(e.id) === e)
          .slice(0, limit)
          .map((e) => e.id)
      : [];
  }

  /** The multi-word name whose initials a word is, when no article uses the word itself. */
  expandAcronym(word: string): string | undefined {
    const w = word.toLowerCase();
    if (w.length < 2 || this.vocabulary.has(w)) return undefined;
    for (const [entry, name] of this.acronyms.get(w) ?? [])
      if (this.articles.get(entry.id) === entry) return name;
    return undefined;
  }

  /** The word an abbreviation no article uses stands for ("govt" → "government"; see Vocabulary.expand). */
  expandAbbreviation(word: string): string | undefined {
    const w = word.toLowerCase();
    if (!EXPAND_ABBREVIATION_PATTERN.test(w) || this.knows(w)) return undefined;
    return this.vocabulary.expand(w);
  }

  idf(term: string): number {
    const n = Math.max(1, this.sentences);
    const df = this.df.get(term) ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  knows(word: string): boolean {
    const w = word.toLowerCase();
    if (this.vocabulary.has(w)) return true;
    const t = processTerm(w);
    return t !== null && this.df.has(t);
  }

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

  search(query: QueryTerm[], options: SearchOptions): SearchHit[] {
    const weights = new Map<string, number>();
    for (const q of query)
      if (q.term && q.weight > 0) weights.set(q.term, Math.max(weights.get(q.term) ?? 0, q.weight));
    if (!weights.size) return [];
    const limit = Math.max(1, options.limit ?? 50);
    const only = options.articleId;
    const prefer = Object.entries(options.prefer ?? {}).map(
      ([name, factor]) => [FLAG[name as FlagName], factor] as const,
    );
    const text = [...weights.keys()].join(" ");
    const boostDocument =
      only || prefer.length || options.preferArticles?.size
        ? (docId: number) => this.documentBoost(docId, only, prefer, options.preferArticles)
        : undefined;
    const prefix = (term: string) => term.length >= 6;
    const fuzzy = (term: string) => (this.df.has(term) || term.length < 5 ? false : 0.2);
    const boostTerm = (term: string) => weights.get(term) ?? 1;
    const weightsOfMatches = { fuzzy: 0.5, prefix: 0.4 };
    const fields = options.fields ?? FIELDS;
    if (this.internals && this.mini.dirtCount === 0 && !this.mini.isVacuuming) {
      const scored = scoreQuery(this.internals, text, {
        boosts: fields.map((f) => [FIELDS.indexOf(f), FIELD_BOOST[f] || 1] as const),
        prefix,
        fuzzy,
        boostTerm,
        boostDocument,
        weights: weightsOfMatches,
        fieldCount: FIELDS.length,
      });
      const best = this.bestOf(
        (each) =>
          scored.order.forEach((short, i) => each(short, scored.score[i]!, scored.terms[i]!)),
        limit,
      );
      if (best) return best;
    }
    const searchOptions: MiniSearchOptions = {
      boost: FIELD_BOOST,
      fields: options.fields,
      boostTerm,
      prefix,
      fuzzy,
      weights: weightsOfMatches,
      boostDocument,
    };
    const raw = this.internals ? rawResults(this.mini, text, searchOptions) : undefined;
    const best =
      raw && this.bestOf((each) => raw.forEach((r, short) => each(short, r.score, r.terms)), limit);
    if (best) return best;
    const hits: SearchHit[] = [];
    for (const r of this.mini.search(text, searchOptions)) {
      const hit = this.hitOf(r.id as number, r.score, r.queryTerms);
      if (!hit) continue;
      hits.push(hit);
      if (hits.length >= limit) break;
    }
    return hits;
  }

  /**
   * The first `limit` hits of `mini.search`'s answer (its score is the raw score times the
   * number of query terms matched; sorted by score, equal scores in the order found), from
   * its raw results (short id, summed score, terms matched, in the order MiniSearch found
   * them): a common word matches thousands of sentences, and building a result object for
   * each and sorting them all was a sixth of a question's time. Undefined when a score is
   * not a number (how the sort orders those is not a rule this can follow).
   */
  private bestOf(
    raw: (each: (short: number, score: number, terms: readonly string[]) => void) => void,
    limit: number,
  ): SearchHit[] | undefined {
    const documentIds = this.internals!._documentIds;
    const best: SearchHit[] = [];
    let notANumber = false;
    raw((short, rawScore, terms) => {
      if (notANumber) return;
      const score = rawScore * (terms.length || 1);
      if (Number.isNaN(score)) {
        notANumber = true;
        return;
      }
      if (best.length >= limit && !(score > best[best.length - 1]!.score)) return;
      const hit = this.hitOf(documentIds.get(short)!, score, terms);
      if (!hit) return;
      // after every hit scoring as much (found earlier), before the first scoring less
      let lo = 0;
      let hi = best.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (best[mid]!.score >= score) lo = mid + 1;
        else hi = mid;
      }
      best.splice(lo, 0, hit);
      if (best.length > limit) best.pop();
    });
    return notANumber ? undefined : best;
  }

  private hitOf(docId: number, score: number, matched: readonly string[]): SearchHit | undefined {
    const ref = this.current(docId);
    const sentence = ref?.entry.analysis.sentences[ref.sentence];
    // a hit's own copy: the scored terms may be shared by many documents (scoring.ts)
    return ref && sentence
      ? { analysis: ref.entry.analysis, sentence, score, matched: [...matched] }
      : undefined;
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
}

/**
 * Document id → its article and sentence. Ids are handed out in sequence (`reserve`), so an
 * array does where a Map would: a search looks up every document a query term is in (tens of
 * thousands for a common word over the BBC corpus), and an array read is several times cheaper
 * than a Map's (question p99, docs/performance.md). A removed article leaves empty slots
 * behind (8 bytes a sentence).
 */
export class DocRefs {
  private readonly slots: (DocRef | undefined)[] = [];
  private count = 0;

  get(docId: number): DocRef | undefined {
    return this.slots[docId];
  }

  set(docId: number, ref: DocRef): void {
    while (this.slots.length < docId) this.slots.push(undefined);
    if (this.slots[docId] === undefined) this.count++;
    this.slots[docId] = ref;
  }

  delete(docId: number): boolean {
    if (this.slots[docId] === undefined) return false;
    this.slots[docId] = undefined;
    this.count--;
    return true;
  }

  get size(): number {
    return this.count;
  }
}

/**
 * A field's terms as MiniSearch's tokenizer would give them back from the joined text
 * (`tokenize` in MINI_OPTIONS): the same list unless a term is empty or holds a space.
 */
function asTokens(terms: string[]): string[] {
  return terms.every((t) => t !== "" && !t.includes(" "))
    ? terms
    : terms.join(" ").split(" ").filter(Boolean);
}

/** What MiniSearch scores a document before `search` makes it a result (see `rawResults`). */
interface RawResult {
  score: number;
  /** The query terms matched. */
  terms: string[];
}

/**
 * MiniSearch's scores by short document id, before `search` turns them into sorted result
 * objects (its `executeQuery`, what `search` calls first); undefined when this MiniSearch
 * has no such method.
 */
function rawResults(
  mini: MiniSearch<SentenceDoc>,
  text: string,
  options: MiniSearchOptions,
): Map<number, RawResult> | undefined {
  const m = mini as unknown as {
    executeQuery?: (query: string, options: MiniSearchOptions) => unknown;
  };
  if (typeof m.executeQuery !== "function") return undefined;
  const raw = m.executeQuery(text, options);
  return raw instanceof Map ? (raw as Map<number, RawResult>) : undefined;
}

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}
