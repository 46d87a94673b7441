/** How long, not when: "for almost 30 years", "more than six months". */
import { overlaps } from "./mentions.js";
import { NUMBER } from "./words.js";
import type { RawMention } from "./types.js";

const DURATION = new RegExp(
  `\\b(?:(for|over|during|within|lasting|spanning|after|in the (?:past|last))\\s+)?(?:(almost|nearly|about|around|more than|over|some|at least|less than|under|just|roughly|approximately|close to)\\s+)?` +
    `(${NUMBER}|a few|several|a couple of)\\s+(years?|months?|weeks?|days?|decades?|centuries|hours?)\\b`,
  "gi",
);

/** "for almost 30 years", "more than six months": how long, not when. Kept as facts. */
export function findDurations(sentence: string, taken: RawMention[]): RawMention[] {
  if (!/\b(?:year|month|week|day|decade|centur|hour)/i.test(sentence)) return [];
  const out: RawMention[] = [];
  for (const m of sentence.matchAll(DURATION)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!m[1] && !m[2]) continue; // "£10m a year", "13 weeks" alone: not clearly a duration
    if (
      /^\s*(?:ago|old|earlier|later|before|after|['’]s?\s*time)\b/i.test(
        sentence.slice(end, end + 12),
      )
    )
      continue;
    if (/^-/.test(sentence.slice(end))) continue;
    if (overlaps(taken, start, end) || overlaps(out, start, end)) continue;
    out.push({ kind: "duration", stated: m[0], start, end });
  }
  return out;
}
