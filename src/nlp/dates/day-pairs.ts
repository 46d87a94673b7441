/**
 * Two days of one month written once: "April 24 and 25, 1998", "on 24 and 25 April". chrono
 * reads one of the two days; the other is a date of its own, and a year written after the pair
 * is both days' year. After "between … and" or "from … to", the two days are the ends of one
 * span ("between 24 and 26 December", "from April 24 to 26"), one date from the first to the last;
 * so are two days in a row joined by "and" ("on 27 and 28 August": the two days as a range, as the
 * dates conventions read them).
 */
import { overlaps } from "./mentions.js";
import type { RawMention } from "./types.js";

const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
/** What may follow a day that ends a date: not a noun ("April 24 and 25 people"). */
const DATE_END = String.raw`(?=\s*(?:[,.;:)]|$|\s(?:in|at|on|of|and|or|to|when|as|the|for|with|from|by|but|while|after|before)\b))`;
/** After "April 24": "and 25", "and 25, 1998". */
const SECOND = new RegExp(
  String.raw`^\s*(and|or|&|to|until|till|through)\s+${DAY}(?:,?\s+(\d{4})\b|${DATE_END})`,
  "i",
);
/** Before "25 April": "on 24 and ". */
const FIRST = new RegExp(
  String.raw`\b(on|between|from|of)\s+${DAY}\s+(and|or|&|to|until|till|through)\s+$`,
  "i",
);
const RANGE_WORDS = /^(?:between and|from (?:to|until|till|through))$/i;

export function findDayPairs(sentence: string, mentions: RawMention[]): RawMention[] {
  const out: RawMention[] = [];
  for (const m of mentions) {
    const d = m.date;
    if (m.kind !== "absolute" || !d || d.day === undefined || d.month === undefined || m.until)
      continue;
    const after = SECOND.exec(sentence.slice(m.end));
    const before = after ? null : FIRST.exec(sentence.slice(0, m.start));
    const day = Number(after ? after[2] : before?.[2]);
    if (!(day >= 1 && day <= 31) || day === d.day) continue;
    // "between April 24 and 26": the word before the date with the word joining the days.
    const opener = after
      ? /\b(between|from)\s+$/i.exec(sentence.slice(0, m.start))?.[1]
      : before?.[1];
    const joiner = (after ?? before)![after ? 1 : 3];
    const range = RANGE_WORDS.test(`${opener ?? ""} ${joiner ?? ""}`);
    if (!range && /^(?:to|until|till|through)$/i.test(joiner ?? "")) continue;
    // The day's own words, and the year after it: "25, 1998".
    const at = after ? m.end + after[0].search(/\d/) : before!.index + before![0].search(/\d/);
    const text = after
      ? after[0].slice(after[0].search(/\d/))
      : /^\d+(?:st|nd|rd|th)?/i.exec(sentence.slice(at))![0];
    if (overlaps(mentions, at, at + text.length) || overlaps(out, at, at + text.length)) continue;
    if (after?.[3]) d.year = Number(after[3]);
    const [first, last] = after ? [d.day, day] : [day, d.day];
    const inARow = /^(?:and|&)$/i.test(joiner ?? "") && last === first + 1;
    if ((range || inARow) && first < last) {
      m.start = Math.min(m.start, at);
      m.end = Math.max(m.end, at + text.length);
      m.stated = sentence.slice(m.start, m.end);
      m.date = { ...d, day: first };
      m.until = { year: d.year, month: d.month, day: last };
      continue;
    }
    out.push({
      kind: "absolute",
      stated: text,
      start: at,
      end: at + text.length,
      date: { year: d.year, month: d.month, day },
      pairOf: m,
    });
  }
  return out;
}
