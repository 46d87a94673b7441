/**
 * What kind of answer each sentence can give, as bit flags computed once per article at
 * index time: a date, a number, a cause, a place, a person, a name, an age. Questions prefer
 * sentences by these flags without looking at the text again.
 */
import type { Analysis } from "../model/analysis.js";
import { HOLIDAYS, MONTHS, RELATIVE_DAYS, TIME_UNITS, WEEKDAYS } from "../nlp/lexicon/calendar.js";

export const FLAG = {
  date: 1,
  number: 2,
  cause: 4,
  place: 8,
  person: 16,
  name: 32,
  age: 64,
} as const;
export type FlagName = keyof typeof FLAG;

export const NUMBER_WORDS =
  "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|billion|billions|dozen|dozens|half|quarter|third|twice|double|triple";
const NUMBER = new RegExp(`\\d|\\b(?:${NUMBER_WORDS})\\b`, "i");
/** A person's age in words: "two", "seventeen", "forty-five". */
export const AGE_IN_WORDS =
  "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";
/**
 * An age: "a 45-year-old", "aged 45", "45 years old" (also in words: "a seven-year-old", "two
 * years old"), set off after a name as news writes it ("Natalie Appleton, 31,", "Bell, 30,
 * had", "… and Jo Bell, 17." at the sentence's end), or the short sentence an obituary gives it in after the death ("He was 78.").
 */
export const AGE = new RegExp(
  `\\b(?:\\d{1,3}|${AGE_IN_WORDS})(?:-year-old|[ -]years?[ -]old)\\b|` +
    /\baged \d{1,3}\b|(?<=\p{Lu}[\p{L}'’-]+\s*,\s*)(?:1[01]\d|\d{1,2})(?=\s*,|\.(?!\d)\s*$)|^(?:he|she) (?:was|is) (?:1[01]\d|\d{1,2})(?= years old\b|\s*\.?$)/u
      .source,
  "iu",
);
const AGE_GATE = /\d|years?[ -]old/i;
/**
 * "since" before a point of time ("since Sunday", "since the 2019-20 season", "since last year",
 * "since then") says when something began, not why: the words of time from the calendar lexicon.
 */
const SINCE_TIME = [
  ...MONTHS,
  ...WEEKDAYS,
  ...HOLIDAYS,
  ...RELATIVE_DAYS,
  ...TIME_UNITS,
  "then",
].join("|");
export const CAUSAL = new RegExp(
  `\\b(?:because|since(?!\\s+(?:(?:the|this|last|early|late|mid)[\\s-]+)?(?:\\d|(?:${SINCE_TIME})\\b))|(?:die[sd]?|dying) (?:of|from)|as a result|due to|owing to|so that|in order to|the reason|reasons?|aim(?:s|ed)? (?:is|was|to)|so as to|thanks to|after|amid|therefore|thus|led to|caused|as (?:the|a|an|his|her|its|their|he|she|it|they|we|i|there|this|that|more|many|most)|aimed at|in a bid to|to (?:avoid|help|boost|cut|reduce|increase|ensure|prevent|protect|offset|meet|fight|tackle|counter|keep|win|gain|attract|save)|with (?:a|an) (?:[\\w-]+ )?(?:injury|problem|illness|arm|leg|knee|ankle|hamstring|back|shoulder|virus|infection)|why|blamed?|following|citing|in protest (?:at|against|over|of)|for fear|over (?:concerns?|fears?|worries|allegations?|accusations?|claims?|disputes?|complaints?|objections?)|combination of|(?:hit|hurt|helped|dampened|caused|driven|fuelled|fueled|boosted|damaged|affected|prompted|triggered|sparked|motivated|forced|offset|buoyed|dragged|held back|weighed down) by|(?:fined|punished|criticised|criticized|praised|jailed|sentenced|banned|sued|charged|arrested|thanked|rewarded|honoured|credited|dubbed|nicknamed|known|famed|famous|renowned|remembered|blamed)\\b[^.]{0,80}\\bfor)\\b`,
  "i",
);

/** The flags an article's dates and entities give its sentences (a date, a place, a person in it), one byte a sentence. */
export function mentionFlags(analysis: Analysis): Uint8Array {
  const flags = new Uint8Array(analysis.sentences.length);
  for (const d of analysis.dates)
    if (d.sentence < flags.length && !d.headline) flags[d.sentence]! |= FLAG.date;
  for (const e of analysis.entities) {
    const bit = e.kind === "place" ? FLAG.place : e.kind === "person" ? FLAG.person : 0;
    if (bit) for (const i of e.mentions) if (i < flags.length) flags[i]! |= bit;
  }
  return flags;
}

/** Made once (tsx turns a \p{…} literal inside a function into `new RegExp(…)` at every call). */
const CAPITALISED_AFTER_SPACE = /\s\p{Lu}/u;

/** The flags a sentence's own words give it (a number, a cause, a name, an age). */
export function textFlags(text: string): number {
  let f = 0;
  if (NUMBER.test(text)) f |= FLAG.number;
  if (CAUSAL.test(text)) f |= FLAG.cause;
  if (CAPITALISED_AFTER_SPACE.test(text)) f |= FLAG.name;
  // Each of AGE's forms has a digit or "year(s) old": most sentences skip it.
  if (AGE_GATE.test(text) && AGE.test(text)) f |= FLAG.age;
  return f;
}
