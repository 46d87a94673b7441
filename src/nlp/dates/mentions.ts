/**
 * Temporal expressions in one sentence, as written: chrono-node finds them, general rules
 * keep the real ones ("March 20", "back in April", "last week", "on Monday") and drop what
 * chrono over-reads ("now", "today", "Theresa May", "the Sun", "march" the verb, "3/4",
 * clock times, scores). Bare years ("in 2004") and durations ("for almost 30 years") are
 * found with their own patterns; chrono reads neither well.
 */
import * as chrono from "chrono-node";

import { findAnaphora } from "./anaphora.js";
import { joinConsecutivePairs } from "./consecutive-pairs.js";
import { classify } from "./classify.js";
import { dayAround } from "./day-around.js";
import { findDayPairs } from "./day-pairs.js";
import { findDurations } from "./durations.js";
import { findLoneMonths, findMonthSpans } from "./months.js";
import { findOrdinalDays, takeDayAfterMonth, takeOrdinalOfMonth } from "./ordinal-days.js";
import { findPeriodEnds } from "./period-ends.js";
import { findPeriods } from "./periods.js";
import { takeSameMonthLastYear } from "./same-last-year.js";
import { joinWeekdaySpans } from "./weekday-spans.js";
import { findFortnights } from "./relative.js";
import { findHolidays } from "./holidays.js";
import { findCenturyTurns, findYearPhrases } from "./year-phrases.js";
import { findYears } from "./years.js";
import { MONTH_ALTERNATION, MONTH_NUMBER, MONTH_WORD } from "./words.js";
import { isWrittenDate, type PartialDate, type Parsed, type RawMention } from "./types.js";

export type { PartialDate, RawMention, Relative, RelativeUnit } from "./types.js";

