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

/**
 * Person role nouns: "president", "spokesman", "striker" (singular): compromise's #Actor nouns
 * and, written here, those of news it lacks (keep a word here only if name-lexicon-data.ts has it not).
 */
export const ROLE_NOUNS = wordSet(
  "spokesman spokeswoman chief executive head striker midfielder defender winger forward keeper coach " +
    "skipper senator governor premier vice-president co-ordinator strategist presenter dj vj mp mep msp " +
    "coo founder co-founder owner official campaigner expert commentator correspondent pundit star " +
    "guitarist drummer bassist frontman vocalist songwriter novelist director-general chair vice-chairman " +
    "vice-chair envoy ambassador adviser solicitor barrister prosecutor judge justice chief-executive " +
    "psychiatrist lecturer nurse shareholder investor treasurer general marshal major pope king duke " +
    "duchess sheikh ayatollah cardinal vicar imam dutchman frenchman scotsman welshman irishman " +
    "englishman sportsman runner sprinter swimmer cyclist boxer jockey trainer rider batsman bowler " +
    "fly-half scrum-half prop hooker lock flanker centre full-back international youngster newcomer " +
    "rookie chief-of-staff aide whip speaker pollster",
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
    "opposition backbench frontbench cabinet government labour conservative tory liberal democrat green " +
    "veteran world olympic former-world reigning defending current then late british american " +
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

/**
 * Nouns for someone who speaks for another, is another's kin or deals with them, or voices a
 * programme: "X was charged. “…,” the lawyer said" is not X (quotes/epithet.ts). Written here
 * (session 19) from news usage; WordNet does not mark such relational nouns.
 */
export const STAND_IN_HEADS = wordSet(
  "spokesman spokeswoman spokesperson representative lawyer attorney solicitor barrister aide agent adviser " +
    "advisor mother father wife husband son daughter brother sister friend neighbour neighbor partner widow " +
    "widower boss colleague victim witness officer official source prosecutor judge narrator announcer " +
    "moderator host interviewer reporter caller",
);

/** Person nouns too vague to be a title before a name ("My Masochistic Baby Went …"). */
export const GENERIC_PERSON_WORDS = wordSet(
  "baby boy girl man woman child kid friend lover human person guest fan son daughter mother father brother sister " +
    "wife husband boyfriend girlfriend mate pal buddy dude lady gentleman hero heroine villain ghost god goddess king queen",
);
