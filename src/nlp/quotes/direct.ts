/**
 * Direct quotes: each quotation of the text model with its speaker, or none; quoted words used
 * as a term or a title ("a “yes” vote", “Million Dollar Baby”) are no quotes.
 */
import type { Quote } from "../../model/analysis.js";
import { AUXILIARIES, CONNECTIVES, SENTENCE_WORDS } from "../lexicon/function-words.js";
import { lemma } from "../lexicon/irregular-verbs.js";
import { isWordAs } from "../lexicon/wordnet.js";
import { isFrameVerb, isNamingWord, VERB_FILLERS } from "../lexicon/reporting-verbs.js";
import type { Paragraph, QuoteUnit, Token } from "../text-model.js";
import { coordinatedPersonOf, subjectPersonOf } from "./clause-subject.js";
import { isPersonId, type QuoteContext, type Speaker } from "./context.js";
import { isSubjectMention } from "./mentions.js";
import { speakerNamedNext } from "./next-sentence.js";
import { epithetSpeaker } from "./epithet.js";
import { sentenceRange } from "./words.js";
import {
  accordingToAfter,
  addressedInFrame,
  afterFrame,
  attributionLineAfter,
  beforeFrame,
  frameAfter,
  frameBefore,
  passiveAgent,
  sentenceSpeaker,
} from "./frames.js";

/** Where a quotation stands: its paragraphs (first and last), the narration around it, its sentence. */
interface Placed {
  p0: Paragraph;
  pN: Paragraph;
  /** Narration before the opening mark and after the closing one, in their sentences. */
  before: Token[];
  after: Token[];
  sent: number;
  /** First quoted token (in p0) and the token after the closing mark (in pN). */
  quoteTok: number;
  afterClose: number;
}

