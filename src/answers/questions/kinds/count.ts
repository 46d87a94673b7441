/** "How many / much / long / old …": the number in front of the sentence that gives it. */
import type { Analysis } from "../../../model/analysis.js";
import { isStopWord, words } from "../../../nlp/tokens.js";
import { isCalendarWord } from "../../../nlp/lexicon/calendar.js";
import { processTerm } from "../../../search/terms.js";
import { isAdjective, isWordAs, nounKinds } from "../../../nlp/lexicon/wordnet.js";
import { AUX, type ParsedQuestion } from "../kind.js";
import { FLAG } from "../../../search/sentence-flags.js";
import { bold } from "../../reply.js";
import type { AskContext } from "../core.js";
import {
  AGE_ANY,
  ageOf,
  asksRate,
  askedTime,
  countsFocus,
  namesOfAskedPerson,
  personWords,
} from "../honest.js";
import { queryFor, type RankedHit } from "../ranking.js";
import type { QuestionStrategy } from "../strategy.js";
import { textStems } from "../terms.js";
import { doSupport, saysAction } from "./asked-action.js";
import { holdsAskedEntities } from "../asked-holder.js";
import {
  MONEY_ASKED,
  PERCENT_FIGURE,
  SHARE_THEN_WORD,
  SUM_FIGURE,
  FRACTION_COUNTS,
  FRACTION_FIGURE,
  FRACTION_NOUNS,
  RATIO_BASE,
  asksPercent,
  isShareFigure,
  isUnitNoun,
} from "../units.js";
import { askedPlaces, askedValue, figureOfOther, valueFit } from "../value-check.js";
import { ageOfDescribed, askedPersonNoun } from "../absent-holder.js";
import { isSpeechVerb } from "../../../nlp/lexicon/reporting-verbs.js";
import {
  CASH,
  CURRENCY_BEFORE_FIGURE,
  CURRENCY_END,
  MONEY,
  SOUTH_ASIAN_SCALES,
} from "../../../nlp/lexicon/currencies.js";
import { weights } from "../weights.js";

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
  "per",
  "each",
  "apiece",
];

/**
 * "What is X's salary", "what was the budget of X": an amount asked for by a noun WordNet
 * files under possessions (salary, budget, fee, debt, revenue) — a "how much" question.
 */
function ownedAmount(t: string): ParsedQuestion | undefined {
  const m =
    /^what\s+(?:is|s|was|are|were|will\s+be)\s+(?:the\s+)?(?:(.+?)\s+s\s+(\w+)|(\w+)\s+of\s+(.+))$/.exec(
      t,
    );
  if (!m) return undefined;
  const noun = m[2] ?? m[3] ?? "";
  const owner = m[1] ?? m[4] ?? "";
  // Not a noun with other common senses: "capital" is money, and a city.
  const kinds = nounKinds(noun).slice(0, 4);
  if (!noun || !owner || !isMoney(noun) || kinds.some((k) => k && k !== "possession"))
    return undefined;
  return { kind: "count", focus: noun, rest: `${owner} ${noun}` };
}

/**
 * "What is the inflation rate", "what's the unemployment rate now", "what is the rate of
 * inflation", "what is Acme's market share": a rate asked for, answered only by a percentage (a
 * "how much" of the rate or share noun and the words that say whose it is).
 */
export function rateAsked(t: string): ParsedQuestion | undefined {
  const m =
    /^what\s+(?:is|s|was|are|were|will\s+be)\s+(?:the\s+)?(?:(.+?)\s+)?(rates?|share)(?:\s+of\s+(.+?))?(?:\s+(?:now|currently|today|at the moment|at present))?$/.exec(
      t,
    );
  if (!m?.[2] || (!m[1] && !m[3])) return undefined;
  return {
    kind: "count",
    focus: m[2],
    rest: [m[1], m[2], m[3]].filter(Boolean).join(" "),
  };
}

/**
 * True when a rate's figure is the asked thing's: a word of what the rate is of (or, with no
 * such word, the rate noun itself) within six words before the figure or three after it.
 * "… squeezed by inflation that peaked at 11.1%, with discounters such as Aldi taking market
 * share" gives inflation's figure, not Aldi's share; "a rise in interest rates to 5%" is no
 * inflation rate. A share needs the word "share"; a figure before what the rate is of needs the
 * rate noun too ("its 50% interest in X" is a stake).
 */
export function rateOfAsked(text: string, figureAt: number, rest: string, focus: string): boolean {
  const stem = (w: string) => processTerm(w) ?? w;
  const content = words(rest).filter((w) => !isStopWord(w));
  const owner = content.filter((w) => w !== focus && !asksRate(w));
  const asked = new Set((owner.length ? owner : content).map(stem));
  const stems = (part: string) => words(part).map(stem);
  const before = stems(text.slice(0, figureAt)).slice(-6);
  const after = stems(text.slice(figureAt)).slice(1, 4);
  // A share is written so ("8% market share"); a figure before the rate's subject is one only
  // with the rate noun ("its 50% interest in the firm" is a stake, no interest rate).
  const saysFocus = stems(text).includes(stem(focus));
  if (focus === "share" && !saysFocus) return false;
  return before.some((w) => asked.has(w)) || (saysFocus && after.some((w) => asked.has(w)));
}

