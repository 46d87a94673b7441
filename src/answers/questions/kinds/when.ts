/** "When …", "what date / year …": the date in front of the sentence that gives it. */
import type { Analysis, DatedEvent } from "../../../model/analysis.js";
import { FLAG } from "../../../search/sentence-flags.js";
import { formatDate } from "../../dates.js";
import { bold } from "../../reply.js";
import { inAsideWithout, OWN_COVERAGE, ownCoverage, stemsOf } from "../honest.js";
import type { QuestionStrategy } from "../strategy.js";
import { askedVerbs, isIngForm, saysAskedVerbs } from "../verbs.js";
import {
  actsOnObject,
  askedObject,
  dateOfOtherAction,
  doSupportVerb,
  saysAction,
} from "./asked-action.js";
import { verbPositions } from "../verb-at.js";
import { reckonedAt } from "../absent-holder.js";
import { holdsAskedEntities } from "../asked-holder.js";
import { tuning, type AskContext } from "../core.js";
import { queryFor, type RankedHit } from "../ranking.js";
import { coverage, textStems } from "../terms.js";
import { isStopWord, words } from "../../../nlp/tokens.js";
import { DETERMINERS, PERSONAL_PRONOUNS } from "../../../nlp/lexicon/function-words.js";
import { isWordAs, synonyms } from "../../../nlp/lexicon/wordnet.js";
import { processTerm } from "../../../search/terms.js";
import { weights } from "../weights.js";

const TIME_WORDS = [
  "date",
  "day",
  "time",
  "year",
  "month",
  "when",
  "happen",
  "happened",
  "exactly",
  "ago",
  "start",
  "starts",
  "begin",
  "begins",
  "end",
  "ends",
  "finish",
  "open",
  "close",
  "expire",
  "due",
  "effect",
  "force",
  "come",
  "held",
  // "when did she become a dame": a linking verb; its complement says what is asked, and the
  // answer may say "was made a dame" (asked-action.ts saysAction still checks the action).
  "become",
  "becomes",
  "became",
];

export const whenStrategy: QuestionStrategy = {
  kind: "when",
  recognise(t) {
    if (
      !/^(?:when|(?:at\s+)?what\s+(?:date|day|year|month|time)|which\s+(?:date|day|year|month)|on\s+what\s+(?:date|day)|in\s+what\s+(?:year|month)|since\s+when|until\s+when|by\s+when|how\s+long\s+ago)\b/.test(
        t,
      )
    )
      return undefined;
    return {
      kind: "when",
      rest: t.replace(
        /^(?:when|(?:at\s+)?what\s+\w+|which\s+\w+|on\s+what\s+\w+|in\s+what\s+\w+|since\s+when|until\s+when|by\s+when|how\s+long\s+ago)\s*/,
        "",
      ),
    };
  },
  drop: TIME_WORDS,
  get prefer() {
    return { date: weights.preferDate };
  },
  bonus: (ctx, a, s) =>
    (ctx.index.flagsOf(a.article.id, s.index) & FLAG.date ? weights.whenDate : 0) +
    (asksClock(ctx.question.text) && clockTime(s.text)
      ? clockOfVerb(s.text, stemsOf(askedVerbs(ctx.parsed.rest)))
        ? 0.15
        : 0.05
      : 0),
  lead(ctx, { analysis, sentence }) {
    // "What time …": the time of day, when the sentence gives one.
    const clock = asksClock(ctx.question.text) ? clockTime(sentence.text) : undefined;
    if (clock) return [bold(clock), ":"];
    const dates = datesOf(analysis, sentence.index);
    if (dates?.length) {
      const shown = [
        ...new Map(
          nearestAskedFirst(ctx, sentence.text, dates).map((d) => [formatDate(d), d]),
        ).keys(),
      ].slice(0, 2);
      return [bold(shown.join(", ")), ":"];
    }
    const mention = (analysis.timeMentions ?? []).find((t) => t.sentence === sentence.index);
    return mention ? [bold(mention.stated), ":"] : undefined;
  },
  leadFirst: true,
  // A date tied to what was asked: "when was X arrested" needs a dated sentence that says "arrested".
  mustSay: {
    what: "when",
    said: (ctx, hits) => {
      // "when did she found …": after "did" the verb is a base form ("found", not find's past).
      const base = doSupportVerb(ctx.parsed.rest, ctx.question.capitalised);
      const verbs = askedVerbs(ctx.parsed.rest).filter((v) => v !== base);
      const query = queryFor(ctx, ctx.parsed.rest, TIME_WORDS);
      // "when do the banks change their names": "… when each will adopt the new name" acts on it.
      const object = base && askedObject(ctx.parsed.rest, ctx.question.capitalised, base);
      return hits.some(
        (h) =>
          datesAsked(ctx, h, verbs, query, base) &&
          (!base ||
            saysAction(h.sentence.text, base) ||
            (!!object && actsOnObject(h.sentence.text, object))) &&
          !leansOnParagraphBefore(ctx, h) &&
          holdsAskedEntities(ctx, h),
      );
    },
  },
};

