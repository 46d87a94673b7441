/**
 * The publication date a web page prints near the story when the file gives none: "Published
 * On 3 Sep 2024", "Posted Tue 16 Jan 2024 at 4:12pm", "First published on Wed 4 Dec 2024",
 * "Published: January 16, 2024", "Updated 2024-01-16" — or a line that is only a date, as most
 * pages print it under the headline: "Saturday, 14 May 2011 10:02 BST", "12:15 AM June 08, 2016",
 * "Posted: 05/14/2011 10:02 AM EDT", "By Jane Roe | May 14, 2011", "Staff reporter — March 4, 2024",
 * "March 4, 2024 | Updated: March 5, 2024" (the date not labelled an update). The line itself is furniture
 * (nlp/boilerplate.ts drops a labelled one; parse.ts the line that is only a date); its date
 * becomes the article's date, as front matter would give it.
 *
 * Read with patterns of its own, not chrono-node: the content reader runs on the main thread,
 * where chrono (~8–10 MB, ~0.5 s of CPU to load) is not loaded unless an article is analysed
 * there (docs/performance.md). The date-line forms are those chrono reads as a full date.
 */
import { isBylineOrRole } from "../nlp/boilerplate.js";
import { MONTH_NUMBER, WEEKDAYS, shortYear } from "../nlp/dates/words.js";
import { moreWordsThan } from "../util/words.js";
import { addressDate, isPublishedField, markupDate } from "./page-stamps.js";

/** The month words (nlp/dates/words.ts), longest first; an abbreviation may take a full stop. */
const MONTH_KEYS = Object.keys(MONTH_NUMBER).sort((a, b) => b.length - a.length);
const FULL_MONTH = new Set(Object.keys(MONTH_NUMBER).slice(0, 12));
const MONTH_WORD = `(${MONTH_KEYS.map((m) => (FULL_MONTH.has(m) ? m : `${m}\\.?`)).join("|")})`;
/** A month's first three letters ("may", "jan" …), which a looser label or a body date opens with. */
const MONTH_STEMS = MONTH_KEYS.filter((m) => m.length === 3);
const MONTH = String.raw`(${MONTH_STEMS.join("|")})[a-z]*\.?`;
const CAPITAL_STEM = `(?:${MONTH_STEMS.map((m) => m[0]!.toUpperCase() + m.slice(1)).join("|")})`;
/** A weekday, whole or cut to three letters ("Sat", "Tue."), or to "Thur"/"Thurs". */
const WEEKDAY_NAMES = Object.keys(WEEKDAYS);
const WEEKDAY = `(?:${[...WEEKDAY_NAMES, "thurs", "thur", ...WEEKDAY_NAMES.map((d) => `${d.slice(0, 3)}\\.?`)].join("|")})`;

/** A press release's embargo is the day it may be printed: its publication date. */
const LABEL = String.raw`(published|posted|first published|updated|last updated|last update|last modified|embargoed until|embargoed to)`;
/** "PUBLISHED: 10:12 EST, 5 March 2024": a time (and its zone) before the date. */
const TIME_FIRST = String.raw`(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:\(?[A-Z]{2,5}\)?)?,?\s+(?:on\s+)?)?`;
const LEAD = String.raw`^${LABEL}(?:\s+(?:on|at))?\s*:?\s*${TIME_FIRST}(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?`;
const DAY_FIRST = new RegExp(`${LEAD}(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, "i");
const MONTH_FIRST = new RegExp(`${LEAD}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "i");
const ISO = new RegExp(`${LEAD}(\\d{4})-(\\d{2})-(\\d{2})\\b`, "i");

/**
 * What a date line may hold besides its date: a label ("Last updated:"), a byline before a bar
 * ("By Jane Roe |"), a time-zone abbreviation or offset ("BST", "GMT+8", "(UTC)"), separators.
 */
