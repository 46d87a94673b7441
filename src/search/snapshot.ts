/**
 * The index as plain data, for saving it (store.ts) and loading it again instead of
 * building it: its strings in lists, every number in one Int32Array, read back in the
 * order they were written. MiniSearch's own tables are copied as they are (see
 * mini-internals.ts). Loading is a series of small steps (`restoreSteps`, a generator), so
 * that it can go a few milliseconds at a time between answers.
 */
import type { Analysis } from "../model/analysis.js";
import { IndexData, MINI_OPTIONS, type ArticleEntry } from "./index-data.js";
import { internalsOf, type Postings } from "./mini-internals.js";
import { FilledOnUse } from "./filled-on-use.js";

/** Everything the index holds, as plain data: what `snapshotOf` gives and `restoreSteps` takes. */
export interface IndexSnapshot {
  head: SnapshotHead;
  /** Ids of the articles. */
  articles: string[];
  /** MiniSearch's terms (`head.indexTerms` of them), then the counted terms it does not hold. */
  terms: string[];
  /** The vocabulary's words. */
  words: string[];
  /** Name keys. */
  names: string[];
  /** Initials and name of each acronym, in turn. */
  acronyms: string[];
  /** Every number, in the order `restoreSteps` reads them. */
  numbers: Int32Array;
}

export interface SnapshotHead {
  nextId: number;
  indexTerms: number;
  documentCount: number;
  miniNextId: number;
  dirtCount: number;
  averageFieldLength: number[];
}

const FIELDS = MINI_OPTIONS.fields.length;
/** Map entries a step of `restoreSteps` (about a millisecond). */
const STEP = 8192;

/** Undefined when MiniSearch's tables are not what this code knows (see mini-internals.ts). */
export function snapshotOf(data: IndexData): IndexSnapshot | undefined {
  const mini = internalsOf(data.mini);
  if (!mini || mini._storedFields.size) return undefined;
  const numbers: number[] = [mini._documentIds.size];
  for (const [short, id] of mini._documentIds) {
    if (typeof id !== "number") return undefined;
    numbers.push(short, id);
  }
  numbers.push(mini._fieldLength.size);
  for (const [short, lengths] of mini._fieldLength) {
    numbers.push(short);
    for (let f = 0; f < FIELDS; f++) numbers.push(lengths[f] ?? -1);
  }
  const terms: string[] = [];
  for (const [term, postings] of mini._index) {
    terms.push(term);
    numbers.push(postings.size);
    for (const [field, docs] of postings) {
      numbers.push(field, docs.size);
      for (const [doc, n] of docs) numbers.push(doc, n);
    }
  }
  const indexTerms = terms.length;
  const termPlace = new Map(terms.map((t, i) => [t, i]));
  numbers.push(data.df.size);
  for (const [t, n] of data.df) {
    let p = termPlace.get(t);
    if (p === undefined) termPlace.set(t, (p = terms.push(t) - 1));
    numbers.push(p, n);
  }
  const vocabulary = data.vocabulary.entries();
  for (const [, n] of vocabulary) numbers.push(n);
  const entries = [...data.articles.values()];
  const place = new Map(entries.map((e, i) => [e, i]));
  for (const e of entries) {
    numbers.push(e.firstDoc, e.flags.length);
    for (const f of e.flags) numbers.push(f);
  }
  for (const set of data.names.values()) {
    numbers.push(set.size);
    for (const e of set) numbers.push(place.get(e)!);
  }
  const acronyms: string[] = [];
  for (const [initials, byArticle] of data.acronyms)
    for (const [e, name] of byArticle) {
      acronyms.push(initials, name);
      numbers.push(place.get(e)!);
    }
  return {
    head: {
      nextId: data.nextId,
      indexTerms,
      documentCount: data.mini.documentCount,
      miniNextId: mini._nextId,
      dirtCount: mini._dirtCount,
      averageFieldLength: mini._avgFieldLength,
    },
    articles: entries.map((e) => e.id),
    terms,
    words: vocabulary.map(([w]) => w),
    names: [...data.names.keys()],
    acronyms,
    numbers: Int32Array.from(numbers),
  };
}

/**
 * Loads a snapshot into a new index a step at a time (a millisecond or so each); its value
 * at the end is the index, or undefined when the snapshot does not hold exactly these
 * analyses (same ids) or MiniSearch's tables are not what this code knows. Throws when the
 * snapshot is malformed.
 */
