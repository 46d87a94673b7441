import type { Entity, Quote, Sentence } from "../../model/analysis.js";
import { findPeople, type Mention, type People } from "../people/people.js";
import {
  introducesClause,
  isFrameVerb,
  isInversionVerb,
  isParticiple,
  isSpeechVerb,
  VERB_FILLERS,
} from "../lexicon/reporting-verbs.js";
import { RELATIVE_DAYS, WEEKDAYS } from "../lexicon/calendar.js";
import { SENTENCE_WORDS } from "../lexicon/function-words.js";
import { isFemaleHead, isMaleHead } from "../lexicon/gender.js";
import { DOCUMENTS, SPEAKING_BODIES } from "../lexicon/organisations.js";
import { isRoleNoun, SPEAKER_ROLE_WORDS } from "../lexicon/roles.js";
import type { Paragraph, QuoteUnit, TextModel, Token } from "../text-model.js";

/** Who spoke, as the text says it: an entity, or only a phrase ("a spokesman", "the paper"). */
interface Speaker {
  entity?: string;
  phrase?: string;
  cue?: string;
  /** Token where the words naming the speaker start (in their paragraph). */
  start?: number;
}

const INTRO_WORDS = new Set(
  "and but so yet however meanwhile instead also then now still indeed".split(" "),
);
const PHRASE_STARTS = new Set("a an the one another some his her its their".split(" "));
const TERM_CUES =
  /^(known|so-called|dubbed|nicknamed|termed|titled|entitled|labelled|labeled|branded|called)$/;
/** "on Sunday", "yesterday": a time between a speaker and the verb. */
const isDayWord = (w: string) =>
  WEEKDAYS.has(w) || RELATIVE_DAYS.has(w) || w === "earlier" || w === "later";
const CONJUNCTIONS = /^(and|but|or|so|yet|while|as|because|although|though|when|if|whereas|since)$/;
const PREPOSITION =
  /^(at|of|by|from|with|in|on|to|about|against|for|over|into|like|after|before|during|under|between)$/;
const PRONOUN_WORDS = /^(he|she|him|his|her|it|its|they|them|their|i|we|you)$/;
const MAX_PHRASE = 7;

/** Every direct quote with its speaker (undefined speaker = unattributed), then reported speech (indirect: true). */
export function findQuotes(sentences: Sentence[], _entities: Entity[], people?: People): Quote[] {
  const pp = people ?? findPeople(sentences);
  return new QuoteFinder(pp).run();
}

class QuoteFinder {
  private readonly model: TextModel;
  private readonly names = new Map<string, string>();
  private readonly paraOfSentence = new Map<number, Paragraph>();
  /** Speakers of framed quotes and reported speech, by sentence: quotes standing alone go on from them. */
  private readonly speakerIn = new Map<number, Speaker>();
  /** Speakers named only by a phrase ("a spokeswoman"), by sentence, for a "she" that follows. */
  private readonly phraseIn = new Map<number, string>();

  constructor(private readonly people: People) {
    this.model = people.model;
    for (const e of people.entities) this.names.set(e.id, e.name);
    for (const p of this.model.paragraphs)
      for (const s of p.sentences) this.paraOfSentence.set(s.index, p);
  }

  run(): Quote[] {
    const out: Quote[] = [];
    for (const p of this.model.paragraphs) {
      for (const s of p.sentences) {
        const found = this.indirectIn(p, s.index);
        if (!found) continue;
        out.push(found.quote);
        this.remember(s.index, found.speaker);
      }
    }
    for (const unit of this.model.units) {
      const q = this.attribute(unit);
      if (q) out.push(q);
    }
    return out.sort(
      (a, b) => a.sentence - b.sentence || Number(!!a.indirect) - Number(!!b.indirect),
    );
  }

  private remember(sent: number, sp: Speaker): void {
    if (sp.entity || sp.phrase) this.speakerIn.set(sent, sp);
    if (sp.phrase && !sp.entity) this.phraseIn.set(sent, sp.phrase);
  }

