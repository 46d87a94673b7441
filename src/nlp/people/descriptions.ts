/**
 * Definite descriptions standing for a person ("the Kazakh president", "the head of the republic",
 * "the 30-year-old") or for an organisation ("the company", "the agency"); coreference.ts finds
 * whom they describe.
 */
import { DEMONYMS, PLACES } from "../lexicon/places.js";
import { isPersonNoun, isRoleNoun, ROLE_MODIFIERS } from "../lexicon/roles.js";
import { AUXILIARIES, PREPOSITIONS } from "../lexicon/function-words.js";
import { isAdjective, isWordAs, nounKinds, nounSenses } from "../lexicon/wordnet.js";
import { isFrameVerb, isInversionVerb, VERB_FILLERS } from "../lexicon/reporting-verbs.js";
import type { Paragraph } from "../text-model.js";
import { entryBytes, Lru, MB } from "../../util/lru.js";
import type { Mention } from "./mentions.js";
import { textOf, type NameRun } from "./names.js";

/** A description standing for a person ("the Kazakh president") or an organisation ("the company"). */
export interface Description {
  /** What the head noun names: a person, or a group of people (an organisation). */
  of: "person" | "group";
  p: number;
  start: number;
  end: number;
  /** The head noun, lower case ("president"). */
  head: string;
  /** Capitalised modifiers, lower case ("kazakh", "arsenal"). */
  modifiers: string[];
  text: string;
  sent: number;
  /** Followed by a relative clause that says who is meant ("the man who …"). */
  relative?: boolean;
}

const DESC_AFTER = /^(of|for|at|in)$/;
const YEAR_OLD = /^\d+-year-old$/;

/**
 * The description starting at token `at` ("the"), or undefined. Role descriptions only
 * (a role noun heads them); a description followed by a name is a title, not a description.
 */
export function descriptionAt(p: Paragraph, at: number): Description | undefined {
  const toks = p.tokens;
  const det = toks[at];
  if (!det || det.lower !== "the") return undefined;
  let i = at + 1;
  const modifiers: string[] = [];
  let head = -1;
  let of: Description["of"] = "person";
  for (; i < toks.length && i - at <= 6; i++) {
    const t = toks[i]!;
    if (!t.word || t.q !== det.q) break;
    const demonymHead =
      t.cap &&
      DEMONYMS.has(t.lower) &&
      !(toks[i + 1]?.word && !toks[i + 1]!.cap && isRoleNoun(toks[i + 1]!.lower)) &&
      !toks[i + 1]?.cap;
    // "the president Smith", "the senator Obama": a capitalised word after a noun for a person is
    // a name, even one WordNet also knows as a person ("smith", "Obama").
    if (t.cap && i > at + 1 && !toks[i - 1]!.cap && isPersonNoun(toks[i - 1]!.lower))
      return undefined;
    if (personHead(toks, i, modifiers.length > 0) || YEAR_OLD.test(t.lower) || demonymHead) {
      head = i;
      break;
    }
    if (groupHead(toks, i)) {
      head = i;
      of = "group";
      break;
    }
    if (t.cap) modifiers.push(t.lower);
    else if (
      !ROLE_MODIFIERS.has(t.lower) &&
      !/-/.test(t.lower) &&
      !isAdjective(t.lower) &&
      !nounModifier(t.lower)
    )
      return undefined;
  }
  if (head < 0) return undefined;
  // "the 24-year-old Swiss", "the 30-year-old Kenyan": the age before the nationality that heads it.
  const after = toks[head + 1];
  if (
    YEAR_OLD.test(toks[head]!.lower) &&
    after?.cap &&
    after.q === det.q &&
    DEMONYMS.has(after.lower) &&
    !toks[head + 2]?.cap
  )
    head++;
  // "the 32-year-old rapper", "the 47-year-old director": the age describes the person noun
  // after it, which heads the phrase. Only someone the article gives that role is meant: the age
  // is no modifier that would let it stand for whoever was named last ("He played down fears
  // about Rock. The 40-year-old comic …" is not the "he").
  const noun = toks[head + 1];
  if (
    YEAR_OLD.test(toks[head]!.lower) &&
    noun?.word &&
    !noun.cap &&
    noun.q === det.q &&
    isPersonNoun(noun.lower) &&
    !/([^s]s|men)$/.test(noun.lower)
  )
    head++;
  let end = head + 1;
  // "the head of the republic": a short "of" phrase belongs to it.
  if (toks[end] && DESC_AFTER.test(toks[end]!.lower) && toks[end]!.lower === "of") {
    let j = end + 1;
    if (toks[j]?.lower === "the") j++;
    let k = j;
    while (k < toks.length && k - j < 3 && toks[k]!.word && !isVerbLike(toks[k]!.lower)) k++;
    if (k > j) end = k;
  }
  const next = toks[end];
  // "the Russian President Vladimir Putin": a title, the name follows.
  if (next && next.word && next.cap && !next.first) return undefined;
  // "the president, Kasim-Zhomart Tokaev,": an apposition, the name follows the comma.
  if (next?.text === "," && toks[end + 1]?.cap && toks[end + 1]!.word) return undefined;
  return {
    of,
    p: p.index,
    start: at,
    end,
    head: toks[head]!.lower,
    modifiers,
    text: textOf(p, at, end),
    sent: det.sent,
  };
}

