/**
 * A question kind as one entry of a table (kinds/registry.ts): how it is recognised, what it
 * drops from the search and prefers in it, how an answer's lead is written, and what "the
 * article does not say" means for it. Kinds that answer their own way (a person's quotes, a
 * profile, the summary) say so in `answer`; the others are answered by the ranked sentence
 * search (by-search.ts) with these settings.
 */
import type { Analysis, Sentence } from "../../model/analysis.js";
import type { FlagName } from "../../search/sentence-flags.js";
import type { Span } from "../reply.js";
import type { AskContext, Outcome } from "./core.js";
import type { ParsedQuestion, QuestionKind } from "./kind.js";
import type { RankedHit } from "./ranking.js";

export interface QuestionStrategy {
  kind: QuestionKind;
  /**
   * How the kind is recognised: the question's cleaned lower-case words → what it asks, or
   * undefined when it is not of this kind. Tried in the table's order; `known(word)` says
   * whether the articles use a word.
   */
  recognise(text: string, known: (word: string) => boolean): ParsedQuestion | undefined;
  /** Words that only say what kind of question it is, dropped from the search ("date", "year"). */
  drop?: readonly string[];
  /** The words searched and the kind of thing asked for, which counts only when the articles use it ("which *club*"). Default: the question's words. */
  searchWords?(ctx: AskContext): { text: string; light: string[] };
  /** What the search prefers: sentences by what they hold, as factors of their BM25 score. */
  prefer?: Partial<Record<FlagName, number>>;
  /** Rank added to a sentence that holds this kind of answer. */
  bonus?(ctx: AskContext, analysis: Analysis, sentence: Sentence, asked: Set<string>): number;
  /** Every sentence with this flag in the best articles is a candidate too (ages for "how old"). */
  withFlag?(ctx: AskContext): number | undefined;
  /**
   * How an answer's lead is written: the direct answer in front of its sentence ("3 April
   * 2019:", "seven people:"); undefined when the sentence holds none. A sentence with a lead
   * may cover less of the question and still be given.
   */
  lead?(ctx: AskContext, hit: RankedHit, asked: Set<string>): Span[] | undefined;
  /** Answers with a lead come first. */
  leadFirst?: boolean;
  /**
   * What "the article does not say" means for this kind: the sentences found must say it
   * (`said`: `anyLead` when some answer has a lead); else the reply is "The article does not
   * say <what>. The closest it comes:" and the closest sentence.
   */
  mustSay?: {
    what: string | ((ctx: AskContext) => string);
    said(ctx: AskContext, hits: RankedHit[], anyLead: boolean): boolean;
    /**
     * True when `said` ties the value to the asked subject closely enough (an age to the asked
     * person) that a sentence ranked below the first few may answer when none of those does.
     */
    deep?(ctx: AskContext): boolean;
    /**
     * True when the value a sentence after the found one leads with (`lead`, as written) is of
     * the asked type itself, so that it may answer for the found sentence (continued.ts);
     * without it, no sentence after the found one does.
     */
    carried?(ctx: AskContext, lead: string): boolean;
  };
  /**
   * When `mustSay` finds the asked thing in none of the sentences found: a sentence after one of
   * them that gives it for that one ("Columbia posted a loss. … The loss stems from
   * write-downs."), answered first with the found sentence after it; undefined when none.
   */
  explain?(ctx: AskContext, hits: RankedHit[]): RankedHit | undefined;
  /** Answers the question its own way; without it, the ranked sentence search with the settings above. */
  answer?(ctx: AskContext): Outcome;
}
