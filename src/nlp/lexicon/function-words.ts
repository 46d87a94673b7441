/**
 * Function words: the closed classes of English (articles, pronouns, prepositions,
 * conjunctions, auxiliaries) as the finders use them. Written for this project; compromise tags
 * the same classes (#Determiner, #Pronoun, #Preposition, #Conjunction, #Modal, #Copula).
 */
import * as data from "./name-lexicon-data.js";
import { wordSet } from "./word-set.js";

/**
 * Adverbs, conjunctions, prepositions, determiners and pronouns of compromise's lexicon (MIT;
 * name-lexicon-data.ts): a capitalised one never starts a name ("Neither Donald Trump",
 * "While Trump"). Name particles ("de", "le") are left out.
 */
export const OPENING_WORDS = new Set(
  [...wordSet("", data.OPENING_WORDS)].filter((w) => !/^(de|des|du|el|le|les|il|elle)$/.test(w)),
);

/** Words too common to search by: function words and the commonest words of reporting. */
export const STOP_WORDS = wordSet(
  "a about above after again against all also am an and any are as at be because been before being below between both but by " +
    "can could did do does doing down during each few for from further had has have having he her here hers herself him himself his " +
    "how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours ourselves out " +
    "over own same she should so some such than that the their theirs them themselves then there these they this those through to too " +
    "under until up very was we were what when where which while who whom why will with would you your yours yourself yourselves " +
    "said says say told tell mr mrs ms it's us one s t",
);

/** Prepositions: a name right after one is not a sentence's subject ("at Labour", "by Peter Hain"). */
export const PREPOSITIONS = wordSet(
  "of at for from with by to in on about against into over under between behind beyond toward towards than like " +
    "via including after before during",
);

/** Prepositions of time, which may open a clause of their own: "after Yukos accused Gazprom …". */
export const TIME_PREPOSITIONS = wordSet("after before during");

/** A preposition that is not one of time ("at", "by", "with"; not "after"). */
export function isPlacePreposition(lower: string): boolean {
  return PREPOSITIONS.has(lower) && !TIME_PREPOSITIONS.has(lower);
}

/** Determiners and possessive pronouns: they open a noun phrase ("the", "a", "his", "whose"). */
export const DETERMINERS = wordSet(
  "a an the this that these those his her its their our my your whose",
);

/** Small words a name keeps inside it ("Bureau *of* Investigation", "Securities *and* Exchange", "Stade *de* France"). */
export const NAME_JOINERS = wordSet("of the and for on in de");

/** Possessive determiners: "his dislike", "their 6-year-old son". */
export const POSSESSIVE_DETERMINERS = wordSet("his her its their our my your");

/** Personal pronouns: a speaker they stand for is found elsewhere ("he", "they", "we"). */
export const PERSONAL_PRONOUNS = wordSet(
  "he she him his her hers it its they them their theirs i we you",
);

/** Conjunctions: they join clauses, so a speaker's phrase never runs over one. */
export const CONJUNCTIONS = wordSet(
  "and but or so yet while as because although though when if whereas since",
);

/**
 * Subordinating conjunctions of time, cause, condition and concession: they open an adverbial
 * clause ("When …", "Because …", "Unless …"). compromise tags them #Conjunction, #Preposition
 * ("after", "since", "until", "as", "whereas"), #QuestionWord ("when"), #Condition ("unless")
 * or #Adverb ("once"): it has no tag for the class, so it is written here.
 */
export const SUBORDINATORS = wordSet(
  "when while as after before if because although though since until once unless whereas",
);

/** Coordinating conjunctions: they join clauses of equal rank, opening no subordinate one. */
export const COORDINATORS = wordSet("and but or so yet nor for");

/** Words that open a sentence without being its subject: "And", "But", "However". */
export const CONNECTIVES = wordSet(
  "and but so yet however meanwhile instead also then now still indeed",
);

/** Auxiliary and modal verbs: "is", "has", "will", "might". */
export const AUXILIARIES = wordSet("is was has had will would could can should may might must");

/** Forms of "be" and "get" that make the participle after them passive ("was asked", "got told"). */
export const PASSIVE_AUXILIARIES = wordSet("is are was were be been being get gets got");

/**
 * Function words that are capitalised only because they start a sentence or a quote: the
 * determiners, conjunctions and connectives above, and the pronouns, prepositions, adverbs,
 * numbers and contractions written here.
 */
export const SENTENCE_WORDS = new Set([
  ...DETERMINERS,
  ...CONJUNCTIONS,
  ...COORDINATORS,
  ...CONNECTIVES,
  ...wordSet(
    "in on at by of to from with without into onto over under after before during until unless " +
      "where whether which who whom what why how he she it they we you there here moreover " +
      "furthermore already even just only both each every all some many most more less few " +
      "several such other another any no not one two three four five six seven eight nine ten " +
      "last next first second third earlier later despite perhaps maybe thus hence therefore " +
      "elsewhere overall besides according asked speaking writing yes ok okay oh well let let's " +
      "it's that's there's here's what's we're they're we've they've you're don't can't won't " +
      "didn't isn't wasn't aren't weren't do does did is was are were be been has have had will " +
      "would can could should shall might must among against around about above below between " +
      "beyond through throughout toward towards upon within along across behind near",
  ),
]);
