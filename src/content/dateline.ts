/**
 * Datelines: the place (and sometimes the date and the agency) that opens a wire story, as
 * news writes them —
 *   "WASHINGTON (AP) — …", "LONDON, March 3 (Reuters) - …", "NAIROBI, Kenya (AP) _ …",
 *   "NEW DELHI, 24 December (PTI) - …",
 *   "NEW YORK, Nov. 19 (UPI) -- …", "CHARLESTON, S.C. - …", "NEW DELHI: …",
 *   "Washington (CNN) — …", "Kabul, Afghanistan (CNN)The Taliban …", "(Reuters) - …",
 *   "NORTHVALE, Ore., April 8, 2025 /PRNewswire/ -- …",
 *   "AUSTIN, Texas--(BUSINESS WIRE)--Nov. 12, 2024-- …" (the date after the agency),
 *   "Kumasi, March 3, GNA – …" (a dated place and an agency's initials, unbracketed).
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

const WIRE_DATELINE = new RegExp(
  String.raw`^(${ANY_PLACE}|${CAPS_PLACE})\s*--\s*(${AGENCY})\s*--\s*(${DATE_AFTER})\s*--\s*`,
);

const DATELINE = new RegExp(
  String.raw`^(?:(${CAPS_PLACE})(?:\s*(${AGENCY}))?(?:${DASH}|:\s+)` +
    String.raw`|(${ANY_PLACE})\s*(${AGENCY})(?:${DASH}|(?=[A-Z“"]))` +
    String.raw`|(${AGENCY})${DASH}` +
    String.raw`|(${WORD}(?:\s${WORD}){0,3}${REGION}?${DATE})(${INITIALS})${DASH})`,
);

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
  if (!match) return undefined;
  const rest = paragraph.slice(match[0].length).trim();
  if (rest.length > 0 && rest.length < 20) return undefined;
  const date = dateOf(match);
  return { place: placeOf(match), ...(date ? { date } : {}), rest };
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
  const date = new RegExp(`${DATE}$`).exec((match[1] ?? match[3] ?? match[6] ?? "").trim());
  return date?.[0].replace(/^,?\s+/, "") || undefined;
}

function placeOf(match: RegExpExecArray): string | undefined {
  const place = (match[1] ?? match[3] ?? match[6])
    ?.trim()
    .replace(new RegExp(`${DATE}$`), "");
  return place?.replace(/,$/, "") || undefined;
}
