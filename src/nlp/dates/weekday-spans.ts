/**
 * Two weekdays that are the ends of one span of days, which chrono reads as two days: "between
 * Monday and Wednesday", "between Monday and Wednesday of last week"; and two weekdays in a row
 * joined by "and" ("on Monday and Tuesday"), which are the same two days as their span. (chrono
 * reads "from Tuesday to Thursday" as one span already; relative.ts gives it its last weekday.)
 */
import type { RawMention, Relative } from "./types.js";

/** A weekday alone, set by the tense or a week named with it: "Monday", "Wednesday of last week". */
function loneWeekday(r: Relative | undefined): r is Relative {
  return (
    r?.unit === "weekday" &&
    r.offset === null &&
    !r.this &&
    !r.weekAfter &&
    !r.anaphoric &&
    r.dayOfMonth === undefined &&
    r.untilWeekday === undefined
  );
}

export function joinWeekdaySpans(sentence: string, mentions: RawMention[]): void {
  mentions.sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1]!;
    const first = a.relative;
    const last = b.relative;
    if (!loneWeekday(first) || !loneWeekday(last)) continue;
    if (!/^\s+and\s+$/i.test(sentence.slice(a.end, b.start))) continue;
    const between = /\bbetween\s+$/i.test(sentence.slice(0, a.start));
    const next = (first.weekday! + 1) % 7 === last.weekday;
    if (!between && !next) continue;
    // "Monday and Wednesday of last week": the week named with the second is the span's.
    if (first.inWeek !== undefined && last.inWeek !== undefined && first.inWeek !== last.inWeek)
      continue;
    const inWeek = first.inWeek ?? last.inWeek;
    if (inWeek !== undefined) first.inWeek = inWeek;
    first.untilWeekday = last.weekday;
    a.end = b.end;
    a.stated = sentence.slice(a.start, a.end);
    mentions.splice(i + 1, 1);
  }
}
