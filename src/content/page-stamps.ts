/**
 * The publication date a page gives for machines rather than readers, when its text was saved
 * with it: the markup of an HTML page (`<meta property="article:published_time" content="…">`,
 * `<time itemprop="datePublished" datetime="…">`, JSON-LD's `"datePublished": "…"`), and the
 * day a web address's path holds (`https://example.com/news/2024/03/04/harbour-quay-shut`,
 * `…/2024/mar/04/…`), as news sites file their pages by day.
 */
import { isoDay, isValidDay } from "../nlp/dates/calendar.js";
import { MONTH_NUMBER } from "../nlp/dates/words.js";

/**
 * A field's name that is the publication date's, as schema.org, Open Graph, Dublin Core and
 * feeds name it ("datePublished", "article:published_time", "DC.date.issued", "pubdate",
 * "publish-date", "parsely-pub-date"): its last part, after a prefix of the vocabulary.
 */
const PUBLISHED_FIELD =
  /^(?:date[_-]?)?(?:publish(?:ed)?|pub|post(?:ed)?|issued|created|release(?:d)?)(?:[_-]?(?:date|at|on|time))?$/i;
/** An ISO date as markup writes it (a time and a zone may follow). */
const ISO_VALUE = /^\s*(\d{4})-(\d{2})-(\d{2})(?![\d-])/;

/** Every `name="value"` pair of one tag. */
const TAG = /<[a-z][^<>]*>/gi;
const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
/** A JSON pair: `"datePublished": "2024-03-04T10:12:00Z"`. */
const JSON_PAIR = /"([\w:.@-]+)"\s*:\s*"([^"]{8,40})"/g;

/** Whether a field (a front-matter key, a tag's name, a JSON key) names the publication date. */
export function isPublishedField(name: string | undefined): boolean {
  const last = name?.split(/[:.]/).filter(Boolean).at(-1);
  return last !== undefined && PUBLISHED_FIELD.test(last);
}

function isoOf(value: string | undefined): string | undefined {
  const m = value === undefined ? null : ISO_VALUE.exec(value);
  return m ? calendarDay(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

/** The publication date the page's markup gives (a tag's or a JSON-LD field's), the first found. */
export function markupDate(text: string): string | undefined {
  if (!/[<"]/.test(text)) return undefined;
  for (const tag of text.matchAll(TAG)) {
    const attributes = new Map<string, string>();
    for (const a of tag[0].matchAll(ATTRIBUTE)) attributes.set(a[1]!.toLowerCase(), a[2] ?? a[3] ?? "");
    // <meta property="article:published_time" content="…">, <time itemprop="datePublished" datetime="…">, <time pubdate datetime="…">
    const named = ["property", "name", "itemprop"].some((k) => isPublishedField(attributes.get(k)));
    const pubdate = /^<time\b/i.test(tag[0]) && /\spubdate\b/i.test(tag[0]);
    if (!named && !pubdate) continue;
    const iso = isoOf(attributes.get("content") ?? attributes.get("datetime"));
    if (iso) return iso;
  }
  for (const pair of text.matchAll(JSON_PAIR)) {
    if (!isPublishedField(pair[1])) continue;
    const iso = isoOf(pair[2]);
    if (iso) return iso;
  }
  return undefined;
}

/** A web address's path that files the page by day: "/2024/03/04/", "/2024/mar/04/", "/2024-03-04/". */
const MONTH_NAMES = Object.keys(MONTH_NUMBER).filter((m) => m.length === 3);
const PATH_DAY = new RegExp(
  String.raw`\/((?:19|20)\d{2})([/-])(\d{1,2}|${MONTH_NAMES.join("|")})\2(\d{1,2})(?=[/._-]|$)`,
  "i",
);
const ADDRESS = /\bhttps?:\/\/[^\s<>"]+/gi;

/**
 * The day the page's web address is filed under, when a line is only that address (maybe with
 * a label before it: "Source:", "Originally published at"), or `url` is the page's address.
 */
export function addressDate(line: string): string | undefined {
  const addresses = [...line.matchAll(ADDRESS)];
  if (addresses.length !== 1) return undefined;
  const label = line.replace(addresses[0]![0], " ").trim();
  if (label.split(/\s+/).length > 4 || /[.!?]$/.test(label)) return undefined;
  let path: string;
  try {
    path = new URL(addresses[0]![0]).pathname;
  } catch {
    return undefined;
  }
  const m = PATH_DAY.exec(path);
  if (!m) return undefined;
  const month = /^\d+$/.test(m[3]!) ? Number(m[3]) : MONTH_NUMBER[m[3]!.toLowerCase()]!;
  return calendarDay(Number(m[1]), month, Number(m[4]));
}

function calendarDay(year: number, month: number, day: number): string | undefined {
  return isValidDay(year, month, day) ? isoDay({ year, month, day }) : undefined;
}
