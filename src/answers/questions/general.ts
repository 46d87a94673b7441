/**
 * Questions answered from the best matching sentences, with the direct answer in front when
 * the kind asks for one: the date for "when", the number for "how many / much / long", the
 * place for "where", the people for "who did …". Also "what is the article about".
 */
import type { Analysis, DatedEvent, Sentence } from "../../model/analysis.js";
import { AGE, FLAG, type FlagName } from "../../search/sentence-flags.js";
import { pickSummary } from "../../nlp/summary.js";
import { isStopWord, words } from "../../nlp/tokens.js";
import { formatDate } from "../dates.js";
import { bold, type Span } from "../reply.js";
import {
  confidentHits,
  none,
  queryFor,
  rankedSentences,
  sentenceBlock,
  type AskContext,
  type Item,
  type Outcome,
  type RankedHit,
} from "./core.js";
import type { QuestionKind } from "./kind.js";
import { missing, textStems } from "./terms.js";
import { asTyped } from "./say.js";

const datesBySentence = new WeakMap<Analysis, Map<number, DatedEvent[]>>();

/** The dated events of each sentence, computed once an article. */
function datesOf(analysis: Analysis, sentence: number): DatedEvent[] | undefined {
  let m = datesBySentence.get(analysis);
  if (!m) {
    m = new Map();
    for (const d of analysis.dates) m.set(d.sentence, [...(m.get(d.sentence) ?? []), d]);
    datesBySentence.set(analysis, m);
  }
  return m.get(sentence);
}

/** What the sentences holding each kind of answer are preferred by, in the BM25 search. */
const PREFER: Partial<Record<QuestionKind, Partial<Record<FlagName, number>>>> = {
  when: { date: 1.6 },
  count: { number: 1.6 },
  why: { cause: 1.3 },
  where: { place: 1.3 },
  who: { person: 1.2 },
  which: { name: 1.3 },
};

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
];
const COUNT_WORDS = [
  "many",
  "much",
  "long",
  "number",
  "amount",
  "total",
  "figure",
  "percentage",
  "percent",
  "proportion",
  "share",
  "size",
  "far",
  "big",
  "large",
  "often",
  "old",
  "high",
  "worth",
  "cost",
  "value",
  "valued",
  "price",
];

export function answerGeneral(ctx: AskContext, kind: QuestionKind): Outcome {
  if (kind === "about") return answerAbout(ctx);
  const rest = ctx.parsed.rest || ctx.question.text;
  const drop =
    kind === "when"
      ? TIME_WORDS
      : kind === "count"
        ? COUNT_WORDS
        : kind === "where"
          ? ["place", "city", "country", "town", "located"]
          : kind === "why"
            ? ["reason", "reasons", "cause"]
            : [];
  const focus = kind === "which" ? (ctx.parsed.focus ?? "") : "";
  const query = queryFor(ctx, focus ? `${rest} ${focus}` : rest, drop, focus.split(" "));
  const asked = new Set(ctx.question.words);
  const wantAge = kind === "count" && /\bhow old\b/.test(ctx.question.text);
  if (!query.groups.length)
    return none("I could not find a question in that. Ask about the article in a few words.");
  const bonus = (a: Analysis, s: Sentence): number => {
    const f = ctx.index.flagsOf(a.article.id, s.index);
    if (kind === "when") return f & FLAG.date ? 0.08 : 0;
    if (kind === "count") return (f & FLAG.number ? 0.08 : 0) + (wantAge && f & FLAG.age ? 0.3 : 0);
    if (kind === "which") return namesIn(s.text, asked).length ? 0.06 : 0;
    if (kind === "where") return placeIn(a, s, asked) ? 0.08 : 0;
    if (kind === "why") return f & FLAG.cause ? 0.04 : 0;
    return 0;
  };
  const ranked = rankedSentences(ctx, query, {
    prefer: PREFER[kind],
    bonus,
    withFlag: wantAge ? FLAG.age : undefined,
  });
  const hits = confidentHits(
    ranked,
    (h) => kind !== "other" && kind !== "why" && leadFor(ctx, kind, h, asked) !== undefined,
  );
  if (!hits.length) return notAnswered(ctx, ranked, query);
  const items: Item[] = hits.map((h) => ({
    analysis: h.analysis,
    sentence: h.sentence.index,
    block: sentenceBlock(ctx, h.analysis, h.sentence, leadFor(ctx, kind, h, asked)),
    score: h.rank,
  }));
  // "When" needs a date, "how many" a number, "why" a reason: without one, say so and show the closest sentence.
  const lacking =
    kind === "when" && !items.some(hasLead)
      ? "when"
      : kind === "count" && !items.some(hasLead)
        ? "how much or how many"
        : kind === "why" &&
            !hits.some(
              (h) => ctx.index.flagsOf(h.analysis.article.id, h.sentence.index) & FLAG.cause,
            )
          ? "why"
          : undefined;
  if (lacking) {
    const h = hits[0]!;
    const scope = ctx.library.size > 1 ? "None of the articles says" : "The article does not say";
    return none([`${scope} ${lacking}. The closest it comes:`], {
      blocks: [sentenceBlock(ctx, h.analysis, h.sentence)],
      analysis: h.analysis,
      confidence: h.coverage,
    });
  }
  // Answers with a direct answer go first (a date for "when", a number for "how many").
  if (kind === "when" || kind === "count")
    items.sort((a, b) => Number(hasLead(b)) - Number(hasLead(a)) || b.score - a.score);
  return { type: "answer", kind, items, confidence: hits[0]!.coverage };
}

