/**
 * Money as news around the world writes it: a currency sign (any Unicode currency symbol: $ £ €
 * ¥ ₹ ₦ ₵ ₩ …), a currency's name or code (compromise's #Currency words: "rupees", "shillings",
 * "inr"), and the abbreviations and scales of South Asian and East African papers that compromise
 * lacks ("Rs 4,800 crore", "Sh193.84", "KSh 2 billion", "12 lakh"), and the South African rand's
 * "R900 million" (typed: docs/lexicon.md).
 */
import * as data from "./compromise-tags-data.js";

/** Names typed here beside compromise's: the ones British and US news use most, and those it lacks. */
const TYPED_NAMES =
  "pounds?|dollars?|euros?|pence|cents?|yen|yuan|rupees?|francs?|pesos?|sterling|naira|cedis?|rand|ringgit|taka|rupiah";

/** A currency's name or code, as a regex alternation. */
const NAMES = `${TYPED_NAMES}|${data.CURRENCIES}`;

/**
 * South African rand, "R" before a figure, only with its thousands or its scale ("R45 000",
 * "R1,200", "R900 million", "R2.5bn"): a bare "R445" is a road or a form as often as a sum.
 */
const RAND = String.raw`\bR(?=\d{1,3}(?:[ ,\u00a0]\d{3})+(?!\d)|\d+(?:\.\d+)?\s?(?:million|billion|trillion|bn|m)\b)`;

/** "Rs 4,800", "Rs. 50", "Sh193.84", "KSh 2", "R900 million": an abbreviation written before a figure. */
const BEFORE_FIGURE = String.raw`(?:\p{Sc}|\b(?:Rs\.?|KSh|Ksh|Sh|INR|KES|NGN|USD)\s?(?=\d)|${RAND})`;

/** A currency sign or abbreviation written before a figure, as a regex source (no groups). */
export const CURRENCY_BEFORE_FIGURE = BEFORE_FIGURE;

/** South Asian scales: "4,800 crore" (ten million), "12 lakh" (a hundred thousand). */
export const SOUTH_ASIAN_SCALES = "crores?|lakhs?|lacs?";

/** A sum of money as written: a currency sign, an abbreviation before a figure, or a currency's name. */
export const CASH = new RegExp(String.raw`${BEFORE_FIGURE}|\b(?:${NAMES})\b`, "iu");

/** Money or a sum's scale ("$5", "Rs 40 crore", "2 billion"). */
export const MONEY = new RegExp(
  String.raw`${BEFORE_FIGURE}|\b(?:${NAMES}|bn|billion|million|${SOUTH_ASIAN_SCALES})\b`,
  "iu",
);

/** What an amount of money may end in: its scale or its currency ("$5 million", "Rs 4,800 crore"). */
export const CURRENCY_END = new RegExp(
  String.raw`^(?:[\p{Sc}\d].*|bn|m|k|million|billion|trillion|thousand|hundred|marks?|p|${SOUTH_ASIAN_SCALES}|${NAMES})$`,
  "iu",
);