/** "Posted in Island News on …": a blog's section after its label is furniture too. */
const LINE_LABEL = new RegExp(`^${LABEL}(?:\\s+(?:on|at|in))?\\s*:?`, "i");
const BYLINE = /^(?:by\s+[^|•·●◆▪/]{2,60}|(?:[A-Z][\w.'’&-]*\s+){0,4}[A-Z][\w.'’&-]*)\s*[|•·●◆▪/]/i;
const ZONE_OR_SEPARATOR =
  /\(?\b(?:[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?)\b\)?|[|•·●◆▪/,–—()[\]-]|\bat\b|\b\d{1,2}\s*(?:min|MIN)(?:ute|UTE)?[sS]?\s+(?:read|READ)\b/g;
/** A page's age beside its date ("2h ago", "Updated 2 hours ago"), which the page's date makes redundant. */
const AGE_STAMP =
  /\b(?:an?|\d{1,3})\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mos?|months?|y|yrs?|years?)\s+ago\b/gi;
const HEADING_MARKS = /^#{1,6}\s+/;
const TAGS = /<\/?[a-z][^<>]*>/gi;
/** Dates the body writes with a month name, day first or month first (case kept: "may" is a verb). */
const DAY_MONTH = new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${CAPITAL_STEM}[a-z]*\b`, "g");
const MONTH_DAY = new RegExp(String.raw`\b${CAPITAL_STEM}[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?![\d:.])`, "g");

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
  const edgeBlocks = edgesOf(blocks);
  const edges = edgeBlocks.flatMap(linesOf);
  // A reprint's note gives the day the text was written for ("This article first appeared in … on March 4, 2024").
  const notes = edges.map(noteOfLine).filter((n): n is Note => n !== undefined);
  const original = notes.find((n) => n.original);
  if (original) return { iso: original.iso };
  const found = edges.map(dateOfLine).filter((d): d is Found => d !== undefined);
  const published = found.find((d) => !/update|modified/i.test(d.kind));
  if (published) return { iso: published.iso };
  const markup = markupDate(edgeBlocks.join("\n"));
  if (markup) return { iso: markup };
  // An unlabelled date line is the publication date before an update line's date.
  const dayFirst = writesDayFirst(blocks);
  let country: boolean | undefined | null = null;
  const countryDayFirst = (): boolean | undefined => (country === null ? (country = dayFirstByCountry(blocks)) : country);
  for (const block of edges) {
    const iso = dateOnlyLine(block, dayFirst, countryDayFirst);
    if (iso) return { iso, dateOnly: block };
  }
  // Then a print edition's note ("Published in The Courier, March 5th, 2024"), the day the page's address is filed under, an update's date.
  const address = edges.map(addressDate).find((iso) => iso !== undefined);
  const later = notes[0]?.iso ?? titleLineDate(blocks[0]) ?? address ?? found[0]?.iso;
  return later === undefined ? undefined : { iso: later };
}

/**
 * When a page gives only the month or the season of its issue — a magazine's ("March 1989 issue",
 * "From the March 1989 issue", "Vol. 12, No. 3 (March 1989)", "Spring 1993", "Published: March
 * 1989") — that month ("1989-03"), or the year of a season (its months depend on the hemisphere):
 * a line among the first blocks that is only that and the issue's furniture.
 */
export function publishedMonth(blocks: string[]): PublishedLine | undefined {
  for (const line of blocks.slice(0, EDGE_BLOCKS).flatMap(linesOf)) {
    const iso = monthOnlyLine(line);
    if (iso) return { iso, dateOnly: line };
  }
  // A publication note with the issue's month ("This article appeared in the November 2019 issue of …").
  for (const line of edgesOf(blocks).flatMap(linesOf)) {
    const note = noteOf(line);
    if (!note || datePieces(note.text).some((p) => p.kind === "date")) continue;
    const months = [...note.after.matchAll(MONTH_YEAR)];
    if (months.length === 1) return { iso: monthOf(months[0]!) };
  }
  return undefined;
}

/** A front-matter field that names the publication date, when it gives a month or a season only ("published: March 1989"). */
export function frontMatterMonth(data: Record<string, unknown>): string | undefined {
  for (const [key, value] of Object.entries(data))
    if (isPublishedField(key) && typeof value === "string") {
      const iso = monthOnlyLine(value);
      if (iso) return iso;
    }
  return undefined;
}

function monthOnlyLine(line: string): string | undefined {
  const text = withoutMarkup(line);
  if (moreWordsThan(text, MAX_ISSUE_WORDS)) return undefined;
  const found = [...text.matchAll(MONTH_YEAR)];
  if (found.length !== 1 || datePieces(text).some((p) => p.kind === "date")) return undefined;
  const m = found[0]!;
  const rest = (text.slice(0, m.index) + " " + text.slice(m.index + m[0].length))
    .replace(LINE_LABEL, "")
    .replace(ZONE_OR_SEPARATOR, " ");
  if (!wordsOf(rest).every((w) => FURNITURE_WORD.test(w) || HANDLE.test(w) || ISSUE_WORD.test(w))) return undefined;
  return Number(m[3]) < 1000 ? undefined : monthOf(m);
}

/** "1989-03" of "March 1989"; "1993" of "Spring 1993". */
function monthOf(m: RegExpMatchArray): string {
  const month = m[2] === undefined ? undefined : MONTH_NUMBER[monthKey(m[2])];
  return month === undefined ? m[3]! : `${m[3]}-${String(month).padStart(2, "0")}`;
}
/** A month or a season and a year, nothing between ("March 1989", "Spring 1993", "Sept. 2004"). */
const MONTH_YEAR = new RegExp(String.raw`(?<![\w.])(${MONTH_WORD}|spring|summer|autumn|fall|winter)\s+(\d{4})(?![\w/-])`, "gi");
/** The print words of an issue's line besides names and numbers. */
const ISSUE_WORD = /^(?:issue|edition|print|from|the|of|in|published|dated|vol|no)$/i;
const MAX_ISSUE_WORDS = 12;

/**
 * A page's title as a browser saves it, the headline then the masthead and its date after a
 * separator: "Harbour quay shut - The Daily Courier, March 4, 2024" (the part after the last
 * separator is a name and one full date). The file's first line only: "Flood hits town — March
 * 4, 2024" (no masthead) is a headline about that day.
 */
function titleLineDate(block: string | undefined): string | undefined {
  const line = block?.split("\n")[0]?.trim();
  const m = line && TITLE_MASTHEAD.exec(line);
  return m ? dateOnlyLine(m[2]!, undefined) : undefined;
}
const TITLE_MASTHEAD = /^(.{8,}?)\s+[-–—|]\s+((?:The\s+)?\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*){0,5},\s+[^-–—|]*\d{4}[^-–—|]*)$/u;

interface Note {
  iso: string;
  /** The first publication's note ("first appeared", "originally published"), not a print edition's. */
  original: boolean;
}

/**
 * A publication note, as a reprint, a syndicated piece or a print edition closes (or opens):
 * "This article first appeared in The Westbrook Review on March 4, 2024.", "This story was
 * originally published on 4 March 2024 by …", "A version of this article appears in print on
 * March 5, 2024, Section A, Page 4", "Published in Dawn, March 5th, 2024" — the line's first full date.
 */
function noteOfLine(line: string): Note | undefined {
  const note = noteOf(line);
  if (!note) return undefined;
  const date = datePieces(note.after).find((p) => p.date?.year !== undefined)?.date;
  const iso = date && found("", date.year!, date.month, date.day)?.iso;
  return iso ? { iso, original: /first|original|earlier/i.test(note.opening) } : undefined;
}

/** A line that opens as a publication note (NOTE_OPENING), short enough to be one: its text, its opening and what follows it. */
function noteOf(line: string): { text: string; opening: string; after: string } | undefined {
  const text = line.trim().replace(/^[([*_]+/, "");
  const m = NOTE_OPENING.exec(text);
  if (!m || moreWordsThan(text, MAX_NOTE_WORDS)) return undefined;
  return { text, opening: m[0], after: text.slice(m[0].length) };
}
const PIECE_WORD = "(?:article|story|piece|column|op-ed|essay|interview|report|post|feature|editorial|commentary|review|analysis)";
const NOTE_OPENING = new RegExp(
  String.raw`^(?:(?:this|the|a\s+version\s+of\s+this|an\s+earlier\s+version\s+of\s+this)\s+${PIECE_WORD}\s+(?:was\s+|is\s+|has\s+been\s+)?(?:first\s+|originally\s+)?(?:appeared|appears|published|ran|printed|posted)|(?:it\s+)?(?:first|originally)\s+(?:appeared|published|ran|posted)|published\s+in\s+(?=\p{Lu}))`,
  "iu",
);
const MAX_NOTE_WORDS = 45;

/**
 * The publication date a front-matter field gives under another name than `date`, as blog
 * engines, feeds and schema.org name it ("published", "pubDate", "publishDate",
 * "datePublished", "published_at", "created", "issued"), in any form a date line takes
 * ("2024-03-04", "March 4, 2024", "Mon, 04 Mar 2024 10:12:00 +0000"); an update's field is not it.
 */
export function frontMatterDate(data: Record<string, unknown>): string | undefined {
  for (const [key, value] of Object.entries(data)) {
    if (!isPublishedField(key)) continue;
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === "string" ? value : undefined;
    const iso = text && dateOnlyLine(text, undefined);
    if (iso) return iso;
  }
  return undefined;
}

/** The day of a text that is only one full date ("2024-03-04T10:12:00Z", "March 4, 2024"); undefined for an order its numbers leave open. */
export function fullDateOf(text: string): string | undefined {
  return dateOnlyLine(text, undefined);
}

/**
 * A block's lines, each a candidate: a page's header pasted whole puts its byline, its
 * publication line and its update line on lines of one block ("UPDATED Jun 18, 2024, 07:15 PM" /
 * "PUBLISHED Jun 18, 2024, 05:00 AM"; "Sat Jan 13, 2024 12:00 AM" / "Last update on: …").
 */
/** The first and the last blocks, where a page puts its date lines and notes. */
function edgesOf(blocks: string[]): string[] {
  return [...blocks.slice(0, EDGE_BLOCKS), ...blocks.slice(-EDGE_BLOCKS)];
}

/** A line's text without a markdown heading's marks ("### March 4, 2024") and an HTML element's tags ("<time …>4 March 2024</time>"): no words of the line. */
function withoutMarkup(line: string): string {
  return line.trim().replace(HEADING_MARKS, "").replace(TAGS, " ").trim();
}

/** The words of a date line's rest, their punctuation trimmed. */
function wordsOf(rest: string): string[] {
  return rest
    .split(/\s+/)
    .map((w) => w.replace(/[:;,.!?'’"“”()[\]]+$|^[("“[]+/g, ""))
    .filter(Boolean);
}

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
  if (moreWordsThan(text, MAX_LINE_WORDS)) return undefined;
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
 * or a byline): the date-line grammar below reads the date; a numeric date with both numbers
 * ≤ 12 takes the order the body writes its other dates in (`dayFirst`), dots day first, and is
 * no date when nothing says.
 */
function dateOnlyLine(
  block: string,
  dayFirst: boolean | undefined,
  countryDayFirst: () => boolean | undefined = () => undefined,
): string | undefined {
  let text = withoutMarkup(block);
  if (text.includes("\n") || !/\d/.test(text) || moreWordsThan(text, MAX_LINE_WORDS))
    return undefined;
  const { head, update } = withoutUpdateTail(text);
  text = withoutDashByline(head);
  // (every full date is written with digits)
  const pieces = datePieces(text);
  const full = pieces.filter((p) => p.date?.year !== undefined);
  if (full.length !== 1) return undefined;
  const rest = withoutPieces(text, pieces)
    .replace(LINE_LABEL, "")
    .trim()
    .replace(BYLINE, "")
    .replace(AGE_STAMP, " ")
    .replace(ZONE_OR_SEPARATOR, " ")
    .trim();
  if (rest && !isFurniture(rest, text.slice(0, full[0]!.start))) return undefined;
  const date = full[0]!.date!;
  let [month, day] = [date.month, date.day];
  const updateDay = update && dayNumber({ ...update, year: update.year ?? date.year });
  const numeric = date.numeric;
  if (numeric && numeric.first <= 12 && numeric.second <= 12 && numeric.first !== numeric.second) {
    // The line's update date may allow one order only ("04/03/2024 | Updated: March 5, 2024").
    const fits = (dayFirstOrder: boolean): boolean => {
      const [d, m] = dayFirstOrder ? [numeric.first, numeric.second] : [numeric.second, numeric.first];
      return updateDay === undefined || dayNumber({ year: date.year, month: m, day: d }) <= updateDay;
    };
    const only = fits(true) !== fits(false) ? fits(true) : undefined;
    // The weekday the line gives ("Mon, 4/3/2024") is the day of one reading only.
    const named = weekdayOf(text);
    const weekdayFits = (dayFirstOrder: boolean): boolean => {
      const [d, m] = dayFirstOrder ? [numeric.first, numeric.second] : [numeric.second, numeric.first];
      return new Date(Date.UTC(date.year!, m - 1, d)).getUTCDay() === named;
    };
    const byWeekday =
      named !== undefined && weekdayFits(true) !== weekdayFits(false) ? weekdayFits(true) : undefined;
    // Dots are day first (no English house style writes "03.04.2024" for March 4), whatever the body's month-name dates do.
    const dots = numeric.separator === "." ? true : undefined;
    const first = only ?? byWeekday ?? dots ?? dayFirst ?? countryDayFirst();
    if (first === undefined) return undefined;
    [day, month] = first ? [numeric.first, numeric.second] : [numeric.second, numeric.first];
  }
  // An update comes after its publication: a reading that puts it before is no reading.
  if (updateDay !== undefined && updateDay < dayNumber({ year: date.year, month, day }))
    return undefined;
  return found("", date.year!, month, day)?.iso;
}

/**
 * A date line that gives its update after its publication date ("March 4, 2024 | Updated: March
 * 5, 2024", "Mar. 4, 2024 — Updated March 5"): the part before the update label, when that part
 * ends with its date (or time) and the part from the label on is only a date (that update's
 * date too); else the line.
 */
function withoutUpdateTail(text: string): { head: string; update?: DateValue } {
  const m = UPDATE_TAIL.exec(text);
  if (!m || m.index === 0) return { head: text };
  const head = text.slice(0, m.index).replace(TRAILING_SEPARATORS, "");
  const headPieces = datePieces(head);
  if (!headPieces.some((p) => p.kind === "date") || headPieces.at(-1)!.end !== head.length) return { head: text };
  const tail = text.slice(m.index + m[0].length);
  const tailPieces = datePieces(tail);
  const update = tailPieces.find((p) => p.kind === "date")?.date;
  if (!update || withoutPieces(tail, tailPieces).replace(ZONE_OR_SEPARATOR, " ").trim() !== "") return { head: text };
  return { head, update };
}
const UPDATE_TAIL = new RegExp(
  String.raw`\s*[|•·●◆▪/–—([-]?\s*\b(?:last\s+)?(?:updated|update|modified)\b(?:\s+(?:on|at))?\s*:?\s*`,
  "i",
);
const TRAILING_SEPARATORS = /[\s|•·●◆▪/–—,;-]+$/;

/** "Staff reporter — March 4, 2024": a byline or a reporter's job before a dash is furniture. */
function withoutDashByline(text: string): string {
  const m = DASH_LEAD.exec(text);
  return m && isBylineOrRole(m[1]!.trim()) ? text.slice(m[0].length) : text;
}
const DASH_LEAD = /^([^–—\d]{2,60}?)\s+[–—]\s+(?=\S)/;

/** The text without its date pieces. */
function withoutPieces(text: string, pieces: Piece[]): string {
  let rest = "";
  let at = 0;
  for (const p of pieces) {
    rest += `${text.slice(at, p.start)} `;
    at = p.end;
  }
  return (rest + text.slice(at)).trim();
}

/**
 * What else a date line may hold: names and labels, every word capitalised (a masthead "The
 * Evening Star, … | Page A-1", a byline "By JANE ROE Staff Writer", a label "Date:", a zone "Eastern
 * Standard Time") — no sentence, and no preposition right before the date ("The Flood of March 5,
 * 1974" is a title about that day).
 */
function isFurniture(rest: string, before: string): boolean {
  if (PREPOSITION_BEFORE.test(before)) return false;
  // A field's label, whatever its case, before the date: "Issue date: …", "pubDate: …", "date: …".
  const label = FIELD_LABEL.exec(before.trim());
  if (label) rest = rest.replace(label[1]!, " ").trim();
  return wordsOf(rest).every((w) => FURNITURE_WORD.test(w) || HANDLE.test(w) || DOMAIN.test(w) || /^(?:by|and|of|the|for|&)$/i.test(w));
}
const FURNITURE_WORD = /^[\p{Lu}\d][\p{L}\d.'’&-]*$/u;
/** A social-media handle beside a byline ("Jane Roe @janeroe"), an issue's number ("Issue #112"). */
const HANDLE = /^[@#]\w{1,30}$/;
/** The site's name as its address ("chinadaily.com.cn", "www.example.co.uk"). */
const DOMAIN = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/i;
/** A label of one to three words and a colon that ends the text before the date ("Issue date:"). */
const FIELD_LABEL = /(?:^|[|•·●◆▪/]\s*)((?:[\p{L}]+\s){0,2}[\p{L}]+\s*:)$/u;
const PREPOSITION_BEFORE =
  /\b(?:of|on|in|since|from|to|until|till|at|before|after|by|during|through|until)\s*$/i;

/*
 * The date-line grammar: the forms of a written date, a time and a weekday that chrono-node's
 * English parsers read (its little- and middle-endian month-name dates, ISO and numeric dates,
 * times, weekdays; a date and a time side by side are one date, as are two dates joined by
 * "to" or a dash), so that a line is "only a date" on the same terms.
 */
const ORDINAL = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
/** A year: four digits, or two not followed by what makes them a time or a day. */
const YEAR = String.raw`(?:[1-9]\d{3}|\d{2}(?!\w|:\d|\s+(?:am|pm|o\s*clock|${MONTH_STEMS.join("|")})))`;
/** "14 May 2011", "14th of May, 2011", "14-16 May 2011", "on 14 May" (no year: not a full date). */
const DAY_MONTH_YEAR = new RegExp(
  String.raw`(?<!\w)(?:on\s{0,3})?(${ORDINAL})(?:\s{0,3}(?:to|-|–|until|through|till)\s{0,3}(${ORDINAL}))?(?:-|/|\s{0,3}(?:of)?\s{0,3})${MONTH_WORD}(?:(?:-|/|,?\s{0,3})(${YEAR}(?!\w)))?(?=\W|$)`,
  "gi",
);
/** "May 14, 2011", "Sept. 5 2011", "May 14-15, 2011", "May 14". */
const MONTH_DAY_YEAR = new RegExp(
  String.raw`(?<!\w)(?:on\s{0,3})?${MONTH_WORD}(?:-|/|\s*,?\s*)(${ORDINAL})(?!\s*(?:am|pm))\s*(?:(?:to|-)\s*(${ORDINAL})\s*)?(?:(?:-|/|\s*,\s*|\s+)(${YEAR}))?(?=\W|$)(?!:\d)`,
  "gi",
);
/** "2011-05-14", "2011-05-14T10:02:00Z". */
const ISO_DATE = /(?<!\w)(\d{4})-(\d{1,2})-(\d{1,2})(?:T\d{1,2}:\d{1,2}(?::\d{1,2}(?:\.\d{1,4})?)?(?:Z|[+-]\d{2}:?(?:\d{2})?)?)?(?=\W|$)/gi;
/** "2011/05/14", "2011 May 14". */
const YEAR_MONTH_DAY = new RegExp(String.raw`(?<!\w)(\d{4})[-./\s](?:${MONTH_WORD}|(\d{1,2}))[-./\s](\d{1,2})(?=\W|$)`, "gi");
/** "05/14/2011", "14.05.2011", "5-14-11", "05/14" (month first unless the first number is no month). */
const NUMERIC_DATE = /(?<!\d)([0-3]?\d)([/.-])([0-3]?\d)(?:([/.-])(\d{4}|\d{2}))?(?=\W|$)/gi;
/** "10:02", "10.02am", "at 4:12 p.m.", "5 o'clock". */
const TIME = /\b(?:(?:at|from)\s*)??(\d{1,4})(?:[.:](\d{1,2})(?::(\d{2})(?:\.(\d{1,6}))?)?)?(?:\s*(a\.m\.|p\.m\.|am?|pm?))?(?:\s*(?:o\W*clock|at\s*night|in\s*the\s*(?:morning|afternoon)))?(?!\/)(?=\W|$)/gi;
/** "noon", "this morning". */
const TIME_OF_DAY = /(?<!\w)(?:this)?\s{0,3}(?:morning|afternoon|evening|night|midnight|midday|noon)(?=\W|$)/gi;
const WEEKDAY_PHRASE = new RegExp(
  String.raw`(?<!\w)(?:(?:,|\()\s*)?(?:on\s*?)?(?:(?:this|last|past|next)\s*)?${WEEKDAY}(?:\s*(?:,|\)))?(?:\s*(?:this|last|past|next)\s*week)?(?=\W|$)`,
  "gi",
);
/** What joins a date and its time ("14 May 2011 at 10:02", "10:02, 14 May 2011"), two dates of a range. */
const DATE_TIME_GAP = /^\s*(?:T|at|after|before|on|of|,|-|\.|∙|:)?\s*$/;
const RANGE_GAP = /^\s*(?:to|-|–|until|through|till)\s*$/i;
/** A zone after a time: "BST", "(GMT+8)", "+0100". */
const ZONE_NAME = /^\s*,?\s*\(?[A-Z]{2,4}\)?(?=\W|$)/;
const ZONE_OFFSET = /^\s*(?:\(?(?:GMT|UTC)\s?)?[+-](\d{1,2})(?::?(\d{2}))?\)?/i;

interface DateValue {
  year?: number;
  month: number;
  day: number;
  /** A numeric date with a four-digit year, as written: its order may be open. */
  numeric?: { first: number; second: number; separator: string };
}

interface Piece {
  start: number;
  end: number;
  kind: "date" | "time" | "weekday";
  date?: DateValue;
  /** A day range ("14-16 May") or two dates joined: no further range. */
  range?: boolean;
  /** Holds a date and a time. */
  dateTime?: boolean;
  /** Its zone is given as an offset ("+0100", "2011-05-14T10:02Z"). */
  zone?: boolean;
}

/** Every date, time and weekday of a line, as chrono would keep them (longest of overlapping ones). */
function datePieces(text: string): Piece[] {
  const found: Piece[] = [];
  scan(DAY_MONTH_YEAR, text, found, (m) => {
    const day = parseInt(m[1]!);
    if (day > 31) return undefined;
    return dayRange(m[4], m[3]!, day, m[2]);
  });
  scan(MONTH_DAY_YEAR, text, found, (m) => {
    const day = parseInt(m[2]!);
    if (day > 31) return undefined;
    return dayRange(m[4], m[1]!, day, m[3]);
  });
  scan(ISO_DATE, text, found, (m) => {
    const date = dateValue(Number(m[1]), Number(m[2]), Number(m[3]));
    return date && { kind: "date", date };
  });
  scan(YEAR_MONTH_DAY, text, found, (m) => {
    let month = m[2] ? MONTH_NUMBER[monthKey(m[2])]! : Number(m[3]);
    let day = Number(m[4]);
    if (month > 12 && day <= 12) [month, day] = [day, month];
    const date = dateValue(Number(m[1]), month, day);
    return date && { kind: "date", date };
  });
  scan(NUMERIC_DATE, text, found, (m) => {
    const before = text.slice(0, m.index);
    const after = text.slice(m.index + m[0].length);
    if (/\d\/?$/.test(before) || /^\/?\d/.test(after)) return undefined;
    if (/^\d\.\d$/.test(m[0]) || /^\d\.\d{1,2}\.\d{1,2}\s*$/.test(m[0])) return undefined;
    if (m[5] === undefined && m[2] !== "/") return undefined;
    const [first, second] = [Number(m[1]), Number(m[3])];
    let [month, day] = [first, second];
    if (month > 12) {
      if (day < 1 || day > 12 || month > 31) return undefined;
      [day, month] = [month, day];
    }
    if (month < 1 || day < 1 || day > 31) return undefined;
    const year = m[5] === undefined ? undefined : yearOf(m[5]);
    const date = dateValue(year, month, day);
    if (date && m[5]?.length === 4 && m[4] === m[2]) date.numeric = { first, second, separator: m[2]! };
    return date && { kind: "date", date };
  });
  scan(TIME, text, found, (m) => (clockTime(m) ? { kind: "time" } : undefined));
  scan(TIME_OF_DAY, text, found, () => ({ kind: "time" }));
  scan(WEEKDAY_PHRASE, text, found, () => ({ kind: "weekday" }));
  const pieces = withoutOverlaps(found);
  for (const p of pieces) {
    const offset = zoneOffset(text.slice(p.end));
    p.end += offset;
    p.zone = offset > 0 || (p.kind === "date" && /T\d/.test(text.slice(p.start, p.end)) && /(?:Z|[+-]\d\d:?\d*)$/i.test(text.slice(p.start, p.end)));
  }
  merge(pieces, text, (a, b, gap) => a.kind === "weekday" && b.kind === "date" && /^,?\s*$/.test(gap), (a, b) => ({ ...b, start: a.start }));
  const onlyDate = (p: Piece) => p.kind !== "time" && !p.dateTime;
  const onlyTime = (p: Piece) => p.kind === "time" && !p.dateTime;
  merge(
    pieces,
    text,
    (a, b, gap) =>
      ((onlyDate(a) && onlyTime(b)) || (onlyTime(a) && onlyDate(b) && gap.trim() !== ":")) && DATE_TIME_GAP.test(gap),
    (a, b) => ({ ...(onlyDate(a) ? a : b), start: a.start, end: b.end, dateTime: true, zone: a.zone || b.zone }),
  );
  // Two dates joined ("14 May 2011 - 15 May 2011") start at the earlier.
  merge(
    pieces,
    text,
    (a, b, gap) => a.kind === "date" && b.kind === "date" && !a.range && !b.range && RANGE_GAP.test(gap),
    (a, b) => ({ ...(a.date?.year !== undefined && b.date?.year !== undefined && dayNumber(b.date) < dayNumber(a.date) ? b : { ...a, date: withRangeYear(a.date, b.date) }), start: a.start, range: true }),
  );
  // A zone's name, unless an offset gave the zone already.
  for (const p of pieces) if ((p.kind === "time" || p.dateTime) && !p.zone) p.end += ZONE_NAME.exec(text.slice(p.end))?.[0].length ?? 0;
  // A lone number ("14.22") is no time.
  return pieces.filter((p) => !/^\d*(\.\d*)?$/.test(text.slice(p.start, p.end).replace(" ", "")));
}

/** Each match of `pattern` that `read` takes, scanning on after it; one character on after one it does not. */
function scan(
  pattern: RegExp,
  text: string,
  into: Piece[],
  read: (m: RegExpExecArray) => Omit<Piece, "start" | "end"> | undefined,
): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const piece = read(m);
    if (piece) {
      into.push({ ...piece, start: m.index, end: m.index + m[0].length });
      pattern.lastIndex = Math.max(m.index + m[0].length, m.index + 1);
    } else pattern.lastIndex = m.index + 1;
  }
}

/** In text order; of two that overlap, the longer (the first when they are as long). */
function withoutOverlaps(found: Piece[]): Piece[] {
  const sorted = [...found].sort((a, b) => a.start - b.start);
  const kept: Piece[] = [];
  let prev = sorted[0];
  for (const p of sorted.slice(1)) {
    if (p.start >= prev!.end) {
      kept.push(prev!);
      prev = p;
    } else if (p.end - p.start > prev!.end - prev!.start) prev = p;
  }
  if (prev) kept.push(prev);
  return kept;
}

/** Joins neighbours, left to right, where `joins` says so (the joined piece may join the next). */
function merge(
  pieces: Piece[],
  text: string,
  joins: (a: Piece, b: Piece, gap: string) => boolean,
  join: (a: Piece, b: Piece) => Piece,
): void {
  for (let i = 0; i + 1 < pieces.length; ) {
    const [a, b] = [pieces[i]!, pieces[i + 1]!];
    if (joins(a, b, text.slice(a.end, b.start))) pieces.splice(i, 2, { ...join(a, b), end: b.end });
    else i++;
  }
}

/** The length of a zone offset opening `after` ("+0100", " (GMT+8)"), up to 14 hours; else 0. */
function zoneOffset(after: string): number {
  const m = ZONE_OFFSET.exec(after);
  return m && Number(m[1]) * 60 + Number(m[2] ?? 0) <= 14 * 60 ? m[0].length : 0;
}

/** Whether a time's numbers make a time of day (chrono's checks). */
function clockTime(m: RegExpExecArray): boolean {
  const [text, hourText, minuteText, second, , meridiem] = m;
  let hour = parseInt(hourText!);
  let minute = 0;
  if (hour > 100) {
    if (minuteText !== undefined || (hourText!.length === 4 && !meridiem)) return false;
    [hour, minute] = [Math.floor(hour / 100), hour % 100];
  }
  if (hour > 24) return false;
  if (minuteText !== undefined) {
    if (minuteText.length === 1 && !meridiem) return false;
    minute = parseInt(minuteText);
  }
  if (minute >= 60 || (meridiem && hour > 12) || (second !== undefined && Number(second) >= 60)) return false;
  if (/^\d$/.test(text!) || /^\d\d\d+$/.test(text!) || /\d[apAP]$/.test(text!)) return false;
  const ending = /[^\d:.](\d[\d.]+)$/.exec(text!);
  if (ending && ((ending[1]!.includes(".") && !/\d(\.\d{2})+$/.test(ending[1]!)) || parseInt(ending[1]!) > 24)) return false;
  return true;
}

/** A month-name date, its day maybe a range ("14-16 May 2011") whose end must be a day of that month too. */
function dayRange(yearText: string | undefined, monthText: string, day: number, toDay: string | undefined): Omit<Piece, "start" | "end"> | undefined {
  const year = yearText === undefined ? undefined : yearOf(yearText);
  const month = MONTH_NUMBER[monthKey(monthText)]!;
  const date = dateValue(year, month, day);
  if (!date || (toDay !== undefined && !dateValue(year, month, parseInt(toDay)))) return undefined;
  return { kind: "date", date, range: toDay !== undefined };
}

/** A range's first date without its year takes the last's ("February 26 - March 3, 2024"; "December 28 - January 3, 2025" the year before). */
function withRangeYear(first: DateValue | undefined, last: DateValue | undefined): DateValue | undefined {
  if (!first || first.year !== undefined || last?.year === undefined) return first;
  const year = first.month > last.month || (first.month === last.month && first.day > last.day) ? last.year - 1 : last.year;
  return dateValue(year, first.month, first.day) ?? first;
}

function dayNumber(d: DateValue): number {
  return Date.UTC(d.year!, d.month - 1, d.day);
}

function monthKey(word: string): string {
  return word.toLowerCase().replace(/\.$/, "");
}

/** A year as written: two digits are the 1900s from 50 (nlp/dates/words.ts). */
function yearOf(text: string): number {
  return text.length <= 2 ? shortYear(text) : Number(text);
}

/** A real calendar day (a year-less one in a leap year; no year before 1000). */
function dateValue(year: number | undefined, month: number, day: number): DateValue | undefined {
  if (year !== undefined && year < 1000) return undefined;
  const d = new Date(Date.UTC(year ?? 2000, month - 1, day));
  if (month < 1 || month > 12 || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return year === undefined ? { month, day } : { year, month, day };
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
  const mm = typeof month === "number" ? month : MONTH_NUMBER[month.toLowerCase().slice(0, 3)]!;
  const date = new Date(Date.UTC(year, mm - 1, day));
  if (mm < 1 || date.getUTCMonth() !== mm - 1 || date.getUTCDate() !== day) return undefined;
  return { kind, iso: date.toISOString().slice(0, 10) };
}

/** The weekday a line names ("Mon,", "Monday"), 0 = Sunday; undefined when it names none or two. */
function weekdayOf(text: string): number | undefined {
  const days = [...text.matchAll(WEEKDAY_WORD)].map((m) => WEEKDAYS[WEEKDAY_NAMES.find((d) => m[0].toLowerCase().startsWith(d.slice(0, 3)))!]);
  return new Set(days).size === 1 ? days[0] : undefined;
}
const WEEKDAY_WORD = new RegExp(`(?<![\\w])${WEEKDAY}(?![\\w])`, "gi");

/**
 * Whether the country the article names most writes numeric dates day first, by its English
 * locale's short date pattern in CLDR (Node's Intl: "en-NG" is day-month-year, "en-US"
 * month-day-year; "en-CA" and "en-ZA" year first say nothing), else its own language's
 * ("es-AR", "ru-RU" day first; "zh-CN" year first says nothing); undefined when no country is
 * named more than the others. Country names from CLDR too (Intl.DisplayNames, long and short).
 */
function dayFirstByCountry(blocks: string[]): boolean | undefined {
  const counts = new Map<string, number>();
  const names = countryNames();
  for (const block of blocks)
    for (const m of block.matchAll(names.pattern)) {
      const code = names.codes.get(m[0]);
      if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
    }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (!ranked.length || (ranked[1] && ranked[1][1] === ranked[0]![1])) return undefined;
  // A country with no English locale in CLDR ("en-RU", "en-BR" fall back to "en", the US order)
  // writes its numbers as its own language does (CLDR's likely language: "ru-RU", "pt-BR").
  const code = ranked[0]![0];
  const locale = [`en-${code}`, `${new Intl.Locale(`und-${code}`).maximize().language}-${code}`].find(
    (l) => new Intl.DateTimeFormat(l).resolvedOptions().locale === l,
  );
  if (locale === undefined) return undefined;
  const order = new Intl.DateTimeFormat(locale)
    .formatToParts(new Date(Date.UTC(2024, 2, 4, 12)))
    .map((p) => p.type)
    .filter((t) => t === "day" || t === "month" || t === "year");
  if (order[0] === "day") return true;
  if (order[0] === "month") return false;
  return undefined;
}

let COUNTRY_NAMES: { pattern: RegExp; codes: Map<string, string> } | undefined;
function countryNames(): { pattern: RegExp; codes: Map<string, string> } {
  if (COUNTRY_NAMES) return COUNTRY_NAMES;
  const codes = new Map<string, string>();
  const long = new Intl.DisplayNames("en", { type: "region" });
  const short = new Intl.DisplayNames("en", { type: "region", style: "short" });
  const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  for (const a of letters)
    for (const b of letters) {
      const code = a + b;
      for (const names of [long, short]) {
        let name: string | undefined;
        try {
          name = names.of(code);
        } catch {
          name = undefined;
        }
        // An unknown code comes back as itself; a name of two capitals ("US") is too easily a word.
        // An old code is an alias of today's ("UK" of "GB", "DD" of "DE"), whose locale CLDR knows.
        if (name && name !== code && name.length > 3 && !/\d/.test(name))
          codes.set(name, Intl.getCanonicalLocales(`und-${code}`)[0]!.slice(4));
      }
    }
  const alternatives = [...codes.keys()].sort((x, y) => y.length - x.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  // Case kept: "Chad", "Jordan" and "Turkey" are names only with their capital.
  COUNTRY_NAMES = { pattern: new RegExp(`\\b(?:${alternatives.join("|")})\\b`, "g"), codes };
  return COUNTRY_NAMES;
}
