/** What the date finder reads from a sentence, before any date is resolved. */
import type * as chrono from "chrono-node";

export type RelativeUnit =
  "day" | "weekday" | "week" | "weekend" | "month" | "quarter" | "season" | "year";

export interface Relative {
  unit: RelativeUnit;
  /** Units from the reference date (-1 = last / yesterday / one ago); null = set by the sentence's tense. */
  offset: number | null;
  /** For unit "weekday": 0 = Sunday … 6 = Saturday. */
  weekday?: number;
  /** "Tuesday 31st": the day of the month written after the weekday (British style, no month). */
  dayOfMonth?: number;
  /** "this Sunday": the weekday of the article's week, the coming one unless told in the past. */
  this?: true;
  /** "Thursday next week", "Monday last week": the weekday in the week this many from the article's. */
  inWeek?: number;
  /** "Sunday week" (British): the week after the coming such weekday. */
  weekAfter?: true;
  /** "Thursday through Monday": the weekday a span of days ends on. */
  untilWeekday?: number;
  /** "that year", "the same day": the year, month or day of the date written before it. */
  anaphoric?: true;
  /** "two years later": counted from a date in the same or the sentence before, with no duration between. */
  near?: true;
  /** "until then", "by then": the date before it as given (its year, month or day). */
  asNamed?: true;
  /** "A year earlier, …" with no date near before it: the year before the article's, as year-phrases.ts reads it. */
  orArticle?: true;
  /**
   * A date only in a clause of this tense: "will open in five years" (future; else how long
   * something took), "police arrested two men overnight" (past; "nothing changes overnight" is no night).
   */
  onlyIf?: "future" | "past";
  /** Unit "day": the night that ends on the day (`offset` counts from the article's day). */
  night?: true;
  /** Unit "year": "the turn of the century" (every 100) or "of the millennium" (1000); `offset` counts turns when written ("the last century"), else null. */
  turn?: 100 | 1000;
  /** "end of last year" → the last month of that year. */
  edge?: "end";
  /** Unit "year": the months of it named ("last year's third quarter"); unit "season": its months. */
  months?: [number, number];
}

export interface PartialDate {
  year?: number;
  month?: number;
  day?: number;
}

/** "last March", "next April", "this May" (the reference's own year). */
export type Direction = "past" | "future" | "this";

/** The direction a "last", "next", "coming" or "this" just before a date gives it. */
export function directionBefore(before: string): Direction | undefined {
  const word = /\b(last|next|this|coming)\s+$/i.exec(before)?.[1]?.toLowerCase();
  return word === "last" ? "past" : word === "this" ? "this" : word ? "future" : undefined;
}

export interface RawMention {
  kind: "absolute" | "relative" | "duration";
  /** The words as written ("March 20", "back in April", "last week"). */
  stated: string;
  /** Offsets of the stated words in the sentence. */
  start: number;
  end: number;
  /** Absolute dates: what the text gives (a year-less date has no year). */
  date?: PartialDate;
  /** Absolute ranges ("18-20 March"): the last day or month. */
  until?: PartialDate;
  /** A holiday ("Christmas Day", "Good Friday"): the rule of its day (holiday-data.ts); "" when the country decides it. */
  holiday?: string;
  /** The holiday's name as listed in holiday-data.ts ("Christmas Day" for "Christmas"). */
  holidayName?: string;
  /** "the Easter weekend", "the Memorial Day weekend": the holiday's days off with the weekend (holidays.ts). */
  holidayWeekend?: true;
  /** A quarter or half without its year ("the third quarter"): its year is the one its whole span gives. */
  period?: true;
  /** Months the words imply, not write ("the first nine months of 2024", "summer 2005"): as an anchor, says no more than its year. */
  counted?: true;
  /** A weekday written with an absolute date ("Wednesday, 5 January"). */
  weekday?: number;
  /** "24 December last year", "March this year": the year counted from the reference's (-1, 0, 1). */
  yearOffset?: number;
  /** "June of that year", "in March the following year": the year of the date written before it, moved by this many. */
  yearBack?: number;
  /** "the Sept. 11 attacks" beside "Sept. 11, 2001": the year the article writes that day with elsewhere. */
  sameDayYear?: number;
  /** "on December 7 and 8": the other day of the pair, whose year this one shares. */
  pairOf?: RawMention;
  /** "fiscal 2015", "FY2015", "next fiscal year": a year of accounts, not the calendar year of that number. */
  fiscal?: true;
  /** "last March" / "next April": which side of the reference date it lies. */
  direction?: Direction;
  relative?: Relative;
  /** "the day before Tuesday's hearing": the day the words name, moved by this many days (day-around.ts). */
  shiftDays?: number;
  /** "the 12 months to March 31", "the week of June 10": a stretch named by the date written after it (period-ends.ts). */
  counting?: Counted;
}

/**
 * A stretch named by a date: `n` months (or days) counted back to the month (day) `from`
 * resolves to, its last; or, unit "week", the Monday-to-Sunday week holding `from`'s day; or, unit
 * "weekOfMonth", the `n`th seven days (or weekend) of the month `from` resolves to.
 */
export interface Counted {
  from: RawMention;
  unit: "month" | "day" | "week" | "weekOfMonth";
  /** Unit "weekOfMonth": which week of the month (1–4; -1 the last). */
  n: number;
  /** Unit "weekOfMonth": its Saturday and Sunday ("the first weekend of December"). */
  weekend?: true;
}

/** The part of a chrono result the finder reads. */
export type Parsed = Pick<chrono.ParsedResult, "index" | "text" | "start" | "end">;

/** A chrono result trimmed to its words, with what surrounds them in the sentence. */
export interface Candidate {
  sentence: string;
  parsed: Parsed;
  start: number;
  end: number;
  text: string;
  lc: string;
  before: string;
  after: string;
}

/** A month or day written as such ("June 30", "March"): not a span, a holiday, a period or a year of accounts. */
export function isWrittenDate(m: RawMention): boolean {
  return (
    m.kind === "absolute" &&
    m.date?.month !== undefined &&
    !m.until &&
    m.holiday === undefined &&
    !m.period &&
    !m.fiscal
  );
}

/** A mention of the candidate's words. */
export const mention = (
  c: Candidate,
  extra: Partial<RawMention> & Pick<RawMention, "kind">,
): RawMention => ({ stated: c.text, start: c.start, end: c.end, ...extra });
