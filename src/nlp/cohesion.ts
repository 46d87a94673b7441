import { MONTHS, TIME_UNITS, WEEKDAYS } from "./lexicon/calendar.js";
import { lemma } from "./lexicon/irregular-verbs.js";
import { isSpeechVerb } from "./lexicon/reporting-verbs.js";
import { isStopWord } from "./tokens.js";
import { isWordAs } from "./lexicon/wordnet.js";
import {
  AUXILIARIES,
  CONJUNCTIONS,
  CONNECTIVES,
  DETERMINERS,
  PASSIVE_AUXILIARIES,
  PREPOSITIONS,
  SUBORDINATORS as CLAUSE_OPENERS,
} from "./lexicon/function-words.js";
import {
  BACK_POINTING_AFTER_THE,
  BACKWARD_CONNECTIVES,
  COMMA_ONLY_CONNECTIVES,
  CONNECTIVE_MODIFIERS,
  DEMONSTRATIVES,
  ENUMERATING_ORDINALS,
  INNER_CONNECTIVES,
  ORDINAL_ADVERBS,
  PERSON_PRONOUNS,
  SUBJECT_PRONOUNS,
  THIRD_PERSON_PRONOUNS,
} from "./lexicon/discourse-words.js";

/**
 * Which neighbours a sentence needs to be read on its own: a sentence that opens with a
 * connective ("But …", "However, …") or a pronoun ("He added …", "Their plan …", "The two
 * men …"), outside quotation marks or just inside them ("“But it failed,” Ruiz said."), leans
 * on the sentence before it; so does a quotation whose speaker is a pronoun ("“…,” she said.")
 * or is not named at all, and a sentence that closes a quotation opened before it. A sentence
 * that leaves a quotation open leans on the next one. Not leaning: "This week …" (a time, not
 * something named before), "It was agreed that …" (an "it" standing for the clause after it),
 * "So far …", "As well as …". Word lists: nlp/lexicon/discourse-words.ts.
 */
export interface Leaning {
  back: boolean;
  forward: boolean;
  /**
   * It leans back only for a person a pronoun stands for ("He added …", "“…,” she said."): a
   * summary that names that person earlier reads right without the sentence before.
   */
  onPerson: boolean;
  /**
   * It leans back only to learn who speaks a quotation it leaves open ("“The bridge is not
   * safe."): when the sentence that closes the quotation names the speaker, that one is enough.
   */
  speakerLater?: boolean;
  /**
   * It speaks in the first or second person outside quotation marks ("I think …", "We lost …",
   * "You know, …", "When I agreed to it, …", "Even my own folks say …", a Q&A's "A: …"): a line
   * of a transcript or an interview, whose speaker is named before, or a columnist talking
   * to the reader in the middle of an argument — unless the article is written that way from its
   * first sentence (nlp/summary.ts decides).
   */
  firstOrSecondPerson?: boolean;
  /**
   * It opens in the first or second person ("I think …", "We lost …"): an article whose first
   * sentence does is written that way (a column, a letter), and its first-person lines need nothing
   * before them. A first-person word further in ("…, with our candidates …") does not tell as much.
   */
  opensInFirstOrSecondPerson?: boolean;
  /** It closes a quotation begun before (“… for years,” said Ann Reyes.). */
  closesEarlier?: boolean;
  /** It is an item of a list set out with dashes or bullets: it needs the line that introduces the list. */
  listItem?: boolean;
  /**
   * It is a list item that is a sentence of its own and leans back for nothing else ("- Turnout
   * was 38.4%, down from 61%."): it needs its list's introduction only for what that says
   * (nlp/summary.ts: not after a signpost such as "Here's what happened overnight:").
   */
  itemReadsAlone?: boolean;
  /** It closes a quotation begun before and names its speaker (“… for years,” said Ann Reyes.). */
  namesSpeakerOfEarlier?: boolean;
}

const WITH_COMMA_ONLY = new Set(COMMA_ONLY_CONNECTIVES);

