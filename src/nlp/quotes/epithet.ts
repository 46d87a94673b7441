/**
 * A speaker named by an epithet right after the sentence about them: news writing avoids repeating
 * a name and calls the one it has just spoken of by what they are — "Captain Leon Barrie paid
 * tribute to his old boss. “…,” the midfielder said"; "Behind her, Sipho Dlamini, 71, leans on a
 * walking frame. “…,” says the retired driller"; "Wattle Air said it would defend the case.
 * “…,” the airline said". The people finder resolves a description only to someone the article
 * has given that role (coreference.ts); an epithet it could not place stands for the subject of
 * the sentence before, in the same paragraph.
 */
import { SPEAKING_BODIES } from "../lexicon/organisations.js";
import { isPersonNoun, STAND_IN_HEADS } from "../lexicon/roles.js";
import { isWordAs, nounAncestors } from "../lexicon/wordnet.js";
import { CONNECTIVES } from "../lexicon/function-words.js";
import { type QuoteContext, type Speaker } from "./context.js";
import { subjectPersonOf } from "./clause-subject.js";
import { isSubjectMention } from "./mentions.js";
import { sentenceRange } from "./words.js";

/** "the midfielder", "the retired driller", "the 23-year-old", "the budget airline": a definite phrase of a few words. */
const EPITHET = /^the ((?:[\p{Ll}\d-]+ ){0,3})([\p{Ll}-]+)$/u;

/** A noun for a body that speaks: "the airline", "the group", "the union" (a speaking body, or an organisation in WordNet). */
function bodyNoun(head: string): boolean {
  return SPEAKING_BODIES.has(head) || nounAncestors(head, 2).has("organization");
}

/**
 * The entity an epithet speaker stands for, or the speaker as it was: only a phrase-only speaker
 * ("the midfielder") of a quote in sentence `sent`, when the sentence before opens on a person (a
 * noun for a person; that sentence in the same paragraph) or an organisation (a noun for a body;
 * that sentence in the same paragraph or ending the one before).
 */
export function epithetSpeaker(
  ctx: QuoteContext,
  speaker: Speaker | undefined,
  sent: number,
): Speaker | undefined {
  if (!speaker?.phrase || speaker.entity) return speaker;
  const office = officeHolder(ctx, speaker.phrase.trim());
  if (office) return { ...speaker, entity: office };
  const m = EPITHET.exec(speaker.phrase.trim());
  if (!m) return speaker;
  const head = m[2]!;
  if (STAND_IN_HEADS.has(head) || /[^s]s$/.test(head)) return speaker;
  const p = ctx.paraOfSentence.get(sent);
  if (!p) return speaker;
  // "a Carrier executive tells employees … the executive says": the one an earlier phrase named.
  if (namedByPhraseBefore(ctx, head, sent)) return speaker;
  // A body may be the one the paragraph before ends on: "The Harbour Safety Authority has fined
  // a ferry operator." ¶ "“…,” the regulator said" (a lead, then its body's statement).
  if (bodyNoun(head)) {
    const body = bodyOpening(ctx, sent - 1);
    return body ? { ...speaker, entity: body } : speaker;
  }
  if (ctx.paraOfSentence.get(sent - 1) !== p) return speaker;
  // A noun for a person, an age, or a word WordNet knows as no noun ("the retired driller"); not
  // a writing that speaks for its author ("the report said", "the suit says").
  if (!isPersonNoun(head) && !/^\d+-year-old$/.test(head) && isWordAs(head, "noun")) return speaker;
  const person = subjectPersonOf(ctx, sent - 1, true)?.entity ?? topicalOpening(ctx, sent - 1);
  return person ? { ...speaker, entity: person } : speaker;
}

/** A speaker named only by a phrase with the same head before sentence `sent` ("a Carrier executive"). */
function namedByPhraseBefore(ctx: QuoteContext, head: string, sent: number): boolean {
  for (const [s, sp] of ctx.speakerIn)
    if (s < sent && !sp.entity && sp.phrase?.toLowerCase().split(/\s+/).at(-1) === head)
      return true;
  return false;
}

/**
 * "Wattle Air said it would …": the organisation a sentence opens on, as its subject — the only
 * one it names ("SAIC says … the FT reports. “…,” the newspaper quotes" is neither).
 */
function bodyOpening(ctx: QuoteContext, sent: number): string | undefined {
  const p = ctx.paraOfSentence.get(sent);
  const range = p && sentenceRange(p, sent);
  if (!p || !range) return undefined;
  const bodies = new Set(
    ctx.people.mentions
      .filter((m) => m.sent === sent && m.q < 0 && m.entity?.startsWith("o"))
      .map((m) => m.entity),
  );
  if (bodies.size !== 1) return undefined;
  let words = 0;
  for (let k = range.start; k < range.end && words < 4; k++) {
    const t = p.tokens[k]!;
    if (!t.word || t.q >= 0) continue;
    const mention = ctx.mentionStartingAt(p, k);
    if (mention && mention.q < 0) {
      if (!mention.entity?.startsWith("o") || !isSubjectMention(p, mention)) return undefined;
      return mention.entity;
    }
    if (!CONNECTIVES.has(t.lower)) words++;
  }
  return undefined;
}

/** "The 48-year-old was typically blunt …": the person a description opening the sentence stands for. */
function topicalOpening(ctx: QuoteContext, sent: number): string | undefined {
  const p = ctx.paraOfSentence.get(sent);
  const range = p && sentenceRange(p, sent);
  if (!p || !range) return undefined;
  return ctx.people.topical.find((m) => m.p === p.index && m.start === range.start)?.entity;
}

/** "the Prime Minister", "the Home Secretary": an office written with capitals, as British and Commonwealth papers write them. */
const OFFICE = /^the ((?:\p{Lu}[\p{L}-]* ){0,3}\p{Lu}[\p{L}-]*)$/u;

/**
 * The one person of the article whose role is the office a capitalised phrase names ("Prime
 * Minister Claire Sutherland … the Prime Minister said"): the role ends with the office's words.
 */
function officeHolder(ctx: QuoteContext, phrase: string): string | undefined {
  const m = OFFICE.exec(phrase);
  if (!m) return undefined;
  const office = m[1]!.toLowerCase();
  const holders = ctx.people.entities.filter((e) => {
    const role = e.role?.toLowerCase();
    return e.kind === "person" && !!role && (role === office || role.endsWith(` ${office}`));
  });
  return holders.length === 1 ? holders[0]!.id : undefined;
}
