/**
 * One chrono result judged: trimmed to the date's own words, dropped when chrono over-reads
 * ("now", "the day before", "march" the verb), else an absolute or a relative mention.
 */
import { absoluteMention } from "./absolute.js";
import { relativeMention } from "./relative.js";
import { MONTH_WORD } from "./words.js";
import type { Candidate, Parsed, RawMention } from "./types.js";

export function classify(sentence: string, r: Parsed): RawMention | undefined {
  const { start, end } = trimStated(sentence, r.index, r.index + r.text.length);
  if (end <= start) return undefined;
  const text = sentence.slice(start, end);
  const lc = text.toLowerCase();
  const before = sentence.slice(0, start);
  const after = sentence.slice(end);
  const c: Candidate = { sentence, parsed: r, start, end, text, lc, before, after };
  if (/^(?:right )?(?:now|today|tonight|currently|this (?:morning|afternoon|evening))$/.test(lc))
    return undefined;
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

/** Trims chrono's leading prepositions ("on June 2" → "June 2") but keeps words like "back in", "last", "next". */
function trimStated(sentence: string, start: number, end: number): { start: number; end: number } {
  let text = sentence.slice(start, end);
  const lead = /^(?:on|in|at|of|from|by|since|until|the)\s+/i.exec(text);
  if (lead && text.length > lead[0].length) {
    start += lead[0].length;
    text = text.slice(lead[0].length);
  }
  const trail = /(?:\s+(?:of|the))*[\s,;:.–—-]*$/i.exec(text);
  if (trail) end -= trail[0].length;
  return { start, end };
}
