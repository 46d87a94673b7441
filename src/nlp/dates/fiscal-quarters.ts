/**
 * A company that states where its year of accounts ends ("the fiscal year ended June 30", "its
 * financial year ends in March") numbers its quarters and halves from the month after: its "third
 * quarter" is the three calendar months that quarter covers (fiscal year to June: January to
 * March), not the calendar's third quarter.
 */
import type { Sentence } from "../../model/analysis.js";
import type { RawMention } from "./types.js";
import { MONTH_NUMBER, MONTH_OR_SHORT } from "./words.js";

const YEAR_ENDS = new RegExp(
  String.raw`\b(?:fiscal|financial)\s+year\s+(?:that\s+|which\s+)?(?:ended|ending|ends|runs\s+(?:through|to|until))\s+(?:on\s+|in\s+)?${MONTH_OR_SHORT}\b`,
  "i",
);

/** The month the article's year of accounts ends in, when it states one other than December. */
function fiscalYearEnd(sentences: Sentence[]): number | undefined {
  const ends = new Set<number>();
  for (const s of sentences) {
    const m = YEAR_ENDS.exec(s.text);
    const month = m && MONTH_NUMBER[m[1]!.toLowerCase().replace(/\.$/, "")];
    if (month) ends.add(month);
  }
  // Two companies with two year ends: which one a quarter is, the article does not say here.
  const [end] = ends;
  return ends.size === 1 && end !== 12 ? end : undefined;
}

/** Year-less quarters and halves moved to the calendar months of the stated year of accounts. */
export function fiscalQuarters(mentions: RawMention[], sentences: Sentence[]): void {
  const parts = mentions.filter(
    (m) =>
      m.period &&
      m.date?.month !== undefined &&
      m.until?.month !== undefined &&
      !/\bcalendar\b/i.test(m.stated),
  );
  if (!parts.length) return;
  const end = fiscalYearEnd(sentences);
  if (end === undefined) return;
  const calendar = (month: number) => ((end + month - 1) % 12) + 1;
  for (const m of parts) {
    m.date = { ...m.date, month: calendar(m.date!.month!) };
    m.until = { ...m.until, month: calendar(m.until!.month!) };
  }
}
