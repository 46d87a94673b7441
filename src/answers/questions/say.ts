/**
 * "What did X say (about Y)?": X's quotes — direct ones first, then what the article reports
 * X said ("X said that …", "according to X") — ranked by how much they are about Y. Honest when
 * X is not quoted ("The article has no quote from X; X is mentioned in ¶12: …") or not about Y.
 */
import type { Analysis, Entity, Quote } from "../../model/analysis.js";
import { isStopWord, words } from "../../nlp/tokens.js";
import { processTerm } from "../../search/search.js";
import { commonness } from "../../nlp/lexicon/common-words.js";
import { STATEMENT_CUES } from "../../nlp/lexicon/reporting-verbs.js";
import { bold, type Block, type Span } from "../reply.js";
import {
  tuning,
  articleLabel,
  candidateArticles,
  none,
  queryFor,
  sentenceBlock,
  type AskContext,
  type Item,
  type Outcome,
} from "./core.js";
import { findNamed, type Named } from "./names.js";
import { textCoverage, textStems } from "./terms.js";

export interface Speech {
  sentence: number;
  /** The analysis' quote, when there is one; else a sentence that reports the speech. */
  quote?: Quote;
  direct: boolean;
}

const CUE = new RegExp(`\\b(${[...STATEMENT_CUES].join("|")}|according to)\\b`, "gi");
/** Cues that may come before their speaker ("…, said Tokaev"). */
const INVERTED =
  /^(said|says|added|adds|stressed|explained|noted|continued|wrote|insisted|argued|claimed|declared|warned|according to)$/i;

/** Display name for lines: the surname for people with a full name ("Tokaev"), else the name. */
export function shortName(e: Entity): string {
  const parts = e.name.split(/\s+/);
  return e.kind === "person" && parts.length > 1 ? (parts.at(-1) ?? e.name) : e.name;
}