const hasLead = (i: Item) => i.block.kind === "sentence" && !!i.block.lead;

/** One honest line: which of the question's words the article never uses, or that nothing matches well enough. */
function notAnswered(
  ctx: AskContext,
  ranked: RankedHit[],
  query: ReturnType<typeof queryFor>,
): Outcome {
  const best = ranked[0];
  const many = ctx.library.size > 1;
  const scope = many ? "None of the articles" : "The article";
  const unknown = query.groups.filter((g) => !g.known).map((g) => asTyped(ctx, g.word));
  const left = best
    ? missing(query, textStems(best.sentence.text)).map((g) => asTyped(ctx, g.word))
    : [];
  const absent = unknown.length ? unknown : left;
  if (absent.length) {
    const list = absent.slice(0, 3).map((w) => `“${w}”`);
    const joined = list.length > 1 ? `${list.slice(0, -1).join(", ")} or ${list.at(-1)}` : list[0]!;
    const verb = unknown.length
      ? many
        ? "says anything about"
        : "says nothing about"
      : many
        ? "answers that: nothing links it to"
        : "does not answer that: nothing links it to";
    return none(`${scope} ${verb} ${joined}.`, {
      analysis: best?.analysis,
      confidence: best?.coverage ?? 0,
    });
  }
  return none(`${scope} ${many ? "answers" : "does not answer"} that.`, {
    analysis: best?.analysis,
    confidence: best?.coverage ?? 0,
  });
}

function leadFor(
  ctx: AskContext,
  kind: QuestionKind,
  hit: RankedHit,
  asked: Set<string>,
): Span[] | undefined {
  const { analysis, sentence } = hit;
  switch (kind) {
    case "when": {
      const dates = datesOf(analysis, sentence.index);
      if (dates?.length) {
        const shown = [...new Map(dates.map((d) => [formatDate(d), d])).keys()].slice(0, 2);
        return [bold(shown.join(", ")), ":"];
      }
      const mention = (analysis.timeMentions ?? []).find((t) => t.sentence === sentence.index);
      return mention ? [bold(mention.stated), ":"] : undefined;
    }
    case "count": {
      const n = numberPhrase(
        sentence.text,
        ctx.parsed.focus,
        ctx.question.text,
        analysis,
        sentence.index,
      );
      return n ? [bold(n), ":"] : undefined;
    }
    case "where": {
      const place = placeIn(analysis, sentence, asked);
      return place ? [bold(place), ":"] : undefined;
    }
    case "which": {
      const names = namesIn(sentence.text, asked);
      return names.length ? [bold(names.slice(0, 4).join(", ")), ":"] : undefined;
    }
    case "who": {
      const people = peopleIn(analysis, sentence);
      return people.length ? [bold(people.slice(0, 3).join(", ")), ":"] : undefined;
    }
    default:
      return undefined;
  }
}

