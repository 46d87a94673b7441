/**
 * What a date anchors: the clause of its sentence that holds it, shortened to a readable
 * line. Plain rules on punctuation and function words; no parser, so it stays fast on every
 * sentence.
 */

/** At most this many words in an event line. */
const MAX_WORDS = 26;
/** A clause shorter than this is joined with its neighbour. */
const MIN_WORDS = 6;

interface Piece {
  start: number;
  end: number;
}

const wordCount = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** The event line for the date at [start, end) of the sentence. */
export function eventText(sentence: string, start: number, end: number): string {
  // A run-on "sentence" of many hundred characters: work on the stretch around the date only.
  if (sentence.length > LONG) {
    let a = Math.max(0, start - LONG / 2);
    let b = Math.min(sentence.length, end + LONG / 2);
    if (a > 0) a = sentence.indexOf(" ", a) + 1 || start;
    if (b < sentence.length) b = Math.max(end, sentence.lastIndexOf(" ", b));
    return eventIn(sentence.slice(a, b), start - a, end - a, a > 0, b < sentence.length);
  }
  return eventIn(sentence, start, end, false, false);
}

/** Longer sentences are cut to this many characters around the date first. */
const LONG = 600;

function eventIn(
  sentence: string,
  start: number,
  end: number,
  cutBefore: boolean,
  cutAfter: boolean,
): string {
  const kept = withoutAsides(sentence, start, end);
  const text = kept.map((p) => sentence.slice(p.start, p.end)).join("");
  // Offsets of the date in the shortened text.
  const shift = (offset: number) => {
    let out = 0;
    for (const p of kept) {
      if (offset >= p.end) out += p.end - p.start;
      else {
        out += Math.max(0, offset - p.start);
        break;
      }
    }
    return out;
  };
  const dStart = shift(start);
  const dEnd = shift(end);
  const clause = clauseAround(text, dStart, dEnd);
  const clauseText = text.slice(clause.start, clause.end);
  const atStart = (p: Piece) => cutBefore && p.start === 0;
  const atEnd = (p: Piece) => cutAfter && p.end === text.length;
  if (wordCount(clauseText) <= MAX_WORDS) return tidy(clauseText, atStart(clause), atEnd(clause));
  const window = commaWindow(text, clause, dStart, dEnd);
  return tidy(
    text.slice(window.start, window.end),
    window.start > clause.start || atStart(window),
    window.end < clause.end || atEnd(window),
  );
}

/** Removes parentheses and who/which clauses between commas that do not hold the date. */
function withoutAsides(sentence: string, start: number, end: number): Piece[] {
  const cuts: Piece[] = [];
  for (const m of sentence.matchAll(/\s*\([^()]*\)/g))
    cuts.push({ start: m.index, end: m.index + m[0].length });
  // ", which employs 6,000 people," goes with both its commas: "MG Rover produced …".
  for (const m of sentence.matchAll(
    /,\s+(?:who|which|whose|whom)\b(?:[^,;:()]|,(?=\d))*(?:,(?=\s)|(?=$|\.$))/g,
  )) {
    cuts.push({ start: m.index, end: m.index + m[0].length });
  }
  const free = cuts
    .filter((c) => c.end <= start || c.start >= end)
    .sort((a, b) => a.start - b.start);
  const kept: Piece[] = [];
  let at = 0;
  for (const c of free) {
    if (c.start < at) continue;
    if (wordCount(sentence) - wordCount(sentence.slice(c.start, c.end)) < MIN_WORDS) continue;
    kept.push({ start: at, end: c.start });
    at = c.end;
  }
  kept.push({ start: at, end: sentence.length });
  return kept.filter((p) => p.end > p.start);
}

const STRONG_BREAK =
  /;\s+|\s+[–—]\s+|,\s+(?=(?:and|but|while|as|although|though|because|whereas|so|yet|after|before|when|since|with|adding|saying|meaning|leaving|despite)\b)/g;

/** The clause (between strong breaks) holding the date, joined with a neighbour when too short. */
function clauseAround(text: string, dStart: number, dEnd: number): Piece {
  const bounds = [0];
  for (const m of text.matchAll(STRONG_BREAK)) {
    if (m.index >= dStart && m.index < dEnd) continue;
    bounds.push(m.index, m.index + m[0].length);
  }
  bounds.push(text.length);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < bounds.length; i += 2)
    pieces.push({ start: bounds[i]!, end: bounds[i + 1]! });
  let k = pieces.findIndex((p) => dStart >= p.start && dStart < p.end);
  if (k < 0) k = pieces.length - 1;
  let { start, end } = pieces[k]!;
  while (wordCount(text.slice(start, end)) < MIN_WORDS) {
    const before = pieces.filter((p) => p.end <= start && p.start < start).pop();
    const after = pieces.find((p) => p.start >= end && p.end > end);
    if (before) start = before.start;
    else if (after) end = after.end;
    else break;
  }
  return { start, end };
}

