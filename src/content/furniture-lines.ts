/**
 * Blocks of short lines as a web page pasted whole leaves them: share buttons one a line
 * ("Share this article / Click here to share / share2"), a "list of 4 items … end of list"
 * wrapper, the headlines of related stories under a "Related" heading, and lists set out one
 * item a line ("- A warning is in place / - The fire has burnt …"). The furniture lines go; a list
 * becomes one paragraph an item, as the lines of a list are not one sentence.
 */
import { isBoilerplate } from "../nlp/boilerplate.js";

/** A line of page furniture is short; lines of wrapped prose are longer. */
const SHORT_LINE_WORDS = 8;
/** A related story's headline under a "Related" heading. */
const HEADLINE_LINE_WORDS = 15;
const LIST_LINE = /^[-–•*·]\s+\S/;
const RELATED_HEADING =
  /^(?:related(?: stories| articles| content| links| coverage| news| topics)?|recommended(?: stories| for you)?|more on this(?: story)?|read more|see also|you may also like|you might also like|most read|most popular|top stories|more stories|more from [\p{L} ]{1,30})[\s:.]*$/iu;

const linesOf = (block: string) =>
  block
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** The blocks with furniture lines and related-story headlines left out, and lists one item a block. */
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
  const items = lines.filter((l) => LIST_LINE.test(l)).length;
  if (items >= 2 && items >= lines.length - 1 && lines.slice(1).every((l) => LIST_LINE.test(l)))
    return lines;
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
