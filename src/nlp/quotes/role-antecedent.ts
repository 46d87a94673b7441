/**
 * "Captain Leon Barrie paid tribute to his old boss. “…,” the midfielder said.": news writing
 * names someone and, in the next sentence, calls them by a bare description the article has
 * given no one ("the midfielder", "the 34-year-old", "the veteran"), to avoid repeating the
 * name. The description speaks for the person who is the subject of the sentence right before,
 * in the same paragraph — not when the description is one who speaks for others ("the
 * spokesman", "the lawyer", "the narrator" of an ad): they are another person; nor a vague
 * "the man", "the woman" (GENERIC_PERSON_WORDS).
 */
import { GENERIC_PERSON_WORDS, isRoleNoun } from "../lexicon/roles.js";
import { subjectPersonOf } from "./clause-subject.js";
import { isPersonId, type QuoteContext, type Speaker } from "./context.js";

/** "the midfielder", "the former defender", "the 34-year-old": "the", up to two lower-case words, a role noun or an age. */
const BARE_DESCRIPTION = /^the\s+(?:[a-z-]+\s+){0,2}([a-z][a-z-]*)$/;

/** People who speak for others or about them: a description of them is someone else. */
const SPEAKS_FOR_OTHERS = new Set(
  "spokesman spokeswoman spokesperson official source aide adviser advisor representative lawyer attorney solicitor barrister agent friend relative neighbour neighbor witness narrator announcer".split(
    " ",
  ),
);

/**
 * The person a quote's speaker, given only as a bare description, stands for: the subject of
 * the sentence before the quote's, in its paragraph. `sent`: the quote's sentence.
 */
export function describedSubjectBefore(
  ctx: QuoteContext,
  speaker: Speaker,
  sent: number,
): Speaker | undefined {
  if (speaker.entity || !speaker.phrase) return undefined;
  const m = BARE_DESCRIPTION.exec(speaker.phrase);
  const head = m?.[1];
  // "the man", "the woman": a bare person word the writer introduced as someone new ("Another
  // worshipper, who did not want to be named, said …").
  if (!head || SPEAKS_FOR_OTHERS.has(head) || GENERIC_PERSON_WORDS.has(head)) return undefined;
  // A role ("the midfielder", "the senator") or an age; not any noun for a person ("the
  // victim", "the voter"): those are as often someone new.
  if (!isRoleNoun(head) && !/^\d+-year-old$/.test(head)) return undefined;
  const p = ctx.paraOfSentence.get(sent);
  if (!p || ctx.paraOfSentence.get(sent - 1) !== p) return undefined;
  const subject = subjectPersonOf(ctx, sent - 1, true);
  if (!subject?.entity || !isPersonId(subject.entity)) return undefined;
  return { ...subject, cue: speaker.cue };
}
