/**
 * Noun phrases that name a speaker, read from a reporting verb: the one ending right before it
 * ("Mr Smith said", "the former monopoly said", "Mr Kok's report noted") and the one starting
 * right after it ("said Foreign Secretary Jack Straw", "according to a spokesman").
 */
import {
  CONJUNCTIONS,
  CONNECTIVES,
  PERSONAL_PRONOUNS,
  PREPOSITIONS,
  SENTENCE_WORDS,
} from "../lexicon/function-words.js";
import { TIME_WORDS } from "../lexicon/calendar.js";
import { DOCUMENTS, SPEAKING_BODIES } from "../lexicon/organisations.js";
import { isFrameVerb, VERB_FILLERS } from "../lexicon/reporting-verbs.js";
import { isRoleNoun, isSpeakerNoun } from "../lexicon/roles.js";
import { nounKinds } from "../lexicon/wordnet.js";
import type { Mention } from "../people/mentions.js";
import type { Paragraph } from "../text-model.js";
import { bodyOfSentenceBefore } from "./clause-subject.js";
import { isPersonId, type QuoteContext, type Speaker } from "./context.js";
import { descriptionAt } from "./description-phrase.js";
import { mentionCovering, personBeforeAffiliation, phraseAntecedent } from "./mentions.js";
import { abbreviationStop, MAX_PHRASE, PHRASE_STARTS, usedAsVerb } from "./words.js";

/** A person, organisation, pronoun, description or phrase ending at token k. */
export function npEndingAt(
  ctx: QuoteContext,
  p: Paragraph,
  k: number,
  floor: number,
  loose: boolean,
): Speaker | undefined {
  const toks = p.tokens;
  const t = toks[k];
  if (!t || !t.word || t.q >= 0) return undefined;
  // "@JaneDoe wrote", "@Tom_Price said": the handle ending here.
  let at = k;
  while (at > 0 && toks[at]!.text !== "@" && toks[at - 1]!.end === toks[at]!.start) at--;
  const handle = handleAt(p, at);
  if (handle && toks[k + 1]?.start !== t.end) return handle;
  const m = ctx.mentionEndingAt(p, k);
  if (m) return mentionAsSpeaker(ctx, p, m, floor);
  // "the Music Managers' Forum (MMF), who say": the relative pronoun's antecedent.
  if (t.lower === "who" && toks[k - 1]?.text === ",") {
    let j = k - 2;
    if (toks[j]?.text === ")") {
      while (j > floor && toks[j]!.text !== "(") j--;
      j--;
    }
    if (j < floor) return undefined;
    // "a post from Lisa Grant, who wrote": "who" is the person, whatever word comes before the name.
    const antecedent = ctx.mentionEndingAt(p, j);
    if (antecedent?.entity && isPersonId(antecedent.entity) && antecedent.q < 0)
      return { entity: antecedent.entity, start: antecedent.start };
    return npEndingAt(ctx, p, j, floor, true);
  }
  // "It added", "“…,” it said": the body the sentence before spoke of.
  if (/^(it|they)$/.test(t.lower) && (t.first || toks[k - 1]?.mark === "close"))
    return bodyOfSentenceBefore(ctx, t.sent);
  // "Another tweeted": a determiner standing for the noun of the speakers before it.
  if (FUSED_HEAD.test(t.lower) && (t.first || toks[k - 1]?.text === ","))
    return { phrase: t.text, start: k };
  if (PERSONAL_PRONOUNS.has(t.lower) || (!t.cap && SENTENCE_WORDS.has(t.lower))) return undefined;
  // A noun phrase: "the former monopoly", "a spokesman", "Mr Kok's report", "Marca's headline".
  const j = phraseStartBefore(p, k, floor);
  return (
    (DOCUMENTS.has(t.lower) ? documentOwner(ctx, p, j, k) : undefined) ??
    phraseSpeaker(ctx, p, j, k, loose)
  );
}

