/** "Where …", "in which city …": the place in front of the sentence that names it. */
import type { Analysis, Sentence } from "../../../model/analysis.js";
import { isStopWord, words } from "../../../nlp/tokens.js";
import { processTerm } from "../../../search/terms.js";
import { HONORIFICS, TITLE_WORDS } from "../../../nlp/lexicon/titles.js";
import { bold } from "../../reply.js";
import type { QuestionStrategy } from "../strategy.js";
import type { AskContext } from "../core.js";
import { askedVerbs } from "../verbs.js";
import { PLACES } from "../../../nlp/lexicon/places.js";
import { LEGAL_FORMS } from "../../../nlp/lexicon/organisations.js";
import { isCalendarWord, TIME_UNITS, TIME_WORDS } from "../../../nlp/lexicon/calendar.js";
import { MONTH_NAMES, WEEKDAY_NAMES } from "../../../nlp/dates/words.js";
import { nounKinds } from "../../../nlp/lexicon/wordnet.js";
import { otherRank } from "./which.js";
import { PLACE_ABBREVIATIONS } from "../../../nlp/lexicon/compromise-tags.js";
import { weights } from "../weights.js";

export const whereStrategy: QuestionStrategy = {
  kind: "where",
  recognise(t) {
    if (
      !/^(?:where|in\s+which\s+(?:city|country|town|place)|in\s+what\s+(?:city|country|town|place)|what\s+(?:city|country|town|place))\b/.test(
        t,
      )
    )
      return undefined;
    // "in which city": the rank of place asked for, which an answer must not contradict.
    const rank = /^(?:in\s+)?(?:which|what)\s+(city|country|town)\b/.exec(t)?.[1];
    return {
      kind: "where",
      rest: t.replace(/^(?:where|in\s+\w+\s+\w+|what\s+\w+)\s*/, ""),
      ...(rank ? { focus: rank } : {}),
    };
  },
  drop: ["place", "city", "country", "town", "located"],
  get prefer() {
    return { place: weights.preferPlace };
  },
  bonus: (ctx, a, s, asked) =>
    (placeIn(a, s, asked)
      ? placeTiedToQuestion(s.text, tyingWords(ctx, asked))
        ? weights.wherePlaceTied
        : weights.wherePlace
      : 0) - (pastOneAsked(ctx.question.text, s.text, a.article.date) ? 0.1 : 0),
  lead(ctx, { analysis, sentence }, asked) {
    const place = placeIn(analysis, sentence, asked);
    // "In which city …": a state or a country is no answer ("The Florida senator …").
    if (!place || wrongRank(place, ctx.parsed.focus)) return undefined;
    return [bold(place), ":"];
  },
  // "Where" needs a place: sentences that name none do not say where. A city, town or country is
  // named: a place phrase without a name ("in his car") does not say which.
  mustSay: {
    what: (ctx) => (ctx.parsed.focus ? `which ${ctx.parsed.focus}` : "where"),
    said: (ctx, hits, anyLead) =>
      anyLead ||
      (!ctx.parsed.focus &&
        hits.some((h) =>
          locativeAfterAsked(h.sentence.text, tyingWords(ctx, new Set(words(ctx.parsed.rest)))),
        )),
  },
};

/**
 * A place of another rank than the one asked for ("in which city": WordNet files Florida under
 * states), or an abbreviation compromise lists for places (lexicon/compromise-tags.ts: states,
 * provinces and street types — "Fla.", "Ont.", "Ave."), which is never a city or a country.
 */
export function wrongRank(place: string, rank: string | undefined): boolean {
  if (!rank) return false;
  if (PLACE_ABBREVIATIONS.has(place.toLowerCase().replace(/\.$/, ""))) return true;
  return otherRank(place, rank === "town" ? "city" : rank);
}

const PAST_ONE_ASKED_PATTERN = /\b((?:1[89]|20)\d\d)\s+([\p{L}-]+)/gu;

/**
 * True when a question in the present or future ("where is the convention") meets a sentence
 * about a past one of the asked thing, named by an earlier year: "its 2012 convention in Tampa"
 * in an article of 2016 is not where the convention is.
 */
