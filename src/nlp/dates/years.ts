/**
 * Years written as numbers, which chrono does not read: after a word that makes them a date
 * ("in 2004", "since 1999", "fiscal 1989"), as a modifier ("a 2012 merger", "her 1998 album"),
 * ranges ("from 2004 to 2006", "2014-2015", "1989-90") and decades ("the 1990s").
 */
import { overlaps } from "./mentions.js";
import { MONTH_NAMES, MONTH_NUMBER, NUMBER_WORDS, shortYear } from "./words.js";
import type { RawMention } from "./types.js";

/** Words after which a bare year is a date ("in 2004", "since 1999", "by 2007", "fiscal 1989"). */
const YEAR_CONTEXT =
  /\b(in|since|by|until|till|from|during|before|after|between|through|throughout|early|late|mid|(?:end|start)(?=-)|end of|beginning of|start of|middle of|(?:summer|spring|autumn|winter|fall)(?:\s+of)?|years?|back in|as of|and|to|or|for|into|of|both|due|fiscal|calendar|post|pre)[\s-]+$/i;

/**
 * A determiner or a possessive, and at most one word, before a year that modifies a noun: "a 2012
 * merger", "her 1998 album", "the company's 1989 results", "his unsuccessful 1996 campaign".
 */
const MODIFIER_BEFORE =
  /(?:\b(?:a|an|the|this|that|its|his|her|their|our|my|your|whose)|\w['’]s)\s+(?:(?!(?:first|last|next|top|other|about|nearly|some|over|around|more|than|only|just|all|extra|additional|estimated)\b)[a-z]+\s+)?$/i;

/**
 * Nouns a bare year names the period of, whatever comes before it: "predicting 1990 earnings",
 * "ahead of 2016 elections", "2019 sales rose" (a count would be "1990 shares", QUANTITY_AFTER).
 */
const PERIOD_NOUN_AFTER =
  /^\s+(?:[A-Z][\w.&-]*\s+){0,2}(?:earnings|sales|revenues?|profits?|results|budgets?|forecasts?|elections?|campaigns?|season|census|primar(?:y|ies)|Olympics|Games|World Cup|figures|levels|output|spending|target|estimates?)\b/;

/** What a count or a quantity is followed by: "2004 shares", "1999 votes", "2000 %". */
const QUANTITY_AFTER =
  /^\s*(?:%|per\s*cent|m\b|bn\b|km|kg|[.,]\d|-year|-strong|\s*(?:people|jobs|staff|workers|votes|miles|metres|meters|feet|ft|yards|acres|tonnes|tons|pounds|lbs?|calories|mph|units|copies|homes|cars|shares)\b)/i;

/** Nouns of an amount whose "of" is followed by its size: "a majority of 1204", "a crowd of 1800". */
const AMOUNT_OF =
  /\b(?:majority|margin|total|crowd|turnout|attendance|tally|average|lead|deficit|surplus|score)\s+of\s+$/i;

const YEAR = /\b(1[0-9]\d\d|20\d\d)\b/g;

/** "2014-2015", "1989-90", "2014/15": a span of years, the second after the first. */
const YEAR_SPAN = /\b(1[89]\d\d|20\d\d)\s?[-–/]\s?(\d{4}|\d\d)\b(?![-–/.,]?\d)/g;

export function findYears(sentence: string, given: RawMention[]): RawMention[] {
  const fiscal = findFiscalYears(sentence, given);
  const taken = [...given, ...fiscal];
  const out: RawMention[] = [
    ...fiscal,
    ...findSpans(sentence, taken),
    ...findDecades(sentence, taken),
    ...findSpokenYears(sentence, taken),
    ...findShortYears(sentence, taken),
  ];
  for (const m of sentence.matchAll(YEAR)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlaps(taken, start, end) || overlaps(out, start, end)) continue;
    const before = sentence.slice(Math.max(0, start - 40), start);
    const after = sentence.slice(end, end + 12);
    // "in 1994, 1995 and 1997": a year listed after a year.
    const listed = out.some((o) => /^,\s+$/.test(sentence.slice(o.end, start)));
    if ((!listed && /[£$€#.,\d]\s*$/.test(before)) || QUANTITY_AFTER.test(after)) continue;
    const year = Number(m[0]);
    const modifier =
      year >= 1800 &&
      /^\s+[A-Za-z]/.test(after) &&
      (MODIFIER_BEFORE.test(before) || PERIOD_NOUN_AFTER.test(sentence.slice(end, end + 40)));
    const context = YEAR_CONTEXT.exec(before);
    // "passed 219 votes to 1800": after a count, "to" or "and" joins another count.
    const afterCount =
      /^(?:and|to|or)$/i.test(context?.[1] ?? "") &&
      /\d[\d,]*\s+[a-z]+\s+(?:and|to|or)\s+$/i.test(before);
    // "2024 to 2028", "2010 through 2014": a year that a later year ends a span of.
    const spanTo = /^\s*(?:to|through|thru|until|till)\s+(\d{4})\b(?![-–/.,]?\d)/i.exec(
      sentence.slice(end),
    );
    const opensSpan = !!spanTo && +spanTo[1]! > year && +spanTo[1]! - year <= 100;
    const yearContext =
      modifier || listed || opensSpan || (!!context && !afterCount) || /^['’]s\b/.test(after);
    if (!yearContext) continue;
    if (year < 1800 && !/\b(?:in|since|of)\s+$/i.test(before)) continue;
    // "a majority of 1204", "a crowd of 1800": the size of an amount, not a year.
    if (AMOUNT_OF.test(before) && !/^['’]s\b/.test(after)) continue;
    // "from 2004 to 2006", "between 2001 and 2003", "2024 to 2028", "2010 through 2014": the
    // second year ends a range ("and" only after "between").
    const prev = out[out.length - 1];
    const joiner = prev
      ? /^\s*(to|until|till|through|thru|and|-|–|—)\s*$/i.exec(sentence.slice(prev.end, start))
      : null;
    if (
      prev &&
      joiner &&
      prev.until === undefined &&
      prev.date?.month === undefined &&
      (/\b(?:from|between)\s+$/i.test(sentence.slice(0, prev.start)) ||
        joiner[1]!.toLowerCase() !== "and") &&
      !prev.fiscal &&
      // ("fiscal years 2016 through 2018": years of accounts, listed; markFiscal marks each.)
      !/\b(?:fiscal|financial)(?:\s+years?)?\s+$/i.test(sentence.slice(0, prev.start)) &&
      year > (prev.date?.year ?? year)
    ) {
      prev.until = { year };
      prev.end = end;
      prev.stated = sentence.slice(prev.start, end);
      continue;
    }
    out.push({ kind: "absolute", stated: m[0], start, end, date: { year } });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Whole years `first`–`last` as the text writes them ("1989-90", "the 1990s", "the 19th century"). */
function yearSpan(m: RegExpExecArray, first: number, last: number): RawMention {
  return {
    kind: "absolute",
    stated: m[0],
    start: m.index,
    end: m.index + m[0].length,
    date: { year: first },
    until: { year: last },
  };
}

function findSpans(sentence: string, taken: RawMention[]): RawMention[] {
  const out: RawMention[] = [];
  for (const m of sentence.matchAll(YEAR_SPAN)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlaps(taken, start, end)) continue;
    if (/[£$€#.,\d/-]\s*$/.test(sentence.slice(0, start))) continue;
    if (QUANTITY_AFTER.test(sentence.slice(end, end + 12))) continue;
    const first = Number(m[1]);
    const written = m[2] ?? "";
    let second = Number(written);
    if (written.length === 2) {
      second += Math.floor(first / 100) * 100;
      if (second < first) second += 100; // "1999-00"
    }
    if (second <= first || second - first > 30) continue;
    out.push(yearSpan(m, first, second));
  }
  return out;
}

/** "the 1990s", "the mid-1980s", "1960s Britain": the ten years of the decade. */
const DECADE = /(?<![\d$£€#.,])(?<!\d[-–])\b(1[0-9]\d0|20\d0)['’]?s\b/g;

/** "the '90s", "the late ’60s": a decade of the 1900s written short (not "his 60s", an age). */
const SHORT_DECADE =
  /(?<=\bthe\s+(?:(?:early|mid|late)(?:[-\s]+to[-\s]+(?:mid|late))?[-\s]+)?)['’]([3-9]0)s\b/gi;

/** "early", "mid-", "late", "mid-to-late" just before a decade. */
const DECADE_PART = /\b(early|mid|late)(?:[-\s]+to[-\s]+(mid|late))?[-\s]+$/i;
/** The years of a decade each part names (the dates conventions: "the mid-1980s" is 1984–1986). */
const PART_YEARS: Record<string, [number, number]> = { early: [0, 3], mid: [4, 6], late: [7, 9] };

function findDecades(sentence: string, taken: RawMention[]): RawMention[] {
  const out: RawMention[] = [];
  const decades = [
    ...[...sentence.matchAll(SHORT_DECADE)].map((m) => ({ m, year: 1900 + Number(m[1]) })),
    ...[...sentence.matchAll(DECADE)].map((m) => ({ m, year: Number(m[1]) })),
  ];
  for (const { m, year } of decades) {
    const end = m.index + m[0].length;
    if (overlaps(taken, m.index, end)) continue;
    // "the 1800s" is a century; "the 2000s", like "the 1990s", a decade.
    const span = year % 100 === 0 && year < 2000 ? 99 : 9;
    const part = span === 9 ? DECADE_PART.exec(sentence.slice(0, m.index)) : null;
    if (!part) {
      out.push(yearSpan(m, year, year + span));
      continue;
    }
    // "the early '90s", "the mid-1980s", "the late 1990s": the decade's years 0–3, 4–6 or 7–9.
    const [from, to] = [
      PART_YEARS[part[1]!.toLowerCase()]!,
      PART_YEARS[(part[2] ?? part[1])!.toLowerCase()]!,
    ];
    const mention = yearSpan(m, year + from[0], year + to[1]);
    mention.start = part.index;
    mention.stated = sentence.slice(part.index, end);
    out.push(mention);
  }
  for (const m of sentence.matchAll(CENTURY)) {
    const n = Number(m[1]);
    const end = m.index + m[0].length;
    if (n < 1 || n > 21 || overlaps(taken, m.index, end) || overlaps(out, m.index, end)) continue;
    // "the 19th century": 1800–1899, as news counts it; the 1st has no year 0, so 1–100.
    const year = (n - 1) * 100;
    out.push(n === 1 ? yearSpan(m, 1, 100) : yearSpan(m, year, year + 99));
  }
  return out;
}

/** "the 19th century", "the 20th-century" (not "19th-century writers": a kind, not a time). */
const CENTURY = /\b(\d{1,2})(?:st|nd|rd|th)\s+century\b(?![-'’])/gi;

const UNITS = "one|two|three|four|five|six|seven|eight|nine";
const TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/**
 * Years as broadcast transcripts write them: "nineteen ninety-six", "January nineteen
 * ninety-seven", "the year two thousand", "in two thousand and one" (not "nineteen twenty-somethings").
 */
const SPOKEN_YEAR = new RegExp(
  `\\b(?:(${MONTH_NAMES})\\s+)?(?:(eighteen|nineteen)[\\s-]+(?:(${TEENS})|(${Object.keys(TENS).join("|")})(?:[\\s-](${UNITS}))?)` +
    `|(?<=\\b(?:the year|in|since|by|until|before|after)\\s+)two thousand(?:\\s+and)?(?:\\s+(${UNITS}|${TEENS}))?)\\b(?![-'’])`,
  "gi",
);

function findSpokenYears(sentence: string, taken: RawMention[]): RawMention[] {
  if (!/\b(?:eighteen|nineteen|two thousand)\b/i.test(sentence)) return [];
  const out: RawMention[] = [];
  for (const m of sentence.matchAll(SPOKEN_YEAR)) {
    const [text, month, century, teen, tens, unit, after2000] = m;
    let year: number;
    if (century) {
      const base = century.toLowerCase() === "eighteen" ? 1800 : 1900;
      const rest = teen
        ? (NUMBER_WORDS[teen.toLowerCase()] ?? 0)
        : (TENS[(tens ?? "").toLowerCase()] ?? 0) + (NUMBER_WORDS[(unit ?? "").toLowerCase()] ?? 0);
      year = base + rest;
    } else year = 2000 + (NUMBER_WORDS[(after2000 ?? "").toLowerCase()] ?? 0);
    const start = m.index;
    const end = start + text.length;
    if (overlaps(taken, start, end)) continue;
    const date = month ? { year, month: MONTH_NUMBER[month.toLowerCase()] } : { year };
    out.push({ kind: "absolute", stated: text, start, end, date });
  }
  return out;
}

/**
 * Fiscal years written short: "FY2020", "FY20", "FY 2019-20", "FY2019/20" — the year it ends in,
 * as "fiscal 2020" is read, or both years when both are written.
 */
const FISCAL_YEAR = /\bFY\s?['’]?(\d{4}|\d\d)(?:[-–/](\d{4}|\d\d))?\b(?![-–/]?\d)/g;

function findFiscalYears(sentence: string, taken: RawMention[]): RawMention[] {
  const out: RawMention[] = [];
  const full = (n: string, base = 2000) => (n.length === 4 ? Number(n) : base + Number(n));
  for (const m of sentence.matchAll(FISCAL_YEAR)) {
    const end = m.index + m[0].length;
    if (overlaps(taken, m.index, end)) continue;
    // Two digits: "FY99" is 1999, "FY20" 2020 (50 and above are the 1900s).
    const first = full(m[1]!, m[1]!.length === 2 && Number(m[1]) >= 50 ? 1900 : 2000);
    const last = m[2] ? full(m[2], Math.floor(first / 100) * 100) : undefined;
    if (first < 1900 || first > 2099) continue;
    if (last !== undefined && last === first + 1) out.push(yearSpan(m, first, last));
    else if (last === undefined)
      out.push({ kind: "absolute", stated: m[0], start: m.index, end, date: { year: first } });
  }
  return out;
}

/**
 * "in '96", "since ’89", "the class of '04", "in '96 and '97": a year written with its last two digits
 * after a word that makes it a date (not "'96 people'", the opening of a quotation).
 */
const SHORT_YEAR =
  /(?<=\b(?:in|since|by|until|till|from|during|before|after|through|of)\s+|['’]\d\d\s+(?:and|or|to|through)\s+)['’](\d\d)(?![\w'’%]|[.,]\d)/gi;

function findShortYears(sentence: string, taken: RawMention[]): RawMention[] {
  const out: RawMention[] = [];
  for (const m of sentence.matchAll(SHORT_YEAR)) {
    const end = m.index + m[0].length;
    if (overlaps(taken, m.index, end)) continue;
    const date = { year: shortYear(m[1]!) };
    out.push({ kind: "absolute", stated: m[0], start: m.index, end, date });
  }
  return out;
}
