/**
 * The gold quotes of polnear-train, prepared for scoring.
 *
 * Type. The corpus's `type` comes from a quote-mark rule that does not see the two-apostrophe
 * quotes (''…'') of the New York Times texts, so nearly all their quotes are typed `indirect`.
 * The type is derived again here from the marks in `doc`: “…”, "…", ''…'' and ``…'' (paired
 * within a paragraph; a quote left open at a paragraph's end runs to that end, as multi-paragraph
 * quotes do). `direct`: every letter and digit of the content is inside quote marks; `mixed`: some
 * are; `indirect`: none. On the articles without '' marks this agrees with the corpus's type on
 * 99.6 % of attributions.
 *
 * Speaker kind, from the speaker as written: `name` when a comma-separated part of it ends in a
 * capitalised name ("Sen. Ted Cruz", "Jeff Weaver, Sanders' campaign manager", "the White House
 * spokesman, Josh Earnest"); `pronoun` ("he", "she", "who", "they", …); `description` ("a campaign
 * spokesman", "the Florida senator", "the statement"); `none` (not annotated, or a cue word only).
 *
 * Resolution to a person (PolNeAR has no coreference):
 * - a surname is made full from the article as a reader would (person-names.ts `fullerName`):
 *   when one person of that surname is named in full, that person ("Donald J. Trump" for
 *   "Trump"); when several are ("Hillary Clinton", "Bill Clinton"), the article's main bearer —
 *   the one it introduces first — unless another is named in full right before it (its
 *   paragraph or the one before, three sentences back at most); always of a compatible gender ("Mrs. Clinton"
 *   is not the "Bill Clinton" just before);
 * - he/him/his → the nearest preceding person of male or unknown gender, she/her → female or
 *   unknown; "who" → the name just before it ("Mike Lee, who"), else the nearest person. The
 *   people are the named speakers of all attributions (any type) and their mentions opening a
 *   sentence outside quote marks ("Rubio disagreed."), unless the annotators' speaker there is
 *   someone else ("Trump adviser Jason Miller said": Miller, not Trump); a person named right after the cue ("he
 *   told Hannity") is passed over, and so is an organisation (compromise's `#Organization`), and,
 *   of unknown gender, an ordinary word ("Post") or a name never written with a given name
 *   ("Outsports.com") or a place ("Wall Street", compromise's `#Place`); the pronoun votes below
 *   give a gender only to a name that may be a person's (not an outlet, a place or an ordinary
 *   word: a "he" after "Xinhua reported" or "the House" never makes them male), and someone called
 *   by a first name alone ("Bob", "Jane") has that name's gender; given names are only the words right before the surname ("When Trump" has none). Gender: the article's own pronouns first (the person
 *   nearest before each he/she gets a vote, two when the he/she opens the sentence right after one
 *   that person opens; three votes in four decide), then the first name
 *   (compromise's lexicon), then Mr./Mrs./Ms. before the surname in the article. A hand check of
 *   38 random resolved pronouns found 35 right; session 18's seeded audit of 80 resolved tune
 *   pronoun/description speakers of direct quotes found 72 right before and 74 after the causes
 *   below were mended (notes s18/score/audit.mts). Names as a reader takes them: a sentence adverb
 *   the annotators took into the span ("Recently, Herman Cain,") and a description after a
 *   determiner ("The Podesta Group's CEO, Kimberley Fritts,") are not the name; a capitalised run
 *   ends at a long word with a full stop ("the United States. Recently"); a person whose surname is
 *   an ordinary word is a person after a first name the lexicon knows ("Gloria Major");
 * - a definite description with a person noun as head ("the senator", "the former Florida
 *   governor") → the nearest preceding person the article writes with all its words at their name
 *   ("former Florida Gov. Jeb Bush", "Bush, the former Florida governor,"; "Gov." stands for
 *   governor), else with its head noun; few are resolved so, and those not resolved are marked
 *   `unresolvedReference` and not scored (polnear-score.ts);
 * - "they", "it", "we", "I", "you", "which", "that" stay unresolved and are not scored for speaker;
 *   so does a surname alone ("Ms. Khan", or a pronoun resolved to her) when the article names
 *   several people with that surname in full and the scorer cannot tell which one it is.
 * Gender evidence, strongest first: an honorific at the mention itself ("Mrs. Clinton" is a woman
 * whatever "Bill Clinton" before her); then, for a name, the article's Mr./Mrs. and the first-name
 * lexicon, which the article's pronoun votes overturn only with three votes (two for a name of
 * unknown gender). Speaker spans the annotators cut inside a word run to its end ("advise|r"); a
 * speaker that is a past-tense cue word alone ("asked") names nobody; "the Republican", "the
 * Texan" (an article and one adjective or demonym) are descriptions, "a poll released Monday" is
 * no name.
 */
