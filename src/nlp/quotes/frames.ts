/**
 * The frame around a direct quote — the narration before and after it in its sentence ("…,"
 * Mr Smith said; X told reporters: "…") — and the speaker it names, else the speaker of the
 * quote's sentence.
 */
import {
  CONJUNCTIONS,
  DETERMINERS,
  PASSIVE_AUXILIARIES,
  PREPOSITIONS,
} from "../lexicon/function-words.js";
import {
  framesQuoteBefore,
  isFrameParticiple,
  isFrameVerb,
  isInversionVerb,
  isParticiple,
  isSpeechVerb,
  takesAddressee,
  takesNounObject,
  VERB_FILLERS,
} from "../lexicon/reporting-verbs.js";
import { lemma } from "../lexicon/irregular-verbs.js";
import { isWordAs } from "../lexicon/wordnet.js";
import type { Paragraph, Token } from "../text-model.js";
import { clauseSubject, subjectPersonOf } from "./clause-subject.js";
import { isPersonId, type QuoteContext, type Speaker } from "./context.js";
import { onlyRoleWords } from "./mentions.js";
import { descriptionBefore } from "./description-phrase.js";
import { npStartingAt } from "./noun-phrases.js";
import {
  invertedAtEnd,
  isAdverb,
  participleSubject,
  quotedAsSaying,
  subjectOf,
} from "./verb-subject.js";
import { cueOf, isDayWord, sentenceRange, usedAsVerb } from "./words.js";

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
  // The quote's sentence; or the next one when the quote ended with a stop, "!" or "?" and that
  // sentence is only its frame ("…NOW!" Trump said on Twitter.).
  const sent = onlyFrameSentenceAfter(toks, from) ? toks[from]!.sent : toks[from - 1]?.sent;
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

/**
 * `"…!" Dawson shouted.`, `"…?" Trump said on Twitter.`, `"…." Trump said.`: a sentence of only
 * a name, a reporting verb and what may follow a frame (a time, a place, a clause of its own:
 * "said as he launched the vote"), never what was said ("Trump said the polls are wrong").
 */
