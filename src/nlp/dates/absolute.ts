/**
 * Dates written with a month name ("March 20", "Nov. 10, 1989", "back in April") or a numeric
 * date with its year: what chrono read, kept only where the words make it a date.
 */
import { monthInContext } from "./months.js";
import { WEEKDAY_WORD } from "./words.js";
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
    /\d\s*(?:-|–|to|until|through|thru|till)\s*\d|\b(?:to|until|through|thru|till|-|–)\b/i.test(
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
