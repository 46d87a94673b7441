/**
 * Mentions in reading order: names, and pronouns, phrases ("a spokeswoman") and role
 * descriptions ("the Kazakh president") resolved to the person they stand for as the reading
 * goes (coreference.ts keeps who was mentioned last).
 */
import {
  AUXILIARIES,
  CONJUNCTIONS,
  CONNECTIVES,
  DETERMINERS,
  PERSONAL_PRONOUNS,
  PREPOSITIONS,
  SUBORDINATORS,
  isPlacePreposition,
} from "../lexicon/function-words.js";
import { isFemaleHead, isMaleHead, pronounGender } from "../lexicon/gender.js";
import { isFrameVerb, isInversionVerb, VERB_FILLERS } from "../lexicon/reporting-verbs.js";
import { isPersonNoun, isRoleNoun } from "../lexicon/roles.js";
import type { Paragraph, TextModel, Token } from "../text-model.js";
import {
  afterOpeningParticiple,
  yieldsToMainSubject,
  namedInClauseAfter,
  possessiveAt,
  Salience,
  type PersonFacts,
} from "./coreference.js";
import { isAdjective, isWordAs } from "../lexicon/wordnet.js";
import { lemma } from "../lexicon/irregular-verbs.js";
import { wordSet } from "../lexicon/word-set.js";
import { lowerFirst } from "./entities.js";
import { AFTER_INVERTED } from "./evidence.js";
import { textOf, type NameRun } from "./names.js";
import {
  type Description,
  descriptionAt,
  invertedVerb,
  namedInClauseBefore,
  subjectBeforeQuote,
} from "./descriptions.js";

/** One place the article refers to an entity. */
export interface Mention {
  /** Paragraph index in the text model and token range [start, end). */
  p: number;
  start: number;
  end: number;
  /** Entity id; undefined for a pronoun or description no one fits. */
  entity?: string;
  kind: "name" | "pronoun" | "description" | "phrase";
  /** For a pronoun standing for someone named only by a phrase ("a spokeswoman … she said"): that phrase. */
  phrase?: string;
  sent: number;
  /** Quote unit id the mention is inside, or -1. */
  q: number;
  text: string;
}

const CLAUSE_START =
  /^(and|but|that|when|while|as|because|since|although|though|if|so|then|where|later|earlier|yesterday|today|meanwhile|however|also|now)$/;

/** What the reading shares: who was mentioned last, what is known of each person, their aliases. */
interface Reading {
  salience: Salience;
  facts: Map<string, PersonFacts>;
  aliasSets: Map<string, Set<string>>;
  mentions: Mention[];
  /** Descriptions opening a sentence about someone (topicalDescription): for the entities' sentences only. */
  topical: Mention[];
}

/** Every mention of the article, in reading order; facts and aliases learn from the descriptions. */
export function readMentions(
  model: TextModel,
  runs: NameRun[],
  entityOfRun: Map<NameRun, string>,
  facts: Map<string, PersonFacts>,
  aliasSets: Map<string, Set<string>>,
): { mentions: Mention[]; topical: Mention[] } {
  const reading: Reading = {
    salience: new Salience(facts, quoteOnlySentences(model), paragraphOfSentences(model)),
    facts,
    aliasSets,
    mentions: [],
    topical: [],
  };
  /** Runs by paragraph and first token. */
  const runAt = model.paragraphs.map(() => new Map<number, NameRun>());
  for (const r of runs) if (entityOfRun.has(r)) runAt[r.p]!.set(r.from, r);
  overruleGuessedGenders(model, runs, entityOfRun, facts);
  /** The entities named from token `from` to the end of its sentence. */
  const namedAfter = (p: Paragraph, from: number): Set<string> => {
    const sent = p.tokens[from]?.sent;
    const out = new Set<string>();
    for (const [at, r] of runAt[p.index]!)
      if (at >= from && p.tokens[at]!.sent === sent) out.add(entityOfRun.get(r)!);
    return out;
  };
  for (const p of model.paragraphs) {
    const toks = p.tokens;
    // "A spokeswoman for YouTube said": a name inside an unnamed speaker's phrase is mentioned in
    // the entity's sentences, though the phrase, not it, is who speaks (no frame, no salience).
    let phraseEnd = -1;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      const run = runAt[p.index]!.get(i);
      const entity = run && entityOfRun.get(run)!;
      if (run && i < phraseEnd) {
        reading.topical.push(nameRunMention(p, run, entity!));
        i = run.end - 1;
      } else if (run) i = nameMention(reading, p, run, entity!);
      else if (!t.word || t.q >= 0) continue;
      else if (pronounGender(t.lower))
        pronounMention(reading, p, i, namedInClauseAfter(p, i, runAt[p.index]!, entityOfRun));
      else if (/^(a|an|one|another)$/.test(t.lower)) {
        const last = phraseMention(reading, p, i);
        if (last > i) [phraseEnd, i] = [last + 1, phraseHead(p, i) ?? last];
      } else if (t.lower === "the") i = descriptionMention(reading, p, i, namedAfter);
    }
  }
  return { mentions: reading.mentions, topical: reading.topical };
}

