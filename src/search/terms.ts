/**
 * Terms as the index keeps them: lower case, accents off, stop words and one-letter words
 * out, lemmatised (irregular verbs and plurals: nlp/lexicon/irregular-verbs.ts) and Porter-stemmed (src/nlp/tokens.ts). Documents and questions go
 * through the same processing. An acronym is a term even when its letters spell a stop word
 * ("U.S." and "US" are the term "us", never the pronoun dropped), and a country's name
 * with a code adds the code ("United States" → "us"; nlp/lexicon/countries.ts), so "the
 * U.S.", "the US" and "the United States" meet.
 */
import { acronymsIn, casedWords, isStopWord, joinDotted, stem, words } from "../nlp/tokens.js";
import { countryCodes, countryFirstWords } from "../nlp/lexicon/countries.js";
import { entryBytes, Lru, MB } from "../util/lru.js";
import { lemma, singular } from "../nlp/lexicon/irregular-verbs.js";

/** Word → stem for the words seen lately (a library's vocabulary is a few MB at most). */
export const stemMemo = new Lru<string, string>(8 * MB, (word, t) => entryBytes(word, t));

/** A word as the index keeps it: null for stop words and one-letter words, else its Porter stem (cached). */
export function processTerm(word: string): string | null {
  if (word.length < 2 || isStopWord(word)) return null;
  let t = stemMemo.get(word);
  if (t === undefined) {
    t = stem(lemma(singular(word)));
    stemMemo.set(word, t);
  }
  return t;
}

/** The term of an acronym (lower case): its processed term, else itself ("us", "it"). */
export function acronymTerm(word: string): string {
  return processTerm(word) ?? word;
}

/** Multi-word country names with a code, as one pattern ("United States|United Kingdom|…"). */
let countryPattern: RegExp | undefined;
/** Made once (see nlp/tokens.ts): a capitalised word, space, a capital — maybe a multi-word name. */
const TWO_NAME_WORDS = /\p{Lu}\p{Ll}+\s+\p{Lu}/u;
const CAPITAL_FIRST = /^\p{Lu}/u;

/** The codes of the multi-word country names a text writes ("United States" → "us"). */
export function countryCodesIn(text: string): string[] {
  const codes = countryCodes();
  countryPattern ??= new RegExp(
    `\\b(?:${[...codes.keys()].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+")).join("|")})\\b`,
    "gi",
  );
  const out: string[] = [];
  for (const m of text.matchAll(countryPattern)) {
    const code = codes.get(m[0].toLowerCase().replace(/\s+/g, " "));
    if (code && CAPITAL_FIRST.test(m[0])) out.push(code);
  }
  return out;
}

/**
 * The content words of a text (lower case, accents off) and their processed terms, in order;
 * then the codes of the country names it writes.
 */
export function processed(text: string): { words: string[]; terms: string[] } {
  const kept: string[] = [];
  const out: string[] = [];
  if (!text) return { words: kept, terms: out };
  const joined = joinDotted(text);
  const acronyms = acronymsIn(joined);
  // Case tells the acronym "US" from the pronoun "us" in the same sentence.
  const tokens = acronyms.size ? casedWords(joined) : words(joined);
  let country = false;
  for (const token of tokens) {
    const w = acronyms.size ? token.toLowerCase() : token;
    country ||= countryFirstWords().has(w);
    const t = acronyms.has(w) && token !== w ? acronymTerm(w) : processTerm(w);
    if (t === null) continue;
    kept.push(w);
    out.push(t);
  }
  if (country && TWO_NAME_WORDS.test(joined))
    for (const code of countryCodesIn(joined)) {
      kept.push(code);
      out.push(code);
    }
  return { words: kept, terms: out };
}