/** Connectives that are not one before these words: "so far", "as well as". */
const NOT_BEFORE: Record<string, string> = { so: "far", "as well": "as" };
/** A connective as a whole word, not the start of a compound ("then-president"). */
const connective = (w: string) =>
  WITH_COMMA_ONLY.has(w)
    ? `${escape(w)}\\s*,`
    : `${escape(w)}\\b(?!-${NOT_BEFORE[w] ? `|\\s+${NOT_BEFORE[w]}\\b` : ""})`;
/** "This week", "that year", "these days": the time of writing, not something named before. */
const TIME_DEIXIS = new RegExp(
  `^(?:this|that|these|those)\\s+(?:${[...TIME_UNITS, ...MONTHS, ...WEEKDAYS].join("|")})\\b`,
  "i",
);
/**
 * "It was agreed that …", "It is understood to …", "It is likely that …": an "it" that stands for
 * the clause after it. Not "It was likely to be opposed": an adjective that raises its subject
 * before "to" leaves the "it" standing for something named before.
 */
const EXPLETIVE_IT =
  /^it\s+(?:is|was|has been|had been|will be|would be|is being)\s+(?:\w+\s+)?(?:(?:\w+ed|known|thought|understood|said)\s+(?:that|to)|(?:likely|unlikely|clear)\s+that)\b/i;
/**
 * A sentence whose subject is a pronoun after a fronted phrase set off by a comma ("Known until
 * last month as Acme, it …", "In 2004, he …"): the phrase is the pronoun's own when it opens
 * with a participle (a participial phrase shares the main clause's subject); an adverbial phrase
 * may hold the pronoun's antecedent ("After Ann Reyes arrived, she …", "If the record sells, it
 * …"), so only one without a capitalised word past its first (a month or a day aside), and not a
 * subordinate clause with a noun phrase of its own, leans back.
 */
const FRONTED = new RegExp(`^([^,"“”‘’()]+?),\\s+((?:${SUBJECT_PRONOUNS.join("|")})\\b.*)$`, "i");
const CALENDAR = new Set<string>([...MONTHS, ...WEEKDAYS]);
const SUBORDINATORS = new Set([...CONJUNCTIONS].filter((w) => !CONNECTIVES.has(w) && w !== "or"));

/** The main clause from its pronoun subject, when the sentence is such a one. */
function pronounAfterFrontedPhrase(text: string): string | undefined {
  const m = FRONTED.exec(text);
  if (!m) return undefined;
  const phrase = m[1]!.split(/\s+/).filter(Boolean);
  if (phrase.length > 12 || EXPLETIVE_IT.test(m[2]!)) return undefined;
  const first = phrase[0]!.toLowerCase();
  const participle = /^\p{L}{3,}(?:ed|ing)$/u.test(first) || lemma(first) !== first;
  const namesSomeone = phrase
    .slice(1)
    .some((w) => /^\p{Lu}/u.test(w) && !CALENDAR.has(w.toLowerCase().replace(/\W+$/, "")));
  // "If the record reaches number one, it …": a subordinate clause has a subject of its own.
  const clauseWithSubject =
    SUBORDINATORS.has(first) && phrase.some((w) => DETERMINERS.has(w.toLowerCase()));
  // "The Tories, he said, can …": a speaker set in the sentence is someone named before.
  const attribution = /^\S+\s+\p{L}+,/u.test(m[2]!);
  return participle || attribution || !(namesSomeone || clauseWithSubject) ? m[2] : undefined;
}

/**
 * An opening phrase that points back to a time or a case named before: a preposition and a
 * demonstrative ("Around that time, …", "At that point, …", "After that, …", "In those days, …")
 * or "then" ("Since then, …", "Until then, …"). After a preposition "that" is a demonstrative,
 * never the conjunction; "this" may point to the time of writing ("At this stage, …") and is
 * left out.
 */
const BACK_POINTING_PHRASE = new RegExp(
  `^(?:${[...PREPOSITIONS, "since", "until", "around"].join("|")})\\s+(?:(?:that|those)\\b[^,;:"“”]{0,40},|then\\b)`,
  "i",
);

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const CONNECTIVE = new RegExp(
  `^(?:(?:${CONNECTIVE_MODIFIERS.join("|")})\\s+)?(?:${[...BACKWARD_CONNECTIVES]
    .sort((a, b) => b.length - a.length)
    .map(connective)
    .join("|")})`,
  "i",
);
/**
 * An item of a sequence the text before announced (nlp/lexicon/discourse-words.ts
 * ENUMERATING_ORDINALS): "Secondly, …", "First, …", "First the council …", "First it …", "First
 * Ann Reyes was judged offside, and then …" — not "Second seed Ann Reyes won." or "First Minister
 * Tom Reyes said …", where the ordinal is an adjective of the noun after it.
 */
