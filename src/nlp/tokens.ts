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
  return casedWords(text.toLowerCase());
}

/** A character outside printable ASCII (tab to "~"): a text without one has no accents to take off. */
export const BEYOND_ASCII = /[^\t-~]/;

/** The text with accents taken off its letters ("Tokaïev" → "Tokaiev"); plain ASCII as it is. */
export function withoutAccents(text: string): string {
  return BEYOND_ASCII.test(text) ? stripAccents(text) : text;
}

function stripAccents(text: string): string {
  return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
}

/** `LETTERS_OR_DIGITS` in a text of ASCII alone: the same words, matched without Unicode tables. */
const ASCII_LETTERS_OR_DIGITS = /[A-Za-z0-9]+/g;

/** Word tokens as written (letters and digits, accents off, case kept). */
export function casedWords(text: string): string[] {
  // Plain ASCII (most news text) has no accents to take off: NFKD would leave it as it is.
  if (!BEYOND_ASCII.test(text)) return text.match(ASCII_LETTERS_OR_DIGITS) ?? [];
  return stripAccents(text).match(LETTERS_OR_DIGITS) ?? [];
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

/** A dotted abbreviation of capital letters ("U.S.", "U.K.", "D.C."). */
const DOTTED = /(?<![\p{L}\p{N}.])(?:\p{Lu}\.){2,}/gu;
const TWO_CAPITALS = /\p{Lu}\.?\p{Lu}/u;
const CAPITALS_WORD = /(?<![\p{L}\p{N}])\p{Lu}{2,}(?![\p{L}\p{N}])/gu;
const LOWER_WORD = /[\p{L}\p{N}]*\p{Ll}[\p{L}\p{N}]*/gu;

/** "the U.S. and the U.K." → "the US and the UK": a dotted abbreviation written as one word. */
export function joinDotted(text: string): string {
  return TWO_CAPITALS.test(text) ? text.replace(DOTTED, (m) => m.replace(/\./g, "")) : text;
}

/**
 * The acronyms of a text (after `joinDotted`), lower case: words all in capitals ("US",
 * "NATO"), unless the text is mostly capitals (a shouted headline, where "AND" is no acronym).
 */
export function acronymsIn(text: string): Set<string> {
  const out = new Set<string>();
  if (!TWO_CAPITALS.test(text)) return out;
  const capitals = text.match(CAPITALS_WORD) ?? [];
  if (capitals.length >= 2 && capitals.length >= (text.match(LOWER_WORD)?.length ?? 0)) return out;
  for (const m of capitals) out.add(words(m).join(""));
  return out;
}
