/** Bare years ("in 2004", "since 1999", "from 2004 to 2006"): chrono does not read them. */
import { overlaps } from "./mentions.js";
import type { RawMention } from "./types.js";

/** Words after which a bare year is a date ("in 2004", "since 1999", "by 2007"). */
const YEAR_CONTEXT =
  /\b(in|since|by|until|till|from|during|before|after|between|through|throughout|early|late|mid|end of|beginning of|start of|middle of|summer of|spring of|autumn of|winter of|fall of|year|back in|as of|and|to|or)[\s-]+$/i;

const YEAR = /\b(1[0-9]\d\d|20\d\d)\b/g;

export function findYears(sentence: string, taken: RawMention[]): RawMention[] {
  const out: RawMention[] = [];
  for (const m of sentence.matchAll(YEAR)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlaps(taken, start, end)) continue;
    const before = sentence.slice(Math.max(0, start - 25), start);
    const after = sentence.slice(end, end + 12);
    if (
      /[£$€#.,\d]\s*$/.test(before) ||
      /^\s*(?:%|per\s*cent|m\b|bn\b|km|kg|[.,]\d|-year|-strong|\s*(?:people|jobs|staff|workers|votes|miles|metres|tonnes|units|copies|homes|cars))/i.test(
        after,
      )
    )
      continue;
    const year = Number(m[0]);
    const yearContext = YEAR_CONTEXT.test(before) || /^['’]s\b/.test(after);
    if (!yearContext) continue;
    if (year < 1800 && !/\b(?:in|since|of)\s+$/i.test(before)) continue;
    // "from 2004 to 2006", "between 2001 and 2003": the second year ends a range.
    const prev = out[out.length - 1];
    if (
      prev &&
      /^\s*(?:to|until|and|-|–)\s*$/.test(sentence.slice(prev.end, start)) &&
      /\b(?:from|between)\s+$/i.test(sentence.slice(0, prev.start))
    ) {
      prev.until = { year };
      prev.end = end;
      prev.stated = sentence.slice(prev.start, end);
      continue;
    }
    out.push({ kind: "absolute", stated: m[0], start, end, date: { year } });
  }
  return out;
}