/** Cheap test run before chrono: only sentences with something date-like are parsed. */
const DATE_LIKE =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|tomorrow|weekend|eighteen|nineteen|thousand|week|month|year|ago|(?:this|that|same|next|following|previous|preceding)\s+(?:day|morning|afternoon|evening|night)|(?:until|till|by)\s+then|the\s+day\s+(?:after|before)|in\s+the\s+day|century|millennium|overnight|(?:day|week|month|year)s?\s+(?:later|earlier)|in\s+[a-z\d]+\s+(?:days|weeks|months|years))\b|\b(?:1[0-9]|20)\d\d(?:['’]?s)?\b|['’][3-9]0s\b|\b(?:in|since|by|until|till|from|during|before|after|through|of)\s+['’]\d\d\b|\d\/\d|\bFY\s?['’]?\d\d|fortnight/i;

function looksDateLike(text: string): boolean {
  return DATE_LIKE.test(text);
}
const FIXED_REFERENCE = new Date(Date.UTC(2000, 5, 15, 12));

export function findMentions(sentence: string): RawMention[] {
  if (!looksDateLike(sentence)) {
    // Quarters, seasons and holidays chrono does not read: found without it.
    const found: RawMention[] = findPeriods(sentence, []);
    for (const m of findHolidays(sentence, found)) found.push(m);
    for (const m of findOrdinalDays(sentence, found)) found.push(m);
    return [...found, ...findDurations(sentence, found)].sort((a, b) => a.start - b.start);
  }
  const mentions: RawMention[] = [];
  const spans = crossMonthSpans(sentence);
  const read = parseAt(sentence, 0)
    .flatMap((x) => refine(sentence, x))
    .filter(
      (x) =>
        !spans.some((p) => x.index < p.index + p.text.length && p.index < x.index + x.text.length),
    );
  for (const r of [...spans, ...read].sort((a, b) => a.index - b.index)) {
    const m = dayAround(sentence, r, parseAt) ?? classify(sentence, r);
    if (m && !overlaps(mentions, m.start, m.end)) mentions.push(m);
  }
  for (const m of findDayPairs(sentence, mentions)) mentions.push(m);
  for (const m of findMonthSpans(sentence, mentions)) mentions.push(m);
  for (const m of findLoneMonths(sentence, mentions)) mentions.push(m);
  for (const m of mentions) widenStated(sentence, m);
  takeDayAfterMonth(sentence, mentions);
  takeYearAfter(sentence, mentions);
  for (const m of mentions) quarterEndingIn(sentence, m);
  takePeriods(sentence, mentions);
  for (const m of findHolidays(sentence, mentions)) mentions.push(m);
  for (const m of findCenturyTurns(sentence, mentions)) mentions.push(m);
  for (const m of findYears(sentence, mentions)) mentions.push(m);
  takeYearInAfter(sentence, mentions);
  shareYearOfPair(sentence, mentions);
  joinBetween(sentence, mentions);
  joinConsecutivePairs(sentence, mentions);
  joinWeekdaySpans(sentence, mentions);
  for (const m of findYearPhrases(sentence, mentions)) mentions.push(m);
  for (const m of findAnaphora(sentence, mentions)) mentions.push(m);
  takeSameMonthLastYear(sentence, mentions);
  takeOrdinalOfMonth(sentence, mentions);
  for (const m of findOrdinalDays(sentence, mentions)) mentions.push(m);
  for (const m of findFortnights(sentence, mentions)) mentions.push(m);
  for (const m of findDurations(sentence, mentions)) mentions.push(m);
  takeWeekBeforeWeekday(sentence, mentions);
  markFiscal(sentence, mentions);
  takeFiscalPart(sentence, mentions);
  for (const m of findPeriodEnds(sentence, mentions)) mentions.push(m);
  // "first-quarter profits in August 2004": a year-less quarter beside a written year is that time's.
  const withYear = mentions.some((m) => m.kind === "absolute" && m.date?.year !== undefined);
  return mentions
    .filter((m) => !(withYear && m.period) && !isQuotedTitle(sentence, m))
    .sort((a, b) => a.start - b.start);
}

/**
 * "between March 28 and April 3", "between January and June", "between 2 May and 5 June 2023":
 * the two dates are the ends of one span (chrono reads "from … to" as one; "between … and" it
 * reads as two dates). A year or a "last year" written with the second is the span's.
 */
function joinBetween(sentence: string, mentions: RawMention[]): void {
  mentions.sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1]!;
    const plain = (m: RawMention) => isWrittenDate(m) && m.direction === undefined;
    if (!plain(a) || !plain(b)) continue;
    if (!/\bbetween\s+$/i.test(sentence.slice(0, a.start))) continue;
    if (!/^\s+and\s+$/i.test(sentence.slice(a.end, b.start))) continue;
    if ((a.date!.day === undefined) !== (b.date!.day === undefined)) continue;
    const year = b.date!.year;
    if (a.date!.year === undefined && year !== undefined)
      a.date = { ...a.date, year: a.date!.month! > b.date!.month! ? year - 1 : year };
    if (a.date!.year === undefined && b.yearOffset !== undefined) a.yearOffset = b.yearOffset;
    a.until = { ...b.date };
    a.end = b.end;
    a.stated = sentence.slice(a.start, a.end);
    mentions.splice(i + 1, 1);
  }
}

/**
 * "next week Tuesday", "last week Thursday" (West African, South Asian and casual English beside
 * "Tuesday next week"): the weekday of the week named just before it, one mention.
 */
function takeWeekBeforeWeekday(sentence: string, mentions: RawMention[]): void {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const week = mentions[i]!;
    const day = mentions[i + 1]!;
    const offset = week.relative?.unit === "week" ? week.relative.offset : undefined;
    if (offset === undefined || offset === null || Math.abs(offset) > 1) continue;
    if (!/^(?:next|last|this)\s+week$/i.test(week.stated)) continue;
    if (day.relative?.unit !== "weekday" || day.relative.offset !== null) continue;
    if (day.relative.inWeek !== undefined || day.relative.weekAfter) continue;
    if (!/^\s+(?:on\s+)?$/.test(sentence.slice(week.end, day.start))) continue;
    day.relative.inWeek = offset;
    day.stated = sentence.slice(week.start, day.end);
    day.start = week.start;
    mentions.splice(i, 1);
  }
}

