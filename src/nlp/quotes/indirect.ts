/** Reported speech: "X said that …", "…, X said.", "According to X, …" (indirect: true). */
import type { Quote } from "../../model/analysis.js";
import {
  introducesClause,
  isParticiple,
  takesAddressee,
  takesNounObject,
} from "../lexicon/reporting-verbs.js";
import { CONNECTIVES } from "../lexicon/function-words.js";
import type { Paragraph } from "../text-model.js";
import type { QuoteContext, Speaker } from "./context.js";
import { mentionCovering } from "./mentions.js";
import { npStartingAt } from "./noun-phrases.js";
import { subjectOf } from "./verb-subject.js";
import { isDayWord, sentenceRange, usedAsVerb } from "./words.js";

/** The reported clause [from, to) of a sentence and who said it. */
interface Report {
  from: number;
  to: number;
  speaker: Speaker;
}

type Range = { start: number; end: number };

/** Reported speech: "X said that …", "…, X said.", "According to X, …". */
export function reportedSpeechIn(
  ctx: QuoteContext,
  p: Paragraph,
  sent: number,
): { quote: Quote; speaker: Speaker } | undefined {
  const toks = p.tokens;
  const range = sentenceRange(p, sent);
  if (!range || mostlyQuoted(p, range)) return undefined;
  let clauseStart = range.start;
  while (
    clauseStart < range.end &&
    (!toks[clauseStart]!.word || CONNECTIVES.has(toks[clauseStart]!.lower))
  )
    clauseStart++;
  for (let k = range.start; k < range.end; k++) {
    const t = toks[k]!;
    if (t.q >= 0 || !t.word) continue;
    const report =
      t.lower === "according" && toks[k + 1]?.lower === "to"
        ? accordingTo(ctx, p, range, clauseStart, k)
        : reportedBy(ctx, p, range, clauseStart, k);
    if (report) return indirect(ctx, p, sent, report.from, report.to, report.speaker);
  }
  return undefined;
}

/** A sentence of quoted words is a direct quote's, not reported speech. */
function mostlyQuoted(p: Paragraph, range: Range): boolean {
  const toks = p.tokens.slice(range.start, range.end);
  const inQuote = toks.filter((t) => t.q >= 0).length;
  const words = toks.filter((t) => t.word).length;
  return words === 0 || inQuote / words > 0.6;
}

/** "According to X, clause." / "clause, according to X." with "according" at k. */
function accordingTo(
  ctx: QuoteContext,
  p: Paragraph,
  range: Range,
  clauseStart: number,
  k: number,
): Report | undefined {
  const toks = p.tokens;
  const sp = npStartingAt(ctx, p, k + 2);
  if (!sp) return undefined;
  const speaker = { ...sp, cue: "according to" };
  let comma = k + 2;
  while (comma < range.end && toks[comma]!.text !== ",") comma++;
  if (k <= clauseStart + 1 && comma < range.end - 2)
    return { from: comma + 1, to: range.end, speaker };
  if (toks[k - 1]?.text === ",") return { from: clauseStart, to: k - 1, speaker };
  return undefined;
}

/** "clause, X said." / "clause, said X." / "X said (that) clause." with a reporting verb at k. */
function reportedBy(
  ctx: QuoteContext,
  p: Paragraph,
  range: Range,
  clauseStart: number,
  k: number,
): Report | undefined {
  const toks = p.tokens;
  const t = toks[k]!;
  if (t.cap || !introducesClause(t.lower) || isParticiple(t.lower) || !usedAsVerb(toks, k))
    return undefined;
  const next = toks[k + 1];
  if (next && (next.text === ":" || next.mark === "open")) return undefined;
  // "Trump, who continues to run up negative numbers": "continue" before an infinitive goes on
  // doing something; it reports nothing ("…," he continued / "He continued that …" still do).
  if (/^continu(?:e|es|ed)$/.test(t.lower) && next?.lower === "to") return undefined;
  // "clause, X said." / "clause, said X."
  const prevComma = commaBefore(p, k, clauseStart);
  if (prevComma >= 0 && restIsAdjunct(ctx, p, k + 1, range.end)) {
    const sp =
      prevComma === k - 1 ? npStartingAt(ctx, p, k + 1) : subjectOf(ctx, p, k, prevComma + 1, true);
    if (sp && prevComma > clauseStart)
      return { from: clauseStart, to: prevComma, speaker: { ...sp, cue: t.lower } };
  }
  // "X said (that) clause."
  const sp = subjectOf(ctx, p, k, range.start, false);
  if (!sp) return undefined;
  const from = clauseAfter(p, k, range.end);
  return from < 0 ? undefined : { from, to: range.end, speaker: { ...sp, cue: t.lower } };
}