/** A mention before a reporting verb as its speaker, unless it follows a preposition ("at Labour claims"). */
function mentionAsSpeaker(
  ctx: QuoteContext,
  p: Paragraph,
  m: Mention,
  floor: number,
): Speaker | undefined {
  const toks = p.tokens;
  // "Nigel McCune from the Musicians' Union said": the person, not the body they are from.
  const owner =
    m.entity && !isPersonId(m.entity) ? personBeforeAffiliation(ctx, p, m.start, floor) : undefined;
  if (owner) return owner;
  // "at Labour claims", "a claim by Peter Hain": a name after a preposition is not the subject.
  const prev = toks[m.start - 1];
  if (
    prev &&
    PREPOSITIONS.has(prev.lower) &&
    !(prev.lower === "to" && toks[m.start - 2]?.lower === "according")
  )
    return undefined;
  if (m.entity) return { entity: m.entity, start: m.start };
  if (m.kind === "pronoun")
    return m.phrase ? { phrase: m.phrase, start: m.start } : phraseAntecedent(ctx, m);
  return { phrase: m.phrase ?? m.text, start: m.start };
}

/** Where the noun phrase ending at k starts: back over its words to a determiner, verb or clause word. */
function phraseStartBefore(p: Paragraph, k: number, floor: number): number {
  const toks = p.tokens;
  const t = toks[k]!;
  let j = k;
  while (j - 1 >= floor && k - j < MAX_PHRASE + 2) {
    const prev = toks[j - 1]!;
    const commaInName =
      prev.text === "," && toks[j]!.cap && toks[j - 2]?.cap && isRoleNoun(t.lower);
    // "one U.S. official": the stop of an abbreviation is inside the phrase.
    const inWord = prev.text === "'s" || prev.text === "’s" || prev.text === "-";
    if (prev.q >= 0 || (!prev.word && !inWord && !commaInName && !abbreviationStop(toks, j - 1)))
      break;
    if (/^(which|who|that|whom|whose)$/.test(prev.lower)) break;
    const between = prev.lower === "and" && toks[j]!.cap && toks[j - 2]?.cap;
    if (
      !prev.cap &&
      !between &&
      ((isFrameVerb(prev.lower) && usedAsVerb(toks, j - 1)) ||
        VERB_FILLERS.has(prev.lower) ||
        CONJUNCTIONS.has(prev.lower) ||
        (PREPOSITIONS.has(prev.lower) && !/^(of|for|at)$/.test(prev.lower)))
    )
      break;
    j--;
    if (PHRASE_STARTS.has(prev.lower)) break;
  }
  return j;
}

/** The owner of a document speaks through it; so does a person named in it ("the Kok report"). */
function documentOwner(ctx: QuoteContext, p: Paragraph, j: number, k: number): Speaker | undefined {
  const toks = p.tokens;
  for (let i = j; i < k; i++) {
    const inner = ctx.mentionStartingAt(p, i);
    if (
      inner?.entity &&
      (isPersonId(inner.entity) || toks[inner.end]?.text === "'s" || toks[inner.end]?.text === "’s")
    )
      return { entity: inner.entity, start: j };
  }
  return undefined;
}

/**
 * The phrase [j, k] as a speaker: a proper name ("Marca"), a determined role, body or document
 * ("the former monopoly", "a spokesman"), a bare plural role ("critics"); with `loose`, any
 * determined phrase.
 */
function phraseSpeaker(
  ctx: QuoteContext,
  p: Paragraph,
  from: number,
  k: number,
  loose: boolean,
): Speaker | undefined {
  const toks = p.tokens;
  const t = toks[k]!;
  let j = from;
  while (
    j < k &&
    (toks[j]!.text === "'s" || toks[j]!.text === "’s" || /^(of|for|at|and)$/.test(toks[j]!.lower))
  )
    j++;
  const head = toks[j]!;
  const properName =
    toks.slice(j, k + 1).every((x) => x.cap && x.word) &&
    !(head.first && j === k && !ctx.isKnownWord(head));
  const determined = PHRASE_STARTS.has(head.lower) || (head.first && j < k);
  // "critics claim", "analysts say": a bare plural of a role.
  if (j === k && !t.cap && isRoleNoun(t.lower.replace(/s$/, "")) && t.lower.endsWith("s"))
    return { phrase: t.text, start: k };
  // "state media reported", "local radio said": a body that speaks, with a word or two before it.
  const bareBody =
    SPEAKING_BODIES.has(t.lower) &&
    k - j <= 2 &&
    toks.slice(j, k + 1).every((x) => x.word && !x.cap);
  if (bareBody) return { phrase: p.text.slice(head.start, t.end), start: j };
  if (!properName && !determined) return undefined;
  // "Sanders’ comments Tuesday", "Minutes later": a time never speaks.
  if (TIME_WORDS.has(t.lower)) return undefined;
  // "detainee 'A' in Woodhill Prison said": a place after a preposition is not the speaker.
  if (properName && !determined && PREPOSITIONS.has(toks[j - 1]?.lower ?? "")) return undefined;
  const roleLike =
    isRoleNoun(t.lower) ||
    isRoleNoun(t.lower.replace(/s$/, "")) ||
    DOCUMENTS.has(t.lower) ||
    SPEAKING_BODIES.has(t.lower);
  if (!properName && !roleLike && !loose) return undefined;
  // "But Cologne police said": a connective opening the sentence is no part of the speaker.
  const shown = head.first && CONNECTIVES.has(head.lower) && j < k ? j + 1 : j;
  return { phrase: p.text.slice(toks[shown]!.start, t.end), start: shown };
}

