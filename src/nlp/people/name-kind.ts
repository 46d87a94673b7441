/** What a name run's words alone say it names (a person, a body, a place), and the gender they give. */
import { isCalendarWord, TIME_WORDS } from "../lexicon/calendar.js";
import { SENTENCE_WORDS } from "../lexicon/function-words.js";
import { namesABodyAlone, ORG_SUFFIXES, ORGANISATIONS } from "../lexicon/organisations.js";
import {
  FULL_NAMES,
  LAST_NAMES,
  NAME_PARTICLES,
  ONE_WORD_NAMES,
  firstNameGender,
  givenNameGender,
} from "../lexicon/person-names.js";
import { DEMONYMS, PLACE_SUFFIXES, PLACES } from "../lexicon/places.js";
import { isRoleNoun } from "../lexicon/roles.js";
import { HONORIFICS, TITLE_WORDS } from "../lexicon/titles.js";
import { singular } from "../lexicon/irregular-verbs.js";
import {
  LEX_FILE,
  commonerAsVerb,
  isEnglishWord,
  nounAncestors,
  nounFileNumbers,
  nounKinds,
  nounSenses,
} from "../lexicon/wordnet.js";
import { ACRONYM } from "./name-words.js";
import { isBodyHead } from "./name-extent.js";
import type { NameRun, NameKind } from "./names.js";

/**
 * WordNet's lexicographer files of natural objects (rivers, lakes, hills) and of times (morning,
 * evening): a word whose commonest sense is one is no given name before an unknown word
 * ("River Benue", "Morning Joe").
 */
const NOT_A_GIVEN_NAME_FIRST = new Set<number>([LEX_FILE.nounObject, LEX_FILE.nounTime]);

