/**
 * Dates written with a month or a year ("March 20", "Nov. 10, 1989", "1998", "18-20 March"):
 * a year-less one takes the year its clause's tense and the reference date give.
 */
import type { DatePrecision } from "../../model/analysis.js";
import {
  compare,
  daysInMonth,
  isoDay,
  isoMonth,
  isoYear,
  isValidDay,
  toUtc,
  weekday,
  ymd,
  type Ymd,
} from "./calendar.js";
import { holidayDay, holidayWeekend } from "./holidays.js";
import type { Direction, PartialDate, RawMention } from "./types.js";
import type { Reference } from "./reference.js";
import type { ClauseTense } from "./tense.js";

/** How far ahead of the article's day a year-less date with no verb cue may lie and still be this year's. */
const SOON_MS = 60 * 86_400_000;
/** How soon after the day an undated article hangs on it is taken to be written, for a year-less date told in the past. */
const SOON_AFTER_MS = 31 * 86_400_000;
/** How long before the article's day a date in a present-tense clause, or a month set as a limit, may have ended ("is now in its second week since March 3"). */
const PRESENT_GRACE_MS = 31 * 86_400_000;

export interface Resolved {
  date: string;
  end?: string;
  precision: DatePrecision;
  implied: boolean;
}

function format(d: PartialDate & { year: number }): { iso: string; precision: DatePrecision } {
  if (d.month === undefined) return { iso: isoYear(d.year), precision: "year" };
  if (d.day === undefined) return { iso: isoMonth(d.year, d.month), precision: "month" };
  return { iso: isoDay({ year: d.year, month: d.month, day: d.day }), precision: "day" };
}

export function resolveAbsolute(
  m: RawMention,
  tense: ClauseTense,
  reference: Reference | undefined,
): Resolved | undefined {
  if (m.holiday !== undefined) return resolveHoliday(m, tense, reference);
  const d = m.date;
  if (!d) return undefined;
  let year = d.year;
  const implied = year === undefined;
  // "March this year": the article's year when its date is known; else as a year-less date.
  if (year === undefined && m.yearOffset !== undefined && reference?.exact)
    year = reference.lo.year + m.yearOffset;
  year ??= m.sameDayYear;
  // "on December 7 and 8": the second day is in the first one's year.
  if (year === undefined && m.pairOf) {
    const first = resolveAbsolute(m.pairOf, tense, reference);
    if (first?.precision === "day") year = Number(first.date.slice(0, 4));
  }
  if (year === undefined) {
    if (!reference || d.month === undefined) return undefined;
    // "next March", "January next year" count from the article's own day: an inferred window
    // (a year wide) cannot say which year they name ("last March" is at least the last one
    // before the window, as the article comes after the dates it speaks of in the past).
    if (!reference.exact && (m.yearOffset !== undefined || m.direction === "future"))
      return undefined;
    const direction = m.direction === "this" ? "present" : m.direction;
    year =
      m.direction && d.day === undefined && reference.exact
        ? lastOrNext(d.month, m.direction, reference.lo)
        : m.direction === "past" && d.day === undefined
          ? lastBefore(d.month, reference.lo)
          : m.period
            ? periodYear(d.month, tense, reference)
            : pickYear(d, direction ?? tense, reference, m.weekday, m.until);
    if (year === undefined) return undefined;
  }
  if (d.month !== undefined && d.day !== undefined && !isValidDay(year, d.month, d.day))
    return undefined;
  const start = format({ ...d, year });
  const out: Resolved = { date: start.iso, precision: start.precision, implied };
  if (m.until) {
    let endYear = m.until.year ?? year;
    if (
      m.until.month !== undefined &&
      d.month !== undefined &&
      m.until.year === undefined &&
      m.until.month < d.month
    )
      endYear = year + 1;
    const until = { ...m.until, year: endYear };
    if (until.month === undefined && start.precision !== "year") return out;
    if (until.day === undefined && start.precision === "day")
      until.day = until.month === undefined ? undefined : daysInMonth(endYear, until.month);
    if (
      until.month !== undefined &&
      until.day !== undefined &&
      !isValidDay(endYear, until.month, until.day)
    )
      return out;
    const end = format(until);
    if (end.iso > start.iso) out.end = end.iso;
  }
  return out;
}

