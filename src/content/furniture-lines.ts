/**
 * Blocks of short lines as a web page pasted whole leaves them: share buttons one a line
 * ("Share this article / Click here to share / share2"), a "list of 4 items … end of list"
 * wrapper, and the headlines of related stories under a "Related" heading. The furniture lines
 * go; the rest of such a block stays as it was (a list is cut into items by list-items.ts).
 */
import { isBoilerplate } from "../nlp/boilerplate.js";

/** A line of page furniture is short; lines of wrapped prose are longer. */
const SHORT_LINE_WORDS = 8;
/** A related story's headline under a "Related" heading. */
const HEADLINE_LINE_WORDS = 15;
const RELATED_HEADING =
  /^(?:related(?: stories| articles| content| links| coverage| news| topics)?|recommended(?: stories| for you)?|more on this(?: story)?|read more|see also|you may also like|you might also like|most read|most popular|top stories|more stories|more from [\p{L} ]{1,30})[\s:.]*$/iu;

const linesOf = (block: string) =>
  block
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** The blocks with furniture lines and related-story headlines left out. */
export function withoutFurnitureLines(blocks: string[]): string[] {
  const out: string[] = [];
  let afterRelated = false;
  for (const block of blocks) {
    const lines = linesOf(block);
    const related = afterRelated;
    afterRelated = lines.length > 0 && RELATED_HEADING.test(lines[lines.length - 1]!);
    if (related && lines.every(isHeadlineLine)) continue;
    out.push(...blockLines(lines, block));
  }
  return out;
}

function isHeadlineLine(line: string): boolean {
  return wordCount(line) <= HEADLINE_LINE_WORDS && !/[.!,;]["”’]?$/.test(line);
}

function blockLines(lines: string[], block: string): string[] {
  if (lines.length < 2) return [block];
  if (lines.some((l) => wordCount(l) > SHORT_LINE_WORDS)) return [block];
  const kept: string[] = [];
  let inList = false;
  for (const line of lines) {
    if (/^list of \d+ items?$/i.test(line)) inList = true;
    else if (/^end of list$/i.test(line)) inList = false;
    else if (!inList && !isBoilerplate(line) && !RELATED_HEADING.test(line)) kept.push(line);
  }
  if (kept.length > lines.length / 2) return [block];
  return kept.length ? [kept.join("\n")] : [];
}
