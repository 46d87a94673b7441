/** "Why …", "for what reason …": the sentences that give a cause. */
import { FLAG } from "../../../search/sentence-flags.js";
import type { QuestionStrategy } from "../strategy.js";
import { bold } from "../../reply.js";
import { textStems } from "../terms.js";
import { isStopWord, withoutAccents, words } from "../../../nlp/tokens.js";
import { isAdjective, isWordAs } from "../../../nlp/lexicon/wordnet.js";
import { processTerm } from "../../../search/terms.js";
import { lemma } from "../../../nlp/lexicon/irregular-verbs.js";
import { TIME_UNITS, TIME_WORDS } from "../../../nlp/lexicon/calendar.js";
import { POSSESSIVE_DETERMINERS } from "../../../nlp/lexicon/function-words.js";
import { causeByVerb, causePhrase, causeTied, NUMBER } from "./why-cues.js";
import { actionOnlyInAside, doSupportVerb, saysAction } from "./asked-action.js";
import { OWN_COVERAGE, ownCoverage } from "../honest.js";
import { queryFor, type RankedHit } from "../ranking.js";
import { weights } from "../weights.js";

export const whyStrategy: QuestionStrategy = {
  kind: "why",
  recognise(t) {
    // "what did X die of": the cause of a death ("died of a heart attack"), asked as "why did X die".
    const died = /^what\s+(?:did|does|do|had|has|have)\s+(.+?)\s+die\s+(?:of|from)$/.exec(t);
    if (died) return { kind: "why", rest: `${died[1]} die` };
    if (
      !/^(?:why|for\s+what\s+reason|what\s+(?:is|was|s)\s+the\s+reason|how\s+come|what\s+caused|what\s+led\s+to)\b/.test(
        t,
      )
    )
      return undefined;
    return {
      kind: "why",
      // "…, according to the minister": who gives the reason, not what is asked.
      rest: t
        .replace(/\s*,?\s+according\s+to\s.*$/, "")
        .replace(
          /^(?:why|for\s+what\s+reason|what\s+(?:is|was|s)\s+the\s+reason(?:\s+(?:for|why|that))?|how\s+come|what\s+caused|what\s+led\s+to)\s*/,
          "",
        ),
    };
  },
  drop: ["reason", "reasons", "cause"],
  get prefer() {
    return { cause: weights.preferCause };
  },
  // A reason tied to the asked action ("grew … by recruiting") counts for more than a cue anywhere.
  bonus: (ctx, a, s) =>
    reasonAfter(s.text, textStems(ctx.parsed.rest))
      ? weights.whyReason
      : ctx.index.flagsOf(a.article.id, s.index) & FLAG.cause
        ? weights.whyCause
        : 0,
  // The reason tied to the asked action goes in front ("by recruiting younger members:").
  lead(ctx, h) {
    const asked = textStems(ctx.parsed.rest);
    const prev = h.analysis.sentences[h.sentence.index - 1];
    const phrase =
      reasonPhrase(h.sentence.text, asked) ??
      (prev && statesAsked(prev.text, asked) ? reasonOpening(h.sentence.text) : undefined);
    return phrase ? [bold(phrase), ":"] : undefined;
  },
  // The asked event in a sentence found, its cause in one of the next three (within two
  // paragraphs): "Columbia posted a loss. … The loss stems from write-downs."; "Prices rose. That is
  // because …".
  explain(ctx, hits) {
    const asked = textStems(ctx.parsed.rest);
    for (const h of hits.slice(0, 3)) {
      const all = h.analysis.sentences;
      for (let k = h.sentence.index + 1; k <= h.sentence.index + 3 && k < all.length; k++) {
        const s = all[k]!;
        if (s.para > h.sentence.para + 2) break;
        // A connective after one asked word is too loose this far from the found sentence
        // ("The band took over a jail instead"): the sentence opens with a reason, a verb ties
        // the cause to the asked event, or the cause is tied to two asked words.
        if (
          (k === h.sentence.index + 1 && reasonOpening(s.text)) ||
          causeByVerb(s.text, asked) ||
          (causeTied(s.text, asked) && askedCount(s.text, asked) >= 2)
        )
          return { ...h, sentence: s, matched: [], score: 0 };
      }
    }
    return undefined;
  },
  mustSay: {
    what: "why",
    said: (ctx, hits) => {
      // "Why did X co-write the film": a cause of the main clause, the asked action in an aside, is
      // none; nor is a cause in a sentence that neither says the action nor is about the question
      // on its own (only through the sentence before it).
      const verb = doSupportVerb(ctx.parsed.rest, ctx.question.capitalised);
      const query = queryFor(ctx, ctx.parsed.rest, ["reason", "reasons", "cause"]);
      const asked = textStems(ctx.parsed.rest);
      const aboutAsked = (h: RankedHit) =>
        saysAction(h.sentence.text, verb ?? "") ||
        ownCoverage(query, h) >= OWN_COVERAGE ||
        !!whyStrategy.lead?.(ctx, h, new Set());
      return hits.some(
        (h) =>
          (ctx.index.flagsOf(h.analysis.article.id, h.sentence.index) & FLAG.cause ||
            reasonAfter(h.sentence.text, asked)) &&
          !(verb && actionOnlyInAside(h.sentence.text, verb)) &&
          (!verb || aboutAsked(h)),
      );
    },
  },
};

