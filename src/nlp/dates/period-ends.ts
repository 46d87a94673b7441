/**
 * Stretches of time news names by the date that ends them, or by a day inside them, which chrono
 * reads as that date alone: "the 12 months to March 31", "the year to October", "the six months
 * ended June 30", "the quarter ended Sept. 28", "the three months to September" (as statistics
 * offices and company results count a period back from its end); "the week ended Jan. 5"; "the
 * week of June 10" (the Monday-to-Sunday week that holds the day). The stretch is a mention of its
 * own, its words those before the date ("the 12 months", "the week"); the date stays a date of
 * its own, as the article writes it.
 */
import {
  addDays,
  daysInMonth,
  isoDay,
  isoMonth,
  parseIsoDay,
  weekday,
  ymd,
  type Ymd,
} from "./calendar.js";
import { overlaps } from "./mentions.js";
import { resolveAbsolute, type Resolved } from "./resolve-absolute.js";
import type { Reference } from "./reference.js";
import type { ClauseTense } from "./tense.js";
import { isWrittenDate, type Counted, type RawMention } from "./types.js";
import { amount, NUMBER } from "./words.js";

/** Months a word for a stretch holds (a fortnight and weeks are days, below). */
const MONTHS_OF: Record<string, number> = { quarter: 3, half: 6, "half-year": 6 };

/**
 * The stretch before its end: "the 12 months to", "the past year to", "the fourth quarter ended",
 * "the six-month period ending", "the week to"; "12 months through". Its words end before the
 * joining word.
 */
const ENDING_HERE = new RegExp(
  String.raw`\b((?:the\s+(?:(?:past|last|latest|previous|first|second|third|fourth|final)\s+)?|(?=\d))` +
    String.raw`(?:(${NUMBER})[-\s](month|week)s?(?:\s+period)?|(year|quarter|half-year|half|fortnight|week)))` +
    String.raw`\s+(?:to|ended|ending|through|that\s+ended|which\s+ended)\s+(?:(?:on|in)\s+)?$`,
  "i",
);

const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };

/** "the week of June 10": the week that holds the day. */
const WEEK_OF = /\b(the\s+week)\s+of\s+$/i;

/** A date that can end a stretch: a written month or day, with or without its year, on its own. */
function plainDate(m: RawMention): boolean {
  return isWrittenDate(m) && !m.counting;
}

/** "the first week of", "the last weekend of", "the second week of": a week of the month after it. */
const WEEK_OF_MONTH = /\bthe\s+(first|second|third|fourth|last|final)\s+(week|weekend)\s+of\s+$/i;

/**
 * "the first week of March 2022", "the last week of June", "the first weekend of December": the
 * month's first (second…) seven days, its last seven, or its first (last) Saturday and Sunday; one
 * mention in place of the month (and of a "last week" chrono read inside the words).
 */
function takeWeeksOfMonth(sentence: string, mentions: RawMention[]): void {
  for (const from of [...mentions]) {
    const d = from.date;
    if (!plainDate(from) || d?.day !== undefined) continue;
    const w = WEEK_OF_MONTH.exec(sentence.slice(0, from.start));
    if (!w) continue;
    const inside = mentions.filter((m) => m !== from && m.start < from.start && m.end > w.index);
    if (inside.some((m) => m.kind !== "relative" || m.start < w.index)) continue;
    for (const m of [from, ...inside]) mentions.splice(mentions.indexOf(m), 1);
    const word = w[1]!.toLowerCase();
    mentions.push({
      kind: "absolute",
      stated: sentence.slice(w.index, from.end),
      start: w.index,
      end: from.end,
      counting: {
        from: { ...from },
        unit: "weekOfMonth",
        n: ORDINAL[word] ?? -1,
        ...(w[2]!.toLowerCase() === "weekend" ? { weekend: true as const } : {}),
      },
    });
  }
}

/** The stretches ending at (or holding) a date the sentence writes, as mentions of their own. */
export function findPeriodEnds(sentence: string, mentions: RawMention[]): RawMention[] {
  takeWeeksOfMonth(sentence, mentions);
  const out: RawMention[] = [];
  for (const from of mentions) {
    if (!plainDate(from)) continue;
    const before = sentence.slice(0, from.start);
    const counting = countingBefore(before, from);
    if (!counting) continue;
    const [start, words] = counting.at;
    const end = start + words.length;
    if (overlaps(mentions, start, end) || overlaps(out, start, end)) continue;
    out.push({ kind: "absolute", stated: words, start, end, counting: counting.counted });
  }
  return out;
}

