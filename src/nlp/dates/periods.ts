/**
 * Parts of a year as business and news write them, which chrono does not read: quarters ("the
 * third quarter", "third-quarter profit", "Q3 2019", "the fourth quarter of 1997", "last year's
 * first quarter", "this quarter"), halves ("the first half of 1996", "the first half of the year") and seasons ("last summer",
 * "this spring", "the autumn of 1997"). A quarter or half is its months; so is a season, by the
 * northern (meteorological) reckoning — most English news is written north of the equator; a
 * southern article's seasons are left to a later rule. Winter is December to February, named
 * without a year only ("last winter", "this winter", "in the winter").
 */
import { overlaps } from "./mentions.js";
import { MONTH_NUMBER, MONTH_OR_SHORT, NUMBER_WORDS } from "./words.js";
import type { RawMention, Relative } from "./types.js";

const ORDINAL: Record<string, number> = {
  first: 1,
  "1st": 1,
  second: 2,
  "2nd": 2,
  third: 3,
  "3rd": 3,
  fourth: 4,
  "4th": 4,
  final: 4,
  last: 4,
};

/** The year's own months of a season, northern (meteorological) reckoning. */
const SEASON_MONTHS: Record<string, [number, number]> = {
  spring: [3, 5],
  summer: [6, 8],
  autumn: [9, 11],
  fall: [9, 11],
  // December to the February after it: resolve-relative.ts reads a span whose last month comes first as running into the next year.
  winter: [12, 2],
};

const YEAR_WORD = "(?:1[89]\\d\\d|20\\d\\d)";
const REL_YEAR = "(this|last|next|the\\s+previous|the\\s+current|the\\s+coming|the\\s+past)";
const OFFSET: Record<string, number> = {
  this: 0,
  current: 0,
  last: -1,
  previous: -1,
  past: -1,
  next: 1,
  coming: 1,
};
const offsetOf = (word: string) => OFFSET[word.replace(/^the\s+/, "").toLowerCase()] ?? 0;

/**
 * "the third quarter", "third-quarter", "the first half"; with its year before ("1997's third
 * quarter", "last year's fourth quarter") or after ("of 1997", "of last year", "1997").
 */
const PART = new RegExp(
  `\\b(?:(?<yearBefore>${YEAR_WORD})(?:['’]s)?\\s+|${REL_YEAR.replace("(", "(?<relBefore>")}\\s+year['’]s\\s+|` +
    `(?:the\\s+)?(?:(?:comparable|corresponding|same)\\s+)?(?<ago>year-ago|year-earlier|prior-year)\\s+|the\\s+)?` +
    `(?:(?<kind>calendar|fiscal)\\s+)?(?<ordinal>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[-\\s](?<part>quarter|half)\\b` +
    `(?:(?:\\s+of|,)?\\s+(?:(?:fiscal|calendar)\\s+)?(?<yearAfter>${YEAR_WORD})\\b|\\s+of\\s+${REL_YEAR.replace("(", "(?<relAfter>")}\\s+year\\b|\\s+of\\s+the\\s+(?<theYear>year)\\b(?![-'’]|\\s+(?:ended|ending|to|before|earlier|ago)\\b))?`,
  "gi",
);

/** "Q3", "Q3 2019", "Q3 of 2019", "3Q97", "2019 Q3", "1H 2019". */
const SHORT_QUARTER = new RegExp(
  `\\b(?:(${YEAR_WORD})\\s+)?(?:Q([1-4])|([1-4])Q|H([12])|([12])H)(?:(?:\\s+of)?\\s+(${YEAR_WORD})|['’]?(\\d\\d))?\\b`,
  "g",
);

/**
 * "the July-September quarter", "the April-June period" (as Indian,
 * Japanese and wire business news name a company's quarter or half): the months named.
 */
const MONTHS_QUARTER = new RegExp(
  `\\b(?:the\\s+)?${MONTH_OR_SHORT}\\.?\\s*[-–/]\\s*${MONTH_OR_SHORT}\\.?\\s+(?:quarter|period|half)\\b(?:\\s+of\\s+(${YEAR_WORD})\\b)?`,
  "gi",
);

/**
 * "the first nine months of 2024", "the first 10 months of the year", "the last three months of
 * last year" (as trade and earnings news count a year so far, or its end): the months counted.
 */
const MONTHS_OF_YEAR = new RegExp(
  `\\b(?:the\\s+)?(first|last|final)\\s+(\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven)\\s+months\\b` +
    `(?:\\s+of\\s+(?:(${YEAR_WORD})\\b|${REL_YEAR}\\s+year\\b|the\\s+(year)\\b(?![-'’]|\\s+(?:ended|ending|to|before|earlier|ago)\\b)))?`,
  "gi",
);