/**
 * "fiscal 2015", "FY2015", "the 2014-15 financial year", "next fiscal year": a body's own year of
 * accounts, which starts and ends where the body decides; its year number is not a calendar year.
 */
function markFiscal(sentence: string, mentions: RawMention[]): void {
  let last: RawMention | undefined;
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    const yearOnly =
      m.kind === "absolute" && m.date?.year !== undefined && m.date.month === undefined;
    const wholeYear =
      yearOnly || (m.relative?.unit === "year" && !m.relative.months && !m.relative.edge);
    if (!wholeYear || m.holiday !== undefined) continue;
    if (
      /^FY|\b(?:fiscal|financial)\b/i.test(m.stated) ||
      (yearOnly &&
        (/\b(?:fiscal|financial)(?:\s+years?)?[\s-]+$/i.test(sentence.slice(0, m.start)) ||
          /^\s+(?:fiscal|financial)\s+year\b/i.test(sentence.slice(m.end)) ||
          // "fiscal years 2016 through 2018", "fiscal 2015 and 2016": the years listed with one.
          (last?.fiscal &&
            /^\s*(?:through|to|and|or|-|–)\s*$/i.test(sentence.slice(last.end, m.start)))))
    )
      m.fiscal = true;
    last = m;
  }
}

/**
 * "Q2 FY26", "the second quarter of fiscal 2026": a part of a body's own year of accounts, whose
 * months only the body knows; one mention, the fiscal year's, with the part in its words.
 */
function takeFiscalPart(sentence: string, mentions: RawMention[]): void {
  for (const f of mentions.filter((m) => m.fiscal)) {
    const part =
      /\b(?:(?:the\s+)?(?:first|second|third|fourth|1st|2nd|3rd|4th)[-\s](?:quarter|half)(?:\s+of)?|Q[1-4]|H[12]|[1-4]Q|[12]H)\s+(?:(?:fiscal|financial)\s+(?:year\s+)?)?$/i.exec(
        sentence.slice(0, f.start),
      );
    if (!part) continue;
    const inside = mentions.filter((m) => m !== f && m.start >= part.index && m.end <= f.start);
    if (inside.some((m) => !m.period)) continue;
    for (const m of inside) mentions.splice(mentions.indexOf(m), 1);
    f.start = part.index;
    f.stated = sentence.slice(f.start, f.end);
  }
}

/**
 * "told NBC's “Today” on Monday", "Orwell's “1984”": words that are all a pair of quote marks
 * hold, capitalised, are a title (a show, a book, a film), not a date.
 */
