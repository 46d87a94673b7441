/**
 * Which person "he", "she" or "the Kazakh president" stands for: the most recent fitting
 * person, read from what the article said before (quoted words excluded: a name inside a
 * quote is rarely what the narration's next "he" refers to).
 */
import {
  AUXILIARIES,
  CONJUNCTIONS,
  CONNECTIVES,
  COORDINATORS,
  TIME_PREPOSITIONS,
} from "../lexicon/function-words.js";
import { isFemaleHead, isMaleHead } from "../lexicon/gender.js";
import { isFrameVerb } from "../lexicon/reporting-verbs.js";
import { isPersonNoun, isRoleNoun } from "../lexicon/roles.js";
import { isWordAs, synonyms } from "../lexicon/wordnet.js";
import type { Paragraph } from "../text-model.js";
import { capitalisedInWordNet, type Description } from "./descriptions.js";
import type { NameRun } from "./names.js";

export interface Antecedent {
  entity: string;
  sent: number;
  /** Named as a subject could be: not after a preposition, not a possessive. */
  subject: boolean;
  /** Named as the speaker of a reporting verb ("Cole said", "said Cole"). */
  speaker?: boolean;
  /** The person's first mention: someone just introduced ("came from Brian Gammage. He said: …"). */
  first?: boolean;
  /** Referred to by a pronoun, not named ("Reflecting on his career, the senator said"). */
  pronoun?: boolean;
  /** The name opens its sentence ("Walz approaches it differently."): what the sentence is about. */
  opens?: boolean;
  /** Position in reading order. */
  order: number;
}

export interface PersonFacts {
  gender?: "m" | "f";
  /** The gender is only the first name's usual one: the article's own pronouns may overrule it. */
  guessedGender?: boolean;
  /** Lower-case words of the person's role and role aliases ("acting", "president", "kazakhstan"). */
  roleWords: Set<string>;
}

/** How far back (in sentences) "the company" may reach for the organisation it stands for. */
const GROUP_WINDOW = 3;
/** How far back an organisation whose name holds the description's noun ("Acme Paper Company") may be. */
const GROUP_NAMED_WINDOW = 10;

/** How far back (in sentences) a pronoun may reach for its person. */
const PRONOUN_WINDOW = 6;
/** How many sentences further back a subject is preferred to a person named only after a preposition. */
const SUBJECT_REACH = 2;

/** Antecedent ids starting with "~" stand for someone named only by a phrase ("~a spokeswoman"). */
export class Salience {
  private history: Antecedent[] = [];
  /** The history by sentence. */
  private bySent = new Map<number, Antecedent[]>();
  /** Each entity's latest mention. */
  private latest = new Map<string, Antecedent>();
  /** Who has each role word, and who has a role word beginning with each four letters (all `sameStem` needs). */
  private byRoleWord = new Map<string, Set<string>>();
  private byRoleStart = new Map<string, Set<string>>();
  private order = 0;
  /** How many times each entity has been mentioned so far. */
  private times = new Map<string, number>();
  /** Organisations named outside quotes, in reading order, with the lower-case words of their names. */
  private organisations: { entity: string; sent: number; words: string[]; object: boolean }[] = [];

  /**
   * `quoteOnly`: sentences wholly inside quote marks: a speaker's words going on, no narration
   * between a name and a pronoun (openedSentenceBefore). `paraOf`: each sentence's paragraph.
   */
  constructor(
    private readonly facts: Map<string, PersonFacts>,
    private readonly quoteOnly: ReadonlySet<number> = new Set(),
    private readonly paraOf: ReadonlyMap<number, number> = new Map(),
  ) {
    for (const [entity, f] of facts) this.indexRoleWords(entity, f.roleWords);
  }

  /** How many narrated sentences (not wholly quoted) lie from sentence `from` up to, not including, `to`. */
  private narratedBetween(from: number, to: number): number {
    let n = 0;
    for (let s = from; s < to; s++) if (!this.quoteOnly.has(s)) n++;
    return n;
  }

  /** Whether sentences a and b lie in one paragraph (unknown paragraphs: never). */
  private inParagraphOf(a: number, b: number): boolean {
    const p = this.paraOf.get(a);
    return p !== undefined && p === this.paraOf.get(b);
  }

  /** More words of a person's role, learnt from a description of them. */
  addRoleWords(entity: string, words: string[]): void {
    const f = this.facts.get(entity);
    if (!f) return;
    for (const w of words) f.roleWords.add(w);
    this.indexRoleWords(entity, words);
  }

