/**
 * What the article reports someone said: their quotes, direct ones first, then sentences
 * that report their speech ("X said that …", "according to X").
 */
import type { Analysis, Entity, Quote } from "../../model/analysis.js";
import type { NameMatch } from "../../nlp/people/name-match.js";
import { BEYOND_ASCII, isStopWord, words } from "../../nlp/tokens.js";
import { isSpeechVerb, STATEMENT_CUES } from "../../nlp/lexicon/reporting-verbs.js";
import { PASSIVE_AUXILIARIES } from "../../nlp/lexicon/function-words.js";
import { cueTakesObject, speakerMayFollow } from "./honest.js";
import { HONORIFICS } from "../../nlp/lexicon/titles.js";
import { isPersonNoun, isRoleNoun } from "../../nlp/lexicon/roles.js";
import { nounKinds, nounSenses } from "../../nlp/lexicon/wordnet.js";
import { relatedWords } from "./related.js";
import { AFTER_NAME } from "../../nlp/lexicon/compromise-tags.js";

export interface Speech {
  sentence: number;
  /** The analysis' quote, when there is one; else a sentence that reports the speech. */
  quote?: Quote;
  direct: boolean;
}

const CUE = new RegExp(`\\b(${[...STATEMENT_CUES].join("|")}|saying|according to)\\b`, "gi");
/** Cues that may come before their speaker ("…, said Tokaev"). */
const INVERTED =
  /^(said|says|added|adds|stressed|explained|noted|continued|wrote|insisted|argued|claimed|declared|warned|according to)$/i;

/**
 * Display name for lines: the surname for people with a full name ("Tokaev"; "Phillips" for
 * "Walter M Phillips Jr", not the suffix), else the name.
 */
export function shortName(e: Entity): string {
  const parts = e.name.split(/\s+/);
  while (parts.length > 2 && isNameSuffix(parts.at(-1)!)) parts.pop();
  return e.kind === "person" && parts.length > 1 ? (parts.at(-1) ?? e.name) : e.name;
}

/** A word that follows a name: "Jr", "Sr." (compromise's honorifics after a name), "III". */
function isNameSuffix(word: string): boolean {
  return AFTER_NAME.has(word.replace(/\.$/, "").toLowerCase()) || /^[IVX]{2,4}$/.test(word);
}

