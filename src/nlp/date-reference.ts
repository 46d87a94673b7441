/**
 * The article's reference date: when it was written, as far as we can tell. The front-matter
 * date when there is one (exact). Otherwise a window inferred from the dates the text writes
 * in full: the article comes after the latest date it speaks of in the past, and before the
 * earliest date it speaks of as still to come.
 */
import { addMonths, compare, isoBounds, parseIsoDay, type Ymd } from "./date-calendar.js";

export interface Anchor {
  /** ISO date the text writes in full: "2019-06-09", "2004-12" or "2004". */
  iso: string;
  /** The clause speaks of it as still to come. */
  future: boolean;
}

export interface Reference {
  /** The article was written no earlier than lo and no later than hi. */
  lo: Ymd;
  hi: Ymd;
  /** Stated in the front matter: relative dates ("on Monday", "last week") can be resolved. */
  exact: boolean;
  source: "stated" | "inferred";
}

/** How far after the latest past date (or before the earliest future date) an article may be written. */
const SLACK_MONTHS = 6;

export function statedReference(stated: string | undefined): Reference | undefined {
  const day = parseIsoDay(stated);
  return day ? { lo: day, hi: day, exact: true, source: "stated" } : undefined;
}

/**
 * Infers the window from written dates. Anchors with a month ("June 9, 2019", "December 2004")
 * are used when there are any; bare years ("in 2004") only when `useYears` allows and nothing
 * better is written.
 */
export function inferReference(anchors: Anchor[]): Reference | undefined {
  const withMonth = anchors.filter((a) => /^\d{4}-\d{2}/.test(a.iso));
  const used = withMonth.length ? withMonth : anchors;
  if (!used.length) return undefined;
  const bounds = used.map((a) => ({ ...a, b: isoBounds(a.iso) })).filter((a) => a.b);
  const past = bounds.filter((a) => !a.future);
  const future = bounds.filter((a) => a.future);
  if (past.length) {
    const lo = past.map((a) => a.b!.first).reduce((x, y) => (compare(x, y) >= 0 ? x : y));
    let hi = addMonths(lo, SLACK_MONTHS);
    for (const f of future) if (compare(f.b!.last, lo) >= 0 && compare(f.b!.last, hi) < 0) hi = f.b!.last;
    return { lo, hi, exact: false, source: "inferred" };
  }
  const hi = future.map((a) => a.b!.last).reduce((x, y) => (compare(x, y) <= 0 ? x : y));
  return { lo: addMonths(hi, -SLACK_MONTHS), hi, exact: false, source: "inferred" };
}