/** A share asked ("what percentage", "how much of the firm") and given, or money asked ("how much did it cost") and given. */
function holdsAskedAmount(text: string, question: string): boolean {
  if (asksPercent(question)) return PERCENT_FIGURE.test(text) || FRACTION_FIGURE.test(text);
  if (/\bhow much\b|\bcost|price|worth|paid|pay\b/.test(question)) return MONEY.test(text);
  return false;
}

/** A noun whose commonest sense WordNet files under possessions ("salary", "budget", "money"). */
const isMoney = (noun: string) => nounKinds(noun)[0] === "possession";

const wantsAge = (question: string) => /\bhow old\b/.test(question);
/** An age a clause gives ("when she was 4", "as Ruiz was 12,"): the age at that time. */
const WHEN_AGE = /^(?:when|while|as)\b/i;

export const countStrategy: QuestionStrategy = {
  kind: "count",
  recognise(t) {
    const rate = rateAsked(t);
    if (rate) return rate;
    const owned = ownedAmount(t);
    if (owned) return owned;
    const m =
      /^(?:how\s+(?:many|much|long|old|far|big|large|often|high|low|tall|fast|soon)|what\s+(?:%|percentage|percent|proportion|share|number|amount|sum|price|cost|figure|total|size|age)|by\s+how\s+much)(?:\b|(?<=%))\s*(.*)$/.exec(
        t,
      );
    if (!m) return undefined;
    const rest = m[1] ?? "";
    const focus = countedNoun(/^how\s+(?:many|much)\s+(.+)$/.exec(t)?.[1] ?? "");
    return {
      kind: "count",
      focus:
        focus && !/^(?:did|does|do|has|have|is|are|was|were|will)$/.test(focus) ? focus : undefined,
      rest,
    };
  },
  drop: COUNT_WORDS,
  // "salary" where the article gives only "£100,000-a-year": an amount of money is the asked slot.
  searchWords: (ctx) => ({
    text: ctx.parsed.rest,
    light: ctx.parsed.focus && isMoney(ctx.parsed.focus) ? [ctx.parsed.focus] : [],
  }),
  get prefer() {
    return { number: weights.preferNumber };
  },
  bonus(ctx, a, s) {
    const f = ctx.index.flagsOf(a.article.id, s.index);
    return (
      (f & FLAG.number ? weights.countNumber : 0) +
      (wantsAge(ctx.question.text) && f & FLAG.age ? 0.3 : 0) +
      (f & FLAG.number && numberAfterAsked(s.text, ctx.question.text) >= 0
        ? weights.countAfterAsked
        : 0) +
      (f & FLAG.number && holdsAskedAmount(s.text, ctx.question.text) ? weights.countAmount : 0)
    );
  },
  withFlag: (ctx) => (wantsAge(ctx.question.text) ? FLAG.age : undefined),
  lead(ctx, h) {
    const { analysis, sentence } = h;
    // "How old is Jo Bell": Bell's age, not the first one the sentence gives ("Ann Ray, 18, and Jo Bell, 17").
    const own = wantsAge(ctx.question.text) ? askedAge(ctx, h) : undefined;
    if (own) return [bold(/^(?:he|she)\b/i.test(own) ? (/\d+/.exec(own)?.[0] ?? own) : own), ":"];
    // A number that counts something else ("5% of their assets" for "how many funds") leads
    // nothing: the best number that counts the asked thing leads ("twelve hundred students"
    // before "would take thirty-five hundred").
    const much = /\bhow much\b/.test(ctx.question.text);
    const n = numberPhrase(
      sentence.text,
      ctx.parsed.focus,
      ctx.question.text,
      analysis,
      sentence.index,
      (phrase) => countsFocus(sentence.text, phrase, ctx.parsed.focus, much),
    );
    if (!n) return undefined;
    return [bold(n), ":"];
  },
  leadFirst: true,
  mustSay: {
    what: (ctx) =>
      asksRate(ctx.parsed.focus)
        ? `what the ${ctx.parsed.focus} is`
        : wantsAge(ctx.question.text)
          ? "how old"
          : /\bhow long\b/.test(ctx.question.text)
            ? "how long"
            : "how much or how many",
    // A sum or share tied to the asked holder in its clause (value-check.ts) answers though
    // its figure is not written as the asked noun ("the town spent 18 million yen a year to
    // keep it open" for "how much did it cost the town"), past the holder checks of countsAsked.
    said: (ctx, hits, anyLead) => {
      const value = askedValue(
        ctx.question.text,
        ctx.parsed.focus,
        queryFor(ctx, ctx.parsed.rest, COUNT_WORDS),
      );
      if (
        value &&
        hits.some((h) => valueFit(value, h.sentence, h.analysis) > 0 && countsAsked(ctx, h, true))
      )
        return true;
      return anyLead && hits.some((h) => countsAsked(ctx, h));
    },
    // An age is given to the asked person only (ageOf), wherever the sentence ranks.
    deep: (ctx) => wantsAge(ctx.question.text),
    // The sentence after the found one may give its figure (continued.ts) when the figure is of
    // the asked type itself: written with the counted noun ("The 600,000 connections take …"), a
    // sum where money is asked, a share where a share is.
    carried: (ctx, lead) => figureOfAskedType(ctx.question.text, ctx.parsed.focus, lead),
  },
};

/**
 * The noun "how many" counts, past its modifiers: "junk funds" → funds, "Cuban women" → women,
 * "people work" → people (a plural noun ends the phrase; a noun before a plural noun, or an
 * adjective, modifies it).
 */
