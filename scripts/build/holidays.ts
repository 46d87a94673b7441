/**
 * Writes src/nlp/dates/holiday-data.ts: the feasts and public holidays of English-speaking
 * countries, each with the rule that gives its day in any year, from the date-holidays package
 * (ISC; its data is the holidays of each country, with English names). A name whose day differs
 * between those countries ("Independence Day", "Labour Day", "Mother's Day") is kept as a
 * holiday with no rule, and so is one that most countries date-holidays knows put on
 * another day: the date finder knows it is a day but does not guess which.
 * Also which of those countries lie south of the equator (world-countries, ODbL-1.0: each
 * country's latitude), whose seasons fall six months from the north's.
 * Run: npm run gen
 */
import { writeFileSync } from "node:fs";
import Holidays from "date-holidays";
import { createRequire } from "node:module";
import type { Country } from "world-countries";
import { easterSunday, isoDay } from "../../src/nlp/dates/calendar.js";
import { holidayDay } from "../../src/nlp/dates/holidays.js";
import { firstNameGender, FULL_NAMES, LAST_NAMES } from "../../src/nlp/lexicon/person-names.js";

const COUNTRIES = ["US", "GB", "CA", "AU", "NZ", "IE", "IN", "ZA", "SG", "PH", "NG", "KE"];
const YEARS = Array.from({ length: 61 }, (_, i) => 1970 + i);

const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
const DAY = 86_400_000;

/**
 * The rule every year's day fits: "fixed:MM-DD", "easter:+N", "nth:N:W:M" (N = -1 for the last);
 * else, for a feast of another calendar (Chinese New Year, Eid al-Fitr, Deepavali, Matariki),
 * each year's day as date-holidays gives it: "days:FIRST:MM-DD,MM-DD,…" from the year FIRST on
 * ("" for a year it lists none).
 */
function ruleOf(days: string[]): string | undefined {
  const parsed = days.map((s) => s.split("-").map(Number) as [number, number, number]);
  // A one-off (a jubilee, a coronation, a funeral) follows no rule; a holiday kept only lately
  // (Matariki, from 2022) is dated by its days when it is kept every year to the last.
  const recent =
    parsed.length >= 5 &&
    parsed.every(([y], i) => y === YEARS[YEARS.length - 1]! - (parsed.length - 1 - i));
  if (days.length < 10 && !recent) return undefined;
  if (days.length < 10) return seasonal(parsed) ? daysRule(parsed) : undefined;
  // (A year or two moved for a one-off — a jubilee, VE Day's 75th — leaves the rule standing.)
  const rule = calendarRule(parsed) ?? calendarRule(parsed, Math.floor(parsed.length / 20));
  if (rule) return rule;
  // A holiday kept on the Monday after when its day falls on a weekend (Australia Day, 26
  // January: 27 January 2025) is its own day still; the Monday is the day off.
  const counts = new Map<string, number>();
  for (const [, m, d] of parsed) counts.set(`${m}-${d}`, (counts.get(`${m}-${d}`) ?? 0) + 1);
  const [top, n] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  const [tm, td] = top.split("-").map(Number) as [number, number];
  const mondayAfter = ([y, m, d]: [number, number, number]) => {
    const own = new Date(utc(y, tm, td));
    const shift = own.getUTCDay() === 6 ? 2 : own.getUTCDay() === 0 ? 1 : 0;
    return shift > 0 && utc(y, m, d) === utc(y, tm, td) + shift * DAY;
  };
  if (n * 2 > parsed.length && parsed.every((p) => (p[1] === tm && p[2] === td) || mondayAfter(p)))
    return `fixed:${top}`;
  return seasonal(parsed) ? daysRule(parsed) : undefined;
}

function daysRule(parsed: [number, number, number][]): string {
  const first = parsed[0]![0];
  const slots = YEARS.filter((y) => y >= first).map((y) => {
    const d = parsed.find((p) => p[0] === y);
    return d ? `${String(d[1]).padStart(2, "0")}-${String(d[2]).padStart(2, "0")}` : "";
  });
  return `days:${first}:${slots.join(",").replace(/,+$/, "")}`;
}

