/**
 * Words that make a sentence lean on the one before it when they open it.
 *
 * - Connectives: the explicit discourse connectives of the Penn Discourse Treebank 2.0 (R. Prasad
 *   et al., "The Penn Discourse TreeBank 2.0", LREC 2008; the list of explicit connectives in
 *   the PDTB 2.0 annotation manual) that, opening a sentence, take their first argument from the
 *   text before it ("However, …", "In addition, …"). Subordinating connectives ("Although …,
 *   …", "When …, …") have both arguments inside the sentence and are left out, as are
 *   "overall" and "separately", which open a new point rather than continue the last.
 * - Pronouns: the English third-person personal and possessive pronouns and the demonstratives
 *   (closed classes of the grammar), which point back to someone or something named before.
 *   First and second person ("I", "we", "you") point to the writer or the reader and are left out.
 */
export const BACKWARD_CONNECTIVES: readonly string[] = [
  "accordingly",
  "additionally",
  "afterward",
  "afterwards",
  "also",
  "alternatively",
  "and",
  "as a result",
  "as an alternative",
  "as well",
  "besides",
  "but",
  "by comparison",
  "by contrast",
  "by then",
  "consequently",
  "conversely",
  "else",
  "finally",
  "for example",
  "for instance",
  "further",
  "furthermore",
  "hence",
  "however",
  "in addition",
  "in contrast",
  "in fact",
  "in other words",
  "in particular",
  "in short",
  "in sum",
  "in the end",
  "in turn",
  "indeed",
  "instead",
  "later",
  "likewise",
  "meantime",
  "meanwhile",
  "moreover",
  "nevertheless",
  "next",
  "nonetheless",
  "nor",
  "on the contrary",
  "on the other hand",
  "or",
  "otherwise",
  "plus",
  "previously",
  "rather",
  "regardless",
  "similarly",
  "simultaneously",
  "so",
  "specifically",
  "still",
  "then",
  "thereafter",
  "thereby",
  "therefore",
  "thus",
  "yet",
];

/**
 * The connectives above that keep taking their first argument from the sentence before when they
 * stand inside a sentence, set off by commas ("The council, however, said …", "Prices fell,
 * though."): the PDTB 2.0 manual's discourse adverbials of contrast, result, addition and
 * example, and "though" (which the manual lists among subordinating connectives, but which,
 * set off by commas after a clause, is the adverb of contrast). Not "and", "but", "so", "then",
 * "still", "also", "later" and the like, which inside a sentence join its own clauses.
 */
export const INNER_CONNECTIVES: readonly string[] = [
  "as a result",
  "by comparison",
  "by contrast",
  "consequently",
  "conversely",
  "for example",
  "for instance",
  "furthermore",
  "however",
  "in addition",
  "in contrast",
  "in turn",
  "instead",
  "likewise",
  "meanwhile",
  "moreover",
  "nevertheless",
  "nonetheless",
  "on the other hand",
  "similarly",
  "therefore",
  "though",
];

/**
 * The enumerating ordinals ("First, …", "Secondly, …", "Lastly, …"): a sentence that opens with
 * one is an item of a sequence the text before it announced ("Two decisions went against them.
 * First Ann Reyes was judged offside, and then …"). The ordinal adverbs of English (closed class:
 * "first" to "third" and their "-ly" forms, and "lastly"; "finally" is a connective above), picked
 * for this project. "First", "second" and "third" are also adjectives ("Second seed Ann Reyes …",
 * "First Minister …"): nlp/cohesion.ts reads them as enumerating only when set off by a comma,
 * before a pronoun or a determiner, or when the sentence goes on with "then".
 */
export const ENUMERATING_ORDINALS: readonly string[] = ["first", "second", "third"];
export const ORDINAL_ADVERBS: readonly string[] = ["firstly", "secondly", "thirdly", "lastly"];

/**
 * Adverbs that may modify a connective and leave it a connective ("Even so, …", "Only then …",
 * "Just then …"): the PDTB 2.0 annotation manual's modified connectives (§1.3.1: "even",
 * "only", "just" before a connective).
 */
export const CONNECTIVE_MODIFIERS: readonly string[] = ["even", "only", "just"];

export const THIRD_PERSON_PRONOUNS: readonly string[] = [
  "he",
  "she",
  "it",
  "they",
  "him",
  "her",
  "them",
  "his",
  "hers",
  "its",
  "their",
  "theirs",
];

/** The third-person pronouns above that may stand for a person ("it" and "its" do not). */
export const PERSON_PRONOUNS: readonly string[] = THIRD_PERSON_PRONOUNS.filter(
  (p) => p !== "it" && p !== "its",
);

/** The subject forms of the personal pronouns, first, second and third person. */
export const PERSONAL_SUBJECT_PRONOUNS: readonly string[] = [
  "i",
  "you",
  "he",
  "she",
  "it",
  "we",
  "they",
];

/** The subject forms of the third-person pronouns. */
export const SUBJECT_PRONOUNS: readonly string[] = PERSONAL_SUBJECT_PRONOUNS.filter((p) =>
  THIRD_PERSON_PRONOUNS.includes(p),
);

export const DEMONSTRATIVES: readonly string[] = ["this", "that", "these", "those", "such"];

/**
 * Connectives of the list above that are also ordinary adverbs or adjectives ("Further details
 * …", "Still unresolved is …", "Later that day …"): they lean back only when a comma sets them
 * off ("Still, …"). Picked from the list above for this project.
 */
export const COMMA_ONLY_CONNECTIVES: readonly string[] = [
  "else",
  "finally",
  "further",
  "later",
  "next",
  "plus",
  "previously",
  "rather",
  "regardless",
  "still",
];

/**
 * Words after "the" that point back to a group or a thing named before ("the two men", "the
 * latter", "the same day"): the English cardinal numbers two to ten and the anaphoric
 * adjectives "latter", "former" and "same" (closed classes of the grammar).
 */
export const BACK_POINTING_AFTER_THE: readonly string[] = [
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "latter",
  "former",
  "same",
];
