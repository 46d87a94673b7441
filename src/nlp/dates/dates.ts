import type {
  DatedEvent,
  DatePart,
  DatePrecision,
  Sentence,
  TimeMention,
} from "../../model/analysis.js";
import {
  addDays,
  addMonths,
  isoDay,
  isoMonth,
  isoYear,
  isValidDay,
  parseIsoDay,
  toUtc,
  weekday,
  ymd,
} from "./calendar.js";
import { eventText } from "./event.js";
import { fiscalQuarters } from "./fiscal-quarters.js";
import { countryNamedMost, countryRule } from "./holidays.js";
import { SOUTHERN_COUNTRIES } from "./holiday-data.js";
import { pointBack } from "./anaphora.js";
import { yearOfFrame } from "./frame-year.js";
import { findMentions, type PartialDate, type RawMention, type Relative } from "./mentions.js";
import { orderNumericDates } from "./numeric-order.js";
import { resolveCounted } from "./period-ends.js";
import { inferReference, statedReference, type Anchor, type Reference } from "./reference.js";
import { resolveAbsolute, type Resolved } from "./resolve-absolute.js";
import { resolveRelative as resolveFromDay } from "./resolve-relative.js";
import { clauseTense, type ClauseTense } from "./tense.js";
import { amount, NUMBER } from "./words.js";

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
  tense: ClauseTense;
  future: boolean;
}

/**
 * Every temporal expression resolved against the article's reference date, each with its
 * event. The reference is the front-matter date when stated, else inferred from the dates
 * written in full. Year-less dates take the year that puts them on the right side of the
 * reference (before it, unless their clause speaks of the future); dates given only relative
 * to the article's day ("on Monday", "last week") are resolved only against a stated date.
 */
/** The dateline above the first paragraph, when it gives a date ("WASHINGTON, Aug. 8 (AP) —"). */
export interface DatelineDate {
  /** The date as written: "Aug. 8", "Nov. 19, 1998". */
  date: string;
  place?: string;
}

