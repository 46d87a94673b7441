/**
 * Bare years ("in 2004", "from 2001 to 2003") and durations ("for almost 30 years"), found with
 * their own patterns (chrono reads neither well), and the number words both need.
 */
import type { RawMention } from "./mention-types.js";

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
};

export const NUMBER =
  "\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty";

/** Words after which a bare year is a date ("in 2004", "since 1999", "by 2007"). */
const YEAR_CONTEXT =
  /\b(in|since|by|until|till|from|during|before|after|between|through|throughout|early|late|mid|end of|beginning of|start of|middle of|summer of|spring of|autumn of|winter of|fall of|year|back in|as of|and|to|or)[\s-]+$/i;

export function overlaps(mentions: RawMention[], start: number, end: number): boolean {
  return mentions.some((m) => start < m.end && m.start < end);
}

export function amount(word: string): number | undefined {
  if (/^\d+$/.test(word)) return Number(word);
  return NUMBER_WORDS[word];
}

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