import nlp from "compromise";
import { isAdverb, isWordAs } from "../../../src/nlp/lexicon/wordnet.js";
import type { Span } from "./locate.js";
import {
  appositions,
  firstNameAloneGender,
  fullerName,
  genderInDoc,
  genderOf,
  isTitleWord,
  lexiconFirstName,
  personName,
  phraseHead,
  looksLikeOrganisation,
  looksLikePlace,
  plausiblePerson,
  sameName,
  surnameMentions,
  type Gender,
  type PersonName,
} from "./person-names.js";
import {
  honorificAt,
  nounGender,
  readPronouns,
  sentenceOf,
  sentenceStarts,
} from "./polnear-reading.js";

export interface PolnearAttribution {
  text: string;
  speaker: string | null;
  cue: string | null;
  type: "direct" | "mixed" | "indirect";
  content_spans: [number, number][];
  speaker_spans: [number, number][];
}

export interface PolnearArticle {
  id: string;
  publisher: string;
  publication_date: string;
  title: string;
  doc: string;
  quotes: PolnearAttribution[];
}

export type QuoteType = "direct" | "mixed" | "indirect";
export type SpeakerKind = "name" | "pronoun" | "description" | "none";

export interface GoldQuote {
  type: QuoteType;
  /** The parts of the content inside quote marks. */
  quoted: Span[];
  quotedLength: number;
  text: string;
  speaker: string | null;
  kind: SpeakerKind;
  /** The person the speaker is, when the scorer could tell. */
  person?: PersonName;
  /** Other people a speaker joined by "and" names ("Phil Berger and Tim Moore"): each is right. */
  also?: PersonName[];
  /** For descriptions: the head noun ("spokesman"). */
  head?: string;
  /**
   * A pronoun whose antecedent is an unnamed person ("A reporter for Agence France-Presse called
   * it chaos. “…,” he said."): the description, scored like a gold description (`head` is its head noun).
   */
  described?: string;
  /**
   * A definite description of a person ("the senator") the scorer could not resolve: like an
   * unresolved pronoun, it is not scored (whom it stands for is unknown).
   */
  unresolvedReference?: boolean;
  /** How the person was found, for error listings: "he → Ted Cruz". */
  resolvedFrom?: string;
  /** Where the speaker is written (or the content, when no speaker span). */
  at: number;
}

/** 1 for every document character inside quote marks (the marks themselves excluded). */
export function quotedMask(doc: string): Uint8Array {
  const mask = new Uint8Array(doc.length);
  const marks = /“|”|"|''|``/g;
  for (const para of doc.matchAll(/[^\n]+/g)) {
    const p0 = para.index;
    let open: number | undefined;
    for (const m of para[0].matchAll(marks)) {
      const at = p0 + m.index;
      const kind = curlyKind(para[0], m.index, m[0]);
      if (open === undefined) {
        if (kind !== "close") open = at + m[0].length;
      } else if (kind === "open") open = at + m[0].length;
      else {
        mask.fill(1, open, at);
        open = undefined;
      }
    }
    if (open !== undefined) mask.fill(1, open, p0 + para[0].length);
  }
  return mask;
}

/**
 * “ and `` open, ” closes, " does either — except a curly mark typed the wrong way round
 * ("… here,“ said Smith"), read by where it stands as the bot reads it (src/nlp/quote-marks.ts).
 */