/** Each sentence's paragraph. */
function paragraphOfSentences(model: TextModel): Map<number, number> {
  const out = new Map<number, number>();
  for (const p of model.paragraphs) for (const s of p.sentences) out.set(s.index, p.index);
  return out;
}

/** Sentences whose every word is inside quote marks. */
function quoteOnlySentences(model: TextModel): Set<number> {
  const narrated = new Set<number>();
  const all = new Set<number>();
  for (const p of model.paragraphs)
    for (const t of p.tokens) {
      if (!t.word) continue;
      all.add(t.sent);
      if (t.q < 0) narrated.add(t.sent);
    }
  return new Set([...all].filter((s) => !narrated.has(s)));
}

/**
 * A first name's usual gender is a guess ("Lindsey Graham", "Christie"); the article's own
 * pronouns tell better. A "he" or "she" outside quotes votes for the person it plainly refers
 * to: the one person named plainly outside quotes in its sentence before it (plainlyNamed), else
 * in the latest sentence naming anyone, at most six back (a surname two people share names no one plainly). At least
 * two votes, three in four for the other gender, overrule the guess.
 */
const PLAIN_REACH = 6;

function overruleGuessedGenders(
  model: TextModel,
  runs: NameRun[],
  entityOfRun: Map<NameRun, string>,
  facts: Map<string, PersonFacts>,
): void {
  const guessed = [...facts.values()].some((f) => f.guessedGender);
  if (!guessed) return;
  const runAt = model.paragraphs.map(() => new Map<number, NameRun>());
  for (const r of runs) runAt[r.p]!.set(r.from, r);
  // A surname more than one person has ("Trump" of Donald and Ivanka) says nothing plain.
  const owners = new Map<string, Set<string>>();
  for (const [run, entity] of entityOfRun) {
    const last = run.words[run.words.length - 1]!.toLowerCase();
    if (entity.startsWith("p")) owners.set(last, (owners.get(last) ?? new Set()).add(entity));
  }
  const shared = (run: NameRun) =>
    run.words.length === 1 && (owners.get(run.words[0]!.toLowerCase())?.size ?? 0) > 1;
  const votes = new Map<string, { m: number; f: number }>();
  let sent = -1;
  let named = new Set<string>();
  let lastSent = -1;
  let lastNamed = new Set<string>();
  let pronounBefore = false;
  for (const p of model.paragraphs) {
    const toks = p.tokens;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      if (t.sent !== sent) {
        if (named.size) [lastSent, lastNamed] = [sent, named];
        [sent, named, pronounBefore] = [t.sent, new Set(), false];
      }
      const run = runAt[p.index]!.get(i);
      if (run) {
        const entity = entityOfRun.get(run);
        // Not plain: a person named after a preposition, as a possessive or in apposition ("Asked by
        // Lauer whether she …", "her husband, Milton Berg, …"), or after a pronoun in the sentence;
        // a capitalised name that may be anyone's.
        if (run.q < 0 && (!entity || entity.startsWith("p")))
          named.add(
            !entity ||
              shared(run) ||
              pronounBefore ||
              p.tokens[run.from - 1]?.text === "," ||
              !subjectLike(p, run)
              ? "?"
              : entity,
          );
        i = run.end - 1;
        continue;
      }
      if (t.q < 0 && pronounGender(t.lower)) pronounBefore = true;
      // Only "he" and "she": "her" and "his" may well belong to someone else ("X produces her shoes").
      const gender = t.q < 0 && /^(he|she)$/.test(t.lower) ? pronounGender(t.lower) : undefined;
      if (!gender) continue;
      const near = named.size ? named : sent - lastSent <= PLAIN_REACH ? lastNamed : undefined;
      const entity = near && plainlyNamed(near);
      if (!entity) continue;
      const v = votes.get(entity!) ?? { m: 0, f: 0 };
      v[gender]++;
      votes.set(entity!, v);
    }
  }
  for (const [entity, v] of votes) {
    const f = facts.get(entity);
    const total = v.m + v.f;
    if (!f?.guessedGender || total < 2) continue;
    const other = f.gender === "m" ? "f" : "m";
    if (v[other] >= 0.75 * total) f.gender = other;
  }
}

