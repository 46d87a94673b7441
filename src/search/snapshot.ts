/**
 * The index as plain data, for saving it (store.ts) and loading it again instead of
 * building it: MiniSearch's own JSON, plus the counts, vocabulary, name keys and acronyms.
 */
import MiniSearch, { type AsPlainObject } from "minisearch";
import type { Analysis } from "../model/analysis.js";
import { MINI_OPTIONS, type ArticleEntry, type IndexData, type SentenceDoc } from "./index-data.js";

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

export function snapshotOf(data: IndexData): IndexSnapshot {
  const entries = [...data.articles.values()];
  const place = new Map(entries.map((e, i) => [e, i]));
  return {
    nextId: data.nextId,
    articles: entries.map((e) => [
      e.id,
      e.analysis.article.file,
      e.analysis.article.hash,
      e.firstDoc,
      [...e.flags],
    ]),
    df: [...data.df],
    vocabulary: data.vocabulary.entries(),
    names: [...data.names].map(([k, set]) => [k, [...set].map((e) => place.get(e)!)]),
    acronyms: [...data.acronyms].map(([k, byArticle]) => [
      k,
      [...byArticle].map(([e, name]): [number, string] => [place.get(e)!, name]),
    ]),
    mini: data.mini.toJSON(),
  };
}

/**
 * Loads a snapshot into an empty index when it holds exactly these analyses (same id, file
 * and content hash); false when it does not fit or cannot be read (the index stays empty).
 */
export function restoreSnapshot(
  data: IndexData,
  snapshot: IndexSnapshot,
  waiting: Analysis[],
): boolean {
  if (waiting.length !== snapshot.articles.length) return false;
  const byId = new Map(waiting.map((a) => [a.article.id, a]));
  if (
    !snapshot.articles.every(
      ([id, file, hash]) =>
        byId.get(id)?.article.file === file && byId.get(id)?.article.hash === hash,
    )
  )
    return false;
  let mini: MiniSearch<SentenceDoc>;
  try {
    mini = MiniSearch.loadJS<SentenceDoc>(snapshot.mini, MINI_OPTIONS);
  } catch {
    return false; // not what this code saves: build the index instead
  }
  data.mini = mini;
  const entries = snapshot.articles.map(([id, , , firstDoc, flags]): ArticleEntry => {
    const analysis = byId.get(id)!;
    const entry: ArticleEntry = { id, analysis, firstDoc, flags: Uint8Array.from(flags) };
    data.articles.set(id, entry);
    for (let i = 0; i < analysis.sentences.length; i++)
      data.refs.set(firstDoc + i, { entry, sentence: i });
    data.sentences += analysis.sentences.length;
    return entry;
  });
  for (const [t, n] of snapshot.df) data.df.set(t, n);
  data.vocabulary.addEntries(snapshot.vocabulary);
  for (const [k, places] of snapshot.names)
    data.names.set(k, new Set(places.map((i) => entries[i]!)));
  for (const [k, byArticle] of snapshot.acronyms)
    data.acronyms.set(k, new Map(byArticle.map(([i, name]) => [entries[i]!, name])));
  data.nextId = snapshot.nextId;
  return true;
}