/**
 * Whether the days keep to a calendar: within some five weeks of the year each year (a lunisolar
 * feast: Chinese New Year, Deepavali, Vesak), or ten to twelve days earlier each year than the
 * year before in most years (the Islamic year's 354 days: Eid al-Fitr). Not the Sunday holidays' substitute
 * days ("Public Holiday"), which fall anywhere.
 */
function seasonal(parsed: [number, number, number][]): boolean {
  const doy = ([y, m, d]: [number, number, number]) => (utc(y, m, d) - utc(y, 1, 1)) / DAY;
  const all = parsed.map(doy);
  if (Math.max(...all) - Math.min(...all) <= 40) return true;
  // (Most years: in a year that holds the feast twice, only the first is kept.)
  const pairs = parsed.slice(1).flatMap((p, i) => {
    if (p[0] !== parsed[i]![0] + 1) return [];
    const gap = (all[i]! - all[i + 1]! + 366) % 366;
    return [gap >= 9 && gap <= 13];
  });
  return pairs.length > 0 && pairs.filter(Boolean).length >= pairs.length * 0.8;
}

/** A rule of the Gregorian calendar that every year's day fits, if one. */
function calendarRule(parsed: [number, number, number][], exceptions = 0): string | undefined {
  const same = (f: (d: [number, number, number]) => string) => {
    const counts = new Map<string, number>();
    for (const d of parsed) counts.set(f(d), (counts.get(f(d)) ?? 0) + 1);
    const [value, n] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    return n + exceptions >= parsed.length ? value : undefined;
  };
  const fixed = same(([, m, d]) => `fixed:${m}-${d}`);
  if (fixed) return fixed;
  const fromEaster = same(([y, m, d]) => {
    const e = easterSunday(y);
    return `easter:${Math.round((utc(y, m, d) - utc(y, e.month, e.day)) / DAY)}`;
  });
  if (fromEaster) return fromEaster;
  const nth = same(
    ([y, m, d]) => `nth:${Math.ceil(d / 7)}:${new Date(utc(y, m, d)).getUTCDay()}:${m}`,
  );
  if (nth) return nth;
  return (
    same(([y, m, d]) => {
      const last = new Date(utc(y, m + 1, 0)).getUTCDate();
      return d + 7 > last ? `nth:-1:${new Date(utc(y, m, d)).getUTCDay()}:${m}` : "";
    }) || undefined
  );
}

/** Each country's rule for each holiday name. */
const byName = new Map<string, Map<string, string | undefined>>();
/**
 * The names a holiday goes by: its own, and one date-holidays gives in brackets ("End of Ramadan
 * (Eid al-Fitr)": also "Eid al-Fitr"); none for a substitute or an observed day.
 */
function holidayNames(raw: string): string[] {
  if (/substitute|observed/i.test(raw)) return [];
  const name = raw.replace(/’/g, "'").trim();
  const bracket = /^(.+?)\s*\(([^()]+)\)$/.exec(name);
  return bracket ? [bracket[1]!.trim(), bracket[2]!.trim()] : [name];
}

/** The holidays of a country, or of one of its regions, by name: each year's day. */
function holidayDays(hd: Holidays): Map<string, string[]> {
  const days = new Map<string, string[]>();
  for (const year of YEARS)
    for (const h of hd.getHolidays(year, "en"))
      for (const name of holidayNames(h.name)) {
        const list = days.get(name) ?? [];
        const day = h.date.slice(0, 10);
        // A name given twice in a year (a moved day): the first.
        if (!list.some((d) => d.slice(0, 4) === day.slice(0, 4))) list.push(day);
        days.set(name, list);
      }
  return days;
}