function countingBefore(
  before: string,
  from: RawMention,
): { at: [number, string]; counted: Counted } | undefined {
  const day = from.date?.day !== undefined;
  const week = WEEK_OF.exec(before);
  if (week && day) return { at: [week.index, week[1]!], counted: { from, unit: "week", n: 1 } };
  const m = ENDING_HERE.exec(before);
  if (!m) return undefined;
  const count = m[2] ? amount(m[2].toLowerCase()) : 1;
  const unit = (m[3] ?? m[4])!.toLowerCase();
  if (count === undefined || count < 1) return undefined;
  const at: [number, string] = [m.index, m[1]!.trim()];
  if (unit === "week" || unit === "fortnight") {
    // Weeks end on a day ("the week ended Jan. 5"), not on a month.
    if (!day) return undefined;
    const n = (unit === "fortnight" ? 14 : 7) * count;
    return n <= 28 ? { at, counted: { from, unit: "day", n } } : undefined;
  }
  // "the year to March", "the year ended Sept. 30": as often a company's year of accounts, which
  // wire annotation (TimeML) reads as one year, as twelve months; left to the date it ends on.
  if (unit === "year") return undefined;
  const n = unit === "month" ? count : MONTHS_OF[unit]!;
  // "the quarter ended July 31", "the fourth quarter ended Aug. 26": a company's own quarter, which
  // wire annotation calls by its number; only where it is a calendar quarter or half ("the
  // quarter ended June 30", "the third quarter ended Sept. 30") are its months beyond doubt.
  const month = from.date!.month!;
  const ordinal = ORDINAL[(m[1]!.split(/\s+/)[1] ?? "").toLowerCase()];
  if (unit !== "month" && (month % n !== 0 || (ordinal !== undefined && month !== ordinal * n)))
    return undefined;
  return n >= 2 && n <= 24 ? { at, counted: { from, unit: "month", n } } : undefined;
}

/** The stretch's dates: the days or months counted back to its end's date, or the week holding it. */
export function resolveCounted(
  c: Counted,
  tense: ClauseTense,
  reference: Reference | undefined,
): Resolved | undefined {
  const end = resolveAbsolute(c.from, tense, reference);
  if (!end || end.end) return undefined;
  if (c.unit === "month") {
    const year = Number(end.date.slice(0, 4));
    const month = Number(end.date.slice(5, 7));
    if (!month) return undefined;
    const first = year * 12 + month - 1 - (c.n - 1);
    return {
      date: isoMonth(Math.floor(first / 12), (first % 12) + 1),
      end: isoMonth(year, month),
      precision: "month",
      implied: end.implied,
    };
  }
  if (c.unit === "weekOfMonth") return weekOfMonth(c, end);
  const day = parseIsoDay(end.date);
  if (!day || end.precision !== "day") return undefined;
  const first =
    c.unit === "week" ? addDays(day, -((weekday(day) + 6) % 7)) : addDays(day, -(c.n - 1));
  const last = c.unit === "week" ? addDays(first, 6) : day;
  return { date: isoDay(first), end: isoDay(last), precision: "day", implied: end.implied };
}

/** The `n`th seven days (or Saturday and Sunday) of the month resolved, or its last. */
function weekOfMonth(c: Counted, month: Resolved): Resolved | undefined {
  if (month.precision !== "month") return undefined;
  const year = Number(month.date.slice(0, 4));
  const m = Number(month.date.slice(5, 7));
  const last = daysInMonth(year, m);
  let first: Ymd;
  if (c.weekend) {
    const firstSaturday = 1 + ((6 - weekday(ymd(year, m, 1)) + 7) % 7);
    const lastSaturday = firstSaturday + 7 * Math.floor((last - firstSaturday) / 7);
    first = ymd(year, m, c.n < 0 ? lastSaturday : firstSaturday + 7 * (c.n - 1));
  } else first = ymd(year, m, c.n < 0 ? last - 6 : 7 * (c.n - 1) + 1);
  const end = addDays(first, c.weekend ? 1 : 6);
  return { date: isoDay(first), end: isoDay(end), precision: "day", implied: month.implied };
}
