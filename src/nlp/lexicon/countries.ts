/**
 * The names of each country as news writes them (countries-data.ts: world-countries and
 * WordNet, see scripts/build/countries.ts): "Russia" ~ "Russian" ~ "Moscow", "United States" ~
 * "US" ~ "U.S." ~ "American" ~ "Washington". A country's code counts only when it is the
 * initials of one of its names ("US", "UK", "UAE"; not "NO" for Norway or "IT" for Italy).
 * Other places come with their adjectives ("Scotland" ~ "Scottish", "Texas" ~ "Texan").
 */
import { COUNTRIES } from "./countries-data.js";

/** Words that do not count in initials ("United States of America" → "USA"). */
const SMALL = new Set(["of", "the", "and"]);

interface Tables {
  /** Lower-case word or code → the other words and codes of its country (lower case). */
  related: Map<string, Set<string>>;
  /** Lower-case multi-word name → its code ("united states" → "us"). */
  codes: Map<string, string>;
  /** The codes that count ("us", "usa", "uk", "gb", "uae" …). */
  codeSet: Set<string>;
  /** The first words of the names in `codes` ("united", "people"). */
  firstWords: Set<string>;
  /** Lower-case multi-word name → the words and codes of its country ("great britain" → "uk", "britain" …). */
  phrases: Map<string, Set<string>>;
}
let tables: Tables | undefined;

function initials(name: string): string {
  return name
    .split(" ")
    .filter((w) => !SMALL.has(w.toLowerCase()))
    .map((w) => w[0]!.toLowerCase())
    .join("");
}

function build(): Tables {
  const related = new Map<string, Set<string>>();
  const codes = new Map<string, string>();
  const phraseWords = new Map<string, Set<string>>();
  for (const line of COUNTRIES.split("\n")) {
    const names = line.split("|");
    const phrases = names.filter((n) => n.includes(" "));
    const words = new Set<string>();
    for (const n of names) {
      const code = n.replace(/\./g, "");
      if (/^[A-Z]{2,}$/.test(code)) {
        const lower = code.toLowerCase();
        const of = phrases.filter((p) => initials(p) === lower);
        if (!of.length) continue;
        words.add(lower);
        for (const p of of) if (!codes.has(p.toLowerCase())) codes.set(p.toLowerCase(), lower);
      } else if (/^[A-Za-z]+$/.test(n)) words.add(n.toLowerCase());
    }
    for (const p of phrases) {
      let set = phraseWords.get(p.toLowerCase());
      if (!set) phraseWords.set(p.toLowerCase(), (set = new Set()));
      for (const w of words) set.add(w);
    }
    for (const w of words) {
      let set = related.get(w);
      if (!set) related.set(w, (set = new Set()));
      for (const x of words) if (x !== w) set.add(x);
    }
  }
  const firstWords = new Set([...codes.keys()].map((n) => n.split(/[^a-z]/)[0]!));
  return { related, codes, codeSet: new Set(codes.values()), firstWords, phrases: phraseWords };
}

/** The other names of the country a lower-case word names ("russian" → "russia", "moscow" …). */
export function countryNames(word: string): ReadonlySet<string> {
  tables ??= build();
  return tables.related.get(word) ?? new Set();
}

/**
 * The one-word names and codes of a place named in lower case, itself too when it is one word:
 * "great britain" → "uk", "britain", "british", "london"; "scotland" → "scotland", "scottish".
 */
export function placeNames(name: string): ReadonlySet<string> {
  tables ??= build();
  if (!name.includes(" ")) return new Set([name, ...countryNames(name)]);
  return tables.phrases.get(name) ?? new Set();
}

/** Whether a lower-case word is a country's code ("us", "uk"): an acronym, whatever its case. */
export function isCountryCode(word: string): boolean {
  tables ??= build();
  return tables.codeSet.has(word);
}

/** Multi-word country names with a code, lower case ("united states" → "us"). */
export function countryCodes(): ReadonlyMap<string, string> {
  tables ??= build();
  return tables.codes;
}

/** The first words of the multi-word country names with a code ("united" …), lower case. */
export function countryFirstWords(): ReadonlySet<string> {
  tables ??= build();
  return tables.firstWords;
}
