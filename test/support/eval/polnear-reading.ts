/**
 * How a reader resolves he/she in a polnear article (the scorer's own reading, independent of
 * the bot): every he/she outside quote marks, in document order, goes to the most salient fitting
 * mention of a person before it — in its own sentence first, then one sentence back at a time
 * (ten at most). Within a sentence the core mentions (a subject or an object: "Obama departs",
 * "said Rep. Jane Doe", "courtesy of" aside) come before obliques (after a preposition: "a
 * question from Jane Doe", "Like Allen, …") and those before possessives and name modifiers
 * ("Carson's home", "Trump adviser Jason Miller"), each group left to right (salience after
 * Lappin & Leass 1994, "An algorithm for pronominal anaphora resolution").
 * Mentions are:
 * - a name of a person the article names (`people`): a surname mention made full as a reader
 *   would (person-names.ts `fullerName`). No organisation, place or ordinary word ("Xinhua, the
 *   official news agency", "the House", "Post") is a person: a name counts when it is written with
 *   a given name, an honorific or title, or is a first name alone;
 * - an earlier he/she, standing for whom it was resolved to ("Still he rejected …");
 * - a description whose head noun is a person in its commonest WordNet sense ("a reporter for
 *   Agence France-Presse", "the Vermont senator", "One California delegate"): a definite one
 *   stands for the nearest person before it the article writes with its words at their name
 *   ("Sen. Bernie Sanders (I-Vt.)"), else is passed over; an indefinite one stands for itself —
 *   the pronoun then names an unnamed person, scored like a gold description.
 * Gender must fit: the mention's honorific, the person's gender as the scorer knows it, a
 * description's -man/-woman noun; of unknown gender, any person written with a given name, or
 * by surname alone when the article titles that surname ("President François Hollande … said
 * Hollande"; a title before the given names counts). A name before another capitalised word
 * names a thing ("Trump University", "the Clinton Foundation"): a modifier, not a subject; a
 * description holds no clause ("an immigration rally that drew …" has no person head).
 */
import nlp from "compromise";
import { isAdjective, nounKinds } from "../../../src/nlp/lexicon/wordnet.js";
import {
  fullerName,
  genderOf as genderOfName,
  isTitleWord,
  lexiconFirstName,
  looksLikeOrganisation,
  looksLikePlace,
  plausiblePerson,
  sameName,
  surnameMentions,
  type Gender,
  type PersonName,
} from "./person-names.js";