  private indexRoleWords(entity: string, words: Iterable<string>): void {
    for (const w of words) {
      addTo(this.byRoleWord, w, entity);
      if (w.length >= 4) addTo(this.byRoleStart, w.slice(0, 4), entity);
    }
  }

  add(entity: string, sent: number, subject = true, speaker = false, pronoun = false): void {
    const a: Antecedent = { entity, sent, subject, order: this.order++ };
    if (speaker) a.speaker = true;
    if (pronoun) a.pronoun = true;
    if (!this.latest.has(entity)) a.first = true;
    this.history.push(a);
    const inSentence = this.bySent.get(sent);
    if (inSentence) inSentence.push(a);
    else this.bySent.set(sent, [a]);
    this.latest.delete(entity);
    this.latest.set(entity, a);
    this.times.set(entity, (this.times.get(entity) ?? 0) + 1);
  }

  /** The entity's latest mention, just added, opens its sentence. */
  markOpening(entity: string): void {
    const a = this.latest.get(entity);
    if (a) a.opens = true;
  }

  /**
   * Whether a "he" or "she" in sentence `sent` plainly stands for `entity`: its latest mention
   * opens the sentence right before (no narrated sentence between) as a plain subject.
   */
  openedSentenceBefore(entity: string, sent: number): boolean {
    const a = this.latest.get(entity);
    return !!a?.opens && a.subject && a.sent < sent && this.narratedBetween(a.sent + 1, sent) === 0;
  }

  /** Whether a person has been named as a subject in sentence `sent` so far. */
  hasSubject(sent: number): boolean {
    return (this.bySent.get(sent) ?? []).some((a) => a.subject && !a.entity.startsWith("~"));
  }

  /** An organisation named (outside quotes) in sentence `sent`; `object`: right after a preposition. */
  addOrganisation(entity: string, sent: number, name: string, object = false): void {
    const words = name.toLowerCase().split(/[^\p{L}\p{N}]+/u);
    this.organisations.push({ entity, sent, words, object });
  }

  /**
   * The organisation a definite description of a group stands for ("the company wrote", "the
   * agency said"): one whose name holds the description's noun ("Acme Paper Company … the
   * company"), else the organisation named last, a few sentences back at most — when one was
   * named last alone (two named last in one sentence: the description does not say which). A
   * name after a preposition ("albums by Coldplay", "a stake in Acme") is no such antecedent: the
   * body a sentence is about is its subject.
   */
  organisation(d: Description): string | undefined {
    // Read in order, so every organisation kept was named before the description.
    const all = this.organisations;
    for (let i = all.length - 1; i >= 0; i--) {
      const o = all[i]!;
      if (o.sent < d.sent - GROUP_NAMED_WINDOW) break;
      if (o.words.includes(d.head)) return o.entity;
    }
    const before = all.filter((o) => !o.object);
    const last = before.at(-1);
    if (!last || last.sent < d.sent - GROUP_WINDOW) return undefined;
    const alone = before.every((o) => o.entity === last.entity || o.sent < last.sent);
    return alone ? last.entity : undefined;
  }

  /**
   * The sentence's first fitting speaker ("Yet Trump is a “change agent,” Cole said": Cole),
   * else its first subject, else its first person; one whose gender is known to fit before one
   * whose gender is unknown ("Around Chez Vachon, Clinton …": Clinton is "she").
   */
  private firstIn(list: Antecedent[], gender?: "m" | "f"): Antecedent | undefined {
    let best: Antecedent | undefined;
    let bestScore = -1;
    for (const a of list) {
      const known = !!gender && this.facts.get(a.entity)?.gender === gender;
      const score = (a.speaker ? 4 : 0) + (a.subject ? 2 : 0) + (known ? 1 : 0);
      if (score > bestScore) [best, bestScore] = [a, score];
    }
    return best;
  }

  /**
   * The person a "he"/"she" in sentence `sent` stands for. `afterOpening`: the pronoun follows an
   * opening participle's clause ("Asked whether Clinton would win, she replied"), whose people
   * are not the one it stands for.
   */
  pronoun(
    gender: "m" | "f",
    sent: number,
    afterOpening = false,
    other?: string,
  ): string | undefined {
    // `other`: the person the pronoun's own clause names after it ("he told Hannity"), never it.
    const fits = (a: Antecedent) => {
      const g = this.facts.get(a.entity)?.gender;
      return a.entity !== other && (!g || g === gender);
    };
    // When no one fits, a person whose gender is only their first name's usual one may be whom
    // the pronoun stands for ("Marty Walz approaches it differently. She said …").
    const guessed = (a: Antecedent) => fits(a) || !!this.facts.get(a.entity)?.guessedGender;
    return (
      this.pronounAmong(fits, gender, sent, afterOpening) ??
      this.pronounAmong(guessed, gender, sent, afterOpening)
    );
  }

