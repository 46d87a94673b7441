/** Dates written against the article's own day ("yesterday", "last week", "on Monday"). */
import {
  addDays,
  addMonths,
  isoDay,
  isoMonth,
  isoYear,
  isValidDay,
  weekday,
  ymd,
  type Ymd,
} from "./calendar.js";
import type { Relative } from "./mentions.js";
import type { Reference } from "./reference.js";
import type { Resolved } from "./resolve-absolute.js";
import type { ClauseTense } from "./tense.js";

export function resolveRelative(
  rel: Relative,
  tense: ClauseTense,
  reference: Reference | undefined,
): Resolved | undefined {
  if (!reference?.exact) return undefined;
  const r = reference.lo;
  const day = (d: Ymd): Resolved => ({ date: isoDay(d), precision: "day", implied: true });
  const span = (a: Ymd, b: Ymd): Resolved => ({
    date: isoDay(a),
    end: isoDay(b),
    precision: "day",
    implied: true,
  });
  const future = tense === "future";
  // "Thursday through Monday": from the first day to the next such last weekday.
  const untilWeekday = (first: Ymd, last: number) =>
    span(first, addDays(first, (last - weekday(first) + 7) % 7 || 7));
  switch (rel.unit) {
    case "day":
      if (rel.dayOfMonth !== undefined) return dayOfMonth(rel.dayOfMonth, tense, r);
      if (rel.night) return span(addDays(r, rel.offset ?? 0), addDays(r, (rel.offset ?? 0) + 1));
      return day(addDays(r, rel.offset ?? 0));
    case "weekday": {
      if (rel.inWeek !== undefined) {
        const monday = addDays(r, -((weekday(r) + 6) % 7));
        const inWeek = addDays(monday, 7 * rel.inWeek + (((rel.weekday ?? 0) + 6) % 7));
        return rel.untilWeekday === undefined
          ? day(inWeek)
          : untilWeekday(inWeek, rel.untilWeekday);
      }
      const first = rel.weekAfter
        ? addDays(weekdayFrom(rel, "future", r), 7)
        : (rel.dayOfMonth && dayOfMonthNear(rel, r)) || weekdayFrom(rel, tense, r);
      if (rel.untilWeekday === undefined) return day(first);
      return untilWeekday(first, rel.untilWeekday);
    }
    case "week": {
      const monday = addDays(r, -((weekday(r) + 6) % 7));
      const start = addDays(monday, 7 * (rel.offset ?? 0));
      return span(start, addDays(start, 6));
    }
    case "weekend": {
      const sinceSat = (weekday(r) + 1) % 7; // Saturday 0, Sunday 1, Monday 2, …
      let saturday: Ymd;
      if (rel.offset === -1) saturday = addDays(r, -(sinceSat <= 1 ? sinceSat + 7 : sinceSat));
      else if (rel.offset === 1) saturday = addDays(r, 7 - sinceSat + (sinceSat <= 1 ? 7 : 0));
      // "the weekend before last", "the weekend after next": a week beyond the last or the next one.
      else if (rel.offset === -2)
        saturday = addDays(r, -(sinceSat <= 1 ? sinceSat + 7 : sinceSat) - 7);
      else if (rel.offset === 2) saturday = addDays(r, 7 - sinceSat + (sinceSat <= 1 ? 7 : 0) + 7);
      else if (future) saturday = addDays(r, sinceSat <= 1 ? -sinceSat : 7 - sinceSat);
      // "Rain is forecast for this weekend" told from Wednesday on: a present (or no tense) speaks
      // of the coming one; early in the week, of the one just gone ("gains made over the weekend").
      else if (tense !== "past" && sinceSat >= 4) saturday = addDays(r, 7 - sinceSat);
      else saturday = addDays(r, -sinceSat);
      return span(saturday, addDays(saturday, 1));
    }
    case "month": {
      const m = addMonths(ymd(r.year, r.month, 1), rel.offset ?? 0);
      // "the 1st of next month"
      if (rel.dayOfMonth !== undefined)
        return isValidDay(m.year, m.month, rel.dayOfMonth)
          ? day(ymd(m.year, m.month, rel.dayOfMonth))
          : undefined;
      return { date: isoMonth(m.year, m.month), precision: "month", implied: true };
    }
    case "quarter": {
      const q = addMonths(ymd(r.year, r.month - ((r.month - 1) % 3), 1), 3 * (rel.offset ?? 0));
      return months(q.year, [q.month, q.month + 2]);
    }
    case "season": {
      const y = seasonYear(rel, tense, r);
      return y === undefined ? undefined : months(y, rel.months ?? [1, 12]);
    }
    case "year": {
      if (rel.turn) return centuryTurn(rel.turn, rel.offset, tense, r.year);
      const y = r.year + (rel.offset ?? 0);
      if (rel.months) return months(y, rel.months);
      if (rel.edge === "end") return { date: isoMonth(y, 12), precision: "month", implied: true };
      return { date: isoYear(y), precision: "year", implied: true };
    }
  }
}

