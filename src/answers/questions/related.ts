/**
 * Related forms of a question word that news text uses for the same thing: a country, its
 * adjective and its capital (a government is often named by its capital: "talks with
 * Moscow"), a few everyday related words of news ("vote" ~ "election", "quit" ~ "resign"),
 * and the synonyms of the word's commonest sense in WordNet (nlp/lexicon/wordnet.ts:
 * "physician" ~ "doctor", "sued" ~ "litigate"). General knowledge only, nothing about any one
 * article. Measured on the question eval: WordNet beside the lists, for words no article
 * uses, helps (polnear tune 77.2 → 78.0 %, nothing drops); for every word it lost a BBC
 * question with the whole corpus loaded ("newspaper" found its synonyms' sentences); instead
 * of the lists it loses BBC and seed questions ("fall" ~ "drop", "want" ~ "aim" are related
 * words, not synonyms); two senses instead of one gain more on the tune set but lose a BBC
 * and a held-out question.
 */

import { synonyms } from "../../nlp/lexicon/wordnet.js";
import { isStopWord } from "../../nlp/tokens.js";

/** Each group: the words that may stand for one another. */
const PLACES: string[][] = [
  ["russia", "russian", "russians", "moscow", "kremlin"],
  ["britain", "british", "uk", "london", "england", "english", "downing"],
  ["america", "american", "americans", "us", "usa", "washington"],
  ["china", "chinese", "beijing"],
  ["france", "french", "paris", "elysee"],
  ["germany", "german", "germans", "berlin"],
  ["japan", "japanese", "tokyo"],
  ["ukraine", "ukrainian", "kiev", "kyiv"],
  ["india", "indian", "delhi"],
  ["italy", "italian", "rome"],
  ["spain", "spanish", "madrid"],
  ["iran", "iranian", "tehran"],
  ["iraq", "iraqi", "baghdad"],
  ["israel", "israeli", "jerusalem"],
  ["turkey", "turkish", "ankara"],
  ["egypt", "egyptian", "cairo"],
  ["canada", "canadian", "ottawa"],
  ["australia", "australian", "canberra"],
  ["netherlands", "dutch", "holland", "amsterdam", "hague"],
  ["belgium", "belgian", "brussels"],
  ["poland", "polish", "warsaw"],
  ["sweden", "swedish", "stockholm"],
  ["denmark", "danish", "copenhagen"],
  ["switzerland", "swiss", "geneva", "bern", "zurich"],
  ["greece", "greek", "athens"],
  ["korea", "korean", "seoul", "pyongyang"],
  ["pakistan", "pakistani", "islamabad"],
  ["afghanistan", "afghan", "kabul"],
  ["syria", "syrian", "damascus"],
  ["ireland", "irish", "dublin"],
  ["scotland", "scottish", "scots", "edinburgh", "holyrood"],
  ["wales", "welsh", "cardiff"],
  ["portugal", "portuguese", "lisbon"],
  ["austria", "austrian", "vienna"],
  ["mexico", "mexican"],
  ["brazil", "brazilian"],
  ["argentina", "argentine", "argentinian"],
  ["nigeria", "nigerian", "abuja"],
  ["kenya", "kenyan", "nairobi"],
  ["europe", "european", "eu", "brussels"],
  ["norway", "norwegian", "oslo"],
  ["finland", "finnish", "helsinki"],
  ["hungary", "hungarian", "budapest"],
  ["czech", "prague"],
  ["thailand", "thai", "bangkok"],
  ["vietnam", "vietnamese", "hanoi"],
  ["indonesia", "indonesian", "jakarta"],
  ["philippines", "filipino", "manila"],
  ["saudi", "riyadh"],
  ["zimbabwe", "zimbabwean", "harare"],
  ["palestinian", "palestinians", "gaza"],
  ["lebanon", "lebanese", "beirut"],
  ["serbia", "serbian", "belgrade"],
  ["georgia", "georgian", "tbilisi"],
  ["belarus", "belarusian", "minsk"],
];

