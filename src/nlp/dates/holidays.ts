/**
 * Holidays named in the text ("Christmas Day", "on Good Friday", "last Christmas", "Easter
 * 1998"), dated by the rules of holiday-data.ts (from date-holidays: the day each holiday of
 * English-speaking countries falls on, where those countries and most others agree). A holiday
 * whose day depends on the country ("Independence Day", "Thanksgiving", "Labour Day") is not dated.
 */
import { addDays, daysInMonth, easterSunday, weekday, ymd, type Ymd } from "./calendar.js";
import { HOLIDAY_RULES } from "./holiday-data.js";
import { overlaps } from "./mentions.js";
import { directionBefore, type RawMention } from "./types.js";
import { PREPOSITIONS, CONJUNCTIONS } from "../lexicon/function-words.js";

/** The day a rule ("fixed:12-25", "easter:-2", "nth:4:4:11") gives in a year. */
export function holidayDay(rule: string, year: number): Ymd | undefined {
  const [kind, ...rest] = rule.split(":");
  if (kind === "fixed") {
    const [m, d] = (rest[0] ?? "").split("-").map(Number);
    return m && d ? ymd(year, m, d) : undefined;
  }
  if (kind === "easter") return addDays(easterSunday(year), Number(rest[0]));
  if (kind === "nth") {
    const [n, w, m] = rest.map(Number) as [number, number, number];
    if (n > 0) {
      const first = weekday(ymd(year, m, 1));
      return ymd(year, m, 1 + ((w - first + 7) % 7) + 7 * (n - 1));
    }
    const last = ymd(year, m, daysInMonth(year, m));
    return addDays(last, -((weekday(last) - w + 7) % 7));
  }
  return undefined;
}

/** The holidays' names and their short forms ("Christmas" for "Christmas Day", as "Christmas Eve" shares it). */
function namesWithRules(): Map<string, string> {
  const dated = Object.entries(HOLIDAY_RULES).filter(([, rule]) => rule);
  const out = new Map(dated);
  for (const [name, rule] of dated) {
    const short = /^([A-Z][a-z]+) (?:Day|Sunday)$/.exec(name)?.[1];
    if (short && dated.some(([other]) => other !== name && other.startsWith(`${short} `)))
      out.set(short, rule);
  }
  return out;
}

let cache: { rules: Map<string, string>; pattern: RegExp } | undefined;
function table() {
  if (cache) return cache;
  const rules = namesWithRules();
  const names = [...rules.keys()].sort((a, b) => b.length - a.length);
  const alternatives = names.map((n) =>
    n
      .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
      .replace(/'/g, "['’]")
      .replace(/^St\\\./, "(?:St\\.?|Saint)"),
  );
  const pattern = new RegExp(
    `\\b(${alternatives.join("|")})(?![\\w'’-])(?:,?\\s+(?:of\\s+)?((?:1[89]|20)\\d\\d)\\b)?`,
    "g",
  );
  cache = { rules, pattern };
  return cache;
}

/** A quick test before the holiday names are matched. */
const MAYBE =
  /\b(?:Day|Eve|Sunday|Monday|Friday|Thursday|Saturday|Birthday|Christmas|Easter|[A-Z][a-z]+een|Jayanti)\b/;

export function findHolidays(sentence: string, taken: RawMention[]): RawMention[] {
  if (!MAYBE.test(sentence)) return [];
  const { rules, pattern } = table();
  const out: RawMention[] = [];
  for (const m of sentence.matchAll(pattern)) {
    const [stated, name, year] = m;
    const start = m.index;
    const end = start + stated.length;
    if (overlaps(taken, start, end) || overlaps(out, start, end)) continue;
    // "Christmas shopping", "the Valentine's Day card": a season or a kind of thing, not the day.
    const next = /^\s+([a-z]+)/.exec(sentence.slice(end))?.[1];
    if (
      !year &&
      next &&
      !PREPOSITIONS.has(next) &&
      !CONJUNCTIONS.has(next) &&
      !/^(?:morning|night|evening|afternoon|eve)$/.test(next)
    )
      continue;
    const rule = rules.get(name!.replace(/’/g, "'").replace(/^(?:St|Saint)\.? /, "St. ")) ?? "";
    const before = sentence.slice(0, start);
    const direction = directionBefore(before);
    const lead = direction ? /\b(?:last|next|this|coming)\s+$/i.exec(before) : null;
    const from = lead ? lead.index : start;
    out.push({
      kind: "absolute",
      stated: sentence.slice(from, end),
      start: from,
      end,
      date: year ? { year: Number(year) } : {},
      holiday: rule,
      ...(direction ? { direction } : {}),
    });
  }
  return out;
}