const CALL_WORDS_PATTERN = /\p{Lu}[\p{L}\p{M}'’]*/gu;

/** The words a person is called by in the text, lower case (name words, not titles: "Mr", "President"; and alias phrases). */
function callWords(analysis: Analysis, e: Entity): { names: Set<string>; aliases: string[] } {
  const names = new Set<string>();
  for (const n of [e.name, ...e.aliases])
    for (const m of n.matchAll(CALL_WORDS_PATTERN))
      for (const w of words(m[0])) if (!HONORIFICS[w] && !isRoleNoun(w)) names.add(w);
  // A surname another person of the article shares ("Trump" for Eric and Donald Trump) names neither.
  const others = analysis.entities.filter((o) => o !== e && o.kind === "person");
  for (const w of [...names])
    if (names.size > 1 && others.some((o) => words(o.name).includes(w))) names.delete(w);
  const aliases = e.aliases.map((a) => words(a).join(" ")).filter((a) => a.split(" ").length >= 2);
  return { names, aliases };
}

/** Everything the article reports the entity said, in article order. */
export function speechOf(analysis: Analysis, named: NameMatch): Speech[] {
  const e = named.entity;
  const out: Speech[] = [];
  const withQuote = new Set<number>();
  const { names, aliases } = callWords(analysis, e);
  const byName = (speaker: string | undefined) =>
    !!speaker && words(speaker).some((w) => names.has(w));
  const body = e.kind === "organisation" ? bodyNames(e) : [];
  const credited = (q: Quote) =>
    (named.fromAnalysis ? q.speakerId === e.id : byName(q.speaker)) ||
    (!q.speakerId && speaksFor(q.speaker, body));
  // One quotation read twice, credited to two people: it is the one a cue names ("…,” said Jo Ray).
  const theirs = new Set(
    analysis.quotes.filter((q) => credited(q) && !heldByOther(analysis, q, credited, names)),
  );
  for (const q of analysis.quotes) {
    const mine = theirs.has(q);
    // A quote the analysis gave no speaker is the sentence's subject's: the first person it names
    // ("Guns are “…,” Howard Dean, the former governor, proclaimed"; "Warren … endorsed Clinton, saying, “…”").
    const unattributed =
      !q.speaker &&
      !q.speakerId &&
      q.text.split(/\s+/).length >= 3 &&
      hasSpeechVerb(analysis.sentences[q.sentence]?.text ?? "") &&
      !putToSubject(analysis.sentences[q.sentence]?.text ?? "", q) &&
      firstPersonIn(analysis, q.sentence) === e;
    if (!mine && !unattributed && !labelledBy(analysis, q, names)) continue;
    out.push({ sentence: q.sentence, quote: q, direct: !q.indirect && !q.partial });
    withQuote.add(q.sentence);
  }
  const mentioned = new Set(e.mentions);
  for (const s of analysis.sentences) {
    if (withQuote.has(s.index)) continue;
    const lower = s.text.toLowerCase();
    const nameWord = hasNameWord(s.text, lower, names);
    const hasName = nameWord || aliases.some((a) => lower.includes(a));
    if (!hasName && !mentioned.has(s.index)) continue;
    // A sentence whose quotes the analysis credits to others is theirs, not a nearby name's
    // ("Sen. Ann Cole said Smith failed to address the threat": what Cole said, not Smith) —
    // unless the person is named inside those quotes ("“Our leader, Smith, said that …,” she added").
    const quotes = analysis.quotes.filter((q) => q.sentence === s.index);
    if (
      quotes.length &&
      quotes.every((q) => !!(q.speaker || q.speakerId) && !theirs.has(q)) &&
      !quotes.some((q) => !q.indirect && words(q.text).some((w) => names.has(w)))
    )
      continue;
    // "he said" is theirs only where the analysis resolved a pronoun to them (not where the sentence names them).
    const pronounIsThem = named.fromAnalysis && mentioned.has(s.index) && !nameWord;
    if (reportsSpeechOf(s.text, names, aliases, pronounIsThem))
      out.push({ sentence: s.index, direct: hasFullQuote(s.text), quote: undefined });
  }
  return out.sort((a, b) => a.sentence - b.sentence);
}

/**
 * Whether one of the text's words (`words`) is one of `names`. Every sentence of the article is
 * asked, for every person a question weighs: a text of plain ASCII whose lower case (`lower`)
 * holds none of the names as a substring has none as a word, and is not split into words.
 */
function hasNameWord(text: string, lower: string, names: ReadonlySet<string>): boolean {
  if (!BEYOND_ASCII.test(text)) {
    let somewhere = false;
    for (const n of names)
      if (lower.includes(n)) {
        somewhere = true;
        break;
      }
    if (!somewhere) return false;
  }
  return words(text).some((w) => names.has(w));
}

const HAS_UPPER = /\p{Lu}/u;

/** The body's name and aliases as lower-case word sequences ("nbc", "acme corp"). */
function bodyNames(e: Entity): string[] {
  return [e.name, ...e.aliases]
    .filter((n) => HAS_UPPER.test(n))
    .map((n) => words(n).join(" "))
    .filter(Boolean);
}

/** WordNet's synset {spokesperson, interpreter, representative, voice}, read once. */
let voiceSynset: Set<string> | undefined;

/**
 * A noun for one who speaks for a body: a word of WordNet's spokesperson synset, or one tied to
 * it ("spokesman", "spokeswoman"); or a noun whose commonest sense is a message ("a statement",
 * "a release").
 */
function voiceNoun(w: string): boolean {
  const voices = (voiceSynset ??= new Set(nounSenses("spokesperson")[0] ?? []));
  if (voices.has(w)) return true;
  if (isPersonNoun(w)) return relatedWords(w, false).some((r) => voices.has(r.word));
  return nounKinds(w)[0] === "communication";
}

const SPEAKS_FOR_PATTERN = /(?<![\p{L}'’-])\p{Lu}[\p{L}\p{M}.'’-]*/gu;
const SPEAKS_FOR_PATTERN_2 = /(?<![\p{L}'’-])\p{Ll}[\p{L}'’-]*/gu;

/**
 * "a spokesman for NBC", "an NBC spokeswoman", "a statement from Acme Corp": a speaker phrase
 * that names the body, whose head noun is one who speaks for it or a statement. What such a
 * voice says unnamed is the body's speech.
 */
export function speaksFor(phrase: string | undefined, names: readonly string[]): boolean {
  if (!phrase || !names.length) return false;
  const ws = words(phrase);
  const joined = ` ${ws.join(" ")} `;
  if (!names.some((n) => joined.includes(` ${n} `))) return false;
  // Capitalised words are the body's own: not "FBI Director James Comey's news" (a person's).
  const own = new Set(names.flatMap((n) => n.split(" ")));
  const capitalised = phrase.match(SPEAKS_FOR_PATTERN) ?? [];
  if (capitalised.some((c) => words(c).some((w) => !own.has(w) && !isStopWord(w)))) return false;
  // The head noun: the last lower-case word before a preposition ("a spokesman for NBC") or
  // the end ("an NBC spokeswoman"); not "a meeting of the Acme board saw members …".
  const front = phrase.split(/\s+(?:of|for|from|at|with|to|in|on)\s+/)[0] ?? "";
  const head = (front.match(SPEAKS_FOR_PATTERN_2) ?? []).at(-1);
  return !!head && !isStopWord(head) && voiceNoun(head);
}

/**
 * True when the quote overlaps another quote of its sentence credited to someone else, and a
 * cue names that other speaker right after it while none names this one: `"It seems unlikely"
 * that Lee can catch Cole, said Jo Ray` is Jo Ray's, not Cole's.
 */
function heldByOther(
  analysis: Analysis,
  q: Quote,
  credited: (q: Quote) => boolean,
  names: Set<string>,
): boolean {
  const head = (t: string) => t.slice(0, 30);
  const rivals = analysis.quotes.filter(
    (o) =>
      o !== q &&
      o.sentence === q.sentence &&
      !!o.speaker &&
      !credited(o) &&
      (o.text.includes(head(q.text)) || q.text.includes(head(o.text))),
  );
  if (!rivals.length) return false;
  const text = analysis.sentences[q.sentence]?.text ?? "";
  if (namedAfterCue(text, names)) return false;
  return rivals.some((o) => namedAfterCue(text, new Set(words(o.speaker ?? ""))));
}

const NAMED_AFTER_CUE_PATTERN = /[\p{L}\p{M}'’.-]+/gu;
const STARTS_UPPER = /^\p{Lu}/u;

/** True when an inverted cue ("…, said Jo Ray") has one of these name words right after it. */
function namedAfterCue(text: string, names: Set<string>): boolean {
  for (const m of text.matchAll(CUE)) {
    const cue = m[1] ?? "";
    const at = m.index ?? 0;
    if (!INVERTED.test(cue) || !speakerMayFollow(text, at)) continue;
    const after = text.slice(at + cue.length, at + cue.length + 60);
    const first = [...after.matchAll(NAMED_AFTER_CUE_PATTERN)]
      .slice(0, 3)
      .map((t) => t[0])
      .filter((t) => STARTS_UPPER.test(t))
      .flatMap((t) => words(t));
    if (first.some((w) => names.has(w))) return true;
  }
  return false;
}

/**
 * A speaker's label over an unattributed quote, as statements and transcripts print them
 * ("Lee on Friday. ¶ “I never asked anybody to lie.”"): a line of four words or fewer that
 * opens with the person's name, right before a sentence that opens with the quote.
 */
export function labelledBy(analysis: Analysis, q: Quote, names: Set<string>): boolean {
  if (q.speaker || q.speakerId) return false;
  const sentence = analysis.sentences[q.sentence];
  const label = analysis.sentences[q.sentence - 1];
  if (!sentence || !label || !/^\s*(?:[“"‘]|``|'')/.test(sentence.text)) return false;
  const ws = words(label.text);
  return ws.length <= 4 && names.has(ws[0] ?? "") && STARTS_UPPER.test(label.text.trim());
}

/**
 * A quotation framed by a passive verb of speech right before it ("Lee was asked, “…?”", "its
 * guides were told: “…”"): what was put to the sentence's subject, not what the subject said.
 */
function putToSubject(text: string, q: Quote): boolean {
  // The sentence the quote starts in may hold only its first words.
  const at = text.indexOf(q.text.slice(0, 24));
  if (at < 0) return false;
  const frame = words(text.slice(0, at));
  const verb = frame.at(-1) ?? "";
  const before = frame.at(-2) ?? "";
  const auxiliary = PASSIVE_AUXILIARIES.has(before.endsWith("ly") ? (frame.at(-3) ?? "") : before);
  return auxiliary && isSpeechVerb(verb);
}

/** A speech verb used as a verb: "proclaimed", "saying"; not the noun of "by 29 points" or "his claims". */
function hasSpeechVerb(text: string): boolean {
  const ws = words(text);
  return ws.some(
    (w, i) =>
      isSpeechVerb(w) &&
      !/^(?:\d.*|a|an|the|his|her|its|their|our|my|your|these|those)$/.test(ws[i - 1] ?? ""),
  );
}

/** The person an article's sentence names first (by where their name stands in it), if any. */
export function firstPersonIn(analysis: Analysis, sentence: number): Entity | undefined {
  const text = analysis.sentences[sentence]?.text ?? "";
  let best: { e: Entity; at: number } | undefined;
  for (const e of analysis.entities) {
    if (e.kind !== "person" || !e.mentions.includes(sentence)) continue;
    for (const n of [e.name, ...e.aliases]) {
      const at = text.indexOf(n);
      if (at >= 0 && (!best || at < best.at)) best = { e, at };
    }
  }
  return best?.e;
}

/** A quotation of four words or more (not a quoted word or two). */
function hasFullQuote(text: string): boolean {
  return /[“"][^”"]*(?:\s+[^\s”"]+){3,}[^”"]*[”"]?/.test(text);
}

const WORD_RUNS = /[\p{L}\p{M}'’-]+/gu;

/**
 * ", saying …" is said by the sentence's subject, however far back: "This year, he rose to the
 * defence of Sepp Blatter, the head of FIFA, saying Mr. Blatter should get a prize" is his. The
 * subject is the first name or pronoun in the sentence's first words.
 */
function subjectIsThem(text: string, names: Set<string>, pronounIsThem: boolean): boolean {
  for (const t of [...text.matchAll(WORD_RUNS)].slice(0, 6).map((m) => m[0])) {
    if (/^(?:he|she)$/i.test(t)) return pronounIsThem;
    if (STARTS_UPPER.test(t) && names.has(words(t)[0] ?? "")) return true;
  }
  return false;
}

/** True when a reporting cue in the sentence has this person as its speaker. */
function reportsSpeechOf(
  text: string,
  names: Set<string>,
  aliases: string[],
  pronounIsThem: boolean,
): boolean {
  for (const m of text.matchAll(CUE)) {
    const cue = m[1] ?? "";
    const at = m.index ?? 0;
    // Before the object check: "saying Mr. Blatter should …" has a clause after it.
    if (
      /^saying$/i.test(cue) &&
      /,\s*$/.test(text.slice(0, at)) &&
      subjectIsThem(text, names, pronounIsThem)
    )
      return true;
    if (cueTakesObject(text, at, cue)) continue;
    const after = text.slice(at + cue.length, at + cue.length + 60);
    // "…, said Tokaev", "according to Mr Smith": capitalised name words right after the cue.
    const afterNames = [...after.matchAll(WORD_RUNS)]
      .slice(0, 3)
      .map((t) => t[0])
      .filter((t) => STARTS_UPPER.test(t))
      .flatMap((t) => words(t));
    if (INVERTED.test(cue) && (/^according to$/i.test(cue) || speakerMayFollow(text, at))) {
      if (
        afterNames.some((w) => names.has(w)) ||
        aliases.some((a) => after.toLowerCase().trimStart().startsWith(a))
      )
        return true;
    }
    if (/^according to$/i.test(cue)) continue;
    // The subject before the cue: the last name or pronoun in the words just before it.
    const before = text.slice(Math.max(0, at - 90), at);
    const tokens = [...before.matchAll(WORD_RUNS)].map((t) => t[0]);
    const lowerBefore = before.toLowerCase();
    if (aliases.some((a) => lowerBefore.trimEnd().endsWith(a))) return true;
    for (let i = tokens.length - 1; i >= Math.max(0, tokens.length - 8); i--) {
      const t = tokens[i]!;
      const w = words(t)[0] ?? "";
      if (names.has(w) && STARTS_UPPER.test(t)) return true;
      if (/^(who|which)$/i.test(t)) continue; // "Sir Richard Eyre who called …"
      if (/^(he|she)$/i.test(t)) {
        if (pronounIsThem) return true;
        break;
      }
      // Another capitalised name closer to the cue is someone else (sentence start aside).
      if (STARTS_UPPER.test(t) && i > 0 && !/^(The|A|An|In|On|At|But|And|Mr|Mrs|Ms|Dr)$/.test(t))
        break;
    }
  }
  return false;
}
