/**
 * The article's reference date: when it was written, as far as we can tell. The front-matter
 * date when there is one (exact). Otherwise a window inferred from the dates the text writes
 * in full: the article comes after the latest date it speaks of in the past, and before the
 * earliest date it speaks of as still to come.
 */
import {
  addMonths,
  compare,
  isoBounds,
  isoDay as isoDayOf,
  parseIsoDay,
  type Ymd,
} from "./calendar.js";

export interface Anchor {
  /** ISO date the text writes in full: "2019-06-09", "2004-12" or "2004". */
  iso: string;
  /** The clause speaks of it as still to come. */
  future: boolean;
  /** A point of comparison ("since June 2003"): says little about when the article was written. */
  comparator?: boolean;
  /** The clause speaks of it in the past tense ("filed in 1999"). */
  past?: boolean;
}

export interface Reference {
  /** The article was written no earlier than lo and no later than hi. */
  lo: Ymd;
  hi: Ymd;
  /** The written date the window hangs on (the stated date, the latest past one, or the earliest future one). */
  anchor: Ymd;
  /** Inferred, hanging on a past date written to the day ("the report of 3 April 2021", a byline's date). */
  dayAnchor?: true;
  /** Stated in the front matter: relative dates ("on Monday", "last week") can be resolved. */
  exact: boolean;
  source: "stated" | "inferred";
  /** Stated to the month or the year only (a magazine's issue): what needs the day stays unplaced. */
  precision?: "month" | "year";
}

/**
 * How far after the latest date it speaks of in the past (or before the earliest it speaks of as
 * to come) an article may be written. Measured on the BBC corpus (2004–05), where 12 months put
 * the most year-less dates in the articles' own years.
 */
const SLACK_MONTHS = 12;

export function statedReference(stated: string | undefined): Reference | undefined {
  const day = parseIsoDay(stated);
  if (day) return { lo: day, hi: day, anchor: day, exact: true, source: "stated" };
  // "1989-03", "1993": the month or the year of an issue.
  const bounds = stated && /^\d{4}(?:-\d{2})?$/.test(stated) ? isoBounds(stated) : undefined;
  if (!bounds) return undefined;
  const precision = stated!.length === 7 ? "month" : "year";
  return {
    lo: bounds.first,
    hi: bounds.last,
    anchor: bounds.first,
    exact: false,
    source: "stated",
    precision,
  };
}

/**
 * Infers the window from written dates. It needs a date written with its month ("June 9, 2019",
 * "December 2004") that is not a point of comparison ("since June 2003"); bare years are too
 * weak (news writes history, forecasts and comparisons with years: "since 1999", "by 2007"). A future date counts only when written to the day ("scheduled for June
 * 9, 2019"); "until June 2006" or "in 2006" say little about when the article was written. A year
 * told in the past after the latest such date ("filed in 1999" beside "on 15 December 1953")
 * leaves no window: the dates written in full are history, not the article's time.
 */
export function inferReference(anchors: Anchor[]): Reference | undefined {
  const usable = anchors.filter((a) => !a.comparator);
  const dated = usable.filter((a) => a.iso.length >= 7 && (!a.future || a.iso.length === 10));
  if (!dated.length) return undefined;
  const bounds = dated.map((a) => ({ future: a.future, b: isoBounds(a.iso) })).filter((a) => a.b);
  const past = bounds.filter((a) => !a.future);
  const future = bounds.filter((a) => a.future);
  if (past.length) {
    const lo = past.map((a) => a.b!.first).reduce((x, y) => (compare(x, y) >= 0 ? x : y));
    // "a meeting on 15 December 1953 … the claim, filed in 1999": a later year told in the past
    // shows the full date is history, not the article's time; the window would be a guess.
    if (usable.some((a) => a.past && a.iso.length === 4 && Number(a.iso) > lo.year))
      return undefined;
    let hi = addMonths(lo, SLACK_MONTHS);
    for (const f of future)
      if (compare(f.b!.last, lo) >= 0 && compare(f.b!.last, hi) < 0) hi = f.b!.last;
    const ref: Reference = { lo, hi, anchor: lo, exact: false, source: "inferred" };
    const latest = past.find((a) => compare(a.b!.first, lo) === 0);
    if (latest && dated.some((a) => !a.future && a.iso.length === 10 && a.iso === isoDayOf(lo)))
      ref.dayAnchor = true;
    return ref;
  }
  if (!future.length) return undefined;
  const hi = future.map((a) => a.b!.last).reduce((x, y) => (compare(x, y) <= 0 ? x : y));
  return { lo: addMonths(hi, -SLACK_MONTHS), hi, anchor: hi, exact: false, source: "inferred" };
}
