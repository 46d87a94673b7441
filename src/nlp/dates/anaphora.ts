/**
 * Dates named by pointing back at the last date the article gave: "that year", "later that
 * year", "the same day", "the next morning", "the following month", "the day before". They
 * take that date's year, month or day, moved by the offset the words give ("the day before the
 * hearing" points at the hearing, not at a date, and is left out).
 */
import {
  addDays,
  addMonths,
  isoDay,
  isoMonth,
  isoYear,
  isValidDay,
  parseIsoDay,
  weekday,
  ymd,
} from "./calendar.js";
import { isSpeechVerb } from "../lexicon/reporting-verbs.js";
import { overlaps } from "./mentions.js";
import type { Resolved } from "./resolve-absolute.js";
import type { RawMention, Relative } from "./types.js";
import { amount, NUMBER } from "./words.js";
import { opensSentence } from "./year-phrases.js";

type Unit = "year" | "month" | "week" | "day";

/**
 * A verb of saying or thinking before "that" opens a clause ("said that morning trains were late",
 * "believed that night shifts …"): "that" is no pointer back there (reporting-verbs.ts's list).
 */
function opensThatClause(before: string): boolean {
  const verb = /([a-z]+)\s+$/i.exec(before)?.[1]?.toLowerCase();
  return !!verb && isSpeechVerb(verb);
}

