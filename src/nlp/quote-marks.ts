/**
 * Where the quotations of a paragraph are: which quotation marks open and which close, run-on
 * quotes across paragraphs, a closing mark the writer forgot or typed as a single quote.
 * Marks: “…”, "…", and the wire and typewriter styles ''…'' and ``…''; ‘…’ in a paragraph
 * with no double marks (a headline such as "Tokaev: ‘We will not change course’").
 */

import { isFrameVerb } from "./lexicon/reporting-verbs.js";

/** Length of the quotation mark at text[i] (2 for '' and ``), 0 when none stands there. */
export function quoteMarkAt(text: string, i: number): number {
  const c = text[i];
  if (c === '"' || c === "“" || c === "”") return 1;
  if ((c !== "'" && c !== "`") || text[i + 1] !== c) return 0;
  let from = i;
  while (text[from - 1] === c) from--;
  let to = i + 2;
  while (text[to] === c) to++;
  if (to - from === 2) return 2;
  if (to - from !== 3) return 0;
  // A single mark beside a double one: "… 'I'm out.''' he said" closes with the last two.
  const closing = from > 0 && !/\s/.test(text[from - 1]!);
  return i === (closing ? from + 1 : from) ? 2 : 0;
}

/** The text of a paragraph and its index in the text model. */
interface ParagraphText {
  index: number;
  text: string;
}

export interface QuoteSegment {
  /** Index in TextModel.paragraphs. */
  p: number;
  /** Offsets of the quoted words (marks excluded) in the paragraph text. */
  start: number;
  end: number;
  /** Offset of the opening mark, and of the closing mark when there is one. */
  openAt: number;
  closeAt?: number;
  /** Token range of the quoted words: [tokStart, tokEnd). */
  tokStart: number;
  tokEnd: number;
  /** A transcript's turn ("VALDEZ: How long …"): the offsets of the speaker label before the words. */
  label?: { start: number; end: number };
}

type MarkKind = "open" | "close" | "either";

function markKind(text: string, i: number, len: number): MarkKind {
  const c = text[i];
  const before = i > 0 ? text[i - 1]! : " ";
  const after = i + len < text.length ? text[i + len]! : " ";
  const leftOpen = /[\s([{\u2014\u2013/]/.test(before);
  const rightOpen = /[\s)\]}.,;:!?\u2014\u2013]/.test(after);
  // A curly mark typed the wrong way round (“… here,“ said Smith / said ”Yes…): where it
  // stands, against a word on one side and a space on the other, says what it does.
  if (c === "“") return !leftOpen && /[\s)\]}.,;:!?]/.test(after) ? "close" : "open";
  if (c === "”") return /\s/.test(before) && /[\p{L}\p{N}]/u.test(after) ? "open" : "close";
  if (c === "`") return "open";
  if (leftOpen && !rightOpen) return "open";
  if (!leftOpen && rightOpen) return "close";
  return "either";
}

/** The mark at `i` begins a sentence: paragraph start, or after ". " / "? " / ".' ". */
function atSentenceStart(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && /\s/.test(text[j]!)) j--;
  if (j < 0) return true;
  if (j === i - 1) return false;
  while (j >= 0 && /['’)\]]/.test(text[j]!)) j--;
  return j >= 0 && /[.?!…]/.test(text[j]!);
}

/** Offset just after the last sentence end in text[from, to), or -1. */
function lastSentenceEnd(text: string, from: number, to: number): number {
  const re = /[.?!…]+['’)]?(?=\s+["“'‘(]?\p{Lu})/gu;
  re.lastIndex = from;
  let found = -1;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) found = m.index + m[0].length;
  return found;
}

/**
 * A run-on quote that never closes in its paragraph but whose writer closed it with a single
 * mark by mistake ("… a bit more.' The orchestra …"): the offset of that mark, or -1.
 */
