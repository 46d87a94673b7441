/**
 * Values of another holder than the asked one, and things the article never names (issue 12,
 * item 6): each gets "the article does not say", with the closest sentence at most.
 *
 * - a name the question asks about that no article writes ("who won the World Cup" of an article
 *   that names none): nameNeverWritten, checked before the search (by-search.ts);
 * - an age of a person of another description ("a 43-year-old man … his aunt" for "how old is
 *   the aunt"): ageOfDescribed, for a "how old" question that names no one (kinds/count.ts);
 * - a date that is the time a figure is reckoned at ("the latest figures as of Monday for the
 *   dead in the bombings"), which dates no event: reckonedAt (kinds/when.ts).
 *
 * Measured and not kept (s19-unans, question eval): a figure whose paragraph never speaks of the
 * place the question asks about ("how many tourists came from Japan": "the island's airport
 * handled 17 million passengers"), the article not being about that place — blind dev +2
 * unanswerable refused but −2 answerable how-many; the same only when the figure's sentence
 * names another place, −1 answerable and nothing gained; only for a place the article never
 * names, no blind line moved (nameNeverWritten covers most of it). A count's sentence that does
 * not say the asked action ("how many people watched": "used to kill nine people") cost 20 dev
 * questions for 3 ("died" ~ "killed", "rule" ~ "held this post").
 */
import { isStopWord, words } from "../../nlp/tokens.js";
import { isCalendarWord } from "../../nlp/lexicon/calendar.js";
import { HONORIFICS, isTitleWord } from "../../nlp/lexicon/titles.js";
import { commonness } from "../../nlp/lexicon/common-words.js";
import { isRoleNoun } from "../../nlp/lexicon/roles.js";
import { nounAncestors, nounKinds, synonyms } from "../../nlp/lexicon/wordnet.js";
import { processTerm } from "../../search/terms.js";
import type { AskContext } from "./core.js";
import type { Query } from "./terms.js";
import { asTyped } from "./typed.js";
import { AGE_ANY } from "./honest.js";

/**
 * A name the question asks about that no article writes, nor any form or WordNet relative of it
 * (terms.ts: the query group is not `known`), as the question typed it: "how many people were
 * killed in Havana" of an article that never names Havana, "who won the World Cup" of one that
 * names no World Cup. A word the question capitalises (not its first word, nor a title such as
 * "President", a month or a day, nor an acronym the article may spell out) and no common English
 * word (nlp/lexicon/common-words.ts: "Labour" may be background the article writes otherwise);
 * undefined when there is none, or when the question capitalises most of its words (a
 * title-case or shouted question says nothing by its capitals).
 */
export function nameNeverWritten(ctx: AskContext, query: Query): string | undefined {
  const ws = ctx.question.words;
  const capitals = ws.filter((w) => ctx.question.capitalised.has(w)).length;
  if (capitals * 2 > ws.length) return undefined;
  const first = ws[0];
  for (const g of query.groups) {
    const w = g.word;
    if (g.known || w === first || w.length < 2 || !ctx.question.capitalised.has(w)) continue;
    if (isStopWord(w) || HONORIFICS[w] || isTitleWord(w) || isCalendarWord(w)) continue;
    // An acronym ("NHS", "ECB") may be a name the article spells out.
    if (ctx.question.acronyms.has(w)) continue;
    // A common English word capitalised ("Labour", "Independence") may be background the article
    // writes otherwise ("when we were elected"): only a rare word is a name the article lacks.
    if (commonness(g.stem) < 1) continue;
    return asTyped(ctx, w);
  }
  return undefined;
}

const AGE_AT = new RegExp(AGE_ANY.source, "giu");
const WORDS_AFTER = /^[\s,]*((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)/u;

/**
 * The person noun a "how old" question asks about when it names no one: the last word of its
 * subject that WordNet files as a person ("how old is the aunt's *niece*", "the *victim*");
 * undefined when there is none.
 */
export function askedPersonNoun(rest: string): string | undefined {
  return words(rest)
    .filter((w) => !isStopWord(w) && personNoun(w))
    .at(-1);
}

function personNoun(w: string): boolean {
  return isRoleNoun(w) || nounKinds(w).slice(0, 2).includes("person");
}

/** Whether two person nouns may name one person: the same word, synonyms, or one a kind of the other ("widow", "woman"). */
function samePerson(a: string, b: string): boolean {
  const base = (w: string) => processTerm(w) ?? w;
  if (base(a) === base(b)) return true;
  if (synonyms(a).includes(b) || synonyms(b).includes(a)) return true;
  return nounAncestors(a, 2).has(b) || nounAncestors(b, 2).has(a);
}

/**
 * The first age in a sentence that may be the asked person's (`noun`, from askedPersonNoun), as
 * written: an age is another person's when the noun right after it is a person noun that is
 * neither the asked one nor a synonym or kind of it ("a 43-year-old *man* … his aunt" for "how
 * old is the aunt"), unless the asked noun stands just before it, in apposition ("the victim, an
 * 87-year-old widow"). Ages with no person noun after them are kept as before.
 */
export function ageOfDescribed(text: string, noun: string): string | undefined {
  for (const m of text.matchAll(AGE_AT)) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    const after = (WORDS_AFTER.exec(text.slice(end))?.[1] ?? "").split(/\s+/);
    const head = after.find((w) => personNoun(w));
    if (!head || samePerson(head, noun)) return m[0];
    const before = words(text.slice(Math.max(0, at - 40), at)).slice(-4);
    if (before.some((w) => samePerson(w, noun))) return m[0];
  }
  return undefined;
}

/** "as of Monday", "as at 31 March", "as of the end of June": the time a count or a state is reckoned at. */
const AS_OF = /\bas\s+(?:of|at)\s+(?:the\s+(?:end|close|start)\s+of\s+)?$/i;

/**
 * True when the date at `at` is the time a figure is reckoned at, not an event's: "the latest
 * figures as of Monday for the dead in the bombings" does not date the bombings.
 */
export function reckonedAt(text: string, at: number): boolean {
  return AS_OF.test(text.slice(Math.max(0, at - 30), at));
}