export function pastOneAsked(question: string, text: string, published?: string): boolean {
  if (!/^where\s+(?:is|are|will|s)\b/.test(question) || /\b(?:1[89]|20)\d\d\b/.test(question))
    return false;
  const asked = new Set(
    words(question)
      .filter((w) => !isStopWord(w))
      .map((w) => processTerm(w) ?? w),
  );
  const now = Number(published?.slice(0, 4)) || Infinity;
  for (const m of text.matchAll(PAST_ONE_ASKED_PATTERN)) {
    const year = Number(m[1]);
    if (year < now && asked.has(processTerm(m[2]!.toLowerCase()) ?? "")) return true;
  }
  return false;
}

const PLACE_IN_PATTERN = /(?:\s+\p{Lu}\p{Ll}+)+$/u;

/** A month's or a weekday's name, which "in/on <Name>" may take: no place. */
const CALENDAR_NAME = new RegExp(`^(?:the\\s+)?(?:${MONTH_NAMES}|${WEEKDAY_NAMES})$`);

/**
 * A place the sentence names that the question does not: a place entity, else "in/at/to
 * <Name>". The place the asked verb takes comes first ("where does he live": "…, who now lives
 * in Afghanistan", not the other places of the sentence).
 */
export function placeIn(
  analysis: Analysis,
  sentence: Sentence,
  asked: Set<string>,
): string | undefined {
  // "the" of "at the Jomo Kenyatta airport" is no word of the question's.
  const fresh = (name: string) => !words(name).some((w) => asked.has(w) && !isStopWord(w));
  const places = analysis.entities.filter(
    (e) => e.kind === "place" && e.mentions.includes(sentence.index) && fresh(e.name),
  );
  // A name after "in", "at", "to" …: a known place first, then any capitalised name.
  const matches = placePhrases(sentence.text);
  // "in Miami Wednesday": the day after a place is no part of its name.
  const named = (m: RegExpMatchArray) =>
    (m[1] ?? "").replace(PLACE_IN_PATTERN, (tail) =>
      tail.split(/\s+/).every((w) => !w || isCalendarWord(w)) ? "" : tail,
    );
  const usable = (n: string) => !!n && fresh(n) && !byTitle(n) && !CALENDAR_NAME.test(n);
  // "the village of Kellerton, where the boat landed": the place "where" refers to, for "where did the boat land".
  const before = placeBeforeWhere(sentence.text, asked);
  if (before && usable(before)) return before;
  // The place the asked verb takes ("found in Kellerton, police in the New York area said") first.
  const after = matches.filter((m) => usable(named(m)) && !personNamed(analysis, named(m)));
  const tied = after.find(
    (m) => askedVerbJustBefore(sentence.text, m.index ?? 0, asked) && placeLike(analysis, m),
  );
  if (tied) return named(tied);
  const known = after.find((m) =>
    places.some(
      (p) => named(m).includes(p.name) || p.name.includes(named(m).replace(/^the\s+/, "")),
    ),
  );
  if (known) return named(known);
  const listed = after.find((m) => inGazetteer(named(m)));
  if (listed) return named(listed);
  const likely = after.find((m) => placeLike(analysis, m));
  if (likely) return named(likely);
  return (
    places.find((p) => sentence.text.includes(p.name))?.name ??
    namedPlaces(sentence.text).find((n) => fresh(n) && !byTitle(n))
  );
}

const NAMED_PLACES_PATTERN = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/gu;

