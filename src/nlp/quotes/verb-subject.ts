/** The speaker a reporting verb has: its subject before it, or the speaker named after it. */
import {
  isFrameVerb,
  isInversionVerb,
  isParticiple,
  VERB_FILLERS,
} from "../lexicon/reporting-verbs.js";
import type { Paragraph } from "../text-model.js";
import { clauseSubject } from "./clause-subject.js";
import { isPersonId, type QuoteContext, type Speaker } from "./context.js";
import { descriptionBefore } from "./description-phrase.js";
import { CONJUNCTIONS } from "../lexicon/function-words.js";
import { isWordAs } from "../lexicon/wordnet.js";
import { isSubjectMention, onlyRoleWords } from "./mentions.js";
import { npEndingAt, npStartingAt } from "./noun-phrases.js";
import { abbreviationStop, isDayWord, usedAsVerb } from "./words.js";

/** The speaker named before a reporting verb at `verb` (fillers and an apposition skipped). */
export function subjectOf(
  ctx: QuoteContext,
  p: Paragraph,
  verb: number,
  floor: number,
  loose: boolean,
): Speaker | undefined {
  const toks = p.tokens;
  let k = verb - 1;
  for (;;) {
    while (k >= floor && (VERB_FILLERS.has(toks[k]!.lower) || isAdverb(toks[k]!))) k--;
    // "Ford Motor Co. said", "Tom Reyes Jr. said": the stop of an abbreviation ends the name.
    if (k > floor && toks[k]!.text === "." && abbreviationStop(toks, k)) k--;
    // "The prime minister on Sunday said": skip the time.
    if (k - 1 >= floor && isDayWord(toks[k]!.lower) && toks[k - 1]!.lower === "on") k -= 2;
    // "Rep. Jane Doe (D-Ore.) said", "Tom Reyes (pictured) said": skip the brackets.
    else if (k > floor && toks[k]!.text === ")") {
      const open = bracketOpening(p, k, floor);
      if (open < 0) break;
      k = open - 1;
    } else break;
  }
  // "Tom Reyes — who has led the city since 2010 — told": the person before an aside in dashes.
  if (k > floor && isSpacedDash(toks, k)) {
    let j = dashStart(toks, k) - 1;
    while (j > floor && !isSpacedDash(toks, j) && toks[j]!.q < 0 && k - j < 25) j--;
    // What stands before the aside is read as if the verb followed it ("X, director, of Firm - a … company - told").
    const named = isSpacedDash(toks, j)
      ? (personBeforeApposition(ctx, p, dashStart(toks, j), floor) ??
        personOpeningClause(ctx, p, dashStart(toks, j) - 1, floor))
      : undefined;
    if (named?.entity && isPersonId(named.entity)) return named;
  }
  // "Mr. Trump was prompted to say", "Ms. Lee went on to add": the person before the verbs.
  if (k > floor && toks[k]!.lower === "to") {
    const before = personBeforeVerbs(ctx, p, k, floor);
    if (before) return before;
  }
  // "Ms. Sherry smiled and said": the subject of the first verb.
  if (k > floor && toks[k]!.lower === "and") {
    const first = coordinatedSubject(ctx, p, k, floor);
    if (first) return first;
  }
  // "In an interview, he declined to comment, but said": the verb shares its clause's subject.
  if (k >= floor && (toks[k]!.lower === "but" || toks[k]!.lower === "and") && toks[k]!.q < 0)
    return clauseSubject(ctx, p, k);
  // "Mr Hain, Leader of the Commons, told": skip the apposition.
  if (k >= floor && toks[k]!.text === ",") {
    // "Eric Woolson, a former adviser to Scott Walker, said": the person the clause opens with.
    const opened = personBeforeApposition(ctx, p, k, floor);
    if (opened) return opened;
    // "The acting president of Kazakhstan, Kasim-Zhomart Tokaev, said": the name is the speaker.
    const named = ctx.mentionEndingAt(p, k - 1);
    if (named?.entity && isPersonId(named.entity) && named.q < 0)
      return { entity: named.entity, start: named.start };
    let j = k - 1;
    while (j >= floor && toks[j]!.text !== "," && toks[j]!.q < 0 && k - j < 14) j--;
    if (j < floor || toks[j]!.text !== ",") return undefined;
    // "One group’s ad, which is airing now, argues": the description before the clause (not before a name).
    const d = toks[j + 1]!.cap ? undefined : descriptionBefore(p, j, floor);
    return npEndingAt(ctx, p, j - 1, floor, loose) ?? (d && { phrase: d.text, start: d.start });
  }
  if (k < floor) return undefined;
  const np = npEndingAt(ctx, p, k, floor, loose);
  // "Another source familiar with the talks said": the whole description, not "the talks".
  if (np?.entity) return np;
  const d = descriptionBefore(p, k + 1, floor);
  if (d && (np?.start === undefined || d.start < np.start))
    return { phrase: d.text, start: d.start };
  return np;
}