/** "What time …", "at what time …": the question asks for a time of day. */
const asksClock = (question: string) => /^(?:at\s+)?what\s+time\b/.test(question);

/** A time of day as news writes it: "10 p.m.", "6:30am", "14:05 GMT", "1400 GMT", "noon", "midnight". */
const CLOCK =
  /\b(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.?|p\.m\.?|am\b|pm\b)|\d{1,2}:\d{2}(?:\s*(?:GMT|BST|UTC|EST|EDT|CST|CDT|PST|PDT|CET|local time)\b)?|\d{4}\s*(?:GMT|BST|UTC)\b|noon\b|midnight\b)/i;

/** The first time of day a sentence gives, as written; undefined when it gives none. */
export function clockTime(text: string): string | undefined {
  return CLOCK.exec(text)?.[0].trim();
}

/** A time of day just after an asked verb ("was shot to death at 10 p.m." for "shot"). */
export function clockOfVerb(text: string, verbStems: string[]): boolean {
  const m = CLOCK.exec(text);
  if (!m || !verbStems.length) return false;
  const before = words(text.slice(Math.max(0, m.index - 60), m.index)).slice(-6);
  return before.some((w) => verbStems.includes(processTerm(w) ?? w));
}

/**
 * True when the sentence gives a date of what was asked: it says the asked verbs, is itself
 * about the asked event (not only through the sentence before it), and some date of it is
 * outside any aside that leaves the asked words out, and not the date of another action than
 * the base verb after "did" (`base`).
 */
function datesAsked(
  ctx: AskContext,
  h: RankedHit,
  verbs: string[],
  query: ReturnType<typeof queryFor>,
  base: string | undefined,
): boolean {
  if (!whenStrategy.lead?.(ctx, h, new Set()) || !saysAskedVerbs(verbs, h)) return false;
  if (ownCoverage(query, h) < OWN_COVERAGE) return false;
  const text = h.sentence.text;
  const asked = stemsOf(verbs.length ? verbs : query.groups.map((g) => g.word));
  const spans = [
    ...(datesOf(h.analysis, h.sentence.index) ?? []),
    ...(h.analysis.timeMentions ?? []).filter((t) => t.sentence === h.sentence.index),
  ].map((d) => {
    const at = d.offset ?? text.indexOf(d.stated);
    return { from: Math.max(0, at), to: Math.max(0, at) + d.stated.length };
  });
  if (asksFuture(ctx.question.text) && !datesToCome(h)) return false;
  const event = verbs.length ? undefined : askedEvent(ctx.question.text);
  if (
    event &&
    !textStems(text).has(event) &&
    !h.matched.includes(event) &&
    !deadlineSaid(
      event,
      text,
      spans.map((d) => d.from),
    )
  )
    return false;
  // "opened in 1998, … after the flood that destroyed it": a date of another action is none.
  return (
    !spans.length ||
    spans.some(
      (s) =>
        !inAsideWithout(text, s.from, s.to, asked) &&
        !(base && dateOfOtherAction(text, s.from, base)) &&
        !reckonedAt(text, s.from),
    )
  );
}

/**
 * The event a question without a verb asks the time of, as a stem: the head noun of "when is
 * the South Carolina primary" (primary), "when was the attack on the embassy" (attack). A
 * sentence dating something else ("the massacre in June") does not answer it.
 */
export function askedEvent(question: string): string | undefined {
  const m = /^when\s+(?:is|was|are|were|will\s+be)\s+(.+)$/i.exec(question.trim());
  if (!m?.[1]) return undefined;
  const phrase = m[1].split(/\s+(?:of|on|in|at|for|against|with|by|to|from|between)\s+/i)[0]!;
  const ws = words(phrase);
  const head = ws.at(-1);
  if (!head || isStopWord(head) || !isWordAs(head, "noun") || ws.length < 2) return undefined;
  if (progressive(ws)) return undefined;
  return processTerm(head) ?? undefined;
}

