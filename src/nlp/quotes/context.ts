/**
 * What the quote finder knows while it reads an article: the people finder's results, the
 * paragraph of each sentence, and the speakers found so far (a quote standing alone goes on
 * from the sentence before; a "she" may stand for "a spokeswoman" named earlier).
 */
import type { Quote } from "../../model/analysis.js";
import type { Mention } from "../people/mentions.js";
import type { People } from "../people/people.js";
import type { Paragraph, TextModel, Token } from "../text-model.js";

/** Who spoke, as the text says it: an entity, or only a phrase ("a spokesman", "the paper"). */
export interface Speaker {
  entity?: string;
  phrase?: string;
  cue?: string;
  /** Token where the words naming the speaker start (in their paragraph). */
  start?: number;
}

/** People's entity ids start with "p" (organisations "o", places "l"). */
export function isPersonId(id: string): boolean {
  return id.startsWith("p");
}

export class QuoteContext {
  readonly model: TextModel;
  readonly names = new Map<string, string>();
  readonly paraOfSentence = new Map<number, Paragraph>();
  /** Speakers of framed quotes and reported speech, by sentence: quotes standing alone go on from them. */
  readonly speakerIn = new Map<number, Speaker>();
  /** Speakers named only by a phrase ("a spokeswoman"), by sentence, for a "she" that follows. */
  readonly phraseIn = new Map<number, string>();
  private mentionTexts: Set<string> | undefined;

  constructor(readonly people: People) {
    this.model = people.model;
    for (const e of people.entities) this.names.set(e.id, e.name);
    for (const p of this.model.paragraphs)
      for (const s of p.sentences) this.paraOfSentence.set(s.index, p);
  }

  /** The mention whose first token is token k of paragraph p. */
  mentionStartingAt(p: Paragraph, k: number): Mention | undefined {
    return this.people.startsAt.get(`${p.index}:${k}`);
  }

  /** The mention whose last token is token k of paragraph p. */
  mentionEndingAt(p: Paragraph, k: number): Mention | undefined {
    return this.people.endsAt.get(`${p.index}:${k}`);
  }

  /** The speaker of reported speech in a sentence, for the quotes that follow it. */
  remember(sent: number, sp: Speaker): void {
    if (sp.entity || sp.phrase) this.speakerIn.set(sent, sp);
    if (sp.phrase && !sp.entity) this.phraseIn.set(sent, sp.phrase);
  }

  makeQuote(
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

  /** A capitalised word the article also uses mid-sentence (so a capital at a sentence start is a name's). */
  isKnownWord(t: Token): boolean {
    if (!this.mentionTexts) this.mentionTexts = new Set(this.people.mentions.map((m) => m.text));
    return this.mentionTexts.has(t.text);
  }
}