/** The person named right before token `end`+1 who opens the clause (after its start, a comma or a quote), not "of CB Richard Ellis". */
function personOpeningClause(
  ctx: QuoteContext,
  p: Paragraph,
  end: number,
  floor: number,
): Speaker | undefined {
  const m = ctx.mentionEndingAt(p, end);
  if (!m?.entity || !isPersonId(m.entity) || m.q >= 0) return undefined;
  const before = p.tokens[m.start - 1];
  return m.start === floor || !before || !before.word
    ? { entity: m.entity, start: m.start }
    : undefined;
}

/** A dash that sets off an aside: "—", "–", "--", or "-" with spaces on both sides (not "Hanson-Young"). */
function isSpacedDash(toks: Paragraph["tokens"], k: number): boolean {
  const t = toks[k];
  if (!t) return false;
  if (/^(?:—|–|―|--)$/.test(t.text)) return true;
  if (t.text !== "-") return false;
  const [from, to] = [dashStart(toks, k), dashEnd(toks, k)];
  const [prev, next] = [toks[from - 1], toks[to + 1]];
  return !!prev && !!next && prev.end < toks[from]!.start && toks[to]!.end < next.start;
}

/** The first and last token of a dash written as hyphens ("--"). */
const joinedHyphen = (
  a: Paragraph["tokens"][number] | undefined,
  b: Paragraph["tokens"][number] | undefined,
) => a?.text === "-" && b?.text === "-" && a.end === b.start;
function dashStart(toks: Paragraph["tokens"], k: number): number {
  while (joinedHyphen(toks[k - 1], toks[k])) k--;
  return k;
}
function dashEnd(toks: Paragraph["tokens"], k: number): number {
  while (joinedHyphen(toks[k], toks[k + 1])) k++;
  return k;
}

/** "emphatically", "rhetorically": a lower-case word in -ly that WordNet knows as no noun ("family"). */
export function isAdverb(t: Paragraph["tokens"][number]): boolean {
  return t.word && !t.cap && /ly$/.test(t.lower) && !isWordAs(t.lower, "noun");
}

/** "Ms. Sherry smiled and said", "Mrs. Clinton shook her head and said": the person before the first verb. */
function coordinatedSubject(
  ctx: QuoteContext,
  p: Paragraph,
  and: number,
  floor: number,
): Speaker | undefined {
  const toks = p.tokens;
  for (let j = and - 1; j >= floor && and - j <= 8; j--) {
    const t = toks[j]!;
    if (t.text === "," || t.q >= 0 || t.mark) return undefined;
    const m = ctx.mentionEndingAt(p, j);
    if (!m || m.q >= 0 || !isSubjectMention(p, m)) continue;
    // Where a clause starts: not "he supported Barack Obama … and said".
    const before = toks[m.start - 1];
    if (before?.word && before.sent === t.sent && !CONJUNCTIONS.has(before.lower)) continue;
    return m.entity && isPersonId(m.entity) && m.end < and
      ? { entity: m.entity, start: m.start }
      : undefined;
  }
  return undefined;
}

/** "…," the paper beams, adding, "…" / "with Jaime Vargas lauding …" / "Wenger …, saying only:". */
export function participleSubject(
  ctx: QuoteContext,
  p: Paragraph,
  k: number,
  floor: number,
): Speaker | undefined {
  const toks = p.tokens;
  const quotedAs = quotedBefore(ctx, p, k, floor);
  if (quotedAs) return quotedAs;
  for (let j = k - 1; j >= floor; j--) {
    const t = toks[j]!;
    if (!t.word || t.cap || !isFrameVerb(t.lower) || isParticiple(t.lower) || !usedAsVerb(toks, j))
      continue;
    const sp = subjectOf(ctx, p, j, floor, true);
    // "Before Sands took the stage to acknowledge his victory, his campaign sent a message
    // saying:": an infinitive with no subject of its own before it is no clause the participle hangs on.
    if (sp || toks[j - 1]?.lower !== "to") return sp;
  }
  // "…, with Reyes saying:", "with captain Tom Reyes telling fans:": the person the "with" names.
  const right = ctx.mentionEndingAt(p, k - 1);
  let withAt = right ? right.start - 1 : -1;
  while (right && withAt > right.start - 4 && withAt > floor && toks[withAt]!.lower !== "with")
    withAt--;
  if (
    right?.entity &&
    toks[withAt]?.lower === "with" &&
    (withAt === right.start - 1 ||
      (isPersonId(right.entity) && onlyRoleWords(p, withAt + 1, right.start)))
  )
    return { entity: right.entity, start: right.start };
  return clauseSubject(ctx, p, k);
}

/** "quoted", "reports", "quoting": a verb that names someone "as saying" what it reports. */
const QUOTING = /^(?:quot|report)(?:ed|e?s|ing)$/;

