/**
 * "in July and August", "2020 and 2021", "June, July and August": months or years named one
 * after the other and joined by "and" are one span from the first to the last, as a reader takes
 * them (the dates conventions: "April and May", "In 2020 and 2021" are ranges). Only a run with
 * no gap: "in March and October", "in 2016 and 2020" stay two dates.
 */
import type { RawMention } from "./types.js";

/** A month or a year written alone: not a span, a holiday, a part of a year or a relative date. */
function plainMonthOrYear(m: RawMention): "month" | "year" | undefined {
  const d = m.date;
  if (m.kind !== "absolute" || !d || m.until || m.holiday !== undefined || m.period) return;
  if (m.direction !== undefined || m.yearBack !== undefined || m.counting || m.fiscal) return;
  if (d.day !== undefined) return;
  if (d.month !== undefined) return "month";
  return d.year !== undefined ? "year" : undefined;
}

/** Whether `b` is the month or year right after `a`. */
function follows(a: RawMention, b: RawMention, grain: "month" | "year"): boolean {
  const x = a.date!;
  const y = b.date!;
  if (grain === "year") return y.year === x.year! + 1;
  if (a.yearOffset !== undefined && a.yearOffset !== b.yearOffset) return false;
  if (x.year === undefined || y.year === undefined)
    return x.year === undefined && y.month === x.month! + 1;
  return y.year === x.year
    ? y.month === x.month! + 1
    : y.year === x.year + 1 && x.month === 12 && y.month === 1;
}

export function joinConsecutivePairs(sentence: string, mentions: RawMention[]): void {
  mentions.sort((a, b) => a.start - b.start);
  for (let i = 0; i < mentions.length; i++) {
    const first = mentions[i]!;
    const grain = plainMonthOrYear(first);
    if (!grain) continue;
    // The run: "June, July and August" — commas between, "and" before the last.
    let k = i;
    let joinedByAnd = false;
    while (k + 1 < mentions.length && !joinedByAnd) {
      const next = mentions[k + 1]!;
      const gap = sentence.slice(mentions[k]!.end, next.start);
      const comma = /^\s*,\s*$/.test(gap);
      const and = /^,?\s+(?:and|&)\s+$/i.test(gap);
      if (!comma && !and) break;
      if (plainMonthOrYear(next) !== grain || !follows(mentions[k]!, next, grain)) break;
      joinedByAnd = and;
      k++;
    }
    if (k === i || !joinedByAnd) continue;
    // "between 2019 and 2020", "from 2019 and …": spans read elsewhere.
    if (/\b(?:between|from)\s+$/i.test(sentence.slice(0, first.start))) continue;
    const last = mentions[k]!;
    // "July and August last year": the year written with the last is the span's.
    if (first.yearOffset === undefined && last.yearOffset !== undefined)
      first.yearOffset = last.yearOffset;
    first.until = { ...last.date };
    first.end = last.end;
    first.stated = sentence.slice(first.start, first.end);
    mentions.splice(i + 1, k - i);
  }
}
