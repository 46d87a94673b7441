/**
 * The publication date a web page prints near the story when the file gives none: "Published
 * On 3 Sep 2024", "Posted Tue 16 Jan 2024 at 4:12pm", "First published on Wed 4 Dec 2024",
 * "Published: January 16, 2024", "Updated 2024-01-16". The line itself is furniture
 * (nlp/boilerplate.ts drops it); its date becomes the article's date, as front matter would give it.
 */
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH = String.raw`(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?`;
const LEAD = String.raw`^(published|posted|first published|updated|last updated|last modified)(?:\s+(?:on|at))?\s*:?\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?`;
const DAY_FIRST = new RegExp(`${LEAD}(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, "i");
const MONTH_FIRST = new RegExp(`${LEAD}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "i");
const ISO = new RegExp(`${LEAD}(\\d{4})-(\\d{2})-(\\d{2})\\b`, "i");

/** How many blocks at each end of the body are searched. */
const EDGE_BLOCKS = 8;

/** The date (YYYY-MM-DD) of a "Published …" line among the first or last blocks; a publication date before an update date. */
export function publishedDate(blocks: string[]): string | undefined {
  const edges = [...blocks.slice(0, EDGE_BLOCKS), ...blocks.slice(-EDGE_BLOCKS)];
  const found = edges.map(dateOfLine).filter((d): d is Found => d !== undefined);
  const published = found.find((d) => !/update|modified/i.test(d.kind));
  return (published ?? found[0])?.iso;
}

interface Found {
  kind: string;
  iso: string;
}

function dateOfLine(block: string): Found | undefined {
  const text = block.trim();
  if (text.split(/\s+/).length > 16) return undefined;
  let m = DAY_FIRST.exec(text);
  if (m) return found(m[1]!, Number(m[4]), m[3]!, Number(m[2]));
  m = MONTH_FIRST.exec(text);
  if (m) return found(m[1]!, Number(m[4]), m[2]!, Number(m[3]));
  m = ISO.exec(text);
  if (m) return found(m[1]!, Number(m[2]), Number(m[3]), Number(m[4]));
  return undefined;
}

function found(kind: string, year: number, month: string | number, day: number): Found | undefined {
  const mm = typeof month === "number" ? month : MONTHS.indexOf(month.toLowerCase().slice(0, 3)) + 1;
  const date = new Date(Date.UTC(year, mm - 1, day));
  if (mm < 1 || date.getUTCMonth() !== mm - 1 || date.getUTCDate() !== day) return undefined;
  return { kind, iso: date.toISOString().slice(0, 10) };
}