const QUALIFIER =
  "(?:almost|about|around|nearly|some|roughly|approximately|over|under|up to|at least|at most|more than|less than|fewer than|just over|just under|just|only|a further|another|an extra|a record|a total of|as many as|as much as)";
const UNIT =
  "(?:%|per ?cent|percent|bn|m|k|million|billion|trillion|thousand|hundred|dozen|tonnes|kg|km|miles|points?|pence|p)";
const NUMBER_PHRASE = new RegExp(
  `(?:${QUALIFIER}\\s+)?(?:[£$€¥]\\s?)?(?:\\d[\\d,.]*\\d|\\d|\\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundreds|thousands|millions|a dozen|dozens|half|a third|a quarter|twice|double)\\b)(?:[\\s-]*${UNIT}\\b|%)?(?:\\s+(?:of\\s+)?[\\p{L}-]+)?`,
  "giu",
);
const SPAN = new RegExp(
  `\\b(?:${QUALIFIER}\\s+)?(?:\\d[\\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a few|several|many)[\\s-]+(?:decades?|years?|months?|weeks?|days?|hours?|minutes?|centuries|century|fortnight)\\b`,
  "i",
);
const DURATION = /\b(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries|century)\b/i;
const MONEY = /[£$€¥]|\b(?:pounds?|dollars?|euros?|bn|billion|million|pence|cents?)\b/i;
const NON_UNIT =
  /^(?:the|a|an|and|or|but|in|on|at|to|from|for|by|with|was|were|is|are|has|have|had|of|that|which|who)$/i;

/** The number in a sentence that answers "how many X": the phrase nearest the counted word. */
export function numberPhrase(
  text: string,
  focus: string | undefined,
  question: string,
  analysis: Analysis,
  sentence: number,
): string | undefined {
  const dated = analysis.dates
    .filter((d) => d.sentence === sentence)
    .map((d) => d.stated.toLowerCase());
  const candidates: Array<{ phrase: string; at: number }> = [];
  for (const m of text.matchAll(NUMBER_PHRASE)) {
    let phrase = m[0].trim();
    const at = m.index ?? 0;
    if (
      /^a\b/i.test(phrase) &&
      !/\b(?:hundred|dozen|third|quarter|further|total|record)\b/i.test(phrase)
    )
      continue;
    if (!/\d|\p{L}{3,}/u.test(phrase)) continue;
    if (
      /^(?:19|20)\d\d\b/.test(phrase.replace(/^\D+/, "")) &&
      !/\d[\d,.]*\s*(?:%|bn|m\b)/.test(phrase)
    )
      continue; // a year
    if (dated.some((d) => d.includes(phrase.replace(/\s+\p{L}+$/u, "").toLowerCase()))) continue;
    const last = phrase.split(/\s+/).at(-1) ?? "";
    if (NON_UNIT.test(last)) phrase = phrase.slice(0, phrase.length - last.length).trim();
    candidates.push({ phrase, at });
  }
  const q = question.toLowerCase();
  const age = /\bhow old\b/.test(q) ? AGE.exec(text) : null;
  if (age) return age[0];
  // "How long": a duration, also in words ("a decade", "several weeks").
  const span = /\bhow long\b/.test(q) ? SPAN.exec(text) : null;
  if (span) return span[0];
  if (!candidates.length) return undefined;
  const wantDuration = /\bhow long\b|\bhow old\b/.test(q);
  const wantMoney = /\bhow much\b|\bcost|price|worth|paid|pay\b/.test(q);
  const wantPercent = /\bpercent|percentage|proportion|share\b/.test(q);
  // "How much" asks for an amount: money, a share, a quantity with its unit — not a bare number.
  const amounts = /\bhow much\b/.test(q)
    ? candidates.filter(
        (c) =>
          MONEY.test(c.phrase) ||
          /%|per ?cent|\d\s*(?:bn|m|k|kg|km|tonnes?|miles?|points?)\b|\b(?:million|billion|trillion|thousand|hundred)\b/i.test(
            c.phrase,
          ),
      )
    : candidates;
  if (!amounts.length) return undefined;
  const focusAt = focus
    ? text
        .toLowerCase()
        .search(
          new RegExp(
            `\\b${focus.slice(0, Math.max(4, focus.length - 2)).replace(/[^\p{L}\p{N}]/gu, "")}`,
            "u",
          ),
        )
    : -1;
  const score = (c: { phrase: string; at: number }) => {
    let s = 0;
    if (wantDuration && DURATION.test(c.phrase)) s += 3;
    if (wantMoney && MONEY.test(c.phrase)) s += 3;
    if (wantPercent && /%|per ?cent/i.test(c.phrase)) s += 3;
    if (focus && c.phrase.toLowerCase().includes(focus.slice(0, Math.max(4, focus.length - 2))))
      s += 4;
    if (focusAt >= 0) s -= Math.abs(c.at - focusAt) / 200;
    return s;
  };
  return amounts.sort((a, b) => score(b) - score(a) || a.at - b.at)[0]!.phrase;
}

