/**
 * "Which club did he join", "what games has he made": the names in front of the sentence
 * that gives them (the answer is a name).
 */
import type { Analysis } from "../../../model/analysis.js";
import { PLACE_SUFFIXES, PLACES } from "../../../nlp/lexicon/places.js";
import { isPlaceOfKind, isWordAs, nounKinds, nounSenses } from "../../../nlp/lexicon/wordnet.js";
import { isStopWord, words } from "../../../nlp/tokens.js";
import type { AskContext } from "../core.js";
import { bold } from "../../reply.js";
import { AUX } from "../kind.js";
import type { QuestionStrategy } from "../strategy.js";
import { weights } from "../weights.js";

/** "which tobacco companies were accused", "what games has he made", "which club signed him". */
const WHICH_ASKED = new RegExp(
  `^(?:which|what)\\s+(?!${AUX}\\b|s\\b|kind\\b|sort\\b|type\\b)(.+?)\\s+${AUX}\\s+(.+)$`,
);

export const whichStrategy: QuestionStrategy = {
  kind: "which",
  recognise(t, known) {
    // "which tobacco companies were accused", "what games has he made", "which club signed him"
    let m = WHICH_ASKED.exec(t);
    if (m && m[1] && m[2] && m[1].split(" ").length <= 4)
      return { kind: "which", focus: withoutOther(m[1]), rest: m[2] };
    // Without a helping verb, the kind of thing asked for runs to the first word the articles
    // use, or to the verb ("which countries joined …": WordNet knows "joined" as a verb, not a noun).
    m = /^which\s+(.+)$/.exec(t);
    if (m && m[1]) {
      const ws = withoutOther(m[1]).split(" ");
      let n = 1;
      while (n < Math.min(3, ws.length - 1) && !known(ws[n]!) && !verbOnly(ws[n]!)) n++;
      return { kind: "which", focus: ws.slice(0, n).join(" "), rest: ws.slice(n).join(" ") };
    }
    return undefined;
  },
  searchWords(ctx) {
    const rest = ctx.parsed.rest || ctx.question.text;
    const focus = ctx.parsed.focus ?? "";
    return { text: focus ? `${rest} ${focus}` : rest, light: focus.split(" ") };
  },
  get prefer() {
    return { name: weights.preferName };
  },
  bonus: (ctx, a, s, asked) => (answerNames(ctx, a, s.text, asked).length ? weights.whichName : 0),
  lead(ctx, { analysis, sentence }, asked) {
    const names = answerNames(ctx, analysis, sentence.text, asked);
    return names.length ? [bold(names.slice(0, 4).join(", ")), ":"] : undefined;
  },
  // "Which state …" needs a place, "which senator …" a person: without one, the article does not say.
  mustSay: {
    what: (ctx) => `which ${ctx.parsed.focus ?? "one"}`,
    said: (ctx, _hits, anyLead) =>
      anyLead || (!focusType(ctx.parsed.focus) && !asksParty(ctx.parsed.focus)),
  },
};

/** "which other countries": the kind asked for is "countries" (the asked ones are left out anyway). */
function withoutOther(focus: string): string {
  return focus.replace(/^(?:other|another)\s+(?=\S)/, "");
}

/** A word WordNet knows as a verb and never as a noun ("joined", "signed", "visited"). */
function verbOnly(word: string): boolean {
  return isWordAs(word, "verb") && !isWordAs(word, "noun");
}

/** What kind of name "which <focus>" asks for, when WordNet says plainly: a place or a person. */
export function focusType(focus: string | undefined): "place" | "person" | undefined {
  const head = focus?.split(" ").at(-1);
  if (!head) return undefined;
  const kinds = nounKinds(head);
  if (kinds.slice(0, 2).includes("location")) return "place";
  if (kinds[0] === "person") return "person";
  return undefined;
}

/** The names of a sentence that may answer: of the asked kind when the focus has one. */
function answerNames(
  ctx: AskContext,
  analysis: Analysis,
  text: string,
  asked: Set<string>,
): string[] {
  if (asksParty(ctx.parsed.focus)) return partiesIn(text);
  const names = namesIn(text, asked);
  const type = focusType(ctx.parsed.focus);
  if (!type) return names;
  const kind =
    ctx.parsed.focus
      ?.split(" ")
      .at(-1)
      ?.replace(/(?<=[^s])s$/, "") ?? "";
  return names.filter(
    (n) =>
      (isA(analysis, n, type) || (type === "place" && placeByWording(text, n))) &&
      (type !== "place" || n.split(/\s+and\s+/).every((p) => !otherRank(p, kind))),
  );
}

