/** A temporal expression as a sentence writes it, before it is tied to a calendar date (dates.ts). */

export type RelativeUnit = "day" | "weekday" | "week" | "weekend" | "month" | "year";

export interface Relative {
  unit: RelativeUnit;
  /** Units from the reference date (-1 = last / yesterday / one ago); null = set by the sentence's tense. */
  offset: number | null;
  /** For unit "weekday": 0 = Sunday … 6 = Saturday. */
  weekday?: number;
  /** "end of last year" → the last month of that year. */
  edge?: "end";
}

export interface PartialDate {
  year?: number;
  month?: number;
  day?: number;
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
  /** A weekday written with an absolute date ("Wednesday, 5 January"). */
  weekday?: number;
  /** "last March" / "next April": which side of the reference date it lies. */
  direction?: "past" | "future";
  relative?: Relative;
}