function strayCloser(text: string, from: number, to: number): number {
  const slice = text.slice(from, to);
  const close = /[.?!,]['’](?=\s+\p{Lu})/u.exec(slice);
  if (!close) return -1;
  if (/(^|\s)['‘]\p{L}/u.test(slice.slice(0, close.index))) return -1;
  return from + close.index + 1;
}

/**
 * Single-mark pairs of a paragraph that has no double quote marks (or, for ‘…’, has them only
 * inside the pairs: ‘He said, “No,” and left,’ she said), as [open, close] offsets: ‘…’, else
 * '…' (as British, Irish and Australian sites write their quotes: 'We will win,' she said). The opening mark starts a word; the closing one ends a word, so an apostrophe inside a
 * word (don’t) never closes, and a plural possessive before a word (the Smiths’ house) does not
 * either. A straight mark opens only before a letter, so "'90s" never opens; one letter between
 * two marks is an elision (rock 'n' roll); a paragraph that is only a short phrase in single
 * marks is a section heading ('A change warrior.').
 */
function singleQuotePairs(text: string): [number, number][] {
  const [opening, closing] = text.includes("‘") ? ["‘", "’"] : ["'", "'"];
  if (!opensAWord(text, opening)) return [];
  const hasDoubles = /["“”]|''|``/.test(text);
  // Double marks only inside ‘…’ (quotes within quotes, as writers who quote with single marks nest
  // them), or around titles beside the quotes (titlesBeside, below); never beside the wire's ''…''
  // and ``…'', whose marks are made of single ones.
  if (hasDoubles && opening === "'" && /''|``/.test(text)) return [];
  const pairs: [number, number][] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== opening || !/^\p{L}/u.test(text.slice(i + 1, i + 2))) continue;
    if (i > 0 && !/[\s([{:\u2014\u2013/]/.test(text[i - 1]!)) continue;
    for (let j = i + 2; j < text.length; j++) {
      if (opening !== closing && text[j] === opening) break;
      if (text[j] !== closing || /\s/.test(text[j - 1]!)) continue;
      const next = text.slice(j + 1, j + 3);
      if (/^[\p{L}\p{N}]/u.test(next)) continue;
      const possessive = text[j - 1] === "s" && /^\s\p{Ll}/u.test(next);
      // The 'All Golds' side: a name in straight marks ends at its mark all the same.
      if (possessive && !(opening === "'" && isNameLike(text.slice(i + 1, j)))) continue;
      if (j - i <= 2 || isSubhead(text, i, j)) break; // rock 'n' roll
      pairs.push([i, j]);
      i = j;
      break;
    }
  }
  if (!hasDoubles) return pairs;
  const inside = (at: number) => pairs.some(([open, close]) => open < at && at < close);
  const outside: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const len = quoteMarkAt(text, i);
    if (!len) continue;
    if (!inside(i)) outside.push(i);
    i += len - 1;
  }
  if (!outside.length) return pairs;
  return titlesBeside(text, outside, pairs) ? pairs : [];
}

/** Most words a title or scare quote in double marks holds beside quotes in single marks. */
const MAX_TITLE_WORDS = 4;

/**
 * `Mr Jones, who chairs the "Save Our Park" group, said: 'We will fight this.'`: a paper that
 * quotes in single marks puts titles and scare quotes in double ones. The double marks outside the
 * single pairs close in pairs around a few words each, and every single pair holds three words or
 * more; so the single pairs are the paragraph's quotations.
 */
function titlesBeside(text: string, doubles: number[], pairs: [number, number][]): boolean {
  if (doubles.length % 2 !== 0) return false;
  for (let k = 0; k < doubles.length; k += 2) {
    const open = doubles[k]!;
    const inner = text.slice(open + quoteMarkAt(text, open), doubles[k + 1]!).trim();
    if (!inner || inner.split(/\s+/).length > MAX_TITLE_WORDS) return false;
  }
  return pairs.every(
    ([open, close]) =>
      text
        .slice(open + 1, close)
        .trim()
        .split(/\s+/).length >= 3,
  );
}

/** Whether a single mark may open a quote: at the start or after a space, bracket or dash, before a letter. */
function opensAWord(text: string, mark: string): boolean {
  for (let i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + 1))
    if ((i === 0 || /[\s([{:\u2014\u2013/]/.test(text[i - 1]!)) && /\p{L}/u.test(text[i + 1] ?? ""))
      return true;
  return false;
}

/** Capitalised words only: "All Golds", "Angels". */
const isNameLike = (words: string) => /^\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,4}$/u.test(words);

/** A paragraph that is only a short phrase in single marks is a section heading: 'A change warrior.' */
function isSubhead(text: string, open: number, close: number): boolean {
  return (
    open === 0 &&
    /^[.!?]?\s*$/.test(text.slice(close + 1)) &&
    text.slice(open + 1, close).split(/\s+/).length <= 6
  );
}

const DOUBLE_MARK = /["“”]|''|``/;

/** A scare quote or a title is a few words; a quotation is a sentence of its own. */
const MIN_SENTENCE_WORDS = 6;

/**
 * Single marks around a whole sentence ('The line was announced in 2017 and nothing happened.'):
 * a capital first, a stop or comma last, six words or more, not in Title Case. An article that quotes with double
 * marks may still quote so (pasted from a wire that uses single marks, as Indian papers do); a
 * scare quote or a name in single marks is shorter and is no sentence.
 */
function isQuotedSentence(words: string): boolean {
  const list = words.split(/\s+/);
  const capitalised = list.filter((w) => /^\p{Lu}/u.test(w)).length;
  return (
    /^\p{Lu}/u.test(words) &&
    /[.,!?…]$/.test(words) &&
    list.length >= MIN_SENTENCE_WORDS &&
    capitalised * 2 < list.length // a title in Title Case ('A Bridge Too Far For Lorries.') is none
  );
}

/** Quote segments in the paragraphs, each with its unit id (run-on quotes share one). */
export function findQuoteSegments(paragraphs: ParagraphText[]): Map<QuoteSegment, number> {
  const out = new Map<QuoteSegment, number>();
  let nextUnit = 0;
  let pending = -1; // unit left open at the end of the previous paragraph
  let pendingStyle = ""; // the style of the mark that opened it
  const add = (
    p: number,
    openAt: number,
    end: number,
    closeAt: number | undefined,
    unit: number,
  ): QuoteSegment | undefined => {
    const text = paragraphs[p]!.text;
    let start = openAt + (quoteMarkAt(text, openAt) || 1);
    while (start < end && /\s/.test(text[start]!)) start++;
    let e = end;
    while (e > start && /\s/.test(text[e - 1]!)) e--;
    if (e <= start) return undefined;
    const seg: QuoteSegment = { p, start, end: e, openAt, tokStart: 0, tokEnd: 0 };
    if (closeAt !== undefined) seg.closeAt = closeAt;
    out.set(seg, unit);
    return seg;
  };
  // An article quotes in one style: where it quotes with double marks (not only inside single
  // ones), a paragraph's single marks with no double mark beside them are quotes within quotes or
  // scare quotes, not quotations of their own — unless they hold a whole sentence.
  const singlePairs = paragraphs.map((p) => singleQuotePairs(p.text));
  const doubleMarked = paragraphs.some(
    (p, i) => DOUBLE_MARK.test(p.text) && singlePairs[i]!.length === 0,
  );
  const labels = paragraphs.map((p) => speakerLabel(p.text));
  const transcript = labels.filter((l) => l !== undefined).length >= MIN_TRANSCRIPT_TURNS;
  for (const [pi, para] of paragraphs.entries()) {
    const text = para.text;
    const label = labels[pi];
    const quotesInside = DOUBLE_MARK.test(text) || singlePairs[pi]!.length > 0;
    if (pending < 0 && transcript && label !== undefined && !quotesInside) {
      // The words after the label, set off like a block quotation (no mark opens them).
      const seg = add(para.index, label.colon, text.length, undefined, nextUnit++);
      if (seg) {
        seg.openAt = -1;
        seg.label = { start: 0, end: label.colon };
      }
      continue;
    }
    if (pending < 0 && blockQuoted(text, paragraphs[pi - 1]?.text)) {
      add(para.index, -1, text.length, undefined, nextUnit++);
      continue;
    }
    const singles =
      doubleMarked && !DOUBLE_MARK.test(text)
        ? singlePairs[pi]!.filter(([open, close]) => isQuotedSentence(text.slice(open + 1, close)))
        : singlePairs[pi]!;
    if (singles.length) {
      for (const [openAt, closeAt] of singles)
        add(para.index, openAt, closeAt, closeAt, nextUnit++);
      pending = -1;
      continue;
    }
    const marks: { at: number; kind: MarkKind }[] = [];
    for (let i = 0; i < text.length; i++) {
      const len = quoteMarkAt(text, i);
      if (!len) continue;
      marks.push({ at: i, kind: markKind(text, i, len) });
      i += len - 1;
    }
    let open = -1;
    let unit = -1;
    let style = "";
    for (let k = 0; k < marks.length; k++) {
      const { at, kind } = marks[k]!;
      if (open < 0) {
        if (kind === "close") continue;
        open = at;
        // A quote runs on into this paragraph when it opens with a mark of the same style; a
        // block quote in "…" whose last paragraph opens with “ quotes someone inside it.
        const runsOn =
          k === 0 &&
          pending >= 0 &&
          /^\s*$/.test(text.slice(0, at)) &&
          markStyle(text, at) === pendingStyle;
        unit = runsOn ? pending : nextUnit++;
        style = markStyle(text, at);
        continue;
      }
      const startsSentence = atSentenceStart(text, at) && kind !== "close";
      if (kind === "close" || (kind === "either" && !startsSentence)) {
        add(para.index, open, at, at, unit);
        open = -1;
        continue;
      }
      if (startsSentence) {
        // Run-on quote: the paragraph break was lost; the quote goes on.
        add(para.index, open, at, undefined, unit);
        open = at;
        style = markStyle(text, at);
        continue;
      }
      const end = lastSentenceEnd(text, open + 1, at);
      if (end > 0) {
        // The writer forgot the closing mark: the quote ends with its last full sentence.
        add(para.index, open, end, undefined, unit);
        open = at;
        style = markStyle(text, at);
        unit = nextUnit++;
        continue;
      }
      // A quotation inside the quotation: skip to its closing mark.
      let j = k + 1;
      while (j < marks.length && marks[j]!.kind === "open") j++;
      k = j;
    }
    pending = -1;
    if (open >= 0) {
      const stray = strayCloser(text, open + 1, text.length);
      if (stray > 0) add(para.index, open, stray, undefined, unit);
      else {
        add(para.index, open, text.length, undefined, unit);
        pending = unit;
        pendingStyle = style;
      }
    }
  }
  return out;
}

/**
 * A paragraph quoted as a block, without marks, under the paragraph that announces it: "Ashby
 * said:", "She told the BBC:", "He wrote on Facebook:" (live blogs and web pages set a quotation
 * off as a block; its marks are lost with the page's layout). The announcing sentence ends in a
 * colon and has a reporting verb; the block holds no quotation mark and is no list item or markup.
 */
function blockQuoted(text: string, before: string | undefined): boolean {
  if (!before || !/:\s*$/.test(before) || !/^\p{Lu}/u.test(text) || !/[.?!…]$/.test(text.trim()))
    return false;
  if (/["“”‘’`]/.test(text) || /(?:^|\s)'\p{L}/u.test(text)) return false;
  const ws =
    before
      .slice(lastSentenceStart(before))
      .toLowerCase()
      .match(/[\p{L}'’]+/gu) ?? [];
  // The verb ends the line, or only who was told and where follow it ("She told the BBC's Today
  // programme:"); not "… hopes to win:", "… found that:" (a clause of the narration follows).
  let verb = ws.length - 1;
  while (verb >= 0 && !isFrameVerb(ws[verb] ?? "")) verb--;
  return (
    verb >= 0 &&
    ws.length - 1 - verb <= BLOCK_FRAME_TAIL &&
    !/^(?:to|that|if|whether|how|what)$/.test(ws[verb + 1] ?? "") &&
    ws.at(-1) !== "that"
  );
}

/**
 * A transcript's turn: a paragraph opening with a speaker label — one to three words in capitals
 * as broadcast transcripts set them ("VALDEZ:", "SEN. MARY HOLT:"; not "Valdez:", a heading or a
 * list under names), or an interview's "Q:" and "A:" — then a sentence in the first or second
 * person, or a question. An article with at least MIN_TRANSCRIPT_TURNS such paragraphs is a
 * transcript (or a Q&A); the quote finder keeps a turn as a quote only when its label names a
 * person of the article.
 */
function speakerLabel(text: string): { colon: number } | undefined {
  const m = SPEAKER_LABEL.exec(text);
  if (!m) return undefined;
  // Someone speaking says "I", "we", "you" or asks: "Holt: Age 54, a lawyer." (a who's who) or
  // "Barrie: Solid at the back. 7" (player ratings) is the writer's own list under names.
  const turn = text.slice(m[0].length);
  const interview = m[1] === "Q" || m[1] === "A";
  return interview || SPOKEN_TURN.test(turn) ? { colon: m[1]!.length } : undefined;
}

const SPOKEN_TURN = /\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|me|my|we|we're|we’re|us|our|you|your)\b|\?/iu;
const SPEAKER_LABEL =
  /^((?:\p{Lu}[\p{Lu}'’.-]+)(?: \p{Lu}[\p{Lu}'’.-]*){0,2}|[QA]):[ \t]+(?=[\p{Lu}\p{N}‘'"“(])/u;
const MIN_TRANSCRIPT_TURNS = 2;

/** How many words may follow the reporting verb of a line announcing a block quotation. */
const BLOCK_FRAME_TAIL = 5;

/** Offset of the last sentence of a paragraph: after its last ". " / "? " / "! " before a capital. */
function lastSentenceStart(text: string): number {
  const end = lastSentenceEnd(text, 0, text.length);
  return end < 0 ? 0 : end;
}

/** How a mark is typed: straight ("), curly (“ ”) or typewriter ('' ``). */
function markStyle(text: string, at: number): string {
  const c = text[at];
  return c === '"' ? "straight" : c === "“" || c === "”" ? "curly" : "typewriter";
}

/**
 * Typewriter marks shown as typographic ones: ``…'' and ''…'' (wire style) as “…”, a single ` as
 * ‘, and the dash wire texts type as " _ " or " -- " as " — ". Two apostrophes open a quote after a
 * space or a bracket, and close it elsewhere. The words are untouched; only how a reader sees the
 * marks changes.
 */
export function typewriterTypography(text: string): string {
  if (!/``|''|`| _ | -- /.test(text)) return text;
  return text
    .replace(/``/g, "“")
    .replace(/(?<=\S)'''/g, "’”")
    .replace(/''/g, (_m, at: number, s: string) =>
      (at === 0 || /[\s([{—–]/.test(s[at - 1]!)) && /\S/.test(s[at + 2] ?? "") ? "“" : "”",
    )
    .replace(/`/g, "‘")
    .replace(/ (?:_|--) /g, " — ");
}