/**
 * The year for a year-less date. A past clause: the latest that keeps it on or before the end of
 * the reference window (news speaks of the past). A future clause: the earliest on or after the
 * window's start (or, when the window hangs on a future date, the year nearest that date). A
 * present clause ("takes place on 5 May") against a stated date: the first on or after it (or just
 * ended); so does a month set as a limit ("to add 1,200MW by September"). A day set as a limit
 * ("extended to Nov. 20") against a stated date: the year nearest it. No verb cue ("has set
 * Nov. 10 as the deadline"): the past, unless
 * the date lies within SOON_MS after a stated date. A written weekday ("Wednesday, 5 January")
 * picks the year it fits, when one does.
 */
function pickYear(
  d: PartialDate,
  clause: ClauseTense,
  ref: Reference,
  wd?: number,
  until?: PartialDate,
): number | undefined {
  const month = d.month!;
  const first = (y: number) => ymd(y, month, d.day ?? 1);
  const last = (y: number) => ymd(y, month, d.day ?? daysInMonth(y, month));
  // A range's last day ("from June 1 to Nov. 30"; "from December to February" ends the next year).
  const rangeLast = (y: number): Ymd => {
    if (until?.month === undefined || until.year !== undefined) return last(y);
    const endYear = until.month < month ? y + 1 : y;
    return ymd(endYear, until.month, until.day ?? daysInMonth(endYear, until.month));
  };
  const years: number[] = [];
  for (let y = ref.lo.year - 1; y <= ref.hi.year + 1; y++) years.push(y);
  const a = toUtc(ref.anchor);
  const distance = (y: number) =>
    toUtc(last(y)) < a ? a - toUtc(last(y)) : toUtc(first(y)) > a ? toUtc(first(y)) - a : 0;
  const nearest = (ys: number[]) =>
    ys.length ? ys.reduce((x, y) => (distance(y) < distance(x) ? y : x)) : undefined;
  const before = years.filter((y) => compare(first(y), ref.hi) <= 0);
  // An undated article hanging on a day it tells in the past (a report "of 3 April 2021", the
  // day under its byline) is most likely written soon after that day: a month told in the past
  // ("bought a generator in January") is the last one begun by a month after it, not the last
  // one before the window's far end a year later. (A window hanging on a month or a period is
  // left its year's reach: "the second half of 2004" says little of how soon after it the
  // article came.)
  // (A day of the month keeps it: "founded on 2 February 2011 … moved offices on 14 January" tells
  // a story on from that day.)
  const soon =
    ref.dayAnchor && d.day === undefined
      ? before.filter((y) => toUtc(first(y)) <= toUtc(ref.anchor) + SOON_AFTER_MS)
      : before;
  const lastBefore = soon[soon.length - 1] ?? before[before.length - 1];
  const after = years.filter((y) => compare(last(y), ref.lo) >= 0);
  // A window hung on a future date ("scheduled for June 9, 2019") ends there: a future date in the text lies near it.
  const hungOnFuture =
    !ref.exact && compare(ref.anchor, ref.hi) === 0 && compare(ref.lo, ref.hi) !== 0;
  let pick: number | undefined;
  if (clause === "unknown") {
    // No verb says which way: the past, unless the date is just ahead (a deadline, a record date).
    const ahead = after.find((y) => compare(first(y), ref.lo) > 0);
    pick = ref.exact && ahead !== undefined && distance(ahead) <= SOON_MS ? ahead : lastBefore;
  } else if (clause === "past") pick = lastBefore;
  // ("signed deals to add 1,200MW by September": a limit may lie ahead of the day it hangs on.)
  else if (clause === "limit" && !ref.exact) pick = before[before.length - 1];
  // A month a verb sets as a limit ("signed deals to add 1,200MW by September") lies after that
  // verb's event, which news reports soon after it: against the article's day, the first such
  // month not ended more than a short while before it — not one that ended half a year ago because
  // it lies nearer than next year's. (A day keeps the nearest: "the offer was extended to Nov. 20"
  // may tell of a term just run out; measured, the day form lost a dates-blind-2 case.)
  else if (clause === "limit" && d.day === undefined) {
    const from = toUtc(ref.lo) - PRESENT_GRACE_MS;
    pick = years.find((y) => toUtc(last(y)) >= from);
  } else if (clause === "future") pick = hungOnFuture ? nearest(after) : after[0];
  else if (clause === "present" && ref.exact) {
    // English reports the past in the past tense: a present-tense clause ("the rule takes effect
    // on Dec. 1", "if he is elected in November") speaks of a date to come or just under way —
    // a range under way until its last day ("the season, which runs from June 1 to Nov. 30").
    const from = toUtc(ref.lo) - PRESENT_GRACE_MS;
    pick = years.find((y) => toUtc(rangeLast(y)) >= from);
  } else {
    const inside = years.filter(
      (y) => compare(last(y), ref.lo) >= 0 && compare(first(y), ref.hi) <= 0,
    );
    pick = ref.exact || !inside.length ? nearest(years) : inside[inside.length - 1];
  }
  if (wd !== undefined && d.day !== undefined) {
    const fits = years.filter(
      (y) => isValidDay(y, month, d.day!) && weekday(ymd(y, month, d.day!)) === wd,
    );
    if (fits.length === 1) return fits[0];
    if (fits.length > 1 && pick !== undefined && !fits.includes(pick)) {
      return fits.reduce((a, b) => (Math.abs(b - pick!) < Math.abs(a - pick!) ? b : a));
    }
  }
  return pick;
}