const SYNONYMS: string[][] = [
  ["election", "elections", "vote", "votes", "voting", "poll", "polls", "ballot", "electoral"],
  ["candidate", "candidates", "contender", "nominee", "running"],
  ["resign", "resigned", "resignation", "quit", "quits"],
  ["visit", "visited", "trip", "travel", "travelled", "traveled"],
  ["meet", "met", "meeting", "talks"],
  ["company", "firm", "business", "group", "corporation"],
  [
    "rise",
    "rose",
    "risen",
    "increase",
    "increased",
    "grow",
    "grew",
    "growth",
    "climb",
    "climbed",
    "higher",
    "gain",
    "gains",
    "soar",
    "soared",
    "surge",
    "surged",
    "boost",
    "boosted",
    "raise",
    "raised",
  ],
  [
    "fall",
    "fell",
    "fallen",
    "drop",
    "dropped",
    "decline",
    "declined",
    "decrease",
    "slump",
    "slumped",
    "lower",
    "down",
    "cut",
    "cuts",
    "dip",
    "dipped",
    "slip",
    "slipped",
    "tumble",
    "tumbled",
    "plunge",
    "plunged",
    "shrink",
    "shrank",
    "dent",
    "dented",
  ],
  ["profit", "profits", "earnings", "income"],
  ["buy", "bought", "acquire", "acquired", "acquisition", "purchase", "takeover", "deal"],
  ["sell", "sold", "sale", "sales"],
  ["win", "won", "wins", "victory", "beat", "winner"],
  ["score", "scored", "scores", "scorer", "scoring", "goal", "goals", "netted"],
  ["lose", "lost", "loses", "defeat", "defeated", "loss"],
  ["job", "post", "role", "position", "office"],
  ["law", "bill", "legislation"],
  ["die", "died", "dead", "death", "killed", "kill"],
  ["money", "funds", "funding", "cash", "budget"],
  ["price", "prices", "cost", "costs"],
  ["economy", "economic", "economies"],
  ["relation", "relations", "relationship", "ties", "cooperation", "partnership", "interaction"],
  ["ally", "allies", "alliance", "partner", "partners"],
  ["sanction", "sanctions", "embargo"],
  ["film", "films", "movie", "movies"],
  ["song", "songs", "album", "music"],
  ["game", "games", "match", "matches", "fixture"],
  ["war", "conflict", "fighting"],
  ["agreement", "deal", "treaty", "pact", "accord"],
  ["boss", "chief", "head", "leader"],
  ["government", "administration", "cabinet", "ministers"],
  ["country", "nation"],
  ["start", "began", "begin", "launch", "launched", "started"],
  ["plan", "plans", "proposal", "proposals", "propose", "proposed"],
  ["job", "jobs", "employment", "workers", "staff"],
  ["interview", "interviewed"],
  [
    "want",
    "wants",
    "wanted",
    "wish",
    "wishes",
    "hope",
    "hopes",
    "seek",
    "seeks",
    "expect",
    "expects",
    "aim",
    "aims",
  ],
  ["fine", "fined", "penalty", "punish", "punished"],
  ["revenue", "revenues", "turnover", "sales"],
  ["president", "presidency", "presidential"],
  ["important", "importance", "significant", "priority"],
];

const RELATED = new Map<string, { words: Set<string>; kind: "place" | "synonym" }[]>();
for (const [groups, kind] of [
  [PLACES, "place"],
  [SYNONYMS, "synonym"],
] as const) {
  for (const g of groups) {
    const set = new Set(g);
    for (const w of g) {
      const list = RELATED.get(w) ?? [];
      list.push({ words: set, kind });
      RELATED.set(w, list);
    }
  }
}

/** Weight of a WordNet synonym: a word of one of the question word's two commonest senses. */
const WORDNET_WEIGHT = 0.5;

/**
 * Words related to a (lower-case) word, with a weight: places and forms 0.8, synonyms 0.6,
 * WordNet's 0.5 (`withSynonyms`: the caller asks for them only for a word no article uses).
 */
export function relatedWords(
  word: string,
  withSynonyms = true,
): Array<{ word: string; weight: number }> {
  const out = new Map<string, number>();
  if (withSynonyms && !isStopWord(word)) for (const w of synonyms(word)) out.set(w, WORDNET_WEIGHT);
  for (const g of RELATED.get(word) ?? []) {
    const weight = g.kind === "place" ? 0.8 : 0.6;
    for (const w of g.words) if (w !== word) out.set(w, Math.max(out.get(w) ?? 0, weight));
  }
  return [...out].map(([w, weight]) => ({ word: w, weight }));
}