const IRREGULAR_PLURAL = /^(?:people|men|women|children|police|staff)$/;

const ONLY_AUX = new RegExp(`^${AUX}$`);

export function countedNoun(after: string): string | undefined {
  const ws = after.split(" ").slice(0, 3);
  // "how much did …": no noun is counted.
  if (ONLY_AUX.test(ws[0] ?? "")) return undefined;
  let i = 0;
  const pluralNoun = (w: string) => !ONLY_AUX.test(w) && /[^s]s$/.test(w) && isWordAs(w, "noun");
  while (i < 2 && ws[i + 1] && !pluralNoun(ws[i]!) && !IRREGULAR_PLURAL.test(ws[i]!)) {
    const next = ws[i + 1]!;
    if (
      !(isAdjective(ws[i]!) && isWordAs(next, "noun")) &&
      !pluralNoun(next) &&
      !IRREGULAR_PLURAL.test(next)
    )
      break;
    i++;
  }
  const noun = ws[i];
  // "how much of the workforce": a share of a whole, no noun counted.
  if (noun && isStopWord(noun)) return undefined;
  // "how much flowed out": a verb WordNet knows only as a verb ("flowed") counts nothing; an unknown word ("superdelegates") may.
  return noun && (isWordAs(noun, "noun") || !isWordAs(noun, "verb")) ? noun : undefined;
}

/**
 * True when the sentence's number answers what was asked (honest.ts): "how old is X" needs X's
 * age, not another person's in the same sentence; "how many emails" a count of emails; "how
 * many … this year" a sentence that dates it. `attached`: the sum or share is tied to the asked
 * holder in its clause (value-check.ts), which stands for the checks of what the number counts
 * and whose it is (countsFocus, valueOfAsked, holdsAskedEntities).
 */
function countsAsked(ctx: AskContext, h: RankedHit, attached = false): boolean {
  // An age asked is answered by the asked person's age alone (the lead shows that same age).
  if (wantsAge(ctx.question.text)) {
    const age = askedAge(ctx, h);
    // "when she was 4" is an age then: it answers "how old was she when …", not "how old is she".
    return (
      age !== undefined && !(WHEN_AGE.test(age) && /\bhow old (?:is|are)\b/.test(ctx.question.text))
    );
  }
  const lead = countStrategy.lead?.(ctx, h, new Set());
  if (!lead) return false;
  const i = h.sentence.index;
  const phrase = lead.map((x) => (typeof x === "string" ? "" : "bold" in x ? x.bold : "")).join("");
  const much = /\bhow much\b/.test(ctx.question.text);
  if (figureOfAnother(ctx, h, phrase)) return false;
  if (!partOfAskedWhole(h.sentence.text, phrase, ctx.question.text)) return false;
  if (!attached && !countsFocus(h.sentence.text, phrase, ctx.parsed.focus, much)) return false;
  if (
    asksRate(ctx.parsed.focus) &&
    !rateOfAsked(
      h.sentence.text,
      Math.max(0, h.sentence.text.indexOf(phrase)),
      ctx.parsed.rest,
      ctx.parsed.focus,
    )
  )
    return false;
  if (!namesAskedPerson(ctx, h)) return false;
  // A value tied to the asked holder in its clause is the holder's: the whole-sentence check of
  // whose it is (asked-holder.ts) stands aside (measured: with it, fresh-10 29/40; without, 30/40).
  if (!attached && !holdsAskedEntities(ctx, h)) return false;
  if (doerNamedOnlyAfter(ctx, h, phrase)) return false;
  if (!attached && !valueOfAsked(ctx.question.text, h.sentence.text)) return false;
  if (!askedTime(ctx.question.text)) return true;
  return datesFigure(h.analysis, i);
}

/**
 * True when a sentence's figure is dated: the sentence gives a date or a time ("last year", "in
 * March"), or the sentence before it in its paragraph does and the figure continues it with a
 * definite description ("BT signed up more people in the last three months than ever. The
 * 600,000 connections take …"): a paragraph keeps its time until it names another.
 */
export function datesFigure(analysis: Analysis, i: number): boolean {
  const dated = (k: number) =>
    analysis.dates.some((d) => d.sentence === k && !d.headline) ||
    (analysis.timeMentions ?? []).some((t) => t.sentence === k);
  if (dated(i)) return true;
  const s = analysis.sentences[i];
  const prev = analysis.sentences[i - 1];
  return !!s && !!prev && prev.para === s.para && DEFINITE_OPENING.test(s.text) && dated(i - 1);
}

