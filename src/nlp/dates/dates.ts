import type { DatedEvent, DatePrecision, Sentence, TimeMention } from "../../model/analysis.js";
import {
  addDays,
  addMonths,
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
import { eventText } from "./event.js";
import { findMentions } from "./mentions.js";
import type { PartialDate, RawMention, Relative } from "./mention-types.js";
import { inferReference, statedReference, type Anchor, type Reference } from "./reference.js";
import { clauseTense, type Tense } from "./tense.js";

export interface DateResult {
  dates: DatedEvent[];
  referenceDate?: string;
  referenceDateSource?: "stated" | "inferred";
  /** Durations, and dates that cannot be placed without inventing (see TimeMention). */
  timeMentions: TimeMention[];
}

interface Found {
  mention: RawMention;
  sentence: Sentence;
  tense: Tense;
  future: boolean;
}

/**
 * Every temporal expression resolved against the article's reference date, each with its
 * event. The reference is the front-matter date when stated, else inferred from the dates
 * written in full. Year-less dates take the year that puts them on the right side of the
 * reference (before it, unless their clause speaks of the future); dates given only relative
 * to the article's day ("on Monday", "last week") are resolved only against a stated date.
 */
export function findDates(sentences: Sentence[], statedDate?: string): DateResult {
  const found: Found[] = [];
  for (const sentence of sentences) {
    for (const mention of findMentions(sentence.text)) {
      const tense =
        mention.kind === "duration"
          ? "past"
          : clauseTense(sentence.text, mention.start, mention.end);
      found.push({ mention, sentence, tense, future: tense === "future" });
    }
  }
  const anchors: Anchor[] = [];
  for (const f of found) {
    const d = f.mention.date;
    if (f.mention.kind !== "absolute" || d?.year === undefined) continue;
    const iso =
      d.month === undefined
        ? isoYear(d.year)
        : d.day === undefined
          ? isoMonth(d.year, d.month)
          : isoDay(ymd(d.year, d.month, d.day));
    anchors.push({
      iso,
      future: f.future,
      comparator: isComparator(f.sentence.text, f.mention.start),
    });
  }
  const stated = statedReference(statedDate);
  const reference = stated ?? inferReference(anchors);

  const dates: DatedEvent[] = [];
  const timeMentions: TimeMention[] = [];
  for (const f of found) {
    const { mention: m, sentence: s } = f;
    const base = {
      stated: m.stated,
      event: eventText(s.text, m.start, m.end),
      sentence: s.index,
      para: s.para,
      offset: m.start,
    };
    if (m.kind === "duration") {
      timeMentions.push({ kind: "duration", ...base });
      continue;
    }
    const resolved =
      m.kind === "relative"
        ? resolveRelative(m.relative!, f.future, reference)
        : resolveAbsolute(m, f.tense, reference);
    if (!resolved) {
      timeMentions.push({ kind: "unresolved", ...base });
      continue;
    }
    const event: DatedEvent = {
      date: resolved.date,
      precision: resolved.precision,
      stated: m.stated,
      implied: resolved.implied,
      event: base.event,
      sentence: s.index,
      para: s.para,
      offset: m.start,
    };
    if (resolved.end && resolved.end !== resolved.date) event.end = resolved.end;
    if (m.kind === "relative") event.relative = true;
    if (f.future) event.future = true;
    dates.push(event);
  }
  dates.sort((a, b) =>
    a.date < b.date
      ? -1
      : a.date > b.date
        ? 1
        : a.sentence - b.sentence || (a.offset ?? 0) - (b.offset ?? 0),
  );
  return { dates, timeMentions, ...referenceFields(reference, dates) };
}

/** "the highest since June 2003", "compared with December 2003": a point of comparison, often far back. */
function isComparator(sentence: string, start: number): boolean {
  return /\b(?:since|compared (?:with|to)|than|versus|against|from|a year earlier|same (?:period|month|quarter) (?:of|in|last))\s+(?:(?:the )?(?:end|start|beginning|middle) of\s+)?(?:early |late |mid-?)?$/i.test(
    sentence.slice(Math.max(0, start - 40), start),
  );
}

function referenceFields(
  reference: Reference | undefined,
  dates: DatedEvent[],
): Pick<DateResult, "referenceDate" | "referenceDateSource"> {
  if (!reference) return {};
  if (reference.exact)
    return { referenceDate: isoDay(reference.lo), referenceDateSource: reference.source };
  // Inferred: the latest day the article speaks of in the past, within the window; else the window's start.
  const lo = isoDay(reference.lo);
  const hi = isoDay(reference.hi);
  let best: string | undefined;
  for (const d of dates)
    if (
      d.precision === "day" &&
      !d.future &&
      d.date >= lo &&
      d.date <= hi &&
      (!best || d.date > best)
    )
      best = d.date;
  return {
    referenceDate: best ?? (lo === hi ? lo : isoDay(reference.lo)),
    referenceDateSource: "inferred",
  };
}

interface Resolved {
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

function resolveAbsolute(
  m: RawMention,
  tense: Tense,
  reference: Reference | undefined,
): Resolved | undefined {
  const d = m.date;
  if (!d) return undefined;
  let year = d.year;
  const implied = year === undefined;
  if (year === undefined) {
    if (!reference || d.month === undefined) return undefined;
    year = pickYear(d, m.direction ?? tense, reference, m.weekday);
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
 * The year for a year-less date: the latest that keeps it on or before the end of the
 * reference window (news speaks of the past); for a future clause the earliest on or after the
 * window's start (or, when the window hangs on a future date, the year nearest that date); for
 * a present one ("takes place on 5 May") the year nearest the reference. A written weekday
 * ("Wednesday, 5 January") picks the year it fits, when one does.
 */
function pickYear(d: PartialDate, tense: Tense, ref: Reference, wd?: number): number | undefined {
  const month = d.month!;
  const first = (y: number) => ymd(y, month, d.day ?? 1);
  const last = (y: number) => ymd(y, month, d.day ?? daysInMonth(y, month));
  const years: number[] = [];
  for (let y = ref.lo.year - 1; y <= ref.hi.year + 1; y++) years.push(y);
  const a = toUtc(ref.anchor);
  const distance = (y: number) =>
    toUtc(last(y)) < a ? a - toUtc(last(y)) : toUtc(first(y)) > a ? toUtc(first(y)) - a : 0;
  const nearest = (ys: number[]) =>
    ys.length ? ys.reduce((x, y) => (distance(y) < distance(x) ? y : x)) : undefined;
  const before = years.filter((y) => compare(first(y), ref.hi) <= 0);
  const after = years.filter((y) => compare(last(y), ref.lo) >= 0);
  // A window hung on a future date ("scheduled for June 9, 2019") ends there: a future date in the text lies near it.
  const hungOnFuture =
    !ref.exact && compare(ref.anchor, ref.hi) === 0 && compare(ref.lo, ref.hi) !== 0;
  let pick: number | undefined;
  if (tense === "past") pick = before[before.length - 1];
  else if (tense === "future") pick = hungOnFuture ? nearest(after) : after[0];
  else {
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

function resolveRelative(
  rel: Relative,
  future: boolean,
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
  switch (rel.unit) {
    case "day":
      return day(addDays(r, rel.offset ?? 0));
    case "weekday": {
      const w = rel.weekday ?? 0;
      const back = (weekday(r) - w + 7) % 7;
      const ahead = (w - weekday(r) + 7) % 7;
      if (rel.offset === -1) return day(addDays(r, -(back || 7)));
      if (rel.offset === 1 || (rel.offset === null && future)) return day(addDays(r, ahead || 7));
      return day(addDays(r, -back));
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
      else if (future) saturday = addDays(r, sinceSat <= 1 ? -sinceSat : 7 - sinceSat);
      else saturday = addDays(r, -sinceSat);
      return span(saturday, addDays(saturday, 1));
    }
    case "month": {
      const m = addMonths(ymd(r.year, r.month, 1), rel.offset ?? 0);
      return { date: isoMonth(m.year, m.month), precision: "month", implied: true };
    }
    case "year": {
      const y = r.year + (rel.offset ?? 0);
      if (rel.edge === "end") return { date: isoMonth(y, 12), precision: "month", implied: true };
      return { date: isoYear(y), precision: "year", implied: true };
    }
  }
}
