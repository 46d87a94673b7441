/**
 * The mentions a speaker can be: a name that can be a subject (not "his …" or "at Labour"),
 * the person a phrase or pronoun stands for, the person before an affiliation.
 */
import { isFrameVerb, VERB_FILLERS } from "../lexicon/reporting-verbs.js";
import { isFemaleHead, isMaleHead } from "../lexicon/gender.js";
import { isPersonNoun } from "../lexicon/roles.js";
import { nameAfterRole, type Mention } from "../people/mentions.js";
import { CONJUNCTIONS, DETERMINERS, PREPOSITIONS } from "../lexicon/function-words.js";
import type { Paragraph } from "../text-model.js";
import { isPersonId, type QuoteContext, type Speaker } from "./context.js";

/** Not "his …", "Mr Smith's …" or "at Labour …": a name that can be a subject. */
export function isSubjectMention(p: Paragraph, m: Mention): boolean {
  const toks = p.tokens;
  if (m.kind === "pronoun" && !/^(he|she)$/.test(toks[m.start]!.lower)) return false;
  const next = toks[m.end];
  if (next && (next.text === "'s" || next.text === "’s" || next.text === "'" || next.text === "’"))
    return false;
  const prev = toks[m.start - 1];
  return !prev || !PREPOSITIONS.has(prev.lower);
}

/**
 * A reporting verb at token j, not the same word as a noun qualifying the next ("said state Sen.
 * Tim Ross", "said state senator Ann Lee", "said report author Jane Doe"): an uninflected form
 * right before a capitalised word or a noun for a person is that noun's modifier.
 */
export function verbInPhrase(p: Paragraph, j: number): boolean {
  const t = p.tokens[j]!;
  if (!isFrameVerb(t.lower)) return false;
  const next = p.tokens[j + 1];
  if (t.cap || /(?:s|ed|ing)$/.test(t.lower) || !next?.word) return true;
  return !(next.cap || isPersonNoun(next.lower));
}

/** Between `from` and `to` only words that may precede a name in a frame ("BT chief executive"). */
export function onlyRoleWords(p: Paragraph, from: number, to: number): boolean {
  if (to - from > 7) return false;
  for (let j = from; j < to; j++) {
    const t = p.tokens[j]!;
    if (!t.word) {
      // "Italy's Northern League leader Matteo Salvini": a possessive opening the role.
      if (/^(\(|\)|-|['’]s)$/.test(t.text)) continue;
      // "the presumptive GOP nominee, Donald Trump, tweeted": a comma right before the name.
      if (t.text === "," && j === to - 1) continue;
      return false;
    }
    if (verbInPhrase(p, j) || VERB_FILLERS.has(t.lower) || CONJUNCTIONS.has(t.lower)) return false;
  }
  // Lower-case words there must make a role: "director of telecoms research", not "to reverse the trend".
  // "the" alone is the article of a body's name ("…," the WTO said), no role.
  const span = p.tokens.slice(from, to).filter((t) => t.word && t.lower !== "the");
  return span.every((t) => t.cap) || span.some((t) => isPersonNoun(t.lower));
}

/** A mention starting at k, or within `slack` words after k with only role words between; a person's first. */
export function mentionCovering(
  ctx: QuoteContext,
  p: Paragraph,
  k: number,
  slack: number,
): Mention | undefined {
  const toks = p.tokens;
  let firstFound: Mention | undefined;
  let joined = false;
  for (let j = k; j < toks.length && j - k <= slack; j++) {
    const m = ctx.mentionStartingAt(p, j);
    if (joined && !(m?.entity && isPersonId(m.entity))) {
      const w = toks[j]!;
      if (m || !w.word || w.cap || verbInPhrase(p, j) || VERB_FILLERS.has(w.lower)) break;
      continue;
    }
    if (m) {
      // "said Clinton campaign manager Robby Mook": the person whose role it is.
      const other = m.entity && isPersonId(m.entity) ? nameAfterRole(p, m.end) : -1;
      const named = other >= 0 ? ctx.mentionStartingAt(p, other) : undefined;
      if (named?.entity && isPersonId(named.entity)) return named;
      if (m.entity && isPersonId(m.entity)) return m;
      firstFound ??= m;
      j = m.end - 1;
      continue;
    }
    const t = toks[j]!;
    // "said Florida’s Rick Wilson": the person after a possessive place or body.
    if (firstFound && (t.text === "'s" || t.text === "’s")) continue;
    // "said longtime resident and retired teacher Paul Moss": two roles with no article, one
    // person's, joined before the name (not "the mayor and Police Chief Tom Reyes": two people).
    if (t.lower === "and" && !firstFound && roleBefore(p, k, j)) {
      joined = true;
      continue;
    }
    if (!t.word || verbInPhrase(p, j) || VERB_FILLERS.has(t.lower) || CONJUNCTIONS.has(t.lower))
      break;
  }
  return firstFound;
}

/** Lower-case words from `k` to `and`, the last a noun for a person, no determiner among them. */
function roleBefore(p: Paragraph, k: number, and: number): boolean {
  const words = p.tokens.slice(k, and);
  const last = words[words.length - 1];
  return (
    !!last &&
    words.every((t) => t.word && !t.cap && !DETERMINERS.has(t.lower)) &&
    isPersonNoun(last.lower)
  );
}

/** "she said" after "A Department for Work and Pensions spokeswoman confirmed …": the phrase she stands for. */
export function phraseAntecedent(ctx: QuoteContext, m: Mention): Speaker | undefined {
  const female = /^(she|her)$/i.test(m.text);
  for (let s = m.sent; s >= m.sent - 2; s--) {
    const phrase = ctx.phraseIn.get(s);
    if (!phrase) continue;
    const head = phrase.toLowerCase().split(/\s+/).pop() ?? "";
    if (female ? isMaleHead(head) : isFemaleHead(head)) continue;
    return { phrase };
  }
  return undefined;
}

/** "Nigel McCune from the Musicians' Union", "Paul Hofheinz of the Lisbon Council": the person before the affiliation. */
export function personBeforeAffiliation(
  ctx: QuoteContext,
  p: Paragraph,
  orgStart: number,
  floor: number,
): Speaker | undefined {
  const toks = p.tokens;
  for (let j = orgStart - 1; j >= floor && orgStart - j <= 5; j--) {
    const t = toks[j]!;
    if (/^(from|of|at)$/.test(t.lower)) {
      const m = ctx.mentionEndingAt(p, j - 1);
      return m?.entity && isPersonId(m.entity) ? { entity: m.entity, start: m.start } : undefined;
    }
    // "Stacy Baker of Columbia, South Carolina says": the comma between a city and its state.
    const cityComma = t.text === "," && toks[j - 1]?.cap && toks[j + 1]?.cap;
    if (!t.word && !cityComma && !/^(?:'|’|'s|’s)$/.test(t.text)) return undefined;
  }
  return undefined;
}