function onlyFrameSentenceAfter(toks: Token[], from: number): boolean {
  const closing = toks[from - 1];
  // "…‘What kind of help do you need?’” Weaver said.": past a quote inside the quote.
  let end = from - 2;
  while (/^['’]$/.test(toks[end]?.text ?? "")) end--;
  const last = toks[end];
  if (closing?.mark !== "close" || !last || !/^[!?.…]$/.test(last.text)) return false;
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
  // `"…?" Beck questioned.`, `"…!" Lee bellowed.`: a verb no list has, in WordNet, that ends the
  // sentence (not `The Inland Empire refers to …`, `Another advised, “…”`).
  const otherVerb =
    !!verb?.word &&
    !verb.cap &&
    isFiniteVerb(verb.lower) &&
    /^[.!?]$/.test(toks[k + 1]?.text ?? ".") &&
    toks[k + 1]?.mark === undefined;
  if (!verb?.word || verb.cap || (!isFrameVerb(verb.lower) && !otherVerb)) return false;
  // `"…." That quote from Tom Reyes appeared …`: after a determiner the word is a noun.
  if (!usedAsVerb(toks, k)) return false;
  const next = toks[k + 1];
  // `"…?" Trump asked reporters.`: the one told or asked may follow.
  // `"…?" Obama asked Republican lawmakers.`: capitalised too.
  if ((takesAddressee(verb.lower) || verb.lower === "asked") && next?.word) return true;
  // `Mr. Zahed said: "…"`: the frame of the quote that follows.
  if (next?.text === ":" || next?.mark === "open") return false;
  return (
    !next ||
    !next.word ||
    PREPOSITIONS.has(next.lower) ||
    /^(as|while|when|before|after)$/.test(next.lower) ||
    isDayWord(next.lower) ||
    /ly$/.test(next.lower)
  );
}

/** "…," Mr Smith said / "…," said Mr Smith / "…," the president stressed. */
export function afterFrame(
  ctx: QuoteContext,
  p: Paragraph,
  frame: Token[],
  opensSentence = false,
): Speaker | undefined {
  if (!frame.some((t) => t.word)) return undefined;
  // "Reminded that Ferguson called him “a disgrace”, Wenger added: “…”": that frame is the next quote's;
  // but in "“…,” Adams said, adding: “…”" the words before ", adding:" are this quote's frame.
  if (frame[frame.length - 1]!.text === ":") {
    const n = frame.length;
    const participle = frame[n - 2];
    const speechParticiple =
      !!participle?.word && isParticiple(participle.lower) && frameVerbBefore(participle.lower);
    if (frame[n - 3]?.text !== "," || !speechParticiple) return undefined;
    frame = frame.slice(0, n - 3);
    if (!frame.some((t) => t.word)) return undefined;
  }
  const toks = p.tokens;
  let i = toks.indexOf(frame[0]!);
  // `"…" — Maria Lopez`: a quote that opens its sentence signed after a dash; not the reporter's
  // sign-off after narration (`Rajoy said his party was "…"--Kim Hjelmgaard.`).
  const dashed = opensSentence ? dashAttribution(ctx, p, i) : undefined;
  if (dashed) return dashed;
  while (toks[i] && !toks[i]!.word) i++;
  const w0 = toks[i];
  if (!w0) return undefined;
  // "…," said one voter, and after a quote that opens its sentence "…," opined the Plain
  // Dealer (a verb of communication in WordNet); not "…," saying the city …: a participle opens a clause.
  const inverts = isFrameVerb(w0.lower) || (opensSentence && framesQuoteBefore(w0.lower));
  if (!w0.cap && inverts && !isParticiple(w0.lower)) {
    const sp = npStartingAt(ctx, p, i + 1);
    return sp ? { ...sp, cue: cueOf(toks, i) } : undefined;
  }
  // The speaker starts the frame and a reporting verb follows within a few words.
  for (let k = i; k < toks.length && k - i <= 30; k++) {
    const t = toks[k]!;
    if (t.mark || t.sent !== w0.sent) break;
    if (!t.word || t.cap || !usedAsVerb(toks, k)) continue;
    if (!framesQuoteBefore(t.lower) && !isFrameParticiple(t.lower)) continue;
    if (isParticiple(t.lower) && toks[k - 1]?.lower !== "as") {
      const heard = perceivedSpeaker(ctx, p, k, i);
      if (heard) return { ...heard, cue: t.lower };
      continue;
    }
    const quoted = quotedAsSaying(ctx, p, k);
    if (quoted) return quoted;
    // "…," Jeffrey Lewis of the James Martin Center for Nonproliferation Studies wrote.
    const opener = openingMention(ctx, p, i, k);
    if (opener?.entity && isPersonId(opener.entity) && affiliationBetween(toks, opener.end, k))
      return { entity: opener.entity, start: opener.start, cue: cueOf(toks, k) };
    const sp = subjectOf(ctx, p, k, i, true);
    // The speaker's words open the frame ("…," Mr Smith said), maybe after role words ("…," BT chief executive Ben Verwaayen said).
    if (!sp || (sp.start !== undefined && !onlyRoleWords(p, i, sp.start))) break;
    return { ...sp, cue: cueOf(toks, k) };
  }
  return personThenVerb(ctx, p, i) ?? nameBeforeQuotedAside(ctx, p, i);
}

/** Words of a passive of perceiving before a participle: "can be heard asking", "was caught on tape saying". */
const PERCEIVED = /^(?:heard|overheard|seen|caught|recorded|filmed|shown|captured|videotaped)$/;
const PASSIVE_BE = /^(?:be|been|being|is|are|was|were|can|could|may|might|will|would)$/;

/**
 * `"…?" a reporter can be heard asking Trump`, `"…," Lee was caught on tape telling an aide`: the
 * one heard (or seen, caught, recorded) saying it, the passive's subject, opening the frame at `i`.
 */
function perceivedSpeaker(
  ctx: QuoteContext,
  p: Paragraph,
  k: number,
  i: number,
): Speaker | undefined {
  const toks = p.tokens;
  let j = k - 1;
  // "caught on tape saying", "heard on video asking".
  while (j > i && k - j <= 3 && /^(?:on|in|tape|camera|video|audio|film)$/.test(toks[j]!.lower))
    j--;
  if (!PERCEIVED.test(toks[j]?.lower ?? "")) return undefined;
  let h = j - 1;
  while (h > i && PASSIVE_BE.test(toks[h]!.lower)) h--;
  if (h === j - 1) return undefined;
  const sp = subjectOf(ctx, p, h + 1, i, true);
  return sp && (sp.start === undefined || onlyRoleWords(p, i, sp.start)) ? sp : undefined;
}

/**
 * `"…," delegate Bill Easton, wearing a cowboy hat and “Vote Easton” pins, said`: the name that
 * opens the frame (after role words), an aside in commas that quotes a few words of its own (a
 * slogan, a sign, a title), then the reporting verb. The quote marks in the aside end the frame
 * before its verb; the aside is read through to the comma that closes it.
 */
function nameBeforeQuotedAside(ctx: QuoteContext, p: Paragraph, i: number): Speaker | undefined {
  const toks = p.tokens;
  const sent = toks[i]!.sent;
  let m;
  for (let j = i; j < toks.length && j - i <= 5 && !m; j++) {
    m = ctx.mentionStartingAt(p, j);
    // "Texas delegate Bill Easton": a place or a body among the role words is one of them.
    if (m?.entity && !isPersonId(m.entity)) [j, m] = [m.end - 1, undefined];
  }
  if (!m?.entity || !isPersonId(m.entity) || (m.start > i && !onlyRoleWords(p, i, m.start)))
    return undefined;
  if (toks[m.end]?.text !== ",") return undefined;
  let quoted = false;
  for (let k = m.end + 1; k < toks.length && k - m.end <= 30; k++) {
    const t = toks[k]!;
    if (t.sent !== sent) return undefined;
    if (t.q >= 0 || t.mark) {
      quoted = true;
      continue;
    }
    if (t.text !== ",") continue;
    const v = toks[k + 1];
    const said = !!v?.word && !v.cap && isFrameVerb(v.lower) && !isParticiple(v.lower);
    return quoted && said ? { entity: m.entity, start: m.start, cue: v.lower } : undefined;
  }
  return undefined;
}

/**
 * `"… more. The material shows …," according to Judicial Watch.`: the source named right after
 * the quote (the caller makes sure the quote opens its sentence, so this is its only frame).
 */
export function accordingToAfter(
  ctx: QuoteContext,
  p: Paragraph,
  frame: Token[],
): Speaker | undefined {
  const toks = p.tokens;
  const first = frame.find((t) => t.word);
  const i = first ? toks.indexOf(first) : -1;
  if (first?.lower !== "according" || toks[i + 1]?.lower !== "to") return undefined;
  const sp = npStartingAt(ctx, p, i + 2);
  return sp ? { ...sp, cue: "according to" } : undefined;
}

/** The first mention of the frame [i, k), after role words only ("former Gov. Jeb Bush of Florida"). */
function openingMention(ctx: QuoteContext, p: Paragraph, i: number, k: number) {
  for (let j = i; j < k; j++) {
    const m = ctx.mentionStartingAt(p, j);
    if (m) return j === i || onlyRoleWords(p, i, j) || timeModifiers(p, i, j) ? m : undefined;
  }
  return undefined;
}

/**
 * A paragraph of its own that attributes the quote paragraph before it — `"…"` then `- Bernie
 * Sanders.` or `— Maria Lopez, a voter` — as fact checks and quote round-ups write them: the
 * person named right after the dash, when the quote ends its paragraph.
 */
export function attributionLineAfter(
  ctx: QuoteContext,
  p: Paragraph,
  afterClose: number,
): Speaker | undefined {
  if (p.tokens.slice(afterClose).some((t) => t.word)) return undefined;
  const next = ctx.model.paragraphs[p.index + 1];
  return next && dashAttribution(ctx, next, 0);
}

/**
 * An attribution line: `— Maria Lopez`, `-- Bernie Sanders.`, `― Maria Lopez, a voter`, `— Smith
 * on Twitter`: the person named right after the dash at `from`, the name ending the line or
 * followed by punctuation or a preposition.
 */
function dashAttribution(ctx: QuoteContext, p: Paragraph, from: number): Speaker | undefined {
  const toks = p.tokens;
  let i = from;
  while (/^(—|―|–|-)$/.test(toks[i]?.text ?? "") && i - from < 2) i++;
  if (i === from) return undefined;
  const m = ctx.mentionStartingAt(p, i);
  if (!m?.entity || !isPersonId(m.entity)) return undefined;
  const after = toks[m.end];
  if (after && !/^[.,(;:]$/.test(after.text) && !(after.word && PREPOSITIONS.has(after.lower)))
    return undefined;
  return { entity: m.entity, start: m.start };
}

/** "former", "the late", "then-": words of time before a titled name ("former Gov. Jeb Bush"). */
const timeModifiers = (p: Paragraph, from: number, to: number) =>
  p.tokens
    .slice(from, to)
    .every((t) => /^(the|former|late|then|acting|interim|outgoing|-)$/.test(t.lower));

/**
 * Tokens [from, to) are an affiliation: "of the James Martin Center for Nonproliferation Studies",
 * maybe set off by commas (", from Exane Capital", British style often leaves out the second).
 */
function affiliationBetween(toks: Token[], from: number, to: number): boolean {
  if (toks[from]?.text === ",") from++;
  if (toks[to - 1]?.text === "," && to - 1 > from) to--;
  if (from >= to || !/^(of|from|at|with)$/.test(toks[from]!.lower)) return false;
  for (let j = from + 1; j < to; j++) {
    const t = toks[j]!;
    if (t.text === "'s" || t.text === "’s") continue;
    if (!t.word || t.q >= 0 || (!t.cap && !/^(of|the|for|and|at|in|on)$/.test(t.lower)))
      return false;
  }
  return true;
}

/**
 * `"…," Bolton charged.`, `"…," Bennett shot back with a laugh`, `"…?" Clinton asks as …`: right
 * after a quote that ends in a comma, "?" or "!", a person and a verb (in WordNet) no list of
 * reporting verbs has; the person is the speaker.
 */
function personThenVerb(ctx: QuoteContext, p: Paragraph, i: number): Speaker | undefined {
  const toks = p.tokens;
  // `"…." Lee sighed.`: after a stop, the person and the verb make a sentence of their own.
  const ends = toks[i - 2]?.text === "." && toks[i]?.sent !== toks[i - 2]?.sent;
  if (toks[i - 1]?.mark !== "close" || (!/^[,?!]$/.test(toks[i - 2]?.text ?? "") && !ends))
    return undefined;
  // "…?" reacted Trump.
  const inverted = ctx.mentionStartingAt(p, i + 1);
  if (
    inverted?.entity &&
    isPersonId(inverted.entity) &&
    !toks[i]!.cap &&
    /ed$/.test(toks[i]!.lower) &&
    isFiniteVerb(toks[i]!.lower) &&
    !toks[inverted.end]?.word
  )
    return { entity: inverted.entity, start: inverted.start, cue: toks[i]!.lower };
  const m = ctx.mentionStartingAt(p, describedFrom(toks, i));
  if (!m?.entity || !isPersonId(m.entity) || m.q >= 0) return undefined;
  const verb = toks[m.end];
  const after = toks[m.end + 1];
  if (!verb?.word || verb.cap || !isFiniteVerb(verb.lower)) return undefined;
  // "…," Bolton charged. — not "…," Bolton wants the party to …: the frame ends with the verb,
  // or goes on with a particle, a preposition, an adverb or a clause of its own.
  if (
    after?.word &&
    !PREPOSITIONS.has(after.lower) &&
    !/^(back|as|while|when|ly)$|ly$/.test(after.lower)
  )
    return undefined;
  return { entity: m.entity, start: m.start, cue: verb.lower };
}

/**
 * `an angry Hollande`, `a visibly shaken Lee`: where the name starts after an article and the
 * words describing how the person was (lower-case adjectives, participles, an -ly adverb), else `i`.
 */
function describedFrom(toks: Token[], i: number): number {
  if (!/^(?:a|an)$/.test(toks[i]?.lower ?? "")) return i;
  let j = i + 1;
  const describing = (t: Token | undefined) =>
    !!t?.word && !t.cap && (isWordAs(t.lower, "adj") || /(?:ly|ed|ing)$/.test(t.lower));
  while (j - i <= 3 && describing(toks[j])) j++;
  return j > i + 1 && toks[j]?.cap ? j : i;
}

/**
 * "Quinn was asked, “…?”", "he was told: “…”": the one a passive verb of asking or telling
 * names is the listener, not the speaker. Undefined when the frame is no such passive; else the
 * one "by …" names (`speaker` undefined when no one is).
 */
export function addressedInFrame(
  ctx: QuoteContext,
  p: Paragraph,
  frame: Token[],
): { speaker?: Speaker } | undefined {
  if (frame.length === 0) return undefined;
  const toks = p.tokens;
  const last = toks.indexOf(frame[frame.length - 1]!);
  const start = toks.indexOf(frame[0]!);
  const lastTok = toks[last]!;
  if (lastTok.text !== "," && lastTok.text !== ":" && !ASKING.test(lastTok.lower)) return undefined;
  for (let k = last; k > start; k--) {
    const t = toks[k]!;
    if (!t.word || t.cap) continue;
    if (!takesAddressee(t.lower) && !ASKING.test(t.lower)) {
      if (isFrameVerb(t.lower) && usedAsVerb(toks, k)) return undefined; // the frame's verb is another
      continue;
    }
    let j = k - 1;
    while (
      j > start &&
      !PASSIVE_AUXILIARIES.has(toks[j]!.lower) &&
      (VERB_FILLERS.has(toks[j]!.lower) || isAdverb(toks[j]!))
    )
      j--;
    if (!PASSIVE_AUXILIARIES.has(toks[j]?.lower ?? "")) return undefined;
    const by = toks.findIndex((x, i) => i > k && i <= last && x.lower === "by");
    const speaker = by < 0 ? undefined : npStartingAt(ctx, p, by + 1);
    return speaker ? { speaker: { ...speaker, cue: t.lower } } : {};
  }
  return undefined;
}

const ASKING = /^(?:asked|questioned)$/;

/** A frame verb, or the participle of one ("…, asking, “…”"; "shouting: “…”"). */
/**
 * A frame verb, or the participle of one the lists leave out ("asking", "shouting") when it is the
 * frame's last word (`adjacent`: "…, with Lee asking, “…”", "shouting: “…”"); further back it
 * more often carries quoted words of its own clause ("…, calling it a “…”").
 */
const frameVerbBefore = (lower: string, adjacent = true) =>
  isFrameVerb(lower) || (adjacent && isFrameParticiple(lower));

/** Token k is the frame's last word: only punctuation between it and `last` ("…, asking, “"). */
const lastWord = (toks: Token[], k: number, last: Token) => {
  for (let j = toks.indexOf(last); j > k; j--) if (toks[j]!.word) return false;
  return true;
};

/** X said: "…" / X told reporters: "…" / …, saying: "…" / "…," he adds, "…". */
export function beforeFrame(ctx: QuoteContext, p: Paragraph, frame: Token[]): Speaker | undefined {
  if (frame.length === 0) return undefined;
  const toks = p.tokens;
  const lastTok = frame[frame.length - 1]!;
  const endsWithCue =
    lastTok.text === ":" || lastTok.text === "," || (lastTok.word && isFrameVerb(lastTok.lower));
  if (!endsWithCue) return undefined;
  const start = toks.indexOf(frame[0]!);
  const opening = invertedOpening(ctx, p, frame, start);
  if (opening) return opening;
  for (let k = toks.indexOf(lastTok); k >= start; k--) {
    const t = toks[k]!;
    if (
      !t.word ||
      t.cap ||
      !frameVerbBefore(t.lower, lastWord(toks, k, lastTok)) ||
      !usedAsVerb(toks, k)
    )
      continue;
    if (countedObject(toks, k)) return undefined;
    if (isParticiple(t.lower)) {
      // "…, with Dunn tweeting that it was a “waste” and asking, “…”": the person the "with"
      // phrase names acts by every participle of it, not the subject of the clause before.
      // The frame stops at quoted words before it: the "with" is looked for in the whole sentence.
      const from = Math.min(start, sentenceRange(p, t.sent)?.start ?? start);
      const sp = absoluteSubject(ctx, p, from, k) ?? participleSubject(ctx, p, k, start);
      return sp ? { ...sp, cue: t.lower } : undefined;
    }
    // "X told reporters: …": who is told is not who speaks.
    const sp =
      subjectOf(ctx, p, k, start, true) ??
      (takesAddressee(t.lower) ? undefined : npStartingAt(ctx, p, k + 1));
    // "A senior aide, granted anonymity to speak candidly, put it bluntly:": an infinitive with no
    // subject of its own is no frame; the clause it stands in may still have one.
    if (!sp && toks[k - 1]?.lower === "to") continue;
    return sp ? { ...sp, cue: cueOf(toks, k) } : undefined;
  }
  if (lastTok.text === ":") {
    const sp =
      absoluteSubject(ctx, p, start, toks.indexOf(lastTok)) ??
      clauseSubject(ctx, p, toks.indexOf(lastTok));
    if (sp) return sp;
  }
  return lastTok.text === "," || lastTok.text === ":"
    ? personVerbBefore(ctx, p, toks.indexOf(lastTok), start)
    : undefined;
}

/**
 * "Added the veteran Coulter:", "Said one fan:": a sentence opening on a reporting verb (capitalised,
 * so the loop over lower-case verbs passes it), its speaker right after it, before a colon or comma.
 */
function invertedOpening(
  ctx: QuoteContext,
  p: Paragraph,
  frame: Token[],
  start: number,
): Speaker | undefined {
  const verb = p.tokens[start];
  const last = frame[frame.length - 1]!;
  if (!verb?.word || !verb.cap || !verb.first || !isInversionVerb(verb.lower)) return undefined;
  if (last.text !== ":" && last.text !== ",") return undefined;
  const sp = npStartingAt(ctx, p, start + 1);
  return sp ? { ...sp, cue: verb.lower } : undefined;
}

/**
 * "…, with Kelly sharing a photo alongside the caption: “…”": a "with" phrase whose person acts
 * by a participle ends the frame; that person (maybe after role words: "with captain Tom Reyes
 * telling fans:") is the one the colon announces, not the subject of the clause before it.
 */
function absoluteSubject(
  ctx: QuoteContext,
  p: Paragraph,
  start: number,
  colon: number,
): Speaker | undefined {
  const toks = p.tokens;
  for (let j = colon - 1; j > start; j--) {
    if (toks[j]!.lower !== "with" || toks[j]!.cap) continue;
    for (let h = j + 1; h <= j + 4 && h < colon; h++) {
      const m = ctx.mentionStartingAt(p, h);
      if (!m) continue;
      const verb = toks[m.end];
      const acts =
        !!verb?.word &&
        !verb.cap &&
        /^[a-z]{3,}ing$/.test(verb.lower) &&
        isWordAs(verb.lower, "verb");
      if (!m.entity || !isPersonId(m.entity) || m.q >= 0 || !acts) return undefined;
      return h === j + 1 || onlyRoleWords(p, j + 1, h)
        ? { entity: m.entity, start: m.start }
        : undefined;
    }
    return undefined;
  }
  return undefined;
}

/**
 * `…, Hillary shot back, "…"`, `Clinton cracked, "…"`, `he demurred: "…"`: a clause of a person and a verb no list
 * of reporting verbs has (in WordNet; "back", "out" may follow it) right before the comma.
 */
function personVerbBefore(
  ctx: QuoteContext,
  p: Paragraph,
  comma: number,
  floor: number,
): Speaker | undefined {
  const toks = p.tokens;
  let v = comma - 1;
  if (/^(back|out|up|in)$/.test(toks[v]?.lower ?? "")) v--;
  const verb = toks[v];
  if (v <= floor || !verb?.word || verb.cap || !isFiniteVerb(verb.lower)) return undefined;
  const cue = toks
    .slice(v, comma)
    .map((t) => t.lower)
    .join(" ");
  const m = ctx.mentionEndingAt(p, v - 1);
  // `… as his friends jeered, "…"`, `the crowd roared, "…"`: a description of who spoke.
  if (!m?.entity) {
    const d = descriptionBefore(p, v, floor);
    return d ? { phrase: d.text, start: d.start, cue } : undefined;
  }
  if (!m.entity || !isPersonId(m.entity) || m.q >= 0) return undefined;
  const before = toks[m.start - 1];
  if (m.start > floor && before?.word && !CONJUNCTIONS.has(before.lower)) return undefined;
  return { entity: m.entity, start: m.start, cue };
}

/**
 * "The U.S. added 215,000 jobs, “…”": a number right after the verb starts its object (not for
 * "said 50 people died"), so the verb reports no speech. ("Tweeted a “…” message" still does.)
 */
function countedObject(toks: Token[], k: number): boolean {
  const next = toks[k + 1];
  let j = k + 1;
  // "215,000", "1.5": the number's own digits and separators.
  while (toks[j] && /^[\d.,]+$/.test(toks[j]!.text) && j - k <= 4) j++;
  const after = toks[j];
  // "called 2004 an “outstanding success”": a number and then a complement is no count of things.
  const counted = !!after?.word && !after.cap && !DETERMINERS.has(after.lower);
  return !!next && /^\d/.test(next.text) && counted && takesNounObject(toks[k]!.lower, next.text);
}

/** "charged", "asks", "shot": a verb in WordNet, in the past or the third person. */
function isFiniteVerb(lower: string): boolean {
  return (/(ed|s)$/.test(lower) || lemma(lower) !== lower) && isWordAs(lower, "verb");
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
  let relative: Speaker | undefined;
  for (let k = range.start; k < range.end; k++) {
    const t = toks[k]!;
    if (t.q >= 0 || !t.word) continue;
    let sp: Speaker | undefined;
    if (t.lower === "according" && toks[k + 1]?.lower === "to") {
      sp = npStartingAt(ctx, p, k + 2);
      if (sp) sp = { ...sp, cue: "according to" };
    } else if (!t.cap && isSpeechVerb(t.lower) && usedAsVerb(toks, k) && !countedObject(toks, k)) {
      sp = isParticiple(t.lower)
        ? participleSubject(ctx, p, k, range.start)
        : (subjectOf(ctx, p, k, range.start, false) ?? invertedAtEnd(ctx, p, k));
      if (sp) sp = { ...sp, cue: cueOf(toks, k) };
    }
    if (!sp) continue;
    // The first reporting verb before the quote (the main clause's) wins; one after it only when none comes before.
    // Not a relative clause's: in "Trump, who has called it “insanity,” and Sanders, who says
    // it's “disastrous”" each quote is its own "who"'s, the one nearest before it.
    if (k < quoteTok && relativeVerb(toks, k)) relative = sp;
    else if (k < quoteTok) return sp;
    else after ??= sp;
  }
  if (relative) return relative;
  if (after) return after;
  // No reporting verb: the sentence's subject, when it is a person ("Lucas welcomed Blair's “courage”").
  const subject = subjectPersonOf(ctx, sent);
  if (subject?.start !== undefined && subject.start < quoteTok) return subject;
  return undefined;
}

/** A verb whose subject is a relative "who" ("Sanders, who says", "who has since told"). */
function relativeVerb(toks: Token[], k: number): boolean {
  let j = k - 1;
  while (j > 0 && VERB_FILLERS.has(toks[j]!.lower)) j--;
  return toks[j]?.lower === "who";
}
