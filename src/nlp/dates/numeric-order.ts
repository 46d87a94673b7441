/**
 * Numeric dates whose order the numbers leave open ("05/06/2019": 5 June or May 6?). chrono
 * reads them month first, as US news writes them; British, Irish, Indian and Australian house
 * styles write the day first ("24/12/2019", "24 December"). The article's other dates decide:
 * the order most of them are written in (a numeric date with a first number above 12, a day
 * before its month name), and a date with dots ("05.06.2019") is day first when nothing says.
 */
import { MONTH_WORD } from "./words.js";
import type { RawMention } from "./types.js";

const NUMERIC = /^(\d{1,2})([/.-])(\d{1,2})\2\d{2,4}$/;

/** +1 for each date written day first, -1 for each written month first, in the article. */
function dayFirstVotes(mentions: RawMention[]): number {
  let votes = 0;
  for (const m of mentions) {
    if (m.kind !== "absolute" || m.date?.day === undefined) continue;
    const n = NUMERIC.exec(m.stated);
    if (n) {
      const [a, b] = [Number(n[1]), Number(n[3])];
      if (a > 12 && b <= 12) votes++;
      else if (b > 12 && a <= 12) votes--;
      continue;
    }
    const month = MONTH_WORD.exec(m.stated);
    if (!month) continue;
    const dayBefore = /\d/.test(m.stated.slice(0, month.index));
    const dayAfter = /^\D*\d{1,2}(?:st|nd|rd|th)?\b(?!\d)/.test(m.stated.slice(month.index));
    if (dayBefore && !dayAfter) votes++;
    else if (dayAfter && !dayBefore) votes--;
  }
  return votes;
}

/**
 * Swaps day and month of the open numeric dates when the article writes its dates day first.
 * When nothing decides (no other date in the article shows its order, no dots, and the
 * publisher's country is not known: `dayFirst`), only the year is certain: "07/12/2026" is 2026.
 */
export function orderNumericDates(mentions: RawMention[], dayFirst?: boolean): void {
  const open = mentions.filter((m) => {
    const n = m.kind === "absolute" && m.date?.day !== undefined && NUMERIC.exec(m.stated);
    return n && Number(n[1]) <= 12 && Number(n[3]) <= 12 && n[1] !== n[3];
  });
  if (!open.length) return;
  const votes = dayFirstVotes(mentions);
  for (const m of open) {
    const dots = NUMERIC.exec(m.stated)?.[2] === ".";
    const d = m.date!;
    if (votes > 0 || (votes === 0 && (dots || dayFirst === true)))
      m.date = { ...d, day: d.month, month: d.day };
    else if (votes === 0 && dayFirst === undefined && d.year !== undefined)
      m.date = { year: d.year };
  }
}

/**
 * Country-code top-level domains of the countries whose own numeric dates put the month first
 * (the United States and the states in free association with it, the Philippines); Canada
 * writes both. Source: Wikipedia, "List of date formats by country" (CC BY-SA 4.0).
 */
const MONTH_FIRST_TLDS = new Set(["us", "ph", "fm", "mh", "pw"]);
const EITHER_TLDS = new Set(["ca"]);

/**
 * Whether the publisher's country writes numeric dates day first, as far as the article's web
 * address tells: a country's domain (".co.uk", ".com.au", ".ie", ".in") does, ".us" does not;
 * ".com", ".org" and the like say nothing.
 */
export function dayFirstByAddress(url: string | undefined): boolean | undefined {
  const host = url && /^[a-z][a-z0-9+.-]*:\/\/([^/?#:]+)/i.exec(url)?.[1]?.toLowerCase();
  const tld = host ? /\.([a-z]{2})$/.exec(host)?.[1] : undefined;
  if (!tld || EITHER_TLDS.has(tld)) return undefined;
  return !MONTH_FIRST_TLDS.has(tld);
}
