/**
 * Coarse categories of a wrong date value, for the eval's per-set category lines (scripts/eval/
 * dates.ts, scripts/eval/timeml.ts). Counts only: a line of these never names an article, a text
 * or a case, so it may be printed for blind and held-out sets (never for a sealed one).
 *
 * Defined before any blind count was read (session 17), on the value's shape alone:
 * - a range (gold `end`, or a TimeML week/quarter/half/decade/century) given as one date;
 * - one date given as a range;
 * - a range with a wrong bound (both ranges, another first or last);
 * - year off: one date at the gold's granularity, the same month/day, another year;
 * - off by 1–7 days: both days, at most a week apart (a weekday's or a week's direction);
 * - off by more: the same granularity, further apart;
 * - granularity differs: a month for a day, a year for a month …;
 * - other (a value of no known shape).
 */

export const MISS_CATEGORIES = [
  "range as one date",
  "one date as range",
  "range with a wrong bound",
  "year off",
  "off 1–7 days",
  "off more",
  "granularity differs",
  "other",
] as const;
export type MissCategory = (typeof MISS_CATEGORIES)[number];

export interface DateValue {
  date: string;
  end?: string;
}

const grain = (iso: string): "day" | "month" | "year" | undefined =>
  /^\d{4}-\d\d-\d\d$/.test(iso)
    ? "day"
    : /^\d{4}-\d\d$/.test(iso)
      ? "month"
      : /^\d{4}$/.test(iso)
        ? "year"
        : undefined;

const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/** The category of a bot value that is not the gold one (the caller knows it is wrong). */
export function missCategory(bot: DateValue, gold: DateValue): MissCategory {
  if (gold.end && !bot.end) return "range as one date";
  if (!gold.end && bot.end) return "one date as range";
  if (gold.end && bot.end) return "range with a wrong bound";
  const b = grain(bot.date);
  const g = grain(gold.date);
  if (!b || !g) return "other";
  if (b !== g) return "granularity differs";
  if (bot.date.slice(4) === gold.date.slice(4) && bot.date !== gold.date) return "year off";
  if (g === "day" && Math.abs(dayNumber(bot.date) - dayNumber(gold.date)) <= 7)
    return "off 1–7 days";
  return "off more";
}

/**
 * A TimeML DATE value as a date or a range: a day, month or year as itself; a week, quarter,
 * half, decade or century as the range of days or months it covers (undefined otherwise).
 */
export function timemlValue(value: string): DateValue | undefined {
  let m: RegExpExecArray | null;
  if ((m = /^\d{4}(-\d\d(-\d\d)?)?$/.exec(value))) return { date: m[0] };
  if ((m = /^(\d{4})-W(\d\d?)$/.exec(value))) {
    const jan4 = Date.UTC(+m[1]!, 0, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000;
    const first = monday + (+m[2]! - 1) * 7 * 86_400_000;
    const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
    return { date: iso(first), end: iso(first + 6 * 86_400_000) };
  }
  const months = (y: string, from: number, to: number) => ({
    date: `${y}-${String(from).padStart(2, "0")}`,
    end: `${y}-${String(to).padStart(2, "0")}`,
  });
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) return months(m[1]!, 3 * +m[2]! - 2, 3 * +m[2]!);
  if ((m = /^(\d{4})-H([12])$/.exec(value))) return months(m[1]!, 6 * +m[2]! - 5, 6 * +m[2]!);
  if ((m = /^(\d{3})X?$/.exec(value))) return { date: `${m[1]}0`, end: `${m[1]}9` };
  if ((m = /^(\d{2})(XX)?$/.exec(value))) return { date: `${m[1]}00`, end: `${m[1]}99` };
  return undefined;
}

/** Counts by category, in the fixed order, zeros left out: "range as one date 3, year off 1". */
export function categoryCounts(categories: MissCategory[]): string {
  const n = (c: MissCategory) => categories.filter((x) => x === c).length;
  return (
    MISS_CATEGORIES.filter((c) => n(c) > 0)
      .map((c) => `${c} ${n(c)}`)
      .join(", ") || "none"
  );
}

/**
 * The form of a gold date's words, for the timeml "misses by form" line (counts only; defined in
 * session 19 before any held-out count by form was read). The first that fits, in this order:
 * - year written: a four-digit year or "'98" in the words;
 * - weekday: "Monday", "last Friday", "Tuesday night", "Friday's";
 * - today/yesterday/tomorrow: the article's day or one beside it ("tonight", "this morning");
 * - ago: counted back from the article's day ("two weeks ago", "a year ago");
 * - anaphoric: counted from another date in the text ("the next day", "that year", "a year earlier");
 * - last/this/next unit: "last week", "this year", "next month", "the current quarter", "this fall";
 * - month day: a month and a day with no year ("Oct. 12", "June 1");
 * - month: a month alone ("April", "early March", "last May");
 * - other: seasons, quarters, holidays, "year-end", "recent days" and the rest.
 */
export const DATE_FORMS = [
  "year written",
  "weekday",
  "today/yesterday/tomorrow",
  "ago",
  "anaphoric",
  "last/this/next unit",
  "month day",
  "month",
  "other",
] as const;
export type DateForm = (typeof DATE_FORMS)[number];

const MONTH =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?/i;

export function dateForm(text: string): DateForm {
  const lc = text.toLowerCase();
  if (/(?<!\d)\d{4}(?!\d)|['’]\d\d\b/.test(lc)) return "year written";
  if (/\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/.test(lc)) return "weekday";
  if (/\b(?:today|tonight|yesterday|tomorrow)\b|^this (?:morning|afternoon|evening)$/.test(lc))
    return "today/yesterday/tomorrow";
  if (/\bago\b/.test(lc)) return "ago";
  if (
    /\b(?:that|same|previous|preceding|following|prior)\b|\b(?:earlier|later|before|after)$|^the (?:day|week|month|year)$|\bnext (?:day|morning|evening|night)\b/.test(
      lc,
    )
  )
    return "anaphoric";
  if (
    /\b(?:last|this|next|past|coming|current|latest)\s+(?:\w+\s+)?(?:week|weekend|month|year|quarter|half|spring|summer|fall|autumn|winter|decade|century)\b/.test(
      lc,
    )
  )
    return "last/this/next unit";
  if (MONTH.test(lc) && /\d/.test(lc)) return "month day";
  if (MONTH.test(lc)) return "month";
  return "other";
}

/** Counts by form, in the fixed order, zeros left out: "weekday 3, month 1". */
export function formCounts(forms: DateForm[]): string {
  const n = (f: DateForm) => forms.filter((x) => x === f).length;
  return (
    DATE_FORMS.filter((f) => n(f) > 0)
      .map((f) => `${f} ${n(f)}`)
      .join(", ") || "none"
  );
}