/**
 * A noun for a person heading the description (WordNet's person nouns: "the nominee", "the
 * delegate"), not a modifier before another ("the Republican candidate"); a capitalised one
 * ("the Republican said") only right before what follows the phrase.
 */
function personHead(toks: Paragraph["tokens"], i: number, afterCapitals: boolean): boolean {
  const t = toks[i]!;
  const next = toks[i + 1];
  if (!isPersonNoun(t.lower)) return false;
  // "the Orlando Sentinel", "the Miami Herald": a capitalised noun for a person heads a name, unless
  // WordNet writes it capitalised ("the Florida Republican") or it is a role ("the President").
  if (t.cap && !capitalisedInWordNet(t.lower) && (afterCapitals || !isRoleNoun(t.lower)))
    return false;
  // "the authors", "the chairmen": a plural stands for no one person.
  if (!isRoleNoun(t.lower) && /([^s]s|men)$/.test(t.lower)) return false;
  if (!next?.word) return true;
  if (t.cap)
    return (
      !next.cap &&
      (isVerbLike(next.lower) || isFrameVerb(next.lower) || VERB_FILLERS.has(next.lower))
    );
  return !isPersonNoun(next.lower);
}

/**
 * "the Wisconsin Republican", "the New York Democrat", "the Republican": after "the", capitalised
 * words that are a place (or demonyms) before a noun for a person that WordNet writes capitalised
 * describe someone (the description is resolved like "the senator"); they are no one's name.
 */
export function capitalisedDescription(p: Paragraph, run: NameRun): boolean {
  const toks = p.tokens;
  if (toks[run.from - 1]?.lower !== "the" || run.honorific) return false;
  const words: string[] = [];
  for (let k = run.from; k < run.end; k++) if (toks[k]!.word) words.push(toks[k]!.lower);
  const head = words.pop();
  if (!head || !isPersonNoun(head) || !capitalisedInWordNet(head)) return false;
  return !words.length || PLACES.has(words.join(" ")) || words.every((w) => DEMONYMS.has(w));
}

/** Answers of WordNet about single words (any article's words: bounded in bytes). */
const memo = new Lru<string, boolean>(MB, (key) => entryBytes(key) + 8);
function remembered(key: string, f: () => boolean): boolean {
  let known = memo.get(key);
  if (known === undefined) {
    known = f();
    memo.set(key, known);
  }
  return known;
}

/** A noun WordNet writes capitalised in its commonest sense: "Republican", "Democrat", "Texan". */
export function capitalisedInWordNet(lower: string): boolean {
  return remembered(
    `C${lower}`,
    () => !!nounSenses(lower)[0]?.some((w) => w.toLowerCase() === lower && /^\p{Lu}/u.test(w)),
  );
}