/**
 * A sentence that gives the reason for the one before it, from its first words: "That is
 * because …", "This was due to …", "It came after …", "The move follows …", "The move had been
 * expected after …", "The reason: …".
 * The reason clause, up to its end; undefined when the sentence does not open so.
 */
const REASON_OPENING =
  /^(?:that|this|it|the\s+\p{L}+)\s+(?:(?:is|was|s|has\s+been)\s+(?:(?:partly|largely|mainly|mostly|in\s+part)\s+)?|(?:came|comes|follows|followed)\s+|(?:had|has|have|was|is)\s+(?:been\s+)?(?:widely\s+)?\p{L}+(?:ed|en)\s+)(?=because|due\s+to|after|following|amid|in\s+response\s+to|as\s+a\s+result\s+of|thanks\s+to)/iu;

export function reasonOpening(text: string): string | undefined {
  const m = REASON_OPENING.exec(text) ?? /^the\s+reasons?(?:\s+(?:is|was))?\s*[:,]\s*/iu.exec(text);
  if (!m) return undefined;
  const clause = /^[^,;:.!?“”"()—–]+/u.exec(text.slice(m[0].length))?.[0].trim();
  return clause && clause.split(/\s+/).length <= 14 ? clause : undefined;
}

/** How many of the asked words the sentence says, in any form. */
function askedCount(text: string, asked: Set<string>): number {
  const own = textStems(text);
  const isAsked = askedIn(own);
  return [...asked].filter((a) => own.has(a) || isAsked(a)).length;
}

/** Most of the asked words are in the sentence: it states the asked event. */
function statesAsked(text: string, asked: Set<string>): boolean {
  const own = textStems(text);
  const isAsked = askedIn(own);
  const hits = [...asked].filter((a) => own.has(a) || isAsked(a)).length;
  return asked.size > 0 && hits / asked.size >= 0.6;
}

/** Whether a word of the text is an asked one, in any form ("grew" for "grow"). */
const askedIn = (asked: Set<string>) => (w: string) =>
  [w, lemma(w)].some((f) => {
    const t = processTerm(f);
    return t !== null && asked.has(t);
  });

/** The asked action with its purpose or its reason after it (see the two below). */
export function reasonAfter(text: string, asked: Set<string>): boolean {
  const ws = words(text);
  return (
    purposeAt(ws, asked) >= 0 ||
    reasonForAt(ws, asked) >= 0 ||
    meansAt(ws, asked) >= 0 ||
    judgedAt(ws, asked) >= 0 ||
    causeTied(text, asked)
  );
}

/**
 * A judgement given with "as" and an adjective after the asked action: "the board rejected the
 * bid as too low" answers "why did the board reject the bid" (reject, dismiss, condemn … as).
 */
export function judgedAs(text: string, asked: Set<string>): boolean {
  return judgedAt(words(text), asked) >= 0;
}

function judgedAt(ws: string[], asked: Set<string>): number {
  return ws.findIndex((w, i) => {
    if (w !== "as" || !ws.slice(Math.max(0, i - 4), i).some((v) => asked.has(processTerm(v) ?? "")))
      return false;
    const degree = /^(?:too|so|very|wholly|deeply|overly|largely)$/.test(ws[i + 1] ?? "");
    const next = ws[degree ? i + 2 : i + 1] ?? "";
    return isAdjective(next) && !isStopWord(next) && (degree || !isWordAs(next, "noun"));
  });
}

/**
 * A cause or means given with "by" and a gerund right after the asked action and its object:
 * "Ryan stunned Republicans by withholding his endorsement" answers "why were Republicans
 * stunned"; a few words may come between ("grew rapidly last year, mostly by recruiting"). The
 * gerund is new (no asked word), so "stunned by Ryan" is no reason.
 */
export function meansWithBy(text: string, asked: Set<string>): boolean {
  return meansAt(words(text), asked) >= 0;
}

function meansAt(ws: string[], asked: Set<string>): number {
  const isAsked = askedIn(asked);
  return ws.findIndex((w, i) => {
    if (w !== "by" || !ws.slice(Math.max(0, i - 6), i).some(isAsked)) return false;
    const next = ws[i + 1] ?? "";
    return /.{2}ing$/.test(next) && !isAsked(next) && isWordAs(next, "verb");
  });
}

/**
 * A reason given with "for" right after the asked action and its object: "Ruiz blasted the
 * council for its handling of the floods" answers "why did Ruiz criticise the council". What
 * follows "for" is new (no asked word: "bid for Acme" is what was bid for) and no span of time
 * ("for two years", "for the first time").
 */
export function reasonWithFor(text: string, asked: Set<string>): boolean {
  return reasonForAt(words(text), asked) >= 0;
}

function reasonForAt(ws: string[], asked: Set<string>): number {
  const isAsked = askedIn(asked);
  return ws.findIndex((w, i) => {
    if (w !== "for") return false;
    // "his dislike for the establishment": an owned noun, no action with its reason.
    if (POSSESSIVE_DETERMINERS.has(ws[i - 2] ?? "") && isAsked(ws[i - 1] ?? "")) return false;
    if (!ws.slice(Math.max(0, i - 3), i).some(isAsked)) return false;
    const next = ws.slice(i + 1, i + 4);
    if (!next.length || next.some(isAsked)) return false;
    return !next.some(
      (n) =>
        NUMBER.test(n) ||
        TIME_UNITS.has(n) ||
        TIME_WORDS.has(n) ||
        /^(?:now|ever|while|long)$/.test(n),
    );
  });
}

/**
 * The asked action followed by an infinitive of purpose: "skip the speech to lead a study"
 * answers "why are they skipping the speech". The infinitive comes after the action's object
 * (a word or more between), so "plans to skip" (what is planned) is not a purpose.
 */
export function purposeAfter(text: string, asked: Set<string>): boolean {
  return purposeAt(words(text), asked) >= 0;
}

/** A word before a noun, so the asked word after it is no verb ("enough support to hold …"). */
const DETERMINER =
  /^(?:a|an|the|his|her|its|their|our|my|your|enough|more|much|some|any|no|this|that|these|those|every|each)$/;

function purposeAt(ws: string[], asked: Set<string>): number {
  if (!ws.includes("to")) return -1; // no purpose to find: past the stemming of every word
  for (const [i, w] of ws.entries()) {
    const t = processTerm(w);
    if (t === null || !asked.has(t) || !isWordAs(w, "verb") || DETERMINER.test(ws[i - 1] ?? ""))
      continue;
    for (let j = i + 2; j <= i + 6 && j + 1 < ws.length; j++)
      if (ws[j] === "to" && isWordAs(ws[j + 1]!, "verb") && !isStopWord(ws[j + 1]!)) return j;
  }
  return -1;
}

/**
 * The reason tied to the asked action, as the sentence writes it, up to the end of its clause
 * ("by recruiting younger members", "to join a march", "for its slow repairs", "as too low").
 */
export function reasonPhrase(text: string, asked: Set<string>): string | undefined {
  const ws = words(text);
  for (const at of [purposeAt, reasonForAt, meansAt, judgedAt]) {
    const i = at(ws, asked);
    if (i < 0) continue;
    const pair = ws.slice(i, i + 2).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    const m = new RegExp(
      `(?<![\\p{L}\\p{N}])${pair.join("[^\\p{L}\\p{N}]+")}[^,;:.!?“”"()—–]*`,
      "iu",
    ).exec(withoutAccents(text));
    if (!m) continue;
    const phrase = m[0].trim().split(/\s+/);
    return phrase.length > 14 ? undefined : phrase.join(" ");
  }
  return causePhrase(text, asked);
}
