/**
 * Dates written with a month name ("March 20", "Nov. 10, 1989", "back in April") or a numeric
 * date with its year: what chrono read, kept only where the words make it a date.
 */
import { monthInContext } from "./months.js";
import { shortYear, WEEKDAY_WORD } from "./words.js";
import {
  directionBefore,
  mention,
  type Candidate,
  type PartialDate,
  type RawMention,
} from "./types.js";

/** A day of the month in the words: "20", "20th", or spoken, "twenty-third", "the first of June". */
const DAY_WRITTEN =
  /\d|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|twentieth|thirtieth)\b/i;

/** The month-bearing date chrono read, or undefined when the words say it is not one. */
export function absoluteMention(
  c: Candidate,
  monthWord: RegExpExecArray | null,
): RawMention | undefined {
  const { sentence, text, start, before } = c;
  const s = c.parsed.start;
  const mk = (extra: Partial<RawMention> & Pick<RawMention, "kind">) => mention(c, extra);
  if (!monthWord) {
    if (!s.isCertain("year")) return undefined; // "3/4 of voters"
  } else {
    const word = monthWord[1] ?? "";
    if (word[0] !== word[0]?.toUpperCase()) return undefined; // "march" the verb, "may" the modal
    const hasDay = s.isCertain("day") && DAY_WRITTEN.test(text);
    // "Yin May, 60, a doctor", "in March, 74 percent of voters": after a comma, two digits
    // are an age or a count; a year so short is written with its apostrophe ("March '74").
    if (!hasDay && s.isCertain("year") && /,\s*\d{2}$/.test(text)) return loneMonth(c, monthWord);
    // "Nov. '97", "June 3, ’04": the year's last two digits, which chrono leaves out.
    // (After a comma only behind a day: "In May, '96 was…" is the month, then a year.)
    const short = s.isCertain("year")
      ? null
      : (hasDay ? SHORT_YEAR_AFTER_DAY : SHORT_YEAR_AFTER).exec(sentence.slice(c.end));
    if (short) return withShortYear(c, short);
    const hasYear = s.isCertain("year");
    if (
      word.length <= 4 &&
      word.toLowerCase() !== "may" &&
      word.toLowerCase() !== "june" &&
      word.toLowerCase() !== "july" &&
      !hasDay &&
      !hasYear
    )
      return undefined; // "Mar", "Dec" alone
    if (!hasDay && !hasYear) {
      // A lone month name: only after a word that makes it a date, never a name ("Theresa May").
      const at = start + (monthWord.index ?? 0);
      if (!monthInContext(word, sentence.slice(0, at), sentence.slice(at + word.length)))
        return undefined;
    }
  }
  const date: PartialDate = { month: s.get("month") ?? undefined };
  if (s.isCertain("year")) date.year = s.get("year") ?? undefined;
  if (s.isCertain("day") && DAY_WRITTEN.test(text)) date.day = s.get("day") ?? undefined;
  const m = mk({ kind: "absolute", date });
  if (s.isCertain("weekday") && WEEKDAY_WORD.test(text)) m.weekday = s.get("weekday") ?? undefined;
  const e = c.parsed.end;
  if (
    e &&
    e.isCertain("month") &&
    (e.isCertain("day") ? date.day !== undefined : true) &&
    /\d\s*(?:-|–|to|until|through|thru|till)\s*\d|\b(?:to|until|through|thru|till|-|–)\b|\s[-–—]\s/i.test(
      text,
    )
  ) {
    const until: PartialDate = { month: e.get("month") ?? undefined };
    if (e.isCertain("year")) until.year = e.get("year") ?? undefined;
    if (e.isCertain("day") && date.day !== undefined) until.day = e.get("day") ?? undefined;
    m.until = until;
  }
  if (date.year === undefined && date.day === undefined) m.direction = directionBefore(before);
  return m;
}

const SHORT_YEAR_AFTER = /^\.?\s+['’](\d\d)(?![\w'’%]|[.,]\d)/;
const SHORT_YEAR_AFTER_DAY = /^,?\s+['’](\d\d)(?![\w'’%]|[.,]\d)/;

/** A month (and day) chrono read, with the two-digit year written after it: one date. */
function withShortYear(c: Candidate, short: RegExpExecArray): RawMention {
  const s = c.parsed.start;
  const date: PartialDate = { month: s.get("month") ?? undefined, year: shortYear(short[1]!) };
  if (s.isCertain("day") && DAY_WRITTEN.test(c.text)) date.day = s.get("day") ?? undefined;
  const end = c.end + short[0].length;
  return { ...mention(c, { kind: "absolute", date }), end, stated: c.sentence.slice(c.start, end) };
}

/** The month name alone, of a date chrono read with more words after it: kept where the words make it a date. */
function loneMonth(c: Candidate, monthWord: RegExpExecArray): RawMention | undefined {
  const word = monthWord[1] ?? "";
  const at = c.start + (monthWord.index ?? 0);
  const end = at + monthWord[0].length;
  const before = c.sentence.slice(0, at);
  if (!monthInContext(word, before, c.sentence.slice(at + word.length))) return undefined;
  const month = c.parsed.start.get("month") ?? undefined;
  const m: RawMention = {
    kind: "absolute",
    stated: c.sentence.slice(at, end).replace(/\.$/, ""),
    start: at,
    end: at + c.sentence.slice(at, end).replace(/\.$/, "").length,
    date: { month },
  };
  m.direction = directionBefore(before);
  return m;
}
