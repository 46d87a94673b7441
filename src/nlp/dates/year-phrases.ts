/**
 * Years named against the article's own year that chrono does not read: "the current fiscal
 * year", "next fiscal year", "the current year", "by year-end", "by the end of the year".
 */
import { overlaps } from "./mentions.js";
import type { RawMention, Relative } from "./types.js";
import { amount, NUMBER } from "./words.js";

const OFFSETS: Record<string, number> = {
  current: 0,
  this: 0,
  next: 1,
  coming: 1,
  last: -1,
  previous: -1,
  past: -1,
  prior: -1,
};

/** "the current fiscal year", "next fiscal year", "the current year" (a bare "last year" is chrono's). */
const NAMED_YEAR =
  /\b(?:the\s+)?(?:(current|this|next|coming|last|previous|past|prior)\s+(?:fiscal|financial|calendar|tax)|(current))\s+year\b(?![-'’])/gi;

/** "by year-end", "by the end of the year", "before year's end": the end of the article's year. */
const YEAR_END =
  /\b(?:by|at|before|until|till|toward|towards|around|near)\s+((?:the\s+)?(?:year[-\s]end|year['’]s\s+end|end\s+of\s+the\s+year))\b/gi;

/**
 * The year the article reports on, named without a number: "for the full year", "the fiscal
 * year", "the first nine months of the year", "earlier in the year", "a high for the year of $42"
 * (an amount after "of"; not "the year ended June 30", "the year before", "the year 2000", "the
 * year of the flood").
 */
const THIS_YEAR =
  /\b(?:(?:for|in|during|over|throughout)\s+|(?:months|quarters?|half|weeks|part|rest|remainder|balance|start|beginning|middle)\s+of\s+|(?:earlier|later)\s+in\s+)(the\s+(?:(?:full|whole|entire|fiscal|financial)\s+)?year)\b(?![-'’]|\s+(?:ended|ending|to|before|after|since|earlier|ago|that|when|in\s+which|of(?!\s+(?:[$£€#]|\d{1,3}(?![\d,])))|\d))/gi;

/** "a year earlier", "the year-earlier period": the year before the article's ("a year before the war" is not). */
const YEAR_EARLIER =
  /\b(?:(?:a|one)\s+year\s+(?:earlier\b|before(?=\s*(?:[,.;:)]|$)))|year-(?:earlier|ago)\b)/gi;

/** "a decade ago", "two decades ago": the year that many tens of years before the article's. */
const DECADES_AGO = new RegExp(`\\b(${NUMBER})\\s+decades?\\s+ago\\b`, "gi");

/**
 * "by the end of the month", "by month-end", "at the start of the month", "since the middle of the
 * month", "mid-month": the article's month, unless a month is written before it in the sentence
 * ("In March … by the end of the month" is March's end).
 */
const MONTH_END =
  /\b(?:by|at|before|until|till|toward|towards|around|near|in|since|from|after)\s+((?:the\s+)?(?:month[-\s]end|mid-month|(?:end|start|beginning|middle)\s+of\s+(?:the|this)\s+month))\b(?![-'’])/gi;

/** "the turn of the year" (not "the turn of the year's first quarter"). */
const YEAR_TURN = /\b(?:the\s+)?turn\s+of\s+the\s+year\b(?![-'’])/gi;

/** "the turn of the century", "the turn of the last century", "the turn of the 20th century", "the turn of the millennium". */
const TURN =
  /\b(?:the\s+)?turn\s+of\s+the\s+(?:(\d{1,2})(?:st|nd|rd|th)\s+|(last|previous|next|new|this|current)\s+)?(century|millennium)\b(?![-'’])/gi;

/**
 * "the turn of the century": the year a century (or millennium) turned or turns, about which the
 * writer speaks: written with its ordinal, that century's first year as news counts it (1900 for
 * the 20th); else counted from the article's year (resolve-relative.ts).
 */
export function findCenturyTurns(sentence: string, taken: RawMention[]): RawMention[] {
  const out: RawMention[] = [];
  if (!/\bturn\s+of\b/i.test(sentence)) return out;
  // "over the turn of the year": December and the January after it, read as a season is
  // (resolve-relative.ts: the latest begun in the past, the first not over in the future).
  for (const m of sentence.matchAll(YEAR_TURN)) {
    const end = m.index + m[0].length;
    if (overlaps(taken, m.index, end)) continue;
    const relative = { unit: "season" as const, offset: null, months: [12, 1] as [number, number] };
    out.push({ kind: "relative", stated: m[0], start: m.index, end, relative });
  }
  for (const m of sentence.matchAll(TURN)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlaps(taken, start, end)) continue;
    const every = m[3]!.toLowerCase() === "century" ? 100 : 1000;
    const base = { kind: "absolute" as const, stated: m[0], start, end };
    if (m[1]) {
      const n = Number(m[1]);
      if (n >= 2 && n <= 21) out.push({ ...base, date: { year: (n - 1) * every } });
      continue;
    }
    const word = (m[2] ?? "").toLowerCase();
    const offset = /^(?:last|previous)$/.test(word) ? -1 : word === "next" ? 1 : word ? 0 : null;
    out.push({ ...base, kind: "relative", relative: { unit: "year", offset, turn: every } });
  }
  return out;
}

function findMonthEnds(sentence: string, taken: RawMention[]): RawMention[] {
  const out: RawMention[] = [];
  for (const m of sentence.matchAll(MONTH_END)) {
    const stated = m[1] ?? "";
    const start = m.index + m[0].length - stated.length;
    const end = start + stated.length;
    if (overlaps(taken, start, end)) continue;
    if (taken.some((t) => t.kind === "absolute" && t.date?.month !== undefined && t.start < start))
      continue;
    out.push({ kind: "relative", stated, start, end, relative: { unit: "month", offset: 0 } });
  }
  return out;
}

export function findYearPhrases(sentence: string, taken: RawMention[]): RawMention[] {
  const months = /\bmonth/i.test(sentence) ? findMonthEnds(sentence, taken) : [];
  for (const m of sentence.matchAll(DECADES_AGO)) {
    const n = amount(m[1]!.toLowerCase());
    if (n === undefined || n > 20 || overlaps(taken, m.index, m.index + m[0].length)) continue;
    months.push({
      kind: "relative",
      stated: m[0],
      start: m.index,
      end: m.index + m[0].length,
      relative: { unit: "year", offset: -10 * n },
    });
  }
  if (!/\byear/i.test(sentence)) return months;
  taken = [...taken, ...months];
  const out: RawMention[] = [];
  const add = (start: number, stated: string, relative: Relative) => {
    const end = start + stated.length;
    if (!overlaps(taken, start, end) && !overlaps(out, start, end))
      out.push({ kind: "relative", stated, start, end, relative });
  };
  for (const m of sentence.matchAll(NAMED_YEAR)) {
    const word = (m[1] ?? m[2] ?? "").toLowerCase();
    add(m.index, m[0], { unit: "year", offset: OFFSETS[word] ?? 0 });
  }
  // With a year written in the sentence, "the year" and "a year earlier" are likely that one's.
  if (!taken.some((m) => m.kind === "absolute" && m.date?.year !== undefined)) {
    for (const m of sentence.matchAll(THIS_YEAR)) {
      const stated = m[1] ?? "";
      add(m.index + m[0].length - stated.length, stated, { unit: "year", offset: 0 });
    }
    for (const m of sentence.matchAll(YEAR_EARLIER))
      // "A year earlier, he had left …" opening the sentence tells a story back from the date
      // just given (anaphora.ts), not the year before the article's.
      if (!opensSentence(sentence, m.index, m.index + m[0].length))
        add(m.index, m[0], { unit: "year", offset: -1 });
  }
  for (const m of sentence.matchAll(YEAR_END)) {
    const stated = m[1] ?? "";
    add(m.index + m[0].length - stated.length, stated, { unit: "year", offset: 0, edge: "end" });
  }
  return [...months, ...out];
}

/** A phrase that opens its sentence (after at most a conjunction) and is set off by a comma. */
export function opensSentence(sentence: string, start: number, end: number): boolean {
  return (
    /^\W*(?:(?:and|but|so|just|only|about|almost|nearly|barely)\s+)?$/i.test(
      sentence.slice(0, start),
    ) && /^\s*,/.test(sentence.slice(end))
  );
}
