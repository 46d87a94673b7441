/** Checks over an article's name runs once all are found: title-case phrases, sentence capitals, initials, firms. */
import {
  AUXILIARIES,
  CONJUNCTIONS,
  DETERMINERS,
  PASSIVE_AUXILIARIES,
  PREPOSITIONS,
} from "../lexicon/function-words.js";
import { ORG_SUFFIXES, ORGANISATIONS } from "../lexicon/organisations.js";
import { NAME_PARTICLES } from "../lexicon/person-names.js";
import { PLACES } from "../lexicon/places.js";
import { isPersonNoun } from "../lexicon/roles.js";
import { isWordAs } from "../lexicon/wordnet.js";
import type { TextModel } from "../text-model.js";
import { knownNameWord, ACRONYM } from "./name-words.js";
import type { NameRun } from "./names.js";

/**
 * Function words a title in title case capitalises: prepositions, conjunctions, determiners and
 * auxiliary verbs ("Joe Biden Was A Really Effective Senator", a live blog's heading).
 */
const TITLE_CASE_WORDS = new Set([
  ...PREPOSITIONS,
  ...CONJUNCTIONS,
  ...DETERMINERS,
  // Not "May": a given name too ("Lucy May Olsen").
  ...[...AUXILIARIES, ...PASSIVE_AUXILIARIES].filter((w) => w !== "may"),
  "within",
  "upon",
]);

/**
 * "Actors Asked To Act Whiter", "Lost In Translation": a run whose inner words include a
 * capitalised function word is a phrase in title case (a subhead, a work's title), no one's
 * name — names write them in lower case ("Bank of America"), save particles ("Robert De Niro").
 */
export function titleCasePhrase(model: TextModel, r: NameRun): boolean {
  const toks = model.paragraphs[r.p]!.tokens;
  for (let k = r.start + 1; k < r.end - 1; k++) {
    const t = toks[k]!;
    // Not "Samuel A. Alito": an initial.
    if (
      t.word &&
      t.cap &&
      t.text.length > 1 &&
      TITLE_CASE_WORDS.has(t.lower) &&
      !NAME_PARTICLES.has(t.lower)
    )
      return true;
  }
  return false;
}

/**
 * "Band member Flea", "Party leader Ann Lee": a common noun opening the sentence before a role
 * noun and a name is capitalised only as the sentence's first word, no name of its own.
 */
export function onlyTheSentenceCapital(
  model: TextModel,
  r: NameRun,
  next: NameRun | undefined,
): boolean {
  if (!r.first || r.words.length !== 1 || r.title || !next || next.p !== r.p) return false;
  const w = r.words[0]!.toLowerCase();
  if (!isWordAs(w, "noun") || knownNameWord(w) || ORGANISATIONS.has(w) || PLACES.has(w))
    return false;
  if (ACRONYM.test(r.words[0]!)) return false;
  const between = model.paragraphs[r.p]!.tokens.slice(r.end, next.from);
  return (
    between.length > 0 &&
    between.length <= 2 &&
    between.every((t) => t.word && !t.cap && isPersonNoun(t.lower))
  );
}

/**
 * "British Airways … BA said": initials of an organisation the article names in full are that
 * body's, even where WordNet writes them for a thing (a degree, a device).
 */
export function initialsOfBodiesNamed(runs: NameRun[]): void {
  const initials = new Set(
    runs
      .filter((r) => r.kind === "organisation" && r.words.length > 1)
      .map((r) =>
        r.words
          .filter((w) => !/^(?:of|and|the|for|&)$/i.test(w))
          .map((w) => w[0])
          .join(""),
      ),
  );
  for (const r of runs)
    if (!r.kind && r.words.length === 1 && ACRONYM.test(r.words[0]!) && initials.has(r.words[0]!))
      r.kind = "organisation";
}

/**
 * "D.E. Shaw & Co.", "Walter Brandt & Sons": a name before "&" and a body's ending is a firm's,
 * and the ending joins its name (not a body of its own).
 */
export function firmsBeforeAmpersand(model: TextModel, runs: NameRun[]): void {
  for (let i = 0; i < runs.length; i++) {
    const r = runs[i]!;
    const toks = model.paragraphs[r.p]!.tokens;
    const [amp, next] = [toks[r.end], toks[r.end + 1]];
    if (amp?.text !== "&" || !next?.cap || !ORG_SUFFIXES.has(next.lower.replace(/\.$/, "")))
      continue;
    r.kind = "organisation";
    const tail = runs[i + 1];
    if (tail && tail.p === r.p && tail.start === r.end + 1 && tail.end === r.end + 2) {
      r.words = [...r.words, "&", ...tail.words];
      r.end = tail.end;
      runs.splice(i + 1, 1);
    }
  }
}
