/**
 * The subject of a clause or sentence when no reporting verb points at it: the person a
 * sentence is about, the subject a participle or colon hangs on, the body "it" stands for.
 */
import {
  CONNECTIVES,
  DETERMINERS,
  PERSONAL_PRONOUNS,
  PREPOSITIONS,
  SENTENCE_WORDS,
  SUBORDINATORS,
} from "../lexicon/function-words.js";
import { TIME_WORDS } from "../lexicon/calendar.js";
import { DOCUMENTS, SPEAKING_BODIES } from "../lexicon/organisations.js";
import { isPersonNoun, isRoleNoun, isSpeakerNoun, SPEAKER_ROLE_WORDS } from "../lexicon/roles.js";
import type { Mention } from "../people/mentions.js";
import { adverbOfAdjective } from "../people/name-title.js";
import type { Paragraph, Token } from "../text-model.js";
import { isPersonId, type QuoteContext, type Speaker } from "./context.js";
import { descriptionAt } from "./description-phrase.js";
import { isSubjectMention, onlyRoleWords } from "./mentions.js";
import { sentenceRange } from "./words.js";
import { isEnglishWord, isWordAs, nounKinds } from "../lexicon/wordnet.js";

/**
 * The person a sentence is about: its first person named outside quotes, near its start, as a
 * subject; `pastFronted`: also after fronted phrases ("Asked about the vote, Tom Reyes was blunt").
 */
export function subjectPersonOf(
  ctx: QuoteContext,
  sent: number,
  pastFronted = false,
): Speaker | undefined {
  const p = ctx.paraOfSentence.get(sent);
  if (!p) return undefined;
  const range = sentenceRange(p, sent);
  if (!range) return undefined;
  if (!pastFronted) return personOpening(ctx, p, range.start, range.end);
  // "Asked what she would do next, Mehta laughed.": a person named inside a fronted phrase is not
  // the subject; the one after it is, when there is one.
  const subject = subjectStart(p, range.end - 1);
  const after = subject > range.start ? personOpening(ctx, p, subject, range.end) : undefined;
  return after ?? personOpening(ctx, p, range.start, range.end);
}

/**
 * "The agency won't go that far, but Lena Marsh wants …": the person opening a clause joined
 * after a comma or semicolon by "but", "and", "yet" or "while" — the person the sentence goes on
 * about when its own subject is no person. The first such clause that opens on a person.
 */
export function coordinatedPersonOf(ctx: QuoteContext, sent: number): Speaker | undefined {
  const p = ctx.paraOfSentence.get(sent);
  const range = p && sentenceRange(p, sent);
  if (!p || !range) return undefined;
  const toks = p.tokens;
  for (let k = range.start + 1; k < range.end - 1; k++) {
    const t = toks[k]!;
    if (t.q >= 0 || (t.text !== "," && t.text !== ";")) continue;
    const joiner = toks[k + 1]!;
    if (t.text === "," && !/^(?:but|and|yet|while)$/.test(joiner.lower)) continue;
    const sp = personOpening(ctx, p, k + 1, range.end);
    if (sp) return sp;
  }
  return undefined;
}