/** The words a person is called by in the text, lower case (name words and alias phrases). */
function callWords(e: Entity): { names: Set<string>; aliases: string[] } {
  const names = new Set<string>();
  for (const n of [e.name, ...e.aliases])
    for (const m of n.matchAll(/\p{Lu}[\p{L}\p{M}'’]*/gu))
      for (const w of words(m[0])) names.add(w);
  const aliases = e.aliases.map((a) => words(a).join(" ")).filter((a) => a.split(" ").length >= 2);
  return { names, aliases };
}

/** Everything the article reports the entity said, in article order. */
export function speechOf(analysis: Analysis, named: Named): Speech[] {
  const e = named.entity;
  const out: Speech[] = [];
  const withQuote = new Set<number>();
  const { names, aliases } = callWords(e);
  const byName = (speaker: string | undefined) =>
    !!speaker && words(speaker).some((w) => names.has(w));
  for (const q of analysis.quotes) {
    const mine = named.fromAnalysis ? q.speakerId === e.id : byName(q.speaker);
    if (!mine) continue;
    out.push({ sentence: q.sentence, quote: q, direct: !q.indirect && !q.partial });
    withQuote.add(q.sentence);
  }
  const mentioned = new Set(e.mentions);
  for (const s of analysis.sentences) {
    if (withQuote.has(s.index)) continue;
    const lower = s.text.toLowerCase();
    const hasName =
      words(s.text).some((w) => names.has(w)) || aliases.some((a) => lower.includes(a));
    if (!hasName && !mentioned.has(s.index)) continue;
    // "he said" is theirs only where the analysis resolved a pronoun to them (not where the sentence names them).
    const pronounIsThem =
      named.fromAnalysis && mentioned.has(s.index) && !words(s.text).some((w) => names.has(w));
    if (reportsSpeechOf(s.text, names, aliases, pronounIsThem))
      out.push({ sentence: s.index, direct: hasFullQuote(s.text), quote: undefined });
  }
  return out.sort((a, b) => a.sentence - b.sentence);
}

/** A quotation of four words or more (not a quoted word or two). */
function hasFullQuote(text: string): boolean {
  return /[“"][^”"]*(?:\s+[^\s”"]+){3,}[^”"]*[”"]?/.test(text);
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
    const after = text.slice(at + cue.length, at + cue.length + 60);
    // "…, said Tokaev", "according to Mr Smith": capitalised name words right after the cue.
    const afterNames = [...after.matchAll(/[\p{L}\p{M}'’-]+/gu)]
      .slice(0, 3)
      .map((t) => t[0])
      .filter((t) => /^\p{Lu}/u.test(t))
      .flatMap((t) => words(t));
    if (INVERTED.test(cue)) {
      if (
        afterNames.some((w) => names.has(w)) ||
        aliases.some((a) => after.toLowerCase().trimStart().startsWith(a))
      )
        return true;
    }
    if (/^according to$/i.test(cue)) continue;
    // The subject before the cue: the last name or pronoun in the words just before it.
    const before = text.slice(Math.max(0, at - 90), at);
    const tokens = [...before.matchAll(/[\p{L}\p{M}'’-]+/gu)].map((t) => t[0]);
    const lowerBefore = before.toLowerCase();
    if (aliases.some((a) => lowerBefore.trimEnd().endsWith(a))) return true;
    for (let i = tokens.length - 1; i >= Math.max(0, tokens.length - 8); i--) {
      const t = tokens[i]!;
      const w = words(t)[0] ?? "";
      if (names.has(w) && /^\p{Lu}/u.test(t)) return true;
      if (/^(who|which)$/i.test(t)) continue; // "Sir Richard Eyre who called …"
      if (/^(he|she)$/i.test(t)) {
        if (pronounIsThem) return true;
        break;
      }
      // Another capitalised name closer to the cue is someone else (sentence start aside).
      if (/^\p{Lu}/u.test(t) && i > 0 && !/^(The|A|An|In|On|At|But|And|Mr|Mrs|Ms|Dr)$/.test(t))
        break;
    }
  }
  return false;
}

interface Candidate {
  analysis: Analysis;
  named: Named;
  speech: Speech[];
  /** Speech ranked by how much it is about the topic (all of it when there is no topic). */
  ranked: Array<{ s: Speech; score: number }>;
}

export function answerSay(ctx: AskContext): Outcome | undefined {
  const subject = ctx.parsed.subject ?? "";
  const topic = ctx.parsed.topic;
  const pronoun = /^(?:he|she|they|him|her)$/.test(subject);
  const topicQuery = topic ? queryFor(ctx, topic) : undefined;
  const candidates: Candidate[] = [];
  // "he", "she": the most quoted person of the newest article that speaks of the topic.
  const articles = pronoun
    ? [ctx.library.latest(), ...candidateArticles(ctx, topic ?? "", 8, "")]
    : candidateArticles(ctx, `${subject} ${topic ?? ""}`, 8, subject);
  for (const analysis of [...new Set(articles)]) {
    if (!analysis) continue;
    const named = findNamed(analysis, subject)[0];
    if (!named) continue;
    const speech = speechOf(analysis, named);
    let ranked = speech.map((s) => ({ s, score: s.direct ? 0.01 : 0 }));
    if (topicQuery && topicQuery.groups.length) {
      ranked = speech
        .map((s) => {
          const sentence = analysis.sentences[s.sentence];
          const own = textCoverage(
            topicQuery,
            textStems(`${s.quote?.text ?? ""} ${sentence?.text ?? ""}`),
          );
          // The paragraph around a quote often names what it is about ("Idowu landed 17.30m … “if he jumps …” said Edwards").
          const para = sentence
            ? analysis.sentences
                .filter((x) => x.para === sentence.para)
                .map((x) => x.text)
                .join(" ")
            : "";
          const around = own < 1 && para ? 0.75 * textCoverage(topicQuery, textStems(para)) : 0;
          return { s, score: Math.max(own, around) + (s.direct ? 0.01 : 0) };
        })
        .filter((r) => r.score >= tuning.threshold)
        .sort((a, b) => b.score - a.score || a.s.sentence - b.s.sentence);
    } else {
      ranked.sort((a, b) => Number(b.s.direct) - Number(a.s.direct) || a.s.sentence - b.s.sentence);
    }
    candidates.push({ analysis, named, speech, ranked });
  }
  if (!candidates.length) {
    if (!looksLikeName(ctx, subject)) return undefined;
    const where =
      ctx.library.size > 1 ? "None of the articles mentions" : "The article does not mention";
    return none([`${where} `, bold(asTyped(ctx, subject)), "."]);
  }
  const nameScore = Math.max(...candidates.map((c) => c.named.score));
  const same = candidates.filter((c) => c.named.score >= nameScore - 0.01);
  const answering = same.filter((c) => c.ranked.length > 0).slice(0, pronoun ? 1 : undefined);
  if (!answering.length) {
    const c = same.find((x) => x.speech.length > 0) ?? same[0]!;
    const e = c.named.entity;
    if (!c.speech.length) {
      const first = e.mentions.map((i) => c.analysis.sentences[i]).find((x) => x !== undefined);
      const line: Span[] = [
        "The article has no quote from ",
        bold(e.name),
        first ? `; ${shortName(e)} is mentioned in ¶${first.para}:` : ".",
      ];
      return none(line, {
        blocks: first ? [sentenceBlock(ctx, c.analysis, first)] : [],
        analysis: c.analysis,
        confidence: 0.3,
      });
    }
    const count = c.speech.length === 1 ? "once" : `${c.speech.length} times`;
    return none(
      [
        bold(e.name),
        ` is quoted ${count} in the article, but not about ${asTyped(ctx, topic ?? "")}.`,
      ],
      { analysis: c.analysis, confidence: 0.3 },
    );
  }
  const items: Item[] = [];
  for (const [rank, c] of answering.entries()) {
    const used = new Set<number>();
    for (const { s, score } of c.ranked) {
      if (used.has(s.sentence)) continue;
      used.add(s.sentence);
      // Best matches first; among equals, the better candidate article (then article order).
      items.push({
        analysis: c.analysis,
        sentence: s.sentence,
        block: speechBlock(ctx, c.analysis, c.named.entity, s),
        score: 1 + score - rank * 0.001,
      });
    }
  }
  items.sort((a, b) => b.score - a.score);
  const e = answering[0]!.named.entity;
  // the topic as the article writes it ("on Russia"), never the question's typo ("on rusia")
  const intro: Span[] = [
    bold(e.name),
    topic
      ? ` on ${asWritten(answering[0]!.analysis, corrected(ctx, topic)) ?? asTyped(ctx, topic)}`
      : "",
    items.length > 1 ? ` — ${items.length} matching sentences:` : ":",
  ];
  const confidence = topic ? Math.max(...answering.map((c) => c.ranked[0]?.score ?? 0)) : nameScore;
  return { type: "answer", kind: "say", items, intro, confidence };
}

function speechBlock(ctx: AskContext, analysis: Analysis, e: Entity, s: Speech): Block {
  const sentence = analysis.sentences[s.sentence]!;
  const q = s.quote;
  if (q && !q.partial && !q.indirect) {
    const block: Block = { kind: "quote", text: q.text, speaker: e.name, para: q.para };
    if (q.cue) block.cue = q.cue;
    const article = articleLabel(ctx, analysis);
    if (article) block.article = article;
    return block;
  }
  return sentenceBlock(ctx, analysis, sentence, [bold(shortName(e)), ":"]);
}

/** The phrase with each word the articles do not know replaced by the one they use ("rusia" → "russia"). */
function corrected(ctx: AskContext, phrase: string): string {
  return phrase
    .split(" ")
    .map((w) => ctx.index.correct(w)?.word ?? w)
    .join(" ");
}

/** A phrase as the article writes it (its case and punctuation), found by its words; undefined when it does not. */
export function asWritten(analysis: Analysis, phrase: string): string | undefined {
  const pattern = phrasePattern(phrase);
  if (!pattern) return undefined;
  for (const s of analysis.sentences) {
    const m = pattern.exec(s.text.normalize("NFKD").replace(/[\u0300-\u036f]/g, ""));
    if (m) return m[0];
  }
  return undefined;
}

/** The words of a phrase with anything but letters and digits between them, case-insensitive. */
function phrasePattern(phrase: string): RegExp | undefined {
  const ws = phrase.split(" ").filter(Boolean);
  if (!ws.length) return undefined;
  return new RegExp(
    `(?<![\\p{L}\\p{N}])${ws.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("[^\\p{L}\\p{N}]+")}`,
    "iu",
  );
}

/** A phrase as the question typed it ("the Eurasian Economic Union"), found by its words. */
export function asTyped(ctx: AskContext, phrase: string): string {
  const pattern = phrasePattern(phrase);
  if (!pattern) return phrase;
  const m = pattern.exec(ctx.question.raw.normalize("NFKD").replace(/[\u0300-\u036f]/g, ""));
  return m ? m[0] : phrase;
}

/**
 * True when the subject names someone no article mentions: a word no article uses (nor a
 * word one typo away) that is capitalised in the question or is not a common word.
 */
export function looksLikeName(ctx: AskContext, subject: string): boolean {
  const ws = subject
    .split(" ")
    .filter((w) => w.length > 1 && !isStopWord(w) && !/^(?:mr|mrs|ms|dr)$/.test(w));
  const first = words(ctx.question.raw)[0];
  return ws.some((w) => {
    if (ctx.index.knows(w) || ctx.index.correct(w)) return false;
    const t = processTerm(w);
    return (ctx.question.capitalised.has(w) && w !== first) || (t !== null && commonness(t) === 1);
  });
}