/**
 * A holiday's day: in its written year; else the one before or after the reference its "last" or
 * "next" asks for ("this Christmas": the reference's year's); else the year a year-less day with
 * the clause's tense would take.
 */
function resolveHoliday(
  m: RawMention,
  tense: ClauseTense,
  reference: Reference | undefined,
): Resolved | undefined {
  const rule = m.holiday;
  if (!rule) return undefined;
  const day = (y: number, implied: boolean): Resolved | undefined => {
    const d = holidayDay(rule, y);
    if (d && m.holidayWeekend) {
      const span = holidayWeekend(d, rule === "easter:0");
      return span && { date: isoDay(span[0]), end: isoDay(span[1]), precision: "day", implied };
    }
    return d && { date: isoDay(d), precision: "day", implied };
  };
  if (m.date?.year !== undefined) return day(m.date.year, false);
  // "this year's Eid al-Fitr": the article's year, or the one before or after.
  if (m.yearOffset !== undefined)
    return reference?.exact ? day(reference.lo.year + m.yearOffset, true) : undefined;
  if (!reference || (m.direction === "future" && !reference.exact)) return undefined;
  const r = reference.lo;
  const at = (y: number) => holidayDay(rule, y);
  let year: number | undefined;
  if (m.direction === "this") year = r.year;
  else if (m.direction === "past")
    year = at(r.year) && compare(at(r.year)!, r) < 0 ? r.year : r.year - 1;
  else if (m.direction === "future")
    year = at(r.year) && compare(at(r.year)!, r) > 0 ? r.year : r.year + 1;
  else {
    const near = at(reference.anchor.year);
    if (!near) return undefined;
    year = pickYear({ month: near.month, day: near.day }, tense, reference);
  }
  return year === undefined ? undefined : day(year, true);
}

/**
 * The year of a quarter or half named without one ("third-quarter profit", "expects to report
 * a loss for the third quarter"): the article's year once that part has begun, whatever the
 * tense (results are reported, and forecast, after a quarter starts); before it begins, the
 * year before, unless the clause speaks of the future.
 */
function periodYear(firstMonth: number, tense: ClauseTense, ref: Reference): number {
  // Without a stated date, the date the article's window hangs on (the latest it reports).
  const at = ref.exact ? ref.lo : ref.anchor;
  return firstMonth <= at.month || tense === "future" ? at.year : at.year - 1;
}

/**
 * "last March" in an article whose day is only known to come after `lo` (the latest date it
 * speaks of in the past): the last such month that began by then.
 */
function lastBefore(month: number, lo: Ymd): number {
  return month <= lo.month ? lo.year : lo.year - 1;
}

/**
 * "last March", "next April" against the article's day: the month a year round, not the one
 * just past or just coming ("last February" written in March is February a year before; the
 * month just past would be "last month").
 */
function lastOrNext(month: number, direction: Direction, ref: Ymd): number {
  if (direction === "this") return ref.year;
  const index = (y: number) => y * 12 + month - 1;
  const now = ref.year * 12 + ref.month - 1;
  if (direction === "past") return index(ref.year) <= now - 2 ? ref.year : ref.year - 1;
  return index(ref.year) >= now + 2 ? ref.year : ref.year + 1;
}
