/**
 * "What did X say (about Y)?": X's quotes — direct ones first, then what the article reports
 * X said ("X said that …", "according to X") — ranked by how much they are about Y. Honest when
 * X is not quoted ("The article has no quote from X; X is mentioned in ¶12: …") or not about Y.
 * Not a person the article quotes ("what do the tobacco companies deny"): the whole question
 * is searched.
 */
import type { Analysis, Entity } from "../../../model/analysis.js";
import type { NameMatch } from "../../../nlp/people/name-match.js";
import { isStopWord, words } from "../../../nlp/tokens.js";
import { shownCue } from "../../cue.js";
import { bold, type Block, type Span } from "../../reply.js";
import { answerBySearch } from "../by-search.js";
import { candidateArticles } from "../candidates.js";
import {
  articleLabel,
  none,
  sentenceBlock,
  tuning,
  type AskContext,
  type Item,
  type Outcome,
} from "../core.js";
import { ABOUT, AUX, SAY_VERBS, type ParsedQuestion } from "../kind.js";
import { someoneElseNamed } from "../honest.js";
import { queryFor } from "../ranking.js";
import type { Query } from "../terms.js";
import { shortName, speechOf, type Speech } from "../say.js";
import type { QuestionStrategy } from "../strategy.js";
import { coverage, textCoverage, textStems as stemsOfText } from "../terms.js";
import { processTerm } from "../../../search/terms.js";
import { asTyped, asWritten, looksLikeName } from "../typed.js";
import { otherStrategy } from "./other.js";
import { namedBy } from "../named.js";

export const sayStrategy: QuestionStrategy = {
  kind: "say",
  recognise: recogniseSay,
  answer: (ctx) =>
    answerSay(ctx) ??
    answerBySearch(
      { ...ctx, parsed: { ...ctx.parsed, kind: "other", rest: ctx.question.text } },
      otherStrategy,
    ),
};

/** "what did X say (about Y)", "what has X said on Y", "what X said about Y". */
const SAY_ASKED = new RegExp(
  `^(?:(?:what|which\\s+\\w+)\\s+(?:${AUX}\\s+)?|how\\s+${AUX}\\s+)(.+?)\\s+(?:${AUX}\\s+)?(?:have\\s+)?(?:been\\s+)?${SAY_VERBS}(?:\\s+(.+))?$`,
);
/** "did X say anything about Y", "has X commented on Y". */
const SAID_ANYTHING = new RegExp(
  `^${AUX}\\s+(.+?)\\s+(?:ever\\s+)?${SAY_VERBS}(?:\\s+(?:anything|something))?(?:\\s+(?:${ABOUT}|that)\\s+(.+))?$`,
);

function recogniseSay(t: string): ParsedQuestion | undefined {
  let m: RegExpExecArray | null;
  // Quotes: "what did X say (about Y)", "what has X said on Y", "what X said about Y".
  m = SAY_ASKED.exec(t);
  if (
    m &&
    m[1] &&
    !/^(?:is|are|was|were|the article|it|this|you|i|we)$/.test(m[1]) &&
    // "what percent of voters think …" asks for a number, not a quote
    !/^(?:percent|percentage|proportion|share|number|fraction)\b/.test(m[1])
  ) {
    const topic = cleanTopic(m[2]);
    const subject = withoutCompanions(m[1]);
    return { kind: "say", subject, topic, rest: [subject, topic].filter(Boolean).join(" ") };
  }
  // "did X say anything about Y", "has X commented on Y"
  m = SAID_ANYTHING.exec(t);
  if (m && m[1])
    return {
      kind: "say",
      subject: m[1],
      topic: m[2],
      rest: [m[1], m[2]].filter(Boolean).join(" "),
    };
  // "X's view/opinion/position/stance/comments/words/quotes on Y", "quotes (from|by) X (about Y)"
  m =
    /^(?:(?:what|which)\s+(?:is|are|was|were|s)\s+)?(.+?)\s+s\s+(?:views?|opinions?|stance|comments?|words|quotes?|remarks?|statements?|thoughts|take|reaction)(?:\s+(?:about|on|of|regarding|towards|over)\s+(.+))?$/.exec(
      t,
    );
  if (m && m[1])
    return {
      kind: "say",
      subject: m[1],
      topic: m[2],
      rest: [m[1], m[2]].filter(Boolean).join(" "),
    };
  m =
    /^(?:(?:show|list|give|find)\s+(?:me\s+)?)?(?:all\s+)?(?:the\s+)?(?:quotes?|quotations?|words|comments?|statements?|remarks?)\s+(?:from|by|of)\s+(.+?)(?:\s+(?:about|on|regarding)\s+(.+))?$/.exec(
      t,
    );
  if (m && m[1])
    return {
      kind: "say",
      subject: m[1],
      topic: m[2],
      rest: [m[1], m[2]].filter(Boolean).join(" "),
    };
  // "what does X think of Y" is covered above; "how does X feel about Y" too (how + aux).
  // "X on Y" is too loose to read as a quote question.
  return undefined;
}

