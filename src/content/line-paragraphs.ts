/**
 * Paragraphs of plain text that marks them with single line breaks. Most files separate
 * paragraphs by blank lines, and a line break inside a block is then a wrapped line, a list or a
 * sentence a line; but some web exports write one paragraph a line with (almost) no blank line,
 * and joining those lines would make the whole article one paragraph. The rules are about how
 * text is laid out, not about any publisher:
 * - a file whose blank lines are few beside its line breaks marks paragraphs with line breaks,
 *   unless the lines between its blank lines are each one sentence (a sentence-a-line layout,
 *   whose blank lines mark the paragraphs);
 * - in text wrapped at a fixed width (no line longer than a terminal's), a break is a paragraph's
 *   end only where the next line's first word would have fitted on the line;
 * - a line that goes on in lower case continues its sentence, and a line break inside a
 *   quotation (a verse, a transcript's lines) stays inside it, unless the next line opens a
 *   quotation of its own (the mark that opens each paragraph of a quote running over several)
 *   or the line ends a sentence (its closing mark forgotten).
 */

import { quoteMarkAt } from "../nlp/quote-marks.js";

/** The longest line of text wrapped at a fixed width (terminals and mail wrap at 72–80). */
const MAX_WRAP_WIDTH = 100;
/** A wrapped line fills at least this share of the width (the last line of a paragraph aside). */
const FULL_LINE = 0.8;
/** At most one blank line to this many line breaks inside blocks: the line breaks are the paragraphs. */
const LINE_BREAKS_PER_BLANK = 3;

/** The blocks (separated by blank lines) cut at the line breaks that end paragraphs, when the file marks paragraphs so. */
export function splitLineParagraphs(blocks: string[]): string[] {
  const lines = blocks.map(linesOf);
  const lineBreaks = lines.reduce((n, l) => n + Math.max(0, l.length - 1), 0);
  const blankLines = blocks.length - 1;
  if (lineBreaks === 0 || blankLines * LINE_BREAKS_PER_BLANK > lineBreaks) return blocks;
  if (blankLines > 0 && lines.filter((l) => l.length > 1).flat().every(isOneSentence))
    return blocks;
  const width = wrapWidth(lines);
  return lines.flatMap((l) => paragraphsOf(l, width));
}

/**
 * The width text was wrapped at: its longest line, when that is no longer than a terminal's and
 * most lines run close to it and break off inside a sentence; else Infinity (a line a paragraph).
 */
function wrapWidth(lines: string[][]): number {
  const longest = Math.max(...lines.flat().map((l) => l.length));
  if (longest > MAX_WRAP_WIDTH) return Infinity;
  const inner = lines.flatMap((l) => l.slice(0, -1));
  const full = inner.filter((l) => l.length >= FULL_LINE * longest && !SENTENCE_END.test(l)).length;
  return full >= inner.length / 2 ? longest : Infinity;
}

function linesOf(block: string): string[] {
  return block
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
}

function paragraphsOf(lines: string[], width: number): string[] {
  const out: string[] = [];
  let current: string[] = [];
  lines.forEach((line, i) => {
    current.push(line);
    const next = lines[i + 1];
    if (next === undefined || endsParagraph(current, line, next, width)) {
      out.push(current.join("\n"));
      current = [];
    }
  });
  return out;
}

function endsParagraph(paragraph: string[], line: string, next: string, width: number): boolean {
  if (/^[a-z]/.test(next)) return false;
  const firstWord = next.split(/\s/, 1)[0]!;
  if (line.length + 1 + firstWord.length > width) return false; // wrapped
  if (!quoteOpen(paragraph.join(" ")) || OPENS_QUOTE.test(next)) return true;
  // The quotation goes on when the next line closes it, else a closing mark was forgotten at a paragraph's end.
  return marksOf(next)[0] !== false && SENTENCE_END.test(line);
}

const SENTENCE_END = /[.!?…]["”’')\]]*$/;

const OPENS_QUOTE = /^(?:["“«]|``|'')/;

/**
 * Whether a quotation opened in the text is still open at its end. A mark opens where it stands
 * before a word after a space, a bracket or a dash, and closes elsewhere, whatever its shape (a
 * curly mark typed the wrong way round still closes: “… the Mexicans.“).
 */
export function quoteOpen(text: string): boolean {
  return marksOf(text).at(-1) ?? false;
}

/** The text's quotation marks in order, each true where it opens a quotation, false where it closes one. */
function marksOf(text: string): boolean[] {
  const marks: boolean[] = [];
  for (let i = 0; i < text.length; i++) {
    const len = quoteMarkAt(text, i);
    if (!len) continue;
    const before = text[i - 1] ?? " ";
    const after = text[i + len] ?? " ";
    marks.push(/[\s([{\u2014\u2013/]/.test(before) && !/\s/.test(after));
    i += len - 1;
  }
  return marks;
}

/** A line that ends a sentence and holds no other sentence end before it. */
function isOneSentence(line: string): boolean {
  return (
    SENTENCE_END.test(line) &&
    !/(?:[a-z]{2}|[0-9])[.!?]["”’')\]]*\s+["“‘(]?[A-Z]/.test(line.replace(SENTENCE_END, ""))
  );
}