/** The quotation as a direct quote with its speaker, or undefined when it is a term or a title. */
export function directQuote(ctx: QuoteContext, unit: QuoteUnit): Quote | undefined {
  const first = unit.segments[0]!;
  const last = unit.segments[unit.segments.length - 1]!;
  const p0 = ctx.model.paragraphs[first.p]!;
  const pN = ctx.model.paragraphs[last.p]!;
  const openTok = first.tokStart - 1;
  const sent =
    p0.tokens[first.tokStart]?.sent ?? p0.tokens[openTok]?.sent ?? p0.sentences[0]!.index;
  const endSent = pN.tokens[Math.max(last.tokStart, last.tokEnd - 1)]?.sent ?? sent;
  const signed = signature(ctx, pN, first.tokStart, last.tokEnd);
  const text = (signed ? unit.text.slice(0, unit.text.length - signed.tail.length) : unit.text)
    .trim()
    .replace(/[\s,;:–—-]+$/u, "");
  // A number, a date, a handle or a web address alone ("747986907162877952", "@realDonaldTrump",
  // "http://video.example.com") is no quote.
  if (!/\p{L}/u.test(text) || /^([@#]|https?:\/\/|www\.)\S+$/iu.test(text)) return undefined;

  if (unit.segments.length === 1 && isNickname(p0, openTok, last.tokEnd, text)) return undefined;
  // A transcript's turn ("VALDEZ: …"): its label's person, else no quote.
  if (first.label) {
    const label = p0.text.slice(first.label.start, first.label.end);
    // "A: …": the answer of the one the interview is with; "Q: …", the interviewer's, unnamed.
    const labelled =
      label === "A" ? interviewee(ctx) : label === "Q" ? undefined : labelSpeaker(ctx, label);
    return labelled && ctx.makeQuote(text, labelled, sent, p0.para, false);
  }

  const before = frameBefore(p0, openTok);
  const after = last.closeAt !== undefined ? frameAfter(pN, last.tokEnd + 1) : [];
  const lastBefore = before[before.length - 1];
  // Words quoted inside a sentence, not after "X said:" or at its start.
  const inSentence =
    before.some((t) => t.word && !CONNECTIVES.has(t.lower)) &&
    lastBefore?.text !== ":" &&
    !(lastBefore?.word && isFrameVerb(lastBefore.lower));
  const words = text.split(/\s+/).length;

  // Quoted words used as a term: "a “yes” vote", "known as an “aggregator”".
  if (
    inSentence &&
    (isTitle(text) ||
      titleAfterPreposition(p0, openTok, text) ||
      (words <= 3 && (termCue(p0, openTok) || usedAsModifier(p0, openTok, last.tokEnd))))
  )
    return undefined;
  // `told “Fox and Friends”`, `a play called “Los Hijos de Trump”`: a programme or a work's name.
  if (titleAfterPreposition(p0, openTok, text) || (termCue(p0, openTok) && isTitle(text, 1)))
    return undefined;
  if (byline(after, unit.text)) return undefined;

  const placed = {
    p0,
    pN,
    before,
    after,
    sent,
    quoteTok: first.tokStart,
    afterClose: last.tokEnd + 1,
  };
  const said = whoSaid(ctx, placed);
  const { framed, framedBefore } = said;
  const speaker = signed?.speaker ?? epithetSpeaker(ctx, said.speaker, sent);
  const sentenceLike = /^[\p{Lu}'‘"“]/u.test(text) && /[.?!…]['’"”)]?$/.test(unit.text.trim());
  // A block set off without marks ("Ashby said:" above it) is a quote only as the speaker's.
  if (first.openAt < 0 && !speaker) return undefined;
  // Short quoted words nobody is said to have said are terms or titles, not quotes.
  if (!speaker && words < 5 && !sentenceLike && lastBefore?.text !== ":") return undefined;
  // A title no frame gives to a speaker: “Orange Is the New Black” star …, her film “Trainwreck.”
  if (!framed && (isTitle(text) || (inSentence && oneWordTitle(text)))) return undefined;
  if (speaker && framed) {
    ctx.speakerIn.set(sent, speaker);
    ctx.speakerIn.set(endSent, speaker);
  }
  // "…," he adds, with a wry chuckle, "…": the second part is no partial quote.
  return ctx.makeQuote(text, speaker, sent, p0.para, inSentence && !framedBefore);
}

/**
 * `"… could create real problems for her here. S.C. Rep. Jim Clyburn."`: a pull quote signed
 * inside its marks, a paragraph of its own whose last sentence is only a person's name (after
 * title words); the person and the signature's text. `from`, `to`: the quoted tokens of the quote's last paragraph.
 */
function signature(
  ctx: QuoteContext,
  p: Paragraph,
  from: number,
  to: number,
): { speaker: Speaker; tail: string } | undefined {
  const toks = p.tokens;
  // A pull quote is a paragraph of its own: no narration around it.
  if (toks.some((t) => t.word && t.q < 0)) return undefined;
  let end = to - 1;
  while (end >= from && !toks[end]!.word) end--;
  const m = end >= from ? ctx.mentionEndingAt(p, end) : undefined;
  if (!m?.entity || !isPersonId(m.entity) || m.start <= from) return undefined;
  let start = m.start;
  // Title words before the name, back to the end of the sentence before ("here. S.C. Rep.").
  while (start - 1 > from && toks[start - 1]!.sent === toks[end]!.sent) start--;
  if (toks[start - 1]?.sent === toks[end]!.sent || start - from < 4) return undefined;
  const signedBy = toks.slice(start, m.start);
  if (signedBy.some((t) => t.word && !t.cap) || signedBy.filter((t) => t.word).length > 3)
    return undefined;
  return {
    speaker: { entity: m.entity, start: m.start },
    tail: p.text.slice(toks[start]!.start, toks[to - 1]!.end),
  };
}

/**
 * The person a transcript's speaker label names: "VALDEZ", "Valdez", "PRIYA VALDEZ", "SEN. HOLT" —
 * its last word is the surname of exactly one person of the article (title words may come before).
 */
function labelSpeaker(ctx: QuoteContext, label: string): Speaker | undefined {
  const words = label.toLowerCase().split(/\s+/);
  const surname = words.at(-1)!;
  const found = ctx.people.entities.filter((e) => {
    if (!isPersonId(e.id)) return false;
    const name = e.name.toLowerCase().split(/\s+/);
    return (
      name.at(-1) === surname && words.slice(0, -1).every((w) => name.includes(w) || w.length <= 4)
    );
  });
  return found.length === 1 ? { entity: found[0]!.id, start: 0 } : undefined;
}

/**
 * The one an interview ("Q: …" / "A: …") is with: the person its introduction — the sentences
 * before its first turn — names most (none when two are named as often). The questions and
 * answers name others ("Has Sanders gone too far?") who are not the one answering.
 */
function interviewee(ctx: QuoteContext): Speaker | undefined {
  const firstTurn = ctx.model.units.find((u) => u.segments[0]?.label)?.segments[0];
  const sent = firstTurn && ctx.model.paragraphs[firstTurn.p]?.sentences[0]?.index;
  if (sent === undefined) return undefined;
  let best: { id: string; n: number } | undefined;
  let tie = false;
  for (const e of ctx.people.entities) {
    if (!isPersonId(e.id)) continue;
    const n = e.mentions.filter((s) => s < sent).length;
    if (n === 0 || (best && n < best.n)) continue;
    tie = !!best && n === best.n;
    if (!tie || !best) best = { id: e.id, n };
  }
  return best && !tie ? { entity: best.id, start: 0 } : undefined;
}

/** A nickname between a given name and a surname: Ernesto “Che” Guevara, Earvin ``Magic'' Johnson. */
function isNickname(p: Paragraph, openTok: number, closeTok: number, text: string): boolean {
  if (!/^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)?$/u.test(text)) return false;
  const given = p.tokens[openTok - 1];
  const surname = p.tokens[closeTok + 1];
  const givenName =
    !!given?.word && given.cap && !SENTENCE_WORDS.has(given.lower) && !CONNECTIVES.has(given.lower);
  return givenName && !!surname?.word && surname.cap;
}

/**
 * The speaker of a quotation: the one its frame names (after it, else before it), else the
 * agent of a passive or the speaker of its sentence; a quote standing alone goes on from the
 * sentence before. `framed`: named by a frame or carried on, so the next quotes may go on from it.
 */
function whoSaid(
  ctx: QuoteContext,
  q: Placed,
): { speaker?: Speaker; framed: boolean; framedBefore: boolean } {
  // The question put to someone: its answer's frame may follow it, never its own.
  const asked = addressedInFrame(ctx, q.p0, q.before);
  if (asked) return { speaker: asked.speaker, framed: !!asked.speaker, framedBefore: true };
  const opensSentence = !q.before.some((t) => t.word);
  const after =
    afterFrame(ctx, q.pN, q.after, opensSentence) ??
    attributionLineAfter(ctx, q.pN, q.afterClose) ??
    (opensSentence ? accordingToAfter(ctx, q.pN, q.after) : undefined);
  if (after) return { speaker: after, framed: true, framedBefore: false };
  const before = beforeFrame(ctx, q.p0, q.before);
  if (before) return { speaker: before, framed: true, framedBefore: true };
  const inSentence =
    passiveAgent(ctx, q.pN, q.afterClose) ?? sentenceSpeaker(ctx, q.p0, q.sent, q.quoteTok);
  if (inSentence) return { speaker: inSentence, framed: false, framedBefore: false };
  const standalone =
    q.before.filter((t) => t.word && !CONNECTIVES.has(t.lower)).length === 0 &&
    (q.after.length === 0 || asideAfter(q.after));
  // "Then, later that month on CNN: “…”": a colon after words that make no clause and name no
  // one (a time, a place, an outlet) goes on with the speaker of the sentence before.
  const going = verblessIntro(q.before) ? ctx.speakerIn.get(q.sent - 1) : undefined;
  if (going) return { speaker: { ...going, cue: undefined }, framed: true, framedBefore: true };
  if (!standalone) return { framed: false, framedBefore: false };
  // A quote standing alone: the speaker the sentence before announces ("Breitbart News
  // responded:"), else goes on from it (its speaker, else its subject), else from the
  // paragraph's speaker when no one else has come in since.
  // "…." That was the message from Rachel Tunney: named in the sentence after, else the one before.
  const next = speakerNamedNext(ctx, q.pN, q.afterClose);
  if (next) return { speaker: next, framed: true, framedBefore: false };
  const prev =
    colonFrame(ctx, q.sent - 1) ??
    ctx.speakerIn.get(q.sent - 1) ??
    subjectPersonOf(ctx, q.sent - 1, true) ??
    (ctx.paraOfSentence.get(q.sent - 1) === q.p0
      ? coordinatedPersonOf(ctx, q.sent - 1)
      : undefined) ??
    paragraphSpeaker(ctx, q.p0, q.sent);
  if (!prev) return { framed: false, framedBefore: false };
  return { speaker: { ...prev, cue: undefined }, framed: true, framedBefore: false };
}

/** Forms of "be", "have" and "do" the auxiliaries' list leaves out. */
const BE_HAVE_DO = /^(?:are|were|be|been|being|have|do|does|did)$/;

/**
 * "Then, later that month on CNN:", "For example:", "In 2013:": a short run of words before a
 * colon with no verb in it (no auxiliary, no reporting verb, no past or third-person form WordNet
 * knows only as a verb; capitalised words are names).
 */
function verblessIntro(before: Token[]): boolean {
  if (before[before.length - 1]?.text !== ":") return false;
  const words = before.filter((t) => t.word);
  if (words.length === 0 || words.length > 8) return false;
  return words.every((t) => {
    const w = t.lower;
    if (t.cap) return !isFrameVerb(w) && !AUXILIARIES.has(w);
    if (isFrameVerb(w) || AUXILIARIES.has(w) || BE_HAVE_DO.test(w) || lemma(w) !== w) return false;
    return !/(?:ed|s)$/.test(w) || !isWordAs(w, "verb") || isWordAs(w, "noun");
  });
}

/**
 * `"… win them over" - by raising his profile …`: the writer's gloss after a dash, which names no
 * speaker (a frame there was read already), leaves the quote standing alone.
 */
function asideAfter(after: Token[]): boolean {
  return /^(?:[-–—]|--)$/.test(after[0]?.text ?? "");
}

/** "Breitbart News responded:", "The Times confirmed it, reporting:": the speaker a sentence ending in a colon announces. */
function colonFrame(ctx: QuoteContext, sent: number): Speaker | undefined {
  const p = ctx.paraOfSentence.get(sent);
  const range = p && sentenceRange(p, sent);
  if (!p || !range || p.tokens[range.end - 1]?.text !== ":") return undefined;
  const frame: Token[] = [];
  for (let i = range.end - 1; i >= range.start; i--) {
    const t = p.tokens[i]!;
    if (t.mark === "close" || t.q >= 0) break;
    frame.unshift(t);
  }
  return beforeFrame(ctx, p, frame);
}

/**
 * The latest speaker of the quote's paragraph before it, when the sentences since name no one
 * else as a subject ("…," said Sara Walker. An immigrant from Uganda, she plans … “…”).
 */
function paragraphSpeaker(ctx: QuoteContext, p: Paragraph, sent: number): Speaker | undefined {
  const first = p.sentences[0]!.index;
  const others = new Set<string>();
  for (let s = sent - 1; s >= first; s--) {
    const sp = ctx.speakerIn.get(s);
    if (sp) return sp.entity && [...others].every((e) => e === sp.entity) ? sp : undefined;
    for (const m of ctx.people.mentions)
      if (m.sent === s && m.q < 0 && m.entity && isPersonId(m.entity) && isSubjectMention(p, m))
        others.add(m.entity);
    if (others.size > 1) return undefined;
  }
  return undefined;
}

/** "known as an “aggregator”", "the so-called “knowledge-based economy”". */
function termCue(p: Paragraph, openTok: number): boolean {
  const words: string[] = [];
  for (let i = openTok - 1; i >= 0 && words.length < 2; i--) {
    const t = p.tokens[i]!;
    if (t.word && !/^(a|an|the)$/.test(t.lower)) words.push(t.lower);
  }
  return isNamingWord(words[0] ?? "") || (words[0] === "as" && isNamingWord(words[1] ?? ""));
}

/** "a “yes” vote", "the “failing” agency": quoted words standing before a noun. */
function usedAsModifier(p: Paragraph, openTok: number, afterTok: number): boolean {
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

/** The small words title case leaves in lower case: "The Lead with Jake Tapper", "Orange is the New Black". */
const TITLE_SMALL_WORDS =
  /^(a|an|the|and|or|nor|but|of|in|on|at|to|for|with|from|by|into|about|over|as|is|vs\.?|de|la|el|du)$/;

/**
 * "Million Dollar Baby", "Meet the Press.", "Hail, Caesar!", "Sharknado 3: Oh Hell No!": a quoted
 * title, every word but the small ones capitalised (a stop or comma US style puts inside the
 * closing mark is not part of it); a subtitle after a colon, commas and a closing "!" or "?" between
 * capitalised words are a title's too.
 */
function isTitle(text: string, minWords = 2): boolean {
  const bare = text.replace(/[.,:]$/, "");
  const words = bare.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length < minWords || words.length > 14) return false;
  if (/[.?!]./u.test(bare) || (/[,!?]/.test(bare) && words.length < 2)) return false;
  const main = words.filter((w, i) => i === 0 || !TITLE_SMALL_WORDS.test(w.toLowerCase()));
  return main.every((w) => /^[("'‘“]?[\p{Lu}\p{N}]/u.test(w));
}

/**
 * `“Theatre to close in December,” by the Times’ Ann Lee`: a headline or a work with its author's
 * byline (capitalised; not `was “severely reprimanded” by the FA`, an agent).
 */
function byline(after: Token[], quoted: string): boolean {
  const words = after.filter((t) => t.word);
  return (
    words[0]?.lower === "by" &&
    (after[0]?.word === true || (after[0]?.text === "," && after[1]?.lower === "by")) &&
    !!(words[1]?.lower === "the" ? words[2] : words[1])?.cap &&
    /^[‘'"“]?\p{Lu}/u.test(quoted) &&
    !/[.?!…]['’"”)]?\s*$/u.test(quoted)
  );
}

/** “Trainwreck.”, “Playbook”: one capitalised word, not a word that answers ("No.", "Really?"). */
function oneWordTitle(text: string): boolean {
  const word = text.replace(/[.,:]$/, "");
  return !/\s/.test(word) && isTitle(word, 1) && !SENTENCE_WORDS.has(word.toLowerCase());
}

/** `appeared on “Today.”`, `NBC’s “Today”`, `told “Fox News Sunday”`: a programme or work, even of one word. */
function titleAfterPreposition(p: Paragraph, openTok: number, text: string): boolean {
  const prev = p.tokens[openTok - 1];
  return (
    !!prev &&
    /^(on|in|of|from|told|'s|’s)$/.test(prev.lower) &&
    text.split(/\s+/).length <= 6 &&
    isTitle(text, 1)
  );
}
