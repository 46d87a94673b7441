/**
 * A year that frames a sentence ("In 1998, the senator ran for governor and in November he
 * lost"): a year-less month or day told in the past later in that sentence, or opening the next
 * sentence of the paragraph ("In 1998, he ran for governor. In November, he lost."), is that
 * year's, not the article's.
 */
import type { Sentence } from "../../model/analysis.js";
import type { RawMention } from "./types.js";
import type { ClauseTense } from "./tense.js";

interface Placed {
  mention: RawMention;
  sentence: Sentence;
  tense: ClauseTense;
}

/** A bare year opening its sentence as a frame: "In 1998, …", "During 2001 …". */
const FRAME = /^\W*(?:in|during|throughout)\s+$/i;
/** A date opening its sentence: at most "In", "On", "By", "Early in" … before it. */
const OPENING = /^\W*(?:\w+\s+){0,2}$/;

const yearLess = (m: RawMention) =>
  m.kind === "absolute" &&
  m.date?.year === undefined &&
  m.date?.month !== undefined &&
  m.yearOffset === undefined &&
  m.yearBack === undefined &&
  !m.direction &&
  m.holiday === undefined &&
  !m.period;

/** Sets `sameDayYear` on the year-less dates a framing year governs. */
export function yearOfFrame(found: readonly Placed[]): void {
  let frame: { year: number; sentence: Sentence } | undefined;
  for (const f of found) {
    const { mention: m, sentence: s } = f;
    const d = m.date;
    if (m.kind === "absolute" && d?.year !== undefined) {
      const opens = d.month === undefined && FRAME.test(s.text.slice(0, m.start));
      frame = opens && !m.until ? { year: d.year, sentence: s } : undefined;
      continue;
    }
    if (!frame || !yearLess(m) || (f.tense !== "past" && f.tense !== "unknown")) {
      if (m.kind === "absolute" || m.kind === "relative") frame = undefined;
      continue;
    }
    const same = s.index === frame.sentence.index;
    const next =
      s.index === frame.sentence.index + 1 &&
      s.para === frame.sentence.para &&
      OPENING.test(s.text.slice(0, m.start));
    if (same || next) m.sameDayYear ??= frame.year;
    else frame = undefined;
  }
}