function isQuotedTitle(sentence: string, m: RawMention): boolean {
  return (
    /^[A-Z0-9]/.test(m.stated) &&
    /(?:“|"|''|``|‘)$/.test(sentence.slice(0, m.start)) &&
    /^[,.!?]?(?:”|"|''|’(?![a-z]))/.test(sentence.slice(m.end))
  );
}

/**
 * Quarters, halves and seasons, in place of what chrono read inside them ("this year" in "this
 * year's third quarter"); not where they cut across a date chrono read.
 */
function takePeriods(sentence: string, mentions: RawMention[]): void {
  for (const p of findPeriods(sentence, [])) {
    const inside = (m: RawMention) => m.start >= p.start && m.end <= p.end;
    if (mentions.some((m) => !inside(m) && m.start < p.end && p.start < m.end)) continue;
    for (let i = mentions.length - 1; i >= 0; i--) if (inside(mentions[i]!)) mentions.splice(i, 1);
    mentions.push(p);
  }
}

/** Keeps the qualifier written before a date in its stated words: "back in April", "early March", "the end of May". */
function widenStated(sentence: string, m: RawMention): void {
  const q =
    /\b(?:back in|early in|late in|earlier in|later in|early|late|mid-|mid|the end of|the beginning of|the start of|the middle of|the turn of|last|next|this)\s*$/i.exec(
      sentence.slice(0, m.start),
    );
  if (!q || m.kind !== "absolute") return;
  m.start = q.index;
  m.stated = sentence.slice(m.start, m.end);
}

/**
 * "24 December last year", "in March this year", "June of next year": a year-less date followed
 * by the year relative to the article's is one date in that year, not two; so is "June of that
 * year", whose year is the one of the date written before it.
 */
function takeYearAfter(sentence: string, mentions: RawMention[]): void {
  for (const m of mentions) {
    if (m.kind !== "absolute" || m.date?.month === undefined || m.date.year !== undefined) continue;
    const y =
      /^\s+(?:of\s+)?(last|this|next|that|the\s+same|the\s+following|the\s+next|the\s+previous)\s+year\b(?!['’])/i.exec(
        sentence.slice(m.end),
      );
    if (!y) continue;
    const end = m.end + y[0].length;
    const i = mentions.findIndex((o) => o !== m && o.start >= m.end && o.start < end);
    if (i >= 0 && mentions[i]!.kind !== "relative") continue;
    if (i >= 0) mentions.splice(i, 1);
    const word = y[1]!.toLowerCase().replace(/\s+/g, " ");
    // "June of that year", "March the following year": counted from the date written before it.
    if (/^(?:that|the )/.test(word))
      m.yearBack = /following|next/.test(word) ? 1 : /previous/.test(word) ? -1 : 0;
    else m.yearOffset = word === "last" ? -1 : word === "next" ? 1 : 0;
    m.end = end;
    m.stated = sentence.slice(m.start, end);
  }
}

/**
 * "from September to December 2014", "between March and June 1998", "in March and April 1998",
 * "Dec. 28 to Jan. 3, 1999": two dates joined, the year written once, after the second, is the
 * year of both; the first lies in the year before when its month comes later in the year.
 */
function shareYearOfPair(sentence: string, mentions: RawMention[]): void {
  const yearOf = (m: RawMention, second: PartialDate) =>
    m.date!.month! > second.month! ||
    (m.date!.month === second.month && (m.date!.day ?? 0) > (second.day ?? 32))
      ? second.year! - 1
      : second.year!;
  for (const m of mentions) {
    const d = m.date;
    if (m.kind !== "absolute" || d?.month === undefined || d.year !== undefined) continue;
    if (m.yearOffset !== undefined || m.yearBack !== undefined || m.holiday || m.direction)
      continue;
    // One mention read as a span: "September to December 2014".
    if (m.until?.year !== undefined && m.until.month !== undefined) {
      d.year = yearOf(m, m.until);
      continue;
    }
    if (m.until) continue;
    const next = mentions.find(
      (o) =>
        o.kind === "absolute" &&
        o.start >= m.end &&
        o.date?.year !== undefined &&
        o.date.month !== undefined &&
        (o.date.day === undefined) === (d.day === undefined) &&
        JOINED.test(sentence.slice(m.end, o.start)),
    );
    if (next) d.year = yearOf(m, next.date!);
  }
}

/** What joins two dates of one pair or span: "and", "or", "to", "through", a dash. */
const JOINED = /^,?\s*(?:and|or|to|until|till|through|thru|-|–|—)\s*$/i;

/**
 * "February in 1974", "in March of 2010": a month followed by the year it is in is one date, not
 * a month of the article's year beside a year.
 */
function takeYearInAfter(sentence: string, mentions: RawMention[]): void {
  for (const m of mentions) {
    const d = m.date;
    if (m.kind !== "absolute" || d?.month === undefined || d.year !== undefined || d.day) continue;
    if (m.yearOffset !== undefined || m.yearBack !== undefined || m.until || m.holiday) continue;
    const y = /^\s+(?:in|of)\s+(\d{4})\b/.exec(sentence.slice(m.end));
    if (!y) continue;
    const end = m.end + y[0].length;
    const i = mentions.findIndex(
      (o) =>
        o.kind === "absolute" &&
        o.end === end &&
        o.date?.year === Number(y[1]) &&
        o.date.month === undefined &&
        !o.until,
    );
    if (i < 0) continue;
    mentions.splice(i, 1);
    m.date = { ...d, year: Number(y[1]) };
    m.direction = undefined;
    m.end = end;
    m.stated = sentence.slice(m.start, end);
  }
}

/**
 * "the June quarter", "the September 2019 quarter" (as Australian and New Zealand business news
 * names quarters): the three months ending with the month named.
 */
function quarterEndingIn(sentence: string, m: RawMention): void {
  const d = m.date;
  if (m.kind !== "absolute" || !d || d.month === undefined || d.day !== undefined || m.until)
    return;
  if (d.month % 3 !== 0 || !/\bthe\s+$/i.test(sentence.slice(0, m.start))) return;
  const q = /^\s+quarter\b(?![-'’])/i.exec(sentence.slice(m.end));
  if (!q) return;
  m.until = { ...d };
  m.date = { ...d, month: d.month - 2 };
  m.end += q[0].length;
  m.stated = sentence.slice(m.start, m.end);
}

export function overlaps(mentions: RawMention[], start: number, end: number): boolean {
  return mentions.some((m) => start < m.end && m.start < end);
}

/**
 * chrono sometimes reads a relative phrase around a written date ("the week to 25 December"
 * as "a week from today"): when its month is not the month written, the written date is
 * parsed again on its own.
 */
function refine(sentence: string, r: Parsed): Parsed[] {
  const mw = MONTH_WORD.exec(r.text);
  // "voted 22-11 Wednesday night", "ruled 7 to 2 Monday": a score or a vote before a weekday, which
  // chrono reads into the weekday's words; the weekday is read again on its own.
  const score = mw ? null : SCORE_BEFORE_WEEKDAY.exec(r.text);
  if (score) return parseAt(r.text.slice(score[0].length), r.index + score[0].length);
  // "this year through Oct. 19": a range from a relative date to a written one, read as two dates.
  const range = /^(.+?)\s+(?:through|thru|to|until|till)\s+/i.exec(r.text);
  // ("24 to 26 December", "3rd to 5th March": days of one month, which chrono reads as one span.)
  const dayOnly = /^(?:from\s+)?\d{1,2}(?:st|nd|rd|th)?$/i.test(range?.[1] ?? "");
  if (mw && range && r.end && mw.index >= range[0].length && !dayOnly)
    return [
      ...parseAt(range[1] ?? "", r.index),
      ...parseAt(r.text.slice(range[0].length), r.index + range[0].length),
    ];
  // "from 1-15 June": chrono reads the days before the month as hours; read again from the first day.
  if (mw && r.start.isCertain("hour") && !r.start.isCertain("day")) {
    const k = r.text.search(/\d/);
    if (k > 0 && k < mw.index)
      return parseAt(r.text.slice(k), r.index + k).filter((x) => x.start.isCertain("day"));
  }
  // "October 10 through 14": chrono reads the days after the month as hours; the month's two days.
  const days = DAYS_AFTER_MONTH.exec(r.text);
  const month =
    days && r.start.isCertain("hour") ? MONTH_BEFORE.exec(sentence.slice(0, r.index)) : null;
  if (days && month) {
    const [first] = parseAt(`${month[1]} ${days[1]}`, month.index);
    const [last] = parseAt(`${month[1]} ${days[2]}`, month.index);
    if (first?.start.isCertain("day") && last?.start.isCertain("day") && +days[1]! < +days[2]!)
      return [
        {
          index: month.index,
          text: sentence.slice(month.index, r.index + r.text.length),
          start: first.start,
          end: last.start,
        },
      ];
  }
  // "the night of Oct. 23" is read as tonight, with no month: the written date is read again.
  if (
    !mw ||
    (r.start.isCertain("month") &&
      MONTH_NUMBER[(mw[1] ?? "").toLowerCase()] === r.start.get("month"))
  )
    return [r];
  const head = r.text.slice(0, mw.index);
  const day = /\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+$/.exec(head);
  const k = day ? day.index : mw.index;
  return parseAt(r.text.slice(k), r.index + k).filter((x) => {
    const w = MONTH_WORD.exec(x.text);
    return (
      w &&
      x.start.isCertain("month") &&
      MONTH_NUMBER[(w[1] ?? "").toLowerCase()] === x.start.get("month")
    );
  });
}

/** A count or a score written before a weekday: "11 Wednesday" of "22-11 Wednesday", "7 to 2 Monday". */
const SCORE_BEFORE_WEEKDAY =
  /^\d{1,3}(?:\s*(?:to|-|–)\s*\d{1,3})?\s+(?=(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)/i;

/** Days after a month that chrono read as clock hours: "10 through 14", "3 to 7". */
const DAYS_AFTER_MONTH =
  /^(\d{1,2})(?:st|nd|rd|th)?\s*(?:through|thru|to|until|till|-)\s*(\d{1,2})(?:st|nd|rd|th)?$/i;
const MONTH_BEFORE = new RegExp(`${MONTH_WORD.source}\\s*$`, "i");

const MONTH_NAME = `\\b(?:${MONTH_ALTERNATION})\\b`;
const DAY_NUMBER = String.raw`\d{1,2}(?:st|nd|rd|th)?(?!\d)`;
const MONTH_DAY = String.raw`(?:${MONTH_NAME}\.?\s+${DAY_NUMBER}|${DAY_NUMBER}\s+${MONTH_NAME}\.?)`;
/** "Sept. 1-Oct. 15", "May 30-June 2", "30 May – 2 June 2025": days of two months joined by a dash. */
const CROSS_MONTH = new RegExp(
  String.raw`(${MONTH_DAY})\s*[-–—]\s*(${MONTH_DAY}(?:,?\s+\d{4}\b)?)`,
  "gi",
);

/**
 * Two days of different months joined by a dash, which chrono misreads ("1-Oct. 15" as a day of
 * 2015, "30-June"): each end read on its own, one span from the first to the last.
 */
function crossMonthSpans(sentence: string): Parsed[] {
  const out: Parsed[] = [];
  for (const m of sentence.matchAll(CROSS_MONTH)) {
    const [first] = parseAt(m[1]!, m.index);
    const [last] = parseAt(m[2]!, m.index + m[0].length - m[2]!.length);
    if (!first?.start.isCertain("day") || !last?.start.isCertain("day")) continue;
    if (first.start.get("month") === last.start.get("month")) continue;
    out.push({ index: m.index, text: m[0], start: first.start, end: last.start });
  }
  return out;
}

/**
 * chrono's reading of a piece of the sentence that starts at `offset`. chrono joins days with a
 * hyphen only ("March 3-5"), so it reads a copy with an en dash between numbers as a hyphen
 * ("March 3–5"; not an em dash: "August 11, 2015 — 3:17 PM" is a date, then a time); the words
 * are the sentence's own (a dash is one character either way).
 */
function parseAt(text: string, offset: number): Parsed[] {
  try {
    return chrono.en.casual
      .parse(text.replace(/(\d\s?)–(?=\s?\d)/g, "$1-"), FIXED_REFERENCE)
      .map((x) => ({
        index: offset + x.index,
        text: text.slice(x.index, x.index + x.text.length),
        start: x.start,
        end: x.end,
      }));
  } catch {
    return [];
  }
}