/** Where the clause a reporting verb at k reports starts ("told reporters that …"), or -1. */
function clauseAfter(p: Paragraph, k: number, end: number): number {
  const toks = p.tokens;
  let from = k + 1;
  if (takesAddressee(toks[k]!.lower)) {
    let j = from;
    while (
      j < end &&
      j - from < 10 &&
      toks[j]!.lower !== "that" &&
      toks[j]!.text !== "," &&
      toks[j]!.q < 0
    )
      j++;
    if (toks[j]?.lower !== "that") return -1;
    from = j;
  }
  from = afterAdjunct(p, from, end);
  if (from < 0 || takesNounObject(toks[k]!.lower, toks[from]?.lower)) return -1;
  if (toks[from]?.lower === "that") from++;
  if (toks[from]?.mark === "open" || !toks[from]?.word) return -1;
  if (end - from < 4) return -1;
  return from;
}

/**
 * Past the time or place words between a reporting verb and its clause: "said Tuesday (that) …",
 * "said on Friday that …", "said in a statement that …"; -1 when nothing but such words follows
 * ("said Tuesday in an interview.").
 */
function afterAdjunct(p: Paragraph, from: number, end: number): number {
  const toks = p.tokens;
  let j = from;
  if (toks[j]?.lower === "on" && isDayWord(toks[j + 1]?.lower ?? "")) j++;
  while (j < end && isDayWord(toks[j]!.lower)) j++;
  if (j === from && !ADJUNCT_PREPOSITIONS.has(toks[j]?.lower ?? "")) return from;
  if (toks[j]?.lower === "that" || !ADJUNCT_PREPOSITIONS.has(toks[j]?.lower ?? ""))
    return j < end ? j : -1;
  for (let h = j + 1; h < end && h - j <= 10; h++) {
    if (toks[h]!.lower === "that") return h;
    if (toks[h]!.q >= 0 || !toks[h]!.word) break;
  }
  return -1;
}

const ADJUNCT_PREPOSITIONS = new Set(["in", "on", "at", "during", "after", "before"]);

/** The comma just before the speaker of a sentence-final reporting verb: "…, Mr Straw said". */
function commaBefore(p: Paragraph, verb: number, floor: number): number {
  const toks = p.tokens;
  for (let j = verb - 1; j >= floor && verb - j <= 8; j--) {
    const t = toks[j]!;
    if (t.text === ",") return j;
    if (!t.word || t.q >= 0) return -1;
  }
  return -1;
}

/** After the verb only an adjunct remains: "in an interview", "back in April", "on Saturday". */
function restIsAdjunct(ctx: QuoteContext, p: Paragraph, from: number, end: number): boolean {
  const toks = p.tokens;
  let j = from;
  const m = mentionCovering(ctx, p, j, 6);
  if (m && m.start === j) j = m.end;
  if (j >= end) return true;
  const t = toks[j]!;
  if (!t.word)
    return t.text === "." || t.text === "," || t.text === ";" || t.text === "!" || t.text === "?";
  return (
    /^(in|on|at|back|last|yesterday|today|earlier|recently|after|before|during|while|when|as|to|from|this)$/.test(
      t.lower,
    ) && !toks.slice(j, end).some((x) => x.text === ":" || x.mark === "open")
  );
}

function indirect(
  ctx: QuoteContext,
  p: Paragraph,
  sent: number,
  from: number,
  to: number,
  sp: Speaker,
): { quote: Quote; speaker: Speaker } | undefined {
  const toks = p.tokens;
  while (from < to && !toks[from]!.word && toks[from]!.mark !== "open") from++;
  while (
    to > from &&
    !toks[to - 1]!.word &&
    toks[to - 1]!.mark !== "close" &&
    toks[to - 1]!.text !== ")"
  )
    to--;
  if (to - from < 4) return undefined;
  const text = p.text.slice(toks[from]!.start, toks[to - 1]!.end);
  const quote = ctx.makeQuote(text, sp, sent, p.para, false);
  quote.indirect = true;
  return { quote, speaker: sp };
}
