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

/** The rule every year's day fits: "fixed:MM-DD", "easter:+N", "nth:N:W:M" (N = -1 for the last). */
function ruleOf(days: string[]): string | undefined {
  // A one-off (a jubilee, a coronation, a funeral) follows no rule.
  if (days.length < 10) return undefined;
  const parsed = days.map((s) => s.split("-").map(Number) as [number, number, number]);
  const same = (f: (d: [number, number, number]) => string) => {
    const all = new Set(parsed.map(f));
    return all.size === 1 ? [...all][0] : undefined;
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
for (const country of COUNTRIES) {
  const hd = new Holidays(country, { languages: ["en"] });
  const days = new Map<string, string[]>();
  for (const year of YEARS)
    for (const h of hd.getHolidays(year, "en")) {
      if (/\(|substitute|observed/i.test(h.name)) continue;
      const name = h.name.replace(/’/g, "'").trim();
      const list = days.get(name) ?? [];
      const day = h.date.slice(0, 10);
      // A name given twice in a year (a moved day): the first.
      if (!list.some((d) => d.slice(0, 4) === day.slice(0, 4))) list.push(day);
      days.set(name, list);
    }
  for (const [name, list] of days) {
    const rules = byName.get(name) ?? new Map<string, string | undefined>();
    rules.set(country, ruleOf(list));
    byName.set(name, rules);
  }
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
  let rule = rules.size === 1 ? [...rules][0] : undefined;
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
