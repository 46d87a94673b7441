/**
 * A month named alone ("in April", "last May", "the October slaying"): a date only where the
 * words around make it one, never a name ("Theresa May", "April Ryan") or a verb ("march").
 */
import { overlaps } from "./mentions.js";
import { MONTH_NAMES, MONTH_NUMBER, MONTH_OR_SHORT } from "./words.js";
import { directionBefore, type RawMention } from "./types.js";

/** Words after which a lone month name is a date ("in April", "since March", "back in May"). */
export const MONTH_CONTEXT =
  /\b(in|since|by|until|till|from|during|before|after|of|between|and|to|through|throughout|early|late|mid|end|beginning|start|middle|last|next|this|until|on|for|or|each|every|around|about)[\s-]+$/i;

/** "May" is also a name and a verb: only the plainest date contexts count. */
export const MAY_CONTEXT =
  /\b(in|since|by|until|till|from|during|early|late|mid|end of|beginning of|start of|last|next|this|before|after)[\s-]+$/i;

/** A determiner or a possessive before a month that modifies a noun: "the October slaying", "a June agreement". */
const MODIFIER_BEFORE = /(?:\b(?:a|an|the|this|that|its|his|her|their|our|my|your)|\w['’]s)\s+$/i;
const NOUN_AFTER =
  /^\s+(?!(?:of|on|in|at|to|for|by|and|or|is|was|are|were|has|had|said|says)\b)[a-z]/;

const MONTH_NAME = new RegExp(`\\b(${MONTH_NAMES})\\b`, "g");

/** A month named just before, and a comma: "June, July and August" lists months. */
const MONTH_AND_COMMA_BEFORE = new RegExp(`\\b(?:${MONTH_NAMES})\\.?,\\s+$`);

/** Whether the words before (and after) a lone month make it a date. */
export function monthInContext(month: string, before: string, after: string): boolean {
  // "after May's chairman": a firm or a person; "until May's meeting" stays ambiguous, so not a date.
  if (month.toLowerCase() === "may") return MAY_CONTEXT.test(before) && !/^['’]s\b/.test(after);
  return (
    MONTH_CONTEXT.test(before) ||
    (MODIFIER_BEFORE.test(before) && NOUN_AFTER.test(after)) ||
    (MONTH_AND_COMMA_BEFORE.test(before) && /^,?\s+(?:and|or)\b|^,/.test(after))
  );
}

/** Lone months chrono did not read ("appointed last May", "the October slaying"). */
export function findLoneMonths(sentence: string, taken: RawMention[]): RawMention[] {
  const out: RawMention[] = [];
  for (const m of sentence.matchAll(MONTH_NAME)) {
    const word = m[1] ?? "";
    const start = m.index;
    const end = start + word.length;
    if (overlaps(taken, start, end)) continue;
    const before = sentence.slice(0, start);
    const after = sentence.slice(end);
    if (/^\s*\d/.test(after) || /\d\s*$/.test(before)) continue;
    if (!monthInContext(word, before, after)) continue;
    const mention: RawMention = {
      kind: "absolute",
      stated: word,
      start,
      end,
      date: { month: MONTH_NUMBER[word.toLowerCase()] },
    };
    mention.direction = directionBefore(before);
    out.push(mention);
  }
  return out;
}

/**
 * "Jan-Mar", "Oct-Dec 2023", "Sept.-Nov.": two months joined by a dash, as business and Asian news
 * write a span; "June to August", "March through May" (full names only): the same with a word.
 */
const MONTH_SPAN = new RegExp(
  `\\b${MONTH_OR_SHORT}\\.?\\s*[-–]\\s*${MONTH_OR_SHORT}\\b\\.?(?:,?\\s+((?:1[89]|20)\\d\\d)\\b)?(?!\\s*\\d)` +
    `|\\b${MONTH_NAME.source.slice(2, -2)}\\s+(?:to|through|thru|until|till)\\s+${MONTH_NAME.source.slice(2, -2)}\\b(?:,?\\s+((?:1[89]|20)\\d\\d)\\b)?(?!\\s*\\d)`,
  "g",
);

/** Spans of months written with a dash that chrono does not read ("Jan-Mar 2024"). */
export function findMonthSpans(sentence: string, taken: RawMention[]): RawMention[] {
  const out: RawMention[] = [];
  for (const m of sentence.matchAll(MONTH_SPAN)) {
    const start = m.index;
    // ("Sept-Nov." at a sentence's end: the full stop is the sentence's.)
    const stated = m[0].replace(/\.$/, "");
    const end = start + stated.length;
    // A lone month chrono or the context read inside the span ("closed June to August": "August") gives way.
    const inside = taken.filter((t) => t.start < end && start < t.end);
    const lone = (t: RawMention) =>
      t.start >= start &&
      t.end <= end &&
      t.kind === "absolute" &&
      t.date?.day === undefined &&
      t.date?.year === undefined &&
      !t.until;
    if (!inside.every(lone)) continue;
    // "the October-March half": a body's own period, left to periods.ts.
    if (/^\s+(?:quarter|period|half|year)\b/i.test(sentence.slice(end))) continue;
    const from = MONTH_NUMBER[(m[1] ?? m[4] ?? "").toLowerCase()];
    const to = MONTH_NUMBER[(m[2] ?? m[5] ?? "").toLowerCase()];
    if (from === undefined || to === undefined || from === to) continue;
    // "May to June" with no dash: "May" is also a name ("Theresa May to June …"); only a date context.
    if (m[4] === "May" && !MAY_CONTEXT.test(sentence.slice(0, start))) continue;
    const yearWritten = m[3] ?? m[6];
    const year = yearWritten ? Number(yearWritten) : undefined;
    for (const t of inside) taken.splice(taken.indexOf(t), 1);
    out.push({
      kind: "absolute",
      stated,
      start,
      end,
      date: { month: from, ...(year ? { year: from > to ? year - 1 : year } : {}) },
      until: { month: to, ...(year ? { year } : {}) },
    });
  }
  return out;
}
