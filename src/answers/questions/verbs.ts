/**
 * The verbs a question asks about, where its words show them plainly: an irregular past form
 * ("won", "held": lexicon/irregular-verbs.ts), a regular one ("arrested", "fired") or an -ing
 * form ("start developing"). An answer
 * to "who won …" or "when was X arrested" must say that very thing, not something near it.
 */
import { lemma } from "../../nlp/lexicon/irregular-verbs.js";
import { isStopWord } from "../../nlp/tokens.js";
import { isWordAs } from "../../nlp/lexicon/wordnet.js";
import { verbPositions } from "./verb-at.js";

/** Helping and light verbs: "when was the poll taken" may be answered by "conducted". */
const AUX = /^(?:is|are|was|were|be|been|being|has|have|had|do|does|did|done)$/;
/** Light verbs: they say little on their own, so an answer need not repeat them. */
export const LIGHT_VERBS: ReadonlySet<string> = new Set([
  "take",
  "make",
  "get",
  "give",
  "go",
  "come",
  "put",
  "set",
  "keep",
  "let",
  "see",
  // "when will the referendum be held": an event is held, the answer need not say so.
  "hold",
]);

export function askedVerbs(words: string): string[] {
  const ws = words.split(" ");
  return ws.filter(
    (w, i) =>
      w.length > 2 &&
      !isStopWord(w) &&
      !AUX.test(w) &&
      !LIGHT_VERBS.has(lemma(w)) &&
      (lemma(w) !== w ||
        /[^aeiou]ed$|[^e]ied$/.test(w) ||
        (ASPECT.test(ws[i - 1] ?? "") && isIngForm(w))),
  );
}

/** Verbs of starting, going on and stopping: what follows them is the asked action ("start developing"). */
const ASPECT =
  /^(?:start|starts|started|begin|begins|began|stop|stopped|keep|kept|finish|finished|continue|continued|resume|resumed|quit)$/;

/**
 * "-ing" form of a verb WordNet knows ("developing", "running"; not "spring", "morning"), its base
 * at least `shortest` letters long (2 takes "going", "doing").
 */
export function isIngForm(w: string, shortest = 3): boolean {
  if (w.length < shortest + 3 || !w.endsWith("ing")) return false;
  const base = w.slice(0, -3);
  return [base, `${base}e`, base.slice(0, -1)].some(
    (b) => b.length >= shortest && isWordAs(b, "verb"),
  );
}

/** Words before a verb that make it a plan or a wish, not what happened ("hoping to win"). */
const UNREAL = new Set(["to", "will", "would", "could", "might", "may", "can", "should", "must"]);

/**
 * True when a sentence found says every verb asked about (in any form: verb-at.ts) — with
 * `happened`, as something that happened: "who won" is not answered by "in order to win food".
 */
export function saysAskedVerbs(
  verbs: string[],
  hit: { sentence: { text: string } },
  happened = false,
): boolean {
  if (!verbs.length) return true;
  const text = hit.sentence.text;
  return verbs.every((v) =>
    verbPositions(text, [v]).some((p) => !(happened && UNREAL.has(wordBefore(text, p.at)))),
  );
}

const WORD_BEFORE_PATTERN = /^\P{L}+|\P{L}+$/gu;

/** The (lower-case) token just before offset `at` of a text ("to" in "to win", "2.25%" in "2.25% showed"), or "". */
function wordBefore(text: string, at: number): string {
  const token = /(\S+)\s*$/.exec(text.slice(Math.max(0, at - 40), at))?.[1] ?? "";
  return token.replace(WORD_BEFORE_PATTERN, "").toLowerCase();
}