for (const country of COUNTRIES) {
  const days = holidayDays(new Holidays(country, { languages: ["en"] }));
  // A holiday most of the country's regions keep on one day and the country as a whole does not
  // list (Canada's Thanksgiving, kept by nine provinces and territories of thirteen).
  const regions = Object.keys(new Holidays().getStates(country, "en") ?? {});
  const regional = new Map<string, Map<string, number>>();
  for (const region of regions)
    for (const [name, list] of holidayDays(new Holidays(country, region, { languages: ["en"] }))) {
      if (days.has(name)) continue;
      const rules = regional.get(name) ?? new Map<string, number>();
      const key = list.join(" ");
      rules.set(key, (rules.get(key) ?? 0) + 1);
      regional.set(name, rules);
    }
  for (const [name, lists] of regional) {
    const [key, n] = [...lists].sort((a, b) => b[1] - a[1])[0]!;
    if (n * 2 > regions.length) days.set(name, key.split(" "));
  }
  for (const [name, list] of days) {
    const rules = byName.get(name) ?? new Map<string, string | undefined>();
    rules.set(country, ruleOf(list));
    byName.set(name, rules);
  }
}

// "Thanksgiving" (Canada) is "Thanksgiving Day" (United States): one holiday, each country's day.
for (const [name, rules] of [...byName]) {
  const full = byName.get(`${name} Day`);
  if (!full) continue;
  for (const [country, rule] of rules) if (!full.has(country)) full.set(country, rule);
  byName.delete(name);
}

/** Each year's day, from a "days:" rule. */
function daysOfRule(rule: string): Map<number, string> {
  const [, first, list] = rule.split(":");
  const out = new Map<number, string>();
  (list ?? "").split(",").forEach((d, i) => d && out.set(Number(first) + i, d));
  return out;
}

/**
 * One "days:" rule for the countries' own, when they agree on every year two of them list (the
 * lunar new year of Singapore and the Philippines): the years of all of them.
 */
function sharedDays(rules: (string | undefined)[]): string | undefined {
  if (rules.length < 2 || !rules.every((r) => r?.startsWith("days:"))) return undefined;
  const all = new Map<number, string>();
  for (const rule of rules)
    for (const [year, day] of daysOfRule(rule!)) {
      if (all.has(year) && all.get(year) !== day) return undefined;
      all.set(year, day);
    }
  const first = Math.min(...all.keys());
  const slots = YEARS.filter((y) => y >= first).map((y) => all.get(y) ?? "");
  return `days:${first}:${slots.join(",").replace(/,+$/, "")}`;
}

/**
 * How many countries of all date-holidays knows put each name on each day of a sample year: a
 * name most of them date otherwise ("National Day", "Independence Day") is not dated.
 */
const SAMPLE_YEAR = 2001;
const worldwide = new Map<string, Map<string, number>>();
for (const country of Object.keys(new Holidays().getCountries("en"))) {
  const hd = new Holidays(country, { languages: ["en"] });
  const seen = new Set<string>();
  for (const h of hd.getHolidays(SAMPLE_YEAR, "en")) {
    const name = h.name.replace(/’/g, "'").trim();
    if (seen.has(name)) continue;
    seen.add(name);
    const days = worldwide.get(name) ?? new Map<string, number>();
    const day = h.date.slice(0, 10);
    days.set(day, (days.get(day) ?? 0) + 1);
    worldwide.set(name, days);
  }
}

/** True when at least three in four of the countries that keep the name keep it on `day`. */
function mostlyOn(name: string, rule: string): boolean {
  const days = worldwide.get(name);
  if (!days) return false;
  const total = [...days.values()].reduce((a, b) => a + b, 0);
  const d = holidayDay(rule, SAMPLE_YEAR);
  const day = d && isoDay(d);
  return !!day && (days.get(day) ?? 0) * 4 >= total * 3;
}

const names = [...byName.keys()].sort();
const rows: string[] = [];
const countryRows: string[] = [];
let dated = 0;
for (const name of names) {
  const rules = new Set(byName.get(name)!.values());
  let rule = rules.size === 1 ? [...rules][0] : sharedDays([...rules]);
  if (rule && !mostlyOn(name, rule)) rule = undefined;
  if (rule) dated++;
  rows.push(`  ${JSON.stringify(name)}: ${JSON.stringify(rule ?? "")},`);
  if (!rule) {
    const each = [...byName.get(name)!].filter(([, r]) => r);
    if (each.length)
      countryRows.push(`  ${JSON.stringify(name)}: ${JSON.stringify(Object.fromEntries(each))},`);
  }
}

/**
 * How an article names each country: its English name, the part before "of" ("United States"),
 * the initials of a name of several words ("U.S.", "US") and the last word after "of" ("America").
 */