/** The ranks of places news asks for by name: a country, a state in it, a city. */
const PLACE_RANKS = ["country", "state", "city"];

/**
 * "Which state …": a place WordNet files under another rank and not under the asked one
 * ("Mexico" is a country, "Newark" a city). A place WordNet files under neither (Wales, a
 * principality) is not ruled out.
 */
export function otherRank(name: string, kind: string | undefined): boolean {
  if (!kind || !PLACE_RANKS.includes(kind) || isPlaceOfKind(name, kind) !== false) return false;
  return PLACE_RANKS.some((k) => k !== kind && isPlaceOfKind(name, k) === true);
}

/** "Which party …": the answer is a political party. */
const asksParty = (focus: string | undefined) => focus?.split(" ").at(-1) === "party";

const PARTIES_IN_PATTERN = /(?<![\p{L}])\p{Lu}[\p{L}]+/gu;
const PARTIES_IN_PATTERN_2 = /^\p{Lu}.* Party$/u;

/**
 * The political parties a sentence names, as WordNet knows them: a capitalised word that with
 * "Party" is a party ("Republican Rep. Lee Zeldin", "Labour"), "Democrat" for the Democratic
 * Party, or a party's other name ("GOP").
 */
export function partiesIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(PARTIES_IN_PATTERN)) {
    const w = m[0].toLowerCase();
    const party = [w, w.replace(/crats?$/, "cratic"), w.replace(/s$/, "")].some((f) =>
      nounSenses(`${f} party`).some((syn) => syn.some((n) => PARTIES_IN_PATTERN_2.test(n))),
    );
    if ((party || nounSenses(w)[0]?.some((n) => / Party$/.test(n))) && !out.includes(m[0]))
      out.push(m[0]);
  }
  return out;
}

const PLACE_BY_WORDING_PATTERN = /^,\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)/u;
const PLACE_BY_WORDING_PATTERN_2 = /^\s+\p{Ll}/u;

/** A name the sentence words as a place: after "in", "at", "to", "from", "near", or before ", <Place>" ("Evansville, Indiana"). */
function placeByWording(text: string, name: string): boolean {
  const at = text.indexOf(name);
  if (at < 0) return false;
  const before = text.slice(Math.max(0, at - 8), at);
  const after = PLACE_BY_WORDING_PATTERN.exec(text.slice(at + name.length));
  // "to the Republican convention": a name in front of a noun, or a party, is no place.
  if (/\bthe\s+$/.test(before) && PLACE_BY_WORDING_PATTERN_2.test(text.slice(at + name.length)))
    return false;
  if (partiesIn(name).length) return false;
  return (
    /\b(?:in|at|to|from|near|outside)\s+(?:the\s+)?$/.test(before) ||
    (!!after?.[1] && PLACES.has(after[1].toLowerCase()))
  );
}

/** True when a name is a place (or a person) by the article's entities or the place lexicon. */
export function isA(analysis: Analysis, name: string, type: "place" | "person"): boolean {
  const lower = name.toLowerCase();
  const entity = analysis.entities.some(
    (e) =>
      e.kind === type &&
      [e.name, ...e.aliases].some(
        (n) => n.toLowerCase() === lower || lower.endsWith(n.toLowerCase()),
      ),
  );
  if (entity || type === "person") return entity;
  return PLACES.has(lower) || PLACE_SUFFIXES.has(lower.split(" ").at(-1) ?? "");
}

const NAMES_IN_PATTERN =
  /(?<=[\s(“"‘'])(\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+(?:(?:of|the|and|de|van|von|&)\s+)?\p{Lu}[\p{L}\p{N}'’&.-]*)*)/gu;
const NAMES_IN_PATTERN_2 = / of (?:the )?(\p{Lu}[^]*)$/u;

/** Capitalised names in a sentence (not its first word, not the question's words), in order. */
function namesIn(text: string, asked: Set<string>): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(NAMES_IN_PATTERN)) {
    const name = (m[1] ?? "").replace(/['’]s$/, "").replace(/[.,]$/, "");
    const ws = words(name);
    // "Rep. Tom Cole of Oklahoma" for "which state is Tom Cole from": the place after "of".
    const of = NAMES_IN_PATTERN_2.exec(name)?.[1];
    if (of && ws.some((w) => asked.has(w)) && !words(of).some((w) => asked.has(w))) {
      if (!out.includes(of)) out.push(of);
      continue;
    }
    if (
      !ws.length ||
      ws.some((w) => asked.has(w)) ||
      ws.every((w) => isStopWord(w) || w === "i" || w === "d" || w === "m")
    )
      continue;
    if (!out.includes(name)) out.push(name);
  }
  return out;
}
