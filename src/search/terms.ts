/**
 * Terms as the index keeps them: lower case, accents off, stop words and one-letter words
 * out, lemmatised and Porter-stemmed (src/nlp/tokens.ts). Documents and questions go
 * through the same processing.
 */
import { isStopWord, stem, words } from "../nlp/tokens.js";
import { entryBytes, Lru, MB } from "../util/lru.js";
import { lemma } from "../nlp/lexicon/irregular-verbs.js";

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