function curlyKind(text: string, i: number, mark: string): "open" | "close" | "either" {
  const before = text[i - 1] ?? " ";
  const after = text[i + mark.length] ?? " ";
  if (mark === "“")
    return /[^\s([{\u2014\u2013/]/.test(before) && /[\s)\]}.,;:!?]/.test(after) ? "close" : "open";
  if (mark === "”") return /\s/.test(before) && /[\p{L}\p{N}]/u.test(after) ? "open" : "close";
  return mark === "``" ? "open" : "either";
}

/** The quote type of a content, and its quoted parts. */
export function quoteParts(
  doc: string,
  mask: Uint8Array,
  spans: [number, number][],
): { type: QuoteType; quoted: Span[] } {
  let letters = 0;
  let inside = 0;
  const quoted: Span[] = [];
  for (const [a, b] of spans) {
    let runStart = -1;
    for (let i = a; i <= b; i++) {
      const q = i < b && mask[i] === 1;
      if (i < b && /[\p{L}\p{N}]/u.test(doc[i]!)) {
        letters++;
        if (q) inside++;
      }
      if (q && runStart < 0) runStart = i;
      if (!q && runStart >= 0) {
        quoted.push({ start: runStart, end: i });
        runStart = -1;
      }
    }
  }
  const type: QuoteType = inside === 0 ? "indirect" : inside === letters ? "direct" : "mixed";
  return { type, quoted: quoted.filter((s) => /[\p{L}\p{N}]/u.test(doc.slice(s.start, s.end))) };
}

const PRONOUN_GENDER: Record<string, Gender | "any" | null> = {
  he: "m",
  him: "m",
  his: "m",
  himself: "m",
  she: "f",
  her: "f",
  hers: "f",
  herself: "f",
  who: "any",
  they: null,
  them: null,
  their: null,
  it: null,
  its: null,
  i: null,
  me: null,
  we: null,
  us: null,
  our: null,
  you: null,
  which: null,
  that: null,
  this: null,
  these: null,
  those: null,
  whom: null,
};

/** The part of a speaker phrase that names a person: "the White House spokesman, Josh Earnest," → "Josh Earnest". */
function namingPart(speaker: string): string | undefined {
  const naming = appositions(speaker).filter((part) => {
    if (!/^\p{Lu}/u.test(part.split(/\s+/).pop() ?? "") || describingWord(part)) return false;
    // "Recently, Herman Cain, the pizza maven,": a sentence adverb the annotators took into the span names nobody.
    if (adverbOnly(part.trim())) return false;
    const person = personName(part);
    // "an interview published online Wednesday" names nobody.
    return !!person && !nlp(person.surname).has("#WeekDay");
  });
  // "his best friend at Lehigh, Bruce Turry": a description's capitalised tail is no name when a full name follows.
  const [first, ...rest] = naming;
  if (first && /^\p{Ll}/u.test(first) && !personName(first)!.given.length)
    return rest.find((part) => personName(part)!.given.length) ?? first;
  // No name starts with a determiner: "The Podesta Group's CEO, Kimberley Fritts" is Fritts.
  if (first && /^(?:The|A|An)\s/u.test(first))
    return rest.find((part) => personName(part)!.given.length) ?? first;
  return first;
}

/** A capitalised word WordNet knows only as an adverb ("Recently"; not "Long", also a noun). */
function adverbOnly(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const w = word.toLowerCase();
  return isAdverb(w) && !isWordAs(w, "noun") && !isWordAs(w, "adj");
}

/**
 * "the Republican", "the Texan", "a Wednesday": an article and one capitalised word that
 * compromise's lexicon knows as an adjective, a demonym or a date, not as a name — a description.
 */
function describingWord(part: string): boolean {
  const m = /^(?:the|a|an)\s+(\p{Lu}\p{L}+)$/iu.exec(part.trim());
  return !!m && nlp(m[1]!.toLowerCase()).has("^(#Adjective|#Demonym|#Date)$");
}

/** Speaker spans that hold only a cue word (one in the past tense: "said", "asked") are annotation slips: nobody is named. */
const CUE_ONLY = /^(said|says|say|told|added|according to|to|over)$/;

