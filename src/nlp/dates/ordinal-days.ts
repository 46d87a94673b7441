/**
 * A day of the month written alone as an ordinal ("on the 15th", "by the 3rd", "between the 2nd
 * and the 9th"), and a month with its day after "the" ("December the 3rd"). News writes the lone
 * ordinal once a month has been named ("Talks began on November 12. On the 15th, …"); it is that
 * month's day, or, with no month before it, the day of the article's month the tense points at.
 * Not a century, a floor, an anniversary or a regiment ("the 15th century", "the 3rd Battalion"):
 * only an ordinal after a preposition of time and before punctuation or a function word.
 */
import { PREPOSITIONS, CONJUNCTIONS } from "../lexicon/function-words.js";
import { overlaps } from "./mentions.js";
import type { RawMention } from "./types.js";
import { MONTH_WORD } from "./words.js";

const MONTH_AT_END = new RegExp(`${MONTH_WORD.source}$`, "i");

const ORDINAL =
  /\b(on|by|until|till|from|since|before|after|between|and|to|through|or)\s+the\s+(\d{1,2})(st|nd|rd|th)\b/gi;

/** The English suffix of an ordinal number: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st. */
export function ordinalSuffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return "th";
  return ["th", "st", "nd", "rd"][n % 10] ?? "th";
}

/** What may follow a lone ordinal day: the sentence's punctuation or a function word, never a noun. */
function endsThere(after: string): boolean {
  if (/^\s*(?:[,.;:!?)—–]|$)/.test(after)) return true;
  // "between the 30th and 95th in the world": a rank, unless the second is a day that ends there too.
  const next = /^\s+(?:and|or|to|through|until)\s+(?:the\s+)?(\d+)(?:st|nd|rd|th)\b/i.exec(after);
  if (next) return Number(next[1]) <= 31 && endsThere(after.slice(next[0].length));
  const word = /^\s+([a-z]+)\b/.exec(after)?.[1];
  return word !== undefined && (PREPOSITIONS.has(word) || CONJUNCTIONS.has(word)) && word !== "of";
}

/** "on the 15th": a day of an unnamed month, found where no other date was read. */
export function findOrdinalDays(sentence: string, taken: RawMention[]): RawMention[] {
  const out: RawMention[] = [];
  for (const m of sentence.matchAll(ORDINAL)) {
    const n = Number(m[2]);
    if (n < 1 || n > 31 || (m[3] ?? "").toLowerCase() !== ordinalSuffix(n)) continue;
    const start = m.index + (m[1] ?? "").length + 1;
    const end = m.index + m[0].length;
    if (overlaps(taken, start, end) || !endsThere(sentence.slice(end))) continue;
    // "between the 2nd and the 9th", "and the 3rd": only beside another such day.
    const last = out[out.length - 1];
    if (/^(?:and|or|to|through)$/i.test(m[1] ?? "") && !(last && m.index - last.end <= 1)) continue;
    out.push({
      kind: "relative",
      stated: sentence.slice(start, end),
      start,
      end,
      relative: { unit: "day", offset: null, dayOfMonth: n, anaphoric: true },
    });
    // "on the 9th and 10th": the second day written without "the".
    const second = /^\s+(?:and|or|to|through|until)\s+(\d{1,2})(st|nd|rd|th)\b/i.exec(
      sentence.slice(end),
    );
    const k = Number(second?.[1]);
    if (second && k >= 1 && k <= 31 && second[2]!.toLowerCase() === ordinalSuffix(k)) {
      const to = end + second[0].length;
      const from = to - second[1]!.length - second[2]!.length;
      if (!overlaps(taken, from, to))
        out.push({
          kind: "relative",
          stated: sentence.slice(from, to),
          start: from,
          end: to,
          relative: { unit: "day", offset: null, dayOfMonth: k, anaphoric: true },
        });
    }
  }
  return out;
}

/** "December the 3rd": chrono reads the month alone; the day after "the" is its day. */
export function takeDayAfterMonth(sentence: string, mentions: RawMention[]): void {
  for (const m of mentions) {
    const d = m.date;
    if (m.kind !== "absolute" || d?.month === undefined || d.day !== undefined) continue;
    if (!MONTH_AT_END.test(m.stated)) continue;
    const x = /^\s+the\s+(\d{1,2})(st|nd|rd|th)\b/i.exec(sentence.slice(m.end));
    const n = Number(x?.[1]);
    if (!x || n < 1 || n > 31 || x[2]!.toLowerCase() !== ordinalSuffix(n)) continue;
    const end = m.end + x[0].length;
    if (mentions.some((o) => o !== m && o.start < end && m.end < o.end)) continue;
    m.date = { ...d, day: n };
    m.end = end;
    m.stated = sentence.slice(m.start, end);
  }
}

/** "the 1st of this month", "the 15th of next month": that day of the month counted from the article's. */
export function takeOrdinalOfMonth(sentence: string, mentions: RawMention[]): void {
  const re = /\bthe\s+(\d{1,2})(st|nd|rd|th)\s+of\s+(this|next|last)\s+month\b(?!['’])/gi;
  for (const x of sentence.matchAll(re)) {
    const n = Number(x[1]);
    if (n < 1 || n > 31 || (x[2] ?? "").toLowerCase() !== ordinalSuffix(n)) continue;
    const start = x.index;
    const end = start + x[0].length;
    const inside = mentions.filter((m) => m.start < end && start < m.end);
    if (inside.some((m) => m.kind !== "relative" || m.start < start || m.end > end)) continue;
    for (const m of inside) mentions.splice(mentions.indexOf(m), 1);
    const word = (x[3] ?? "").toLowerCase();
    mentions.push({
      kind: "relative",
      stated: x[0],
      start,
      end,
      relative: {
        unit: "month",
        offset: word === "last" ? -1 : word === "next" ? 1 : 0,
        dayOfMonth: n,
      },
    });
  }
}