/** Offsets where the document's sentences start (a rough split: end punctuation, then a capital; or a line break). */
export function sentenceStarts(doc: string): number[] {
  const starts = [0];
  // Not after an abbreviation or initial: "Mr. Trump", "Sen. Cruz", "U.S. Senate".
  for (const m of doc.matchAll(/(?<!\b\p{Lu}\p{Ll}{0,2}\.?)[.!?]["”’']*\s+(?=["“‘']*\p{Lu})|\n+/gu))
    starts.push(m.index + m[0].length);
  return starts;
}

export function sentenceOf(starts: number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const HONORIFIC_BEFORE = /\b(Mrs|Mr|Ms|Miss)\.?[ \u00a0]+$/;
const HONORIFIC_GENDER: Record<string, Gender> = { mr: "m", mrs: "f", ms: "f", miss: "f" };

/** The gender of an honorific written right before offset `at` ("Mrs. |Clinton"). */
export function honorificAt(doc: string, at: number): Gender | undefined {
  const h = HONORIFIC_BEFORE.exec(doc.slice(Math.max(0, at - 8), at))?.[1];
  return h ? HONORIFIC_GENDER[h.toLowerCase()] : undefined;
}

/** The gender a description's head noun gives: "spokeswoman" → f. */
export function nounGender(head: string): Gender | undefined {
  if (/(wo)?m[ae]n$/.test(head)) return /wom[ae]n$/.test(head) ? "f" : "m";
  return undefined;
}

/** An unnamed person a pronoun stands for: "a reporter for Agence France-Presse". */
export interface Described {
  phrase: string;
  head: string;
}

export type Referent = { person: PersonName } | { described: Described };

/** -1 an annotated speaker, 0 a subject, 1 an object or oblique, 2 a possessive or modifier, 3 an indefinite description. */
type Rank = -1 | 0 | 1 | 2 | 3;

interface Mention {
  at: number;
  rank: Rank;
  gender?: Gender;
  /** A name or an indefinite description; undefined for a pronoun (its referent is looked up). */
  referent?: Referent;
  /** A surname written alone ("Murphy"): made full again for the gender a pronoun asks. */
  surnameAlone?: PersonName;
  pronoun?: Gender;
  /** A definite description: resolved when a pronoun reaches it. */
  definite?: { words: string[]; head: string };
}

const PREPOSITIONS = new Set(
  "of for with by to from in on at about against like unlike than as into toward towards over under among between after before during without including via through behind beyond upon despite near onto across".split(
    " ",
  ),
);

/** The word right before offset `at`, lower case ("" at a sentence's start or after punctuation). */
function wordBefore(doc: string, at: number): string {
  const m = /([\p{L}'’]+)[ \u00a0]+$/u.exec(doc.slice(Math.max(0, at - 30), at));
  return m ? m[1]!.toLowerCase() : "";
}

/** Where a name's run of capitalised words and titles starts: "by Sen. |Dianne Feinstein" → before "Sen.". */
function runStart(doc: string, at: number): number {
  let start = at;
  for (;;) {
    const m = /(\S+)[ \u00a0]+$/u.exec(doc.slice(Math.max(0, start - 40), start));
    if (!m || !(/^\p{Lu}/u.test(m[1]!) || isTitleWord(m[1]!)) || /[,.;:!?"“”]$/u.test(m[1]!))
      return start;
    if (/[.]$/.test(m[1]!) && !isTitleWord(m[1]!)) return start;
    start -= m[0].length;
  }
}

const verbs = new Map<string, boolean>();
const isVerb = (word: string) => {
  let known = verbs.get(word);
  if (known === undefined) verbs.set(word, (known = nlp(word).has("#Verb")));
  return known;
};

/** A mention's role from the words around it: possessive or modifier, after a preposition or a verb, else subject. */
function roleRank(doc: string, start: number, after: string): Rank {
  if (modifierAfter(after)) return 2;
  const before = wordBefore(doc, start);
  // "the Trump release", "a Canova T-shirt": a name after a determiner modifies a noun.
  if (/^(the|a|an)$/.test(before)) return 2;
  // "asked Sanders", "told CNN": an object; "Florida delegate John Archer" is no verb and object.
  const object = isVerb(before) && !isTitleWord(before) && !nounKinds(before).length;
  return before && (PREPOSITIONS.has(before) || object) ? 1 : 0;
}

const openers = new Map<string, boolean>();
/** A sentence that opens with a participle or a subordinating word and has a comma: "Asked whether …, X said". */
function frontedAdjunct(doc: string, start: number): boolean {
  const sentence = doc.slice(start, start + 300).split(/(?<=[.!?])\s/)[0]!;
  const first = /^["“‘']*(\p{L}+)/u.exec(sentence)?.[1]?.toLowerCase();
  if (!first || !sentence.includes(",")) return false;
  let known = openers.get(first);
  if (known === undefined) {
    known =
      /^(asked|after|before|when|while|although|though|if|as|since|because|despite|unlike|like|once|until|whether)$/.test(
        first,
      ) ||
      (/ing$|ed$/.test(first) && nlp(first).has("(#Gerund|#PastTense|#Participle)"));
    openers.set(first, known);
  }
  return known;
}

/** Possessive ("Carson's home") or a name modifying a role and another name ("Trump adviser Jason Miller"). */
function modifierAfter(rest: string): boolean {
  if (/^['’]s?(?!\p{L})/u.test(rest)) return true;
  // "Trump University", "the Clinton Foundation": a name before another capitalised word names a thing.
  if (
    /^[ \u00a0]+\p{Lu}\p{Ll}/u.test(rest) &&
    !/^[ \u00a0]+(?:Jr|Sr|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/u.test(rest)
  )
    return true;
  const m =
    /^[ \u00a0]+((?:\p{Ll}[\p{L}-]*[ \u00a0]+){1,3})(?:\p{Lu}[\p{L}.'’-]*[ \u00a0]+)*\p{Lu}\p{Ll}/u.exec(
      rest,
    );
  const words = m?.[1]!.trim().split(/\s+/) ?? [];
  return words.length > 0 && isPersonHead(words[words.length - 1]!);
}

const personHeads = new Map<string, boolean>();

/** A noun whose commonest WordNet sense is a person ("reporter", "senator", "man"), singular. */
export function isPersonHead(word: string): boolean {
  let known = personHeads.get(word);
  if (known === undefined) {
    known =
      word.length > 2 &&
      !/s$/.test(word.replace(/(ss|us|is)$/, "")) &&
      nounKinds(word)[0] === "person";
    personHeads.set(word, known);
  }
  return known;
}

const followers = new Map<string, boolean>();
/**
 * What may follow a description's head: punctuation, a verb ("a reporter called"), a preposition
 * or conjunction ("a reporter for AFP"), a relative ("a man who"); not an adverb or adjective
 * ("a bit more diplomatically", "a more serious"), where the head is no noun at all.
 */
function endsNounPhrase(after: string): boolean {
  const next = /^[ \u00a0]+(\p{L}[\p{L}'’-]*)/u.exec(after)?.[1]?.toLowerCase();
  if (!next) return true;
  let known = followers.get(next);
  if (known === undefined) {
    known =
      /^(who|whom|whose|that|and|or|but)$/.test(next) ||
      nlp(next).has("(#Verb|#Preposition|#Conjunction)");
    followers.set(next, known);
  }
  return known;
}

const DETERMINER = /^(the|a|an|one|another)$/i;
/** A relative or subject pronoun: a description's words never hold one. */
const CLAUSE_WORD = /^(that|which|who|whom|whose|he|she|it|they|we|i|you)$/i;

/** Description mentions outside quote marks: a determiner, up to three modifiers, a person head noun. */
function descriptionMentions(doc: string, mask: Uint8Array): Mention[] {
  const out: Mention[] = [];
  for (const m of doc.matchAll(/(?<![\p{L}'’])\p{L}[\p{L}-]*\p{L}(?![\p{L}'’-])/gu)) {
    // "the Wisconsin Republican": a capitalised head only after "the".
    const capital = /^\p{Lu}/u.test(m[0]);
    if (
      capital &&
      !/\bthe[ \u00a0]+(?:\p{Lu}[\p{L}.-]*[ \u00a0]+){0,2}$/u.test(
        doc.slice(Math.max(0, m.index - 40), m.index),
      )
    )
      continue;
    const head = m[0].toLowerCase();
    if (mask[m.index] === 1 || !isPersonHead(head)) continue;
    const after = doc.slice(m.index + head.length, m.index + head.length + 30);
    // "the campaign manager": the head is the last noun; "the student body" is no person.
    const next = /^[ \u00a0]+(\p{Ll}[\p{L}-]*)/u.exec(after)?.[1];
    if (next && nounKinds(next).length && !nlp(next).has("#Verb") && !PREPOSITIONS.has(next))
      continue;
    if (!endsNounPhrase(after)) continue;
    // "a private visit": an adjective before a noun is no head.
    if (next && isAdjective(head) && nounKinds(next).length) continue;
    // "One local woman, Ann Lee, …": the name in apposition is the mention.
    if (/^[ \u00a0]*,[ \u00a0]*\p{Lu}/u.test(after)) continue;
    const before = doc.slice(Math.max(0, m.index - 60), m.index);
    const words =
      /((?:[\p{L}'’.-]+[ \u00a0]+){1,4})$/u.exec(before)?.[1]?.trim().split(/\s+/) ?? [];
    let det = -1;
    for (let i = words.length - 1; i >= 0; i--) {
      if (DETERMINER.test(words[i]!)) {
        det = i;
        break;
      }
      if (/[,;:]$/.test(words[i]!) || PREPOSITIONS.has(words[i]!.toLowerCase())) break;
    }
    if (det < 0) continue;
    // "an immigration rally that drew", "a document he drew": a clause of its own, no head noun.
    if (words.slice(det + 1).some((w) => CLAUSE_WORD.test(w))) continue;
    const start = m.index - words.slice(det).join(" ").length - 1;
    // "Ann Lee, a retiree, …": a description in apposition to a name is that name's mention.
    if (/\p{Lu}[\p{L}'’.-]*[ \u00a0]*,[ \u00a0]*$/u.test(doc.slice(Math.max(0, start - 40), start)))
      continue;
    const detWord = words[det]!.toLowerCase();
    const mods = words.slice(det + 1).map((w) => w.toLowerCase().replace(/['’]s$/, ""));
    const rank = roleRank(doc, start, after);
    const gender = nounGender(head);
    const base = { at: start, rank, ...(gender ? { gender } : {}) };
    if (detWord === "the")
      out.push({ ...base, definite: { words: mods.filter((w) => w.length > 2), head } });
    // An unnamed person ("a reporter", "One California delegate") is the antecedent only when no named one fits.
    else
      out.push({
        ...base,
        rank: 3,
        referent: { described: { phrase: [...words.slice(det), head].join(" "), head } },
      });
  }
  return out;
}

const PRONOUN = /(?<![\p{L}'’])(he|she|He|She|HE|SHE)(?![\p{L}'’])/gu;

export interface ReadingContext {
  doc: string;
  mask: Uint8Array;
  /** The people the article names (gold speakers and narrated people), any one mention each. */
  people: PersonName[];
  /** The people the annotators name as speakers. */
  named: PersonName[];
  genderOf: (p: PersonName) => Gender | undefined;
  /** A mention that lies inside an annotated speaker naming someone else ("Trump adviser Jason Miller"). */
  insideOtherSpeaker: (at: number, p: PersonName) => boolean;
  /**
   * Whether an annotated speaker (named or a pronoun) of a reporting clause after its content is
   * written at this offset ("Trump is a change agent, Cole said": Cole, not Trump, is the subject).
   */
  speakerAt: (at: number) => boolean;
  /** Whether the article writes person `p` with these words at their name ("the Florida senator"). */
  describedAs: (words: string[]) => (p: PersonName) => boolean;
}

/**
 * A name counts as a person's: one with a first name whose gender a lexicon knows ("Dorothy
 * Woods", "John Bolton", whatever "woods" or "Bolton" are besides), one the annotators name as a
 * speaker with a given name, or one written with an honorific or a title before it ("Mrs.
 * Clinton", "Sen. Cruz") or of known gender; never an organisation or a place.
 */
function personLike(
  doc: string,
  p: PersonName,
  gender: Gender | undefined,
  named: readonly PersonName[],
): boolean {
  // "Dorothy Woods": a surname that is an ordinary word needs a first name the lexicon knows ("Star Movement" is none).
  const ordinary = !plausiblePerson(p) || /[.\d]/.test(p.surname);
  if (p.given.length && genderOfName(p) && (!ordinary || p.given.some(lexiconFirstName)))
    return true;
  if (p.given.length && named.some((n) => n.given.length && sameName(n, p))) return true;
  if (ordinary) return false;
  return !!gender || titledSomewhere(doc, p.surname);
}

/**
 * Whether the article writes a title or honorific before some mention of this surname ("President
 * Obama"), right before it or before its given names ("President François Hollande", whatever
 * a lexicon makes of "François").
 */
function titledSomewhere(doc: string, surname: string): boolean {
  return surnameMentions(surname, doc).some((m) => {
    const words = doc
      .slice(Math.max(0, m.at - 50), m.at)
      .split(/[ \u00a0]+/u)
      .slice(0, -1)
      .slice(-3)
      .reverse();
    for (const [i, w] of words.entries()) {
      if (!/^\p{Lu}/u.test(w)) return false;
      // Right before the surname any title ("Sen."); before given names, a title the lexicon knows.
      if (i === 0 ? isTitleWord(w) : isTitleWord(w.replace(/\.$/, ""))) return true;
      // Up to two given names between the title and the surname; a word ending a sentence stops it.
      if (i >= 2 || /[,;:!?"“”]$/u.test(w) || /\p{L}{2}\.$/u.test(w)) return false;
    }
    return false;
  });
}

/**
 * The referent of every he/she outside quote marks, by offset; `resolveAt` resolves a pronoun of
 * a given gender at any offset the same way (a gold "he" the annotators placed elsewhere).
 */
export function readPronouns(ctx: ReadingContext): {
  byOffset: Map<number, Referent | undefined>;
  resolveAt: (at: number, gender: Gender) => Referent | undefined;
  nameMentions: { at: number; person: PersonName; gender?: Gender }[];
  /** Every mention with its rank, for error listings. */
  mentions: readonly { at: number; rank: number }[];
} {
  const { doc, mask } = ctx;
  const mentions: Mention[] = [];
  const nameMentions: { at: number; person: PersonName; gender?: Gender }[] = [];
  for (const surname of new Set(ctx.people.map((p) => p.surname))) {
    for (const m of surnameMentions(surname, doc)) {
      // "anti-Trump", "pro-Clinton": a name inside a word is no mention of the person.
      if (mask[m.at] === 1 || doc[m.at - 1] === "-") continue;
      const honorific = honorificAt(doc, m.at);
      // Given names no lexicon knows and no annotator wrote ("Regarding Trump") are no given names.
      const own =
        m.name.given.length && !personLike(doc, m.name, undefined, ctx.named)
          ? { surname: m.name.surname, given: [] }
          : m.name;
      const person = fullerName(own, doc, m.at, honorific);
      if (ctx.insideOtherSpeaker(m.at, person)) continue;
      const gender = honorific ?? ctx.genderOf(person);
      const start = runStart(doc, m.at);
      const written = doc.slice(start, m.at + surname.length + 1);
      if (!personLike(doc, person, gender, ctx.named)) continue;
      // "Dorothy Woods" is a person whatever compromise makes of "Woods".
      const firstNamed = person.given.some(lexiconFirstName);
      if (!firstNamed && (looksLikeOrganisation(written) || looksLikePlace(person))) continue;
      const word = /^[\p{L}'’-]+/u.exec(doc.slice(m.at, m.at + 40))![0].replace(/['’]s?$/, "");
      const after = doc.slice(m.at + word.length, m.at + word.length + 60);
      const rank = ctx.speakerAt(m.at) ? -1 : roleRank(doc, start, after);
      mentions.push({
        at: m.at,
        rank,
        referent: { person },
        ...(gender ? { gender } : {}),
        ...(!own.given.length && !honorific ? { surnameAlone: own } : {}),
      });
      nameMentions.push({ at: m.at, person, ...(gender ? { gender } : {}) });
    }
  }
  mentions.push(...descriptionMentions(doc, mask));
  for (const m of doc.matchAll(PRONOUN)) {
    if (mask[m.index] === 1) continue;
    mentions.push({
      at: m.index,
      rank: ctx.speakerAt(m.index) ? -1 : 0,
      pronoun: m[1]!.toLowerCase() === "he" ? "m" : "f",
    });
  }
  mentions.sort((a, b) => a.at - b.at);
  nameMentions.sort((a, b) => a.at - b.at);
  const starts = sentenceStarts(doc);
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) {
    const s = sentenceOf(starts, m.at);
    // "Asked whether he was concerned that Donald Trump …, Ban demurred": mentions inside a fronted
    // adjunct (a participle or subordinate clause before the first comma) rank below the main clause's.
    const opening = doc.slice(starts[s]!, m.at);
    if (m.rank >= 0 && m.rank < 3 && !opening.includes(",") && frontedAdjunct(doc, starts[s]!))
      m.rank = Math.min(2, m.rank + 1) as Rank;
    const list = bySentence.get(s);
    if (list) list.push(m);
    else bySentence.set(s, [m]);
  }
  const byOffset = new Map<number, Referent | undefined>();

  /** The nearest person before `at` the article writes with a definite description's words ("the Vermont senator"). */
  const definiteReferent = (at: number, d: { words: string[]; head: string }, gender?: Gender) => {
    // "the Wisconsin Republican": when the article writes nobody with its words, its head alone
    // ("Republican") is no evidence — a reader who cannot tell whom it means looks further back.
    for (const words of d.words.length ? [d.words] : [d.words, [d.head]]) {
      const fits = ctx.describedAs(words);
      for (let i = nameMentions.length - 1; i >= 0; i--) {
        const n = nameMentions[i]!;
        if (n.at >= at) continue;
        if (gender && n.gender && n.gender !== gender) continue;
        if (fits(n.person)) return { person: n.person } as Referent;
      }
    }
    return undefined;
  };

  const fitting = (m: Mention, gender: Gender): Referent | undefined | null => {
    if (m.pronoun) return m.pronoun === gender ? (byOffset.get(m.at) ?? null) : null;
    if (m.gender && m.gender !== gender && m.surnameAlone) {
      // "Anne Marie Murphy … Murphy … he": a surname alone is the bearer of the pronoun's gender.
      const other = fullerName(m.surnameAlone, doc, m.at, gender);
      const g = ctx.genderOf(other);
      return other.given.length && (!g || g === gender) ? { person: other } : null;
    }
    if (m.gender && m.gender !== gender) return null;
    if (m.definite) return definiteReferent(m.at, m.definite, gender) ?? null;
    // A surname alone of unknown gender fits only when the article titles it ("President François Hollande … said Hollande").
    if (
      m.referent &&
      "person" in m.referent &&
      !m.gender &&
      !m.referent.person.given.length &&
      !titledSomewhere(doc, m.referent.person.surname)
    )
      return null;
    return m.referent ?? null;
  };

  const resolveAt = (at: number, gender: Gender): Referent | undefined => {
    const s0 = sentenceOf(starts, at);
    // "Asked about her vote in the event that Clinton wins, she replied": after a fronted adjunct
    // and its comma, the names inside the adjunct are not what the subject refers to.
    // "he told Hannity": the person addressed is not the speaker.
    const addressed = doc
      .slice(at, at + 60)
      .split(/[.!?;:"“”]/u)[0]!
      .toLowerCase()
      .split(/[^\p{L}'’]+/u)
      .slice(1, 5);
    const afterAdjunct =
      /,[ \u00a0]*$/u.test(doc.slice(Math.max(0, at - 3), at)) && frontedAdjunct(doc, starts[s0]!);
    for (let s = s0; s >= 0 && s > s0 - 10; s--) {
      if (s === s0 && afterAdjunct) continue;
      // "But what if Clinton wins? Don't Republicans risk …?": the writer's own question names no speaker.
      if (
        s < s0 &&
        /\?["”’']*\s*$/u.test(doc.slice(starts[s]!, starts[s + 1] ?? doc.length)) &&
        mask[starts[s]!] !== 1
      )
        continue;
      const here = (bySentence.get(s) ?? []).filter(
        (m) =>
          m.at < at &&
          !(m.referent && "person" in m.referent && addressed.includes(m.referent.person.surname)),
      );
      here.sort((a, b) => a.rank - b.rank || a.at - b.at);
      for (const m of here) {
        const r = fitting(m, gender);
        // Not fitting, or a he/she left unresolved: look further back.
        if (r === null) continue;
        return r;
      }
    }
    return undefined;
  };

  for (const m of mentions) if (m.pronoun) byOffset.set(m.at, resolveAt(m.at, m.pronoun));
  return { byOffset, resolveAt, nameMentions, mentions };
}