  private pronounAmong(
    fits: (a: Antecedent) => boolean,
    gender: "m" | "f",
    sent: number,
    afterOpening: boolean,
  ): string | undefined {
    // Earlier in the same sentence: its first fitting person (usually the subject).
    const same = afterOpening ? [] : (this.bySent.get(sent) ?? []).filter(fits);
    if (same.length) return this.firstIn(same, gender)!.entity;
    // The latest sentence that has a fitting person: its speaker or subject. When it names one only
    // after a preposition or as a possessive, and not for the first time ("… than Obama?"), a
    // fitting subject of the sentence or two before goes first ("Tobias said. … than Obama? “…,”
    // he said": Tobias); someone just introduced stays ("came from Brian Gammage. He said: …").
    // The reach is counted in narrated sentences: a speaker's quote going on for sentences
    // ("“…,” Tobias said. “…” … than Obama? “…,” he said") keeps the speaker in reach. Not past
    // a person the pronoun's own paragraph brings in before it: a new paragraph that opens on
    // someone else ("Those allegations were put to Wenger. At first he said only: …") has moved
    // on from the speaker of the paragraph before.
    let nearest: Antecedent | undefined;
    // "Nguyen Thi Lan, a fish seller, said … “…,” she said": a paragraph that opens on someone
    // whose gender is only their first word's guess (and does not fit) is not passed for a
    // fitting person of a paragraph before; the guess yields instead (the second reading).
    let ownOpener = false;
    for (let i = this.history.length - 1; i >= 0; i--) {
      const a = this.history[i]!;
      const own = this.inParagraphOf(a.sent, sent);
      if (ownOpener && !own) break;
      if (
        own &&
        !fits(a) &&
        a.sent !== sent &&
        (a.subject || a.speaker) &&
        this.facts.get(a.entity)?.guessedGender
      )
        ownOpener = true;
      const between = (from: number, to: number) =>
        this.inParagraphOf(nearest!.sent, sent) ? to - from : this.narratedBetween(from, to);
      if (
        a.sent < sent - PRONOUN_WINDOW ||
        (nearest && between(a.sent + 1, nearest.sent) >= SUBJECT_REACH)
      )
        break;
      if (!fits(a) || a.sent === sent) continue;
      const best = this.firstIn(this.bySent.get(a.sent)!.filter(fits), gender)!;
      if (best.subject || best.speaker || best.first) return best.entity;
      nearest ??= best;
    }
    return nearest?.entity;
  }