/** "Tokaev & co", "Smith and others": the person named is the one asked about. */
function withoutCompanions(subject: string): string {
  return (
    subject.replace(
      /\s+(?:(?:and|&)\s+)?(?:co|company|others|friends|colleagues|et\s+al|(?:his|her|their)\s+(?:team|allies|colleagues))$/,
      "",
    ) || subject
  );
}

const TOPIC_OPENING = new RegExp(
  `^(?:${ABOUT}|that|when|after|during|in|to|anything|something|at all)\\s+`,
);
const ABOUT_OPENING = new RegExp(`^(?:${ABOUT})\\s+`);

/** "about Russia" → "russia"; "to reporters about the sanctions" → "reporters about the sanctions" → kept whole but the lead word dropped. */
function cleanTopic(topic: string | undefined): string | undefined {
  if (!topic) return undefined;
  const t = topic.replace(TOPIC_OPENING, "").replace(ABOUT_OPENING, "").trim();
  return t === "" || /^(?:anything|something|it|that|this|so)$/.test(t) ? undefined : t;
}

/**
 * The people a subject names equally well ("Trump" when the article has Donald and Eric Trump).
 * Named by a role alone ("the sprinter"), it is the one of the role's holders the article quotes,
 * when the holder it fits best is not quoted: "Greek sprinter Kim Vos … fellow sprinter Ann Lee",
 * with only Vos quoted, answers with Vos, not with "no quote from Ann Lee".
 */
export function askedFor(analysis: Analysis, matches: NameMatch[], subject: string): NameMatch[] {
  const top = matches.filter((m) => m.score >= (matches[0]?.score ?? 0) - 0.01);
  // Holders of the role itself ("Greek sprinter"), not of a narrower one ("president of the
  // club") nor anyone whose role only names it ("an agent for President Lee").
  const asked = words(subject).at(-1) ?? "";
  const byRole = (m: NameMatch) =>
    m.fromAnalysis &&
    m.entity.kind === "person" &&
    !m.matched.length &&
    roleHead(m.entity.role) === asked;
  if (!top.length || !top.every(byRole)) return top;
  const quoted = (m: NameMatch) => analysis.quotes.some((q) => q.speakerId === m.entity.id);
  if (top.some(quoted)) return top;
  const speaking = matches.filter((m) => byRole(m) && quoted(m));
  return speaking.length ? speaking.map((m) => ({ ...m, score: top[0]!.score })) : top;
}

/**
 * The noun a role phrase ends on, lower case: "sprinter" of "Greek sprinter". A role with a
 * complement ("president of the club") is a narrower one: not "the president" of the question.
 */
function roleHead(role: string | undefined): string | undefined {
  return words(role ?? "").at(-1);
}

interface Candidate {
  analysis: Analysis;
  named: NameMatch;
  speech: Speech[];
  /** Speech ranked by how much it is about the topic (all of it when there is no topic). */
  ranked: Array<{ s: Speech; score: number }>;
}