const ENUMERATION = new RegExp(
  `^(?:(?:${ORDINAL_ADVERBS.join("|")})\\b|(?:${ENUMERATING_ORDINALS.join("|")})(?:\\s*,|\\s+(?:${[...SUBJECT_PRONOUNS, "the", "a", "an", "we", "i"].join("|")})\\b(?!-)|\\b(?!-)[^;:]*?,?\\s+(?:and\\s+)?then\\b))`,
  "i",
);

/**
 * A connective inside the sentence, set off by commas ("Up until Thursday, however, they …",
 * "The council, in turn, …", "Prices fell, though."): it leans back as it would opening the sentence.
 */
const INNER_CONNECTIVE = new RegExp(
  `,\\s+(?:${INNER_CONNECTIVES.join("|")})\\s*(?:,|[.!?]?$)`,
  "i",
);
const POINTER = new RegExp(
  `^(?:${[...THIRD_PERSON_PRONOUNS, ...DEMONSTRATIVES].join("|")})\\b|^(?:the\\s+(?:${BACK_POINTING_AFTER_THE.join("|")})|both|another)\\b`,
  "i",
);
/**
 * A subject in the first or second person: "I", "We", "I'm", "We’ve", "You", "You're" (not "Our
 * Principles PAC", a name).
 */
const FIRST_OR_SECOND_PERSON = /^(?:I|we|you)(?:['’](?:m|ve|ll|d|re))?\b(?![-'’])/i;
/**
 * A first-person subject just past the opening — after its first word or a phrase set off by a
 * comma ("When I agreed to it, …", "What I don't think …", "Well, I think …", "In 1980, we
 * counted …"): a speaker's own line, as a Q&A or a transcript sets it down, or a columnist's.
 * "I" and "we" as written ("US" is no "us"); not "you" (news writes a generic "you": "a service
 * that lets you register your phone"), nor a first-person word deeper in the sentence, which
 * moved choices on articles nobody read without a reader's gain.
 */
