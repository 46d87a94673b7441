/**
 * How well a sentence answers a question, beyond the words it shares with it, to re-rank the few
 * best sentences of the search: coverage counts the question's words wherever they stand, but a
 * sentence that answers "how much did Lee give back" tells of Lee as the doer ("Lee refunded
 * $43,100"), not as the object or the attribution ("… who gave Lee $1,200"), and says it in its
 * own words rather than in a quoted aside of someone else's.
 *
 * Tried and dropped (s14-rank, question eval): the share of the question's weight within a window
 * of seven content words, and the share of neighbouring question-word pairs written in the
 * question's order; at 0.02–0.25 of rank both lost dev questions and moved no blind line up.
 */
import type { Analysis, Entity, Sentence } from "../../model/analysis.js";
import { isStopWord } from "../../nlp/tokens.js";
import { isWordAs } from "../../nlp/lexicon/wordnet.js";
import { SUBJECT_PRONOUNS } from "../../nlp/lexicon/discourse-words.js";
import { POSSESSIVE_DETERMINERS } from "../../nlp/lexicon/function-words.js";
import { textStems, type Query } from "./terms.js";

/** Quotation marks around someone's words: “…”, "…", ‘…’ (the last only with spaces outside). */
const QUOTED = /“[^“”]*”?|"[^"]*"|(?<![\p{L}\p{N}])‘[^‘’]*’(?![\p{L}\p{N}])/gu;

/**
 * Share of the question's weight (0 to 1) the sentence writes only inside quotation marks,
 * none of it in its own words: "“We will beat them,” said Lee" answers what Lee said, not
 * whom they beat.
 */
export function onlyQuoted(query: Query, text: string): number {
  if (query.total <= 0 || !/[“"‘]/.test(text)) return 0;
  const inside = text.match(QUOTED);
  if (!inside) return 0;
  const outsideText = text.replace(QUOTED, " ");
  const inTerms = textStems(inside.join(" "));
  const outTerms = textStems(outsideText);
  let share = 0;
  for (const g of query.groups) {
    const has = (s: Set<string>) => [...g.members.keys()].some((m) => s.has(m));
    if (has(inTerms) && !has(outTerms)) share += g.weight;
  }
  return share / query.total;
}

/** How far into a sentence (in characters) its subject may start: a fronted clause or a title may come first. */
export const SUBJECT_REACH = 45;

const FIRST_WORD = /^[^\p{L}]*(\p{L}+)/u;
/** A capitalised word: a name's or a title's ("Sen.", "Kelly"), passed over before a name. */
const CAPITALISED = /^\p{Lu}[\p{L}.’'-]*$/u;
const NOT_LETTERS = /[^\p{L}]/gu;

/** A sentence that opens with a third-person pronoun or possessive ("She said …", "His plan …"). */
function opensWithPronoun(text: string): boolean {
  const first = FIRST_WORD.exec(text)?.[1]?.toLowerCase();
  return (
    first !== undefined && (SUBJECT_PRONOUNS.includes(first) || POSSESSIVE_DETERMINERS.has(first))
  );
}

/**
 * Whether the sentence tells of the person or organisation the question names as its subject:
 * the name (or a pronoun standing for it) opens the sentence, where English puts the doer, and
 * not in the object, a relative clause or the attribution ("… who gave Lee $1,200", "…, Lee said").
 * Undefined when the question names no one the sentence mentions.
 */
export function namedAsSubject(
  analysis: Analysis,
  questionWords: readonly string[],
  sentence: Sentence,
): boolean | undefined {
  const asked = askedEntities(analysis, questionWords).filter((e) =>
    e.mentions.includes(sentence.index),
  );
  if (!asked.length) return undefined;
  const text = sentence.text;
  const lower = text.toLowerCase();
  return asked.some((e) => {
    const at = Math.min(...e.aliases.map((a) => wordAt(lower, a.toLowerCase())));
    if (at === Infinity) return opensWithPronoun(text);
    return opensClause(text.slice(0, at));
  });
}

/** Where `name` first stands in `text` as whole words, or Infinity. */
function wordAt(text: string, name: string): number {
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    const before = text[i - 1];
    const after = text[i + name.length];
    if ((!before || !LETTER.test(before)) && (!after || !LETTER.test(after))) return i;
  }
  return Infinity;
}
const LETTER = /[\p{L}\p{N}]/u;

/**
 * Whether a name after this text may be the doer of its clause: it opens the sentence or
 * follows a fronted clause's comma (titles and describing words between), within
 * SUBJECT_REACH or after a comma; not after a function word ("to", "by", "the") or a verb
 * ("gave", "said"), where it is an object or the attribution.
 */
function opensClause(before: string): boolean {
  const ws = before.trim().split(/\s+/).filter(Boolean);
  while (ws.length && CAPITALISED.test(ws.at(-1)!) && !isStopWord(ws.at(-1)!.toLowerCase()))
    ws.pop();
  const last = ws.at(-1);
  if (last === undefined) return true;
  if (/,$/.test(last)) return true;
  const w = last.toLowerCase().replace(NOT_LETTERS, "");
  if (isStopWord(w) || (isWordAs(w, "verb") && !isWordAs(w, "noun") && !isWordAs(w, "adj")))
    return false;
  return before.length <= SUBJECT_REACH;
}

const askedMemo = new WeakMap<Analysis, { key: string; entities: Entity[] }>();

/** The people and organisations of the article the question names (every word of an alias asked). */
function askedEntities(analysis: Analysis, questionWords: readonly string[]): Entity[] {
  const key = questionWords.join(" ");
  const memo = askedMemo.get(analysis);
  if (memo?.key === key) return memo.entities;
  const asked = new Set(questionWords.map((w) => w.replace(/[’']s$/, "")));
  const entities = analysis.entities.filter(
    (e) =>
      e.kind !== "place" &&
      e.aliases.some((a) => {
        const ws = a.toLowerCase().split(/\s+/);
        return ws.length <= 3 && ws.every((w) => asked.has(w) && !isStopWord(w));
      }),
  );
  askedMemo.set(analysis, { key, entities });
  return entities;
}
