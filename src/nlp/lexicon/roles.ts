/**
 * Words for what people are: role nouns ("president", "striker", "spokesman") from compromise's
 * lexicon (MIT; its #Actor nouns, in name-lexicon-data.ts) plus the roles of news writing, and
 * the words that qualify a role ("former", "shadow", "deputy"). The additions were written for
 * this project from BBC and US news.
 */
import * as data from "./name-lexicon-data.js";
import { TITLE_WORDS } from "./titles.js";
import { DOCUMENTS, SPEAKING_BODIES } from "./organisations.js";
import { nounKinds } from "./wordnet.js";
import { wordSet } from "./word-set.js";

/** Person role nouns: "president", "spokesman", "striker" (singular). */
export const ROLE_NOUNS = wordSet(
  "spokesman spokeswoman spokesperson chief executive head chairman chairwoman director striker midfielder defender " +
    "winger forward goalkeeper keeper coach manager boss captain skipper leader minister secretary chancellor senator " +
    "governor mayor premier president vice-president co-ordinator coordinator analyst economist strategist editor " +
    "presenter dj vj mp mep msp ceo cfo coo founder co-founder owner official spokesman analyst campaigner expert " +
    "commentator correspondent pundit singer star rapper actress actor comedian musician guitarist drummer drummer " +
    "bassist frontman vocalist songwriter producer novelist author writer director-general chair vice-chairman " +
    "vice-chair deputy envoy ambassador diplomat adviser advisor lawyer solicitor barrister attorney prosecutor judge " +
    "justice officer inspector detective superintendent constable commissioner chief-executive psychologist " +
    "psychiatrist scientist researcher professor lecturer teacher doctor surgeon nurse consultant partner " +
    "shareholder investor trader banker broker chairman treasurer general colonel commander admiral marshal " +
    "sergeant lieutenant major pope king queen prince princess duke duchess emperor sheikh ayatollah cleric " +
    "bishop archbishop cardinal priest vicar rabbi imam monarch dutchman frenchman scotsman welshman irishman " +
    "englishman businessman businesswoman sportsman champion runner athlete sprinter swimmer cyclist golfer " +
    "boxer jockey trainer driver rider batsman bowler fly-half scrum-half prop hooker lock flanker centre full-back " +
    "international veteran youngster teenager newcomer rookie chief-of-staff aide whip speaker pollster",
  data.ROLE_NOUNS,
);

/** A word that names a person's role or title ("president", "spokesman", "striker"). */
export function isRoleNoun(lower: string): boolean {
  return ROLE_NOUNS.has(lower) || TITLE_WORDS.has(lower);
}

/**
 * A noun for a person: a role, or a noun whose commonest sense in WordNet is a person
 * ("candidate", "nominee", "delegate", "republican", "voter").
 */
export function isPersonNoun(lower: string): boolean {
  return isRoleNoun(lower) || nounKinds(lower)[0] === "person";
}

/**
 * A noun for someone who can speak: a role, or in WordNet a person, a group in its commonest
 * senses, or a writing first of all ("voter", "crowd", "office", "statement"; not "city").
 */
export function isSpeakerNoun(lower: string): boolean {
  const singular = lower.replace(/s$/, "");
  if (isRoleNoun(lower) || isRoleNoun(singular)) return true;
  if (SPEAKING_BODIES.has(singular) || DOCUMENTS.has(lower)) return true;
  const kinds = nounKinds(lower);
  return (
    kinds[0] === "communication" || kinds.slice(0, 2).includes("group") || kinds.includes("person")
  );
}

/** Lower-case words that may stand inside a role before its noun: "chief", "shadow", "former". */
export const ROLE_MODIFIERS = wordSet(
  "former ex acting interim outgoing incoming new first second chief executive managing general deputy vice assistant " +
    "senior junior principal lead head shadow foreign home prime finance trade health education defence defense " +
    "environment culture justice interior treasury press communications marketing sales technical sports team club " +
    "national regional local state federal party election campaign research news music film fashion creative artistic " +
    "political economic legal financial commercial operating independent international european global associate " +
    "founding co labs chief-executive junior-minister work pensions transport energy industry business telecoms " +
    "technology broadband personal digital media arts tourism science sport rugby football cricket tennis golf " +
    "opposition backbench frontbench cabinet government labour conservative tory liberal democrat green senior " +
    "veteran world olympic former-world reigning defending current then late former british american european " +
    "metropolitan police security intelligence military army naval air defence-",
);

/**
 * Lower-case words a speaker's noun phrase may hold before its verb ("Telecom analysts Ovum
 * welcomed", "BT chief executive … said"). Narrower than ROLE_MODIFIERS on purpose: its words
 * of parties and subjects ("labour", "new") would make "Labour's new … said" a speaker.
 */
export const SPEAKER_ROLE_WORDS = wordSet(
  "chief executive managing general deputy vice assistant senior former acting interim shadow foreign home prime " +
    "first news press political research technical sports team labs fellow distance marathon club party service " +
    "provider telecom telecoms internet",
);

/** Person nouns too vague to be a title before a name ("My Masochistic Baby Went …"). */
export const GENERIC_PERSON_WORDS = wordSet(
  "baby boy girl man woman child kid friend lover human person guest fan son daughter mother father brother sister " +
    "wife husband boyfriend girlfriend mate pal buddy dude lady gentleman hero heroine villain ghost god goddess king queen",
);