/** What a name's words alone say it is (set on run.kind), and the gender its title or first name gives. */
export function classify(run: NameRun): void {
  const lower = run.words.map((w) => w.toLowerCase());
  const full = lower.join(" ");
  const last = lower[lower.length - 1]!;
  const honorific = run.honorific ? HONORIFICS[run.honorific] : undefined;
  if (honorific?.gender) run.gender = honorific.gender;
  const g = lower.length > 1 ? firstNameGender(lower[0]!) : undefined;
  const guess = lower.length > 1 ? givenNameGender(lower[0]!) : undefined;
  if (!run.gender && (guess === "m" || guess === "f") && !outsideTheNameLists(lower)) {
    run.gender = guess;
    run.guessedGender = true;
  }
  if (run.honorific) {
    run.kind = "person";
    return;
  }
  const thingInitials =
    lower.length === 1 && ACRONYM.test(run.words[0]!) && initialsOfAThing(run.words[0]!);
  if (
    ORGANISATIONS.has(full) ||
    lower.some((w, k) => (w === "of" || w === "for") && k > 0 && isBodyHead(lower[k - 1]!)) ||
    (lower.length > 1 ? ORG_SUFFIXES.has(last) : namesABodyAlone(last) && !thingInitials) ||
    (lower.length === 1 && ACRONYM.test(run.words[0]!) && !PLACES.has(full) && !thingInitials) ||
    // "EMI Music", "CIBC World Markets": a name opening with a body's initials (of three or more) is the body's.
    (lower.length > 1 && /^[A-Z]{3,}$/.test(run.words[0]!) && !isEnglishWord(lower[0]!))
  ) {
    run.kind = "organisation";
    return;
  }
  // "Hotel", "Associates": a word that ends a body's name but alone names none is no one's name.
  if (lower.length === 1 && ORG_SUFFIXES.has(last)) return;
  // "Ann Park", "Jo Lane": a given name before a place's last word may be a person's (a Korean
  // Park, an English Lane) as well as a street's; the context decides ("Victoria Park" stays none).
  if (
    !PLACES.has(full) &&
    !run.title &&
    lower.length === 2 &&
    PLACE_SUFFIXES.has(last) &&
    firstNameGender(lower[0]!) &&
    !PLACES.has(lower[0]!)
  )
    return;
  if (PLACES.has(full) || PLACE_SUFFIXES.has(last)) {
    run.kind = run.title ? "person" : "place";
    return;
  }
  const facility = !run.title && lower.length > 1 ? facilityName(lower) : undefined;
  if (facility === "place") {
    [run.kind, run.gender, run.guessedGender] = ["place", undefined, undefined];
    return;
  }
  if (facility === "open") return;
  const known = lower.length > 1 && !run.title ? thingNamed(lower) : undefined;
  if (known) {
    run.kind = known;
    return;
  }
  if (lower.length === 1 && DEMONYMS.has(full)) return;
  // "African American", "Mexican American": two nationalities describe people; they name nothing.
  if (lower.length === 2 && DEMONYMS.has(lower[0]!) && DEMONYMS.has(last)) return;
  // "Saudi Arabian", "Afghan Women": a nationality before a noun for people describes them.
  if (lower.length === 2 && DEMONYMS.has(lower[0]!) && nounForPeople(last)) return;
  // "Swiss Re", "American Idol": a nationality before words that hold no given name names a body or a thing.
  if (
    lower.length === 2 &&
    DEMONYMS.has(lower[0]!) &&
    !givenNameGender(run.words[0]!) &&
    !isRoleNoun(last) &&
    !last.endsWith("s")
  ) {
    run.kind = "organisation";
    return;
  }
  // "Went And Left Me": a title of a work, not a name.
  if (lower.slice(1).some((w) => SENTENCE_WORDS.has(w) && !NAME_PARTICLES.has(w))) return;
  if (run.title) {
    run.kind = "person";
    return;
  }
  // "Rihanna", "Beyonce": a one-word name compromise knows as a person's.
  if (lower.length === 1 && ONE_WORD_NAMES.has(full) && !ORGANISATIONS.has(full)) {
    run.kind = "person";
    return;
  }
  if (lower.length === 1) return;
  if (FULL_NAMES.has(full)) {
    run.kind = "person";
    return;
  }
  const anyPlaceOrOrg = lower.some((w) => PLACES.has(w) || ORGANISATIONS.has(w) || DEMONYMS.has(w));
  // "Johanna Bayer", "Michael Dell": a first name before a firm's word is a person named so.
  if (g && !PLACES.has(last) && (!ORGANISATIONS.has(last) || lower.length === 2)) {
    run.kind = "person";
    return;
  }
  // "Rosa Lima", "Tom Salem": two words, a first name the name lists know before a
  // place's name, name a person named so when the first word is no place itself ("Carson City",
  // "Santa Fe" are written whole in the place lists; "Victoria Park" ends on a place's suffix).
  if (
    g &&
    lower.length === 2 &&
    PLACES.has(last) &&
    !PLACES.has(lower[0]!) &&
    !ORGANISATIONS.has(full) &&
    !DEMONYMS.has(lower[0]!)
  ) {
    run.kind = "person";
    return;
  }
  // "Bill McInturff", "Rich Beeson": a given name that is also an English word ("bill", "rich"),
  // before a surname no dictionary knows, names a person ("Bill Tuesday", "Grant Park" do not).
  // Not a word whose commonest sense is a natural feature or a time ("River Benue", "Lake Tana",
  // "Morning Joe", a show: WordNet's noun.object and noun.time).
  if (
    guess &&
    lower.length <= 3 &&
    !anyPlaceOrOrg &&
    !isCalendarWord(lower[0]!) &&
    !TIME_WORDS.has(lower[0]!) &&
    /^\p{Lu}\p{Ll}/u.test(run.words[lower.length - 1]!) &&
    !isEnglishWord(last) &&
    !NOT_A_GIVEN_NAME_FIRST.has(nounFileNumbers(lower[0]!)[0] ?? -1)
  ) {
    run.kind = "person";
    return;
  }
  // "Ruud van Nistelrooy", not "Stade de France".
  if (lower.length <= 4 && lower.some((w) => NAME_PARTICLES.has(w)) && !PLACES.has(last)) {
    run.kind = "person";
    return;
  }
  // "B.B. King", "J.K. Rowling": given names as initials before a surname; not "U.S. Steel".
  if (
    lower.length === 2 &&
    /^(\p{Lu}\.)+\p{Lu}$/u.test(run.words[0]!) &&
    !PLACES.has(lower[0]!) &&
    !PLACES.has(`${lower[0]!}.`) &&
    !ORGANISATIONS.has(lower[0]!)
  ) {
    run.kind = "person";
    return;
  }
  // "Tory Leader" names a role, not a person.
  if (TITLE_WORDS.has(last)) return;
  if (!anyPlaceOrOrg && lower.length <= 3 && (LAST_NAMES.has(last) || FULL_NAMES.has(last))) {
    run.kind = "person";
  }
}

/**
 * What WordNet (3.1) files above a noun for a building, a facility or a piece of ground: its
 * commonest sense's hypernyms include one of these (not "market", "cinema", "forum": an
 * activity, a medium, a meeting first) ("garden" → tract, "stadium" →
 * structure, "airport" → facility, "street" → way, "harbour" → geographic point).
 */
const FACILITY_ANCESTORS = ["structure", "facility", "way", "tract", "geographic_point"];

/**
 * "Madison Square Garden", "Royal Albert Hall": a name of three words or more ending in a noun
 * for a building or ground (WordNet hypernyms above) with an English word that is no name's
 * before it names a place ("place"); "Glass Harbour" (a band, or a harbour) of two words may be
 * either ("open": the context decides). Not "Jerry Hall", "Mark Kirk", "Marcus Bent" (names
 * only: the surname's sense says nothing), "John Kennedy" (a person in WordNet), "American Red
 * Cross" (a body the lists know).
 */
