/**
 * The frame around a direct quote — the narration before and after it in its sentence ("…,"
 * Mr Smith said; X told reporters: "…") — and the speaker it names, else the speaker of the
 * quote's sentence.
 */
import { PREPOSITIONS } from "../lexicon/function-words.js";
import {
  framesQuoteBefore,
  isFrameVerb,
  isParticiple,
  isSpeechVerb,
  takesAddressee,
} from "../lexicon/reporting-verbs.js";
import type { Paragraph, Token } from "../text-model.js";
import { clauseSubject, subjectPersonOf } from "./clause-subject.js";
import { isPersonId, type QuoteContext, type Speaker } from "./context.js";
import { onlyRoleWords } from "./mentions.js";
import { npStartingAt } from "./noun-phrases.js";
import { invertedAtEnd, participleSubject, subjectOf } from "./verb-subject.js";
import { cueOf, sentenceRange, usedAsVerb } from "./words.js";

/** Narration tokens of the open mark's sentence before it (after any earlier quote in the sentence). */
export function frameBefore(p: Paragraph, openTok: number): Token[] {
  const toks = p.tokens;
  const open = toks[openTok];
  if (!open) return [];
  const out: Token[] = [];
  for (let i = openTok - 1; i >= 0; i--) {
    const t = toks[i]!;
    if (t.sent !== open.sent || t.mark === "close" || t.q >= 0) break;
    out.unshift(t);
  }
  return out;
}

/** Narration tokens after the closing mark, to the end of its sentence or the next quote. */
export function frameAfter(p: Paragraph, from: number): Token[] {
  const toks = p.tokens;
  // The quote's sentence; or the next one when the quote ended with "!" or "?" and that
  // sentence is only its frame ("…NOW!" Trump said on Twitter.).
  const sent = onlyFrameAfterExclamation(toks, from) ? toks[from]!.sent : toks[from - 1]?.sent;
  const out: Token[] = [];
  for (let i = from; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.mark === "open" || t.q >= 0) break;
    if (sent !== undefined && t.sent !== sent && t.word) break;
    out.push(t);
  }
  // A frame is the words right after the quote ("…," he said); a new sentence is not one.
  const firstWord = out.find((t) => t.word);
  const crossed = sent !== toks[from - 1]?.sent;
  if (firstWord && firstWord.cap && firstWord.first && !crossed) return [];
  return out;
}

/** `"…!" Dawson shouted.`, `"…?" Trump said on Twitter.`: a name, a reporting verb, then no clause. */
function onlyFrameAfterExclamation(toks: Token[], from: number): boolean {
  const closing = toks[from - 1];
  const last = toks[from - 2];
  if (closing?.mark !== "close" || !last || !/^[!?]$/.test(last.text)) return false;
  let k = from;
  // "Mr. Trump wrote": the stop after a short title is part of the name.
  const titleStop = (j: number) =>
    toks[j]?.text === "." && !!toks[j - 1]?.cap && toks[j - 1]!.text.length <= 3;
  while (((toks[k]?.word && toks[k]!.cap) || titleStop(k)) && k - from < 6) k++;
  if (k === from) return false;
  // "Miller, a retired worker from a nuclear plant, said …": over an apposition.
  if (toks[k]?.text === ",") {
    let j = k + 1;
    while (
      toks[j] &&
      toks[j]!.text !== "," &&
      toks[j]!.q < 0 &&
      toks[j]!.mark === undefined &&
      j - k < 15
    )
      j++;
    if (toks[j]?.text !== ",") return false;
    k = j + 1;
  }
  const verb = toks[k];
  if (!verb?.word || verb.cap || !isFrameVerb(verb.lower)) return false;
  const next = toks[k + 1];
  return !next || !next.word || PREPOSITIONS.has(next.lower) || /ly$/.test(next.lower);
}