const PATTERNS: { re: RegExp; offset: number; near?: true; notAfterSaying?: true }[] = [
  {
    re: /\b(?:(?:earlier|later)\s+(?:in\s+)?)?(?:that\s+(?:same\s+)?|the\s+same\s+)(year|month|day)\b(?![-'’])/gi,
    offset: 0,
  },
  { re: /\b(?:earlier|later)\s+in\s+the\s+(day)\b(?![-'’])/gi, offset: 0 },
  {
    re: /\bthe\s+(?:next|following)\s+(day|morning|afternoon|evening|night|month|year)\b(?![-'’])/gi,
    offset: 1,
  },
  {
    re: /\bthe\s+(?:previous|preceding)\s+(day|morning|evening|night|month|year)\b|\bthe\s+(day|month|year)\s+(?:before|earlier)\b(?=\s*(?:[,.;:]|$))/gi,
    offset: -1,
  },
  // Only right after the date they point at (the same or the sentence before):
  // "Later that week" (not "in the same week", which compares two things in any one week);
  {
    re: /\b(?:(?:earlier|later)\s+)?that\s+(?:same\s+)?(week)\b(?![-'’])/gi,
    offset: 0,
    near: true,
  },
  // "That night, firefighters …", "left that evening": a part of the day named before (not
  // "said that morning trains were late": "that" opening what was said);
  {
    re: /\b(?:(?:earlier|later)\s+)?that\s+(?:same\s+)?(?:morning|afternoon|evening|night)\b(?![-'’])/gi,
    offset: 0,
    near: true,
    notAfterSaying: true,
  },
  // "the following week", "the day after", "the week before".
  {
    re: /\bthe\s+(?:next|following)\s+(week)\b(?![-'’])|\bthe\s+(day|week)\s+(?:after|later)\b(?=\s*(?:[,.;:]|$))/gi,
    offset: 1,
    near: true,
  },
  {
    re: /\bthe\s+(?:previous|preceding)\s+(week)\b|\bthe\s+(week)\s+(?:before|earlier)\b(?=\s*(?:[,.;:]|$))/gi,
    offset: -1,
    near: true,
  },
];

/** "Until then, the shares trade …", "By then the firm had …": the date just named, as named. */
const THEN = /\b(?:until|till|by)\s+then\b(?![-'’])/gi;

/**
 * "two years later", "three days earlier", "a month later": counted from the last date given
 * (not "later than planned"; "a year earlier" in results is the year before the article's, see
 * year-phrases.ts).
 */
const COUNTED = new RegExp(
  `\\b(${NUMBER})\\s+(day|week|month|year)s?\\s+(later|earlier)\\b(?!\\s+than\\b)`,
  "gi",
);

export function findAnaphora(sentence: string, taken: RawMention[]): RawMention[] {
  const out: RawMention[] = [];
  for (const m of sentence.matchAll(COUNTED)) {
    const end = m.index + m[0].length;
    const n = amount((m[1] ?? "").toLowerCase());
    const word = (m[2] ?? "").toLowerCase();
    // "a year earlier" alone is the year before the article's (year-phrases.ts), unless it opens
    // its sentence ("A year earlier, he had left …"): then it counts back from the date just given.
    const yearBefore = n === 1 && word === "year" && /earlier/i.test(m[3] ?? "");
    if (n === undefined || n > 100 || (yearBefore && !opensSentence(sentence, m.index, end)))
      continue;
    if (overlaps(taken, m.index, end)) continue;
    // "two weeks later, on Sept. 13": the date written after it names the day.
    if (taken.some((t) => t.kind === "absolute" && t.start >= end && t.start - end <= 8)) continue;
    const sign = /later/i.test(m[3] ?? "") ? 1 : -1;
    const unit: Unit = word === "week" ? "day" : (word as Unit);
    out.push({
      kind: "relative",
      stated: m[0],
      start: m.index,
      end,
      relative: {
        unit,
        offset: sign * n * (word === "week" ? 7 : 1),
        anaphoric: true,
        near: true,
        ...(yearBefore ? { orArticle: true as const } : {}),
      },
    });
  }
  for (const { re, offset, near, notAfterSaying } of PATTERNS)
    for (const m of sentence.matchAll(re)) {
      const end = m.index + m[0].length;
      if (overlaps(taken, m.index, end) || overlaps(out, m.index, end)) continue;
      if (notAfterSaying && /^that\b/i.test(m[0]) && opensThatClause(sentence.slice(0, m.index)))
        continue;
      const word = (m[1] ?? m[2] ?? "").toLowerCase();
      const unit: Unit = word === "month" || word === "year" || word === "week" ? word : "day";
      out.push({
        kind: "relative",
        stated: m[0],
        start: m.index,
        end,
        relative: near
          ? { unit, offset, anaphoric: true, near }
          : { unit, offset, anaphoric: true },
      });
    }
  for (const m of sentence.matchAll(THEN)) {
    const end = m.index + m[0].length;
    if (overlaps(taken, m.index, end) || overlaps(out, m.index, end)) continue;
    out.push({
      kind: "relative",
      stated: m[0],
      start: m.index,
      end,
      relative: { unit: "day", offset: 0, anaphoric: true, near: true, asNamed: true },
    });
  }
  return out;
}

/** The date an anaphoric mention names, from the last date given (none when that one is coarser). */
export function pointBack(rel: Relative, last: string | undefined): Resolved | undefined {
  if (rel.unit === "weekday") {
    const from = parseIsoDay(last);
    if (!from || rel.weekday === undefined || last!.length < 10) return undefined;
    // "That Tuesday", "Tuesday of that week": the weekday of the last day's week (Monday to Sunday).
    if (rel.offset === 0) {
      const monday = addDays(from, -((weekday(from) + 6) % 7));
      return {
        date: isoDay(addDays(monday, (rel.weekday + 6) % 7)),
        precision: "day",
        implied: true,
      };
    }
    const ahead = (rel.weekday - weekday(from) + 7) % 7 || 7;
    const back = (weekday(from) - rel.weekday + 7) % 7 || 7;
    return {
      date: isoDay(addDays(from, (rel.offset ?? 1) > 0 ? ahead : -back)),
      precision: "day",
      implied: true,
    };
  }
  // "November 12 … on the 15th": that month's day.
  if (rel.dayOfMonth !== undefined) {
    const [y, m] = (last ?? "").split("-").map(Number);
    if (!y || !m || !isValidDay(y, m, rel.dayOfMonth)) return undefined;
    return { date: isoDay(ymd(y, m, rel.dayOfMonth)), precision: "day", implied: true };
  }
  // "until then": the last date as it was given, a year, a month or a day.
  if (rel.asNamed) {
    const precision = last?.length === 4 ? "year" : last?.length === 7 ? "month" : "day";
    return last ? { date: last, precision, implied: true } : undefined;
  }
  // "the following week": the week (Monday to Sunday) after the last day's.
  if (rel.unit === "week") {
    const from = parseIsoDay(last);
    if (!from || last!.length < 10) return undefined;
    const monday = addDays(from, 7 * (rel.offset ?? 0) - ((weekday(from) + 6) % 7));
    return {
      date: isoDay(monday),
      end: isoDay(addDays(monday, 6)),
      precision: "day",
      implied: true,
    };
  }
  const unit = rel.unit as Exclude<Unit, "week">;
  const length = { year: 4, month: 7, day: 10 }[unit];
  if (!last || !length || last.length < length) return undefined;
  const [y, m, d] = last.split("-").map(Number) as [number, number?, number?];
  const n = rel.offset ?? 0;
  const date =
    unit === "year"
      ? isoYear(y + n)
      : unit === "month"
        ? (({ year, month }) => isoMonth(year, month))(addMonths(ymd(y, m!, 1), n))
        : isoDay(addDays(parseIsoDay(last) ?? ymd(y, m!, d!), n));
  return { date, precision: unit, implied: true };
}