/**
 * "State radio quoted an army officer as saying …", "…," Reuters reports a union source as
 * saying: the one quoted speaks, not the outlet. `verb` is the quoting verb; "as saying" (or
 * "as telling") follows it in its clause, after the one quoted.
 */
export function quotedAsSaying(ctx: QuoteContext, p: Paragraph, verb: number): Speaker | undefined {
  const toks = p.tokens;
  const v = toks[verb]!;
  // "He was reported as saying": a passive names no one.
  if (!QUOTING.test(v.lower) || toks[verb + 1]?.lower === "as") return undefined;
  for (let j = verb + 2; j < toks.length && j - verb <= 14; j++) {
    const t = toks[j]!;
    if (t.q >= 0 || t.mark || t.sent !== v.sent) return undefined;
    if (t.lower !== "as" || !/^(?:saying|telling)$/.test(toks[j + 1]?.lower ?? "")) continue;
    const sp = npStartingAt(ctx, p, verb + 1);
    return sp && (sp.start === undefined || sp.start < j)
      ? { ...sp, cue: "quoted as saying" }
      : undefined;
  }
  return undefined;
}

/** The speaker of "saying" at `k` when "as saying" ends "quoted X as saying" (the quoting verb after `floor`). */
function quotedBefore(
  ctx: QuoteContext,
  p: Paragraph,
  k: number,
  floor: number,
): Speaker | undefined {
  const toks = p.tokens;
  if (toks[k - 1]?.lower !== "as" || k - 2 < floor) return undefined;
  for (let j = k - 3; j >= floor && k - j <= 14; j--) {
    const t = toks[j]!;
    if (t.q >= 0 || t.mark) return undefined;
    if (QUOTING.test(t.lower)) return quotedAsSaying(ctx, p, j);
  }
  return undefined;
}

/** "…, said Tokaev back in April." — a reporting verb followed by its speaker. */
export function invertedAtEnd(ctx: QuoteContext, p: Paragraph, k: number): Speaker | undefined {
  const toks = p.tokens;
  if (!isInversionVerb(toks[k]!.lower)) return undefined;
  const prev = toks[k - 1];
  if (!prev || prev.word) return undefined;
  return npStartingAt(ctx, p, k + 1);
}

/** The "(" that the ")" at k closes, in the same sentence and within a few words, or -1. */
function bracketOpening(p: Paragraph, k: number, floor: number): number {
  const toks = p.tokens;
  for (let j = k - 1; j >= floor && k - j <= 8; j--) {
    if (toks[j]!.text === "(") return j;
    if (toks[j]!.text === ")" || toks[j]!.q >= 0) return -1;
  }
  return -1;
}

/**
 * "Cecelia Purner, 67, a retired teacher in Allentown, Pa., said": the person a long apposition
 * describes, named first in the clause (after its start, a comma or the quote) and followed by a
 * comma or a bracket; no reporting verb between them and the verb at `comma`.
 */
function personBeforeApposition(
  ctx: QuoteContext,
  p: Paragraph,
  comma: number,
  floor: number,
): Speaker | undefined {
  const toks = p.tokens;
  let found: Speaker | undefined;
  for (let j = comma - 1; j >= floor && comma - j <= 40; j--) {
    const t = toks[j]!;
    if (t.q >= 0 || t.mark) break;
    if (t.word && !t.cap && isFrameVerb(t.lower) && usedAsVerb(toks, j)) break;
    const m = ctx.mentionStartingAt(p, j);
    if (!m?.entity || !isPersonId(m.entity) || m.q >= 0) continue;
    const next = toks[m.end]?.text;
    const before = toks[m.start - 1];
    const opensClause = m.start === floor || !before || !before.word;
    if ((next === "," || next === "(") && opensClause) found = { entity: m.entity, start: m.start };
  }
  return found;
}

/**
 * The person named right before a few verbs, adverbs or adjectives that end at the "to" at
 * `to` ("Mr. Trump was prompted to say", "she was quick to add"); none past a noun
 * ("urged supporters to say").
 */
function personBeforeVerbs(
  ctx: QuoteContext,
  p: Paragraph,
  to: number,
  floor: number,
): Speaker | undefined {
  const toks = p.tokens;
  let j = to - 1;
  while (j > floor && to - j <= 4 && verbLike(toks[j]!)) j--;
  if (j === to - 1) return undefined;
  const m = ctx.mentionEndingAt(p, j);
  if (!m?.entity || !isPersonId(m.entity) || m.q >= 0 || !isSubjectMention(p, m)) return undefined;
  return { entity: m.entity, start: m.start };
}

const verbLike = (t: Paragraph["tokens"][number]) =>
  t.word &&
  !t.cap &&
  (VERB_FILLERS.has(t.lower) ||
    ((isWordAs(t.lower, "verb") || isWordAs(t.lower, "adj")) && !nounOnly(t.lower)));

const nounOnly = (w: string) =>
  isWordAs(w, "noun") && !isWordAs(w, "verb") && !isWordAs(w, "adj") && !/ly$/.test(w);