function countryNames(code: string): string[] {
  const full = new Holidays().getCountries("en")[code] ?? code;
  const out = new Set([full]);
  const [head, tail] = full.split(/\s+of\s+(?:the\s+)?/);
  if (head) out.add(head);
  const words = (head ?? "").split(/\s+/);
  if (words.length > 1) {
    const initials = words.map((w) => w[0]!.toUpperCase());
    out.add(initials.join(".") + ".");
    out.add(initials.join(""));
  }
  if (tail && !/\s/.test(tail)) out.add(tail);
  return [...out];
}
const countryNameRows = COUNTRIES.map(
  (code) => `  ${code}: ${JSON.stringify(countryNames(code))},`,
);

const worldCountries = createRequire(import.meta.url)("world-countries") as Country[];

/**
 * The places inside each country an article may name instead of the country ("Arizona", "New
 * South Wales", "Nairobi"): its regions as date-holidays lists them and its capitals (world-
 * countries). Not a place two countries share, nor one that is another country's name ("Georgia")
 * or a person's name ("Victoria", "Virginia"): those say nothing of the country.
 */
function countryPlaces(): Map<string, string[]> {
  const all = new Map<string, Set<string>>();
  const add = (place: string, code: string) => {
    const codes = all.get(place) ?? new Set<string>();
    codes.add(code);
    all.set(place, codes);
  };
  for (const code of COUNTRIES) {
    for (const region of Object.values(new Holidays().getStates(code, "en") ?? {}))
      add(region, code);
    for (const capital of worldCountries.find((c) => c.cca2 === code)?.capital ?? [])
      add(capital, code);
  }
  const countryWords = new Set(worldCountries.flatMap((c) => [c.name.common, c.name.official]));
  const out = new Map<string, string[]>(COUNTRIES.map((c) => [c, []]));
  for (const [place, codes] of [...all].sort(([a], [b]) => a.localeCompare(b))) {
    if (codes.size > 1 || countryWords.has(place)) continue;
    const word = place.toLowerCase();
    if (
      !/\s/.test(place) &&
      (firstNameGender(word) || LAST_NAMES.has(word) || FULL_NAMES.has(word))
    )
      continue;
    out.get([...codes][0]!)!.push(place);
  }
  return out;
}
const placeRows = [...countryPlaces()].map(
  ([code, places]) => `  ${code}: ${JSON.stringify(places)},`,
);
const southern = COUNTRIES.filter(
  (code) => (worldCountries.find((c) => c.cca2 === code)?.latlng[0] ?? 0) < 0,
);

writeFileSync(
  "src/nlp/dates/holiday-data.ts",
  `// Generated by scripts/build/holidays.ts (npm run gen) from date-holidays (ISC): the holidays of
// ${COUNTRIES.join(", ")}, ${YEARS[0]}–${YEARS[YEARS.length - 1]}. Do not edit by hand.
// A rule: "fixed:M-D", "easter:N" (days from Western Easter Sunday), "nth:N:W:M" (the Nth weekday
// W, 0 = Sunday, of month M; N = -1 for the last); "" when the countries' days differ or follow no rule.

export const HOLIDAY_RULES: Record<string, string> = {
${rows.join("\n")}
};

/** Holidays whose day the country decides: each listed country's rule. */
export const HOLIDAY_COUNTRY_RULES: Record<string, Record<string, string>> = {
${countryRows.join("\n")}
};

/** How an article names each of those countries. */
export const COUNTRY_NAMES: Record<string, string[]> = {
${countryNameRows.join("\n")}
};

/**
 * Places inside each of those countries an article names instead of it: regions (date-holidays)
 * and capitals (world-countries, ODbL-1.0), less those shared, another country's name or a person's.
 */
export const COUNTRY_PLACES: Record<string, string[]> = {
${placeRows.join("\n")}
};

/** Those of them south of the equator (world-countries, ODbL-1.0: the country's latitude). */
export const SOUTHERN_COUNTRIES: string[] = ${JSON.stringify(southern)};
`,
);
console.log(
  `holiday-data.ts: ${names.length} names, ${dated} with a rule, ${countryRows.length} by country`,
);
