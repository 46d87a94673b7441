/**
 * Maps what the analyser returns (sentences, quotes, dates: text with a sentence index) back to
 * character offsets in a corpus document, so it can be compared with gold character spans.
 * Text is compared normalised: case, white space, quote marks and apostrophes, dashes and
 * accents do not matter, since the content loader and the quote finder may change them.
 */
import type { Analysis } from "../../../src/model/analysis.js";

export interface Span {
  start: number;
  end: number;
}

/** Left out when comparing: white space, quote marks and apostrophes, dashes and hyphens ("--" = "–"). */
const SKIPPED = /[\s"'`‘’“”„‟″′«»\u00ad\u200b‐‑‒–—―−-]/u;

/** A document's normalised text, with the document offset of every normalised character. */
export class DocText {
  readonly norm: string;
  private readonly at: number[];

  constructor(readonly doc: string) {
    const chars: string[] = [];
    const at: number[] = [];
    for (let i = 0; i < doc.length; i++) {
      const c = doc[i]!;
      if (c === " " || c === "\n" || SKIPPED.test(c)) continue;
      for (const n of normChar(c)) {
        chars.push(n);
        at.push(i);
      }
    }
    this.norm = chars.join("");
    this.at = at;
  }

  /** The document span of `text`'s first occurrence starting at or after document offset `from`. */
  find(text: string, from = 0, before = Infinity): Span | undefined {
    const needle = normalise(text);
    if (!needle) return undefined;
    const i = this.norm.indexOf(needle, this.normIndex(from));
    if (i < 0) return undefined;
    const span = { start: this.at[i]!, end: this.at[i + needle.length - 1]! + 1 };
    return span.start < before ? span : undefined;
  }

  /** Like find, but when the whole text is not there (the analyser changed it), its first and last words. */
  findLoose(text: string, from = 0, before = Infinity): Span | undefined {
    const exact = this.find(text, from, before);
    if (exact) return exact;
    const words = text.split(/\s+/).filter(Boolean);
    if (words.length < 6) return undefined;
    const head = this.find(words.slice(0, 4).join(" "), from, before);
    if (!head) return undefined;
    const tail = this.find(words.slice(-4).join(" "), head.end, before);
    return {
      start: head.start,
      end: tail && tail.end - head.start < text.length * 2 ? tail.end : head.end,
    };
  }

  /** First normalised index at or after document offset `offset`. */
  private normIndex(offset: number): number {
    let lo = 0;
    let hi = this.at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.at[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

function normChar(c: string): string {
  if (c < "\u0080") return c.toLowerCase();
  return c
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

export function normalise(text: string): string {
  let out = "";
  for (const c of text) if (!SKIPPED.test(c)) out += normChar(c);
  return out;
}

/**
 * The document offset where each analysed sentence starts (-1 when it cannot be found). Sentences
 * are searched in order from the end of the previous one, so repeated text maps to the right place.
 */
export function sentenceStarts(analysis: Analysis, doc: DocText, from = 0): number[] {
  const starts: number[] = [];
  let cursor = from;
  for (const s of analysis.sentences) {
    const span = doc.findLoose(s.text, cursor) ?? doc.find(s.text.slice(0, 40), cursor);
    starts.push(span ? span.start : -1);
    if (span) cursor = span.start + 1;
  }
  return starts;
}

/** Where to start looking for something said in sentence `i`: its start, else the previous sentence found. */
export function searchFrom(starts: number[], i: number): number {
  for (let k = i; k >= 0; k--) if (starts[k]! >= 0) return starts[k]!;
  return 0;
}

/** The offset by which sentence `i` must have ended: the start of the next sentence found, plus slack. */
export function searchBefore(starts: number[], i: number, slack = 0): number {
  for (let k = i + 1; k < starts.length; k++) if (starts[k]! >= 0) return starts[k]! + slack;
  return Infinity;
}

/** Characters two spans share. */
export function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}