export function speakerKind(speaker: string | null): SpeakerKind {
  if (speaker === null || !speaker.trim()) return "none";
  const s = speaker
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}]+$/u, "");
  if (s in PRONOUN_GENDER) return "pronoun";
  if (CUE_ONLY.test(s) || (/^\p{Ll}+$/u.test(speaker.trim()) && nlp(s).has("^#PastTense$")))
    return "none";
  return namingPart(speaker) ? "name" : "description";
}

/**
 * The speaker as the article writes it: a span the annotators ended inside a word ("the senior
 * Cruz advise|r") runs to the word's end.
 */
export function speakerAsWritten(doc: string, q: PolnearAttribution): string | null {
  const end = q.speaker_spans[q.speaker_spans.length - 1]?.[1];
  if (q.speaker === null || end === undefined || !/\p{L}$/u.test(q.speaker)) return q.speaker;
  return q.speaker + (/^\p{L}+/u.exec(doc.slice(end, end + 40))?.[0] ?? "");
}

/**
 * Nouns for people, as a definite description's head ("the senator"): compromise tags
 * person nouns `Actor`, but in context it tags any noun before "said" so; the lexicon itself
 * is used, plus the -man/-woman/-person, -er/-or/-ist/-(i)an/-crat/-ee/-ant/-ent endings.
 */
const NOT_PEOPLE =
  /^(statement|report|email|e-mail|letter|memo|ad|advertisement|campaign|group|company|committee|newspaper|paper|post|release|poll|survey|study|document|filing|website|site|account|tweet|message|video|book|article|column|editorial|board|organization|organisation|agency|department|office|court|lawsuit|complaint|suit|order|ruling|policy|plan|bill|law|source)$/;

export function isPersonNoun(head: string): boolean {
  if (NOT_PEOPLE.test(head)) return false;
  return /(m[ae]n|person|er|or|ist|ian|an|crat|ee|ant|ent|ive|ary|ate|old)$/.test(head);
}