const FIRST_PERSON_INSIDE =
  /^(?:\p{L}+\s+|[^,"“”]{1,60},\s+)(?:I|[Ww]e)(?:['’](?:m|ve|ll|d|re))?(?=[\s,.;:!?)—–]|$)/u;
/** An answer in a Q&A ("A: We will reopen the port."): the interviewee's own words, as a transcript sets them down. */
const INTERVIEW_ANSWER = /^(?:A|ANSWER)\s*:\s/;
/** A quotation in single marks ("… said, ‘I think …’"): what is outside double marks may still be someone's words. */
const SINGLE_MARK_QUOTATION = /(?:^|\s)[‘']\p{L}/u;

/** Pronouns that may stand for a person. */
const PERSONAL = new RegExp(`^(?:${PERSON_PRONOUNS.join("|")})\\b`, "i");
/** Words of two letters or more (made once: tsx makes a \p{…} literal again at every call). */
const WORDS = /\p{L}{2,}/gu;
/** Words that give a short sentence ending on "said" a clause of its own. */
const CLAUSE_WORDS = new Set([
  ...AUXILIARIES,
  ...[
    "are",
    "were",
    "be",
    "been",
    "have",
    "does",
    "did",
    "what",
    "which",
    "that",
    "who",
    "as",
    "than",
  ],
]);
/**
 * An item of a list set out with dashes or bullets ("- A ban on smoking in pubs", "— Nine months
 * of …;"): it belongs to the line that introduces the list.
 */
const LIST_ITEM = /^[-–—•*·]\s/;
/**
 * A list item that is a sentence of its own ("- Turnout was 38.4%, down from 61%.", a live blog's
 * or a report's key points): it opens with a capital, ends with a full stop, runs to five words
 * or more and has a verb of its own (an auxiliary, an irregular past, a past in -ed that WordNet
 * knows as a verb) — it reads without the line that introduced its list ("Here's a summary of what
 * happened overnight:") when that line only points at the list. An item that is a phrase ("- A
 * ban on smoking in pubs", "- increased spending on health") always needs it. A capitalised word
 * is a name ("United Nations"), not a verb.
 */
function statesItsOwn(item: string): boolean {
  if (!CAPITAL_OPENING.test(item) || !/[.!]["”’')]*$/.test(item)) return false;
  const ws = item.match(LETTER_WORD) ?? [];
  if (ws.length < 5) return false;
  // The first word opens the item: "Increased spending on …" is a phrase, not a clause; a verb
  // after a subordinator or a relative ("A ban on lorries until the repairs are done", "A
  // system which adjusts …") is the verb of a clause inside a phrase.
  for (const w of ws.slice(1)) {
    const lower = w.toLowerCase();
    if (CLAUSE_OPENERS.has(lower) || RELATIVES.has(lower)) return false;
    if (!CAPITAL_OPENING.test(w) && isFiniteVerbForm(w)) return true;
  }
  return false;
}
function isFiniteVerbForm(w: string): boolean {
  if (AUXILIARIES.has(w) || PASSIVE_AUXILIARIES.has(w)) return true;
  const base = lemma(w);
  if (base !== w) return isWordAs(base, "verb");
  return w.length > 4 && w.endsWith("ed") && isWordAs(w, "verb");
}
const RELATIVES = new Set(["who", "whose", "which", "that"]);
const CAPITAL_OPENING = /^["“‘']?\p{Lu}/u;
const LETTER_WORD = /[\p{L}'’]+/gu;
/**
 * A sentence that opens in lower case or with a comma or semicolon ("welcomed the move on
 * Friday.", ", who had already qualified, lost."): the rest of a sentence cut in two. A word
 * with a capital inside ("iPod", "eBay") is a name written that way.
 */
const LOWER_CASE_START = /^(?:\p{Ll}[\p{Ll}'’-]*(?=[\s,.;:!?]|$)|[,;])/u;
/**
 * A bare attribution ("Mr Kashyap's lawyer Mihir Desai said."): a short clause that ends on a
 * verb of saying in the past tense, with nothing said after it and no quotation of
 * its own — what was said is the sentence before.
 */
function isBareAttribution(text: string): boolean {
  if (/["“”]|``|''/.test(text)) return false;
  const parts = text.replace(/[.!]+$/, "").split(/,\s*/);
  // "Prices fell, the bank said.": what was said before the comma ("Ann Reyes, a lawyer, said." is one name).
  if (parts.length > 1 && parts[parts.length - 1]!.includes(" ")) return false;
  const words = parts.join(" ").split(/\s+/).filter(Boolean);
  const last = words.pop()?.toLowerCase() ?? "";
  // In the past: "states", "points", "claims" are as often nouns.
  const finite = last.endsWith("ed") || lemma(last) !== last;
  // "Those are the figures the minister announced.": a verb or a clause of its own before.
  const ownClause = words.some((w) => CLAUSE_WORDS.has(w.toLowerCase()));
  // "… in backing Smith's claims.", "… rejected the reports.": the noun, not the verb.
  const before = words[words.length - 1]?.toLowerCase() ?? "";
  const noun = /['’]s?$/.test(before) || DETERMINERS.has(before) || PREPOSITIONS.has(before);
  return words.length <= 9 && finite && isSpeechVerb(last) && !ownClause && !noun;
}
const PRONOUN_SPEAKER = new RegExp(`^\\W*(?:${THIRD_PERSON_PRONOUNS.join("|")})\\b`, "i");

/**
 * Reported words whose speaker, a pronoun, closes the sentence after a comma ("The dam is being
 * drained because it leaks, unlike the others, he said."): the speaker is someone named before,
 * however many commas come first. Returns the pronoun, or undefined.
 */
function pronounSpeakerLast(text: string): string | undefined {
  if (/["“”]|``|''/.test(text)) return undefined;
  const tail = /,\s*(\p{L}+)\s+(\p{L}+)[.!]?$/u.exec(text);
  if (!tail || !PRONOUN_SPEAKER.test(tail[1]!)) return undefined;
  const verb = tail[2]!.toLowerCase();
  const finite = verb.endsWith("ed") || lemma(verb) !== verb;
  return finite && isSpeechVerb(verb) ? tail[1] : undefined;
}

/**
 * A subhead run into its paragraph by a text that lost the line break ("Tax credits As a result,
 * …"): a few words, only the first capitalised, the last no function word ("Fans of So Solid
 * Crew" is a name after a preposition), then a capitalised word that opens a sentence.
 */
const RUN_IN_HEAD = /^\p{Lu}\p{Ll}+(?:\s+\p{Ll}+){0,3}\s+(?=\p{Lu}\p{Ll})/u;

/** The opening after a run-in subhead, or "" when there is none. */
function afterRunInHead(opening: string): string {
  const head = RUN_IN_HEAD.exec(opening);
  if (!head || isStopWord(head[0].trim().split(/\s+/).at(-1)!)) return "";
  return opening.slice(head[0].length);
}

export function leaning(sentence: string): Leaning {
  const text = sentence.trim().replace(/``|''/g, '"');
  const quotes = quoteShape(text);
  if (quotes.closesEarlier)
    return {
      back: true,
      forward: false,
      onPerson: false,
      closesEarlier: true,
      namesSpeakerOfEarlier: namesSpeaker(quotes.after ?? ""),
    };
  const opensWithQuote =
    /^["“]/.test(text) || (SINGLE_MARK_OPENING.test(text) && !/["“”]/.test(text));
  const opening = text.replace(/^[(["“‘']+/, "");
  const connective =
    CONNECTIVE.test(opening) ||
    ENUMERATION.test(opening) ||
    CONNECTIVE.test(afterRunInHead(opening)) ||
    INNER_CONNECTIVE.test(quotes.outside.trim());
  const opener = POINTER.test(opening) && !TIME_DEIXIS.test(opening) && !EXPLETIVE_IT.test(opening);
  const fronted =
    opener || opensWithQuote || connective ? undefined : pronounAfterFrontedPhrase(opening);
  const pointer = opener || fronted !== undefined;
  const unnamedSpeaker = opensWithQuote && !namesSpeaker(quotes.outside);
  const listItem = LIST_ITEM.test(text);
  const speakerLast = opensWithQuote ? undefined : pronounSpeakerLast(text);
  const back =
    connective ||
    pointer ||
    unnamedSpeaker ||
    BACK_POINTING_PHRASE.test(opening) ||
    listItem ||
    LOWER_CASE_START.test(opening) ||
    isBareAttribution(text) ||
    speakerLast !== undefined;
  // The item read as a sentence without its mark: it must lean back for nothing else.
  const item = listItem ? text.replace(LIST_ITEM, "") : "";
  const itemReadsAlone = listItem && statesItsOwn(item) && !leaning(item).back;
  // A pronoun inside the quotation ("“He lied,” she said.") stands for someone the quotation leaves unnamed.
  const onPerson =
    !connective &&
    (opensWithQuote
      ? !pointer && unnamedSpeaker && speakerIsPronoun(quotes.outside)
      : (pointer && PERSONAL.test(fronted ?? opening)) ||
        (speakerLast !== undefined && PERSONAL.test(speakerLast)));
  const speakerLater = unnamedSpeaker && quotes.leftOpen && !connective && !pointer;
  const opensInFirstOrSecondPerson =
    !opensWithQuote && !back && FIRST_OR_SECOND_PERSON.test(opening);
  const firstOrSecondPerson =
    !opensWithQuote &&
    !back &&
    (opensInFirstOrSecondPerson ||
      INTERVIEW_ANSWER.test(text) ||
      (!SINGLE_MARK_QUOTATION.test(text) && FIRST_PERSON_INSIDE.test(quotes.outside)));
  return {
    back,
    forward: quotes.leftOpen,
    onPerson,
    ...(speakerLater && { speakerLater }),
    ...(firstOrSecondPerson && { firstOrSecondPerson }),
    ...(opensInFirstOrSecondPerson && { opensInFirstOrSecondPerson }),
    ...(listItem && { listItem }),
    ...(itemReadsAlone && { itemReadsAlone }),
  };
}

/** A line that introduces a list ("The plans include:"): it ends with a colon. */
export function introducesList(sentence: string): boolean {
  return /:\s*$/.test(sentence);
}

/**
 * "…,” she said.": its speaker is someone named before. A quotation with nothing outside its
 * marks is not: the sentence that says who spoke comes with it.
 */
function speakerIsPronoun(outside: string): boolean {
  return PERSONAL.test(speakerWords(outside));
}

/** The words outside a quotation that may name its speaker ("…,” he said." → "he said"). */
function speakerWords(outside: string): string {
  return outside.replace(/^[\s,.;:!?—–-]+/, "");
}

/** Whether the words outside a quotation name who said it: two words or more, not a pronoun first ("…,” he said"). */
function namesSpeaker(outside: string): boolean {
  const words = speakerWords(outside);
  return (words.match(WORDS) ?? []).length >= 2 && !PRONOUN_SPEAKER.test(words);
}

interface QuoteShape {
  /** A closing quote mark before any opening one: the sentence ends a quotation begun earlier. */
  closesEarlier: boolean;
  /** A quotation opened and not closed: it goes on in the next sentence. */
  leftOpen: boolean;
  /** The text outside quotation marks. */
  outside: string;
  /** For a sentence closing an earlier quotation: the text after its closing mark. */
  after?: string;
}

/** Curly marks say whether they open or close; a straight mark opens after a space or at the start. */
function quoteShape(text: string): QuoteShape {
  if (!/["“”]/.test(text) && /['‘’]/.test(text)) return singleMarkShape(text);
  let depth = 0;
  let outside = "";
  // Where the stretch outside quotation marks now being read began (while depth is 0): taken
  // whole at the next mark, not a character at a time.
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch !== '"' && ch !== "“" && ch !== "”") continue;
    const opens =
      ch === "“" ||
      (ch === '"' && (depth === 0 || i === 0) && (i === 0 || /[\s([—–-]/.test(text[i - 1]!)));
    if (depth === 0) outside += text.slice(from, i);
    if (opens) depth++;
    else {
      if (depth === 0)
        return { closesEarlier: true, leftOpen: false, outside, after: text.slice(i + 1) };
      depth--;
    }
    from = i + 1;
  }
  if (depth === 0) outside += text.slice(from);
  return { closesEarlier: false, leftOpen: depth > 0, outside };
}

/**
 * The same for a sentence quoting in single marks only, as some house styles do (Congress leader
 * Anil Bhandari said, 'The government is announcing projects only because …' over two
 * sentences): a mark opens before a capital after a space, a bracket, a dash or at
 * the start ("'90s", "'em" are no quotations), and closes after a word or punctuation before a
 * space or the end — but a sentence closes an earlier quotation only with a mark right after
 * punctuation ("… nothing happened.'"), not after a word ("the players' union").
 */
function singleMarkShape(text: string): QuoteShape {
  let depth = 0;
  let outside = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch !== "'" && ch !== "‘" && ch !== "’") continue;
    const before = text[i - 1] ?? " ";
    const after = text[i + 1] ?? " ";
    const opens = ch !== "’" && /[\s([—–-]/.test(before) && SINGLE_OPENING_NEXT.test(after);
    const closes = ch !== "‘" && /[\s,.;:!?)—–-]/.test(after) && !/\s/.test(before);
    if (depth === 0 && opens) {
      outside += text.slice(from, i);
      depth = 1;
    } else if (depth === 1 && closes) {
      depth = 0;
      from = i + 1;
    } else if (depth === 0 && closes && /[.,!?]/.test(before) && from === 0 && !outside)
      return { closesEarlier: true, leftOpen: false, outside, after: text.slice(i + 1) };
  }
  if (depth === 0) outside += text.slice(from);
  return { closesEarlier: false, leftOpen: depth > 0, outside };
}
const SINGLE_MARK_OPENING = /^['‘]\p{Lu}/u;
const SINGLE_OPENING_NEXT = /\p{Lu}/u;