/** Capitalised names a gazetteer lists, wherever the sentence has them ("the Iowa caucuses", "Ohio's governor"). */
function namedPlaces(text: string): string[] {
  return [...text.matchAll(NAMED_PLACES_PATTERN)]
    .map((m) =>
      m[0]
        .replace(/['’]s$/u, "")
        .split(/\s+/)
        .filter((w, k) => k > 0 || !isStopWord(w.toLowerCase()))
        .join(" "),
    )
    .filter((n) => n && inGazetteer(n));
}

/**
 * A place by a gazetteer: compromise's places (lexicon/places.ts) or a name WordNet files under
 * locations ("Montreal", "Rajasthan", "New Hampshire").
 */
export function inGazetteer(name: string): boolean {
  const bare = name.replace(/^the\s+/i, "").toLowerCase();
  if (PLACES.has(bare)) return true;
  return nounKinds(bare.replace(/\s+/g, "_"))[0] === "location";
}

/** The asked words' search stems, function words left out. */
function contentStems(asked: Set<string>): Set<string> {
  return new Set([...asked].filter((w) => !isStopWord(w)).map((w) => processTerm(w) ?? w));
}

const PLACE_BEFORE_WHERE_PATTERN =
  /(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)*),\s+where\s+([^,;:.!?]+)/gu;
const LETTER_RUNS = /[\p{L}'’-]+/gu;
const STARTS_LOWER = /^\p{Ll}/u;

/**
 * The place a relative "where" refers to, when its clause says an asked word: "Kellerton" in
 * "the village of Kellerton, where the boat landed in 1956" for "where did the boat land".
 */
export function placeBeforeWhere(text: string, asked: Set<string>): string | undefined {
  const stems = contentStems(asked);
  for (const m of text.matchAll(PLACE_BEFORE_WHERE_PATTERN)) {
    const clause = [...(m[2] ?? "").matchAll(LETTER_RUNS)].map((w) => w[0]);
    if (clause.some((w) => STARTS_LOWER.test(w) && stems.has(processTerm(w) ?? w))) return m[1];
  }
  return undefined;
}

/**
 * A capitalised name after a preposition that is likely a place though no gazetteer lists it:
 * after "in", "at", "near", "outside" or "inside" (not "to" or "from": "wrote to the Senate",
 * "competition from Acme Corp."), not (part of) a person's name the article gives (a place
 * named after one is a place: "the Harry S. Truman Library"), nor a company by its legal
 * form ("shares in Acme Corp.").
 */
function placeLike(analysis: Analysis, m: RegExpMatchArray): boolean {
  const name = (m[1] ?? "").replace(/^the\s+/i, "");
  if (personNamed(analysis, name)) return false;
  if (inGazetteer(name)) return true;
  if (!/^(?:in|at|near|outside|inside)\s/i.test(m[0])) return false;
  const last = name.split(/\s+/).at(-1)?.toLowerCase() ?? "";
  return !COMPANY_ENDINGS.has(last.replace(/\.$/, ""));
}

/**
 * A name that is (part of) a person's name the article gives ("to Reno" for Janet Reno): no
 * place, though a gazetteer lists it; a place named after one is a place ("the Harry S. Truman
 * Library").
 */
function personNamed(analysis: Analysis, name: string): boolean {
  const bare = name.replace(/^the\s+/i, "");
  return analysis.entities.some(
    (e) => e.kind === "person" && (e.name === bare || e.name.split(/\s+/).includes(bare)),
  );
}

/** The words that end a company's name ("Acme Corp.", "Vireo Holdings plc"): a body, never a place. */
const COMPANY_ENDINGS = new Set([...LEGAL_FORMS, "companies", "group"]);

/** Prepositions of place, and what after them is no place ("in April", "at least", "in order to"). */
const LOCATIVE =
  /^(?:in|at|near|outside|inside|on|across|into|beside|behind|under|off|along|around)$/;
const NOT_PLACE =
  /^(?:order|response|addition|fact|part|particular|turn|general|favou?r|support|charge|least|most|behalf|first|all|time|times|case|effect|end|way|hand|record|place|front|return|question|recent|past|last|next|this|that|these|those|which|what|whose)$/;

const LOCATIVE_AFTER_ASKED_PATTERN = /[\p{L}\p{N}'’-]+/gu;

/**
 * A place phrase as written without a name ("buried near the doctor's house", "found in his
 * car"): a preposition of place within six words after an asked word, and a noun after it that
 * is no time, number or idiom. Enough for "where" when no named place answers.
 */
export function locativeAfterAsked(text: string, asked: Set<string>): boolean {
  const stems = contentStems(asked);
  const ws = [...text.matchAll(LOCATIVE_AFTER_ASKED_PATTERN)].map((m) => m[0]);
  return ws.some((w, i) => {
    if (!STARTS_LOWER.test(w) || !stems.has(processTerm(w) ?? w)) return false;
    return ws.slice(i + 1, i + 7).some((p, k) => {
      if (!LOCATIVE.test(p)) return false;
      // "at Tuesday's debate": a possessive time word is a time, no place.
      const after = ws
        .slice(i + 2 + k, i + 5 + k)
        .map((x) => x.toLowerCase().replace(/['’]s$/, ""))
        .find((x) => !/^(?:the|a|an|his|her|its|their|our|my|your)$/.test(x));
      return (
        !!after &&
        !NOT_PLACE.test(after) &&
        !/^\d/.test(after) &&
        !isCalendarWord(after) &&
        !TIME_UNITS.has(after) &&
        !TIME_WORDS.has(after)
      );
    });
  });
}

/**
 * The words a place answering the question follows: its verbs ("where was the car *found*"),
 * else all its words ("where was the press *conference*").
 */
function tyingWords(ctx: AskContext, asked: Set<string>): Set<string> {
  const verbs = askedVerbs(ctx.parsed.rest);
  return verbs.length ? new Set(verbs) : asked;
}

/** A person's name by its first word, an honorific or a title ("outside Dr. Slepian's home", "to President Obama"). */
function byTitle(name: string): boolean {
  const first = words(name)[0] ?? "";
  return !!HONORIFICS[first] || TITLE_WORDS.has(first);
}

const PLACE_PHRASES_PATTERN =
  /\b(?:in|at|from|to|near|outside|inside|into|across)\s+((?:the\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.(?=\s+\p{Lu}))?(?:\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.(?=\s+\p{Lu}))?)*)/gu;
const PLACE_PHRASES_PATTERN_2 =
  /(?<![\p{L}-])(?!(?:The|A|An)\s)(\p{Lu}[\p{L}'’.]+(?:\s+\p{Lu}[\p{L}'’.]+)*)-(?:based|headquartered)\b/gu;

/** "in <Name>", "at the <Name>" …: a capitalised name after a preposition of place, or before "-based"; not a possessive. */
function placePhrases(text: string): RegExpMatchArray[] {
  return [
    ...text.matchAll(PLACE_PHRASES_PATTERN),
    // "the Montreal-based firm", "a Paris-headquartered bank": the place a body is based in.
    ...text.matchAll(PLACE_PHRASES_PATTERN_2),
    // "at Cruz's rally in Miami": a possessive name owns the noun after it, no place.
  ]
    .filter((m) => !/['’]s$/u.test(m[1] ?? ""))
    .flatMap((m) => withoutDayOwner(m));
}

const WITHOUT_DAY_OWNER_PATTERN = /^((?:the\s+)?(\p{Lu}\p{Ll}+)['’]s\s+)/u;

/**
 * "at Tuesday's Republican debate": a day or month that owns the name after it dates an event,
 * and what follows it is a place only when a gazetteer lists it ("in Tuesday's New Hampshire
 * primary"); the match with the time word cut off, or none.
 */
function withoutDayOwner(m: RegExpMatchArray): RegExpMatchArray[] {
  const owner = WITHOUT_DAY_OWNER_PATTERN.exec(m[1] ?? "");
  if (!owner || !isCalendarWord(owner[2]!.toLowerCase())) return [m];
  const rest = (m[1] ?? "").slice(owner[1]!.length);
  if (!inGazetteer(rest)) return [];
  const cut = Object.assign([m[0], rest], { index: m.index, input: m.input }) as RegExpMatchArray;
  return [cut];
}

/** A place phrase right after a word of the question ("a press conference at the Kenyatta airport"). */
function placeTiedToQuestion(text: string, asked: Set<string>): boolean {
  return placePhrases(text).some((m) => askedVerbJustBefore(text, m.index ?? 0, asked));
}

/** A lower-case word of the question (by stem: "lives" for "live") within the three words before `at`. */
function askedVerbJustBefore(text: string, at: number, asked: Set<string>): boolean {
  const stems = contentStems(asked);
  const before = [...text.slice(0, at).matchAll(LETTER_RUNS)].slice(-3).map((m) => m[0]);
  return before.some((w) => STARTS_LOWER.test(w) && stems.has(processTerm(w) ?? w));
}
