/**
 * Which way a date's clause points: to the past ("resigned on March 20"), to the future
 * ("will be outlined on Monday", "scheduled for June 9"), or to a present that could be either
 * ("takes place on 5 May", "are betting on 5 May"). The nearest verb cue before the date
 * decides; when the date opens its clause, the words after it do.
 */
import { hasOwnPast, isIrregularBase, lemma } from "../lexicon/irregular-verbs.js";
import { introducesClause, isSpeechVerb, takesNounObject } from "../lexicon/reporting-verbs.js";
import { commonerAsVerb, dictionaryForms, isWordAs, verbSenseUnder } from "../lexicon/wordnet.js";
import { termVerb } from "./term-verbs.js";

/**
 * "near": a plan reported in the past ("was set to speak Saturday") whose day may lie on either
 * side of the article's: the nearest such day.
 */
/**
 * "either": an act decided, ordered or planned ("agreed to sell it in March", "asked him to
 * testify on Monday") that may lie on either side of the article's day: a year-less month or
 * day takes the nearest year; a weekday, as in a present clause, the coming one.
 */
export type Tense = "past" | "future" | "present" | "near" | "either";
/**
 * "unknown": no verb cue either way. "limit": a past verb sets a limit or a term ("extended to
 * Nov. 20", "effective Feb. 1", "through January") that may lie on either side of the article.
 */
export type ClauseTense = Tense | "unknown" | "limit";

const FUTURE_WORDS = new Set([
  "will",
  "shall",
  "won't",
  "won’t",
  "due",
  "next",
  "upcoming",
  "forthcoming",
  "planning",
  "intends",
  "intend",
  "would",
  "ahead",
  "slated",
  "timetabled",
  "tomorrow",
  "soon",
  // "the looming showdown in July", "an impending vote on Monday": what is about to come.
  "looming",
  "impending",
  // "Let's beat them in November": a proposal of what to do.
  "let's",
  "let’s",
]);
/** "to" after these marks a future: "plans to", "is set to", "is due to". */
const TO_FUTURE = new Set([
  "plans",
  "plan",
  "aims",
  "aim",
  "hopes",
  "hope",
  "set",
  "going",
  "is",
  "are",
  "due",
  "intends",
  "intend",
  "wants",
  "want",
  "expects",
  "expect",
  "likely",
  "poised",
  "bound",
  "expected",
  "scheduled",
  // "footfall forecast to peak in mid-December", "is projected to reach 5% in June": a forecast.
  "forecast",
  "forecasts",
  "projected",
  "predicted",
  "tipped",
  // "promises to cut taxes in January", "vows to return in March": a present pledge of an act to come.
  "promises",
  "pledges",
  "vows",
  "threatens",
  "seeks",
]);
/** Past cues beside the irregular past forms the lexicon knows ("took", "held", "left"). */
const PAST_WORDS = new Set(
  "said told was were had did hit cut since ago last previously earlier".split(" "),
);
const PRESENT_WORDS = new Set([
  "is",
  "are",
  "am",
  "takes",
  "starts",
  "begins",
  "opens",
  "ends",
  "closes",
  "runs",
  "meets",
  "goes",
  "comes",
  "falls",
  "kicks",
  "betting",
  "happens",
  "continues",
  "remains",
  "expires",
  "lasts",
]);
const WEEKDAY_START = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/;

const PAST_COPULA = /^(?:was|were)$/;

/**
 * "had been due to expire Friday", "had previously been scheduled for Monday": a plan the past
 * perfect reports (since changed, or passed) may lie on either side of the article's day, as a
 * plan reported with "was" may; `j` is the place of "been".
 */