/**
 * "the Senate minority leader", "the campaign manager", "the state attorney general": a singular
 * noun qualifying the head noun (not a plural, not a verb: "the GOP leaders have").
 */
function nounModifier(lower: string): boolean {
  if (isVerbLike(lower) || AUXILIARIES.has(lower)) return false;
  return remembered(
    `N${lower}`,
    () =>
      isWordAs(lower, "noun") && !(/[^s]s$/.test(lower) && isWordAs(lower.slice(0, -1), "noun")),
  );
}

/**
 * A singular lower-case noun whose commonest WordNet sense is a group of people ("the company",
 * "the agency", "the committee"), heading the phrase: no noun for a person or a group follows it
 * ("the company spokesman", "the party leadership").
 */
function groupHead(toks: Paragraph["tokens"], i: number): boolean {
  const t = toks[i]!;
  const next = toks[i + 1];
  if (t.cap || nounKinds(t.lower)[0] !== "group") return false;
  if (/[^s]s$/.test(t.lower) && isWordAs(t.lower.slice(0, -1), "noun")) return false;
  return (
    !next?.word || next.cap || !(isPersonNoun(next.lower) || nounKinds(next.lower)[0] === "group")
  );
}

function isVerbLike(lower: string): boolean {
  return /^(is|was|are|were|has|had|have|said|says|told|will|would|who|which|that|and|but|to)$/.test(
    lower,
  );
}

/**
 * "Richards says the 30-year-old must …": the people named (not after a preposition: "the
 * failures of Clinton, saying that the Democratic front-runner …") in the clause before a description at
 * token `start` — its sentence, back to a direct quote, which ends another clause ("Cruz defends
 * his record: “…,” the senator says" is Cruz). A person named there is not what the description
 * stands for (a pronoun there may well be: "Reflecting on his career, the senator said").
 */
export function namedInClauseBefore(mentions: Mention[], p: Paragraph, start: number): Set<string> {
  const toks = p.tokens;
  const sent = toks[start]!.sent;
  let from = start;
  while (
    from > 0 &&
    toks[from - 1]!.sent === sent &&
    toks[from - 1]!.q < 0 &&
    !toks[from - 1]!.mark
  )
    from--;
  const named = new Set<string>();
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (m.p !== p.index || m.start < from) break;
    const prev = p.tokens[m.start - 1];
    const oblique = !!prev && PREPOSITIONS.has(prev.lower);
    if (m.kind === "name" && m.entity && m.q < 0 && !oblique) named.add(m.entity);
  }
  return named;
}

/**
 * "Cruz defends his record in an ad: “…,” the senator says": the person whose clause opens the
 * sentence of a quote that a description after it frames — its subject, named first outside
 * quotes, not after a preposition nor as a possessive.
 */
export function subjectBeforeQuote(
  mentions: Mention[],
  p: Paragraph,
  start: number,
): string | undefined {
  const toks = p.tokens;
  const sent = toks[start]!.sent;
  let k = start - 1;
  while (k >= 0 && toks[k]!.sent === sent && toks[k]!.q < 0 && !toks[k]!.mark) k--;
  if (toks[k]?.mark !== "close" || toks[k]!.sent !== sent) return undefined;
  let first: Mention | undefined;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (m.p !== p.index || m.sent !== sent) break;
    if (m.q < 0 && m.start < k) first = m;
  }
  if (first?.kind !== "name" || !first.entity?.startsWith("p")) return undefined;
  const before = toks[first.start - 1];
  const after = toks[first.end];
  if (before && PREPOSITIONS.has(before.lower)) return undefined;
  if (after && /^['’]s?$/.test(after.text)) return undefined;
  return first.entity;
}

/**
 * "said the senator" after a quote, or opening a sentence: an inverted reporting verb right
 * before token `start`, opening its clause; not "was declared the winner" (a passive) or
 * "Reyes said the senator …" (a subject before it).
 */
export function invertedVerb(toks: Paragraph["tokens"], start: number): boolean {
  const verb = toks[start - 1];
  const prev = toks[start - 2];
  return !!verb && isInversionVerb(verb.lower) && (!prev || !prev.word || prev.sent !== verb.sent);
}
