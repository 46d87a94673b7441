import { WEEKDAYS } from "../nlp/dates/words.js";

/**
 * Datelines: the place (and sometimes the date and the agency) that opens a wire story, as
 * news writes them —
 *   "WASHINGTON (AP) — …", "LONDON, March 3 (Reuters) - …", "NAIROBI, Kenya (AP) _ …",
 *   "NEW DELHI, 24 December (PTI) - …",
 *   "NEW YORK, Nov. 19 (UPI) -- …", "CHARLESTON, S.C. - …", "NEW DELHI: …",
 *   "Washington (CNN) — …", "Kabul, Afghanistan (CNN)The Taliban …", "(Reuters) - …",
 *   "NORTHVALE, Ore., April 8, 2025 /PRNewswire/ -- …",
 *   "AUSTIN, Texas--(BUSINESS WIRE)--Nov. 12, 2024-- …" (the date after the agency),
 *   "Kumasi, March 3, GNA – …" (a dated place and an agency's initials, unbracketed),
 *   "Mar 4 (Reuters) - …" (a date and the agency, no place).
 * The place is in capitals, or it is followed by the agency in brackets; a dash (or an
 * underscore, or two hyphens) ends the dateline, or a colon after a place in capitals.
 */
const CAPS_WORD = String.raw`[A-Z][A-Z.'’-]+`;
const WORD = String.raw`[A-Z][A-Za-z.'’-]*`;
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
/** "March 3", "Nov. 19, 1998"; or day first, as British and Indian wires write it: "24 December", "3 March 2005". */
const DATE = String.raw`(?:,?\s+(?:${MONTH}\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+${MONTH}(?:\s+\d{4})?))`;
const REGION = String.raw`(?:,\s*${WORD}(?:\s${WORD}){0,3})`;
/** "(Reuters)", "(PTI)"; or in slashes, as press-release wires write it: "/PRNewswire/". */
const AGENCY = String.raw`(?:\(\s*[A-Za-z][A-Za-z.&' ]{0,30}?\s*\)|\/\s*[A-Za-z][A-Za-z.&' -]{0,30}?\s*\/)`;
const DASH = String.raw`(?:\s*(?:--|[–—―_])|\s+-)\s*`;

const CAPS_PLACE = String.raw`${CAPS_WORD}(?:\s${CAPS_WORD}){0,3}${REGION}?${DATE}?`;
const ANY_PLACE = String.raw`${WORD}(?:\s${WORD}){0,3}${REGION}?${DATE}?`;

/** "--(BUSINESS WIRE)--Nov. 12, 2024--": a press-release wire writes the date after its name. */
const DATE_AFTER = String.raw`${MONTH}\s+\d{1,2},\s*\d{4}|\d{1,2}\s+${MONTH}\s+\d{4}`;
/** An agency's initials after a dated place, unbracketed ("GNA", "NAN"). */
const INITIALS = String.raw`,\s*[A-Z]{2,6}`;

/** "Mar 4 (Reuters) -": a wire's date with no place, before the agency. */
const DATE_ALONE = String.raw`(?:${MONTH}\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+${MONTH}(?:\s+\d{4})?)`;

const WIRE_DATELINE = new RegExp(
  String.raw`^(${ANY_PLACE}|${CAPS_PLACE})\s*--\s*(${AGENCY})\s*--\s*(${DATE_AFTER})\s*--\s*`,
);

const DATELINE = new RegExp(
  String.raw`^(?:(${CAPS_PLACE})(?:\s*(${AGENCY}))?(?:${DASH}|:\s+)` +
    String.raw`|(${ANY_PLACE})\s*(${AGENCY})(?:${DASH}|(?=[A-Z“"]))` +
    String.raw`|(${AGENCY})${DASH}` +
    String.raw`|(${WORD}(?:\s${WORD}){0,3}${REGION}?${DATE})(${INITIALS})${DASH}` +
    String.raw`|(${DATE_ALONE})\s*(${AGENCY})${DASH})`,
);

/**
 * A dateline that gives its date in full, with its year: the place in any case or none, maybe an
 * agency, then the date (a weekday before it, an ordinal day, a comma or none before the year)
 * and a dash or a colon — "London, 4 March 2024 —", "Karachi, March 4, 2024:", "NEW DELHI, Mar 4
 * 2024 (PTI):", "NAIROBI, Kenya, Monday March 4, 2024 —", "LONDON (Reuters), March 4, 2024 -",
 * "Manila, Philippines — March 4, 2024 —", "Monday, March 4, 2024 —". The year makes the date
 * the day of writing, so the place need not be in capitals nor followed by an agency.
 */
