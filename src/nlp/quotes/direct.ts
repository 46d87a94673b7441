/**
 * Direct quotes: each quotation of the text model with its speaker, or none; quoted words used
 * as a term or a title ("a “yes” vote", “Million Dollar Baby”) are no quotes.
 */
import type { Quote } from "../../model/analysis.js";
import { SENTENCE_WORDS } from "../lexicon/function-words.js";
import { isFrameVerb, isNamingWord, VERB_FILLERS } from "../lexicon/reporting-verbs.js";
import type { Paragraph, QuoteUnit } from "../text-model.js";
import { subjectPersonOf } from "./clause-subject.js";
import type { QuoteContext } from "./context.js";
import {
  afterFrame,
  beforeFrame,
  frameAfter,
  frameBefore,
  passiveAgent,
  sentenceSpeaker,
} from "./frames.js";
import { INTRO_WORDS } from "./words.js";

export function directQuote(ctx: QuoteContext, unit: QuoteUnit): Quote | undefined {
  const first = unit.segments[0]!;
  const last = unit.segments[unit.segments.length - 1]!;
  const p0 = ctx.model.paragraphs[first.p]!;
  const pN = ctx.model.paragraphs[last.p]!;
  const openTok = first.tokStart - 1;
  const sent =
    p0.tokens[first.tokStart]?.sent ?? p0.tokens[openTok]?.sent ?? p0.sentences[0]!.index;
  const endSent = pN.tokens[Math.max(last.tokStart, last.tokEnd - 1)]?.sent ?? sent;
  const text = unit.text.replace(/[\s,;:–—-]+$/u, "");
  if (!/[\p{L}\p{N}]/u.test(text)) return undefined;

  const before = frameBefore(ctx, p0, openTok);
  const after = last.closeAt !== undefined ? frameAfter(ctx, pN, last.tokEnd + 1) : [];
  const lastBefore = before[before.length - 1];
  // Words quoted inside a sentence, not after "X said:" or at its start.
  let partial =
    before.some((t) => t.word && !INTRO_WORDS.has(t.lower)) &&
    lastBefore?.text !== ":" &&
    !(lastBefore?.word && isFrameVerb(lastBefore.lower));
  const standalone =
    before.filter((t) => t.word && !INTRO_WORDS.has(t.lower)).length === 0 && after.length === 0;
  const words = text.split(/\s+/).length;

  // Quoted words used as a term: "a “yes” vote", "known as an “aggregator”".
  if (
    partial &&
    (isTitle(text) ||
      (words <= 3 && (termCue(ctx, p0, openTok) || usedAsModifier(ctx, p0, openTok, last.tokEnd))))
  )
    return undefined;

  let speaker = afterFrame(ctx, pN, after);
  if (!speaker) {
    speaker = beforeFrame(ctx, p0, before);
    // "…," he adds, with a wry chuckle, "…": the second part is no partial quote.
    if (speaker) partial = false;
  }
  let framed = !!speaker;
  if (!speaker)
    speaker =
      passiveAgent(ctx, pN, last.tokEnd + 1) ?? sentenceSpeaker(ctx, p0, sent, first.tokStart);
  if (!speaker && standalone) {
    // A quote standing alone goes on from the sentence before: its speaker, else its subject.
    const prev = ctx.speakerIn.get(sent - 1) ?? subjectPersonOf(ctx, sent - 1);
    if (prev) speaker = { ...prev, cue: undefined };
    framed = !!speaker;
  }
  const sentenceLike = /^[\p{Lu}'‘"“]/u.test(text) && /[.?!…]['’"”)]?$/.test(unit.text.trim());
  // Short quoted words nobody is said to have said are terms or titles, not quotes.
  if (!speaker && words < 5 && !sentenceLike && lastBefore?.text !== ":") return undefined;
  if (speaker && framed) {
    ctx.speakerIn.set(sent, speaker);
    ctx.speakerIn.set(endSent, speaker);
  }
  return ctx.makeQuote(text, speaker, sent, p0.para, partial);
}

/** "known as an “aggregator”", "the so-called “knowledge-based economy”". */
function termCue(ctx: QuoteContext, p: Paragraph, openTok: number): boolean {
  const words: string[] = [];
  for (let i = openTok - 1; i >= 0 && words.length < 2; i--) {
    const t = p.tokens[i]!;
    if (t.word && !/^(a|an|the)$/.test(t.lower)) words.push(t.lower);
  }
  return isNamingWord(words[0] ?? "") || (words[0] === "as" && isNamingWord(words[1] ?? ""));
}

/** "a “yes” vote", "the “failing” agency": quoted words standing before a noun. */
function usedAsModifier(
  ctx: QuoteContext,
  p: Paragraph,
  openTok: number,
  afterTok: number,
): boolean {
  const prev = p.tokens[openTok - 1];
  const next = p.tokens[afterTok + 1];
  if (!prev || !/^(a|an|the)$/.test(prev.lower) || !next || !next.word || next.cap) return false;
  return (
    !isFrameVerb(next.lower) &&
    !VERB_FILLERS.has(next.lower) &&
    !SENTENCE_WORDS.has(next.lower) &&
    !/ed$/.test(next.lower)
  );
}

/** "Million Dollar Baby", "The Ticket": a quoted title, every main word capitalised. */
function isTitle(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 2 || words.length > 10 || /[.?!,]/.test(text)) return false;
  const main = words.filter((w) => w.length > 3);
  return main.length > 0 && main.every((w) => /^\p{Lu}/u.test(w));
}