/** A sentence that opens with a definite description or a pronoun: "The 600,000 connections", "It", "Those". */
const DEFINITE_OPENING = /^["“‘']?(?:the|this|these|those|that|it|its|they|their)\b/i;

/**
 * True when the lead figure is another place's (value-check.ts figureOfOther): the question asks
 * of a place the sentence does not speak of, and another place of its kind, or the whole it lies
 * in, stands in the figure's clause ("arrivals from China rose to 1.2 million" for "how many
 * came from Japan").
 */
function figureOfAnother(ctx: AskContext, h: RankedHit, phrase: string): boolean {
  const at = h.sentence.text.indexOf(phrase);
  if (at < 0) return false;
  const places = askedPlaces(ctx.parsed.rest, ctx.question.capitalised, h.analysis);
  return figureOfOther(places, h.sentence, h.analysis, at, at + phrase.length);
}

/** The age the sentence gives the person "how old" asks about (ageOf), as written; undefined when none is theirs. */
function askedAge(ctx: AskContext, h: RankedHit): string | undefined {
  const i = h.sentence.index;
  const people = personWords(h.analysis);
  const query = queryFor(ctx, ctx.parsed.rest, COUNT_WORDS);
  const names = query.groups.map((g) => g.word).filter((w) => people.has(w));
  const before = h.analysis.sentences
    .slice(Math.max(0, i - 2), i)
    .map((s) => s.text)
    .join(" ");
  const theirs = namesOfAskedPerson(h.analysis, names);
  // "How old is the niece": no name asked, the age of a person of that description only.
  const noun = names.length ? undefined : askedPersonNoun(ctx.parsed.rest);
  if (noun) return ageOfDescribed(h.sentence.text, noun);
  return ageOf(h.sentence.text, theirs, before, people);
}

/**
 * "How much did Jane Doe raise": the asked person is the doer of the asked action (the subject
 * after "did"), and the sentence says the action before it names them (namedOnlyAfter).
 */
function doerNamedOnlyAfter(ctx: AskContext, h: RankedHit, phrase: string): boolean {
  const asked = doSupport(ctx.parsed.rest, ctx.question.capitalised);
  // People and organisations alike: "how much did Acme pay" is not "Rival spent $5m on a stake in Acme".
  const people = doerWords(h.analysis);
  if (!asked || !people.has(asked.subject)) return false;
  const doer = new Set(words(ctx.parsed.rest).filter((w) => people.has(w) && !isStopWord(w)));
  const text = h.sentence.text;
  return saysAction(text, asked.verb) && namedOnlyAfter(text, phrase, doer);
}

/** The words of the names of the article's people and organisations, lower case (no function words). */
function doerWords(analysis: Analysis): Set<string> {
  const out = personWords(analysis);
  for (const e of analysis.entities)
    if (e.kind === "organisation")
      for (const n of [e.name, ...e.aliases])
        for (const w of words(n)) if (!isStopWord(w)) out.add(w);
  return out;
}

/**
 * "How much is X worth / does X cost": the sentence says a worth or price (or a sum paid "for"
 * something), or names X (its last word) — a sum spent on something else ("spent $300,000 on the roof") is not what X is worth.
 */
export function valueOfAsked(question: string, text: string): boolean {
  const m =
    /^how\s+much\s+(?:is|are|was|were|will|would|does|do|did)\s+(.+?)\s+(?:be\s+)?(?:worth|cost|costs|valued)\b/.exec(
      question,
    );
  if (!m?.[1]) return true;
  const stems = textStems(text);
  const head = words(m[1]).at(-1) ?? "";
  // A sum paid "for" something is the asked thing's when the sentence names it ("the Midwest
  // deal" ~ "its acquisition of Midwest … for about $250 million").
  const named = words(m[1]).some((w) => !isStopWord(w) && stems.has(processTerm(w) ?? w));
  return (
    /\b(?:worth|valu\w*|cost\w*|pric\w*)\b/i.test(text) ||
    (named && PRICE_PAID.test(text)) ||
    stems.has(processTerm(head) ?? head)
  );
}

/**
 * A sum given in exchange, which is a price: "bought the firm for $2 million", "the acquisition
 * of X for about £250m", "sold for 3 billion francs".
 */
const PRICE_PAID =
  /\bfor\s+(?:(?:about|around|nearly|some|roughly|approximately|almost|an estimated|more than|less than|just over|just under|up to)\s+)?(?:[£$€¥₹]|(?:US|C|A|NZ|HK|S)\$|Rs\.?\s?\d|\d[\d,.]*\s*(?:(?:million|billion|trillion|bn|m|crore|lakh)\s+)?(?:dollars?|pounds?|euros?|yen|yuan|rupees?|francs?|pesos?|marks?)\b)/i;

const LETTER_RUNS = /[\p{L}'’-]+/gu;

/**
 * True when the sentence names the asked person only after the number, and not as the doer
 * ("by Reyes") or the speaker ("Reyes said"): the sum is someone else's ("Cruz's haul is a jump
 * from the $12.2 million he raised … as a rival to Donald Trump").
 */
export function namedOnlyAfter(text: string, phrase: string, asked: Set<string>): boolean {
  const at = text.indexOf(phrase);
  if (at < 0 || !asked.size) return false;
  const tokens = [...text.matchAll(LETTER_RUNS)].map((m) => ({
    word: m[0].toLowerCase().replace(/['’]s$/u, ""),
    at: m.index ?? 0,
  }));
  const named = tokens.map((t, i) => ({ ...t, i })).filter((t) => asked.has(t.word));
  if (!named.length || named.some((t) => t.at < at)) return false;
  return !named.some((t) => {
    const around = tokens.slice(Math.max(0, t.i - 3), t.i + 4).map((x) => x.word);
    const before = tokens.slice(Math.max(0, t.i - 3), t.i).map((x) => x.word);
    return before.includes("by") || around.some((w) => w === "according" || isSpeechVerb(w));
  });
}

/**
 * True unless the question names people of the article and the sentence names none of them
 * (by a word of their name, or a pronoun standing for them): "how much did the Kochs give" is
 * not answered by "Stephens and his brother gave $2.5 million".
 */
function namesAskedPerson(ctx: AskContext, h: RankedHit): boolean {
  const people = personWords(h.analysis);
  const asked = words(ctx.parsed.rest).filter((w) => people.has(w) && !isStopWord(w));
  if (!asked.length) return true;
  const own = new Set([...words(h.sentence.text), ...h.matched]);
  const stems = new Set([...own].map((w) => processTerm(w) ?? w));
  return asked.some((w) => own.has(w) || stems.has(processTerm(w) ?? w));
}

const QUALIFIER =
  "(?:almost|about|around|nearly|some|roughly|approximately|over|under|up to|at least|at most|more than|less than|fewer than|just over|just under|just|only|a further|another|an extra|a record|a total of|as many as|as much as)";
const UNIT = `(?:%|per ?cent|percent|square\\s+(?:kilomet(?:re|er)s?|km|miles?|met(?:re|er)s?|feet|foot)|bn|m|k|million|billion|trillion|thousand|hundred|dozen|tonnes|kg|km|miles|points?|pence|p|${SOUTH_ASIAN_SCALES})`;
/**
 * A fraction or ratio written as one phrase ("two-fifths", "three quarters", "one in five", "3 out
 * of 10"): read whole, before its first word could be read as a count on its own.
 */
const FRACTION_IN_WORDS = String.raw`\b(?:${FRACTION_COUNTS})[\s-](?:${FRACTION_NOUNS})\b|\b(?:one|two|three|four|five|six|seven|eight|nine|\d{1,2})\s+(?:in|out\s+of)\s+(?:${RATIO_BASE})\b`;
/** A figure with spaces between its thousands, as South African and SI style writes it: "6 000", "R45 000". */
const SPACED_THOUSANDS = String.raw`(?<!\d)\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)`;
const NUMBER_PHRASE = new RegExp(
  `(?:${QUALIFIER}\\s+)?(?:${CURRENCY_BEFORE_FIGURE}\\s?)?(?:\\b(?:two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|\\d+)-?fold\\b|${FRACTION_IN_WORDS}|${SPACED_THOUSANDS}|\\d[\\d,.]*\\d|\\d|\\b(?:a hundred|a dozen|a third|a quarter|a half|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds|thousands|millions|dozens|half|twice|double)\\b)(?:[\\s-]*${UNIT}\\b|%)?(?:\\s+(?!${CURRENCY_BEFORE_FIGURE})(?:of\\s+)?[\\p{L}-]+)?`,
  "giu",
);
const SPAN = new RegExp(
  `\\b(?:${QUALIFIER}\\s+)?(?:\\d[\\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a few|several|many)[\\s-]+(?:decades?|years?|months?|weeks?|days?|hours?|minutes?|seconds?|centuries|century|fortnight)\\b(?!\\s+(?:ago|earlier|later|before|after|from now)\\b)`,
  "i",
);
/** A currency sign or abbreviation before a figure: "$", "₹", "Rs ", "Sh". */
const DURATION =
  /\b(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|century)\b/i;
const LENGTH = /\b(?:miles?|km|kilomet(?:re|er)s?|met(?:re|er)s?|feet|foot|inch(?:es)?|yards?)\b/i;

export const asksMoney = (question: string) => MONEY_ASKED.test(question);

const PART_OF_NAME_PATTERN = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}-]*)\s+$/u;

/** A number right after a capitalised word that does not open the sentence and is no function word: a name's ("Halo 2"). */
function partOfName(text: string, at: number): boolean {
  const m = PART_OF_NAME_PATTERN.exec(text.slice(0, at));
  if (!m?.[1]) return false;
  const before = text.slice(0, m.index).trim();
  return (
    !!before &&
    !/[.!?:"“‘(—–-]$/u.test(before) &&
    !isStopWord(m[1].toLowerCase()) &&
    !isCalendarWord(m[1])
  );
}

const NON_UNIT =
  /^(?:the|a|an|and|or|but|in|on|at|to|from|for|by|with|was|were|is|are|has|have|had|of|that|which|who|last|next|this|each|per|a year)$/i;

const NUMBER_PHRASE_PATTERN = /\d|\p{L}{3,}/u;
const NUMBER_PHRASE_PATTERN_2 = /\s+\p{L}+$/u;
const NUMBER_PHRASE_PATTERN_3 = /\s+[\p{L}-]+$/u;
const NUMBER_PHRASE_PATTERN_4 = /[^\p{L}\p{N}]/gu;

/**
 * The number in a sentence that answers "how many X": the phrase nearest the counted word —
 * with `fits`, the best-placed one that passes it (the one that counts X, when a nearer number
 * counts something else).
 */
export function numberPhrase(
  text: string,
  focus: string | undefined,
  question: string,
  analysis: Analysis,
  sentence: number,
  fits: (phrase: string) => boolean = () => true,
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
    if (!NUMBER_PHRASE_PATTERN.test(phrase)) continue;
    // "one of the ringleaders" is someone, not a count; nor is the pronoun in "one that …".
    if (/^one\s+of\b/i.test(phrase) || pronounOne(text, at, phrase)) continue;
    // "Halo 2", "Boeing 747": a number after a capitalised word (not a sentence's first) is part of a name.
    if (/^\d/.test(phrase) && partOfName(text, at)) continue;
    if (
      /^(?:19|20)\d\d\b/.test(phrase.replace(/^\D+/, "")) &&
      !/\d[\d,.]*\s*(?:%|bn|m\b)/.test(phrase)
    )
      continue; // a year
    if (dated.some((d) => d.includes(phrase.replace(NUMBER_PHRASE_PATTERN_2, "").toLowerCase())))
      continue;
    // "$1.6 billion flowed": after an amount of money only a currency is part of it.
    if (SUM_FIGURE.test(phrase) && !CURRENCY_END.test(phrase.split(/\s+/).at(-1) ?? ""))
      phrase = phrase.replace(NUMBER_PHRASE_PATTERN_3, "");
    const last = phrase.split(/\s+/).at(-1) ?? "";
    // "35 percent several (years ago)": nothing after a share's unit is counted.
    const afterShare = SHARE_THEN_WORD.test(phrase);
    // "about half of its (staff)": nor a function word after a share in words.
    if (
      afterShare ||
      NON_UNIT.test(last) ||
      (isStopWord(last.toLowerCase()) && (/\d/.test(phrase) || FRACTION_FIGURE.test(phrase)))
    )
      phrase = phrase.slice(0, phrase.length - last.length).trim();
    // "a quarter of (the market)": the "of" of a partitive is not the amount.
    phrase = phrase.replace(/\s+of$/i, "");
    // "the first half of the year": a part of a span of time, no share.
    if (/^half\b/i.test(phrase) && HALF_OF_A_SPAN.test(text.slice(0, at))) continue;
    // "fourfold" tells how much, never how many.
    if (/fold\b/i.test(phrase) && !/\bhow much\b/i.test(question)) continue;
    candidates.push({ phrase, at });
  }
  const q = question.toLowerCase();
  // "How old": an age, or nothing ("one of his" is no age).
  if (/\bhow old\b/.test(q)) {
    const age = AGE_ANY.exec(text)?.[0];
    // "She was 92.": the number is the answer, not the sentence.
    const given = age && /^(?:he|she)\b/i.test(age) ? /\d+/.exec(age)?.[0] : age;
    return given && fits(given) ? given : undefined;
  }
  // "How long": a duration, also in words ("a decade", "several weeks").
  const span = /\bhow long\b/.test(q) ? SPAN.exec(text) : null;
  if (span) return fits(span[0]) ? span[0] : undefined;
  // "How long" asks for a span of time or a length, never a count ("three meetings").
  const wantDuration = /\bhow long\b/.test(q);
  if (wantDuration) {
    const spans = candidates.filter((c) => DURATION.test(c.phrase) || LENGTH.test(c.phrase));
    candidates.splice(0, candidates.length, ...spans);
  }
  // "What is the inflation rate": a percentage, never a count or a sum.
  if (asksRate(focus)) {
    const rates = candidates.filter((c) => PERCENT_FIGURE.test(c.phrase));
    candidates.splice(0, candidates.length, ...rates);
  }
  // "What percentage / proportion / share of …": a share ("41%", "a third", "one in five"), never
  // a count or a sum ("two fast-growing economies", "$5m").
  if (SHARE_ASKED.test(q)) {
    const shares = candidates.filter((c) => shareFigure(text, c));
    candidates.splice(0, candidates.length, ...shares);
  }
  if (!candidates.length) return undefined;
  const wantMoney = /\bhow much\b(?!\s+of\b)|\bcost|price|worth|paid|pay\b/.test(q);
  // "How much of the firm does it own": a share.
  const wantPercent = asksPercent(q);
  // "How much" asks for an amount: money, a share, a quantity with its unit — not a bare number.
  const amounts = /\bhow much\b/.test(q)
    ? candidates.filter(
        (c) =>
          MONEY.test(c.phrase) ||
          shareFigure(text, c) ||
          /\d\s*(?:bn|m|k|kg|km|tonnes?|miles?|points?)\b|\b(?:million|billion|trillion|thousand|hundred)\b|\b(?:tens|hundreds|thousands)\s+of\s+(?:thousands|millions|billions)\b|fold\b/i.test(
            c.phrase,
          ) ||
          // "60 square kilometres of farmland": the unit before what it measures.
          endsInUnit(c.phrase.replace(OF_WHAT_IS_MEASURED, "")),
      )
    : candidates;
  // "How much did it cost / was she paid / did they spend": money, not a share or a count.
  if (/\bhow much\b/.test(q) && asksMoney(q) && !wantPercent) {
    const money = amounts.filter((c) => CASH.test(c.phrase));
    amounts.splice(0, amounts.length, ...money);
  }
  if (!amounts.length) return undefined;
  const focusAt = focus
    ? text
        .toLowerCase()
        .search(
          new RegExp(
            `\\b${focus.slice(0, Math.max(4, focus.length - 2)).replace(NUMBER_PHRASE_PATTERN_4, "")}`,
            "u",
          ),
        )
    : -1;
  const askedWhole = askedTerms(question);
  const afterAsked = numberAfterAsked(text, question);
  const ofName = numberOfAskedName(text, question);
  const score = (c: { phrase: string; at: number }) => {
    let s = 0;
    if (c.at === afterAsked) s += 2;
    if (ofName.has(c.at)) s += 2.5;
    if (wantDuration && DURATION.test(c.phrase)) s += 3;
    if (wantMoney && MONEY.test(c.phrase)) s += 3;
    if (wantPercent && shareFigure(text, c)) s += 3;
    // "how much of the voting rights": the share written before "of" and the asked whole.
    if (wantPercent && ofAskedWhole(textAfter(text, c), askedWhole)) s += 2;
    // "lifted interest rates 0.25% to 5.5%": a rate asked is the level reached, not the step.
    if (asksRate(focus) && /\b(?:to|at|of|is|was|are|were)\s+$/i.test(text.slice(0, c.at))) s += 3;
    if (focus && c.phrase.toLowerCase().includes(focus.slice(0, Math.max(4, focus.length - 2))))
      s += 4;
    if (focusAt >= 0) s -= Math.abs(c.at - focusAt) / 200;
    return s;
  };
  const ranked = amounts.sort((a, b) => score(b) - score(a) || a.at - b.at);
  const phrases = ranked.map((c) => (focus ? withCountedNoun(text, c, focus) : c.phrase));
  if (fits(phrases[0]!)) return phrases[0];
  // Past the best-placed number, only one written with the asked noun itself counts it.
  const key = focus && (processTerm(focus) ?? focus);
  return phrases
    .slice(1)
    .find((p) => key && words(p).some((w) => (processTerm(w) ?? w) === key) && fits(p));
}

/** The text right after a number phrase found at `c.at` ("of the total" after "half"). */
function textAfter(text: string, c: { phrase: string; at: number }): string {
  const start = text.indexOf(c.phrase, c.at);
  return start < 0 ? "" : text.slice(start + c.phrase.length);
}

/**
 * "How much of the staff": a share ("about half", "12%"), or an amount said to be of the asked
 * whole ("$3bn of the debt") — not a sum of something else ("a loss of 27.2m euros in the first
 * half of the year"). True for other questions.
 */
export function partOfAskedWhole(text: string, phrase: string, question: string): boolean {
  if (!/\bhow much of\b/.test(question)) return true;
  const at = text.indexOf(phrase);
  const after = at < 0 ? "" : text.slice(at + phrase.length);
  return isShareFigure(phrase, after) || ofAskedWhole(after, askedTerms(question));
}

/** True when the words after a figure say it is of the asked whole: " of its voting rights". */
function ofAskedWhole(after: string, asked: ReadonlySet<string>): boolean {
  const whole = OF_THE.exec(after)?.[1]?.split(/\s+/) ?? [];
  return whole.some((w) => asked.has(processTerm(w.toLowerCase()) ?? w));
}

/** "Half" after a word that makes it part of a span or a match: "the first half", "a half". */
const HALF_OF_A_SPAN = /\b(?:first|second|latter|last|the|a|an)\s+$/i;

/** The words of the whole a share is of, right after it: " of its voting rights" → "voting rights". */
const OF_THE = /^\s+of\s+(?:(?:the|its|their|his|her|our|all)\s+)?((?:[\p{L}'’-]+\s*){1,3})/u;

/** What an amount measures, after its unit: " of farmland". */
const OF_WHAT_IS_MEASURED = /\s+of\s+[\p{L}-]+$/u;

/** A question that asks for a share by name: "what percentage", "what proportion of", "what share of", "what fraction". */
const SHARE_ASKED =
  /\b(?:what|which)\s+(?:percentage|percent|proportion|share|fraction)\b|\bhow many percent\b/;

/**
 * True when a number phrase at `c` gives a share: a percentage ("41%", "5 per cent"), a
 * fraction ("a third", "two-thirds of", "half of") or a ratio ("one in five") — units.ts
 * isShareFigure on the phrase and the words after it.
 */
export function shareFigure(text: string, c: { phrase: string; at: number }): boolean {
  return isShareFigure(c.phrase, textAfter(text, c));
}

const ENDS_IN_UNIT_PATTERN = /(\p{L}+)$/u;

/**
 * True when an amount ends in a unit of measurement: a noun whose commonest WordNet sense is a
 * quantity ("6 000 megawatts", "3,000 hectares", "40 litres") — "how much" asks for it as for money.
 */
export function endsInUnit(phrase: string): boolean {
  const last = ENDS_IN_UNIT_PATTERN.exec(phrase)?.[1]?.toLowerCase();
  return !!last && /\d/.test(phrase) && isUnitNoun(last);
}

const NUMBER_OF_ASKED_NAME_PATTERN =
  /(?:[£$€¥]\s?)?\d[\d,.]*(?:\s?(?:bn|m|k|%|million|billion|percent|per cent))?\s+(?:in|for|at|of|on|from)\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’-]*\s?){1,3})/gu;

/**
 * Where the numbers of a list that go with a name the question asks about start: "£139,544 in
 * Wales" in "… £192,713 in England; £139,544 in Wales; …" for "how much is a house in Wales".
 * A number whose next words (up to a preposition and the name, no other number between) end
 * in a capitalised word of the question.
 */
export function numberOfAskedName(text: string, question: string): Set<number> {
  const asked = new Set(words(question).filter((w) => !isStopWord(w)));
  const out = new Set<number>();
  for (const m of text.matchAll(NUMBER_OF_ASKED_NAME_PATTERN)) {
    const name = words(m[1] ?? "");
    if (name.some((w) => asked.has(w))) out.add(m.index ?? 0);
  }
  return out;
}

const WITH_COUNTED_NOUN_PATTERN = /^(?:\s+[\p{L}-]+){1,3}/u;

/**
 * The number phrase up to the counted noun when that noun follows within three words ("88
 * junk" → "88 junk funds", "14 past" → "14 past songs"), as written.
 */
export function withCountedNoun(
  text: string,
  c: { phrase: string; at: number },
  focus: string,
): string {
  const start = text.indexOf(c.phrase, c.at);
  if (start < 0) return c.phrase;
  const rest = text.slice(start + c.phrase.length);
  const m = WITH_COUNTED_NOUN_PATTERN.exec(rest);
  if (!m) return c.phrase;
  const ws = m[0].trim().split(/\s+/);
  const key = processTerm(focus) ?? focus;
  const k = ws.findIndex((w) => (processTerm(w.toLowerCase()) ?? w) === key);
  if (k < 0 || ws.slice(0, k).some((w) => isStopWord(w.toLowerCase()) && w !== "of"))
    return c.phrase;
  return `${c.phrase} ${ws.slice(0, k + 1).join(" ")}`;
}

const PRONOUN_ONE_PATTERN = /^-\p{L}/u;
const PRONOUN_ONE_PATTERN_2 = /\p{L}-$/u;

/**
 * True when "one" at `at` is the pronoun, not a count: after a determiner ("the one with
 * Ryan", "each one"), before a relative or "with" ("one that is hardly …", "one who …"), or
 * in a compound ("one-on-one", "one-sided").
 */
export function pronounOne(text: string, at: number, phrase: string): boolean {
  if (!/^one\b/i.test(phrase)) return false;
  const before = text.slice(0, at);
  const after = text.slice(at + 3);
  return (
    /\b(?:the|this|that|each|every|any|no|which|another|but|the only|a)\s+$/i.test(before) ||
    /^\s+(?:that|who|whom|whose|which|with)\b/i.test(after) ||
    PRONOUN_ONE_PATTERN.test(after) ||
    PRONOUN_ONE_PATTERN_2.test(before)
  );
}

/**
 * Where the number that an asked verb takes starts ("which offered 942 million …" for "how
 * much did they offer"): the first number within three words after a lower-case word of the
 * question (not a name, a question or a helping word); -1 when there is none.
 */
export function numberAfterAsked(text: string, question: string): number {
  const asked = askedTerms(question);
  if (!asked.size) return -1;
  for (const m of text.matchAll(LETTER_RUN)) {
    // A verb or noun of the question as the text writes it in lower case: not a name.
    if (!LOWER_FIRST.test(m[0])) continue;
    const t = processTerm(m[0]);
    if (!t || !asked.has(t)) continue;
    const from = (m.index ?? 0) + m[0].length;
    const next = NUMBER_SOON.exec(text.slice(from));
    if (next) return from + next[0].search(NUMBER_AT_END);
  }
  return -1;
}

/*
 * numberAfterAsked's patterns, made once: tsx writes a pattern with \p{…} inside a function as
 * `new RegExp(…)`, compiled again at every call, and it is called for every sentence found.
 */
const LETTER_RUN = /[\p{L}'’-]+/gu;
const LOWER_FIRST = /^\p{Ll}/u;
const NUMBER_SOON = /^(?:\s+[\p{L}'’-]+){0,2}?\s+(?:[£$€¥]|[A-Z]{1,3}\$)?\d/u;
const NUMBER_AT_END = /(?:[£$€¥]|[A-Z]{1,3}\$)?\d$/u;

/** The terms of a question numberAfterAsked looks for: worked out once a question, not once a sentence. */
let lastAsked: { question: string; terms: ReadonlySet<string> } | undefined;
function askedTerms(question: string): ReadonlySet<string> {
  if (lastAsked?.question !== question)
    lastAsked = {
      question,
      terms: new Set(
        words(question)
          .filter(
            (w) =>
              !isStopWord(w) &&
              !COUNT_WORDS.includes(w) &&
              !/^(?:how|did|does|do|is|are|was|were)$/.test(w),
          )
          .map((w) => processTerm(w))
          .filter((t): t is string => t !== null),
      ),
    };
  return lastAsked.terms;
}

/**
 * True when a figure is of the type a question asks for by its own words: for "how many X", written
 * with X ("600,000 connections" for "how many connections") or a count in digits (no sum, share
 * or measure); for "how much", a sum or a share ("how much was she paid": "£90,000"; "how much did
 * sales rise": "5%"); a share where the question asks for one ("what percentage": "41%"). A length
 * for "how much", a price for "how many people" ("just 25p") or "one" is not.
 */
export function figureOfAskedType(
  question: string,
  focus: string | undefined,
  figure: string,
): boolean {
  if (asksPercent(question)) return isShareFigure(figure);
  // "How much was she paid", "how much did sales rise": a sum or a share, not a length or a bare number.
  if (/\bhow much\b/.test(question)) return MONEY.test(figure) || isShareFigure(figure);
  const key = focus && (processTerm(focus) ?? focus);
  if (!key) return false;
  if (words(figure).some((w) => (processTerm(w) ?? w) === key)) return true;
  // "How many jobs": a count, also written with another noun ("1,000 posts" — the kind's own check
  // weighs what it counts), never a sum, a share or a measure ("just 25p", "12%", "6km").
  // In digits: a number word alone may be a pronoun ("in one").
  return (
    /\d/.test(figure) &&
    !MONEY.test(figure) &&
    !PERCENT_FIGURE.test(figure) &&
    !MEASURED.test(figure)
  );
}

/** A figure with a unit after it: pence ("25p"), a length, a weight, a span of time. */
const MEASURED =
  /\d\s*(?:p|pence|km|kg|m|ft|mph|lb|lbs|tonnes?|miles?|metres?|meters?|feet|hours?|days?|weeks?|months?|years?)\b/i;
