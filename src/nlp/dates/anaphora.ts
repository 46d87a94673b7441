/**
 * Dates named by pointing back at the last date the article gave: "that year", "later that
 * year", "the same day", "earlier that month". They take that date's year, month or day.
 */
import { overlaps } from "./mentions.js";
import type { RawMention } from "./types.js";

const BACK =
  /\b(?:(?:earlier|later)\s+(?:in\s+)?)?(?:that\s+(?:same\s+)?|the\s+same\s+)(year|month|day)\b(?![-'’])/gi;

export function findAnaphora(sentence: string, taken: RawMention[]): RawMention[] {
  const out: RawMention[] = [];
  for (const m of sentence.matchAll(BACK)) {
    const end = m.index + m[0].length;
    if (overlaps(taken, m.index, end)) continue;
    // "that day" is a date; "that day's vote" too; "that year's budget" names a period, also fine.
    const unit = (m[1] ?? "").toLowerCase() as "year" | "month" | "day";
    out.push({
      kind: "relative",
      stated: m[0],
      start: m.index,
      end,
      relative: { unit, offset: 0, anaphoric: true },
    });
  }
  return out;
}