/** The speaker named right after an inverted reporting verb: "said Foreign Secretary Jack Straw". */
export function npStartingAt(ctx: QuoteContext, p: Paragraph, k: number): Speaker | undefined {
  const toks = p.tokens;
  const t = toks[k];
  const handle = t && t.q < 0 ? handleAt(p, k) : undefined;
  if (handle) return handle;
  if (!t || !t.word || t.q >= 0) return undefined;
  const m = mentionCovering(ctx, p, k, 6);
  const d = descriptionAt(p, k, { post: true, and: false });
  // "one Sanders supporter", "the senior Cruz adviser": a name modifying the noun that heads the phrase.
  if (m && (modifiesNoun(p, m) || namesItsOwnPerson(ctx, p, m))) {
    const named = ctx.mentionStartingAt(p, m.end + 1);
    if (named?.entity && isPersonId(named.entity))
      return { entity: named.entity, start: named.start };
    if (d) return namedAfter(ctx, p, d.end) ?? { phrase: d.text, start: k };
  }
  // "a spokesman for Tom Reyes", "one of Reyes’s aides": the phrase's head is not the name.
  const headOutside = d && m && (d.head < m.start || d.head >= m.end);
  if (m && d && m.start > k && headOutside && PHRASE_STARTS.has(t.lower))
    return namedAfter(ctx, p, d.end) ?? { phrase: d.text, start: k };
  if (m) {
    const owned = personOwnedBy(ctx, p, m) ?? ownedPerson(ctx, p, m);
    if (owned) return owned;
    if (m.entity) return { entity: m.entity, start: m.start };
    if (m.kind === "pronoun") return phraseAntecedent(ctx, m);
    return { phrase: m.text, start: m.start };
  }
  if (PERSONAL_PRONOUNS.has(t.lower)) return undefined;
  // "“…,” one supporter wrote. “…,” tweeted another.": the determiner ends the frame, standing for its noun.
  if (FUSED_HEAD.test(t.lower) && !toks[k + 1]?.word) return { phrase: t.text, start: k };
  // "one Republican involved in the planning", "a source familiar with the talks".
  if (d) return namedAfter(ctx, p, d.end) ?? { phrase: d.text, start: k };
  // "said state media", "said local radio": a body that speaks, a word before it at most.
  for (let j = k; j <= k + 1 && toks[j]?.word && !toks[j]!.cap; j++)
    if (SPEAKING_BODIES.has(toks[j]!.lower) && !toks[j + 1]?.word)
      return { phrase: p.text.slice(t.start, toks[j]!.end), start: k };
  // "a spokesman for the company", "one fan", "Marca": a phrase up to the punctuation.
  if (PHRASE_STARTS.has(t.lower) || t.cap) {
    let j = k;
    while (
      j < toks.length &&
      toks[j]!.word &&
      j - k < MAX_PHRASE &&
      !VERB_FILLERS.has(toks[j]!.lower) &&
      !(isFrameVerb(toks[j]!.lower) && !toks[j]!.cap)
    )
      j++;
    const head = toks[j - 1]!;
    if (
      j > k &&
      !TIME_WORDS.has(head.lower) &&
      (isRoleNoun(head.lower) ||
        SPEAKING_BODIES.has(head.lower) ||
        DOCUMENTS.has(head.lower) ||
        head.cap)
    )
      return { phrase: p.text.slice(t.start, head.end), start: k };
  }
  return undefined;
}

