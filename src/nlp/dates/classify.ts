/**
 * One chrono result judged: trimmed to the date's own words, dropped when chrono over-reads
 * ("now", "the day before", "march" the verb), else an absolute or a relative mention.
 */
import { absoluteMention } from "./absolute.js";
import { relativeMention } from "./relative.js";
import { MONTH_WORD } from "./words.js";
import { mention, type Candidate, type Parsed, type RawMention } from "./types.js";

export function classify(sentence: string, r: Parsed): RawMention | undefined {
  const { start, end } = trimStated(sentence, r.index, r.index + r.text.length);
  if (end <= start) return undefined;
  const text = sentence.slice(start, end);
  const lc = text.toLowerCase();
  const before = sentence.slice(0, start);
  const after = sentence.slice(end);
  const c: Candidate = { sentence, parsed: r, start, end, text, lc, before, after };
  if (/^(?:right )?(?:now|currently)$/.test(lc)) return undefined;
  // "BBC Radio 4's Today programme", "USA TODAY", "on Today": a capital inside a sentence names a show or a paper.
  if (/^(?:today|tonight)$/.test(lc) && isName(text, before)) return undefined;
  // CBS's “This Morning”: both words capitalised name a show.
  if (/^This\s+[A-Z]/.test(text) && !/^\s*$/.test(before)) return undefined;
  // The article's own day: placed only when the article says which day it was written.
  if (
    /^(?:today|tonight|this (?:morning|afternoon|evening))$/.test(lc) &&
    !(/^['’]s\b/.test(after) && /\b(?:in|of|for)\s+$/i.test(before)) // "in today's world": any time now
  )
    return mention(c, { kind: "relative", relative: { unit: "day", offset: 0 } });
  // Relative to another event in the text, not to the article's date.
  if (
    /\b(?:earlier|later|before|after|previously)$/.test(lc) ||
    /^the (?:day|week|month|year) (?:before|after)/.test(lc)
  )
    return undefined;
  const monthWord = MONTH_WORD.exec(text);
  // Absolute dates: a month name (or a numeric date with its year) is written.
  if (r.start.isCertain("month") && (monthWord || /^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$/.test(text)))
    return absoluteMention(c, monthWord);
  if (monthWord) return undefined;
  return relativeMention(c);
}

/** A figure shaped like a clock time ("1.50", "10:30") before words that are not a time's ("a.m.", "GMT"). */
const CLOCK_FIGURE =
  /^\d{1,2}[.:]\d\d\s+(?!(?:a\.?m\b|p\.?m\b|o['’]clock|hours?\b|h\b|gmt|bst|utc|[ecmp][sd]?t\b|ist|cet))(?=[a-z])/i;

/** Trims chrono's leading prepositions ("on June 2" → "June 2") but keeps words like "back in", "last", "next". */
function trimStated(sentence: string, start: number, end: number): { start: number; end: number } {
  let text = sentence.slice(start, end);
  const comma = /^[\s,]+/.exec(text);
  if (comma && text.length > comma[0].length) {
    start += comma[0].length;
    text = text.slice(comma[0].length);
  }
  const lead = /^(?:on|in|at|of|from|by|since|until|the)\s+/i.exec(text);
  if (lead && text.length > lead[0].length) {
    start += lead[0].length;
    text = text.slice(lead[0].length);
  }
  // "earnings of $1.50 last year", "closed at 10.30 today": a figure chrono read as a clock time
  // before the date's own words is no part of them.
  const clock = CLOCK_FIGURE.exec(text);
  if (clock && text.length > clock[0].length) {
    start += clock[0].length;
    text = text.slice(clock[0].length);
  }
  const trail = /(?:\s+(?:of|the))*[\s,;:.–—-]*$/i.exec(text);
  if (trail) end -= trail[0].length;
  return { start, end };
}

/**
 * A word written with a capital where a sentence does not start (not after a full stop, a colon,
 * an opening quote or bracket, or a dash): part of a name, not the common word.
 */
function isName(text: string, before: string): boolean {
  return /^[A-Z]/.test(text) && /[\p{L}\p{N},'’]\s*$/u.test(before);
}
