/**
 * Words of people's names: first names with their gender, surnames and famous full names from
 * compromise's lexicon (MIT; name-lexicon-data.ts, made by `npm run gen`), and the small words
 * and capitalised words of news English that are or are not part of a name (written for this
 * project). Everything is lower case; look words up with `.toLowerCase()`.
 */
import * as data from "./name-lexicon-data.js";
import { HOLIDAYS, MONTHS, WEEKDAYS } from "./calendar.js";
import { wordSet } from "./word-set.js";

export const MALE_NAMES = wordSet("", data.MALE_NAMES);
export const FEMALE_NAMES = wordSet("", data.FEMALE_NAMES);
export const UNISEX_NAMES = wordSet("", data.FIRST_NAMES);
export const LAST_NAMES = wordSet("", data.LAST_NAMES);
/** Full names ("bill gates") and a few single famous names ("ferguson"). */
export const FULL_NAMES = wordSet("", data.FULL_NAMES);

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

/** "m", "f" or "u" (either) for a known first name. */
export function firstNameGender(word: string): "m" | "f" | "u" | undefined {
  const w = word.toLowerCase();
  if (MALE_NAMES.has(w)) return "m";
  if (FEMALE_NAMES.has(w)) return "f";
  if (UNISEX_NAMES.has(w)) return "u";
  return undefined;
}