/** A place the sentence names that the question does not: a place entity, else "in/at/to <Name>". */
function placeIn(analysis: Analysis, sentence: Sentence, asked: Set<string>): string | undefined {
  const fresh = (name: string) => !words(name).some((w) => asked.has(w));
  const places = analysis.entities.filter(
    (e) => e.kind === "place" && e.mentions.includes(sentence.index) && fresh(e.name),
  );
  // A name after "in", "at", "to" …: a known place first, then any capitalised name.
  const after = [
    ...sentence.text.matchAll(
      /\b(?:in|at|from|to|near|outside|inside|into|across)\s+((?:the\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)/gu,
    ),
  ].map((m) => m[1] ?? "");
  const known = after.find((n) =>
    places.some((p) => n.includes(p.name) || p.name.includes(n.replace(/^the\s+/, ""))),
  );
  if (known) return known;
  const other = after.find(
    (n) =>
      n &&
      fresh(n) &&
      !/^(?:the\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.test(
        n,
      ),
  );
  return other ?? places.find((p) => sentence.text.includes(p.name))?.name;
}

/** Capitalised names in a sentence (not its first word, not the question's words), in order. */
function namesIn(text: string, asked: Set<string>): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(
    /(?<=[\s(“"‘'])(\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+(?:(?:of|the|and|de|van|von|&)\s+)?\p{Lu}[\p{L}\p{N}'’&.-]*)*)/gu,
  )) {
    const name = (m[1] ?? "").replace(/['’]s$/, "").replace(/[.,]$/, "");
    const ws = words(name);
    if (
      !ws.length ||
      ws.some((w) => asked.has(w)) ||
      ws.every((w) => isStopWord(w) || w === "i" || w === "d" || w === "m")
    )
      continue;
    if (!out.includes(name)) out.push(name);
  }
  return out;
}

function peopleIn(analysis: Analysis, sentence: Sentence): string[] {
  const speakers = analysis.quotes
    .filter((q) => q.sentence === sentence.index && q.speaker)
    .map((q) => q.speaker!);
  const named = analysis.entities
    .filter(
      (e) =>
        e.kind === "person" &&
        e.mentions.includes(sentence.index) &&
        sentence.text.includes(e.name.split(/\s+/).at(-1) ?? e.name),
    )
    .map((e) => e.name);
  return [...new Set([...speakers, ...named])];
}

/** "What is the article about?": its summary sentences (the latest article when several are loaded). */
function answerAbout(ctx: AskContext): Outcome {
  const analysis = ctx.only ?? ctx.library.latest();
  if (!analysis || !analysis.sentences.length) return none("The article has no text to summarise.");
  const picked = pickSummary(analysis.summaryRanking, Math.min(3, analysis.sentences.length));
  const items: Item[] = picked
    .map((i) => analysis.sentences[i])
    .filter((s): s is Sentence => !!s)
    .map((s, n) => ({
      analysis,
      sentence: s.index,
      block: sentenceBlock(ctx, analysis, s),
      score: 3 - n,
    }));
  return {
    type: "answer",
    kind: "about",
    items,
    intro: [bold(analysis.article.title), " — in short:"],
    confidence: 1,
  };
}