function answerSay(ctx: AskContext): Outcome | undefined {
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
    // "Trump" when the article has Donald and Eric Trump: each of the people the name fits equally.
    const matches = namedBy(analysis, subject, ctx.question.acronyms);
    for (const match of askedFor(analysis, matches, subject)) {
      // Asked "Bill Clinton", what "Mrs. Clinton" said is someone else's.
      const own = speechOf(analysis, match).filter(
        (s) => !someoneElseNamed(subject, analysis.sentences[s.sentence]?.text ?? "", analysis),
      );
      // An organisation speaks through the people the article gives a role in it ("legal director for ACLU of Oregon").
      const voices =
        !own.length && match.entity.kind === "organisation" ? spokespeople(analysis, match) : [];
      for (const named of voices.length ? voices : [match]) {
        const speech = named === match ? own : speechOf(analysis, named);
        candidates.push({
          analysis,
          named,
          speech,
          ranked: rankSpeech(analysis, speech, topicQuery, shortenedTopic(analysis, topic)),
        });
      }
    }
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
  const intro: Span[] = [
    bold(e.name),
    // the topic as the article writes it ("on Russia"), never the question's typo ("on rusia")
    topic ? ` on ${asWritten(ctx, answering[0]!.analysis, topic) ?? asTyped(ctx, topic)}` : "",
    items.length > 1 ? ` — ${items.length} matching sentences:` : ":",
  ];
  const confidence = topic ? Math.max(...answering.map((c) => c.ranked[0]?.score ?? 0)) : nameScore;
  return { type: "answer", kind: "say", items, intro, confidence };
}

/**
 * Credit of a topic word that only the article's headline or lead paragraph says: "what did
 * Weaver say about the race" in an article whose lead is about the race is answered by his
 * quotes; a topic the article's subject leaves out ("about taxes") is not. A little above the
 * threshold, so a topic wholly in the headline or lead passes.
 */
const THEME_CREDIT = 0.65;

/** Stems of the article's headline and lead paragraph: what the whole article is about. */
function themeStems(analysis: Analysis): Set<string> {
  const first = analysis.sentences[0]?.para;
  const lead = analysis.sentences.filter((x) => x.para === first).map((x) => x.text);
  return stemsOfText([analysis.article.title, ...lead].join(" "));
}

/** Speech ranked by how much it is about the topic (all of it, direct first, when there is no topic). */
function rankSpeech(
  analysis: Analysis,
  speech: Speech[],
  topicQuery: Query | undefined,
  expand: (text: string, stems: Set<string>) => Set<string> = (_, x) => x,
): Array<{ s: Speech; score: number }> {
  // The quote and its sentence may name the topic by its head alone (shortenedTopic); the
  // paragraphs around it must name it as the question does.
  const textStems = (text: string) => expand(text, stemsOfText(text));
  let ranked = speech.map((s) => ({ s, score: s.direct ? 0.01 : 0 }));
  if (topicQuery && topicQuery.groups.length) {
    const theme = themeStems(analysis);
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
        // Reported speech ("X said several people were held") says what it is about itself.
        const around =
          own < 1 && para && s.quote && !s.quote.indirect
            ? 0.75 * textCoverage(topicQuery, stemsOfText(para))
            : 0;
        // A paragraph that opens with a direct quote: the one before often says what it answers.
        const opens =
          s.direct && sentence && analysis.sentences[sentence.index - 1]?.para !== sentence.para;
        const prev = opens
          ? analysis.sentences
              .filter((x) => x.para === sentence.para - 1)
              .map((x) => x.text)
              .join(" ")
          : "";
        // A section's heading says what the quotes under it are about ("Castellano's victory speech").
        const heading = s.direct && sentence ? sectionHeading(analysis, sentence.para) : "";
        const before =
          own < 1 && (prev || heading)
            ? 0.6 * textCoverage(topicQuery, stemsOfText(`${heading} ${prev} ${para}`))
            : 0;
        // The article's subject (its headline and lead) is what all its quotes are about in the background.
        const background = coverage(
          topicQuery,
          textStems(`${s.quote?.text ?? ""} ${sentence?.text ?? ""}`),
          theme,
          THEME_CREDIT,
        );
        return { s, score: Math.max(own, around, before, background) + (s.direct ? 0.01 : 0) };
      })
      .filter((r) => r.score >= tuning.threshold)
      .sort((a, b) => b.score - a.score || a.s.sentence - b.s.sentence);
  } else {
    ranked.sort((a, b) => Number(b.s.direct) - Number(a.s.direct) || a.s.sentence - b.s.sentence);
  }
  return ranked;
}