  /**
   * The person a role description stands for: the one whose role fits its words best
   * ("the Kazakh president" → the person described as president of Kazakhstan), the most
   * recent one among equals; never one of `named`, the people its own clause names before it.
   * `introducer`: the subject of the sentence whose quote the description frames.
   */
  description(d: Description, named: Set<string>, introducer?: string): string | undefined {
    // "the queen", "the chairwoman": never a person of the other gender.
    const headGender = isFemaleHead(d.head) ? "f" : isMaleHead(d.head) ? "m" : undefined;
    const eligible = (entity: string) => {
      const g = this.facts.get(entity)?.gender;
      return (
        !named.has(entity) && !entity.startsWith("~") && !(headGender && g && g !== headGender)
      );
    };
    // "Cruz defends his record: “…,” the senator says": the one who opened the quote's sentence,
    // unless their role is another.
    if (introducer && eligible(introducer) && !this.otherRole(introducer, d.head))
      return introducer;
    // Only people with a role word like the description's words score above 0.
    const scored = new Set(
      partyLike(d.head)
        ? []
        : roleHeads(d.head).flatMap((h) => [...(this.byRoleWord.get(h) ?? [])]),
    );
    for (const m of d.modifiers) {
      for (const e of this.byRoleWord.get(m) ?? []) scored.add(e);
      if (m.length >= 4) for (const e of this.byRoleStart.get(m.slice(0, 4)) ?? []) scored.add(e);
    }
    let best: Antecedent | undefined;
    let bestScore = 0;
    for (const entity of scored) {
      const a = this.latest.get(entity);
      if (!a || !eligible(entity) || this.otherRole(entity, d.head)) continue;
      const score = this.fit(entity, d);
      if (score > bestScore || (score === bestScore && best && a.order > best.order)) {
        best = a;
        bestScore = score;
      }
    }
    if (best) return best.entity;
    // No one has the role. A bare role noun ("the moderator", "the senator") needs someone the
    // article has given that role: it stays as written. A description that identifies by itself
    // ("the Florida senator", "the head of the republic", "the 45-year-old") may stand for whom
    // the story is about.
    if (!identifying(d)) return undefined;
    // No one fits better than another: of the people named in the last sentences, the one the
    // article has named most ("the Republican nominee" is whom the story is about), the most
    // recent among equals; else the most recently mentioned.
    // The subject or speaker of the latest sentence naming someone goes first ("Reid blasted
    // Rubio in an interview. “…,” the Senate minority leader said": Reid).
    // Not when its own sentence names someone it may stand for ("… the failures of Clinton, saying
    // that the Democratic front-runner …").
    for (let i = this.history.length - 1; i >= 0; i--) {
      const a = this.history[i]!;
      if (!eligible(a.entity)) continue;
      if (a.sent === d.sent || a.sent < d.sent - SUBJECT_REACH) break;
      const top = this.firstIn(this.bySent.get(a.sent)!.filter((x) => eligible(x.entity)));
      if (top && (top.subject || top.speaker)) return top.entity;
      break;
    }
    let recent: Antecedent | undefined;
    for (let i = this.history.length - 1; i >= 0; i--) {
      const a = this.history[i]!;
      if (!eligible(a.entity)) continue;
      if (recent && a.sent < d.sent - SUBJECT_REACH) break;
      const times = (x: Antecedent) => this.times.get(x.entity) ?? 0;
      if (!recent || times(a) > times(recent)) recent = a;
    }
    return recent?.entity;
  }

  /**
   * The person's role is another: "the Florida senator" is not "Florida Gov. Jeb Bush". Their role
   * words hold a role noun and not the description's head.
   */
  private otherRole(entity: string, head: string): boolean {
    const words = this.facts.get(entity)?.roleWords;
    if (!words || roleHeads(head).some((h) => words.has(h)) || !isRoleNoun(head)) return false;
    return [...words].some((w) => isRoleNoun(w));
  }

  /** How well a person's role words fit a description: 1 for its head noun, 2 for each modifier. */
  private fit(entity: string, d: Description): number {
    const words = this.facts.get(entity)?.roleWords ?? new Set<string>();
    let score = 0;
    if (roleHeads(d.head).some((h) => words.has(h)) && !partyLike(d.head)) score += 1;
    for (const m of d.modifiers) if ([...words].some((w) => sameStem(w, m))) score += 2;
    return score;
  }
}

/**
 * A description's head and the nouns WordNet gives as its synonyms for a person ("the comic" is
 * the person the article called a comedian; "the attorney", a lawyer; "the nominee", a candidate).
 */
function roleHeads(head: string): string[] {
  return [head, ...synonyms(head).filter((w) => w !== head && isPersonNoun(w))];
}

/**
 * "the Wisconsin Republican", "the Texan": a noun for a member of a party or people (WordNet
 * writes it capitalised) says what someone is, not their office. The same word in a title
 * ("Republican National Committee Chairman") qualifies another noun: it is no evidence.
 */
const partyLike = (head: string) => capitalisedInWordNet(head) && !isRoleNoun(head);

/**
 * "he told Hannity", "she and Lee", "he said of Reyes": the person named a few lower-case words
 * after a subject pronoun in its clause, whom the pronoun cannot stand for (a name its own clause
 * governs is someone else).
 */
export function namedInClauseAfter(
  p: Paragraph,
  i: number,
  runAt: Map<number, NameRun>,
  entityOf: Map<NameRun, string>,
): string | undefined {
  const toks = p.tokens;
  if (!/^(he|she)$/.test(toks[i]!.lower)) return undefined;
  for (let j = i + 1; j < toks.length && j - i <= 4; j++) {
    const run = runAt.get(j);
    if (run) return entityOf.get(run);
    const t = toks[j]!;
    if (!t.word || t.cap || t.q >= 0 || t.sent !== toks[i]!.sent) return undefined;
  }
  return undefined;
}