/**
 * True when the phrase after "when is/are/was" ends in the -ing form of a verb after its subject
 * ("the minister flying", "they leaving"): the verb of a progressive, which the answer may say
 * another way ("will be traveling to Brussels Thursday"), as it may for "when will she fly".
 * After a determiner or an adjective the -ing word is the event itself ("the hearing", "the
 * annual meeting").
 */
function progressive(ws: string[]): boolean {
  const head = ws.at(-1)!;
  const before = ws.at(-2)!.toLowerCase();
  if (!isIngForm(head.toLowerCase(), 2) || DETERMINERS.has(before)) return false;
  if (PERSONAL_PRONOUNS.has(before)) return true;
  return !isStopWord(before) && !isWordAs(before, "adj");
}

/** The asked event's stem is "deadline" (or a WordNet synonym of it: "time limit"). */
const DEADLINE = new Set(["deadline", ...synonyms("deadline")].map((w) => processTerm(w) ?? w));

/**
 * "When is the deadline …" is answered by a date a sentence gives as a limit, without the
 * word: "Candidates have until Jan. 31 to file", "must file by Friday", "no later than May 1"
 * (`dates`: where the sentence's dates start).
 */
export function deadlineSaid(event: string, text: string, dates: number[]): boolean {
  if (!DEADLINE.has(event)) return false;
  for (const m of text.matchAll(/\b(?:until|by|no later than)\s+(?:the\s+end\s+of\s+)?/gi)) {
    const end = (m.index ?? 0) + m[0].length;
    if (dates.includes(end)) return true;
  }
  return false;
}

/** "When will X …", "when is X going to …": the question asks for a time still to come. */
export function asksFuture(question: string): boolean {
  return /^when\s+(?:will|shall|(?:is|are)\s+.+?\s+(?:going|expected|due|set|scheduled)\s+to)\b/i.test(
    question,
  );
}

/**
 * True unless a sentence dates only what was past at the article's publication date: a
 * sentence with only past dates ("withheld his endorsement a week ago") does not answer "when
 * will he endorse"; a date it speaks of as to come, or one on or after publication, does.
 */
export function datesToCome(h: RankedHit): boolean {
  const published = h.analysis.article.date;
  const dates = datesOf(h.analysis, h.sentence.index) ?? [];
  if (!published || !dates.length) return true;
  return dates.some((d) => {
    const last = d.end ?? d.date;
    return d.future || last >= published.slice(0, last.length);
  });
}

/**
 * A date is tied to its own sentence's event: a dated sentence that covers the question only
 * with the paragraph before it ("… brought to the US for trial. ¶ The suspect was to appear
 * before a judge today") does not date what was asked.
 */
function leansOnParagraphBefore(ctx: AskContext, h: RankedHit): boolean {
  const prev = h.analysis.sentences[h.sentence.index - 1];
  if (!prev || prev.para === h.sentence.para) return false;
  const query = queryFor(ctx, ctx.parsed.rest || ctx.question.text, TIME_WORDS);
  const title = textStems(h.analysis.article.title);
  return coverage(query, textStems(h.sentence.text), title, 0.65) < tuning.threshold;
}

const datesBySentence = new WeakMap<Analysis, Map<number, DatedEvent[]>>();

/** The dated events of each sentence, computed once an article. */
function datesOf(analysis: Analysis, sentence: number): DatedEvent[] | undefined {
  let m = datesBySentence.get(analysis);
  if (!m) {
    m = new Map();
    // A dateline's or a repeated headline's day belongs to no sentence.
    for (const d of analysis.dates)
      if (!d.dateline && !d.headline) m.set(d.sentence, [...(m.get(d.sentence) ?? []), d]);
    datesBySentence.set(analysis, m);
  }
  return m.get(sentence);
}

/**
 * A sentence's dates, the one nearest the asked verb first: "Ritter, who arrived Thursday …,
 * had not inspected since Jan. 13" gives Thursday for "when did Ritter arrive".
 */
function nearestAskedFirst(ctx: AskContext, text: string, dates: DatedEvent[]): DatedEvent[] {
  // "when did he arrive": after "did", the verb is in its base form, which askedVerbs leaves out.
  const asked = askedVerbs(ctx.parsed.rest);
  const verbWords = ctx.parsed.rest.split(" ").filter((w) => !isStopWord(w) && isWordAs(w, "verb"));
  const verbs = verbPositions(text, asked.length ? asked : verbWords);
  if (!verbs.length) return dates;
  const distance = (d: DatedEvent) => {
    const at = d.offset ?? text.indexOf(d.stated);
    return at < 0 ? Infinity : Math.min(...verbs.map((v) => Math.abs(at - v.end)));
  };
  return [...dates].sort((a, b) => distance(a) - distance(b));
}
