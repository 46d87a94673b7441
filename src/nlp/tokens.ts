import { stemmer } from "stemmer";
import { entryBytes, Lru, MB } from "../util/lru.js";
import { STOP_WORDS } from "./lexicon/function-words.js";

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word.toLowerCase());
}

/**
 * Patterns with \p{…} used inside functions are made once here: tsx and esbuild turn such a
 * literal into `new RegExp(…)`, made again at every call.
 */
const LETTERS_OR_DIGITS = /[\p{L}\p{N}]+/gu;

/** Lower-case word tokens (letters and digits, inner apostrophes and hyphens split). */
export function words(text: string): string[] {
  return (
    text
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .match(LETTERS_OR_DIGITS) ?? []
  );
}

/** Word → Porter stem, for the words seen lately: an article uses its words again and again. */
const stems = new Lru<string, string>(2 * MB, (word, s) => entryBytes(word, s));

export function stem(word: string): string {
  const lower = word.toLowerCase();
  let s = stems.get(lower);
  if (s === undefined) {
    s = stemmer(lower);
    stems.set(lower, s);
  }
  return s;
}

/** Content terms: lower-case, stop words removed, Porter-stemmed. */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    if (w.length < 2 || STOP_WORDS.has(w)) continue;
    out.push(stem(w));
  }
  return out;
}
