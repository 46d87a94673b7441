/**
 * Organisations: names from compromise's lexicon (MIT; name-lexicon-data.ts) plus bodies of
 * British and world news it lacks, the words that end an organisation's name, and the nouns for
 * bodies and writings that speak in news ("the company said", "the report noted"). The
 * additions were written for this project. Lower case.
 */
import * as data from "./name-lexicon-data.js";
import { wordSet } from "./word-set.js";

export const ORGANISATIONS = wordSet(
  "labour tories nato opec fifa uefa nasa bbc itv cnn reuters ofcom ofsted interpol unicef unesco ukip",
  data.ORGANISATIONS,
);

/** Last words that make a capitalised name an organisation. */
export const ORG_SUFFIXES = wordSet(
  "party association union council committee commission corporation corp inc ltd plc llc group bank agency ministry " +
    "department office university college school institute club society foundation trust fund federation league " +
    "organisation organization service services authority board court parliament assembly government times post " +
    "news network television tv radio airlines airways motors systems technologies records studios pictures " +
    "industries holdings partners research securities international fc rovers athletic wanderers albion hotspur " +
    "county city united academy alliance coalition movement front army police force forces navy church cabinet " +
    "senate congress house commons lords executive exchange institution centre center co company companies media " +
    "magazine journal gazette herald telegraph guardian observer independent express mail mirror sun chronicle " +
    "tribune review press channel games festival awards orchestra band brothers sisters watch",
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