function pastPerfect(ws: string[], j: number): boolean {
  if (ws[j] !== "been") return false;
  let k = j - 1;
  while (k >= 0 && ADVERB.test(ws[k]!)) k--;
  return ws[k] === "had" || /^\w+['’]d$/.test(ws[k] ?? "");
}

/** -ed words that point forward. */
const FUTURE_ED = new Set(["scheduled", "expected", "planned", "slated", "timetabled", "intended"]);

/**
 * Past verbs of deciding or promising an act to come ("agreed to buy"), unlike verbs whose act
 * happened with them ("failed to appear", "voted to approve", "refused to testify").
 */
const COMMITTED =
  /^(?:decid|agre|plann|promis|pledg|vow|offer|propos|threaten|prepar|arrang|hop|aim|intend|want)ed$/;

/**
 * A verb of deciding or promising right before the "to" at `i`, or before a phrase of when or where
 * it was decided ("agreed at their June meeting to meet again in October", "decided on Tuesday to
 * close the plant in March"): a preposition, then words with no verb of their own.
 */
function committedBefore(ws: string[], i: number): boolean {
  if (COMMITTED.test(ws[i - 1] ?? "")) return true;
  for (let k = i - 3; k >= Math.max(0, i - 6); k--) {
    if (!COMMITTED.test(ws[k] ?? "")) continue;
    const phrase = ws.slice(k + 1, i);
    return (
      /^(?:at|in|on|during|after|before|last|this|earlier|late|early)$/.test(phrase[0]!) &&
      !phrase.some(
        (x, j) =>
          (isPastVerb(phrase, j) && !/^(?:last|earlier)$/.test(x)) || x === "to" || x === "that",
      )
    );
  }
  return false;
}

/**
 * Verbs that ask or let someone else act: the act after their "to" comes later ("asked him to
 * testify on …", "allows them to win in November"; a court's "remanded him to appear on March 19",
 * "bailed to return on Friday").
 */
const ORDERED =
  /^(?:(?:order|ask|subpoena|summon|invit|urg|requir|direct|instruct|forc|compel|call|challeng|encourag|allow|authoriz|authoris|remand|bail)(?:ed|e?s)|told|tells)$/;

/** What a spokesman "would not" do when asked: say, comment, confirm … */
const REFUSED =
  /^(?:say|comment|confirm|deny|discuss|elaborate|disclose|answer|specify|reveal|name|identify|speculate)$/;

/** Nouns of a plan or a promise: the act after their "to" may lie ahead ("an agreement to buy …"). */
const PLAN_NOUN =
  /^(?:agreement|plan|plans|deal|proposal|decision|pledge|promise|intention|commitment|timetable)$/;

/** Words that make the date after them a limit or a term rather than when the verb happened. */
/** ("to close them by the end of March", "by mid-June": the limit is the date's part; not "owed through the end of June", the end of a period.) */
const LIMIT =
  /\b(?:to|until|till|by|through|effective|payable|of record|expires?|due)\s+$|\b(?:by|until|till)\s+(?:the\s+)?(?:(?:end|start|beginning|middle)\s+of\s+(?:the\s+)?|(?:early|mid|late)[-\s]+)?$/i;

/** A limit word opening the sentence before its date: "By December, …", "Until early May, …". */
const OPENING_LIMIT =
  /^\W*(?:by|until|till|through)\s+(?:the\s+)?(?:(?:end|start|beginning|middle)\s+of\s+(?:the\s+)?|(?:early|mid|late)[-\s]+)?$/i;

/** A stretch of time up to the date after it: "the year to March", "the 12 months through June". */
const PERIOD_END =
  /\b(?:year|months|weeks|days|quarter|half|period|fortnight)\s+(?:to|through|until|till)\s+$/i;

/** Modals of what may be, beside "will" and "would" (FUTURE_WORDS). */
const MODAL = /^(?:may|might|could|can|should|must)$/;

/** Adverbs inside a verb group: "would still be held", "will probably be named". */
const ADVERB = /^(?:\w+ly|still|also|not|never|now|then|soon|only|first|already|again|yet|even)$/;

const FUNCTION_WORD =
  /^(?:a|an|the|on|in|at|to|by|for|of|from|with|and|or|but|his|her|its|their|our|this|that|these|those|last|next|it|them|him)$/;

/** "the last week of", "the last two days of": "last" as an ordinal inside what follows "of". */
const ORDINAL_LAST =
  /\bthe\s+last\s+(?:\w+\s+)?(?:days?|weeks?|weekends?|months?|quarters?)\s+of\b/g;

const CLAUSE_BREAK = /[;:()—–]|,(?=\s)/g;

/** A date with at most this many words before it in its clause opens the clause ("On Friday, …"). */
const OPENING_WORDS = 3;

/**
 * Lower-case words; a capitalised word inside the text is a name ("United", "Red Cross",
 * "Paris"), not a verb: an -ed one is dropped, others keep their capital.
 */
function words(text: string): string[] {
  // "the delegate-packed primary", "a state-owned bank": an -ed word joined to a noun before it
  // describes the next noun; it is no verb ("re-elected", "co-founded": a prefix, still a verb).
  const plain = text.replace(/\b([A-Za-z]{4,})-[A-Za-z]+ed\b/g, "$1");
  const ws = (plain.match(/[A-Za-z’']+/g) ?? []).map((w, i) =>
    i > 0 && /^[A-Z]/.test(w) ? (/ed$/.test(w) ? "" : w) : w.toLowerCase(),
  );
  return ws.flatMap((w, i) => contraction(w, ws[i + 1]) ?? [w]);
}

/**
 * "I'm flying", "we're meeting", "she's leaving": a pronoun's contracted "am", "are" or "is" (a
 * quote's present progressive, which speaks of what is arranged) as two words. "'s" only before an
 * -ing word ("she's left" is "she has left").
 */
function contraction(w: string, next: string | undefined): string[] | undefined {
  const x = /^(i|you|we|they|he|she|it|that|there|who|what)['’](m|re|s)$/.exec(w);
  if (!x) return undefined;
  if (x[2] === "s" && !/^[a-z]{2,}ing$/.test(next ?? "")) return undefined;
  return [x[1]!, x[2] === "m" ? "am" : x[2] === "re" ? "are" : "is"];
}

/** An -ed word that describes a noun: "a still unspecified date", "the proposed merger", "an unexpected vote". */
function adjectiveEd(ws: string[], i: number): boolean {
  const w = ws[i]!;
  const next = ws[i + 1];
  // "unspecified date", but "unveiled the chip", "was unveiled on Monday".
  if (/^un/.test(w) && next && !FUNCTION_WORD.test(next)) return true;
  const prev = ws[i - 1] ?? "";
  const prevNonAdverb = ADVERB.test(prev) ? (ws[i - 2] ?? "") : prev;
  // "shootings that injured doctors": after a plural noun, "that" is a relative pronoun.
  if (prev === "that" && pluralNoun(ws[i - 2] ?? "")) return false;
  return /^(?:a|an|the|its|his|her|their|our|this|that|these|those)$/.test(prevNonAdverb);
}

/** A word that looks like a plural noun ("voters", "shootings"), not a verb or function word ending in -s. */
function pluralNoun(w: string): boolean {
  return (
    /[a-z][^s]s$/.test(w) &&
    !FUNCTION_WORD.test(w) &&
    !PAST_WORDS.has(w) &&
    !/^(?:is|was|has|does|its|his|this|thus|us|as)$/.test(w)
  );
}

/**
 * "said it will redeem 9.5 million preferred shares on Oct. 31": a regular -ed word before a noun,
 * after a verb group that points ahead, describes the noun; the verb group decides.
 */
function describesNounAfterVerb(ws: string[], i: number): boolean {
  const w = ws[i]!;
  const next = ws[i + 1];
  if (!/ed$/.test(w) || PAST_WORDS.has(w) || lemma(w) !== w) return false;
  if (!next || !/^[a-z]+$/.test(next) || FUNCTION_WORD.test(next)) return false;
  const window = ws.slice(Math.max(0, i - 8), i);
  return window.some(
    (x, k) =>
      /^(?:will|shall|would)$/.test(x) ||
      /['’]ll$/.test(x) ||
      (x === "to" && TO_FUTURE.has(window[k - 1] ?? "")),
  );
}

/**
 * A plural present, as news writes what is on a calendar ("voters go to the polls on Nov. 8",
 * "Netanyahu and Arafat meet Monday"): the base form of an irregular verb after a plural noun,
 * a name or a plural pronoun.
 */
function pluralPresent(ws: string[], i: number): boolean {
  const prev = ws[i - 1] ?? "";
  if (!isIrregularBase(ws[i]!) || afterPossessive(ws, i)) return false;
  return /^(?:they|we|you|i)$/.test(prev) || /^[A-Z][a-z]/.test(prev) || pluralNoun(prev);
}

/**
 * "voters who go to the polls in November", "states that host contests in March": the base form
 * of a verb (WordNet's) after "who", "that" or "which" and a plural noun or a name is a relative
 * clause's plural present, whatever the tense of the clause round it.
 */
function relativeClausePresent(ws: string[], i: number): boolean {
  const w = ws[i]!;
  const antecedent = ws[i - 2] ?? "";
  return (
    /^(?:who|that|which)$/.test(ws[i - 1] ?? "") &&
    (pluralNoun(antecedent) || /^[A-Z][a-z]/.test(antecedent)) &&
    /^[a-z]{2,}$/.test(w) &&
    !/(?:ed|ing|ly|s)$/.test(w) &&
    !FUNCTION_WORD.test(w) &&
    !ADVERB.test(w) &&
    lemma(w) === w &&
    isWordAs(w, "verb")
  );
}

/** "Cruz's Iowa win", "the party's bid": after a possessive (and the names that qualify it) comes a noun. */
function afterPossessive(ws: string[], i: number): boolean {
  let j = i - 1;
  while (j > 0 && /^[A-Z]/.test(ws[j]!) && !/['’]s$/.test(ws[j]!)) j--;
  return /^\w+['’]s$/.test(ws[j] ?? "");
}

function isPastVerb(ws: string[], i: number): boolean {
  const w = ws[i]!;
  return (
    PAST_WORDS.has(w) ||
    // "sales rose 3%": the lexicon leaves "rose" out as a noun; after no determiner it is the verb.
    (w === "rose" &&
      !/^(?:a|the|this|that|every|one|red|white|pink|yellow)$/.test(ws[i - 1] ?? "")) ||
    lemma(w) !== w ||
    // "died", "sued", "tied": a short -ed verb whose stem ends in a vowel ("need", "shed" do not).
    ((w.length > 4 || /^[a-z][aiouy]ed$/.test(w)) && /ed$/.test(w) && !adjectiveEd(ws, i))
  );
}

/**
 * "when he speaks on Thursday", "once they meet in March": in a clause of time, the present
 * speaks of what is to come.
 */
function presentInClauseOfTime(ws: string[], i: number): boolean {
  if (!/^(?:when|once|whenever)$/.test(ws[i - 2] ?? "")) return false;
  const subject = ws[i - 1] ?? "";
  const verb = ws[i]!;
  if (/^(?:he|she|it)$/.test(subject) || /^[A-Z][a-z]/.test(subject))
    return /^[a-z]+[^s']s$/.test(verb) && !PAST_WORDS.has(verb) && !FUNCTION_WORD.test(verb);
  return (
    /^(?:they|we|you|i)$/.test(subject) &&
    isInfinitive(verb) &&
    !/ed$/.test(verb) &&
    !PAST_WORDS.has(verb) &&
    lemma(verb) === verb
  );
}

/** An -s verb after "and"/"but" that is more often a verb than a noun ("returns", "heads"), not before a verb or a date's noun. */
function coordinatedPresent(ws: string[], i: number): boolean {
  const w = ws[i]!;
  if (!thirdPersonPresent(w) || FUNCTION_WORD.test(w) || PRESENT_WORDS.has(w)) return false;
  return dictionaryForms(w).some((f) => f !== w && commonerAsVerb(f));
}

/** "votes", "says", "holds": a verb's -s form (not "is", "was", "has", "does": auxiliaries and past). */
function thirdPersonPresent(w: string): boolean {
  return (
    /^[a-z]+[^s'’]s$/.test(w) &&
    !FUNCTION_WORD.test(w) &&
    !PAST_WORDS.has(w) &&
    !/^(?:is|was|has|does|its|his|this|thus|us|as|always|perhaps|afterwards|sometimes|besides|nevertheless|less|unless)$/.test(
      w,
    )
  );
}

/** The word at `i` may be an infinitive, or the words read end before it. */
function infinitiveOrCut(ws: string[], i: number): boolean {
  while (i < ws.length && ADVERB.test(ws[i]!) && ws[i] !== "not") i++; // "expects to nearly double"
  return i >= ws.length || isInfinitive(ws[i]);
}

/** A lower-case word after "to" that is not a determiner: "to admit", not "to the" or "to Paris". */
function isInfinitive(word: string | undefined): boolean {
  return (
    !!word &&
    /^[a-z]+$/.test(word) &&
    !FUNCTION_WORD.test(word) &&
    !/ly$/.test(word) &&
    // "to bring", "to sing": an -ing that is the verb's own base, not a gerund
    (!/ing$/.test(word) || isIrregularBase(word))
  );
}

/** The nearest verb cue among the `limit` words before `end` (the words after it are context only). */
/**
 * `relative`: the date's own clause, read for a relative clause's present (not for a weekday:
 * "Republicans who oppose him on Capitol Hill Thursday" is when the main clause's act happened).
 */
function tenseOf(
  ws: string[],
  limit: number,
  end = ws.length,
  relative = false,
): Tense | undefined {
  for (let i = end - 1; i >= Math.max(0, end - limit); i--) {
    const w = ws[i]!;
    if (presentInClauseOfTime(ws, i)) return "future";
    // "was due to file by March 15", "were set to vote on Monday": a plan reported in the past.
    // (Not "due to the storm", "going to Paris": "to" before a noun is a preposition.)
    if (w === "to" && TO_FUTURE.has(ws[i - 1] ?? "") && infinitiveOrCut(ws, i + 1))
      return PAST_COPULA.test(ws[i - 2] ?? "") || pastPerfect(ws, i - 2) ? "near" : "future";
    // "decided to admit them in March", "planned to leave on Thursday": a past decision about an
    // act after it, which may still lie ahead.
    if (w === "to" && committedBefore(ws, i) && isInfinitive(ws[i + 1])) return "either";
    // "announced an agreement to acquire the bank in January", "subpoenaed him to testify on
    // Feb. 10": the act planned or ordered, not the announcement.
    if (
      w === "to" &&
      isInfinitive(ws[i + 1]) &&
      (PLAN_NOUN.test(ws[i - 1] ?? "") ||
        ws.slice(Math.max(0, i - 4), i).some((x) => ORDERED.test(x)))
    )
      return "either";
    // "wouldn't say Tuesday", "would not comment on Monday": a refusal reported, not a future.
    if (
      REFUSED.test(w) &&
      (/^(?:wouldn['’]t|couldn['’]t)$/.test(ws[i - 1] ?? "") ||
        (ws[i - 1] === "not" && /^(?:would|could)$/.test(ws[i - 2] ?? "")))
    )
      return "past";
    if (w === "'ll" || w === "’ll" || /['’]ll$/.test(w)) return "future";
    // "what Clinton could do to win them in November", "the impact it may have in March": a modal
    // before a bare verb speaks of what may come ("could not attend", "may have left", "could
    // hear gunfire": a past ability or a guess about the past, look back).
    if (
      MODAL.test(w) &&
      isInfinitive(ws[i + 1]) &&
      !/^(?:not|never|only|see|hear|feel|smell|remember|understand)$/.test(ws[i + 1] ?? "") &&
      !(ws[i + 1] === "have" && /ed$|en$/.test(ws[i + 2] ?? ""))
    )
      return "future";
    if (w === "next" && ws[i + 1] === "to") continue; // "next to the embassy"
    // "soon after Sunday's attack": a preposition, not a future.
    if (w === "soon" && /^(?:after|afterwards|thereafter)$/.test(ws[i + 1] ?? "")) continue;
    if (w === "due" && ws[i + 1] === "to" && !infinitiveOrCut(ws, i + 2)) continue; // "due to the storm"
    if (FUTURE_WORDS.has(w))
      return w === "due" && (PAST_COPULA.test(ws[i - 1] ?? "") || pastPerfect(ws, i - 1))
        ? "near"
        : "future";
    // "South Carolina, which votes Feb. 27", "he says": a third-person present after its subject
    // (not "it": "it looks likely that … will slow" is a frame round another clause)
    // (not "in which organizers": after a preposition, "which" is no subject).
    if (
      (/^(?:he|she)$/.test(ws[i - 1] ?? "") ||
        (/^(?:which|who)$/.test(ws[i - 1] ?? "") && !FUNCTION_WORD.test(ws[i - 2] ?? ""))) &&
      thirdPersonPresent(w) &&
      ws[i + 1] !== "to" // "it expects to …": the "to" decides
    )
      return "present";
    // "flew to Lisbon on Monday and returns home on Friday": a verb phrase joined by "and" or
    // "but" has its own tense; an -s verb there (one more often a verb than a noun: not "sales
    // and returns") is the subject's present.
    if (/^(?:and|but)$/.test(ws[i - 1] ?? "") && coordinatedPresent(ws, i)) return "present";
    // "is scheduled for", "a planned visit"; but "the government planned to …" is a past plan.
    if (
      FUTURE_ED.has(w) &&
      !(ws[i + 1] === "to" && !/^(?:is|are|am|be|been|was|were)$/.test(ws[i - 1] ?? ""))
    )
      return pastPerfect(ws, i - 1) ? "near" : "future";
    const past = isPastVerb(ws, i) && !describesNounAfterVerb(ws, i);
    if (
      past ||
      PRESENT_WORDS.has(w) ||
      pluralPresent(ws, i) ||
      (relative && relativeClausePresent(ws, i))
    ) {
      // A verb group with a future auxiliary: "will be outlined", "is to be held", "would have ended".
      const group = ws.slice(Math.max(0, i - 4), i);
      const aux = group.filter((x) => !ADVERB.test(x)).join(" ");
      // "could not be reached for comment Saturday", "would not be drawn on Monday": a try
      // that failed, reported; no future.
      if (
        /\b(?:could|would)(?: not| never)(?: be| have been| have)?$|\b(?:couldn['’]t|wouldn['’]t)(?: be| have been| have)?$/.test(
          group.join(" "),
        )
      )
        return "past";
      // "the regulation that was to be issued on Wednesday": a plan reported in the past, either side.
      if (/\b(?:was|were) to(?: be| have been)?$/.test(aux)) return "near";
      if (
        // ("appear to have been conducted" is a perfect: a past.)
        /\b(?:will|shall|would)(?: be| have been| have)?$|\bto(?: be)?$/.test(aux) ||
        /\b(?:may|might|could|should|must|can)(?: be)?$/.test(aux) ||
        /['’]ll$/.test(aux)
      )
        return "future";
      if (past)
        return /\b(?:is|are|am)(?: being)?$/.test(aux) && !PAST_WORDS.has(w) ? "present" : "past";
      return "present";
    }
  }
  return undefined;
}

export function clauseTense(sentence: string, start: number, end: number): ClauseTense {
  // ("the last week of January", "the last day of March": "last" counts inside the month, and
  // points nowhere; the clause's verbs do.)
  const stated = sentence.slice(start, end).toLowerCase().replace(ORDINAL_LAST, "the");
  if (/\b(?:next|coming|tomorrow)\b/.test(stated)) return "future";
  if (/\b(?:last|ago|past|yesterday|earlier)\b/.test(stated)) return "past";
  const head = sentence.slice(0, start);
  // "Looking ahead to its full-year results to March 2005, the firm warned …": what is looked
  // ahead to lies ahead, whatever the main verb's tense.
  if (/\blook(?:s|ed|ing)?\s+ahead\s+to\b[^,;:.]*$/i.test(head)) return "future";
  // "ballots still to be counted as of June 30": the day a state of things holds, the nearest.
  if (/\bas of\s+$/i.test(head)) return "near";
  // "when he speaks later Monday", "said earlier Tuesday": the day the story was written, which
  // may be a day before its date; the nearest such day.
  if (/\b(?:later|earlier)\s+(?:on\s+)?$/i.test(head) && WEEKDAY_START.test(stated)) return "near";
  let from = 0;
  for (const m of head.matchAll(CLAUSE_BREAK)) from = m.index + m[0].length;
  // The words before the date, and those of its own clause, each split once (read by several cues below).
  let headWordsOnce: string[] | undefined;
  const headWords = () => (headWordsOnce ??= words(head));
  let clauseWordsOnce: string[] | undefined;
  const clauseWords = () => (clauseWordsOnce ??= words(head.slice(from)));
  // "will do well in Tuesday's primary", "is expected to report before the Sunday deadline": an
  // event or a term named by its day lies ahead when its clause looks ahead.
  // Not "will appeal against Wednesday's ruling", "will respond to Monday's vote": an act that
  // answers an event comes after it. Not "If you want to understand Thursday's debate": a wish.
  // Not "said they would look for ways around Wednesday's ruling": a future seen from a past.
  const clauseAhead = () =>
    tenseOf(headWords().slice(words(head.slice(0, from)).length), 12) === "future" &&
    !/\b(?:want|wants|wanted|hope|hopes|need|needs|like)\s+to\b/i.test(head.slice(from)) &&
    !/\b(?:said|told|added|announced|predicted|warned|insisted|promised)\b[^,;]*\bwould\b/i.test(
      head.slice(from),
    ) &&
    !/\b(?:against|(?<!prior\s)to|from|over|about|with|despite|following|since|on)\s+(?:(?:a|an|the|its|his|her|their|our|this|that)\s+|[\w.]+['’]s\s+)?$/i.test(
      head,
    );
  // "Wednesday's ruling": an event named by its day, past unless something ahead of it is awaited
  // ("ahead of Sunday's vote", "in the run-up to Sunday's poll", "on the eve of Friday's final").
  if (/^['’]s\b/.test(sentence.slice(end))) {
    // "Until Monday's announcement, the shares were trading low": what held up to a past event.
    if (
      /\b(?:until|till)\s+$/i.test(head) &&
      tenseAfter(sentence.slice(clauseEnd(sentence, end))) === "past"
    )
      return "past";
    if (
      /\b(?:ahead of|until|till|for|awaiting|next|upcoming|coming|(?:run|build|lead)[-\s]up to|eve of)\s+(?:the\s+)?$/i.test(
        head,
      ) ||
      clauseAhead()
    )
      return "future";
    return takesPartIn(clauseWords()) ? "near" : "past";
  }
  // "the Aug. 7 blasts", "a June agreement", "the Jan. 14 deadline": the date names an event or a
  // term, not when the clause's verb happens.
  if (
    /(?:\b(?:a|an|the|its|his|her|their|our|your|my)|\w['’]s)\s+$/i.test(head) &&
    /^\s+[a-z]/.test(sentence.slice(end))
  ) {
    if (clauseAhead()) return "future";
    // "if the November election does not break their way", "the Nov. 8 vote will decide": the
    // event's own verb, after it, when it looks ahead.
    // (Not "said at the February conference that the Fed might …": what was said.)
    const own = tenseAfter(sentence.slice(end, clauseEnd(sentence, end)).split(/\bthat\b/)[0]!);
    // (A year written with it needs no tense: "the 2010 elections have come due".)
    // ("The December figures show a rise": a present after the day or month in a subject states
    // what that time's figures are; the nearest such time, not the coming one.)
    if (own === "present" && !/\d{4}/.test(stated)) return "either";
    return own === "future" && !/\d{4}/.test(stated) ? own : "unknown";
  }
  const aside = asideTense(sentence, head, from, end);
  if (aside) return aside;
  let before = clauseWords();
  // "The inquiry, announced in January, reports in June": a present verb opening the clause after
  // an aside is the subject's own verb; the aside's past is not.
  if (
    from > 0 &&
    before.length === 2 &&
    (thirdPersonPresent(before[0]!) || PRESENT_WORDS.has(before[0]!)) &&
    /^(?:in|on|at|from|until|till|by|before|after)$/.test(before[1]!)
  )
    return "present";
  // "said Tokaev back in April": a clause of one or two words reaches back past the comma.
  if (before.length <= 2 && from > 0) before = headWords();
  // No cue in the date's own clause: the words after it when it opens its clause ("On Friday,
  // the firm will …"), else the rest of the sentence before it, past commas that only list
  // ("admit Poland, Hungary and the Czech Republic in March"; "…, with the third departing from August 6").
  // A verb may also follow the date in its own clause ("the agency on Sunday issued …").
  const rest = sentence.slice(end);
  const own = tenseOf(before, 12, before.length, !WEEKDAY_START.test(stated));
  const after =
    own ?? tenseAfter(before.length <= OPENING_WORDS ? rest : rest.slice(0, clauseEnd(rest, 0)));
  // "Sales in December are up 5%", "Inflation for January is 2%": a month in the subject, before
  // a present of state, is the time the figures are of; the nearest such month.
  const inSubject =
    !own &&
    after === "present" &&
    before.length >= 2 &&
    /^(?:in|for|of|during)$/.test(before[before.length - 1]!) &&
    /^\s+[a-z]/.test(rest);
  // "Her victories on Tuesday will only speed that shift", "His address Sunday will be a topic":
  // a weekday inside a subject of three words or more, with no verb before it, names when the
  // subject's event was; the verb after it says what follows from it: the nearest such day.
  const weekdayInSubject =
    !own &&
    after === "future" &&
    WEEKDAY_START.test(stated) &&
    headWords().length >= 3 &&
    !/^\W*(?:on|by|until|till|from|before|after|ahead|next|this|coming|in|at|for|when|if)\b/i.test(
      head,
    ) &&
    !tenseOf(headWords(), 20);
  const found = weekdayInSubject
    ? "near"
    : inSubject
      ? "either"
      : (after ??
        notOwn(tenseOf(headWords(), 20) ?? tenseAfter(rest)) ??
        (namePluralPresent(head.slice(from))
          ? "present"
          : // (A month so told may be the one just gone: "Stock prices in September", no verb at all.)
            subjectPresent(head.slice(from))
            ? WEEKDAY_START.test(stated)
              ? "present"
              : "either"
            : undefined));
  // "After a narrow defeat in Ohio on Tuesday, the senator is …": a date in an opening "after"
  // phrase with no verb of its own lies before the main clause, unless that clause looks ahead.
  if (
    /^\W*(?:after|following|despite|in spite of)\b/i.test(head) &&
    !tenseOf(headWords(), 20) &&
    found !== "future"
  )
    return "past";
  // "thanks to his romp Tuesday", "despite Monday's defeat": what a clause's state is owed to or
  // holds against has happened; not what its verb says of now.
  // (With a future main clause, either side: "will close because of the match on Saturday".)
  if (found !== "past" && inCausePhrase(head.slice(from)))
    return found === "future" ? "near" : "past";
  // "the talks ran until Tuesday", "he served until June 30": the end of a stretch told in the past.
  // "the vote was postponed to Saturday", "called a strike for Monday": a time set after the
  // verb's act — a weekday the coming one (the nearest when a past perfect says the plan may
  // have passed: "had called a strike for Friday"); a day or a month as a limit is.
  const term = found !== "future" ? termVerb(clauseWords()) : undefined;
  if (term === "lasted" && found === "past") return "past";
  if (term === "moved" || term === "set") {
    if (!WEEKDAY_START.test(stated)) return "limit";
    return clauseWords().includes("had") ? "near" : "future";
  }
  // "postponed until Tuesday", "has given them until Friday": a deadline ahead, unless the clause
  // looks back from it ("had not called him until Thursday", "Until Thursday, they had …").
  if (
    /\b(?:until|till)\s+$/i.test(head) &&
    before.length > 1 &&
    !before.includes("had") &&
    !/\bhad\b/i.test(sentence.slice(end, clauseEnd(sentence, end)))
  )
    return "future";
  // "extended the offer to Nov. 20", "payable Dec. 1": a past verb sets a limit that may lie ahead.
  // "inflation in the year to March", "the three months to September": the end of a period reported, not a limit.
  // ("By December, when we were …, the state stood out": a date opening the sentence with its
  // limit word is the time the clause tells of, in its tense — no limit a verb sets.)
  if (
    (found === "past" || !found) &&
    LIMIT.test(head) &&
    !PERIOD_END.test(head) &&
    !OPENING_LIMIT.test(head)
  )
    return "limit";
  // "led the field before the Iowa caucuses on Feb. 1": a date in a phrase of what came after the
  // clause's past event is not bounded by its tense; the nearest.
  if (found === "past" && inBeforePhrase(head)) return "near";
  // "The move comes after a similar decision in October": an event the present follows lies
  // before it (or just ahead when near): the nearest, not the coming one.
  // (A weekday there is the one before: "either" would be the coming one.)
  if ((found === "present" || found === "either") && inAfterPhrase(head.slice(from)))
    return WEEKDAY_START.test(stated) ? "past" : "either";
  // "told oil companies of a cutback in September", "predicted a rebound in June": the time of
  // what was said, not of the saying.
  if (found === "past" && inWhatWasSaid(headWords().slice(-20))) return "either";
  // "Mr. Clinton said the gathering in September would be its last": the date is in the clause
  // reported, whose own verb after it looks ahead from the saying: the nearest.
  if (found === "past" && inReportedClause(clauseWords())) {
    const reported = sentence.slice(end, clauseEnd(sentence, end));
    // ("would have been": what might have been, no future.)
    if (tenseAfter(reported) === "future" && !/\bwould\s+have\b/i.test(reported)) return "near";
  }
  // "A service planned for Saturday was canceled": a plan named in the subject, its own verb
  // past: the day planned may lie on either side of the article's; the nearest.
  if (found === "future" && /^\s*(?:was|were|had|has been|have been)\b/i.test(rest)) return "near";
  return found ?? "unknown";
}

/**
 * "Harwick host Castleford on Tuesday", "England meet Wales on Saturday", "Leeds travel to Derby
 * on Sunday": a clause that opens with a name and a verb's base form, then the name of what it
 * acts on, is a plural present (a team, a body or a country takes a plural verb in British
 * English), which news uses for what is on the calendar. Only when nothing else in the sentence
 * gives a tense ("Chelsea boss Graham Potter on Tuesday admitted" has its verb after the day)
 * and the clause is short enough to hold no other verb;
 * not an irregular verb whose base may be its past ("Harwick beat Castleford").
 */
function namePluralPresent(clause: string): boolean {
  // The verb's clause runs to the date: "Harwick host Castleford on", not "Prize-winning author
  // Junot Díaz made a case … with talk show host Seth Meyers in" (its verb out of reach).
  if (clause.split(/\s+/).filter(Boolean).length > 8) return false;
  const m =
    /^\s*(?:The\s+)?(?:[A-Z][\p{L}'’.&-]*\s+){1,3}([a-z]{3,})\s+(?:(?:to|at|against|with|into|past)\s+)?(?:the\s+)?[A-Z]/u.exec(
      clause,
    );
  const verb = m?.[1];
  if (!verb || FUNCTION_WORD.test(verb) || ADVERB.test(verb) || /(?:ed|ing|s)$/.test(verb))
    return false;
  if (lemma(verb) !== verb || PAST_WORDS.has(verb) || !isWordAs(verb, "verb")) return false;
  return !isIrregularBase(verb) || hasOwnPast(verb);
}

/**
 * "The team leaves for Moscow on Tuesday", "The president heads to Tokyo Tuesday", "Talks resume
 * Tuesday": a clause that opens with its subject (a determiner and a noun, or a name) and then a
 * present verb that agrees with it (an -s verb after a singular subject, the base form after a
 * plural one) is news's present of what is on the calendar. Only when nothing else in the
 * sentence gives a tense, and within a short clause ("reported profits Tuesday" has its past).
 */
function subjectPresent(clause: string): boolean {
  const ws = words(clause);
  if (ws.length > 9) return false;
  const subject = /^(?:the|a|an|its|his|her|their|our|this|that)$/.test(ws[0] ?? "") ? 1 : 0;
  // The subject's words: one to three nouns or names ("the trade minister", "Prime Minister Smith").
  for (let v = subject + 1; v <= subject + 3 && v < ws.length; v++) {
    if (!ws.slice(subject, v).every(isSubjectWord)) return false;
    // ("Oil prices have come down from …": an auxiliary after it makes the -s word the subject's noun.)
    if (agreesInPresent(ws, v, subject))
      return !ws.slice(v + 1).some((w) => AUXILIARY.test(w) || MODAL.test(w));
    // "Tickets for the opening match go on sale Friday": the subject's noun, then a phrase of a
    // preposition that qualifies it; the verb after the phrase agrees with the noun.
    const verb = verbAfterQualifier(ws, v, subject);
    if (verb !== undefined)
      return !ws.slice(verb + 1).some((w) => AUXILIARY.test(w) || MODAL.test(w));
  }
  return false;
}

/**
 * After a subject's noun at `v - 1`, a phrase that qualifies it ("for the opening match": a
 * preposition, a determiner, one to three nouns): the index of the present verb after it that
 * agrees with the noun, if one.
 */
function verbAfterQualifier(ws: string[], v: number, subject: number): number | undefined {
  if (!/^(?:of|for|in|at|from|on|with)$/.test(ws[v] ?? "")) return undefined;
  let k = v + 1;
  if (/^(?:the|a|an|its|his|her|their|our|this|that)$/.test(ws[k] ?? "")) k++;
  // (The phrase holds one noun at least: "Fans of the club gather", not "club" as the verb.)
  const start = k;
  if (!isSubjectWord(ws[k] ?? "")) return undefined;
  k++;
  const agrees = (j: number) => agreesInPresent([...ws.slice(0, v), ws[j]!], v, subject);
  while (k < ws.length && k - start < 3 && isSubjectWord(ws[k]!) && !agrees(k)) k++;
  return k < ws.length && agrees(k) ? k : undefined;
}

/** The word at `v` is a present verb agreeing with the subject noun (or name) before it. */
function agreesInPresent(ws: string[], v: number, subject: number): boolean {
  const head = ws[v - 1]!;
  const verb = ws[v]!;
  if (!/^[a-z]{3,}$/.test(verb) || FUNCTION_WORD.test(verb) || ADVERB.test(verb)) return false;
  if (PAST_WORDS.has(verb) || !isWordAs(verb, "verb")) return false;
  const name = /^[A-Z]/.test(head) || (v - 1 === 0 && subject === 0);
  if (!name && !isWordAs(head, "noun")) return false;
  if (pluralNoun(head.toLowerCase()))
    return (
      !/(?:ed|ing|ly|s)$/.test(verb) &&
      lemma(verb) === verb &&
      (!isIrregularBase(verb) || hasOwnPast(verb))
    );
  // "Trading resumes Friday": a gerund subject, with a verb more often a verb than a noun
  // ("resumes", not "prices": "Rising prices in March").
  if (/ing$/.test(head) && !dictionaryForms(verb).some((f) => commonerAsVerb(f))) return false;
  return thirdPersonPresent(verb);
}

const AUXILIARY = /^(?:have|has|had|is|are|was|were|be|been|being|do|does|did|will|would|shall)$/;

/** A word that may stand in a subject: a name, or a lower-case word that is no function word or verb form. */
function isSubjectWord(w: string): boolean {
  return (
    /^[A-Za-z][a-z'’.-]*$/.test(w) &&
    !FUNCTION_WORD.test(w) &&
    !ADVERB.test(w) &&
    !PAST_WORDS.has(w) &&
    !/ed$/.test(w)
  );
}

/**
 * "who needs a win in Tuesday's primary", "faces voters at Monday's caucuses": a subject's own
 * present (a third-person -s verb, not one of saying) with the day's event after "in" or "at":
 * the event may lie on either side of the article's day; the nearest such day.
 */
function takesPartIn(ws: string[]): boolean {
  if (!/^(?:in|at)$/.test(ws[ws.length - 1] ?? "")) return false;
  for (let i = ws.length - 2; i >= Math.max(0, ws.length - 8); i--) {
    const w = ws[i]!;
    if (isSpeechVerb(w) || isPastVerb(ws, i) || PRESENT_WORDS.has(w)) return false;
    if (!thirdPersonPresent(w) || pluralNoun(ws[i + 1] ?? "") || !isWordAs(w, "verb")) continue;
    // After its subject: a pronoun, a name, "who", or the clause's first word ("Cruz needs …").
    let k = i - 1;
    if (/ly$/.test(ws[k] ?? "")) k--; // "who badly needs"
    return k <= 0 || /^(?:he|she|who|which|that|[A-Z].*)$/.test(ws[k]!);
  }
  return false;
}

/** A number or a plural of a number's scale before "of": "thousands of", "dozens of", "1,000 of". */
const QUANTITY_BEFORE_OF = /^(?:[\d.,]+|hundreds|thousands|millions|billions|dozens|scores|tens)$/;

const BEFORE_OF =
  /^(?:that|at|in|on|by|for|to|with|from|after|before|during|about|over|under|into|since|as)$/;

/**
 * "told oil companies of a cutback in its supply in", "warned of shortages in", "predicted a
 * rebound in", "announced plans for an offering in": after a verb of saying, the date inside what
 * was said (an "of" phrase, a plan "for" something, or the object of a verb of foretelling, which
 * WordNet files under "predict") is the time of that, which may lie on either side of the
 * article's day; not of the saying ("announced a loss in March" is when it was announced).
 */
function inWhatWasSaid(ws: string[]): boolean {
  for (let i = ws.length - 1; i >= 0; i--) {
    const w = ws[i]!;
    if (!isPastVerb(ws, i) && !PRESENT_WORDS.has(w) && !FUTURE_WORDS.has(w)) continue;
    const rest = ws.slice(i + 1);
    if (!rest.length || !isPastVerb(ws, i)) return false;
    // ("warned of", "told oil companies of"; not "said that at the close of business", "asked
    // for the return of": a clause or a phrase of its own between.)
    // ("told thousands of supporters late on Monday": an "of" of a quantity is no "of" of news.)
    const of = rest.findIndex((x, k) => x === "of" && !QUANTITY_BEFORE_OF.test(rest[k - 1] ?? ""));
    if (isSpeechVerb(w) && of >= 0 && of <= 8 && !rest.slice(0, of).some((x) => BEFORE_OF.test(x)))
      return true;
    if (dictionaryForms(w).some((f) => f !== w && verbSenseUnder(f, "predict", 3, 3))) return true;
    return rest.some((x, k) => PLAN_NOUN.test(x) && rest[k + 1] === "for");
  }
  return false;
}

/** The words end in a clause reported by a speech verb, before its own verb ("said the vote in"). */
function inReportedClause(ws: string[]): boolean {
  for (let i = ws.length - 1; i >= 0; i--) {
    const w = ws[i]!;
    // The reported clause's subject lies between: "said the gathering in", not "announced on".
    if (introducesClause(w))
      return (
        !takesNounObject(w, ws[i + 1]) &&
        ws.slice(i + 1).some((x) => /^(?:the|a|an|his|her|its|their|our|this|these|those)$/.test(x))
      );
    if (isPastVerb(ws, i) || PRESENT_WORDS.has(w) || FUTURE_WORDS.has(w)) return false;
  }
  return false;
}

/** "after a similar decision in", "following talks on": the date ends an "after" phrase with no verb of its own. */
function inAfterPhrase(head: string): boolean {
  const phrase = /\b(?:after|following)\s+([^,;:.()]{0,50})$/i.exec(head)?.[1];
  if (phrase === undefined) return false;
  const ws = words(phrase);
  return !ws.some(
    (w, i) => isPastVerb(ws, i) || PRESENT_WORDS.has(w) || thirdPersonPresent(w) || w === "will",
  );
}

/** "thanks to his five-state romp", "despite a series of costly defeats on": a cause or a concession with no verb of its own. */
function inCausePhrase(head: string): boolean {
  const phrase =
    /\b(?:thanks to|despite|in spite of|in the wake of|because of|as a result of)\s+([^,;:.()]{0,50})$/i.exec(
      head,
    )?.[1];
  if (phrase === undefined) return false;
  const ws = words(phrase);
  return !ws.some(
    (w, i) =>
      isPastVerb(ws, i) ||
      PRESENT_WORDS.has(w) ||
      thirdPersonPresent(w) ||
      FUTURE_WORDS.has(w) ||
      FUTURE_ED.has(w) ||
      /^(?:next|coming|upcoming)$/.test(w),
  );
}

/** "before the vote on", "ahead of the state's": the date ends a "before" phrase with no verb of its own. */
function inBeforePhrase(head: string): boolean {
  const phrase =
    /\b(?:before|ahead of|in advance of|prior to)\s+((?:the|a|an|its|his|her|their|\w+['’]s)\s+[^,;:.()]{0,40})$/i.exec(
      head,
    )?.[1];
  if (phrase === undefined) return false;
  const ws = words(phrase);
  return !ws.some((_, i) => isPastVerb(ws, i));
}

/**
 * A present found only in another clause ("where she stands, offering little beyond an op-ed in
 * May") says nothing of which side the date lies on: the nearest, not the coming one.
 */
/** The verb after an aside's closing comma: "…, would give", "…, will be published", "…, is". */
const FINITE_AFTER_ASIDE =
  /^\s*,\s+(?:(?:also|still|now|then|not)\s+)?(?:would|will|shall|is|are|was|were|has|have|had|could|should|may|might|can|must)\b/i;

/**
 * "Parents had complained that the original date, Oct. 6, would give …", "its winter plan,
 * covering the period from 1 December to 28 February, would be published …": a date in an aside
 * set off by commas after a noun, with no finite verb of its own (nothing, or a participle
 * phrase), is the time of that noun, whose own verb follows the aside. That verb's tense decides;
 * a future seen from a past saying ("said … would") may lie on either side of the article's day:
 * the nearest.
 */
function asideTense(
  sentence: string,
  head: string,
  from: number,
  end: number,
): ClauseTense | undefined {
  if (from === 0 || !/,\s*$/.test(head.slice(0, from))) return undefined;
  const inside = words(head.slice(from));
  if (inside.length > 0 && !/^[a-z]+ing$/.test(inside[0]!)) return undefined;
  if (inside.length > 6) return undefined;
  const rest = sentence.slice(end);
  if (!FINITE_AFTER_ASIDE.test(rest)) return undefined;
  const verb = tenseAfter(rest.replace(/^\s*,\s+/, ""));
  if (!verb) return undefined;
  const outside = words(head.slice(0, from));
  // "The festival, from June 1 to 5, is …" / "The original date, Oct. 6, would …" after "complained that".
  if (verb === "future" && tenseOf(outside, 20) === "past") return "near";
  return verb;
}

function notOwn(tense: Tense | undefined): Tense | undefined {
  return tense === "present" ? "either" : tense;
}

function clauseEnd(sentence: string, end: number): number {
  const next = sentence.slice(end).search(/[;:()—–]|,(?=\s)/);
  return next < 0 ? sentence.length : end + next;
}

/** The date opens its clause ("On Monday, the firm will …"): the first verb cue after it. */
function tenseAfter(rest: string): Tense | undefined {
  const after = words(
    rest
      .slice(0, 80)
      .replace(/^[\s,]+/, "")
      .split(/[;:—–"“”`]/)[0] ?? "",
  ).slice(0, 10);
  // "Trump's announcement Friday that he would endorse …": a clause of what was said, not when
  // (with its own subject; "the convention in July that would elevate him" is a relative clause).
  if (
    after[0] === "that" &&
    /^(?:he|she|it|they|we|i|you|the|a|an|his|her|their|its|[A-Z].*)$/.test(after[1] ?? "")
  )
    return undefined;
  for (let i = 0; i < after.length; i++) {
    // "On Friday, when she cancelled the hastily planned trip, …": a plan named, not the verb.
    if (FUTURE_ED.has(after[i]!) && adjectiveEd(after, i)) continue;
    const found = tenseOf(after, 1, i + 1);
    if (found) return found;
  }
  return undefined;
}