/** The first person named from `from`, within a few words, as a subject. */
function personOpening(
  ctx: QuoteContext,
  p: Paragraph,
  from: number,
  end: number,
): Speaker | undefined {
  const toks = p.tokens;
  let narration = 0;
  for (let k = from; k < end; k++) {
    const t = toks[k]!;
    if (t.q >= 0 || !t.word) continue;
    const m = ctx.mentionStartingAt(p, k);
    if (m && m.q < 0) {
      // "Iowa State University’s Dianne Bystrom agreed": the person after a body's possessive.
      const owner = /^['’]s$/.test(toks[m.end]?.text ?? "") && !(m.entity && isPersonId(m.entity));
      if (owner) {
        k = m.end;
        continue;
      }
      if (!m.entity || !isPersonId(m.entity) || !isSubjectMention(p, m)) return undefined;
      return { entity: m.entity, start: m.start };
    }
    if (!CONNECTIVES.has(t.lower) && ++narration > 4) return undefined;
  }
  return undefined;
}

/** The subject of the clause a participle or colon hangs on: "Wenger …, saying only:", "Telecom analysts Ovum welcomed …". */
export function clauseSubject(ctx: QuoteContext, p: Paragraph, k: number): Speaker | undefined {
  const toks = p.tokens;
  const i = subjectStart(p, k);
  // The subject: words from here up to the first verb-like word.
  let j = i;
  let person: Mention | undefined;
  let any: Mention | undefined;
  while (j < k) {
    const m = ctx.mentionStartingAt(p, j);
    if (m && m.q < 0) {
      if (m.entity && isPersonId(m.entity) && isSubjectMention(p, m)) person ??= m;
      any ??= m;
      j = m.end;
      continue;
    }
    const t = toks[j]!;
    if (t.q >= 0 || t.mark) break;
    if (
      t.word &&
      !t.cap &&
      !isRoleNoun(t.lower) &&
      !isRoleNoun(t.lower.replace(/s$/, "")) &&
      !SPEAKER_ROLE_WORDS.has(t.lower) &&
      !SPEAKING_BODIES.has(t.lower)
    ) {
      // "Republican presidential candidate Donald Trump took to Twitter": the person a role names.
      person ??= personAfterRole(ctx, p, i, j) ?? ownerOfWords(ctx, p, any, j);
      break;
    }
    j++;
  }
  if (person) return { entity: person.entity!, start: person.start };
  if (any?.entity && isSubjectMention(p, any) && any.end >= j)
    return { entity: any.entity, start: any.start };
  const named = namedInApposition(ctx, p, i, k);
  if (named) return named;
  const np = toks.slice(i, j);
  // "Q: “…”", "A: “…”": an interview's one-letter label names no one.
  const content = np.filter((t) => t.word && !SENTENCE_WORDS.has(t.lower) && t.text.length > 1);
  if (
    content.length &&
    // "Band member Flea shared …": a common word capitalised only as the sentence's first is no name.
    // "Hastily politicizing …, Trump cast": nor an adverb capitalised as the sentence's first word.
    np.some(
      (t, n) =>
        t.cap &&
        t.word &&
        !commonModifierOpening(ctx, t, toks[i + n + 1]) &&
        !(t.first && adverbOfAdjective(t.lower)),
    ) &&
    toks[j - 1]!.word &&
    !np.some((t) => PERSONAL_PRONOUNS.has(t.lower))
  ) {
    const from = /^(the|a|an)$/.test(toks[i - 1]?.lower ?? "") ? i - 1 : i;
    return { phrase: p.text.slice(toks[from]!.start, toks[j - 1]!.end), start: from };
  }
  return describedSubject(p, i, k);
}

/**
 * "The city's engineer, Rosa Delgado, laid out the numbers:": a description of a person (a noun
 * for a person in it) opening the clause, then the person's name set off in commas: the name.
 */
function namedInApposition(
  ctx: QuoteContext,
  p: Paragraph,
  i: number,
  k: number,
): Speaker | undefined {
  const toks = p.tokens;
  for (let c = i + 1; c < k && c - i <= 8; c++) {
    const t = toks[c]!;
    if (t.q >= 0 || t.mark) return undefined;
    if (t.text !== ",") continue;
    const m = ctx.mentionStartingAt(p, c + 1);
    const description = toks.slice(i, c);
    if (
      !m?.entity ||
      !isPersonId(m.entity) ||
      m.q >= 0 ||
      toks[m.end]?.text !== "," ||
      m.end >= k ||
      !description.some((w) => w.word && !w.cap && isPersonNoun(w.lower))
    )
      return undefined;
    return { entity: m.entity, start: m.start };
  }
  return undefined;
}

/**
 * "Band member Flea", "Party leader …": an English word capitalised only because it opens the
 * sentence, no name the article uses, before a noun for a person that it modifies (as names.ts
 * reads it); not "Respondents are obliged:", "Transcript as follows:".
 */
function commonModifierOpening(ctx: QuoteContext, t: Token, next: Token | undefined): boolean {
  // "A spokesman for …": a determiner is no modifier of that kind.
  if (!t.first || DETERMINERS.has(t.lower) || ctx.isKnownWord(t) || !isEnglishWord(t.lower))
    return false;
  return !!next?.word && !next.cap && isPersonNoun(next.lower);
}

/**
 * "Whitfield’s response:", "Trump's reply was blunt:", "Her answer:": the person whose words (at `j`, a noun
 * WordNet files under communication in one of its first senses) the clause names.
 */
function ownerOfWords(
  ctx: QuoteContext,
  p: Paragraph,
  owner: Mention | undefined,
  j: number,
): Mention | undefined {
  const toks = p.tokens;
  if (!owner?.entity || !isPersonId(owner.entity)) return undefined;
  // "Her answer:", "His reply was short:": a possessive pronoun the reading resolved to a person.
  const pronoun = owner.kind === "pronoun" && /^(?:his|her)$/i.test(owner.text) && owner.end === j;
  if (!pronoun && (owner.end !== j - 1 || !/^['’]s?$/.test(toks[owner.end]!.text)))
    return undefined;
  // A writing ("Hoff's letter:") speaks as itself (noun-phrases.ts).
  const w = toks[j]!.lower;
  return !DOCUMENTS.has(w) && nounKinds(w).slice(0, 3).includes("communication")
    ? owner
    : undefined;
}

/** A person named a few words on from `j`, with only words of a role between `i` and them. */
function personAfterRole(
  ctx: QuoteContext,
  p: Paragraph,
  i: number,
  j: number,
): Mention | undefined {
  for (let h = j + 1; h <= j + 3 && h < p.tokens.length; h++) {
    const m = ctx.mentionStartingAt(p, h);
    if (!m) continue;
    return m.entity && isPersonId(m.entity) && m.q < 0 && onlyRoleWords(p, i, h) ? m : undefined;
  }
  return undefined;
}

/** "Her campaign quickly sent an email, saying:", "Lee’s letter makes the case:": a description opening the clause. */
function describedSubject(p: Paragraph, i: number, k: number): Speaker | undefined {
  const toks = p.tokens;
  const from = /^(the|a|an)$/.test(toks[i - 1]?.lower ?? "") ? i - 1 : i;
  // The first noun for a speaker, followed by its verb (a lower-case word, no preposition) or an aside.
  for (let h = from + 1; h < k && h - from <= 6; h++) {
    const t = toks[h]!;
    if (!t.word) continue;
    if (t.cap || !isSpeakerNoun(t.lower)) continue;
    const next = toks[h + 1];
    const verbNext =
      !!next?.word && !next.cap && !PREPOSITIONS.has(next.lower) && !isSpeakerNoun(next.lower);
    // "A senior GOP aide, granted anonymity, put it:": a word for a person before a name modifying the noun after it.
    if (next?.word && next.cap) continue;
    if (!verbNext && next?.text !== ",") return undefined;
    const d = descriptionAt(p, from, { post: false, and: false, until: h + 1 });
    return d?.head === h ? { phrase: d.text, start: from } : undefined;
  }
  return undefined;
}

/** The organisation or body (not a person) that spoke or was the subject in the sentence before. */
export function bodyOfSentenceBefore(ctx: QuoteContext, sent: number): Speaker | undefined {
  const prev = ctx.speakerIn.get(sent - 1);
  if (prev && !(prev.entity && isPersonId(prev.entity)))
    return {
      ...(prev.entity ? { entity: prev.entity } : {}),
      ...(prev.phrase ? { phrase: prev.phrase } : {}),
    };
  const p = ctx.paraOfSentence.get(sent - 1);
  const range = p ? sentenceRange(p, sent - 1) : undefined;
  if (!p || !range) return undefined;
  const sp = clauseSubject(ctx, p, range.end - 1);
  if (!sp || (sp.entity && isPersonId(sp.entity))) return undefined;
  return sp;
}

/**
 * "Speaking", or "Asked"/"Pressed" before a preposition or a question word ("Asked about",
 * "Pressed on", "Asked whether"; not "Reported cases rose"): a participle that may open a phrase.
 */
function openingParticiple(lower: string, next: Token | undefined): boolean {
  if (!isWordAs(lower, "verb")) return false;
  if (/^[a-z]{2,}ing$/.test(lower)) return true;
  const nextWord = next?.word && !next.cap ? next.lower : "";
  return (
    /^[a-z]{2,}ed$/.test(lower) &&
    (PREPOSITIONS.has(nextWord) || /^(if|whether|why|what|how|when|where|who)$/.test(nextWord))
  );
}

/** Words that open an adverbial phrase or a subordinate clause before a sentence's subject. */
const OPENERS = new Set([...SUBORDINATORS, ..."whether back ever even here there".split(" ")]);

/** Where the subject of the clause ending at k starts: after "And", "However", an opening phrase ("In January, …") and a determiner before a capital. */
function subjectStart(p: Paragraph, k: number): number {
  const toks = p.tokens;
  const sent = toks[k]!.sent;
  let i = k;
  while (i > 0 && toks[i - 1]!.sent === sent) i--;
  while (i < k && (!toks[i]!.word || CONNECTIVES.has(toks[i]!.lower) || toks[i]!.q >= 0)) i++;
  // Fronted phrases may stack ("Last month, when I asked him, he …"): skip them one by one,
  // the later ones only up to their comma.
  i = afterOpeningPhrase(p, i, k);
  for (let next = i; i < k; i = next) {
    next = afterOpeningPhrase(p, i, k);
    if (next === i || toks[next - 1]?.text !== ",") break;
  }
  if (toks[i] && /^(the|a|an)$/.test(toks[i]!.lower) && toks[i + 1]?.cap) i++;
  return i;
}

/** Past one opening phrase at `i` (a prepositional phrase, a subordinate clause, a participle phrase, a time) before the subject. */
function afterOpeningPhrase(p: Paragraph, i: number, k: number): number {
  const toks = p.tokens;
  // An opening phrase ("But in an interview with the Financial Times, Mr Blair …", "In January the MPs …") is not the subject.
  if (toks[i] && PREPOSITIONS.has(toks[i]!.lower)) {
    let j = i;
    while (j < k && toks[j]!.text !== ",") j++;
    if (j < k) i = j + 1;
    else {
      j = i + 1;
      while (j < k && toks[j]!.word && (toks[j]!.cap || /^\d/.test(toks[j]!.text))) j++;
      i = j;
    }
  }
  // "Back in 1999, Mr. Trump …", "Ever since she endorsed Clinton, Ms. Warren …": an opening
  // adverb or subordinate clause up to its comma.
  if (toks[i] && OPENERS.has(toks[i]!.lower)) {
    let j = i + 1;
    while (j < k && j - i <= 20 && toks[j]!.text !== ",") j++;
    if (j < k && toks[j]!.text === ",") i = j + 1;
  }
  // "Following a town hall, Mr. Lee …", "Speaking to reporters, she …", "Asked about the vote,
  // Mr. Lee …": an opening participle phrase up to its comma modifies the subject after it.
  if (toks[i]?.first && toks[i]!.cap && openingParticiple(toks[i]!.lower, toks[i + 1])) {
    let j = i + 1;
    while (j < k && j - i <= 20 && toks[j]!.text !== ",") j++;
    if (j < k && toks[j]!.text === ",") i = j + 1;
  }
  // "Minutes later, she …", "Two weeks ago, the senator …": an opening time phrase.
  for (let j = i; j < k && j - i <= 4 && toks[j]!.word; j++) {
    if (!TIME_WORDS.has(toks[j]!.lower)) continue;
    let c = j + 1;
    while (c < k && c - j <= 2 && toks[c]!.word) c++;
    if (toks[c]?.text === ",") i = c + 1;
    break;
  }
  return i;
}