/**
 * The one person a sentence plainly names: its first person, named plainly, and no other named
 * plainly ("Jan Brewer, an early supporter of Trump, calls …": Brewer).
 */
function plainlyNamed(named: Set<string>): string | undefined {
  const [first] = named;
  if (first === "?") return undefined;
  return [...named].every((e) => e === first || e === "?") ? first : undefined;
}

/** The mention a name run makes of its entity. */
function nameRunMention(p: Paragraph, run: NameRun, entity: string): Mention {
  return {
    p: p.index,
    start: run.from,
    end: run.end,
    entity,
    kind: "name",
    sent: run.sent,
    q: run.q,
    text: textOf(p, run.from, run.end),
  };
}

/** A name; a person named outside quotes becomes who a "he" may stand for. Returns its last token. */
function nameMention(reading: Reading, p: Paragraph, run: NameRun, entity: string): number {
  reading.mentions.push(nameRunMention(p, run, entity));
  if (run.q < 0 && entity.startsWith("o")) {
    let before = run.from - 1;
    if (DETERMINERS.has(p.tokens[before]?.lower ?? "")) before--;
    // After a preposition ("albums by Coldplay") or a numeral ("1200 GMT"): no subject a
    // description may stand for.
    const prev = p.tokens[before]?.lower ?? "";
    const object = PREPOSITIONS.has(prev) || /^\d/.test(prev);
    reading.salience.addOrganisation(entity, run.sent, textOf(p, run.from, run.end), object);
  }
  if (run.q < 0 && entity.startsWith("p")) {
    // "After Beck asked him, D’Souza replied": a person named in a fronted clause is neither; nor
    // is one named in a clause after the subject's verb ("Reyes said that Ortiz had reported …").
    const main =
      !yieldsToMainSubject(p, run.from) &&
      !(
        inSubordinateClause(p, run.from) &&
        !trailingAttribution(p, run) &&
        reading.salience.hasSubject(run.sent)
      );
    reading.salience.add(
      entity,
      run.sent,
      main && subjectLike(p, run),
      main && !saidAbout(p, run) && namesSpeaker(p, run),
    );
    if (opensSentence(p, run.from)) reading.salience.markOpening(entity);
  }
  return run.end - 1;
}

/** Token i is the sentence's first word, but for a connective ("But Walz said"). */
function opensSentence(p: Paragraph, i: number): boolean {
  const toks = p.tokens;
  let k = i;
  while (k > 0 && toks[k - 1]!.sent === toks[i]!.sent) k--;
  while (k < i && (!toks[k]!.word || CONNECTIVES.has(toks[k]!.lower))) k++;
  return k === i && toks[i]!.q < 0;
}

/** Words opening a complement or relative clause: "pointing out that …", "who …", "whether …". */
const CLAUSE_OPENERS = /^(that|whether|who|whom|which)$/;

/**
 * Token i follows, in its sentence and outside quotes, a word opening a complement, relative or
 * adverbial clause ("pointing out that", ", who", "… when Lee asked whether"); not a
 * demonstrative "that" after a conjunction ("and that will take time"). A conjunction opening
 * the sentence ("When Lee asked, …") is yieldsToMainSubject's.
 */