/** A weekday, whole or cut short ("Mon", "Tues."): its first three letters (nlp/dates/words.ts). */
const WEEKDAY = `(?:${Object.keys(WEEKDAYS)
  .map((d) => d[0]!.toUpperCase() + d.slice(1, 3))
  .join("|")})[a-z]*\\.?`;
const ORDINAL_DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
const FULL_DATE = String.raw`(?:${WEEKDAY},?\s+)?(?:${MONTH}\s+${ORDINAL_DAY},?\s+\d{4}|${ORDINAL_DAY}\s+(?:of\s+)?${MONTH},?\s+\d{4})`;
const DATED_LINE = new RegExp(
  String.raw`^(?:(?!${WEEKDAY}[,\s])(?<place>${WORD}(?:\s${WORD}){0,3}${REGION}?)(?:\s*${AGENCY})?(?:,\s*|${DASH}))?(?<date>${FULL_DATE})(?:\s*${AGENCY})?(?:${DASH}|:\s+)`,
);
/** "LAGOS, Nigeria (AP) — March 4, 1985 — …": the date after the agency's dash. */
const DATE_OPENING = new RegExp(String.raw`^(?<date>${FULL_DATE})${DASH}`);

export interface Dateline {
  /** "ALMATY, Kazakhstan"; undefined for an agency alone ("(Reuters) - …"). */
  place?: string;
  /** The date a dateline gives, as written ("March 3", "Nov. 19, 1998"). */
  date?: string;
  /** The paragraph without its dateline ("" when the paragraph is only the dateline). */
  rest: string;
}

/** A paragraph's opening dateline, or undefined. */
export function splitDateline(paragraph: string | undefined): Dateline | undefined {
  if (!paragraph) return undefined;
  const wire = WIRE_DATELINE.exec(paragraph);
  if (wire) {
    const rest = paragraph.slice(wire[0].length).trim();
    return { place: wire[1]!.trim(), date: wire[3]!, rest };
  }
  const match = DATELINE.exec(paragraph);
  if (!match) return datedLine(paragraph);
  let rest = paragraph.slice(match[0].length).trim();
  if (rest.length > 0 && rest.length < 20) return undefined;
  let date = dateOf(match);
  const opening = date ? undefined : DATE_OPENING.exec(rest);
  if (opening) {
    date = opening.groups!.date!;
    rest = rest.slice(opening[0].length).trim();
  }
  return { place: placeOf(match), ...(date ? { date } : {}), rest };
}

function datedLine(paragraph: string): Dateline | undefined {
  const m = DATED_LINE.exec(paragraph);
  if (!m) return undefined;
  const rest = paragraph.slice(m[0].length).trim();
  if (rest.length > 0 && rest.length < 20) return undefined;
  const place = m.groups!.place?.trim().replace(/,$/, "");
  return { place: place || undefined, date: m.groups!.date!, rest };
}

/** Whether a paragraph opens with a dateline that ends in a dash or an agency (not "WORD: …", which may be a label). */
export function startsWithStoryDateline(paragraph: string): boolean {
  return splitStoryDateline(paragraph) !== undefined;
}

/** splitDateline, for a dateline that ends in a dash or an agency only. */
export function splitStoryDateline(paragraph: string | undefined): Dateline | undefined {
  const dateline = splitDateline(paragraph);
  if (!dateline || !paragraph) return undefined;
  const head = paragraph.slice(0, paragraph.length - dateline.rest.length).trim();
  return /:$/.test(head) ? undefined : dateline;
}

function dateOf(match: RegExpExecArray): string | undefined {
  if (match[8]) return match[8].trim();
  const date = new RegExp(`${DATE}$`).exec((match[1] ?? match[3] ?? match[6] ?? "").trim());
  return date?.[0].replace(/^,?\s+/, "") || undefined;
}

function placeOf(match: RegExpExecArray): string | undefined {
  const place = (match[1] ?? match[3] ?? match[6])
    ?.trim()
    .replace(new RegExp(`${DATE}$`), "");
  return place?.replace(/,$/, "") || undefined;
}