/** "another", "others": a determiner that may stand alone for a noun the sentences before gave. */
const FUSED_HEAD = /^(?:another|others)$/;

/** A name inside a description, followed by the noun the phrase is about ("Sanders supporter", "GOP leader"). */
function modifiesNoun(p: Paragraph, m: Mention): boolean {
  const next = p.tokens[m.end];
  return (
    !!next?.word &&
    !next.cap &&
    next.q < 0 &&
    !isFrameVerb(next.lower) &&
    !VERB_FILLERS.has(next.lower) &&
    isSpeakerNoun(next.lower)
  );
}

/** "the senior Cruz adviser" taken for Cruz: a description is never the person it is named after. */
function namesItsOwnPerson(ctx: QuoteContext, p: Paragraph, m: Mention): boolean {
  if (m.kind !== "description" || !m.entity) return false;
  const name = new Set((ctx.names.get(m.entity) ?? "").toLowerCase().split(/\s+/));
  return p.tokens.slice(m.start + 1, m.end).some((t) => t.cap && name.has(t.lower));
}

/**
 * "said ABN Amro's Eddie Wong", "said Atticus' chief economist Ann Lee", "said Trump's campaign
 * manager Corey Lewandowski": the person named after a possessive heads the phrase.
 */
function personOwnedBy(ctx: QuoteContext, p: Paragraph, m: Mention): Speaker | undefined {
  if (!/^['’]s?$/.test(p.tokens[m.end]?.text ?? "")) return undefined;
  const owned = mentionCovering(ctx, p, m.end + 1, 4);
  return owned?.entity && isPersonId(owned.entity) && owned.start > m.end
    ? { entity: owned.entity, start: owned.start }
    : undefined;
}

/**
 * "said Reyes' spokeswoman, Ann Marsh", "said Reyes's longtime aide": a person the possessive
 * owns — named after a comma, else the phrase itself — never the owner.
 */
function ownedPerson(ctx: QuoteContext, p: Paragraph, m: Mention): Speaker | undefined {
  const toks = p.tokens;
  if (!/^['’]s?$/.test(toks[m.end]?.text ?? "")) return undefined;
  let j = m.end + 1;
  while (toks[j]?.word && !toks[j]!.cap && toks[j]!.q < 0 && j - m.end <= 4) j++;
  const head = toks[j - 1]!;
  if (j === m.end + 1 || !head.word || head.cap || !personNoun(head.lower)) return undefined;
  return (
    namedAfter(ctx, p, j) ?? {
      phrase: p.text.slice(toks[m.start]!.start, head.end),
      start: m.start,
    }
  );
}

/** "spokeswoman", "aides", "wife": a role, or a noun whose commonest sense in WordNet is a person. */
const personNoun = (w: string) =>
  isRoleNoun(w) || isRoleNoun(w.replace(/s$/, "")) || nounKinds(w)[0] === "person";

/** "said a worker, Omar Castillo": the person a description is in apposition to. */
function namedAfter(ctx: QuoteContext, p: Paragraph, end: number): Speaker | undefined {
  if (p.tokens[end]?.text !== ",") return undefined;
  const m = ctx.mentionStartingAt(p, end + 1);
  return m?.entity && isPersonId(m.entity) ? { entity: m.entity, start: m.start } : undefined;
}

/** A social network handle: "@" and the name joined to it. */
const HANDLE = /^@[\p{L}\p{N}_]+/u;

/**
 * "tweeted @JaneDoe", "@JaneDoe wrote": a handle on a social network at token `k` (its "@")
 * speaks as itself, written as the article writes it; it is no organisation.
 */
function handleAt(p: Paragraph, k: number): Speaker | undefined {
  const t = p.tokens[k];
  if (t?.text !== "@" || p.tokens[k + 1]?.start !== t.end) return undefined;
  const handle = HANDLE.exec(p.text.slice(t.start))?.[0];
  return handle && handle.length > 1 ? { phrase: handle, start: k } : undefined;
}