function inSubordinateClause(p: Paragraph, i: number): boolean {
  const toks = p.tokens;
  const sent = toks[i]!.sent;
  for (let k = i - 1; k >= 0 && toks[k]!.sent === sent; k--) {
    const t = toks[k]!;
    if (t.q >= 0 || !t.word) continue;
    if (SUBORDINATORS.has(t.text) && k > 0 && toks[k - 1]!.sent === sent && toks[k - 1]!.word)
      return true;
    if (!CLAUSE_OPENERS.test(t.text)) continue;
    const prev = toks[k - 1];
    if (t.text === "that" && (!prev?.word || CONJUNCTIONS.has(prev.lower))) continue;
    return true;
  }
  return false;
}

/** "…, Kunin said": a speaker after a comma or a quote, the main clause of what came before. */
function trailingAttribution(p: Paragraph, run: NameRun): boolean {
  const prev = p.tokens[run.from - 1];
  return !!prev && (prev.text === "," || !!prev.mark) && namesSpeaker(p, run);
}

/** Named as a subject could be: not after a preposition, not a possessive, not what someone said, not a modifier. */
function subjectLike(p: Paragraph, run: NameRun): boolean {
  const prev = p.tokens[run.from - 1];
  if (possessiveAt(p, run.end)) return false;
  if (prev && isPlacePreposition(prev.lower)) return false;
  return !saidAbout(p, run) && !namesAnother(p, run);
}

/** "he said Ryan", "Trump said Ryan": the name is what a speaker already named said, not a speaker. */
function saidAbout(p: Paragraph, run: NameRun): boolean {
  const verb = p.tokens[run.from - 1];
  const subject = p.tokens[run.from - 2];
  if (!verb?.word || !isInversionVerb(verb.lower) || !subject?.word || subject.q >= 0) return false;
  return /^(he|she|they|i|we|you)$/.test(subject.lower) || (subject.cap && !subject.first);
}

/**
 * "a Trump presidency", "the Clinton campaign", "McConnell spokesman Don Stewart": a name that
 * only qualifies a noun or another person's role is not the sentence's subject.
 */
/** Words that end a role phrase: "Clinton and husband Bill" is two people. */
const NOT_IN_ROLE = new Set([
  ...CONJUNCTIONS,
  ...PREPOSITIONS,
  ...DETERMINERS,
  ...PERSONAL_PRONOUNS,
]);

function namesAnother(p: Paragraph, run: NameRun): boolean {
  const prev = p.tokens[run.from - 1];
  if (run.from === run.start && prev && /^(a|an|the)$/.test(prev.lower)) return true;
  return nameAfterRole(p, run.end) >= 0;
}

/**
 * "McConnell spokesman Don Stewart", "Trump senior adviser Jason Miller", "Rubio's deputy
 * campaign manager, Rich Beeson": after a name ending before token `end` (and its possessive),
 * lower-case words of a role, then (after a comma) another capitalised name — where that name
 * starts, else -1.
 */