/**
 * "Asked about her vote, she replied", "Speaking to reporters, he said": the pronoun at token i
 * is the subject after a clause opened by a participle (a verb in WordNet ending in -ed or -ing);
 * or after a fronted phrase naming the topic ("On Okafor, who scored twice, he added", "Of his
 * rival, he said"): the person it names is what is spoken of, never the pronoun subject of the
 * clause it stands before.
 */
export function afterOpeningParticiple(p: Paragraph, i: number): boolean {
  const toks = p.tokens;
  if (toks[i - 1]?.text !== ",") return false;
  let k = i - 1;
  while (k > 0 && toks[k - 1]!.sent === toks[i]!.sent) k--;
  while (k < i && (!toks[k]!.word || CONNECTIVES.has(toks[k]!.lower))) k++;
  const w = toks[k]!;
  if (k < i - 2 && w.cap && TOPIC_PREPOSITIONS.test(w.lower)) return true;
  return k < i - 2 && w.cap && /^[a-z]{3,}(ed|ing)$/.test(w.lower) && isWordAs(w.lower, "verb");
}

/** Prepositions that front the topic of what is said: "On X,", "About X,", "Of X,", "Regarding X,". */
const TOPIC_PREPOSITIONS = /^(?:on|about|of|regarding|concerning)$/;

/**
 * "Christie's aide", "Reyes' plan": a possessive ending at token k (the person owns what follows);
 * not "Christie's been making the case", "Reyes's not running": "'s" there is "has" or "is" before
 * a participle or an adverb (the person is the subject).
 */
