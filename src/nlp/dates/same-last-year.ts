/**
 * "up 3% on the same month last year", "the same month a year earlier": the month of the date just
 * given, a year before it (business and statistics news compare a month with its twin a year back),
 * not that month and last year as two dates.
 */
import type { RawMention } from "./types.js";

const A_YEAR_BACK = /^\s+(?:last\s+year|a\s+year\s+(?:earlier|ago|before))\b(?![-'’])/i;

export function takeSameMonthLastYear(sentence: string, mentions: RawMention[]): void {
  mentions.sort((a, b) => a.start - b.start);
  for (const m of mentions) {
    const rel = m.relative;
    if (!rel?.anaphoric || rel.unit !== "month" || rel.offset !== 0) continue;
    if (!/\bsame\s+month$/i.test(m.stated)) continue;
    const back = A_YEAR_BACK.exec(sentence.slice(m.end));
    if (!back) continue;
    const end = m.end + back[0].length;
    // What was read inside the words that follow ("last year", "a year earlier") is part of this date.
    for (let i = mentions.length - 1; i >= 0; i--) {
      const o = mentions[i]!;
      if (o !== m && o.start >= m.end && o.end <= end) mentions.splice(i, 1);
    }
    rel.offset = -12;
    m.end = end;
    m.stated = sentence.slice(m.start, end);
  }
}
