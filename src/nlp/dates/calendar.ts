/** Small calendar arithmetic on plain year/month/day numbers (UTC, no time zones involved). */
export interface Ymd {
  year: number;
  /** 1..12 */
  month: number;
  /** 1..31 */
  day: number;
}

export function ymd(year: number, month: number, day: number): Ymd {
  return fromUtc(utc(year, month - 1, day));
}

/** `Date.UTC` that keeps a year below 100 ("the 1st century") instead of reading it as 19yy. */
function utc(year: number, monthIndex: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, monthIndex, day);
  return d.getTime();
}

function fromUtc(ms: number): Ymd {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function toUtc(d: Ymd): number {
  return utc(d.year, d.month - 1, d.day);
}

export function addDays(d: Ymd, days: number): Ymd {
  return fromUtc(toUtc(d) + days * 86_400_000);
}

export function addMonths(d: Ymd, months: number): Ymd {
  const index = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(utc(year, month, 0)).getUTCDate();
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(d: Ymd): number {
  return new Date(toUtc(d)).getUTCDay();
}

export function compare(a: Ymd, b: Ymd): number {
  return toUtc(a) - toUtc(b);
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

export function isoDay(d: Ymd): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

export function isoMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

export function isoYear(year: number): string {
  return pad(year, 4);
}

/** "2019-06-09" → {2019, 6, 9}; undefined for anything else. */
export function parseIsoDay(iso: string | undefined): Ymd | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? "");
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDay(year, month, day) ? { year, month, day } : undefined;
}

/** First and last day covered by an ISO date of any precision ("2019", "2019-04", "2019-04-03"). */
export function isoBounds(iso: string): { first: Ymd; last: Ymd } | undefined {
  const day = parseIsoDay(iso);
  if (day) return { first: day, last: day };
  const month = /^(\d{4})-(\d{2})$/.exec(iso);
  if (month) {
    const [y, m] = [Number(month[1]), Number(month[2])];
    return { first: ymd(y, m, 1), last: ymd(y, m, daysInMonth(y, m)) };
  }
  const year = /^(\d{4})$/.exec(iso);
  if (year) return { first: ymd(Number(year[1]), 1, 1), last: ymd(Number(year[1]), 12, 31) };
  return undefined;
}

/** Western Easter Sunday of a year (the anonymous Gregorian computus). */
export function easterSunday(year: number): Ymd {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const h =
    (19 * a + b - Math.floor(b / 4) - Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return { year, month: Math.floor(n / 31), day: (n % 31) + 1 };
}
