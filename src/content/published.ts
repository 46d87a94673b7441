/**
 * The publication date a web page prints near the story when the file gives none: "Published
 * On 3 Sep 2024", "Posted Tue 16 Jan 2024 at 4:12pm", "First published on Wed 4 Dec 2024",
 * "Published: January 16, 2024", "Updated 2024-01-16" — or a line that is only a date, as most
 * pages print it under the headline: "Saturday, 14 May 2011 10:02 BST", "12:15 AM June 08, 2016",
 * "Posted: 05/14/2011 10:02 AM EDT", "By Jane Roe | May 14, 2011". The line itself is furniture
 * (nlp/boilerplate.ts drops a labelled one; parse.ts the line that is only a date); its date
 * becomes the article's date, as front matter would give it.
 */
import * as chrono from "chrono-node";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH = String.raw`(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?`;
const LABEL = String.raw`(published|posted|first published|updated|last updated|last update|last modified)`;
const LEAD = String.raw`^${LABEL}(?:\s+(?:on|at))?\s*:?\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?`;
const DAY_FIRST = new RegExp(`${LEAD}(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, "i");
const MONTH_FIRST = new RegExp(`${LEAD}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "i");
const ISO = new RegExp(`${LEAD}(\\d{4})-(\\d{2})-(\\d{2})\\b`, "i");

/**
 * What a date line may hold besides its date: a label ("Last updated:"), a byline before a bar
 * ("By Jane Roe |"), a time-zone abbreviation or offset ("BST", "GMT+8", "(UTC)"), separators.
 */