function facilityName(lower: string[]): "place" | "open" | undefined {
  const last = lower[lower.length - 1]!;
  if (!isFacilityNoun(last)) return undefined;
  const before = lower.slice(0, -1);
  // "Save Eastfield Libraries", "Stop Westgate Pools": a call opening with a verb for places of a
  // kind (a plural) names a campaign, not a place (not "Trump Tower Grill").
  if (commonerAsVerb(lower[0]!) && /[^s]s$/.test(last) && !givenNameGender(lower[0]!))
    return undefined;
  const plainWord = (w: string) =>
    isEnglishWord(w) && !givenNameGender(w) && !LAST_NAMES.has(w) && !NAME_PARTICLES.has(w);
  if (!before.some(plainWord)) return undefined;
  // "American Red Cross": a body's name the lists know ending it.
  if (lower.some((_, k) => ORGANISATIONS.has(lower.slice(k).join(" ")))) return undefined;
  return before.length > 1 ? "place" : "open";
}

const facilityNouns = new Map<string, boolean>();

/** "garden", "stadium", "hall": a noun WordNet files under a building, a facility or ground, and never as a person. */
function isFacilityNoun(w: string): boolean {
  let known = facilityNouns.get(w);
  if (known === undefined) {
    const above = nounAncestors(w, 1);
    known = !nounKinds(w).includes("person") && FACILITY_ANCESTORS.some((a) => above.has(a));
    facilityNouns.set(w, known);
  }
  return known;
}

/**
 * "Aung San Suu Kyi", "Kim Jong Un", "Nguyen Xuan Phuc": a name of three words or more none of
 * whose words after the first (initials aside; no particle as "van", "bin") the name lists know (their given names and surnames are of
 * English-speaking countries) is of a naming system they do not cover — its first word may be a
 * family name or no given name at all — so the first word's usual gender there says nothing.
 */
function outsideTheNameLists(lower: string[]): boolean {
  const rest = lower.slice(1).filter((w) => !/^(\p{L}\.?)$/u.test(w));
  return (
    lower.length >= 3 &&
    rest.length >= 2 &&
    !rest.some((w) => NAME_PARTICLES.has(w)) &&
    rest.every((w) => !givenNameGender(w) && !LAST_NAMES.has(w) && !FULL_NAMES.has(w))
  );
}

/**
 * "Capitol Hill", "Wall Street", "Jim Crow": a name WordNet knows, none of whose senses is a
 * person — a place when its first sense is a location, else a body or thing (kept as an
 * organisation so that it is never a speaker's name).
 */
function thingNamed(lower: string[]): NameKind | undefined {
  const kinds = nounKinds(lower.join("_"));
  if (!kinds.length || kinds.includes("person")) return undefined;
  return kinds[0] === "location" ? "place" : "organisation";
}

/** WordNet's lexicographer files of the senses that make initials a thing's. */
const ANY_SENSE_THING = new Set<number>([
  LEX_FILE.nounArtifact,
  LEX_FILE.nounState,
  LEX_FILE.nounTime,
]);
const FIRST_SENSE_THING = new Set<number>([
  LEX_FILE.nounAct,
  LEX_FILE.nounCommunication,
  LEX_FILE.nounPerson,
  LEX_FILE.nounPossession,
  LEX_FILE.nounSubstance,
]);

/**
 * "TV", "PC", "DVD", "GMT", "AIDS", "CEO": initials WordNet writes so (in capitals) for a device,
 * a state, a time, a medium or a title, and never for a group, are no organisation's name. Not
 * "FBI", "NRA", "SEC" (groups), nor "ISIS", "BARD", "GE" (words or symbols WordNet does not write
 * in capitals: a body's initials in news).
 */
export function initialsOfAThing(written: string): boolean {
  let known = initialsRead.get(written);
  if (known === undefined) initialsRead.set(written, (known = readInitials(written)));
  return known;
}

/** Initials already read (a few hundred at most: capitals of two to six letters news uses). */
const initialsRead = new Map<string, boolean>();

function readInitials(written: string): boolean {
  const lower = written.toLowerCase();
  const files = nounFileNumbers(lower);
  const asInitials = nounSenses(lower)
    .map((members, i) => ({ members, file: files[i] ?? -1 }))
    .filter((s) => s.members.includes(written))
    .map((s) => s.file);
  if (!asInitials.length || asInitials.includes(LEX_FILE.nounGroup)) return false;
  return asInitials.some((f) => ANY_SENSE_THING.has(f)) || FIRST_SENSE_THING.has(asInitials[0]!);
}

/** "women", "arabian", "officials": a noun (or a plural of one) whose commonest sense is a person. */
export function nounForPeople(w: string): boolean {
  const one = singular(w) !== w ? singular(w) : w.replace(/([^s])s$/, "$1");
  return nounKinds(w)[0] === "person" || nounKinds(one)[0] === "person";
}
