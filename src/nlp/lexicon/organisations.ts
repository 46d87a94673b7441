/**
 * Organisations: names from compromise's lexicon (MIT; name-lexicon-data.ts) plus bodies of
 * British and world news it lacks, the words that end an organisation's name, and the nouns for
 * bodies and writings that speak in news ("the company said", "the report noted"). The
 * additions were written for this project. Lower case.
 */
import * as data from "./name-lexicon-data.js";
import * as tags from "./compromise-tags-data.js";
import { nounKinds } from "./wordnet.js";
import { wordSet } from "./word-set.js";

export const ORGANISATIONS = wordSet(
  "labour tories uefa reuters ofcom ofsted unicef",
  data.ORGANISATIONS,
);

/**
 * Last words that make a capitalised name an organisation: compromise's (compromise-tags-data.ts)
 * and those of parliaments, parties, armies, sports clubs and newspapers it lacks (written for
 * this project).
 */
const ORG_ENDINGS_WRITTEN_HERE = wordSet(
  "party trust league organisation court parliament assembly network technologies records studios pictures " +
    "research fc rovers athletic wanderers albion hotspur county city united alliance movement front force forces " +
    "navy cabinet senate congress house commons lords executive exchange institution companies guardian observer " +
    "independent express mail mirror sun tribune times telegraph post herald journal gazette chronicle review channel games festival awards band sisters watch",
);
const ORG_ENDINGS_OF_COMPROMISE = wordSet("", tags.ORG_WORDS);

export const ORG_SUFFIXES = new Set([...ORG_ENDINGS_WRITTEN_HERE, ...ORG_ENDINGS_OF_COMPROMISE]);

/**
 * A capitalised word standing alone that names a body by itself ("the Senate", "the Army", "the
 * Department", "Associates"): one of the endings written here, or one of compromise's whose most
 * common WordNet sense is a group, a medium or people. Compromise's endings also hold nouns of
 * things and acts ("Hotel", "Mobile", "Education", "Oil") that end a body's name but alone are a
 * title, a sentence's first word or the tail of "Department of Education".
 */
export function namesABodyAlone(word: string): boolean {
  if (ORG_ENDINGS_WRITTEN_HERE.has(word)) return true;
  if (!ORG_ENDINGS_OF_COMPROMISE.has(word)) return false;
  const first = nounKinds(word)[0];
  return first === "group" || first === "communication" || first === "person";
}

/**
 * The legal forms that end a firm's name ("Acme Corp.", "Vireo Holdings plc", "Siemens AG"),
 * lower case without a full stop: a closed class set by company law (English, US, French,
 * German, Dutch), written here.
 */
export const LEGAL_FORMS = wordSet(
  "inc incorporated corp corporation co company plc llc llp ltd limited lp sa ag nv gmbh holdings",
);

/** Nouns for bodies that speak: "the company said", "the firm added", "the campaign said in a statement". */
export const SPEAKING_BODIES = wordSet(
  "company firm group club union party government ministry department agency council committee board paper campaign " +
    "newspaper magazine bank regulator watchdog organisation organization association federation league police army court " +
    "media television tv radio broadcaster",
);

/** Nouns for writings that speak for their author: "Mr Kok's report noted", "Marca's headline says". */
export const DOCUMENTS = wordSet(
  "report reports statement letter website site blog book column article survey study headline paper review memo " +
    "note email e-mail speech submission document",
);