export function possessiveAt(p: Paragraph, k: number): boolean {
  const t = p.tokens[k];
  if (!t || !/^['’]s?$/.test(t.text)) return false;
  const next = p.tokens[k + 1];
  return !(t.text.length === 2 && next?.word && CONTRACTED_BEFORE.test(next.lower));
}

const CONTRACTED_BEFORE =
  /^(been|got|gotten|gone|done|become|had|not|never|going|already|always|also|just|still|now)$/;

/**
 * True when token i lies in an adverbial clause fronted before the sentence's subject (one opened
 * by a subordinating conjunction or a participle and closed by a comma; none when a subject
 * pronoun comes first: the clause's end is not known) and the main clause after it opens with a
 * person ("After Beck asked him, D’Souza replied"; "…, he said"; "…, the senator said"), who then
 * goes before the one the clause names. With no such subject ("If Weiner had a problem, I guess
 * …"; "If God talks to Trump, Rubio’s days are over") the clause's person stays what the
 * sentence is about.
 */
export function yieldsToMainSubject(p: Paragraph, i: number): boolean {
  const end = openingClauseEnd(p, i);
  return end >= 0 && mainSubjectIsPerson(p, end);
}

/** The comma (or subject pronoun) that ends the fronted clause token i lies in, else -1. */
function openingClauseEnd(p: Paragraph, i: number): number {
  const toks = p.tokens;
  const sent = toks[i]!.sent;
  let k = i;
  while (k > 0 && toks[k - 1]!.sent === sent) k--;
  for (;;) {
    while (k < i && (!toks[k]!.word || CONNECTIVES.has(toks[k]!.lower))) k++;
    if (k >= i || !opensAdverbial(toks, k)) return -1;
    const comma = clauseEnd(toks, k);
    if (comma < 0) return -1;
    if (i < comma) return comma;
    k = comma + 1;
  }
}

/** The main clause from `end` (a fronted clause's comma, or its subject pronoun) opens with a person: a name (not a possessive), "he", "she", "they" or "the/a … <role or person noun>". */
function mainSubjectIsPerson(p: Paragraph, end: number): boolean {
  const toks = p.tokens;
  const j = toks[end]!.text === "," ? end + 1 : end;
  const t = toks[j];
  if (!t?.word || t.sent !== toks[end]!.sent) return false;
  if (/^(he|she|they)$/.test(t.lower)) return true;
  if (t.cap && t.lower !== "i") {
    let e = j;
    while (toks[e + 1]?.word && toks[e + 1]!.cap) e++;
    return !possessiveAt(p, e + 1);
  }
  if (!/^(the|a|an)$/.test(t.lower)) return false;
  for (let h = j + 1; h <= j + 3 && toks[h]?.word; h++)
    if (isPersonNoun(toks[h]!.lower) || isRoleNoun(toks[h]!.lower)) return true;
  return false;
}

/**
 * The comma closing the clause opened at token k — or the main clause's subject pronoun when
 * no comma does ("When Trump held rallies in the south he was met …") — else -1: the sentence
 * ends or a quote starts first, or a subject and its verb come that cannot be the clause's own
 * ("Asked about it Mr Johnson told Radio 4 …": where the clause ends is not known). A conjunction's clause has one subject of its own; a participle's has none; each
 * relative word ("who", "where") opens a clause with one more.
 */
function clauseEnd(toks: Paragraph["tokens"], k: number): number {
  const sent = toks[k]!.sent;
  let subjects = ownSubjects(toks, k);
  for (let j = k + 1; j < toks.length && toks[j]!.sent === sent; j++) {
    const t = toks[j]!;
    if (t.q >= 0) return -1;
    if (t.text === ",") return j;
    if (RELATIVES.test(t.lower)) subjects++;
    // "When Trump held rallies in the south he was met …": the main clause's pronoun subject.
    else if (SUBJECT_PRONOUN.test(t.lower) && mainClauseStart(toks, k, j)) return j;
    else if (subjectAndVerb(toks, j) && --subjects < 0) return -1;
  }
  return -1;
}

/**
 * How many subjects the clause opened at token k has of its own: none after a participle
 * ("Asked about it, …") or a preposition of time before a noun phrase ("During his speech Mr Brown
 * told MPs …"); one after a conjunction ("After Beck asked him, …").
 */
function ownSubjects(toks: Paragraph["tokens"], k: number): number {
  const w = toks[k]!.lower;
  if (isParticiple(w)) return 0;
  if (!TIME_PREPOSITIONS.has(w)) return 1;
  const next = toks[k + 1];
  return next?.word && (next.cap || SUBJECT_PRONOUN.test(next.lower)) ? 1 : 0;
}

/** A subject pronoun at j after a word, not the clause's own ("If he wins") nor a relative clause's ("who he thought"). */
const mainClauseStart = (toks: Paragraph["tokens"], k: number, j: number) =>
  j > k + 1 && !!toks[j - 1]!.word && !RELATIVES.test(toks[j - 1]!.lower);

/** "Johnson told", "he was", "O'Malley appeared": a name or subject pronoun, then a verb. */
function subjectAndVerb(toks: Paragraph["tokens"], j: number): boolean {
  const t = toks[j]!;
  const next = toks[j + 1];
  if (!t.word || !(t.cap || SUBJECT_PRONOUN.test(t.lower))) return false;
  if (!next?.word || next.cap) return false;
  return isFrameVerb(next.lower) || AUXILIARIES.has(next.lower) || /^[a-z]{3,}ed$/.test(next.lower);
}

const SUBJECT_PRONOUN = /^(he|she|they|we|i)$/;
const RELATIVES = /^(who|whom|whose|that|which|what|whether|if|when|where|why|how|as|than)$/;

/**
 * A subordinating conjunction, a preposition of time or a participle (not "according to": a
 * source) opening a clause at token k. Other prepositions open phrases whose person may well be
 * the topic ("With Trump, there is little chance of that. Just ask him").
 */
function opensAdverbial(toks: Paragraph["tokens"], k: number): boolean {
  const t = toks[k]!;
  if (t.q >= 0) return false;
  const w = t.lower;
  if ((CONJUNCTIONS.has(w) && !COORDINATORS.has(w)) || TIME_PREPOSITIONS.has(w)) return true;
  return isParticiple(w);
}

const isParticiple = (w: string) =>
  /^[a-z]{3,}(ed|ing)$/.test(w) && w !== "according" && isWordAs(w, "verb");

/**
 * "the Florida senator", "the Republican", "the head of the republic", "the 45-year-old": more
 * than a bare common role noun (a proper modifier or head, an "of" phrase, an age).
 */
function identifying(d: Description): boolean {
  const headAsWritten = d.text.split(/\s+/).find((w) => w.toLowerCase() === d.head);
  return (
    d.modifiers.length > 0 ||
    !!d.relative ||
    /^\p{Lu}/u.test(headAsWritten ?? "") ||
    /-old$/.test(d.head) ||
    /\sof\s/.test(d.text)
  );
}

function addTo(map: Map<string, Set<string>>, key: string, entity: string): void {
  const set = map.get(key);
  if (set) set.add(entity);
  else map.set(key, new Set([entity]));
}

/** "kazakh" ~ "kazakhstan", "russian" ~ "russia", "arsenal" = "arsenal". */
function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  const n = Math.min(a.length, b.length);
  if (n < 4) return false;
  let k = 0;
  while (k < n && a[k] === b[k]) k++;
  return k >= Math.max(4, n - 2);
}
