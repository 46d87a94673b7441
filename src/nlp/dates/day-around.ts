/**
 * "The day before Tuesday's hearing", "a day after Monday's vote", "the day before Oct. 12":
 * chrono reads the words as one date, which the finder would drop as pointing at another date.
 * The day named after "before" or "after" is read on its own and moved by one day
 * (`RawMention.shiftDays`); "the day before yesterday" stays relative.ts's.
 */
import { classify } from "./classify.js";
import type { Parsed, RawMention } from "./types.js";

const AROUND = /^(?:the|a|one)\s+day\s+(before|after)\s+(?!yesterday\b|tomorrow\b)/i;

export function dayAround(
  sentence: string,
  r: Parsed,
  parse: (text: string, offset: number) => Parsed[],
): RawMention | undefined {
  const lead = AROUND.exec(r.text);
  if (!lead) return undefined;
  const from = r.index + lead[0].length;
  const inner = parse(sentence.slice(from, r.index + r.text.length), from)[0];
  if (!inner) return undefined;
  const m = classify(sentence, inner);
  // Only a single day: a weekday ("Tuesday's", "last Friday") or a written day ("Oct. 12").
  const day =
    (m?.kind === "relative" && m.relative?.unit === "weekday" && !m.relative.anaphoric) ||
    (m?.kind === "absolute" && m.date?.day !== undefined && !m.until);
  if (!m || !day || m.start < from) return undefined;
  return {
    ...m,
    stated: sentence.slice(r.index, m.end),
    start: r.index,
    shiftDays: /after/i.test(lead[1]!) ? 1 : -1,
  };
}
