/** What kind of figure a number is: a percentage, or an amount in a unit of measurement. */
import { CURRENCY_BEFORE_FIGURE } from "../../nlp/lexicon/currencies.js";
import { LEX_FILE, nounFileNumbers } from "../../nlp/lexicon/wordnet.js";

/**
 * A figure given as a percentage, a rate or a share: "4.2%", "5 per cent", "5 percent" — not
 * "0.25 percentage points" (a step between two rates: the margin of error, a rise), nor a
 * percentile (a rank: "the 90th percentile").
 */
export const PERCENT_FIGURE = /%|\bper ?cents?\b/i;

/** The denominators of a fraction written in words: "thirds", "a quarter", "two-fifths". */
export const FRACTION_NOUNS =
  "halves|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?";
/** The numerators: "a", "one" … "nine". */
export const FRACTION_COUNTS = "a|one|two|three|four|five|six|seven|eight|nine";
/** The "in" of a ratio's denominator ("one in five", "3 out of 10"). */
export const RATIO_BASE = "two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|\\d{1,3}";

/**
 * A share written as a fraction or a ratio in words, as news writes a share as often as a
 * percentage: "a third", "two thirds", "two-fifths", "three quarters", "one in five", "3 out of
 * 10", and "half" when it is a share of something ("half of the total", "nearly half") — not
 * "the second half" or "half-time". Tested on a figure with the words after it.
 */
export const FRACTION_FIGURE = new RegExp(
  `\\b(?:(?:${FRACTION_COUNTS})[\\s-]+(?:${FRACTION_NOUNS})|(?:one|two|three|four|five|six|seven|eight|nine|\\d{1,2})\\s+(?:in|out\\s+of)\\s+(?:${RATIO_BASE})|(?:(?:almost|about|around|nearly|roughly|over|under|more\\s+than|less\\s+than|just\\s+over|just\\s+under|only|some|fully|at\\s+least)\\s+)half|(?<!\\b(?:first|second|latter|last|the|a|an)\\s+)half(?=\\s+(?:of|the)\\b))\\b`,
  "i",
);

/** A fraction's noun alone ("thirds", "quarter"). */
export const FRACTION_NOUN = new RegExp(`^(?:${FRACTION_NOUNS})$`);

/**
 * A figure that gives a share: a percentage ("4.2%", "5 per cent") or a fraction in words
 * (FRACTION_FIGURE: "two thirds", "one in five", "half of"). `after`: the text right after the
 * figure, which tells "half of the total" from "the second half".
 */
export function isShareFigure(figure: string, after = ""): boolean {
  if (PERCENT_FIGURE.test(figure)) return true;
  // The fraction starts within the figure: "half" + " of the total", not a sum + ", two-fifths".
  const m = FRACTION_FIGURE.exec(`${figure}${after.slice(0, 12)}`);
  return !!m && m.index < figure.length;
}

/** A share's figure with a word after it ("35 percent several"): nothing past a share's unit is counted. */
export const SHARE_THEN_WORD = new RegExp(`(?:${PERCENT_FIGURE.source})\\s+\\S+$`, "i");

/**
 * A figure given as a sum of money: a currency sign or abbreviation before it ("$5m", "£40",
 * "Rs 4,800 crore", "KSh 2 billion"; nlp/lexicon/currencies.ts).
 */
export const SUM_FIGURE = new RegExp(CURRENCY_BEFORE_FIGURE, "u");

/**
 * Verbs and nouns that ask for money: "how much did it cost / was he paid / did they raise",
 * "how much is the budget" (value-check.ts askedValue; the count kind's money filter).
 */
export const MONEY_ASKED =
  /\b(?:cost|costs|costing|price|priced|worth|paid|pay|pays|paying|spend|spends|spending|spent|earn|earns|earned|earning|charge|charged|charges|owe|owes|owed|raise|raised|salary|fee|fees|money|budget|revenue|profit|loss|sales|fund|funding|donate|donated)\b/;

/** A figure that is an amount of money or a share ("$5m", "Rs 40", "12%", "5 per cent"), not a count. */
export function isSumOrShare(phrase: string): boolean {
  return SUM_FIGURE.test(phrase) || PERCENT_FIGURE.test(phrase);
}

/**
 * A question that asks for a share (lower case): "what percentage", "what proportion", "what
 * share", "how much of the firm".
 */
export function asksPercent(question: string): boolean {
  return /\bpercent|percentage|proportion|share\b|\bhow much of\b/.test(question);
}

/**
 * A number's scale, which WordNet also files as a quantity ("16 trillion", "a dozen", "three
 * score", the Indian "crore" and "lakh"): it says how big the number is, not what it measures.
 */
const SCALE = /^(?:hundred|thousand|million|billion|trillion|dozen|score|lakh|lac|crore)s?$/;

/** A number's scale word ("million" of "612 million pounds"): part of the figure, not what it counts. */
export function isScaleWord(word: string): boolean {
  return SCALE.test(word);
}

/**
 * True when a word is a unit of measurement: a noun whose commonest WordNet sense is a quantity
 * ("megawatts", "hectares", "litres"), not a number's scale ("million", "dozen", "scores").
 */
export function isUnitNoun(word: string): boolean {
  return !SCALE.test(word) && nounFileNumbers(word)[0] === LEX_FILE.nounQuantity;
}