/** Months of a year; a span whose last month comes before its first (winter) ends in the next year. */
const months = (year: number, [first, last]: [number, number]): Resolved => ({
  date: isoMonth(year, first),
  end: isoMonth(last < first ? year + 1 : year, last),
  precision: "month",
  implied: true,
});

/**
 * The year of a season named without one: "last summer" is the latest that ended before the
 * article's month, "next spring" the first that starts after it, "this fall" the article's year's;
 * "in the summer" goes by the tense (past: the latest begun; future: the first not yet over).
 */
function seasonYear(rel: Relative, tense: ClauseTense, r: Ymd): number | undefined {
  const [first, last] = rel.months ?? [1, 12];
  if (last < first) return winterYear(rel, tense, r);
  if (rel.offset === 0) return r.year;
  if (rel.offset === -1) return last < r.month ? r.year : r.year - 1;
  if (rel.offset === 1) return first > r.month ? r.year : r.year + 1;
  if (tense === "past") return first <= r.month ? r.year : r.year - 1;
  if (tense === "future") return last >= r.month ? r.year : r.year + 1;
  return undefined;
}

/**
 * The year a winter (December to February) named without one starts in: "last winter" the latest
 * over before the article's month, "this winter" the one under way or the coming one, "next
 * winter" the first that starts after the article's month; "in the winter" by the tense (past: the
 * latest begun; future: the first not yet over).
 */
function winterYear(rel: Relative, tense: ClauseTense, r: Ymd): number | undefined {
  const [first, last] = rel.months ?? [12, 2];
  const begun = r.month >= first ? r.year : r.year - 1;
  const running = r.month >= first || r.month <= last;
  if (rel.offset === 0) return running ? begun : r.year;
  if (rel.offset === -1) return running ? begun - 1 : begun;
  if (rel.offset === 1) return begun + 1;
  if (tense === "past") return begun;
  if (tense === "future") return running ? begun : begun + 1;
  return undefined;
}

/** A weekday's day: the one before the article's day, or the coming one as the words or the tense say. */
function weekdayFrom(rel: Relative, tense: ClauseTense, r: Ymd): Ymd {
  const w = rel.weekday ?? 0;
  const back = (weekday(r) - w + 7) % 7;
  const ahead = (w - weekday(r) + 7) % 7;
  if (rel.offset === -1) return addDays(r, -(back || 7));
  // "Polls close this Sunday": the one of the article's week still to come, unless told in the past.
  if (rel.this && tense !== "past") return addDays(r, ahead);
  if (rel.offset === 1) return addDays(r, ahead || 7);
  // "will meet Friday", "talks resume Monday": the coming one, today included.
  if (rel.offset === null && (tense === "future" || tense === "present" || tense === "either"))
    return addDays(r, ahead);
  if (rel.offset === null && tense === "near") return addDays(r, back <= ahead ? -back : ahead);
  return addDays(r, -back);
}

/** "Tuesday 31st": the nearest day, within five weeks of the article's, that is that weekday and that day of the month. */
function dayOfMonthNear(rel: Relative, r: Ymd): Ymd | undefined {
  for (let k = 0; k <= 35; k++)
    for (const d of [addDays(r, -k), addDays(r, k)])
      if (d.day === rel.dayOfMonth && weekday(d) === rel.weekday) return d;
  return undefined;
}

/**
 * "on the 15th" with no month named before it: the article's month's day, or the month before
 * when that day is still to come and the clause is told in the past (the month after when a
 * future clause names a day already gone).
 */
function dayOfMonth(n: number, tense: ClauseTense, r: Ymd): Resolved | undefined {
  const shift = tense === "future" ? (n < r.day ? 1 : 0) : tense === "past" && n > r.day ? -1 : 0;
  if (tense !== "future" && tense !== "past" && n !== r.day) return undefined;
  const m = addMonths(ymd(r.year, r.month, 1), shift);
  if (!isValidDay(m.year, m.month, n)) return undefined;
  return { date: isoDay(ymd(m.year, m.month, n)), precision: "day", implied: true };
}

/**
 * "the turn of the century": the last turn at or before the article's year ("the last century":
 * the one before that; "the next": the one after); unwritten, the tense says which ("by the turn
 * of the century, the firm will …" in 1989 is 2000), else the nearest.
 */
function centuryTurn(
  every: number,
  offset: number | null,
  tense: ClauseTense,
  year: number,
): Resolved {
  const last = Math.floor(year / every) * every;
  const y =
    offset === 0
      ? last
      : offset !== null
        ? last + offset * every
        : tense === "future"
          ? last + every
          : tense === "past"
            ? last
            : Math.round(year / every) * every;
  return { date: isoYear(y), precision: "year", implied: true };
}
