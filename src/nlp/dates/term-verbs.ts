/**
 * Verbs that give a date after "to", "until" or "for" a meaning of its own: a verb that moves or
 * sets the time of an act names a new time, after its own ("the vote was postponed to Saturday",
 * "extended the offer until Friday", "called a strike for Monday"); a verb of a state that lasted
 * names the end of a stretch already over ("the talks ran until Tuesday", "served until June 30").
 */
import { lemma } from "../lexicon/irregular-verbs.js";

/**
 * Verbs (as their base forms) that move an act's time, the date after their "to", "until" or
 * "till" being the new one ("postponed to", "adjourned the case to", "pushed back to",
 * "brought forward to"). Hand-typed: WordNet files "postpone" under verb.stative beside "last"
 * and "remain", so its lexicographer files cannot tell a moved time from a lasting state.
 */
const MOVED =
  /^(?:postpone|delay|defer|adjourn|extend|move|push|bring|put|reschedule|shift|switch|bump)$/;

/**
 * Verbs that set an act for a time ("called a strike for Monday", "set a vote for Thursday",
 * "fixed the hearing for May 3"), the date after their object's "for" being the act's.
 */
const SET_FOR = /^(?:call|set|fix|announce|organise|organize|book|arrange|pencil|reschedule)$/;

/**
 * Verbs of a state or an activity that lasted ("the talks ran until Tuesday", "the festival lasted
 * until March 2", "he served as mayor until June", "waited until Friday to name him"): "until"
 * after them ends a stretch told in the past.
 */
const LASTED =
  /^(?:last|continue|run|remain|stay|serve|live|work|reign|rule|govern|persist|rage|wait|sit|hold|keep)$/;

/** The base form of a verb form: irregular pasts from the lexicon, regular -s/-ed/-ing endings by rule. */
function base(word: string): string {
  const irregular = lemma(word);
  if (irregular !== word) return irregular;
  if (/ied$/.test(word)) return word.replace(/ied$/, "y");
  const stem = word.replace(/(?:ed|es|s|ing)$/, "");
  for (const b of [stem, `${stem}e`, stem.replace(/(.)\1$/, "$1")])
    if (MOVED.test(b) || SET_FOR.test(b) || LASTED.test(b)) return b;
  return word;
}

/** Words that may stand between such a verb and its "to"/"until"/"for": an object or a particle, no verb. */
const BETWEEN = 5;
const PARTICLE = /^(?:back|forward|off|up|over|out|on)$/;

/**
 * What the verb before the date's "to", "until", "till" or "for" says of it: "moved" (a new time
 * set by moving one), "set" (an act set for that time), "lasted" (the end of a stretch), or
 * undefined. `ws`: the words of the date's clause before it, lower-case.
 */
export function termVerb(ws: readonly string[]): "moved" | "set" | "lasted" | undefined {
  const prep = ws[ws.length - 1];
  if (!prep || !/^(?:to|until|till|for)$/.test(prep)) return undefined;
  for (let i = ws.length - 2; i >= Math.max(0, ws.length - 2 - BETWEEN); i--) {
    const w = ws[i]!;
    if (/^(?:to|that|and|or|but|which|who|when)$/.test(w)) return undefined;
    const b = base(w);
    if (prep === "for") {
      // ("set aside $5 million for", "called for": a call for something, not a time set; a
      // passive names the act set: "the hearing was fixed for May 3".)
      const object = i < ws.length - 2 || /^(?:was|were|been|is|are|be)$/.test(ws[i - 1] ?? "");
      if (SET_FOR.test(b) && object && ws[i + 1] !== "aside") return "set";
      continue;
    }
    if (MOVED.test(b)) {
      // "push", "bring", "put" move a time only with their particle: "pushed back to", "put off until".
      if (/^(?:push|bring|put)$/.test(b) && !ws.slice(i + 1, -1).some((x) => PARTICLE.test(x)))
        return undefined;
      // ("extended to" as a reach, "moved to Paris": a place is no time; the date after it is.)
      return "moved";
    }
    if (LASTED.test(b) && (prep === "until" || prep === "till") && w !== b) return "lasted";
  }
  return undefined;
}