export function* restoreSteps(
  snapshot: IndexSnapshot,
  waiting: readonly Analysis[],
): Generator<void, IndexData | undefined> {
  const byId = new Map(waiting.map((a) => [a.article.id, a]));
  if (waiting.length !== snapshot.articles.length || !snapshot.articles.every((id) => byId.has(id)))
    return undefined;
  const data = new IndexData();
  const mini = internalsOf(data.mini);
  if (!mini) return undefined;
  const { head } = snapshot;
  const numbers = snapshot.numbers;
  const read = numberReader(numbers);
  let work = 0;

  // the two biggest tables are read straight from the array (a block's end checked once)
  for (let n = read(), at = read.block(2 * n); n > 0; n--, at += 2) {
    mini._documentIds.set(numbers[at]!, numbers[at + 1]!);
    if (++work % STEP === 0) yield;
  }
  const documentIds = mini._documentIds;
  mini._idToShortId = new FilledOnUse((byId) => {
    for (const [short, id] of documentIds) byId.set(id, short);
  });
  for (let n = read(), at = read.block((1 + FIELDS) * n); n > 0; n--) {
    const short = numbers[at++]!;
    const lengths: number[] = [];
    for (let f = 0; f < FIELDS; f++, at++) if (numbers[at]! >= 0) lengths[f] = numbers[at]!;
    mini._fieldLength.set(short, lengths);
    if (++work % STEP === 0) yield;
  }
  mini._documentCount = head.documentCount;
  mini._nextId = head.miniNextId;
  mini._dirtCount = head.dirtCount;
  mini._avgFieldLength = head.averageFieldLength;

  const term = (i: number) => stringAt(snapshot.terms, i);
  for (let t = 0; t < head.indexTerms; t++) {
    const at = read.at;
    read.at = skipPostings(numbers, at);
    mini._index.set(term(t), new FilledOnUse((postings) => readPostings(numbers, at, postings)));
    work += 8; // a tree path and a closure
    if (work >= STEP) {
      work = 0;
      yield;
    }
  }
  for (let n = read(); n > 0; n--) {
    data.df.set(term(read()), read());
    if (++work % STEP === 0) yield;
  }
  for (const word of snapshot.words) {
    data.vocabulary.addCounted(word, read());
    if (++work % STEP === 0) yield;
  }

  const entries: ArticleEntry[] = [];
  for (const id of snapshot.articles) {
    const analysis = byId.get(id)!;
    const firstDoc = read();
    const flags = new Uint8Array(read());
    for (let i = 0; i < flags.length; i++) flags[i] = read();
    const entry: ArticleEntry = { id, analysis, firstDoc, flags };
    entries.push(entry);
    data.articles.set(id, entry);
    const count = analysis.sentences.length;
    for (let i = 0; i < count; i++) data.refs.set(firstDoc + i, { entry, sentence: i });
    data.sentences += count;
    work += count;
    if (work >= STEP) {
      work = 0;
      yield;
    }
  }
  const entry = (i: number) => {
    const e = entries[i];
    if (!e) throw new RangeError(`no article ${i} in the saved index`);
    return e;
  };
  for (const key of snapshot.names) {
    const set = new Set<ArticleEntry>();
    for (let n = read(); n > 0; n--) set.add(entry(read()));
    data.names.set(key, set);
    if (++work % STEP === 0) yield;
  }
  for (let i = 0; i < snapshot.acronyms.length; i += 2) {
    const initials = stringAt(snapshot.acronyms, i);
    let byArticle = data.acronyms.get(initials);
    if (!byArticle) data.acronyms.set(initials, (byArticle = new Map()));
    byArticle.set(entry(read()), stringAt(snapshot.acronyms, i + 1));
    if (++work % STEP === 0) yield;
  }
  if (!read.atEnd()) throw new RangeError("the saved index has numbers left over");
  data.nextId = head.nextId;
  return data;
}

/**
 * Checks a term's postings from `at` (how many fields, then for each its id, how many
 * documents and two numbers a document) and gives where the next term's start; throws when
 * they run past the end.
 */
function skipPostings(numbers: Int32Array, at: number): number {
  let fields = numbers[at++];
  for (; fields !== undefined && fields > 0; fields--) {
    const n = numbers[at + 1];
    if (n === undefined || n < 0) break;
    at += 2 + 2 * n;
  }
  if (fields === undefined || fields > 0 || at > numbers.length)
    throw new RangeError("the saved index ends early");
  return at;
}

/** A term's postings as `skipPostings` found them. */
function readPostings(numbers: Int32Array, at: number, postings: Postings): void {
  for (let fields = numbers[at++]!; fields > 0; fields--) {
    const field = numbers[at++]!;
    const docs = new Map<number, number>();
    for (let n = numbers[at++]!; n > 0; n--, at += 2) docs.set(numbers[at]!, numbers[at + 1]!);
    postings.set(field, docs);
  }
}

function stringAt(list: readonly string[], i: number): string {
  const s = list[i];
  if (typeof s !== "string") throw new RangeError(`no string ${i} in the saved index`);
  return s;
}

/**
 * Reads the numbers one after the other (`at` is where the next is), or a block of them
 * (`block` gives where it starts); throws past the end.
 */
function numberReader(
  numbers: Int32Array,
): (() => number) & { at: number; block(count: number): number; atEnd(): boolean } {
  const block = (count: number) => {
    const start = read.at;
    if (count < 0 || start + count > numbers.length)
      throw new RangeError("the saved index ends early");
    read.at += count;
    return start;
  };
  const read = Object.assign(() => numbers[block(1)]!, {
    at: 0,
    block,
    atEnd: () => read.at === numbers.length,
  });
  return read;
}
