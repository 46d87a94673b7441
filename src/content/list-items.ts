/**
 * A list set out one item a line ("- Withdraw from the convention", "• Cut fuel duty"): each item
 * is a paragraph of its own, as the page shows it, so that the items are not run together into
 * one sentence. Lines before the first item (the line that introduces the list) stay one
 * paragraph, and a line that does not open with a bullet continues the item above it (a wrapped
 * item). A block with fewer than two items is left as it is: one dash at a line's start is as
 * often a dash in prose.
 */

/** A bullet at a line's start, followed by a space: the markers of plain-text and Markdown lists. */
const BULLET_LINE = /^\s*[-–—•*·]\s+\S/;
/** The least number of bulleted lines that make a block a list. */
const MIN_ITEMS = 2;

export function splitListItems(block: string): string[] {
  const lines = block.split("\n").filter((l) => l.trim());
  if (lines.filter((l) => BULLET_LINE.test(l)).length < MIN_ITEMS) return [block];
  const parts: string[][] = [];
  for (const line of lines) {
    if (BULLET_LINE.test(line) || parts.length === 0) parts.push([line.trim()]);
    else parts[parts.length - 1]!.push(line.trim());
  }
  return parts.map((p) => p.join("\n"));
}
