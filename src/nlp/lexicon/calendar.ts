/**
 * Names of months, weekdays and feasts, lower case: capitalised words that are never names.
 * Written for this project; compromise tags them #Month and #WeekDay. (The date finder in
 * nlp/dates/ keeps its own forms with abbreviations.)
 */
import * as data from "./name-lexicon-data.js";
import { wordSet } from "./word-set.js";

export const MONTHS = wordSet(
  "january february march april may june july august september october november december",
);
export const WEEKDAYS = wordSet("monday tuesday wednesday thursday friday saturday sunday");
export const HOLIDAYS = wordSet("christmas easter");
/** Days named from today: "yesterday", "today", "tonight". */
export const RELATIVE_DAYS = wordSet("yesterday today tonight");

/**
 * Units of the calendar and parts of the day and year, as the date finder (nlp/dates/) counts
 * them: "this week", "that year", "these days" point to a time, not to something named before.
 */
export const TIME_UNITS = wordSet(
  "day days week weeks weekend month months year years decade season quarter morning afternoon evening night spring summer autumn fall winter time times",
);

/** A month, weekday or feast ("March", "Friday", "Christmas"), any case. */
export function isCalendarWord(word: string): boolean {
  const w = word.toLowerCase();
  return MONTHS.has(w) || WEEKDAYS.has(w) || HOLIDAYS.has(w);
}

/**
 * Words of time compromise (MIT; name-lexicon-data.ts) tags #WeekDay, #Month, #Date or
 * #Duration — "friday", "tomorrow", "hours", "weeks": never a speaker ("said Friday").
 */
export const TIME_WORDS = wordSet("tonight earlier later", data.TIME_WORDS);
