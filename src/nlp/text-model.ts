/**
 * The article as paragraphs of tokens, with every direct quotation located: the shared ground
 * of the people finder and the quote finder. Built once per analysis, in linear time.
 */
import type { Sentence } from "../model/analysis.js";
import { findQuoteSegments, quoteMarkAt, type QuoteSegment } from "./quote-marks.js";
import { NAME_PARTICLES } from "./lexicon/person-names.js";

export interface Token {
  text: string;
  lower: string;
  /** Offsets in the paragraph text. */
  start: number;
  end: number;
  /** Letters or digits (not punctuation). */
  word: boolean;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Global sentence index. */
  sent: number;
  /** First word of its sentence, or first word after an opening quotation mark. */
  first: boolean;
  /** Id of the quote unit this token is quoted inside, -1 outside quotations. */
  q: number;
  /** A double quotation mark: whether it opens or closes a quotation (or is stray). */
  mark?: "open" | "close" | "stray";
}

export interface Paragraph {
  /** Index in TextModel.paragraphs. */
  index: number;
  /** Paragraph number, 1-based. */
  para: number;
  text: string;
  sentences: { index: number; start: number; end: number }[];
  tokens: Token[];
}

/** One quotation: several segments when it runs on across paragraphs. */
export interface QuoteUnit {
  id: number;
  segments: QuoteSegment[];
  text: string;
}

export interface TextModel {
  paragraphs: Paragraph[];
  units: QuoteUnit[];
}

const WORD = /[\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*|''|``|["“”]|\S/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const CAPITAL = /^\p{Lu}/u;
/** A name's particle joined to its capitalised part: "al-Maliki", "el-Tayeb", "bin-Laden". */
const PARTICLE_NAME = /^\p{Ll}{2,3}-\p{Lu}\p{Ll}/u;
const isParticleName = (raw: string) =>
  PARTICLE_NAME.test(raw) && NAME_PARTICLES.has(raw.slice(0, raw.indexOf("-")).toLowerCase());

export function buildTextModel(sentences: Sentence[]): TextModel {
  const paragraphs: Paragraph[] = [];
  for (const s of sentences) {
    let p = paragraphs[paragraphs.length - 1];
    if (!p || p.para !== s.para) {
      p = { index: paragraphs.length, para: s.para, text: "", sentences: [], tokens: [] };
      paragraphs.push(p);
    }
    if (p.text) p.text += " ";
    p.sentences.push({ index: s.index, start: p.text.length, end: p.text.length + s.text.length });
    p.text += s.text;
  }
  const found = findQuoteSegments(paragraphs);
  // Number the units 0.. in order of their first segment.
  const renumber = new Map<number, number>();
  const segments = new Map<QuoteSegment, number>();
  const units: QuoteUnit[] = [];
  for (const [seg, raw] of found) {
    let id = renumber.get(raw);
    if (id === undefined) {
      renumber.set(raw, (id = units.length));
      units.push({ id, segments: [], text: "" });
    }
    units[id]!.segments.push(seg);
    segments.set(seg, id);
  }
  const byParagraph = new Map<number, QuoteSegment[]>();
  for (const seg of segments.keys()) {
    const list = byParagraph.get(seg.p);
    if (list) list.push(seg);
    else byParagraph.set(seg.p, [seg]);
  }
  for (const p of paragraphs) tokenize(p, byParagraph.get(p.index) ?? [], segments);
  for (const u of units)
    u.text = u.segments.map((s) => paragraphs[s.p]!.text.slice(s.start, s.end).trim()).join(" ");
  return { paragraphs, units };
}

/** Splits a paragraph into tokens; `mine`: its quote segments, `units`: the unit of each segment. */
function tokenize(p: Paragraph, mine: QuoteSegment[], units: Map<QuoteSegment, number>): void {
  const marks = new Map<number, "open" | "close">();
  // segments by start, to find the one around each token as the tokens go
  const byStart = mine
    .map((s, order) => ({ s, order }))
    .sort((a, b) => a.s.start - b.s.start || a.order - b.order);
  let next = 0;
  let open: { s: QuoteSegment; order: number }[] = [];
  for (const s of mine) {
    marks.set(s.openAt, "open");
    if (s.closeAt !== undefined) marks.set(s.closeAt, "close");
  }
  let si = 0;
  let afterOpen = true;
  for (const m of p.text.matchAll(WORD)) {
    const start = m.index;
    let raw = m[0];
    while (si < p.sentences.length - 1 && start >= p.sentences[si + 1]!.start) {
      si++;
      afterOpen = true;
    }
    const sent = p.sentences[si]!.index;
    // Split the possessive: "Howard's" → "Howard" "'s".
    const whole = raw;
    const possessive = raw.length > 3 && (raw.endsWith("'s") || raw.endsWith("’s"));
    let at = start;
    for (let piece = 0; piece < (possessive ? 2 : 1); piece++) {
      raw = !possessive ? whole : piece === 0 ? whole.slice(0, -2) : whole.slice(-2);
      const end = at + raw.length;
      const word = LETTER_OR_DIGIT.test(raw[0] ?? "");
      const tok: Token = {
        text: raw,
        lower: raw.toLowerCase(),
        start: at,
        end,
        word,
        cap: word && (CAPITAL.test(raw) || isParticleName(raw)),
        sent,
        first: false,
        q: -1,
      };
      if (quoteMarkAt(raw, 0) === raw.length || (raw.length === 1 && marks.has(at))) {
        tok.mark = marks.get(at) ?? "stray";
        if (tok.mark === "open") afterOpen = true;
      } else {
        while (next < byStart.length && byStart[next]!.s.start <= at) open.push(byStart[next++]!);
        if (open.length) open = open.filter((x) => x.s.end >= at);
        // the last segment (in paragraph order) around the token
        let around: { s: QuoteSegment; order: number } | undefined;
        for (const x of open) if (end <= x.s.end && (!around || x.order > around.order)) around = x;
        if (around) tok.q = units.get(around.s)!;
        if (word) {
          tok.first = afterOpen;
          afterOpen = false;
        }
      }
      p.tokens.push(tok);
      at = end;
    }
  }
  for (const s of mine) {
    s.tokStart = firstTokenFrom(p.tokens, s.start);
    let e = s.tokStart;
    while (e < p.tokens.length && p.tokens[e]!.end <= s.end) e++;
    s.tokEnd = e;
  }
}

/** The index of the first token starting at or after `offset` (tokens.length if none). */
function firstTokenFrom(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