/** How far above a quote's paragraph its section's heading may stand. */
const HEADING_REACH = 3;

const SECTION_HEADING_PATTERN = /\p{L}/u;

/**
 * The heading of the section a paragraph stands in: the nearest paragraph above it, within
 * HEADING_REACH, that is one short line with no final punctuation ("Castellano's victory
 * speech"); "" when there is none.
 */
function sectionHeading(analysis: Analysis, para: number): string {
  for (let p = para - 1; p >= Math.max(1, para - HEADING_REACH); p--) {
    const lines = analysis.sentences.filter((x) => x.para === p);
    if (lines.length !== 1) continue;
    const t = lines[0]!.text.trim();
    if (
      !/[.!?…:;,"”’')\]]$/.test(t) &&
      t.split(/\s+/).length <= 8 &&
      SECTION_HEADING_PATTERN.test(t)
    )
      return t;
  }
  return "";
}

/**
 * A topic of several words that the article writes together ("interest rates") is what its
 * head noun alone stands for later ("when those rates are raised"): news names a thing in full
 * once, then by its head, in the same form, after a function word ("those rates", "on rates";
 * not "a faster rate" or "another protestant leader"). Returns what adds the topic's other
 * words to a text's stems when the text so says the head; nothing changes when the article
 * never writes the topic whole.
 */
export function shortenedTopic(
  analysis: Analysis,
  topic: string | undefined,
): (text: string, stems: Set<string>) => Set<string> {
  const same = (_: string, x: Set<string>) => x;
  const topicWords = words(topic ?? "").filter((w) => !isStopWord(w));
  const topicStems = topicWords.map((w) => processTerm(w) ?? w);
  if (topicStems.length < 2) return same;
  const head = topicWords.at(-1)!;
  const written = analysis.sentences.some((sentence) => {
    const ws = words(sentence.text).map((w) => processTerm(w) ?? "");
    return ws.some((_, i) => topicStems.every((t, j) => ws[i + j] === t));
  });
  if (!written) return same;
  return (text, stems) => {
    const ws = words(text);
    const shortened = ws.some((w, i) => w === head && (i === 0 || isStopWord(ws[i - 1]!)));
    return shortened ? new Set([...stems, ...topicStems]) : stems;
  };
}

/** The people whose role the article ties to an organisation ("Jo Bell, legal director for the ACLU"). */
function spokespeople(analysis: Analysis, org: NameMatch): NameMatch[] {
  const name = new RegExp(`\\b${org.entity.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`);
  return analysis.entities
    .filter((e) => e.kind === "person" && e.role && name.test(e.role))
    .map((entity) => ({ ...org, entity, fromAnalysis: true }));
}

/** The fewest words a quotation needs to be shown alone, without its sentence. */
const FULL_QUOTE_WORDS = 4;

function speechBlock(ctx: AskContext, analysis: Analysis, e: Entity, s: Speech): Block {
  const sentence = analysis.sentences[s.sentence]!;
  const q = s.quote;
  // A quoted word or two ("calling the charge “pathetic” and “dangerous.”") says little alone: its sentence does.
  if (q && !q.partial && !q.indirect && q.text.split(/\s+/).length >= FULL_QUOTE_WORDS) {
    const block: Block = { kind: "quote", text: q.text, speaker: e.name, para: q.para };
    const cue = shownCue(q.cue);
    if (cue) block.cue = cue;
    const article = articleLabel(ctx, analysis);
    if (article) block.article = article;
    return block;
  }
  return sentenceBlock(ctx, analysis, sentence, [bold(shortName(e)), ":"]);
}