  private attribute(unit: QuoteUnit): Quote | undefined {
    const first = unit.segments[0]!;
    const last = unit.segments[unit.segments.length - 1]!;
    const p0 = this.model.paragraphs[first.p]!;
    const pN = this.model.paragraphs[last.p]!;
    const openTok = first.tokStart - 1;
    const sent =
      p0.tokens[first.tokStart]?.sent ?? p0.tokens[openTok]?.sent ?? p0.sentences[0]!.index;
    const endSent = pN.tokens[Math.max(last.tokStart, last.tokEnd - 1)]?.sent ?? sent;
    const text = unit.text.replace(/[\s,;:–—-]+$/u, "");
    if (!/[\p{L}\p{N}]/u.test(text)) return undefined;

    const before = this.frameBefore(p0, openTok);
    const after = last.closeAt !== undefined ? this.frameAfter(pN, last.tokEnd + 1) : [];
    const lastBefore = before[before.length - 1];
    // Words quoted inside a sentence, not after "X said:" or at its start.
    let partial =
      before.some((t) => t.word && !INTRO_WORDS.has(t.lower)) &&
      lastBefore?.text !== ":" &&
      !(lastBefore?.word && isFrameVerb(lastBefore.lower));
    const standalone =
      before.filter((t) => t.word && !INTRO_WORDS.has(t.lower)).length === 0 && after.length === 0;
    const words = text.split(/\s+/).length;

    // Quoted words used as a term: "a “yes” vote", "known as an “aggregator”".
    if (
      partial &&
      (isTitle(text) ||
        (words <= 3 &&
          (this.termCue(p0, openTok) || this.usedAsModifier(p0, openTok, last.tokEnd))))
    )
      return undefined;

    let speaker = this.afterFrame(pN, after);
    if (!speaker) {
      speaker = this.beforeFrame(p0, before);
      // "…," he adds, with a wry chuckle, "…": the second part is no partial quote.
      if (speaker) partial = false;
    }
    let framed = !!speaker;
    if (!speaker)
      speaker =
        this.passiveAgent(pN, last.tokEnd + 1) ?? this.sentenceSpeaker(p0, sent, first.tokStart);
    if (!speaker && standalone) {
      // A quote standing alone goes on from the sentence before: its speaker, else its subject.
      const prev = this.speakerIn.get(sent - 1) ?? this.subjectPersonOf(sent - 1);
      if (prev) speaker = { ...prev, cue: undefined };
      framed = !!speaker;
    }
    const sentenceLike = /^[\p{Lu}'‘"“]/u.test(text) && /[.?!…]['’"”)]?$/.test(unit.text.trim());
    // Short quoted words nobody is said to have said are terms or titles, not quotes.
    if (!speaker && words < 5 && !sentenceLike && lastBefore?.text !== ":") return undefined;
    if (speaker && framed) {
      this.speakerIn.set(sent, speaker);
      this.speakerIn.set(endSent, speaker);
    }
    return this.makeQuote(text, speaker, sent, p0.para, partial);
  }

  private makeQuote(
    text: string,
    speaker: Speaker | undefined,
    sentence: number,
    para: number,
    partial: boolean,
  ): Quote {
    const q: Quote = { text, sentence, para, partial };
    if (speaker?.entity) {
      q.speakerId = speaker.entity;
      q.speaker = this.names.get(speaker.entity) ?? speaker.phrase;
    } else if (speaker?.phrase) q.speaker = speaker.phrase;
    if (speaker?.cue && q.speaker) q.cue = speaker.cue;
    return q;
  }

  private wordBefore(p: Paragraph, at: number, skipDeterminers = false): string {
    for (let i = at - 1; i >= 0; i--) {
      const t = p.tokens[i]!;
      if (!t.word) continue;
      if (skipDeterminers && /^(a|an|the)$/.test(t.lower)) continue;
      return t.lower;
    }
    return "";
  }

  /** "known as an “aggregator”", "the so-called “knowledge-based economy”". */
  private termCue(p: Paragraph, openTok: number): boolean {
    const words: string[] = [];
    for (let i = openTok - 1; i >= 0 && words.length < 2; i--) {
      const t = p.tokens[i]!;
      if (t.word && !/^(a|an|the)$/.test(t.lower)) words.push(t.lower);
    }
    return TERM_CUES.test(words[0] ?? "") || (words[0] === "as" && TERM_CUES.test(words[1] ?? ""));
  }

  /** "a “yes” vote", "the “failing” agency": quoted words standing before a noun. */
  private usedAsModifier(p: Paragraph, openTok: number, afterTok: number): boolean {
    const prev = p.tokens[openTok - 1];
    const next = p.tokens[afterTok + 1];
    if (!prev || !/^(a|an|the)$/.test(prev.lower) || !next || !next.word || next.cap) return false;
    return (
      !isFrameVerb(next.lower) &&
      !VERB_FILLERS.has(next.lower) &&
      !SENTENCE_WORDS.has(next.lower) &&
      !/ed$/.test(next.lower)
    );
  }

  /** Narration tokens of the open mark's sentence before it (after any earlier quote in the sentence). */
  private frameBefore(p: Paragraph, openTok: number): Token[] {
    const toks = p.tokens;
    const open = toks[openTok];
    if (!open) return [];
    const out: Token[] = [];
    for (let i = openTok - 1; i >= 0; i--) {
      const t = toks[i]!;
      if (t.sent !== open.sent || t.mark === "close" || t.q >= 0) break;
      out.unshift(t);
    }
    return out;
  }

  /** Narration tokens after the closing mark, to the end of its sentence or the next quote. */
  private frameAfter(p: Paragraph, from: number): Token[] {
    const toks = p.tokens;
    const close = toks[from - 1];
    const out: Token[] = [];
    for (let i = from; i < toks.length; i++) {
      const t = toks[i]!;
      if (t.mark === "open" || t.q >= 0) break;
      if (close && t.sent !== close.sent && t.word) break;
      out.push(t);
    }
    // A frame is the words right after the quote ("…," he said); a new sentence is not one.
    const firstWord = out.find((t) => t.word);
    if (firstWord && firstWord.cap && firstWord.first) return [];
    return out;
  }

  /** "…," Mr Smith said / "…," said Mr Smith / "…," the president stressed. */
  private afterFrame(p: Paragraph, frame: Token[]): Speaker | undefined {
    if (!frame.some((t) => t.word)) return undefined;
    // "Reminded that Ferguson called him “a disgrace”, Wenger added: “…”": that frame is the next quote's.
    const lastTok = frame[frame.length - 1]!;
    if (lastTok.text === ":") return undefined;
    const toks = p.tokens;
    let i = toks.indexOf(frame[0]!);
    while (toks[i] && !toks[i]!.word) i++;
    const w0 = toks[i];
    if (!w0) return undefined;
    if (!w0.cap && isFrameVerb(w0.lower)) {
      const sp = this.npStartingAt(p, i + 1);
      return sp ? { ...sp, cue: cueOf(toks, i) } : undefined;
    }
    // The speaker starts the frame and a reporting verb follows within a few words.
    for (let k = i; k < toks.length && k - i <= 12; k++) {
      const t = toks[k]!;
      if (t.mark || t.sent !== w0.sent) break;
      if (!t.word || t.cap || !isFrameVerb(t.lower) || !usedAsVerb(toks, k)) continue;
      if (isParticiple(t.lower) && toks[k - 1]?.lower !== "as") continue;
      const sp = this.subjectOf(p, k, i, true);
      // The speaker's words open the frame ("…," Mr Smith said), maybe after role words ("…," BT chief executive Ben Verwaayen said).
      if (!sp || (sp.start !== undefined && !this.onlyRoleWords(p, i, sp.start))) break;
      return { ...sp, cue: cueOf(toks, k) };
    }
    return undefined;
  }

  /** X said: "…" / X told reporters: "…" / …, saying: "…" / "…," he adds, "…". */
  private beforeFrame(p: Paragraph, frame: Token[]): Speaker | undefined {
    if (frame.length === 0) return undefined;
    const toks = p.tokens;
    const lastTok = frame[frame.length - 1]!;
    const endsWithCue =
      lastTok.text === ":" || lastTok.text === "," || (lastTok.word && isFrameVerb(lastTok.lower));
    if (!endsWithCue) return undefined;
    const start = toks.indexOf(frame[0]!);
    for (let k = toks.indexOf(lastTok); k >= start; k--) {
      const t = toks[k]!;
      if (!t.word || t.cap || !isFrameVerb(t.lower) || !usedAsVerb(toks, k)) continue;
      if (isParticiple(t.lower)) {
        const sp = this.participleSubject(p, k, start);
        return sp ? { ...sp, cue: t.lower } : undefined;
      }
      const sp = this.subjectOf(p, k, start, true) ?? this.npStartingAt(p, k + 1);
      return sp ? { ...sp, cue: cueOf(toks, k) } : undefined;
    }
    if (lastTok.text === ":") {
      const sp = this.clauseSubject(p, toks.indexOf(lastTok));
      if (sp) return sp;
    }
    return undefined;
  }

  /** "…," the paper beams, adding, "…" / "with Jaime Vargas lauding …" / "Wenger …, saying only:". */
  private participleSubject(p: Paragraph, k: number, floor: number): Speaker | undefined {
    const toks = p.tokens;
    for (let j = k - 1; j >= floor; j--) {
      const t = toks[j]!;
      if (t.word && !t.cap && isFrameVerb(t.lower) && !isParticiple(t.lower) && usedAsVerb(toks, j))
        return this.subjectOf(p, j, floor, true);
    }
    const right = this.people.endsAt.get(`${p.index}:${k - 1}`);
    if (right?.entity && toks[right.start - 1]?.lower === "with")
      return { entity: right.entity, start: right.start };
    return this.clauseSubject(p, k);
  }

  /** `"…" by the Football Association`: the agent of a passive verb just before. */
  private passiveAgent(p: Paragraph, from: number): Speaker | undefined {
    const toks = p.tokens;
    if (toks[from]?.lower !== "by") return undefined;
    const m =
      this.people.startsAt.get(`${p.index}:${from + 1}`) ??
      this.people.startsAt.get(`${p.index}:${from + 2}`);
    return m?.entity ? { entity: m.entity, start: m.start } : undefined;
  }

  /** For a quote inside a sentence: "according to X", the subject of the sentence's reporting verb, or its subject. */
  private sentenceSpeaker(p: Paragraph, sent: number, quoteTok: number): Speaker | undefined {
    const toks = p.tokens;
    const range = sentenceRange(p, sent);
    if (!range) return undefined;
    let after: Speaker | undefined;
    for (let k = range.start; k < range.end; k++) {
      const t = toks[k]!;
      if (t.q >= 0 || !t.word) continue;
      let sp: Speaker | undefined;
      if (t.lower === "according" && toks[k + 1]?.lower === "to") {
        sp = this.npStartingAt(p, k + 2);
        if (sp) sp = { ...sp, cue: "according to" };
      } else if (!t.cap && isSpeechVerb(t.lower) && usedAsVerb(toks, k)) {
        sp = isParticiple(t.lower)
          ? this.participleSubject(p, k, range.start)
          : (this.subjectOf(p, k, range.start, false) ?? this.invertedAtEnd(p, k));
        if (sp) sp = { ...sp, cue: cueOf(toks, k) };
      }
      if (!sp) continue;
      // The first reporting verb before the quote (the main clause's) wins; one after it only when none comes before.
      if (k < quoteTok) return sp;
      after ??= sp;
    }
    if (after) return after;
    // No reporting verb: the sentence's subject, when it is a person ("Lucas welcomed Blair's “courage”").
    const subject = this.subjectPersonOf(sent);
    if (subject?.start !== undefined && subject.start < quoteTok) return subject;
    return undefined;
  }

  /** The person a sentence is about: its first person named outside quotes, near its start, as a subject. */
  private subjectPersonOf(sent: number): Speaker | undefined {
    const p = this.paraOfSentence.get(sent);
    if (!p) return undefined;
    const range = sentenceRange(p, sent);
    if (!range) return undefined;
    const toks = p.tokens;
    let narration = 0;
    for (let k = range.start; k < range.end; k++) {
      const t = toks[k]!;
      if (t.q >= 0 || !t.word) continue;
      const m = this.people.startsAt.get(`${p.index}:${k}`);
      if (m && m.q < 0) {
        if (!m.entity || !this.isPersonId(m.entity) || !this.isSubjectMention(p, m))
          return undefined;
        return { entity: m.entity, start: m.start };
      }
      if (!INTRO_WORDS.has(t.lower) && ++narration > 4) return undefined;
    }
    return undefined;
  }

  /** Not "his …", "Mr Smith's …" or "at Labour …": a name that can be a subject. */
  private isSubjectMention(p: Paragraph, m: Mention): boolean {
    const toks = p.tokens;
    if (m.kind === "pronoun" && !/^(he|she)$/.test(toks[m.start]!.lower)) return false;
    const next = toks[m.end];
    if (
      next &&
      (next.text === "'s" || next.text === "’s" || next.text === "'" || next.text === "’")
    )
      return false;
    const prev = toks[m.start - 1];
    return !prev || !PREPOSITION.test(prev.lower);
  }

  private isPersonId(id: string): boolean {
    return id.startsWith("p");
  }

  /** Between `from` and `to` only words that may precede a name in a frame ("BT chief executive"). */
  private onlyRoleWords(p: Paragraph, from: number, to: number): boolean {
    if (to - from > 7) return false;
    for (let j = from; j < to; j++) {
      const t = p.tokens[j]!;
      if (!t.word) {
        if (t.text === "(" || t.text === ")" || t.text === "-") continue;
        return false;
      }
      if (isFrameVerb(t.lower) || VERB_FILLERS.has(t.lower) || CONJUNCTIONS.test(t.lower))
        return false;
    }
    // Lower-case words there must make a role: "director of telecoms research", not "to reverse the trend".
    const span = p.tokens.slice(from, to).filter((t) => t.word);
    return span.every((t) => t.cap) || span.some((t) => isRoleNoun(t.lower));
  }

  /** A mention starting at k, or within `slack` words after k with only role words between; a person's first. */
  private mentionCovering(p: Paragraph, k: number, slack: number): Mention | undefined {
    const toks = p.tokens;
    let firstFound: Mention | undefined;
    for (let j = k; j < toks.length && j - k <= slack; j++) {
      const m = this.people.startsAt.get(`${p.index}:${j}`);
      if (m) {
        if (m.entity && this.isPersonId(m.entity)) return m;
        firstFound ??= m;
        j = m.end - 1;
        continue;
      }
      const t = toks[j]!;
      if (
        !t.word ||
        isFrameVerb(t.lower) ||
        VERB_FILLERS.has(t.lower) ||
        CONJUNCTIONS.test(t.lower)
      )
        break;
    }
    return firstFound;
  }

  /** The speaker named before a reporting verb at `verb` (fillers and an apposition skipped). */
  private subjectOf(
    p: Paragraph,
    verb: number,
    floor: number,
    loose: boolean,
  ): Speaker | undefined {
    const toks = p.tokens;
    let k = verb - 1;
    for (;;) {
      while (k >= floor && VERB_FILLERS.has(toks[k]!.lower)) k--;
      // "The prime minister on Sunday said": skip the time.
      if (k - 1 >= floor && isDayWord(toks[k]!.lower) && toks[k - 1]!.lower === "on") k -= 2;
      else break;
    }
    // "Mr Hain, Leader of the Commons, told": skip the apposition.
    if (k >= floor && toks[k]!.text === ",") {
      // "The acting president of Kazakhstan, Kasim-Zhomart Tokaev, said": the name is the speaker.
      const named = this.people.endsAt.get(`${p.index}:${k - 1}`);
      if (named?.entity && this.isPersonId(named.entity) && named.q < 0)
        return { entity: named.entity, start: named.start };
      let j = k - 1;
      while (j >= floor && toks[j]!.text !== "," && toks[j]!.q < 0 && k - j < 14) j--;
      if (j >= floor && toks[j]!.text === ",") return this.npEndingAt(p, j - 1, floor, loose);
      return undefined;
    }
    if (k < floor) return undefined;
    return this.npEndingAt(p, k, floor, loose);
  }

  /** A person, organisation, pronoun, description or phrase ending at token k. */
  private npEndingAt(p: Paragraph, k: number, floor: number, loose: boolean): Speaker | undefined {
    const toks = p.tokens;
    const t = toks[k];
    if (!t || !t.word || t.q >= 0) return undefined;
    const m = this.people.endsAt.get(`${p.index}:${k}`);
    if (m) {
      // "Nigel McCune from the Musicians' Union said": the person, not the body they are from.
      const owner =
        m.entity && !this.isPersonId(m.entity)
          ? this.personBeforeAffiliation(p, m.start, floor)
          : undefined;
      if (owner) return owner;
      // "at Labour claims", "a claim by Peter Hain": a name after a preposition is not the subject.
      const prev = toks[m.start - 1];
      if (
        prev &&
        PREPOSITION.test(prev.lower) &&
        !(prev.lower === "to" && toks[m.start - 2]?.lower === "according")
      )
        return undefined;
      if (m.entity) return { entity: m.entity, start: m.start };
      if (m.kind === "pronoun")
        return m.phrase ? { phrase: m.phrase, start: m.start } : this.phraseAntecedent(m);
      return { phrase: m.phrase ?? m.text, start: m.start };
    }
    // "the Music Managers' Forum (MMF), who say": the relative pronoun's antecedent.
    if (t.lower === "who" && toks[k - 1]?.text === ",") {
      let j = k - 2;
      if (toks[j]?.text === ")") {
        while (j > floor && toks[j]!.text !== "(") j--;
        j--;
      }
      return j >= floor ? this.npEndingAt(p, j, floor, true) : undefined;
    }
    // "It added": the body the sentence before spoke of.
    if (/^(it|they)$/.test(t.lower) && t.first) return this.bodyOfSentenceBefore(t.sent);
    if (PRONOUN_WORDS.test(t.lower) || (!t.cap && SENTENCE_WORDS.has(t.lower))) return undefined;
    // A noun phrase: "the former monopoly", "a spokesman", "Mr Kok's report", "Marca's headline".
    let j = k;
    while (j - 1 >= floor && k - j < MAX_PHRASE + 2) {
      const prev = toks[j - 1]!;
      const commaInName =
        prev.text === "," && toks[j]!.cap && toks[j - 2]?.cap && isRoleNoun(t.lower);
      if (
        prev.q >= 0 ||
        (!prev.word &&
          prev.text !== "'s" &&
          prev.text !== "’s" &&
          prev.text !== "-" &&
          !commaInName)
      )
        break;
      if (/^(which|who|that|whom|whose)$/.test(prev.lower)) break;
      const between = prev.lower === "and" && toks[j]!.cap && toks[j - 2]?.cap;
      if (
        !prev.cap &&
        !between &&
        (isFrameVerb(prev.lower) ||
          VERB_FILLERS.has(prev.lower) ||
          CONJUNCTIONS.test(prev.lower) ||
          (PREPOSITION.test(prev.lower) && !/^(of|for|at)$/.test(prev.lower)))
      )
        break;
      j--;
      if (PHRASE_STARTS.has(prev.lower)) break;
    }
    // The owner of a document speaks through it; so does a person named in it ("the Kok report").
    if (DOCUMENTS.has(t.lower)) {
      for (let i = j; i < k; i++) {
        const inner = this.people.startsAt.get(`${p.index}:${i}`);
        if (
          inner?.entity &&
          (this.isPersonId(inner.entity) ||
            toks[inner.end]?.text === "'s" ||
            toks[inner.end]?.text === "’s")
        )
          return { entity: inner.entity, start: j };
      }
    }
    while (
      j < k &&
      (toks[j]!.text === "'s" || toks[j]!.text === "’s" || /^(of|for|at|and)$/.test(toks[j]!.lower))
    )
      j++;
    const head = toks[j]!;
    const properName =
      toks.slice(j, k + 1).every((x) => x.cap && x.word) &&
      !(head.first && j === k && !this.isKnownWord(head));
    const determined = PHRASE_STARTS.has(head.lower) || (head.first && j < k);
    // "critics claim", "analysts say": a bare plural of a role.
    if (j === k && !t.cap && isRoleNoun(t.lower.replace(/s$/, "")) && t.lower.endsWith("s"))
      return { phrase: t.text, start: k };
    if (!properName && !determined) return undefined;
    // "detainee 'A' in Woodhill Prison said": a place after a preposition is not the speaker.
    if (properName && !determined && PREPOSITION.test(toks[j - 1]?.lower ?? "")) return undefined;
    const roleLike =
      isRoleNoun(t.lower) ||
      isRoleNoun(t.lower.replace(/s$/, "")) ||
      DOCUMENTS.has(t.lower) ||
      SPEAKING_BODIES.has(t.lower);
    if (!properName && !roleLike && !loose) return undefined;
    return { phrase: p.text.slice(head.start, t.end), start: j };
  }

  /** "Nigel McCune from the Musicians' Union", "Paul Hofheinz of the Lisbon Council": the person before the affiliation. */
  private personBeforeAffiliation(
    p: Paragraph,
    orgStart: number,
    floor: number,
  ): Speaker | undefined {
    const toks = p.tokens;
    for (let j = orgStart - 1; j >= floor && orgStart - j <= 5; j--) {
      const t = toks[j]!;
      if (/^(from|of|at)$/.test(t.lower)) {
        const m = this.people.endsAt.get(`${p.index}:${j - 1}`);
        return m?.entity && this.isPersonId(m.entity)
          ? { entity: m.entity, start: m.start }
          : undefined;
      }
      if (!t.word && t.text !== "'" && t.text !== "’" && t.text !== "'s" && t.text !== "’s")
        return undefined;
    }
    return undefined;
  }

  /** The organisation or body (not a person) that spoke or was the subject in the sentence before. */
  private bodyOfSentenceBefore(sent: number): Speaker | undefined {
    const prev = this.speakerIn.get(sent - 1);
    if (prev && !(prev.entity && this.isPersonId(prev.entity)))
      return {
        ...(prev.entity ? { entity: prev.entity } : {}),
        ...(prev.phrase ? { phrase: prev.phrase } : {}),
      };
    const p = this.paraOfSentence.get(sent - 1);
    const range = p ? sentenceRange(p, sent - 1) : undefined;
    if (!p || !range) return undefined;
    const sp = this.clauseSubject(p, range.end - 1);
    if (!sp || (sp.entity && this.isPersonId(sp.entity))) return undefined;
    return sp;
  }

  /** A capitalised word the article also uses mid-sentence (so a capital at a sentence start is a name's). */
  private isKnownWord(t: Token): boolean {
    if (!this.mentionTexts) this.mentionTexts = new Set(this.people.mentions.map((m) => m.text));
    return this.mentionTexts.has(t.text);
  }

  private mentionTexts: Set<string> | undefined;

  /** "she said" after "A Department for Work and Pensions spokeswoman confirmed …": the phrase she stands for. */
  private phraseAntecedent(m: Mention): Speaker | undefined {
    const female = /^(she|her)$/i.test(m.text);
    for (let s = m.sent; s >= m.sent - 2; s--) {
      const phrase = this.phraseIn.get(s);
      if (!phrase) continue;
      const head = phrase.toLowerCase().split(/\s+/).pop() ?? "";
      if (female ? isMaleHead(head) : isFemaleHead(head)) continue;
      return { phrase };
    }
    return undefined;
  }

  /** The speaker named right after an inverted reporting verb: "said Foreign Secretary Jack Straw". */
  private npStartingAt(p: Paragraph, k: number): Speaker | undefined {
    const toks = p.tokens;
    const t = toks[k];
    if (!t || !t.word || t.q >= 0) return undefined;
    const m = this.mentionCovering(p, k, 6);
    if (m) {
      if (m.entity) return { entity: m.entity, start: m.start };
      if (m.kind === "pronoun") return this.phraseAntecedent(m);
      return { phrase: m.text, start: m.start };
    }
    if (PRONOUN_WORDS.test(t.lower)) return undefined;
    // "a spokesman for the company", "one fan", "Marca": a phrase up to the punctuation.
    if (PHRASE_STARTS.has(t.lower) || t.cap) {
      let j = k;
      while (
        j < toks.length &&
        toks[j]!.word &&
        j - k < MAX_PHRASE &&
        !VERB_FILLERS.has(toks[j]!.lower) &&
        !(isFrameVerb(toks[j]!.lower) && !toks[j]!.cap)
      )
        j++;
      const head = toks[j - 1]!;
      if (
        j > k &&
        (isRoleNoun(head.lower) ||
          SPEAKING_BODIES.has(head.lower) ||
          DOCUMENTS.has(head.lower) ||
          head.cap)
      )
        return { phrase: p.text.slice(t.start, head.end), start: k };
    }
    return undefined;
  }

  /** "…, said Tokaev back in April." — a reporting verb followed by its speaker. */
  private invertedAtEnd(p: Paragraph, k: number): Speaker | undefined {
    const toks = p.tokens;
    if (!isInversionVerb(toks[k]!.lower)) return undefined;
    const prev = toks[k - 1];
    if (!prev || prev.word) return undefined;
    return this.npStartingAt(p, k + 1);
  }

  /** The subject of the clause a participle or colon hangs on: "Wenger …, saying only:", "Telecom analysts Ovum welcomed …". */
  private clauseSubject(p: Paragraph, k: number): Speaker | undefined {
    const toks = p.tokens;
    const sent = toks[k]!.sent;
    let i = k;
    while (i > 0 && toks[i - 1]!.sent === sent) i--;
    while (i < k && (!toks[i]!.word || INTRO_WORDS.has(toks[i]!.lower) || toks[i]!.q >= 0)) i++;
    // An opening phrase ("But in an interview with the Financial Times, Mr Blair …", "In January the MPs …") is not the subject.
    if (toks[i] && PREPOSITION.test(toks[i]!.lower)) {
      let j = i;
      while (j < k && toks[j]!.text !== ",") j++;
      if (j < k) i = j + 1;
      else {
        j = i + 1;
        while (j < k && toks[j]!.word && (toks[j]!.cap || /^\d/.test(toks[j]!.text))) j++;
        i = j;
      }
    }
    if (toks[i] && /^(the|a|an)$/.test(toks[i]!.lower) && toks[i + 1]?.cap) i++;
    // The subject: words from here up to the first verb-like word.
    let j = i;
    let person: Mention | undefined;
    let any: Mention | undefined;
    while (j < k) {
      const m = this.people.startsAt.get(`${p.index}:${j}`);
      if (m && m.q < 0) {
        if (m.entity && this.isPersonId(m.entity) && this.isSubjectMention(p, m)) person ??= m;
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
      )
        break;
      j++;
    }
    if (person) return { entity: person.entity!, start: person.start };
    if (any?.entity && this.isSubjectMention(p, any) && any.end >= j)
      return { entity: any.entity, start: any.start };
    const np = toks.slice(i, j);
    const content = np.filter((t) => t.word && !SENTENCE_WORDS.has(t.lower));
    if (
      content.length &&
      np.some((t) => t.cap && t.word) &&
      toks[j - 1]!.word &&
      !np.some((t) => PRONOUN_WORDS.test(t.lower))
    ) {
      const from = /^(the|a|an)$/.test(toks[i - 1]?.lower ?? "") ? i - 1 : i;
      return { phrase: p.text.slice(toks[from]!.start, toks[j - 1]!.end), start: from };
    }
    return undefined;
  }

  /** Reported speech: "X said that …", "…, X said.", "According to X, …". */
  private indirectIn(p: Paragraph, sent: number): { quote: Quote; speaker: Speaker } | undefined {
    const toks = p.tokens;
    const range = sentenceRange(p, sent);
    if (!range) return undefined;
    const inQuote = toks.slice(range.start, range.end).filter((t) => t.q >= 0).length;
    const words = toks.slice(range.start, range.end).filter((t) => t.word).length;
    if (words === 0 || inQuote / words > 0.6) return undefined;
    let clauseStart = range.start;
    while (
      clauseStart < range.end &&
      (!toks[clauseStart]!.word || INTRO_WORDS.has(toks[clauseStart]!.lower))
    )
      clauseStart++;
    for (let k = range.start; k < range.end; k++) {
      const t = toks[k]!;
      if (t.q >= 0 || !t.word) continue;
      // "According to X, clause." / "clause, according to X."
      if (t.lower === "according" && toks[k + 1]?.lower === "to") {
        const sp = this.npStartingAt(p, k + 2);
        if (!sp) continue;
        let comma = k + 2;
        while (comma < range.end && toks[comma]!.text !== ",") comma++;
        if (k <= clauseStart + 1 && comma < range.end - 2)
          return this.indirect(p, sent, comma + 1, range.end, { ...sp, cue: "according to" });
        if (toks[k - 1]?.text === ",")
          return this.indirect(p, sent, clauseStart, k - 1, { ...sp, cue: "according to" });
        continue;
      }
      if (t.cap || !introducesClause(t.lower) || isParticiple(t.lower) || !usedAsVerb(toks, k))
        continue;
      const next = toks[k + 1];
      if (next && (next.text === ":" || next.mark === "open")) continue;
      // "clause, X said." / "clause, said X."
      const prevComma = this.commaBefore(p, k, clauseStart);
      if (prevComma >= 0 && this.restIsAdjunct(p, k + 1, range.end)) {
        const sp =
          prevComma === k - 1
            ? this.npStartingAt(p, k + 1)
            : this.subjectOf(p, k, prevComma + 1, true);
        if (sp && prevComma > clauseStart)
          return this.indirect(p, sent, clauseStart, prevComma, { ...sp, cue: t.lower });
      }
      // "X said (that) clause."
      const sp = this.subjectOf(p, k, range.start, false);
      if (!sp) continue;
      let from = k + 1;
      if (
        /^(told|tells|tell|assured|assures|warned|warns|urged|reminded|informed)$/.test(t.lower)
      ) {
        let j = from;
        while (
          j < range.end &&
          j - from < 10 &&
          toks[j]!.lower !== "that" &&
          toks[j]!.text !== "," &&
          toks[j]!.q < 0
        )
          j++;
        if (toks[j]?.lower !== "that") continue;
        from = j;
      }
      if (toks[from]?.lower === "that") from++;
      if (toks[from]?.mark === "open" || !toks[from]?.word) continue;
      if (range.end - from < 4) continue;
      return this.indirect(p, sent, from, range.end, { ...sp, cue: t.lower });
    }
    return undefined;
  }

  /** The comma just before the speaker of a sentence-final reporting verb: "…, Mr Straw said". */
  private commaBefore(p: Paragraph, verb: number, floor: number): number {
    const toks = p.tokens;
    for (let j = verb - 1; j >= floor && verb - j <= 8; j--) {
      const t = toks[j]!;
      if (t.text === ",") return j;
      if (!t.word || t.q >= 0) return -1;
    }
    return -1;
  }

  /** After the verb only an adjunct remains: "in an interview", "back in April", "on Saturday". */
  private restIsAdjunct(p: Paragraph, from: number, end: number): boolean {
    const toks = p.tokens;
    let j = from;
    const m = this.mentionCovering(p, j, 6);
    if (m && m.start === j) j = m.end;
    if (j >= end) return true;
    const t = toks[j]!;
    if (!t.word)
      return t.text === "." || t.text === "," || t.text === ";" || t.text === "!" || t.text === "?";
    return (
      /^(in|on|at|back|last|yesterday|today|earlier|recently|after|before|during|while|when|as|to|from|this)$/.test(
        t.lower,
      ) && !toks.slice(j, end).some((x) => x.text === ":" || x.mark === "open")
    );
  }

  private indirect(
    p: Paragraph,
    sent: number,
    from: number,
    to: number,
    sp: Speaker,
  ): { quote: Quote; speaker: Speaker } | undefined {
    const toks = p.tokens;
    while (from < to && !toks[from]!.word && toks[from]!.mark !== "open") from++;
    while (
      to > from &&
      !toks[to - 1]!.word &&
      toks[to - 1]!.mark !== "close" &&
      toks[to - 1]!.text !== ")"
    )
      to--;
    if (to - from < 4) return undefined;
    const text = p.text.slice(toks[from]!.start, toks[to - 1]!.end);
    const quote = this.makeQuote(text, sp, sent, p.para, false);
    quote.indirect = true;
    return { quote, speaker: sp };
  }
}

const NOUN_VERBS = new Set(
  "report reports claim claims comment comments note notes remark remarks state states estimate estimates forecast forecasts promise promises hope hopes call calls attack attacks praise counter protest protests tweet tweets find finds chuckle chuckles laugh laughs smile smiles sigh sighs shout shouts cry cries offer offers quote quotes reply replies answer answers brand label".split(
    " ",
  ),
);
const DETERMINER_WORDS = /^(a|an|the|his|her|its|their|this|that|these|those|our|my|your|'s|’s)$/;

/** "said" is a verb; "a highly critical report", "a wry chuckle" are nouns. */
function usedAsVerb(toks: Token[], k: number): boolean {
  const prev = toks[k - 1];
  if (prev && DETERMINER_WORDS.test(prev.lower)) return false;
  if (!NOUN_VERBS.has(toks[k]!.lower)) return true;
  for (let j = k - 1; j >= 0 && k - j <= 3; j--) {
    const t = toks[j]!;
    if (DETERMINER_WORDS.test(t.lower)) return false;
    if (!t.word || t.cap || isRoleNoun(t.lower)) return true;
  }
  return true;
}

const ranges = new WeakMap<Paragraph, Map<number, { start: number; end: number }>>();

/** Token range [start, end) of a sentence in its paragraph. */
function sentenceRange(p: Paragraph, sent: number): { start: number; end: number } | undefined {
  let map = ranges.get(p);
  if (!map) {
    map = new Map();
    p.tokens.forEach((t, i) => {
      const r = map!.get(t.sent);
      if (r) r.end = i + 1;
      else map!.set(t.sent, { start: i, end: i + 1 });
    });
    ranges.set(p, map);
  }
  return map.get(sent);
}

/** "quoted as saying", "pointed out" are one cue. */
function cueOf(toks: Token[], k: number): string {
  const t = toks[k]!.lower;
  if (t === "quoted" && toks[k + 1]?.lower === "as" && toks[k + 2]?.lower === "saying")
    return "quoted as saying";
  if (t === "saying" && toks[k - 1]?.lower === "as" && toks[k - 2]?.lower === "quoted")
    return "quoted as saying";
  if ((t === "pointed" || t === "points") && toks[k + 1]?.lower === "out") return `${t} out`;
  return t;
}

/** "Million Dollar Baby", "The Ticket": a quoted title, every main word capitalised. */
function isTitle(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 2 || words.length > 10 || /[.?!,]/.test(text)) return false;
  const main = words.filter((w) => w.length > 3);
  return main.length > 0 && main.every((w) => /^\p{Lu}/u.test(w));
}
