/**
 * Word lists for telling people from organisations and places: compromise's lexicon
 * (see name-lexicon-data.ts) plus the titles, role words and name suffixes news writing uses.
 * Everything is lower case; look words up with `.toLowerCase()`.
 */
import * as data from "./name-lexicon-data.js";

const set = (packed: string, extra = ""): Set<string> =>
  new Set([...packed.split("|"), ...extra.split(" ")].filter(Boolean));

export const MALE_NAMES = set(data.MALE_NAMES);
export const FEMALE_NAMES = set(data.FEMALE_NAMES);
export const UNISEX_NAMES = set(data.FIRST_NAMES);
export const LAST_NAMES = set(data.LAST_NAMES);
/** Full names ("bill gates") and a few single famous names ("ferguson"). */
export const FULL_NAMES = set(data.FULL_NAMES);
export const PLACES = set(
  data.PLACES,
  "britain america us u.s. west east north south africa arabia scotland wales ireland ulster kosovo gaza darfur " +
    "westminster whitehall hollywood silicon valley wall street",
);
export const DEMONYMS = set(data.DEMONYMS);
export const ORGANISATIONS = set(
  data.ORGANISATIONS,
  "labour tories nato opec fifa uefa nasa bbc itv cnn reuters ofcom ofsted interpol unicef unesco ukip",
);

/** Person role nouns: "president", "spokesman", "striker" (singular). */
export const ROLE_NOUNS = set(
  data.ROLE_NOUNS,
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
    "international veteran youngster teenager newcomer rookie chief-of-staff aide whip speaker",
);

/** Capitalised words that carry a title before a name ("President", "Secretary", "MEP"). */
export const TITLE_WORDS = new Set(
  (
    "president vice-president premier minister secretary chancellor senator sen governor gov mayor king queen prince " +
    "princess pope judge justice ambassador commissioner chairman chairwoman chair chief director leader coach manager " +
    "captain general gen colonel col commander admiral lieutenant lt sergeant sgt inspector detective det constable " +
    "superintendent archbishop bishop cardinal sheikh ayatollah imam rabbi reverend rev pastor father brother sister " +
    "mp mep msp ceo dj vj spokesman spokeswoman executive officer representative rep congressman congresswoman " +
    "deputy chief-executive striker midfielder defender goalkeeper keeper winger skipper boss editor presenter " +
    "journalist analyst economist professor prof doctor attorney prosecutor counsel envoy emir sultan tsar czar " +
    "chancellor-elect president-elect premier-elect"
  ).split(" "),
);

/** Honorifics: "Mr", "Dr", "Sir". `kept` ones stay part of the display name ("Sir Alex Ferguson"). */
export const HONORIFICS: Record<string, { gender?: "m" | "f"; kept?: boolean }> = {
  mr: { gender: "m" },
  mister: { gender: "m" },
  mrs: { gender: "f" },
  ms: { gender: "f" },
  miss: { gender: "f" },
  dr: {},
  prof: {},
  professor: {},
  sir: { gender: "m", kept: true },
  dame: { gender: "f", kept: true },
  lord: { gender: "m", kept: true },
  lady: { gender: "f", kept: true },
  baroness: { gender: "f", kept: true },
  baron: { gender: "m", kept: true },
  rev: {},
  reverend: {},
  messrs: {},
};

/** Last words that make a capitalised name an organisation. */
export const ORG_SUFFIXES = new Set(
  (
    "party association union council committee commission corporation corp inc ltd plc llc group bank agency ministry " +
    "department office university college school institute club society foundation trust fund federation league " +
    "organisation organization service services authority board court parliament assembly government times post " +
    "news network television tv radio airlines airways motors systems technologies records studios pictures " +
    "industries holdings partners research securities international fc rovers athletic wanderers albion hotspur " +
    "county city united academy alliance coalition movement front army police force forces navy church cabinet " +
    "senate congress house commons lords executive exchange institution centre center co company companies media " +
    "magazine journal gazette herald telegraph guardian observer independent express mail mirror sun chronicle " +
    "tribune review press channel games festival awards orchestra band brothers sisters watch"
  ).split(" "),
);

/** Last words that make a capitalised name a place. */
export const PLACE_SUFFIXES = new Set(
  "street road avenue lane square river lake mountains mountain island islands bay sea ocean county province state valley park bridge airport stadium".split(
    " ",
  ),
);

/** Small words inside names: "Ruud van Nistelrooy", "Osama bin Laden". */
export const NAME_PARTICLES = new Set(
  "van von de der den du da di la le bin ibn al el dos das del della ter ten".split(" "),
);

/** Capitalised words that never start or continue a name. */
export const NOT_NAME_WORDS = new Set(
  (
    "january february march april may june july august september october november december monday tuesday wednesday " +
    "thursday friday saturday sunday christmas easter i i'm i've i'd i'll"
  ).split(" "),
);

/** Function words that are capitalised only because they start a sentence or a quote. */
export const SENTENCE_WORDS = new Set(
  (
    "the a an but and or nor so yet for in on at by of to from with without into onto over under after before during " +
    "since until unless although though because as if when while where whereas whether which who whom whose what why " +
    "how he she it they we you his her its their our my your this that these those there here then now also however " +
    "meanwhile moreover furthermore indeed still already even just only both each every all some many most more less " +
    "few several such other another any no not one two three four five six seven eight nine ten last next first " +
    "second third earlier later despite instead perhaps maybe thus hence therefore elsewhere overall besides " +
    "according asked speaking writing despite yes ok okay oh well let let's it's that's there's here's what's " +
    "we're they're we've they've you're don't can't won't didn't isn't wasn't aren't weren't do does did is was " +
    "are were be been has have had will would can could should shall might must after among against around " +
    "about above below between beyond through throughout toward towards upon within along across behind near"
  ).split(" "),
);

export function firstNameGender(word: string): "m" | "f" | "u" | undefined {
  const w = word.toLowerCase();
  if (MALE_NAMES.has(w)) return "m";
  if (FEMALE_NAMES.has(w)) return "f";
  if (UNISEX_NAMES.has(w)) return "u";
  return undefined;
}
