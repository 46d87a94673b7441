/**
 * TimeML values as periods of days, and how a bot date compares with a gold value (shared by
 * the tests and `npm run eval -- timeml`, scripts/eval/timeml.ts, which explains the scoring).
 */
import type { DatedEvent } from "../../../src/model/analysis.js";

/** A period of days, first and last as YYYY-MM-DD (they compare as strings). */
export interface Period {
  first: string;
  last: string;
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");
const day = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const months = (y: number, from: number, to: number): Period => ({
  first: day(y, from, 1),
  last: day(y, to, lastDay(y, to)),
});

/** The period an ISO week names (weeks start on Monday; week 1 holds 4 January). */
function isoWeek(y: number, w: number): Period {
  const jan4 = new Date(Date.UTC(y, 0, 4));
  const monday = new Date(
    jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000 + (w - 1) * 7 * 86_400_000,
  );
  const sunday = new Date(monday.getTime() + 6 * 86_400_000);
  return { first: monday.toISOString().slice(0, 10), last: sunday.toISOString().slice(0, 10) };
}

/** The period a TIMEX3 value names, or undefined (PRESENT_REF, XXXX-10, durations…). */
export function goldPeriod(value: string): Period | undefined {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d\d)-(\d\d)/.exec(value))) return { first: m[0], last: m[0] };
  if ((m = /^(\d{4})-W(\d\d?)(?!\d)/.exec(value))) return isoWeek(+m[1]!, +m[2]!);
  if ((m = /^(\d{4})-(\d\d)(?!\d)/.exec(value))) return months(+m[1]!, +m[2]!, +m[2]!);
  if ((m = /^(\d{4})-Q([1-4])/.exec(value))) return months(+m[1]!, 3 * +m[2]! - 2, 3 * +m[2]!);
  if ((m = /^(\d{4})-H([12])/.exec(value))) return months(+m[1]!, 6 * +m[2]! - 5, 6 * +m[2]!);
  if ((m = /^(\d{4})(?!\d)/.exec(value))) return months(+m[1]!, 1, 12);
  if ((m = /^(\d{3})X?$/.exec(value))) return { first: `${m[1]}0-01-01`, last: `${m[1]}9-12-31` };
  if ((m = /^(\d{2})(XX)?$/.exec(value)))
    return { first: `${m[1]}00-01-01`, last: `${m[1]}99-12-31` };
  return undefined;
}

/** The period a bot date names at its precision; a range ("last week", "18-20 March") runs to its `end`. */
export function botPeriod(date: string, end?: string): Period | undefined {
  const period = (iso: string): Period | undefined => {
    const [y, mo, d] = iso.split("-").map(Number);
    if (!y) return undefined;
    if (d) return { first: iso, last: iso };
    return mo ? months(y, mo, mo) : months(y, 1, 12);
  };
  const first = period(date);
  const last = end ? period(end) : first;
  return first && last && last.last >= first.first
    ? { first: first.first, last: last.last }
    : first;
}

const within = (a: Period, b: Period) => a.first >= b.first && a.last <= b.last;

/** right: the gold period lies within the bot's; finer: the bot's lies within the gold's; else wrong. */
export function compareValue(
  bot: Pick<DatedEvent, "date" | "end">,
  gold: string,
): "right" | "finer" | "wrong" | "unchecked" {
  const g = goldPeriod(gold);
  const b = botPeriod(bot.date, bot.end);
  if (!g || !b) return "unchecked";
  if (within(g, b)) return "right";
  return within(b, g) ? "finer" : "wrong";
}

/** The year is in the words: "1998", "Aug. 7, 1998", "'98", "1997-98". */
export const yearWritten = (text: string) => /(?<!\d)\d{4}(?!\d)|['’]\d\d\b/.test(text);