/** "Mike Lee, who declared": the name just before a relative "who", with the gender its honorific gives ("Mrs. Lee, who"). */
function relativeAntecedent(
  doc: string,
  at: number,
): { person: PersonName; gender?: Gender } | undefined {
  const before =
    /((?:\p{Lu}[\p{L}'’.-]*[ \u00a0]+)*\p{Lu}[\p{L}'’.-]*)[ \u00a0]*,?[ \u00a0]*$/u.exec(
      doc.slice(Math.max(0, at - 80), at),
    );
  const person = before ? personName(before[1]!) : undefined;
  if (!person) return undefined;
  const gender = genderOf({ surname: person.surname, given: [] }, before![1]!);
  return gender ? { person, gender } : { person };
}

interface Candidate {
  at: number;
  person: PersonName;
  /** The name as written, when the gold names the speaker. */
  written?: string;
  /** The gender an honorific at this mention gives ("Mrs. Clinton"): it outweighs any other evidence. */
  gender?: Gender;
}

const personKey = (p: PersonName) => `${p.given[0] ?? ""} ${p.surname}`;

/**
 * Words before a sentence's subject: capitalised words only ("But Sen. Ted Cruz"), or a short
 * phrase with no verb or pronoun in it ("One superdelegate, Alabama party chairwoman Nancy
 * Worley, pledged"; compromise's tags), not a clause ("Aides say Ivanka Trump", "He said … Trump").
 */
function subjectOpening(opening: string): boolean {
  const words = opening.split(/\s+/).filter(Boolean);
  if (!/(^|\s)["“‘']*\p{Ll}/u.test(opening)) return words.length <= 5;
  return words.length <= 8 && !nlp(opening).has("(#Verb|#Pronoun|#Preposition)");
}

/**
 * The first mention, outside quote marks, of a person the gold names as a speaker in each
 * sentence ("Rubio disagreed."): the subject a following "he said" most often refers to.
 */
function subjectMentions(doc: string, mask: Uint8Array, named: PersonName[]): Candidate[] {
  const starts = sentenceStarts(doc);
  const first = new Map<number, Candidate>();
  for (const surname of new Set(named.map((p) => p.surname))) {
    for (const m of surnameMentions(surname, doc)) {
      if (mask[m.at] === 1) continue;
      const s = sentenceOf(starts, m.at);
      // The subject opens the sentence: only capitalised words before it ("But Sen. Ted Cruz"), not "He said … Trump".
      const opening = doc.slice(starts[s]!, m.at);
      if (!subjectOpening(opening)) continue;
      const seen = first.get(s);
      if (seen && seen.at < m.at) continue;
      // "Mrs. Clinton" is not the "Bill Clinton" written before her.
      const gender = honorificAt(doc, m.at);
      const person = fullerName(m.name, doc, m.at, gender);
      first.set(s, { at: m.at, person, ...(gender ? { gender } : {}) });
    }
  }
  return [...first.values()];
}
/**
 * People the narration names with a given name whose gender compromise's lexicon knows ("Cornell
 * Belcher", "Raynard Jackson"), outside quote marks: a pronoun may stand for someone the gold never
 * names as a speaker.
 */
function narratedPeople(doc: string, mask: Uint8Array): PersonName[] {
  const found: PersonName[] = [];
  for (const m of doc.matchAll(/\p{Lu}[\p{L}'’.-]*(?:[ \u00a0]+\p{Lu}[\p{L}'’.-]*)+/gu)) {
    if (mask[m.index] === 1) continue;
    // "… the United States. Recently, …": a long word and a full stop end the sentence (not "Gov.").
    const run = m[0].split(/(?<=\p{L}{5}\.)[ \u00a0]+/u)[0]!;
    if (!/[ \u00a0]/u.test(run)) continue;
    const name = personName(run);
    // "Gloria Major", "Wayne Borders": a surname that is an ordinary word is a person's after a first name the lexicon knows.
    if (
      name?.given.length &&
      genderOf(name) &&
      (plausiblePerson(name) || name.given.some(lexiconFirstName))
    )
      found.push(name);
    // "President Obama", "Sen. Cruz": a title before a surname that is no ordinary word.
    else if (
      name &&
      !name.given.length &&
      plausiblePerson(name) &&
      run.split(/\s+/).slice(0, -1).some(isTitleWord)
    )
      found.push(name);
  }
  return found;
}

/**
 * Whether the article writes person `p` with all of `words` at their name: "the former Florida
 * governor" is "former Florida Gov. Jeb Bush" or "Bush, the former Florida governor," ("Gov."
 * stands for governor).
 */
export const describedAs =
  (doc: string, words: string[]) =>
  (p: PersonName): boolean =>
    surnameMentions(p.surname, doc).some((m) => {
      if (!m.name.given.length || !sameName(m.name, p)) return false;
      const before = doc
        .slice(Math.max(0, m.at - 80), m.at)
        .split(/(?<!\b\p{Lu}\p{Ll}{0,2})[.;:!?]["”]?\s|["“”,]|\s(?:and|or|with)\s/u)
        .pop()!
        .toLowerCase()
        .split(/[^\p{L}.]+/u)
        .filter(Boolean);
      while (
        before.length &&
        (m.name.given.includes(before[before.length - 1]!) ||
          /^\p{L}\.$/u.test(before[before.length - 1]!))
      )
        before.pop();
      // After the name: a bracket ("(R-Fla.)") and an apposition (", the Florida senator,").
      const after =
        /^[\p{L}'’-]+\s*(\([^)]*\))?\s*(,[^,;]*)?/u.exec(doc.slice(m.at, m.at + 120))?.[0] ?? "";
      const tokens = [...before.slice(-5), ...after.toLowerCase().split(/[^\p{L}.]+/u)];
      return words.every((w) =>
        tokens.some(
          (t) => t === w || (t.endsWith(".") && t.length > 2 && w.startsWith(t.slice(0, -1))),
        ),
      );
    });

/** Every attribution of the article prepared for scoring (all types; direct and mixed are scored). */
export function goldQuotes(article: PolnearArticle): GoldQuote[] {
  const { doc } = article;
  const mask = quotedMask(doc);
  const prepared = article.quotes
    .map((q): GoldQuote => {
      const { type, quoted } = quoteParts(doc, mask, q.content_spans);
      return {
        type,
        quoted,
        quotedLength: quoted.reduce((n, s) => n + s.end - s.start, 0),
        text: q.text,
        speaker: speakerAsWritten(doc, q),
        kind: speakerKind(speakerAsWritten(doc, q)),
        at: q.speaker_spans[0]?.[0] ?? q.content_spans[0]?.[0] ?? 0,
      };
    })
    .sort((a, b) => a.at - b.at);

  // Named speakers first: they are the people pronouns and descriptions can refer to.
  const genders = new Map<string, Gender>();
  const candidates: Candidate[] = [];
  for (const g of prepared) {
    if (g.kind !== "name") continue;
    const naming = namingPart(g.speaker!)!;
    const written = personName(naming)!;
    const honorific = genderOf({ surname: written.surname, given: [] }, naming);
    // Two people joined before any apposition: "Phil Berger and Tim Moore, both Republicans,".
    const also = phraseHead(g.speaker!)
      .split(/\s+and\s+/)
      .flatMap((part) => {
        const named = namingPart(part);
        const p = named ? personName(named) : undefined;
        return p?.given.length && !sameName(p, written) ? [p] : [];
      });
    if (also.length) g.also = also;
    g.person = fullerName(written, doc, g.at, genderOf(written, g.speaker!));
    const gender = genderOf(g.person, g.speaker!) ?? genderInDoc(g.person, doc);
    if (gender && !genders.has(personKey(g.person))) genders.set(personKey(g.person), gender);
    candidates.push({
      at: g.at,
      person: g.person,
      written: naming,
      ...(honorific ? { gender: honorific } : {}),
    });
  }
  // A mention inside an annotated speaker ("Trump adviser Jason Miller", "McConnell spokesman
  // Don Stewart") is not the subject: the annotation names the speaker there.
  const speakerSpans = article.quotes.flatMap((q) => {
    const naming = q.speaker ? namingPart(q.speaker) : undefined;
    const person = naming ? personName(naming) : undefined;
    return person ? q.speaker_spans.map(([a, b]) => ({ a, b, person })) : [];
  });
  const inSpeakerSpan = (c: Candidate) =>
    speakerSpans.some((s) => c.at >= s.a && c.at < s.b && !sameName(s.person, c.person));
  candidates.push(
    ...subjectMentions(doc, mask, [
      ...candidates.map((c) => c.person),
      ...narratedPeople(doc, mask),
    ]).filter((c) => !inSpeakerSpan(c)),
  );
  candidates.sort((a, b) => a.at - b.at);
  const genderOfPerson = (p: PersonName) =>
    genders.get(personKey(p)) ?? genderOf(p) ?? genderInDoc(p, doc) ?? firstNameAloneGender(p);
  const pronounGender = (g: GoldQuote) =>
    PRONOUN_GENDER[
      g
        .speaker!.trim()
        .toLowerCase()
        .replace(/[^\p{L}]+$/u, "")
    ];
  /** Words right after a speaker: "he told Hannity" — the person addressed there is not the speaker. */
  const addressed = (at: number) =>
    doc
      .slice(at, at + 60)
      .split(/[.!?;:"“”]/u)[0]!
      .toLowerCase()
      .split(/[^\p{L}'’]+/u)
      .slice(1, 5);

  /**
   * A named speaker that is an organisation ("the Pirate Party") is no antecedent of he/she; one
   * written with a known first name is a person whatever else the phrase holds ("White House
   * press secretary Josh Earnest").
   */
  const organisation = (c: Candidate) =>
    c.written !== undefined && !genderOf(c.person) && looksLikeOrganisation(c.written);

  /**
   * Whether the pronoun votes below may give a candidate a gender: a person's name, not an
   * organisation's or a place's, nor an ordinary word ("the House", "Times"), nor a web address.
   */
  const votable = (c: Candidate) =>
    !organisation(c) &&
    plausiblePerson(c.person) &&
    !looksLikePlace(c.person) &&
    !/[.\d]/.test(c.person.surname);

  // The article's own pronouns outvote the first-name lexicon ("Lindsey Graham … he said"): the
  // person nearest before each he/she gets a vote; three in four votes for one gender decide.
  const votes = new Map<string, { m: number; f: number }>();
  const voted = new Map<string, PersonName>();
  const vote = (person: PersonName, gender: Gender, n: number) => {
    const v = votes.get(personKey(person)) ?? { m: 0, f: 0 };
    v[gender] += n;
    votes.set(personKey(person), v);
    voted.set(personKey(person), person);
  };
  for (const g of prepared) {
    const gender = g.kind === "pronoun" ? pronounGender(g) : undefined;
    if (gender !== "m" && gender !== "f") continue;
    const next = addressed(g.at);
    let c: Candidate | undefined;
    for (const x of candidates)
      if (x.at < g.at && !next.includes(x.person.surname) && !organisation(x)) c = x;
    // An honorific at the mention ("Mrs. Clinton") already tells the gender: the pronoun is someone else's.
    if (!c || !votable(c) || c.gender) continue;
    vote(c.person, gender, 1);
  }
  // "Marty Olsen approaches it differently. She said …", "One voter, Robin Ruiz, showed up. He had
  // protested …": a he/she opening the sentence right after one, in its paragraph, that opens
  // with a person and names no one else, plainly stands for that person — two votes, so with one
  // more it outweighs a first name's usual gender (never an honorific).
  const starts = sentenceStarts(doc);
  const others = [...candidates.map((c) => c.person), ...narratedPeople(doc, mask)];
  for (const m of doc.matchAll(OPENING_PRONOUN)) {
    const s = sentenceOf(starts, m.index);
    if (mask[m.index] === 1 || s === 0 || starts[s] !== m.index) continue;
    const [from, to] = [starts[s - 1]!, starts[s]!];
    if (doc.slice(from, to).trimEnd().includes("\n")) continue;
    const first = candidates.find((c) => c.at >= from && c.at < to);
    if (!first || organisation(first) || !votable(first) || first.gender) continue;
    if (genderInDoc(first.person, doc) || !subjectOpening(doc.slice(from, first.at))) continue;
    const someoneElse = others.some(
      (p) =>
        !sameName(p, first.person) &&
        surnameMentions(p.surname, doc).some((x) => x.at >= from && x.at < to && mask[x.at] !== 1),
    );
    if (!someoneElse) vote(first.person, m[1] === "He" ? "m" : "f", 2);
  }
  for (const [key, v] of votes) {
    const person = voted.get(key)!;
    const known = genderOf(person) ?? genderInDoc(person, doc);
    const gender = v.m > v.f ? "m" : "f";
    // Against the article's Mr./Mrs. or the first-name lexicon, a third vote is needed.
    const needed = known && known !== gender ? 3 : 2;
    if (v.m + v.f >= needed && Math.max(v.m, v.f) >= 0.75 * (v.m + v.f)) genders.set(key, gender);
  }

  /** The nearest person before `at` of a compatible gender (and, when `prefer` is given, one it accepts). */
  const nearest = (
    at: number,
    gender: Gender | "any" | undefined,
    prefer?: (p: PersonName) => boolean,
  ): PersonName | undefined => {
    const next = addressed(at);
    for (let i = candidates.length - 1; i >= 0; i--) {
      const c = candidates[i]!;
      if (c.at >= at) continue;
      if (next.includes(c.person.surname) || organisation(c)) continue;
      const g = c.gender ?? genderOfPerson(c.person);
      const fits =
        gender === "any" ||
        gender === undefined ||
        g === gender ||
        // Of unknown gender: a person written with a given name somewhere ("Outsports.com", "Opponents" are not).
        (g === undefined &&
          plausiblePerson(c.person) &&
          c.person.given.length > 0 &&
          !looksLikePlace(c.person));
      if (!fits) continue;
      if (!prefer) return c.person;
      if (prefer(c.person)) return c.person;
    }
    return undefined;
  };
  const resolve = (
    g: GoldQuote,
    gender: Gender | "any" | undefined,
    ...evidence: ((p: PersonName) => boolean)[]
  ) => {
    const person = evidence.length
      ? evidence.reduce<PersonName | undefined>(
          (found, e) => found ?? nearest(g.at, gender, e),
          undefined,
        )
      : nearest(g.at, gender);
    if (!person) return;
    g.person = person;
    // A "he" resolved to someone of unknown gender tells the gender for later pronouns.
    if ((gender === "m" || gender === "f") && !genderOfPerson(person))
      genders.set(personKey(person), gender);
    candidates.push({ at: g.at, person, ...(gender === "m" || gender === "f" ? { gender } : {}) });
    candidates.sort((a, b) => a.at - b.at);
  };
  // He and she as a reader takes them (polnear-reading.ts): the most salient fitting mention before, sentence by sentence.
  const reading = readPronouns({
    doc,
    mask,
    people: [
      ...candidates.filter((c) => !organisation(c)).map((c) => c.person),
      ...narratedPeople(doc, mask),
    ],
    named: candidates
      .filter((c) => c.written !== undefined && (votable(c) || !!genderOf(c.person)))
      .map((c) => c.person),
    genderOf: genderOfPerson,
    insideOtherSpeaker: (at, person) => inSpeakerSpan({ at, person }),
    speakerAt: (at) =>
      article.quotes.some(
        (q) =>
          q.speaker_spans.some(([a, b]) => at >= a && at < b) &&
          (q.content_spans[0]?.[0] ?? Infinity) < at,
      ),
    describedAs: (words) => describedAs(doc, words),
  });
  for (const g of prepared) {
    if (g.kind === "pronoun") {
      const gender = pronounGender(g);
      const antecedent = gender === "any" ? relativeAntecedent(doc, g.at) : undefined;
      if (gender === "m" || gender === "f") {
        const referent = reading.byOffset.has(g.at)
          ? reading.byOffset.get(g.at)
          : reading.resolveAt(g.at, gender);
        if (referent && "person" in referent) g.person = referent.person;
        else if (referent) {
          g.described = referent.described.phrase;
          g.head = referent.described.head;
        }
      } else if (antecedent) {
        g.person = fullerName(antecedent.person, doc, g.at, antecedent.gender);
        candidates.push({
          at: g.at,
          person: g.person,
          ...(antecedent.gender ? { gender: antecedent.gender } : {}),
        });
        candidates.sort((a, b) => a.at - b.at);
      }
      // "their editors, who": a "who" after no name stays unresolved.
    } else if (g.kind === "description") {
      const words = phraseHead(g.speaker!)
        .toLowerCase()
        .split(/\s(?:of|from|at|for|in|with|on|to)\s/u)[0]!
        .split(/\s+/);
      // "The campaign’s" → campaign.
      g.head = words[words.length - 1]!.replace(/['’]s?$/, "");
      const definite = /^(the|this|that)$/.test(words[0]!) && words.length > 1;
      const content = words
        .slice(1)
        .filter((w) => w.length > 2 && !/^(former|then|late|new|top|senior)$/.test(w));
      // Someone written with all the words at their name, else with the head noun ("Sen." for "the Florida senator").
      if (definite && isPersonNoun(g.head)) {
        resolve(g, nounGender(g.head), describedAs(doc, content), describedAs(doc, [g.head]));
        if (!g.person) g.unresolvedReference = true;
      }
    }
  }
  // "Ms. Khan" in an article about Khizr, Ghazala and Humayun Khan, none of known gender: whom it
  // stands for is unknown, and any Khan would match a surname alone.
  for (const g of prepared)
    if (g.person && !g.person.given.length && sharedSurname(g.person.surname, doc))
      g.unresolvedReference = true;
  return prepared;
}

/** A he/she that may open a sentence. */
const OPENING_PRONOUN = /(?<![\p{L}'’])(He|She)(?![\p{L}'’])/gu;

/** Whether the article writes several people with this surname in full ("Khizr Khan", "Ghazala Khan"). */
function sharedSurname(surname: string, doc: string): boolean {
  const given = new Set(
    surnameMentions(surname, doc).flatMap((m) => (m.name.given[0] ? [m.name.given[0]] : [])),
  );
  return given.size > 1;
}