export function findDates(
  sentences: Sentence[],
  statedDate?: string,
  dateline?: DatelineDate,
  /** The publisher's country writes numeric dates day first (true), month first (false), or unknown. */
  dayFirst?: boolean,
  /** The headline as the body repeated it at its top (dropped from the sentences), if it did. */
  headline?: string,
): DateResult {
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
  datePerCountry(found, sentences);
  seasonsOfHemisphere(found, sentences);
  fiscalQuarters(
    found.map((f) => f.mention),
    sentences,
  );
  orderNumericDates(
    found.map((f) => f.mention),
    dayFirst,
  );
  yearOfSameDay(found);
  yearOfFrame(found);
  const anchors: Anchor[] = [];
  for (const f of found) {
    const d = f.mention.date;
    if (f.mention.kind !== "absolute" || d?.year === undefined) continue;
    const iso =
      d.month === undefined || f.mention.counted
        ? isoYear(d.year)
        : d.day === undefined
          ? isoMonth(d.year, d.month)
          : isoDay(ymd(d.year, d.month, d.day));
    const ago = agoBefore(f.sentence.text, f.mention.start);
    anchors.push({
      iso,
      future: f.future,
      comparator:
        ago !== undefined ||
        isComparator(f.sentence.text, f.mention.start) ||
        ((f.tense === "present" || f.tense === "either") &&
          endsPeriod(f.sentence.text, f.mention.start)),
      past: f.tense === "past",
    });
    // "vanished 10 years ago, on 1 February 1995": the article is written 10 years after that day.
    const day = ago && parseIsoDay(iso.length === 7 ? `${iso}-01` : iso);
    if (day && iso.length >= 7) {
      const then = addMonths(day, ago);
      anchors.push({
        iso: iso.length === 7 ? isoMonth(then.year, then.month) : isoDay(then),
        future: false,
      });
    }
  }
  const stated = statedReference(statedDate);
  let reference = stated ?? inferReference(anchors);
  const filed = dateline && datelineEvent(dateline, reference ?? yearOfWriting(found));
  // With no stated date, the dateline's day is the day the article was written; with one, a
  // dateline a day or two before it is when the story was filed, which "yesterday" counts from.
  const day = filed && parseIsoDay(filed.date);
  if (day && !reference?.exact)
    reference = { lo: day, hi: day, anchor: day, exact: true, source: "inferred" };
  else if (day && reference?.exact) {
    const before = (toUtc(reference.lo) - toUtc(day)) / 86_400_000;
    if (before >= 1 && before <= 2) reference = { ...reference, lo: day, hi: day, anchor: day };
  }

  const dates: DatedEvent[] = filed ? [filed] : [];
  const timeMentions: TimeMention[] = [];
  let afterDuration = false;
  const compared = new Set<DatedEvent>();
  for (const f of found) {
    const { mention: m, sentence: s } = f;
    const base = {
      stated: m.stated,
      event: eventText(s.text, m.start, m.end),
      sentence: s.index,
      para: s.para,
      offset: m.start,
    };
    // "doubled its sales in five years", "the first win in 20 years": how long, not a date ahead;
    // "nothing will change overnight": no night of the article's.
    const only = m.relative?.onlyIf;
    if (only && f.tense !== only && m.relative?.night) continue;
    if (m.kind === "duration" || (only && f.tense !== only)) {
      timeMentions.push({ kind: "duration", ...base });
      afterDuration = true;
      continue;
    }
    const last = antecedent(dates, compared);
    // "within 14 days …, seven days later": counted from a stretch of time, not from a date.
    const tooFar =
      m.relative?.near &&
      (afterDuration || !last || s.index - last.sentence > 1 || last.dateline || last.end);
    afterDuration = false;
    const named = m.relative?.anaphoric
      ? tooFar
        ? m.relative.orArticle
          ? resolveRelative({ unit: "year", offset: -1 }, f.tense, reference)
          : undefined
        : (pointBack(m.relative, last?.date) ??
          // "on the 15th" in an article that names no month before it: the article's month.
          (m.relative.dayOfMonth !== undefined && !dates.some((d) => !d.dateline)
            ? resolveRelative(m.relative, f.tense, reference)
            : undefined))
      : m.kind === "relative"
        ? resolveRelative(m.relative!, f.tense, reference)
        : m.counting
          ? resolveCounted(m.counting, f.tense, reference)
          : m.yearBack !== undefined
            ? inYearBefore(m, m.yearBack, last?.date)
            : resolveAbsolute(m, f.tense, reference);
    const resolved = m.shiftDays ? shiftedDay(named, m.shiftDays) : named;
    if (!resolved) {
      // "today" without a stated day says nothing worth listing.
      if (m.relative?.unit === "day" && m.relative.offset === 0) continue;
      // "prices fall in the spring": a season of any year.
      if (m.relative?.unit === "season") continue;
      // "the three months to 31 December" with no year to count in: the stretch's own words ("the
      // three months", "the week") name no time a reader can place; its end date is listed itself.
      if (m.counting) continue;
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
    if (m.fiscal) event.fiscal = true;
    const part = partOf(s.text, m, resolved.precision);
    if (part) event.part = part;
    if (f.future) event.future = true;
    dates.push(event);
    if (afterThan(s.text, m.start)) compared.add(event);
  }
  // "Council approves budget on Saturday." repeated from the headline: its dates, unless a sentence gives them.
  if (headline)
    for (const event of headlineDates(headline, reference))
      if (!dates.some((d) => d.date === event.date && d.end === event.end)) dates.push(event);
  dates.sort((a, b) =>
    a.date < b.date
      ? -1
      : a.date > b.date
        ? 1
        : a.sentence - b.sentence || (a.offset ?? 0) - (b.offset ?? 0),
  );
  return { dates, timeMentions, ...referenceFields(reference, dates) };
}

const PART_WORDS: Record<string, DatePart> = {
  early: "early",
  start: "early",
  beginning: "early",
  mid: "mid",
  middle: "mid",
  late: "late",
  end: "late",
};

/** "late 1990s", "early '90s", "mid-1980's" (not "mid-to-late 1960s": two parts). */
const DECADE_PART = /^(early|mid|late)[-\s]+['’]?\d{2,4}['’]?s$/i;

/**
 * The part of a year or month its words name: "early 2014", "mid-June", "late last year", "the
 * end of 2015", "the late 1990s"; a season's own word ("last summer", "the autumn of 1997").
 * Not "the end of next year" (already the month it ends in).
 */
function partOf(sentence: string, m: RawMention, precision: DatePrecision): DatePart | undefined {
  if (precision === "day" || m.fiscal) return undefined;
  // "the late 1990s": its years are already the decade's late ones (years.ts); the part only
  // names them, so that the line reads "late 1990s" as written, not "1997 – 1999".
  if (m.until?.year !== undefined && /\d0['’]?s$/i.test(m.stated))
    return DECADE_PART.exec(m.stated)?.[1]?.toLowerCase() as DatePart | undefined;
  const season = /\b(spring|summer|autumn|fall|winter)\b/i.exec(m.stated)?.[1];
  if (season) return season.toLowerCase() as DatePart;
  const words = sentence.slice(Math.max(0, m.start - 30), m.start) + m.stated;
  const from = words.length - m.stated.length;
  // ("end-2027", "start-2028": Reuters' hyphened ends of a year.)
  const q =
    /\b(early|mid|late)(?:-|\s+(?:in\s+)?)(?:the\s+)?|\bthe\s+(start|beginning|middle|end)\s+of\s+|\b(start|end)-/gi;
  for (const x of words.matchAll(q)) {
    const end = x.index + x[0].length;
    // Right before the date's own words ("early in 2014"), or opening them ("early March").
    if (end !== from && x.index !== from) continue;
    const word = (x[1] ?? x[2] ?? x[3] ?? "").toLowerCase();
    // "by the end of next year": already the month it ends in.
    if (x[2] && m.relative?.edge) return undefined;
    return PART_WORDS[word];
  }
  return undefined;
}

/** "the day before Tuesday's hearing": a single day named, moved by `days`; nothing coarser. */
function shiftedDay(resolved: Resolved | undefined, days: number): Resolved | undefined {
  const day =
    resolved?.precision === "day" && !resolved.end ? parseIsoDay(resolved.date) : undefined;
  return day && { ...resolved!, date: isoDay(addDays(day, days)), implied: true };
}

/** "early June of that year": the month or day in the year of the last date given, moved by `shift`. */
function inYearBefore(m: RawMention, shift: number, last: string | undefined) {
  const year = last ? Number(last.slice(0, 4)) : NaN;
  if (!Number.isInteger(year) || !m.date) return undefined;
  const resolved = resolveAbsolute(
    { ...m, date: { ...m.date, year: year + shift } },
    "past",
    undefined,
  );
  return resolved && { ...resolved, implied: true };
}

/**
 * "the terrorist attacks of Sept. 11, 2001 … after the Sept. 11 attacks": a day written without
 * its year, in a clause told in the past (or with no verb cue), is the same day the article writes
 * in full elsewhere (when it writes that day with one year only), not that day in the
 * article's own year.
 */
function yearOfSameDay(found: Found[]): void {
  const years = new Map<string, Set<number>>();
  const key = (d: PartialDate) => `${d.month}-${d.day}`;
  for (const { mention: m } of found) {
    const d = m.date;
    if (m.kind !== "absolute" || d?.year === undefined || d.month === undefined) continue;
    if (d.day === undefined) continue;
    const seen = years.get(key(d)) ?? new Set<number>();
    years.set(key(d), seen.add(d.year));
  }
  for (const { mention: m, tense } of found) {
    const d = m.date;
    if (
      m.kind !== "absolute" ||
      (tense !== "past" && tense !== "unknown") ||
      !d ||
      d.year !== undefined ||
      d.day === undefined
    )
      continue;
    if (m.yearOffset !== undefined || m.yearBack !== undefined || m.direction || m.holiday)
      continue;
    const seen = years.get(key(d));
    if (seen?.size === 1) m.sameDayYear = [...seen][0];
  }
}

/**
 * "this winter", "last summer" in an article about a country south of the equator (the one it
 * names most: "South Africa", "Australia", "New Zealand"): the southern season, six months from
 * the northern months periods.ts gives ("this winter" in a Johannesburg paper is June to August).
 */
function seasonsOfHemisphere(found: Found[], sentences: Sentence[]): void {
  const seasons = found.filter((f) => f.mention.relative?.unit === "season");
  if (!seasons.length) return;
  const top = countryNamedMost(sentences.map((s) => s.text).join("\n"));
  if (!top || !SOUTHERN_COUNTRIES.includes(top)) return;
  const half = (month: number) => ((month + 5) % 12) + 1;
  for (const { mention: m } of seasons) {
    const [first, last] = m.relative!.months ?? [];
    if (first !== undefined && last !== undefined) m.relative!.months = [half(first), half(last)];
  }
}

/** A holiday whose day the country decides takes the day of the country the article names most. */
function datePerCountry(found: Found[], sentences: Sentence[]): void {
  let text: string | undefined;
  for (const { mention: m } of found)
    if (m.holiday === "" && m.holidayName) {
      text ??= sentences.map((s) => s.text).join("\n");
      m.holiday = countryRule(m.holidayName, text);
    }
}

/**
 * The year an article with a year-less dateline ("SEOUL, March 5 (Yonhap) --", "Accra, Sept. 12,
 * GNA –") and no date written with its month is written in: the latest year it writes of in the
 * past or the present ("profits fell in 2024"; a span's first year: "the 2024/25 season" is still
 * to run), not a year still to come ("by 2030"), nor one a present clause sets a target for ("are
 * demanding a pay rise for 1999"), nor a point of comparison ("the worst since 2016", "up from
 * 371,000 tonnes in 2016/17");
 * or the year next to it in which a weekday the article writes with a year-less day falls on that
 * day ("on Friday, September 20"). A window on that year, for the dateline's day only.
 */
/** "up from 371,000 tonnes in 2016/17", "against 2 million in 2016": the year a figure is compared with. */
const COMPARED_IN =
  /\b(?:against|compared (?:with|to)|versus|from)\s+[^,;:()]{0,40}?\bin\s+(?:the\s+)?$/i;

function yearOfWriting(found: Found[]): Reference | undefined {
  let best: number | undefined;
  for (const f of found) {
    const m = f.mention;
    if (m.kind !== "absolute" || m.date?.year === undefined || m.fiscal || f.future) continue;
    const before = f.sentence.text.slice(Math.max(0, m.start - 60), m.start);
    if (f.tense !== "past" && /\bfor\s+$/i.test(before)) continue;
    if (COMPARED_IN.test(before)) continue;
    if (isComparator(f.sentence.text, m.start) || agoBefore(f.sentence.text, m.start)) continue;
    if (best === undefined || m.date.year > best) best = m.date.year;
  }
  if (best === undefined) return undefined;
  const named = found
    .map((f) => f.mention)
    .filter((m) => m.weekday !== undefined && m.date?.year === undefined && m.date?.day);
  const fits = (y: number) =>
    named.every((m) => {
      const { month, day } = m.date!;
      return isValidDay(y, month!, day!) && weekday(ymd(y, month!, day!)) === m.weekday;
    });
  const year = named.length ? ([best, best + 1, best - 1].find(fits) ?? best) : best;
  const lo = ymd(year, 1, 1);
  const hi = ymd(year, 12, 31);
  return { lo, hi, anchor: lo, exact: false, source: "inferred" };
}

/** The dateline's day on the timeline, its year from the reference date when not written. */
function datelineEvent(
  dateline: DatelineDate,
  reference: Reference | undefined,
): DatedEvent | undefined {
  const m = findMentions(dateline.date).find(
    (x) => x.kind === "absolute" && x.date?.month !== undefined && x.date.day !== undefined,
  );
  const resolved = m && resolveAbsolute(m, "either", reference);
  if (!resolved || resolved.precision !== "day") return undefined;
  return {
    date: resolved.date,
    precision: "day",
    stated: dateline.date,
    implied: resolved.implied,
    event: dateline.place ? `Dateline: ${dateline.place}` : "Dateline",
    sentence: 0,
    para: 1,
    offset: 0,
    dateline: true,
  };
}

/** The dates of a headline the body repeated, each resolved as in a sentence of the body. */
function headlineDates(text: string, reference: Reference | undefined): DatedEvent[] {
  const out: DatedEvent[] = [];
  for (const m of findMentions(text)) {
    if (m.kind === "duration" || m.relative?.anaphoric || m.yearBack !== undefined) continue;
    // A headline's present speaks of what is past or near ("Ruling makes abortion a key factor in
    // November"): a month with no verb cue either way is the nearest one.
    const cue = clauseTense(text, m.start, m.end);
    const monthOnly = m.kind === "absolute" && m.date?.day === undefined && !m.weekday;
    const tense = cue === "unknown" && monthOnly ? "either" : cue;
    if (m.relative?.onlyIf && tense !== m.relative.onlyIf) continue;
    const resolved =
      m.kind === "relative"
        ? resolveRelative(m.relative!, tense, reference)
        : resolveAbsolute(m, tense, reference);
    if (!resolved) continue;
    const event: DatedEvent = {
      date: resolved.date,
      precision: resolved.precision,
      stated: m.stated,
      implied: resolved.implied,
      event: eventText(text, m.start, m.end),
      sentence: 0,
      para: 1,
      offset: m.start,
      headline: true,
    };
    if (resolved.end && resolved.end !== resolved.date) event.end = resolved.end;
    if (m.kind === "relative") event.relative = true;
    if (m.fiscal) event.fiscal = true;
    const part = partOf(text, m, resolved.precision);
    if (part) event.part = part;
    if (tense === "future") event.future = true;
    out.push(event);
  }
  return out;
}

/**
 * "For the year to March 2005, the outlook is …": the end of a period of accounts, told in the
 * present or with no verb cue, may lie ahead of the article as well as behind it.
 */
function endsPeriod(sentence: string, start: number): boolean {
  return /\b(?:year|months|weeks|quarter|half|period)\s+(?:to|ending)\s+$/i.test(
    sentence.slice(Math.max(0, start - 30), start),
  );
}

/** "better in May than in late April": the date a comparison is made with. */
function afterThan(sentence: string, start: number): boolean {
  return /\bthan\s+(?:(?:in|on|at|during|for|of)\s+)?(?:(?:early|late|mid)[\s-]+)?$/i.test(
    sentence.slice(Math.max(0, start - 30), start),
  );
}

/**
 * The date "that month", "the same day" or "on the 15th" points back at: the last one given, but
 * not one a comparison was made with when its sentence gave another ("better in May than in
 * late April. … that month" is May).
 */
function antecedent(dates: DatedEvent[], compared: Set<DatedEvent>): DatedEvent | undefined {
  const last = dates[dates.length - 1];
  const before = dates[dates.length - 2];
  if (last && before && compared.has(last) && before.sentence === last.sentence && !before.dateline)
    return before;
  return last;
}

/** "10 years ago, on 1 February 1995", "a year ago in March 2004": the months between that date and the article's. */
function agoBefore(sentence: string, start: number): number | undefined {
  const x = new RegExp(
    `\\b(${NUMBER})\\s+(year|month)s?\\s+ago,?\\s+(?:on|in|this|that)?\\s*(?:the\\s+)?$`,
    "i",
  ).exec(sentence.slice(Math.max(0, start - 40), start));
  const n = x && amount((x[1] ?? "").toLowerCase());
  if (!n || n > 200) return undefined;
  return /year/i.test(x[2] ?? "") ? 12 * n : n;
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
  // A magazine's issue: its month or its year.
  if (reference.precision === "month")
    return {
      referenceDate: isoMonth(reference.lo.year, reference.lo.month),
      referenceDateSource: reference.source,
    };
  if (reference.precision === "year")
    return { referenceDate: isoYear(reference.lo.year), referenceDateSource: reference.source };
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
  // No day written in the window: the month it opens with ("in March 2002" gives March 2002, not its 1st).
  return {
    referenceDate: best ?? (lo === hi ? lo : isoMonth(reference.lo.year, reference.lo.month)),
    referenceDateSource: "inferred",
  };
}

/**
 * A date written against the article's own time, from its day; from its month or year when the
 * page gives no more (a magazine's issue): "last month", "next year" resolve, what needs the day
 * ("on Tuesday", "yesterday", "last week", "on the 15th") stays unplaced.
 */
function resolveRelative(
  rel: Relative,
  tense: ClauseTense,
  reference: Reference | undefined,
): Resolved | undefined {
  if (!reference?.precision) return resolveFromDay(rel, tense, reference);
  if (!COARSE_UNITS[reference.precision].has(rel.unit) || rel.dayOfMonth !== undefined)
    return undefined;
  const resolved = resolveFromDay(rel, tense, { ...reference, exact: true });
  return resolved?.precision === "day" ? undefined : resolved;
}
const COARSE_UNITS: Record<"month" | "year", Set<Relative["unit"]>> = {
  month: new Set(["month", "quarter", "season", "year"]),
  year: new Set(["year"]),
};
