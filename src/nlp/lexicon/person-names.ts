/**
 * Words of people's names: first names with their gender, surnames and famous full names from
 * compromise's lexicon (MIT), many more first names with their usual gender from
 * gender-detection-from-name (MIT; less WordNet's common words and places; name-lexicon-data.ts,
 * made by `npm run gen` with scripts/build/name-lexicon.ts), and the small words
 * and capitalised words of news English that are or are not part of a name (written for this
 * project). Everything is lower case; look words up with `.toLowerCase()`.
 */
import * as data from "./name-lexicon-data.js";
import { HOLIDAYS, MONTHS, WEEKDAYS } from "./calendar.js";
import { wordSet } from "./word-set.js";

export const MALE_NAMES = wordSet("", data.MALE_NAMES);
export const FEMALE_NAMES = wordSet("", data.FEMALE_NAMES);
export const UNISEX_NAMES = wordSet("", data.FIRST_NAMES);
/** First names compromise does not know ("Jeb", "Kellyanne") or gives no gender ("Bob", "Grace"), by their usual gender. */
const MORE_MALE_NAMES = wordSet("", data.MORE_MALE_NAMES);
const MORE_FEMALE_NAMES = wordSet("", data.MORE_FEMALE_NAMES);
export const LAST_NAMES = wordSet("", data.LAST_NAMES);
/** Full names ("bill gates") and a few single famous names ("ferguson"). */
export const FULL_NAMES = wordSet("", data.FULL_NAMES);
/** Those of one word that WordNet knows as nothing but a person, if at all ("rihanna", not "virginia"). */
export const ONE_WORD_NAMES = wordSet("", data.ONE_WORD_NAMES);

/** Small words inside names: "Ruud van Nistelrooy", "Osama bin Laden". */
export const NAME_PARTICLES = wordSet(
  "van von de der den du da di la le bin ibn al el dos das del della ter ten",
);

/** Capitalised words that never start or continue a name: the calendar's and "I". */
export const NOT_NAME_WORDS = new Set([
  ...MONTHS,
  ...WEEKDAYS,
  ...HOLIDAYS,
  ...wordSet("i i'm i've i'd i'll"),
]);

/** First names that are also common words ("Bill", "Hope"), by their usual gender. */
const WORD_MALE_NAMES = wordSet("", data.WORD_MALE_NAMES);
const WORD_FEMALE_NAMES = wordSet("", data.WORD_FEMALE_NAMES);

/**
 * The usual gender of the first word of a name already known to be a person's: a first name's
 * ("Jeb") or a common word's that is also a first name ("Bill Clinton", "Beau Biden").
 */
export function givenNameGender(word: string): "m" | "f" | "u" | undefined {
  const g = firstNameGender(word);
  if (g) return g;
  const w = word.toLowerCase();
  if (WORD_MALE_NAMES.has(w)) return "m";
  if (WORD_FEMALE_NAMES.has(w)) return "f";
  return undefined;
}

/** "m", "f" or "u" (either) for a known first name. */
export function firstNameGender(word: string): "m" | "f" | "u" | undefined {
  const w = foldAccents(word.toLowerCase());
  if (MALE_NAMES.has(w)) return "m";
  if (FEMALE_NAMES.has(w)) return "f";
  if (MORE_MALE_NAMES.has(w)) return "m";
  if (MORE_FEMALE_NAMES.has(w)) return "f";
  if (UNISEX_NAMES.has(w)) return "u";
  // "Eva-Maria", "Jean-Pierre": a double first name is its first part's.
  const dash = w.indexOf("-");
  return dash > 1 ? firstNameGender(w.slice(0, dash)) : undefined;
}

/** "françois" → "francois", "josé" → "jose": the name lists are written without accents. */
function foldAccents(w: string): string {
  return /^[a-z]*$/.test(w) ? w : w.normalize("NFD").replace(/\p{M}/gu, "");
}