/** Inside a long clause: the comma-separated stretch around the date, grown while it fits. */
function commaWindow(text: string, clause: Piece, dStart: number, dEnd: number): Piece {
  const cuts = [clause.start];
  for (const m of text.slice(clause.start, clause.end).matchAll(/,\s+/g)) {
    const at = clause.start + m.index;
    if (at >= dStart && at < dEnd) continue;
    cuts.push(at, at + m[0].length);
  }
  cuts.push(clause.end);
  const segs: Piece[] = [];
  for (let i = 0; i + 1 < cuts.length; i += 2) segs.push({ start: cuts[i]!, end: cuts[i + 1]! });
  let k = segs.findIndex((s) => dStart >= s.start && dStart < s.end);
  if (k < 0) k = 0;
  let lo = k;
  let hi = k;
  const words = () => wordCount(text.slice(segs[lo]!.start, segs[hi]!.end));
  while (words() < 7) {
    if (
      hi + 1 < segs.length &&
      wordCount(text.slice(segs[lo]!.start, segs[hi + 1]!.end)) <= MAX_WORDS
    )
      hi++;
    else if (lo > 0 && wordCount(text.slice(segs[lo - 1]!.start, segs[hi]!.end)) <= MAX_WORDS) lo--;
    else break;
  }
  let piece = { start: segs[lo]!.start, end: segs[hi]!.end };
  const n = wordCount(text.slice(piece.start, piece.end));
  // "Last July, <a long clause>": a stub of a few words takes the start of its long neighbour.
  if (n < MIN_WORDS && (hi + 1 < segs.length || lo > 0)) {
    piece =
      hi + 1 < segs.length
        ? { start: piece.start, end: segs[hi + 1]!.end }
        : { start: segs[lo - 1]!.start, end: piece.end };
  }
  if (wordCount(text.slice(piece.start, piece.end)) > MAX_WORDS)
    piece = wordWindow(text, piece, dStart, dEnd);
  return piece;
}

/** Last resort: MAX_WORDS words around the date. */
function wordWindow(text: string, piece: Piece, dStart: number, dEnd: number): Piece {
  const spans = [...text.slice(piece.start, piece.end).matchAll(/\S+/g)].map((m) => ({
    start: piece.start + m.index,
    end: piece.start + m.index + m[0].length,
  }));
  if (!spans.length) return piece;
  let first = spans.findIndex((s) => s.end > dStart);
  let last = spans.findIndex((s) => s.end >= dEnd);
  if (first < 0) first = 0;
  if (last < 0) last = spans.length - 1;
  while (last - first + 1 < MAX_WORDS && (first > 0 || last < spans.length - 1)) {
    if (first > 0 && (last - first) % 3 !== 2) first--;
    else if (last < spans.length - 1) last++;
    else first--;
  }
  return { start: spans[first]!.start, end: spans[last]!.end };
}

function tidy(raw: string, cutStart: boolean, cutEnd: boolean): string {
  let s = raw.replace(/\s+/g, " ").trim();
  s = s.replace(/^(?:and|but|while|as|although|though|because|whereas|so|yet)\s+/i, "");
  s = s.replace(/[\s,;:–—-]+$/, "").replace(/(?<![A-Z])\.$/, "");
  s = balanceQuotes(s);
  if (!cutStart) s = s.charAt(0).toUpperCase() + s.slice(1);
  if (cutStart) s = `…${s}`;
  if (cutEnd) s = `${s.replace(/[.!?]+$/, "")}…`;
  return s;
}

/** Drops a quotation mark left open (or closed) by shortening. */
function balanceQuotes(s: string): string {
  const open = (s.match(/“/g) ?? []).length;
  const close = (s.match(/”/g) ?? []).length;
  if (open > close && s.trimStart().startsWith("“")) return s.replace(/^(\s*)“/, "$1");
  if (close > open && s.endsWith("”")) return s.slice(0, -1);
  const straight = (s.match(/"/g) ?? []).length;
  if (straight % 2 === 1) {
    if (s.startsWith('"')) return s.slice(1);
    if (s.endsWith('"')) return s.slice(0, -1);
  }
  return s;
}