const LINE_LABEL = new RegExp(`^${LABEL}(?:\\s+(?:on|at))?\\s*:?`, "i");
const BYLINE = /^(?:by\s+[^|•·/]{2,60}|(?:[A-Z][\w.'’&-]*\s+){0,4}[A-Z][\w.'’&-]*)\s*[|•·/]/i;
const ZONE_OR_SEPARATOR = /\(?\b(?:[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?)\b\)?|[|•·,–—-]|\bat\b/g;
/** A numeric date whose order its numbers may leave open: "05/06/2019", "12.03.2014". */
const NUMERIC = /^(\d{1,2})([/.-])(\d{1,2})\2\d{4}\b/;
/** Dates the body writes with a month name, day first or month first (case kept: "may" is a verb). */
const DAY_MONTH = /\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b/g;
const MONTH_DAY = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?![\d:.])/g;

/** How many blocks at each end of the body are searched (and lines at each end of a block). */
const EDGE_BLOCKS = 8;
/** A date line is short. */
const MAX_LINE_WORDS = 16;

export interface PublishedLine {
  /** YYYY-MM-DD */
  iso: string;
  /** The block it was read from, when that block is only a date (and so furniture to drop). */
  dateOnly?: string;
}

/** The date (YYYY-MM-DD) of a "Published …" line among the first or last blocks; a publication date before an update date. */
export function publishedDate(blocks: string[]): string | undefined {
  return publishedLine(blocks)?.iso;
}

/**
 * The publication line among the first or last blocks: a labelled one first (a publication date
 * before an update date), else the first line that is only a date.
 */
export function publishedLine(blocks: string[]): PublishedLine | undefined {
  const edges = [...blocks.slice(0, EDGE_BLOCKS), ...blocks.slice(-EDGE_BLOCKS)].flatMap(linesOf);
  const found = edges.map(dateOfLine).filter((d): d is Found => d !== undefined);
  const published = found.find((d) => !/update|modified/i.test(d.kind));
  if (published) return { iso: published.iso };
  // An unlabelled date line is the publication date before an update line's date.
  const dayFirst = writesDayFirst(blocks);
  for (const block of edges) {
    const iso = dateOnlyLine(block, dayFirst);
    if (iso) return { iso, dateOnly: block };
  }
  return found[0] && { iso: found[0].iso };
}

/**
 * A block's lines, each a candidate: a page's header pasted whole puts its byline, its
 * publication line and its update line on lines of one block ("UPDATED Jun 18, 2024, 07:15 PM" /
 * "PUBLISHED Jun 18, 2024, 05:00 AM"; "Sat Jan 13, 2024 12:00 AM" / "Last update on: …").
 */
function linesOf(block: string): string[] {
  const lines = block.split("\n").map((l) => l.trim()).filter(Boolean);
  return lines.length > 2 * EDGE_BLOCKS
    ? [...lines.slice(0, EDGE_BLOCKS), ...lines.slice(-EDGE_BLOCKS)]
    : lines;
}

interface Found {
  kind: string;
  iso: string;
}

function dateOfLine(block: string): Found | undefined {
  const text = block.trim();
  if (text.split(/\s+/).length > MAX_LINE_WORDS) return undefined;
  let m = DAY_FIRST.exec(text);
  if (m) return found(m[1]!, Number(m[4]), m[3]!, Number(m[2]));
  m = MONTH_FIRST.exec(text);
  if (m) return found(m[1]!, Number(m[4]), m[2]!, Number(m[3]));
  m = ISO.exec(text);
  if (m) return found(m[1]!, Number(m[2]), Number(m[3]), Number(m[4]));
  return undefined;
}

/**
 * The date of a line that holds nothing but one full date (with its weekday, time, zone, a label
 * or a byline): chrono reads the date; a numeric date with both numbers ≤ 12 takes the order the
 * body writes its other dates in (`dayFirst`), dots day first, and is no date when nothing says.
 */
function dateOnlyLine(block: string, dayFirst: boolean | undefined): string | undefined {
  const text = block.trim();
  if (text.includes("\n") || text.split(/\s+/).length > MAX_LINE_WORDS) return undefined;
  const results = chrono.parse(text, new Date(Date.UTC(2000, 0, 1)));
  const full = results.filter((r) =>
    (["day", "month", "year"] as const).every((c) => r.start.isCertain(c)),
  );
  if (full.length !== 1) return undefined;
  const [result] = full as [chrono.ParsedResult];
  const start = result.start;
  let rest = text;
  for (const r of results) rest = rest.replace(r.text, " ");
  rest = rest.trim().replace(LINE_LABEL, "").trim().replace(BYLINE, "").replace(ZONE_OR_SEPARATOR, " ").trim();
  if (rest) return undefined;
  const year = start.get("year")!;
  let [month, day] = [start.get("month")!, start.get("day")!];
  const numeric = NUMERIC.exec(result.text);
  if (numeric && Number(numeric[1]) <= 12 && Number(numeric[3]) <= 12 && numeric[1] !== numeric[3]) {
    const first = dayFirst ?? (numeric[2] === "." ? true : undefined);
    if (first === undefined) return undefined;
    [day, month] = first ? [Number(numeric[1]), Number(numeric[3])] : [Number(numeric[3]), Number(numeric[1])];
  }
  return found("", year, month, day)?.iso;
}

/** Whether the body writes its month-name dates day first (true), month first (false), or neither more. */
function writesDayFirst(blocks: string[]): boolean | undefined {
  let votes = 0;
  for (const block of blocks) {
    votes += (block.match(DAY_MONTH) ?? []).length;
    votes -= (block.match(MONTH_DAY) ?? []).length;
  }
  return votes === 0 ? undefined : votes > 0;
}

function found(kind: string, year: number, month: string | number, day: number): Found | undefined {
  const mm = typeof month === "number" ? month : MONTHS.indexOf(month.toLowerCase().slice(0, 3)) + 1;
  const date = new Date(Date.UTC(year, mm - 1, day));
  if (mm < 1 || date.getUTCMonth() !== mm - 1 || date.getUTCDate() !== day) return undefined;
  return { kind, iso: date.toISOString().slice(0, 10) };
}
