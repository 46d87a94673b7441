/**
 * Holidays named in the text ("Christmas Day", "on Good Friday", "last Christmas", "Easter
 * 1998"), dated by the rules of holiday-data.ts (from date-holidays: the day each holiday of
 * English-speaking countries falls on, where those countries and most others agree). A holiday
 * whose day depends on the country ("Independence Day", "Thanksgiving", "Labour Day") is not dated.
 */
import { addDays, daysInMonth, easterSunday, weekday, ymd, type Ymd } from "./calendar.js";
import {
  COUNTRY_NAMES,
  COUNTRY_PLACES,
  HOLIDAY_COUNTRY_RULES,
  HOLIDAY_RULES,
} from "./holiday-data.js";
import { overlaps } from "./mentions.js";
import { MONTH_NAMES } from "./words.js";
import { directionBefore, type RawMention } from "./types.js";
import { CONJUNCTIONS, PREPOSITIONS, STOP_WORDS } from "../lexicon/function-words.js";

/** The day a rule ("fixed:12-25", "easter:-2", "nth:4:4:11", "days:2020:01-25,02-12") gives in a year. */
export function holidayDay(rule: string, year: number): Ymd | undefined {
  const [kind, ...rest] = rule.split(":");
  if (kind === "fixed") {
    const [m, d] = (rest[0] ?? "").split("-").map(Number);
    return m && d ? ymd(year, m, d) : undefined;
  }
  if (kind === "easter") return addDays(easterSunday(year), Number(rest[0]));
  // "days:2020:01-25,02-12,…": each year's day from the first year on (a feast of another calendar).
  if (kind === "days") {
    const day = (rest[1] ?? "").split(",")[year - Number(rest[0])];
    const [m, d] = (day ?? "").split("-").map(Number);
    return year >= Number(rest[0]) && m && d ? ymd(year, m, d) : undefined;
  }
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

/**
 * The days off a holiday makes with a weekend: Good Friday to Easter Monday around Easter Sunday;
 * a Monday holiday with the Saturday and Sunday before it; a Friday (or Thursday) holiday with the
 * weekend after it; a holiday on a Saturday or Sunday, that weekend. None for a midweek day.
 */
export function holidayWeekend(day: Ymd, easter: boolean): [Ymd, Ymd] | undefined {
  if (easter) return [addDays(day, -2), addDays(day, 1)];
  const w = weekday(day);
  if (w === 1) return [addDays(day, -2), day];
  if (w === 4 || w === 5) return [day, addDays(day, 7 - w)];
  if (w === 6) return [day, addDays(day, 1)];
  if (w === 0) return [addDays(day, -1), day];
  return undefined;
}

/**
 * The holidays' names, each with its rule ("" when the country decides), and their short forms
 * ("Christmas" for "Christmas Day", as "Christmas Eve" shares it; "Easter" for "Easter Sunday").
 */
function namesWithRules(): { rules: Map<string, string>; shortForms: Map<string, string> } {
  const names: [string, string][] = [
    ...Object.entries(HOLIDAY_RULES).filter(([, rule]) => rule),
    ...Object.keys(HOLIDAY_COUNTRY_RULES).map((name): [string, string] => [name, ""]),
  ];
  const all = Object.keys(HOLIDAY_RULES);
  const rules = new Map(names);
  // "Labor Day": the American spelling of a holiday the data lists in British spelling ("Labour
  // Day") is the United States' holiday, on the US rule.
  for (const [name, byCountry] of Object.entries(HOLIDAY_COUNTRY_RULES)) {
    const american = name.replace(/our\b/g, "or");
    if (american !== name && byCountry.US && !rules.has(american))
      rules.set(american, byCountry.US);
  }
  const shortForms = new Map<string, string>();
  for (const [name, rule] of names) {
    const short = /^([A-Z][a-z]+) (?:Day|Sunday)$/.exec(name)?.[1];
    if (!short || !all.some((other) => other !== name && other.includes(`${short} `))) continue;
    rules.set(short, rule);
    shortForms.set(short, name);
  }
  return { rules, shortForms };
}

/**
 * The rule of a holiday whose day the country decides ("Thanksgiving Day"), when the article
 * names one of the countries that keep it more often than any other country: else "".
 */
export function countryRule(name: string, text: string): string {
  const rules = HOLIDAY_COUNTRY_RULES[name];
  if (!rules) return "";
  const top = countryNamedMost(text);
  return (top && rules[top]) ?? "";
}

/**
 * The code of the country (of COUNTRY_NAMES) the text names more often than any other, if one; a
 * place inside it ("Arizona", "New South Wales", "Nairobi": COUNTRY_PLACES) names it too.
 */
export function countryNamedMost(text: string): string | undefined {
  // Longest names first, each blanked once counted: "New South Wales" is not also "Wales".
  const names = Object.entries(COUNTRY_NAMES)
    .flatMap(([code, list]) => [...list, ...(COUNTRY_PLACES[code] ?? [])].map((w) => ({ code, w })))
    .sort((a, b) => b.w.length - a.w.length);
  const count = new Map<string, number>();
  let rest = text;
  for (const { code, w } of names) {
    const re = nameRegExp(w);
    const n = (rest.match(re) ?? []).length;
    if (!n) continue;
    count.set(code, (count.get(code) ?? 0) + n);
    rest = rest.replace(re, (x) => " ".repeat(x.length));
  }
  const counts = Object.keys(COUNTRY_NAMES).map((code): [string, number] => [
    code,
    count.get(code) ?? 0,
  ]);
  counts.sort((a, b) => b[1] - a[1]);
  const [top, second] = counts;
  if (!top || top[1] === 0 || (second && second[1] === top[1])) return undefined;
  return top[0];
}

function nameRegExp(word: string): RegExp {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\w.])${escaped}(?![\\w])`, "g");
}

interface Table {
  rules: Map<string, string>;
  shortForms: Map<string, string>;
  /** Each name by its spelling key (spellingKey): "eid al fitr" → "Eid al-Fitr". */
  byKey: Map<string, string>;
  pattern: RegExp;
  firstWords: Set<string>;
}
let cache: Table | undefined;

/** A name's words, lower case, spaced, with the Arabic article as "al": "Eid-el-Fitr" → "eid al fitr". */
function spellingKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[\s-]+/g, " ")
    .replace(/ [aeu]l /g, " al ");
}
/** The names and their pattern, built on the first sentence that needs them. */
function table(): Table {
  if (cache) return cache;
  const { rules, shortForms } = namesWithRules();
  const names = [...rules.keys()].sort((a, b) => b.length - a.length);
  // "Eid-el-Fitr", "Eid ul-Fitr" for "Eid al-Fitr": words joined by a space or a hyphen, and the
  // Arabic article "al" in its other spellings.
  const alternatives = names.map((n) =>
    n
      .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
      .replace(/'/g, "['’]")
      .replace(/^St\\\./, "(?:St\\.?|Saint)")
      .replace(/(?<=\w)[ -](?:[aeu]l[ -])?(?=\w)/g, (gap) =>
        gap.length > 1 ? "[\\s-][aeu]l[\\s-]" : "[\\s-]",
      ),
  );
  const pattern = new RegExp(
    `\\b(${alternatives.join("|")})((?:['’]s)?\\s+Eve\\b)?(?![\\w'’-])(?:,?\\s+(?:of\\s+)?((?:1[89]|20)\\d\\d)\\b)?`,
    "g",
  );
  const firstWords = new Set(names.map((n) => /^[^\s'-]+/.exec(n)?.[0] ?? n));
  firstWords.add("Saint");
  const byKey = new Map(names.map((n) => [spellingKey(n), n]));
  cache = { rules, shortForms, byKey, pattern, firstWords };
  return cache;
}

/** What leads a holiday's day: "on Christmas", "by Easter", "ahead of Thanksgiving". */
const TIME_LEAD =
  /\b(?:on|at|over|before|after|since|until|till|by|during|for|around|through|from|to|ahead\s+of|in\s+time\s+for)\s+$/i;

/** A weekday's or a month's name after a holiday: a date goes on ("Christmas Day", "Easter Monday", "Christmas December 25"). */
const DAY_OR_MONTH_AFTER = new RegExp(`^\\s+(?:[A-Z][a-z]+day|${MONTH_NAMES})\\b`);

/**
 * "Christmas shopping", "the Valentine's Day card", "the Easter Rising": a season, a kind of
 * thing or a name, not the day. After a full name ("Thanksgiving Day clinging to …") a verb may
 * follow; after a short one ("Christmas"), only a function word or a time of day.
 */
function isModifier(name: string, after: string, dated: boolean): boolean {
  if (dated) return false;
  if (/^\s+[A-Z][a-z]/.test(after) && !DAY_OR_MONTH_AFTER.test(after)) return true;
  const next = /^\s+([a-z]+)/.exec(after)?.[1];
  if (!next || STOP_WORDS.has(next) || PREPOSITIONS.has(next) || CONJUNCTIONS.has(next))
    return false;
  if (/^(?:morning|night|evening|afternoon|eve)$/.test(next)) return false;
  const short = isShort(name);
  return short || !/(?:ed|ing)$/.test(next);
}

/** A name of one word ("Christmas"); not one joined by hyphens ("Eid-el-Fitr"). */
function isShort(name: string): boolean {
  return !/[\s-]/.test(name);
}

/** "this year's ", "last year's " just before a holiday's name. */
const YEAR_POSSESSIVE = /\b(this|last|next)\s+year['’]s\s+$/i;
const YEAR_OFFSETS: Record<string, number> = { this: 0, last: -1, next: 1 };

/** Words of a title-case headline that may stand before a holiday's name ("Sales Soar On Boxing Day"). */
const FUNCTION_WORDS = [STOP_WORDS, PREPOSITIONS, CONJUNCTIONS];

/** "the day before ", "a day after " just before a holiday's name. */
const DAY_AROUND = /\b(?:the|a|one)\s+day\s+(before|after)\s+$/i;

const CAPITALISED = /\b[A-Z][^\s'’,;:!?)"]*/g;

export function findHolidays(sentence: string, taken: RawMention[]): RawMention[] {
  const { rules, shortForms, byKey, pattern, firstWords } = table();
  // A quick test before the long pattern: a capitalised word that starts a holiday's name.
  if (
    !(sentence.match(CAPITALISED) ?? []).some(
      (w) =>
        firstWords.has(w) ||
        firstWords.has(w.replace(/\.+$/, "")) ||
        firstWords.has(w.split("-")[0]!),
    )
  )
    return [];
  const out: RawMention[] = [];
  for (const m of sentence.matchAll(pattern)) {
    // "Chinese New Year's Eve", "Deepavali Eve": the day before a feast that has no Eve of its own.
    const [written0, name, eve, year] = m;
    const start = m.index;
    // "the Easter weekend", "over the Memorial Day weekend": the days off around the holiday.
    const weekend = year
      ? null
      : /^\s+weekend\b(?![-'’])/i.exec(sentence.slice(start + written0.length));
    const stated = weekend ? written0 + weekend[0] : written0;
    const end = start + stated.length;
    if (overlaps(taken, start, end) || overlaps(out, start, end)) continue;
    const before = sentence.slice(0, start);
    const direction = directionBefore(before);
    // "Wham's Last Christmas": a capitalised "Last" inside a sentence is part of a title.
    if (direction && /\S\s+(?:Last|Next|This|Coming)\s+$/.test(before)) continue;
    // "Chinese New Year's Eve", "Orthodox Christmas": a capitalised word glued before the name
    // (not the sentence's first, not a possessive) makes it another, longer feast's name.
    const glued = /\S\s+([A-Z][a-z]+)\s+$/.exec(before)?.[1]?.toLowerCase();
    if (glued && !direction && !FUNCTION_WORDS.some((set) => set.has(glued))) continue;
    // "this year's Diwali celebrations", "last year's Christmas parade": the feast of that year.
    const ofYear = isShort(name!) ? null : YEAR_POSSESSIVE.exec(before);
    const yearOffset = ofYear ? YEAR_OFFSETS[ofYear[1]!.toLowerCase()] : undefined;
    // "last Christmas following the crash": "last" or "next" makes it the day.
    const dated = !!year || !!direction || yearOffset !== undefined;
    if (!weekend && isModifier(name!, sentence.slice(end), dated)) continue;
    // "calling Christmas a sham": a short name is the day only after a word of time.
    if (!weekend && isShort(name!) && !dated && !TIME_LEAD.test(before)) continue;
    // The name it is listed under: "Christmas" → "Christmas Day", "Saint Patrick's" → "St. Patrick's".
    const spelt = name!.replace(/’/g, "'").replace(/^(?:St|Saint)\.? /, "St. ");
    const written = byKey.get(spellingKey(spelt)) ?? spelt;
    const holidayName = shortForms.get(written) ?? written;
    const rule = rules.get(holidayName) ?? "";
    const lead = direction ? /\b(?:last|next|this|coming)\s+$/i.exec(before) : null;
    // "the day before Thanksgiving", "a day after Christmas": the day next to the holiday's.
    const around = lead || weekend ? null : DAY_AROUND.exec(before);
    const from = lead ? lead.index : around ? around.index : start;
    out.push({
      kind: "absolute",
      stated: sentence.slice(from, end),
      start: from,
      end,
      date: year ? { year: Number(year) } : {},
      holiday: rule,
      holidayName,
      ...(direction ? { direction } : {}),
      ...(weekend ? { holidayWeekend: true as const } : {}),
      ...(around || eve ? { shiftDays: eve ? -1 : /after/i.test(around![1]!) ? 1 : -1 } : {}),
      ...(yearOffset !== undefined ? { yearOffset } : {}),
    });
  }
  return out;
}
