import type { Article } from "./article.js";

/** Everything the answers need about one article. Plain data: it is cached on disk as JSON. */
export interface Analysis {
  article: Article;
  sentences: Sentence[];
  entities: Entity[];
  quotes: Quote[];
  dates: DatedEvent[];
  /**
   * Sentence indexes, best summary sentence first (the summary takes the first N, in article
   * order): every sentence, or the first RANKED_AHEAD at least (nlp/summary.ts); a longer
   * summary ranks the rest when asked (`rankingFor`), with `summaryPeople`.
   */
  summaryRanking: number[];
  /** Whom the sentences speak of, for the rest of the summary ranking. */
  summaryPeople?: SummaryPeople;
  /**
   * Reference date (YYYY-MM-DD) used to resolve relative and year-less dates; a month (YYYY-MM)
   * when inferred from a text that writes no day in full near it.
   */
  referenceDate?: string;
  /** Whether referenceDate came from front matter ("stated") or was inferred from the text. */
  referenceDateSource?: "stated" | "inferred";
  /** Durations and dates the text gives without enough to place them (see TimeMention). */
  timeMentions?: TimeMention[];
}

/** The summary's person links (nlp/summary.ts PersonLinks) as plain data: [sentence, people], [sentence, person], [person, gender]. */
export interface SummaryPeople {
  named: [number, string[]][];
  meant: [number, string][];
  gender: [string, "m" | "f"][];
}

export interface Sentence {
  /** Position in the article, 0-based. */
  index: number;
  /** Paragraph number, 1-based (the ¶ shown to people). */
  para: number;
  text: string;
}

/** "work": a film, a book, a show, an album named as such ("the film Being Julia"). */
export type EntityKind = "person" | "organisation" | "place" | "work";

export interface Entity {
  id: string;
  kind: EntityKind;
  /** The fullest name the article uses. */
  name: string;
  /** A short role taken from the text ("acting president of Kazakhstan"), never invented. */
  role?: string;
  /** The sentence index that states the role. */
  roleSentence?: number;
  /** Every way the article refers to the entity (full name, surname, title + name, role phrases). */
  aliases: string[];
  /** Sentence indexes where the entity is mentioned (by name, alias or resolved pronoun). */
  mentions: number[];
}

export interface Quote {
  /** The exact quoted words, without the quotation marks. */
  text: string;
  /** Entity id of the speaker; undefined when the article does not say who spoke. */
  speakerId?: string;
  /** Display name of the speaker, or undefined when unattributed. */
  speaker?: string;
  /** The reporting verb or cue: said, told, explained, according to, … */
  cue?: string;
  /** Index of the sentence the quote starts in. */
  sentence: number;
  para: number;
  /** True for a short quoted phrase inside a sentence ("an important “pragmatic” factor"). */
  partial: boolean;
  /** True for indirect speech ("X said that …"): kept for questions, not listed by /quotes. */
  indirect?: boolean;
}

export type DatePrecision = "day" | "month" | "year";

export type DatePart =
  "early" | "mid" | "late" | "spring" | "summer" | "autumn" | "fall" | "winter";

export interface DatedEvent {
  /** ISO date: YYYY-MM-DD, YYYY-MM or YYYY by precision. */
  date: string;
  precision: DatePrecision;
  /** The words in the text ("March 20", "back in April"). */
  stated: string;
  /** True when the year (or month) was not written but inferred from the reference date. */
  implied: boolean;
  /** The clause this date anchors, shortened to a readable line. */
  event: string;
  sentence: number;
  para: number;
  /** Ranges ("18-20 March", "last week"): the last day (or month, year) covered, same format as `date`. */
  end?: string;
  /** Written relative to the article's date ("on Monday", "last year", "two weeks ago"). */
  relative?: boolean;
  /** The clause speaks of it as still to come ("will", "scheduled", "next"). */
  future?: boolean;
  /** Offset of the stated words in the sentence text. */
  offset?: number;
  /**
   * A year of accounts ("fiscal 2015", "FY2015", "the 2014-15 financial year"): shown as such,
   * as its months are the body's own (date and end are the year numbers written).
   */
  fiscal?: true;
  /**
   * The part of a year or month the text names ("early 2014", "mid-June", "the end of 2015",
   * "the late 1990s", "last summer"): shown with the date, in the article's word for a season.
   */
  part?: DatePart;
  /** Given by the dateline above the first paragraph ("LONDON, March 3 (Reuters) -"), not by a sentence. */
  dateline?: true;
  /** Given by the headline the body repeated at its top (Article.headlineInBody), not by a sentence. */
  headline?: true;
}

/**
 * A time expression that is not a point on the timeline: a duration ("for almost 30 years"),
 * or a date the article gives only relative to a day it never states ("on Monday" with no
 * publication date) or without a year that can be inferred. Kept as written, never resolved.
 */
export interface TimeMention {
  kind: "duration" | "unresolved";
  stated: string;
  event: string;
  sentence: number;
  para: number;
  offset?: number;
}