export function nameAfterRole(p: Paragraph, end: number): number {
  const toks = p.tokens;
  const from = /^['’]s$/.test(toks[end]?.text ?? "") ? end + 1 : end;
  let k = from;
  let role = false;
  for (; toks[k]?.word && !toks[k]!.cap && k - from < 4; k++) {
    if (NOT_IN_ROLE.has(toks[k]!.lower)) return -1;
    if (isRoleNoun(toks[k]!.lower)) role = true;
  }
  if (role && toks[k]?.text === "," && isRoleNoun(toks[k - 1]!.lower)) k++;
  return role && toks[k]?.word && toks[k]!.cap ? k : -1;
}

/** "Cole said", "Cole, a congressman, told", "said Cole": the name is a reporting verb's speaker. */
function namesSpeaker(p: Paragraph, run: NameRun): boolean {
  const toks = p.tokens;
  const prev = toks[run.from - 1];
  if (prev?.word && isInversionVerb(prev.lower)) return true;
  if (relativeSpeaker(p, run.end)) return true;
  let k = run.end;
  if (toks[k]?.text === ",") {
    while (toks[k + 1] && toks[k + 1]!.text !== "," && toks[k + 1]!.q < 0 && k - run.end < 12) k++;
    k += 2;
  }
  while (toks[k] && VERB_FILLERS.has(toks[k]!.lower)) k++;
  const verb = toks[k];
  return !!verb && verb.word && !verb.cap && isFrameVerb(verb.lower);
}

/**
 * "Sen. Ann Lee of Oregon, the ranking Democrat on the panel, who said …", "Lee, who told
 * reporters …": after the name (from token `end`), maybe a place or body it is of and up to two
 * appositions, a relative "who" whose verb reports speech — the name is that verb's speaker.
 */
function relativeSpeaker(p: Paragraph, end: number): boolean {
  const toks = p.tokens;
  let k = end;
  if (/^(of|from|at)$/.test(toks[k]?.lower ?? "") && toks[k + 1]?.cap)
    for (k++; toks[k]?.word && toks[k]!.cap;) k++;
  for (let appositions = 0; appositions <= 2; appositions++) {
    if (toks[k]?.text === ",") k++;
    if (toks[k]?.lower === "who" && toks[k]!.q < 0) {
      k++;
      while (toks[k] && VERB_FILLERS.has(toks[k]!.lower)) k++;
      const verb = toks[k];
      return !!verb?.word && !verb.cap && isFrameVerb(verb.lower);
    }
    if (toks[k - 1]?.text !== ",") return false;
    const from = k;
    while (toks[k] && toks[k]!.text !== "," && toks[k]!.q < 0 && toks[k]!.word && k - from < 15)
      k++;
    if (toks[k]?.text !== ",") return false;
  }
  return false;
}

/** "he", "she": the person (or phrase) it stands for; a person of unknown gender learns it. */
function pronounMention(reading: Reading, p: Paragraph, i: number, other?: string): void {
  const t = p.tokens[i]!;
  const gender = pronounGender(t.lower)!;
  const entity = reading.salience.pronoun(gender, t.sent, afterOpeningParticiple(p, i), other);
  const m: Mention = {
    p: p.index,
    start: i,
    end: i + 1,
    kind: "pronoun",
    sent: t.sent,
    q: -1,
    text: t.text,
  };
  if (entity?.startsWith("~")) {
    m.phrase = entity.slice(1);
    reading.salience.add(entity, t.sent, t.lower === "he" || t.lower === "she");
  } else if (entity) {
    m.entity = entity;
    const f = reading.facts.get(entity);
    // Only "he" and "she" teach a gender: "Bill Clinton, her husband," is not a woman. Against a
    // first name's guess, only a pronoun plainly standing for the one who opened the sentence
    // before ("Marty Walz approaches it differently. She said …").
    const subject = t.lower === "he" || t.lower === "she";
    const plain = f?.guessedGender && reading.salience.openedSentenceBefore(entity, t.sent);
    if (f && subject && (!f.gender || plain)) f.gender = gender;
    const main = subject && !yieldsToMainSubject(p, i);
    reading.salience.add(entity, t.sent, main, main && pronounSpeaks(p, i), true);
  }
  reading.mentions.push(m);
}

/** "she replied", "he has since said": the pronoun is a reporting verb's speaker. */
function pronounSpeaks(p: Paragraph, i: number): boolean {
  let k = i + 1;
  while (p.tokens[k] && VERB_FILLERS.has(p.tokens[k]!.lower)) k++;
  const verb = p.tokens[k];
  return !!verb?.word && !verb.cap && isFrameVerb(verb.lower);
}

/** The head noun's token of the unnamed speaker's phrase opening at `i` ("spokeswoman" of "a spokeswoman for YouTube"). */
function phraseHead(p: Paragraph, i: number): number | undefined {
  return indefiniteSpeaker(p, i)?.head;
}

/** "A Department for Work and Pensions spokeswoman confirmed …": someone named only by a phrase. Returns the last token read. */
function phraseMention(reading: Reading, p: Paragraph, i: number): number {
  const found = indefiniteSpeaker(p, i);
  if (!found) return i;
  const { end } = found;
  const t = p.tokens[i]!;
  const text = textOf(p, i, end);
  const head = p.tokens[found.head]!.lower;
  const id = `~${text}`;
  const g = isFemaleHead(head) ? "f" : isMaleHead(head) ? "m" : undefined;
  reading.facts.set(id, { gender: g, guessedGender: undefined, roleWords: new Set() });
  reading.salience.add(id, t.sent, !yieldsToMainSubject(p, i));
  reading.mentions.push({
    p: p.index,
    start: i,
    end,
    kind: "phrase",
    phrase: text,
    sent: t.sent,
    q: -1,
    text,
  });
  return end - 1;
}

/** "the president stressed", "the company wrote": the person or organisation the description fits. Returns the last token read. */
function descriptionMention(
  reading: Reading,
  p: Paragraph,
  i: number,
  namedAfter: (p: Paragraph, from: number) => Set<string>,
): number {
  const d = descriptionAt(p, i);
  if (!d) return i;
  if (!subjectPosition(p, d.start, d.end)) {
    topicalDescription(reading, p, d, namedAfter);
    return i;
  }
  const entity =
    d.of === "group"
      ? reading.salience.organisation(d)
      : reading.salience.description(
          d,
          invertedVerb(p.tokens, d.start) && endsClause(p.tokens[d.end])
            ? new Set()
            : namedInClauseBefore(reading.mentions, p, d.start),
          subjectBeforeQuote(reading.mentions, p, d.start),
        );
  const m = descriptionMentionOf(p, d);
  if (entity) {
    m.entity = entity;
    reading.aliasSets.get(entity)?.add(lowerFirst(d.text));
    if (d.of === "person") {
      reading.salience.addRoleWords(entity, [d.head, ...d.modifiers]);
      reading.salience.add(entity, d.sent);
    }
  }
  reading.mentions.push(m);
  return d.end - 1;
}

/**
 * "The 56-year-old takes over …", "The man who was Ferguson's assistant won seven titles": a
 * description of a person opening a sentence, before a verb the speech reading does not look
 * for (a present or irregular past form) or a relative clause that says who is meant. It stands
 * for the person the article has been speaking of (coreference.ts), never one named in its own
 * sentence. Kept apart from the mentions the quote finder and the pronouns read: it only adds
 * the sentence to that person's, so that a question about them finds it.
 */
function topicalDescription(
  reading: Reading,
  p: Paragraph,
  d: Description,
  namedAfter: (p: Paragraph, from: number) => Set<string>,
): void {
  const toks = p.tokens;
  if (d.of !== "person" || !toks[d.start]!.first) return;
  const next = toks[d.end];
  if (!next?.word || next.cap || next.q >= 0) return;
  const relative = RELATIVE.has(next.lower);
  if (!relative && !finiteVerb(next.lower)) return;
  const named = namedAfter(p, d.end);
  // The mentions are in reading order: this sentence's are the last ones read.
  for (let k = reading.mentions.length - 1; k >= 0 && reading.mentions[k]!.sent === d.sent; k--) {
    const entity = reading.mentions[k]!.entity;
    if (entity) named.add(entity);
  }
  const entity = reading.salience.description(relative ? { ...d, relative: true } : d, named);
  if (!entity?.startsWith("p")) return;
  reading.topical.push({ ...descriptionMentionOf(p, d), entity });
}

/** The mention a description makes, before it is tied to anyone. */
function descriptionMentionOf(p: Paragraph, d: Description): Mention {
  return {
    p: p.index,
    start: d.start,
    end: d.end,
    kind: "description",
    sent: d.sent,
    q: -1,
    text: d.text,
  };
}

const RELATIVE = wordSet("who whose");

/** A verb as a sentence's own: "takes", "joins" (a third-person form), "won", "became" (an irregular past). */
function finiteVerb(w: string): boolean {
  if (/[^s]s$/.test(w) && isWordAs(w.slice(0, -1), "verb")) return true;
  return lemma(w) !== w && isWordAs(lemma(w), "verb");
}

/**
 * "a spokesman said", "A US Embassy spokesman said:", "A reporter for Agence France-Presse called
 * it …", "a 29-year-old local man told …": an indefinite phrase for a person that speaks — someone
 * brought in unnamed, whom a "he" after it may stand for. The phrase's end (a body it is of
 * included) and its head noun's token, or undefined.
 */
function indefiniteSpeaker(p: Paragraph, at: number): { end: number; head: number } | undefined {
  const toks = p.tokens;
  // "Eva Lind, a Green member of the European Parliament said": an apposition, no one new.
  if (toks[at - 1]?.text === "," && toks[at - 2]?.cap) return undefined;
  for (let j = at + 1; j < toks.length && j - at <= 9; j++) {
    const t = toks[j]!;
    if (t.q >= 0) return undefined;
    if (!t.word) {
      if (t.text === "," && toks[j - 1]?.cap && toks[j + 1]?.cap) continue;
      return undefined;
    }
    if (t.cap || t.lower === "and" || t.lower === "for" || t.lower === "of") continue;
    // "a 29-year-old", "a retired": an age or an adjective before the noun.
    if (/^\d/.test(t.text) || (!isPersonNoun(t.lower) && isAdjective(t.lower))) continue;
    if (!isPersonNoun(t.lower)) return undefined;
    const end = bodyOfAfter(toks, j + 1);
    let k = end;
    while (toks[k] && VERB_FILLERS.has(toks[k]!.lower)) k++;
    const verb = toks[k];
    return verb?.word && !verb.cap && isFrameVerb(verb.lower) ? { end, head: j } : undefined;
  }
  return undefined;
}

/** "for Agence France-Presse", "of the Brady Campaign": a body's name after a person's noun; where it ends (else `from`). */
function bodyOfAfter(toks: Token[], from: number): number {
  if (!/^(for|of|from|at|with)$/.test(toks[from]?.lower ?? "")) return from;
  let k = from + 1;
  if (toks[k]?.lower === "the") k++;
  const start = k;
  while (toks[k]?.word && toks[k]!.cap && toks[k]!.q < 0 && k - start < 6) k++;
  return k > start ? k : from;
}

/** The sentence or clause ends here: "…," added the head of the republic. */
function endsClause(t: Token | undefined): boolean {
  return !t || !t.word || AFTER_INVERTED.test(t.lower);
}

/**
 * Auxiliaries always before a bare verb ("the senator did give", "the Queen will host"): modals and
 * "do". Not "be" or "have", which may be the verb itself ("The pair of editorials were not
 * endorsements").
 */
const BARE_VERB_AUXILIARIES = wordSet("will would could can should may might must did does do 'd");

/** A description the sentence is about: before its verb ("the president stressed") or after a reporting verb ("added the head of the republic"). */
function subjectPosition(p: Paragraph, start: number, end: number): boolean {
  const toks = p.tokens;
  let k = end;
  while (toks[k] && VERB_FILLERS.has(toks[k]!.lower)) k++;
  const next = toks[k];
  if (next?.text === ",") {
    // "the president, in an interview, said"
    let j = k + 1;
    while (toks[j] && toks[j]!.text !== "," && j - k < 12) j++;
    const v = toks[j + 1];
    if (v && isFrameVerb(v.lower)) return true;
  }
  const before = toks[start - 1];
  // "…," said the candidate; not "said the candidate could win" (what was said).
  if (invertedVerb(toks, start)) return endsClause(toks[end]);
  // "the senator did give", "the Queen will also host": an auxiliary passed over, then its verb
  // (not "however the candidate does in the primary": "does" is the verb itself there).
  const auxiliary =
    toks.slice(end, k).some((t) => BARE_VERB_AUXILIARIES.has(t.lower)) &&
    !!next?.word &&
    !next.cap &&
    !PREPOSITIONS.has(next.lower) &&
    !DETERMINERS.has(next.lower) &&
    isWordAs(next.lower, "verb");
  if (
    !auxiliary &&
    !(
      next &&
      next.word &&
      !next.cap &&
      (isFrameVerb(next.lower) || AUXILIARIES.has(next.lower) || /ed$/.test(next.lower))
    )
  )
    return false;
  // The sentence's subject: at its start, or after a comma or a conjunction, never after a preposition.
  return (
    !before ||
    toks[start]!.first ||
    before.text === "," ||
    before.mark === "close" ||
    CLAUSE_START.test(before.lower)
  );
}