/** "last quarter", "this quarter", "next quarter", "the current quarter" ("the previous quarter" is the one before another). */
const NAMED_QUARTER = /\b(?:the\s+)?(this|last|next|current|coming)\s+quarter\b(?![-'’])/gi;

/** "last summer", "this spring", "the summer of 1997", "autumn 1997", "in the fall". */
const SEASON = new RegExp(
  `\\b(?:${REL_YEAR}\\s+(?:past\\s+)?|the\\s+|(?:early|late|mid)[-\\s]?)?(spring|summer|autumn|fall|winter)\\b(?:(?:\\s+of)?\\s+(${YEAR_WORD})\\b)?`,
  "gi",
);

/**
 * What leads a season named without a year: "in the summer", "during the spring", "by early
 * autumn", "since the start of spring", "spent the winter" (time spent).
 */
const SEASON_LEAD =
  /\b(?:(?:in|during|by|until|till|since|through|over|throughout)\s+(?:the\s+(?:start|end|beginning|middle)\s+of\s+)?|spen(?:d|ds|t|ding)\s+)(?:the\s+)?(?:(?:early|late|mid)[-\s]?)?$/i;

/** Sentences where a quarter or half is a period of the year: money, trade, the economy. */
const BUSINESS =
  /\b(?:earnings|profits?|revenues?|sales|results|income|loss(?:es)?|deficit|surplus|growth|GDP|economy|economic|fiscal|financial|quarterly|dividends?|output|exports?|imports?|inflation|unemployment|shares?|stocks?|prices?|orders|spending|investment|forecasts?|reported|posted|earned|percent|per\s*cent|%|[$€£¥])/i;

/** Where "the fourth quarter" or "the second half" is part of a game. */
const GAME =
  /\b(?:scored|scores?|points?|goals?|touchdowns?|innings?|baskets?|game|match|half-?time|played|kick-?off|period|penalty|led\s+\d)\b/i;

/** A quarter or half followed by the day it ended: a fiscal quarter, named by its own dates. */
const ENDED_AFTER = /^\s*(?:ended|ending|to|through|which\s+ended)\s+(?:(?:on|in)\s+)?[A-Z]/;

/** A quick test before the patterns: most sentences name no part of a year. */
const MAYBE =
  /quarter|half|period|months|spring|summer|autumn|fall|winter|\b(?:Q[1-4]|[1-4]Q|H[12]|[12]H)/i;

export function findPeriods(sentence: string, taken: RawMention[]): RawMention[] {
  if (!MAYBE.test(sentence)) return [];
  const out: RawMention[] = [];
  const add = (
    start: number,
    stated: string,
    extra: Omit<RawMention, "stated" | "start" | "end">,
  ) => {
    const end = start + stated.length;
    if (overlaps(taken, start, end) || overlaps(out, start, end)) return;
    out.push({ stated, start, end, ...extra } as RawMention);
  };
  const business = BUSINESS.test(sentence) && !GAME.test(sentence);
  for (const m of sentence.matchAll(PART)) {
    const stated = m[0];
    const g = m.groups ?? {};
    // A company's own year: "the fiscal first quarter", "the third quarter of fiscal 2027".
    if (g.kind?.toLowerCase() === "fiscal" || /\bfiscal\s+\d{4}$/i.test(stated)) continue;
    if (/\b(?:a|one|three)\s+$/i.test(sentence.slice(0, m.index))) continue; // "a third quarter of voters"
    const after = sentence.slice(m.index + stated.length);
    if (ENDED_AFTER.test(after)) continue;
    const year = g.yearBefore ?? g.yearAfter;
    const rel = g.ago ? "last" : (g.relBefore ?? g.relAfter);
    // "last quarter" alone is the one before the article's (NAMED_QUARTER).
    if (g.ordinal!.toLowerCase() === "last" && !year && !rel) continue;
    // "the first quarter of the century", "the second half of the match": not a year's part.
    // ("the first half of the year" is: a year-less part, whose year the article's day gives.)
    if (!year && !rel && !g.theYear && (/^\s+of\b/i.test(after) || !business)) continue;
    const n = ORDINAL[g.ordinal!.toLowerCase()] ?? 1;
    const size = g.part!.toLowerCase() === "half" ? 6 : 3;
    if (size === 6 && n > 2) continue;
    add(m.index, stated.trim(), partMention([size * (n - 1) + 1, size * n], year, rel));
  }
  for (const m of sentence.matchAll(SHORT_QUARTER)) {
    const [stated, yearBefore, q1, q2, h1, h2, yearAfter, yy] = m;
    const n = Number(q1 ?? q2 ?? h1 ?? h2);
    const size = (q1 ?? q2) ? 3 : 6;
    const year = yearBefore ?? yearAfter ?? (yy ? String(expandYear(Number(yy))) : undefined);
    if (!year && !business) continue;
    add(m.index, stated, partMention([size * (n - 1) + 1, size * n], year, undefined));
  }
  for (const m of sentence.matchAll(MONTHS_OF_YEAR)) {
    const [stated, edge, count, year, rel, theYear] = m;
    const n = NUMBER_WORDS[count!.toLowerCase()] ?? Number(count);
    if (!(n >= 2 && n <= 11)) continue;
    // "the first six months of his term", "the first three months in office": not a year's.
    if (
      !year &&
      !rel &&
      !theYear &&
      (/^\s+(?:of|in|at|on)\b/i.test(sentence.slice(m.index + stated.length)) || !business)
    )
      continue;
    const first = edge!.toLowerCase() === "first";
    // "the last eight months" with no year named: the months up to now, not a year's last ones.
    if (!first && !year && !rel && !theYear) continue;
    const months: [number, number] = first ? [1, n] : [13 - n, 12];
    add(m.index, stated.trim(), { ...partMention(months, year, rel), counted: true });
  }
  for (const m of sentence.matchAll(MONTHS_QUARTER)) {
    const first = MONTH_NUMBER[m[1]!.toLowerCase()];
    const last = MONTH_NUMBER[m[2]!.toLowerCase()];
    if (first === undefined || last === undefined) continue;
    // A quarter or a half within one year ("the October-March half" crosses two: which two, the
    // month of the article alone does not say); a "period" is any stretch of one year's months
    // ("the April-December period", "the January-September period", as Asian wire copy counts).
    const kind = /\b(quarter|period|half)\b/i.exec(m[0])?.[1]?.toLowerCase();
    if (kind === "period" ? last <= first : last - first !== (kind === "half" ? 5 : 2)) continue;
    add(m.index, m[0], partMention([first, last], m[3], undefined));
  }
  if (business)
    for (const m of sentence.matchAll(NAMED_QUARTER)) {
      const word = m[1]!.toLowerCase();
      add(m.index, m[0], {
        kind: "relative",
        relative: { unit: "quarter", offset: OFFSET[word] ?? 0 },
      });
    }
  for (const m of sentence.matchAll(SEASON)) {
    const [stated, rel, season, year] = m;
    const word = season!.toLowerCase();
    const after = sentence.slice(m.index + stated.length);
    if (year) {
      // "winter 2023", "the winter of 1998": which December it starts in, English does not agree.
      if (word === "winter") continue;
      const [first, last] = SEASON_MONTHS[word]!;
      add(m.index, stated, {
        kind: "absolute",
        date: { year: Number(year), month: first },
        until: { year: Number(year), month: last },
        counted: true,
      });
      continue;
    }
    // "this fall in prices", "last fall of sales": a drop in an amount, not the season.
    const fallOf = /^\s+(?:in|of)\s+([\p{L}%$€£¥]+)/u.exec(after)?.[1];
    if (word === "fall" && fallOf && BUSINESS.test(fallOf)) continue;
    if (!rel) {
      // "Prague Spring", "Summer Olympics": a name; "prices fall", "the fall of Rome", "summer
      // jobs": not a season of a year. A bare season needs a preposition and "the" before it.
      if (/^[A-Z]/.test(season!) && m.index > 0) continue;
      if (!SEASON_LEAD.test(sentence.slice(0, m.index) + stated.slice(0, -season!.length)))
        continue;
      // "the autumn Tests", "the summer of love", "summer months": a kind, not a season of a year.
      if (
        /^\s*(?:of|in|months|season|semester|term)\b/i.test(after) ||
        // ("spring and summer collections"; not "in early spring and plans to …")
        /^\s*(?:and|or)\s+(?:the\s+)?(?:spring|summer|autumn|fall|winter)\b/i.test(after) ||
        /^\s+[A-Z]/.test(after)
      )
        continue;
    }
    const relative: Relative = {
      unit: "season",
      offset: rel ? offsetOf(rel) : null,
      months: SEASON_MONTHS[word]!,
    };
    // "this past summer" is the last one.
    if (/\bpast\b/i.test(stated)) relative.offset = -1;
    add(m.index, stated.replace(/^the\s+/i, ""), { kind: "relative", relative });
  }
  return out;
}

/** A quarter or half: its months in a written year, a year named from the article's, or a year-less one. */
function partMention(
  months: [number, number],
  year: string | undefined,
  rel: string | undefined,
): Omit<RawMention, "stated" | "start" | "end"> {
  if (year)
    return {
      kind: "absolute",
      date: { year: Number(year), month: months[0] },
      until: { year: Number(year), month: months[1] },
    };
  if (rel) return { kind: "relative", relative: { unit: "year", offset: offsetOf(rel), months } };
  return {
    kind: "absolute",
    date: { month: months[0] },
    until: { month: months[1] },
    period: true,
  };
}

/** "'97" → 1997, "'03" → 2003. */
const expandYear = (yy: number) => (yy >= 40 ? 1900 + yy : 2000 + yy);