/** "…," Mr Smith said / "…," said Mr Smith / "…," the president stressed. */
export function afterFrame(ctx: QuoteContext, p: Paragraph, frame: Token[]): Speaker | undefined {
  if (!frame.some((t) => t.word)) return undefined;
  // "Reminded that Ferguson called him “a disgrace”, Wenger added: “…”": that frame is the next quote's;
  // but in "“…,” Adams said, adding: “…”" the words before ", adding:" are this quote's frame.
  if (frame[frame.length - 1]!.text === ":") {
    const n = frame.length;
    const participle = frame[n - 2];
    const speechParticiple =
      !!participle?.word && isParticiple(participle.lower) && isFrameVerb(participle.lower);
    if (frame[n - 3]?.text !== "," || !speechParticiple) return undefined;
    frame = frame.slice(0, n - 3);
    if (!frame.some((t) => t.word)) return undefined;
  }
  const toks = p.tokens;
  let i = toks.indexOf(frame[0]!);
  // An attribution line: "…" — Maria Lopez / "…" ― Maria Lopez, a voter.
  const dash =
    /^(—|―|–)$/.test(toks[i]?.text ?? "") || (toks[i]?.text === "-" && toks[i + 1]?.text === "-");
  while (toks[i] && !toks[i]!.word) i++;
  const w0 = toks[i];
  if (!w0) return undefined;
  if (dash) {
    const m = ctx.mentionStartingAt(p, i);
    if (m?.entity && isPersonId(m.entity)) return { entity: m.entity, start: m.start };
  }
  // "…," said one voter; not "…," saying the city …: a participle opens a clause.
  if (!w0.cap && isFrameVerb(w0.lower) && !isParticiple(w0.lower)) {
    const sp = npStartingAt(ctx, p, i + 1);
    return sp ? { ...sp, cue: cueOf(toks, i) } : undefined;
  }
  // The speaker starts the frame and a reporting verb follows within a few words.
  for (let k = i; k < toks.length && k - i <= 30; k++) {
    const t = toks[k]!;
    if (t.mark || t.sent !== w0.sent) break;
    if (!t.word || t.cap || !framesQuoteBefore(t.lower) || !usedAsVerb(toks, k)) continue;
    if (isParticiple(t.lower) && toks[k - 1]?.lower !== "as") continue;
    const sp = subjectOf(ctx, p, k, i, true);
    // The speaker's words open the frame ("…," Mr Smith said), maybe after role words ("…," BT chief executive Ben Verwaayen said).
    if (!sp || (sp.start !== undefined && !onlyRoleWords(p, i, sp.start))) break;
    return { ...sp, cue: cueOf(toks, k) };
  }
  return undefined;
}

/** X said: "…" / X told reporters: "…" / …, saying: "…" / "…," he adds, "…". */
export function beforeFrame(ctx: QuoteContext, p: Paragraph, frame: Token[]): Speaker | undefined {
  if (frame.length === 0) return undefined;
  const toks = p.tokens;
  const lastTok = frame[frame.length - 1]!;
  const endsWithCue =
    lastTok.text === ":" || lastTok.text === "," || (lastTok.word && isFrameVerb(lastTok.lower));
  if (!endsWithCue) return undefined;
  const start = toks.indexOf(frame[0]!);
  for (let k = toks.indexOf(lastTok); k >= start; k--) {
    const t = toks[k]!;
    if (!t.word || t.cap || !isFrameVerb(t.lower) || !usedAsVerb(toks, k)) continue;
    if (isParticiple(t.lower)) {
      const sp = participleSubject(ctx, p, k, start);
      return sp ? { ...sp, cue: t.lower } : undefined;
    }
    // "X told reporters: …": who is told is not who speaks.
    const sp =
      subjectOf(ctx, p, k, start, true) ??
      (takesAddressee(t.lower) ? undefined : npStartingAt(ctx, p, k + 1));
    return sp ? { ...sp, cue: cueOf(toks, k) } : undefined;
  }
  if (lastTok.text === ":") {
    const sp = clauseSubject(ctx, p, toks.indexOf(lastTok));
    if (sp) return sp;
  }
  return undefined;
}

/** `"…" by the Football Association`: the agent of a passive verb just before. */
export function passiveAgent(ctx: QuoteContext, p: Paragraph, from: number): Speaker | undefined {
  const toks = p.tokens;
  if (toks[from]?.lower !== "by") return undefined;
  const m = ctx.mentionStartingAt(p, from + 1) ?? ctx.mentionStartingAt(p, from + 2);
  return m?.entity ? { entity: m.entity, start: m.start } : undefined;
}

/** For a quote inside a sentence: "according to X", the subject of the sentence's reporting verb, or its subject. */
export function sentenceSpeaker(
  ctx: QuoteContext,
  p: Paragraph,
  sent: number,
  quoteTok: number,
): Speaker | undefined {
  const toks = p.tokens;
  const range = sentenceRange(p, sent);
  if (!range) return undefined;
  let after: Speaker | undefined;
  for (let k = range.start; k < range.end; k++) {
    const t = toks[k]!;
    if (t.q >= 0 || !t.word) continue;
    let sp: Speaker | undefined;
    if (t.lower === "according" && toks[k + 1]?.lower === "to") {
      sp = npStartingAt(ctx, p, k + 2);
      if (sp) sp = { ...sp, cue: "according to" };
    } else if (!t.cap && isSpeechVerb(t.lower) && usedAsVerb(toks, k)) {
      sp = isParticiple(t.lower)
        ? participleSubject(ctx, p, k, range.start)
        : (subjectOf(ctx, p, k, range.start, false) ?? invertedAtEnd(ctx, p, k));
      if (sp) sp = { ...sp, cue: cueOf(toks, k) };
    }
    if (!sp) continue;
    // The first reporting verb before the quote (the main clause's) wins; one after it only when none comes before.
    if (k < quoteTok) return sp;
    after ??= sp;
  }
  if (after) return after;
  // No reporting verb: the sentence's subject, when it is a person ("Lucas welcomed Blair's “courage”").
  const subject = subjectPersonOf(ctx, sent);
  if (subject?.start !== undefined && subject.start < quoteTok) return subject;
  return undefined;
}
