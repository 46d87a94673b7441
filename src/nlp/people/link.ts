/**
 * Name runs grouped into entities: people (full names first, then surnames and "Mr X" linked to
 * the person they name) and organisations and places (one entity for each distinct name).
 */
import type { EntityKind } from "../../model/analysis.js";
import { firstNameGender, givenNameGender, NAME_PARTICLES } from "../lexicon/person-names.js";
import { LEGAL_FORMS, namesABodyAlone } from "../lexicon/organisations.js";
import { HONORIFICS } from "../lexicon/titles.js";
import { nounKinds } from "../lexicon/wordnet.js";
import type { NameRun } from "./names.js";
import { PeopleIndex, type PersonDraft } from "./person-index.js";

export interface LinkedPeople {
  people: PersonDraft[];
  /** The person of each run that names one. */
  linked: Map<NameRun, PersonDraft>;
}

/** An organisation or place and the runs that name it. */
export interface OtherEntity {
  id: string;
  kind: EntityKind;
  name: string;
  runs: NameRun[];
}

const lower = (r: NameRun) => r.words.map((w) => w.toLowerCase());

/**
 * People: full names first, then surnames and "Mr X" linked to them. `oblique`: a run named after
 * a preposition ("brother of Fidel Castro"), not as a subject. `justBefore(x, r)`: run x is named
 * right before run r (by default, in its sentence or the one before).
 */
export function linkPeople(
  runs: NameRun[],
  isPerson: (r: NameRun) => boolean,
  oblique: (r: NameRun) => boolean = () => false,
  justBefore: (x: NameRun, r: NameRun) => boolean = (x, r) => r.sent - x.sent <= 1,
): LinkedPeople {
  const index = new PeopleIndex();
  const linked = new Map<NameRun, PersonDraft>();
  for (const r of runs) if (r.words.length >= 2 && isPerson(r)) addFullName(index, r);
  for (const r of runs) {
    if (linked.has(r) || (r.words.length >= 2 && isPerson(r))) {
      if (!linked.has(r)) {
        const d = index.ownerOf(r);
        if (d) linked.set(r, d);
      }
      continue;
    }
    const pick = personNamedBy(index, r, oblique, justBefore);
    if (pick) {
      index.addRun(pick, r);
      linked.set(r, pick);
      continue;
    }
    if (!isPerson(r)) continue;
    const person = index.withForm(lower(r).join(" ")) ?? index.create(r.words);
    index.addRun(person, r);
    linked.set(r, person);
  }
  for (const d of index.people) for (const r of d.runs) linked.set(r, d);
  return { people: index.people, linked };
}

/** A full name joins the person with the same name, a longer or a shorter form of it, else starts one. */
function addFullName(index: PeopleIndex, r: NameRun): void {
  const words = lower(r);
  // every form these can match ends with the same word
  const person =
    index
      .withLastWord(words[words.length - 1]!)
      .find((d) =>
        d.forms.some((f) => sameFullName(f, words) || endsWith(f, words) || endsWith(words, f)),
      ) ??
    index.withLastWord(words[words.length - 1]!).find((d) => underVariantName(d, r)) ??
    index.create(r.words);
  index.addRun(person, r);
}

/**
 * "Sandy Paradis" then "Sandra Paradis", "Pete Santilli" then "Peter Santilli": one person under
 * a given name and its short form — same surname, one given name is the other's start (a
 * diminutive's -y/-ie/-i/-ey aside, at least three letters kept), no gender between them differs,
 * and no sentence names both ("Sandy and Sandra Paradis" are two).
 */
function underVariantName(d: PersonDraft, r: NameRun): boolean {
  const words = lower(r);
  if (words.length < 2) return false;
  return d.runs.some(
    (x) =>
      x.words.length >= 2 &&
      x.words[x.words.length - 1]!.toLowerCase() === words[words.length - 1] &&
      givenNameVariants(x.words[0]!.toLowerCase(), words[0]!) &&
      !d.runs.some((y) => y.sent === r.sent),
  );
}

/** "sandy"/"sandra", "pete"/"peter", "alex"/"alexander": not "christian"/"christopher", nor "eric"/"erica". */
export function givenNameVariants(a: string, b: string): boolean {
  if (a === b) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const stemOf = short.replace(/(?:ie|ey|y|i)$/, "");
  const stem = stemOf.length >= 3 ? stemOf : short;
  if (stem.length < 3 || !long.startsWith(stem)) return false;
  const [ga, gb] = [givenNameGender(a), givenNameGender(b)];
  if (!ga || !gb) return false;
  return ga === "u" || gb === "u" || ga === gb;
}

/** The person a surname, first name or "Mr X" names: the one named last before it, of the honorific's gender. */
function personNamedBy(
  index: PeopleIndex,
  r: NameRun,
  oblique: (r: NameRun) => boolean,
  justBefore: (x: NameRun, r: NameRun) => boolean,
): PersonDraft | undefined {
  const words = lower(r);
  const key = words.join(" ");
  let candidates = index.endingWith(key);
  // "Mr. Ruiz" named before, then "Carla Ruiz": a later "Ruiz" may be either.
  const same = index.withForm(key);
  if (candidates.length && same && !candidates.includes(same)) candidates = [...candidates, same];
  // "Hu" or "Mr Hu" after "Hu Jintao": a name written family name first (no given name takes "Mr").
  if (!candidates.length && words.length === 1 && (!r.honorific || !firstNameGender(key)))
    candidates = index.startingWith(key);
  if (!candidates.length && words.length === 1 && r.honorific && BY_GIVEN_NAME.has(r.honorific))
    candidates = knightedFirst(index.startingWith(key), r.honorific);
  if (r.honorific) {
    const g = HONORIFICS[r.honorific]?.gender;
    const fitting = candidates.filter((d) => !g || !d.gender || d.gender === g);
    // "Mr. Ruiz" is not "Carla Ruiz, his wife": a gender known for sure (not a first name's guess) differs.
    if (!fitting.length && g && candidates.every((d) => !d.guessedGender)) return undefined;
    if (fitting.length) candidates = fitting;
  }
  if (candidates.length <= 1) return candidates[0];
  const last = namedLastBefore(candidates, r);
  // "Clinton" in an article about Hillary Clinton that named Bill Clinton paragraphs before: a
  // surname several people share stands for the article's main bearer of it, the one it
  // introduced first (news names the others in full, or by first name, each time) — unless
  // another was named right before it ("Bill Clinton spoke next. “…,” Clinton said.").
  if (last && !justBefore(last.at, r)) return mainBearer(candidates);
  if (!last || !oblique(last.at)) return last?.person ?? candidates[0];
  // "Raul Castro, younger brother of President Fidel Castro, …" then "Castro declared": a
  // subject is more salient than a name after a preposition ("brother of", "led by") in the
  // sentences just before it.
  const subject = namedLastBefore(candidates, r, (x) => !oblique(x));
  return subject && last.at.sent - subject.at.sent <= OBLIQUE_REACH ? subject.person : last.person;
}

/**
 * Of several people sharing a surname, the one introduced first, passing over those whose
 * gender nothing tells ("Team Trump", "Stunning Trump" of a Title-Case heading are no first
 * names) and those the article calls by their given name alone more often than in full (a child
 * "Elian" beside his father, Juan Gonzalez: the surname alone is the father's).
 */
function mainBearer(candidates: PersonDraft[]): PersonDraft {
  const byFirstName = (d: PersonDraft) => {
    const alone = d.runs.filter((x) => byGivenName(d, x)).length;
    return alone > d.runs.filter((x) => x.words.length > 1).length;
  };
  return (
    candidates.find((d) => d.gender && !byFirstName(d)) ??
    candidates.find((d) => d.gender) ??
    candidates[0]!
  );
}

/**
 * "Sir" and "Dame" go with the given name, not the surname (a knight or dame is "Sir Paul",
 * never "Sir McCartney"): "Sir Paul" after "Sir Paul McCartney" is that person. "Lord" and
 * "Lady" go with a surname or a place ("Lord Coe"), as "Mr" does.
 */
const BY_GIVEN_NAME = new Set(["sir", "dame"]);

/** Of the people with a given name, those already named with the same honorific, if any. */
function knightedFirst(people: PersonDraft[], honorific: string): PersonDraft[] {
  const knighted = people.filter((d) => d.honorific === honorific);
  return knighted.length ? knighted : people;
}

/** How many sentences back a subject outranks a later name after a preposition. */
const OBLIQUE_REACH = 2;

/**
 * Of several people a surname may name ("Castro" after "Fidel Castro" and "Raul Castro"), the
 * one named last before it in the text. A given name alone ("Ebeling and her husband, Tom")
 * does not count: news writes it to set that person apart from the one the surname names.
 */
function namedLastBefore(
  candidates: PersonDraft[],
  r: NameRun,
  counts: (x: NameRun) => boolean = () => true,
): { person: PersonDraft; at: NameRun } | undefined {
  let best: { person: PersonDraft; at: NameRun } | undefined;
  for (const d of candidates)
    for (const x of d.runs) {
      if (!before(x, r) || byGivenName(d, x) || !counts(x) || (best && before(x, best.at)))
        continue;
      best = { person: d, at: x };
    }
  return best;
}

const before = (a: NameRun, b: NameRun) => a.p < b.p || (a.p === b.p && a.start < b.start);

/** "Tom" of "Tom Ebeling": a given name alone. */
function byGivenName(d: PersonDraft, x: NameRun): boolean {
  if (x.words.length !== 1) return false;
  const w = x.words[0]!.toLowerCase();
  return d.forms.some((f) => f.length > 1 && f[0] === w && f[f.length - 1] !== w);
}

/**
 * Organisations and places: one entity for each distinct name not linked to a person; a shorter
 * name of an organisation named in full (shortBodyName) joins it.
 */
export function groupOthers(
  runs: NameRun[],
  linked: Map<NameRun, PersonDraft>,
): Map<string, OtherEntity> {
  const others = new Map<string, OtherEntity>();
  const kindCount = new Map<EntityKind, number>();
  const bodies = runs.filter((r) => !linked.has(r) && r.kind === "organisation");
  const fullOf = new Map<string, string | undefined>();
  for (const r of bodies) {
    // Decided where the text first gives the name.
    const name = r.words.join(" ").toLowerCase();
    if (!fullOf.has(name)) fullOf.set(name, fullBodyName(r, bodies)?.words.join(" ").toLowerCase());
  }
  for (const r of runs) {
    if (linked.has(r) || !r.kind || r.kind === "person") continue;
    const name = r.words.join(" ").toLowerCase();
    const key = `${r.kind}:${r.kind === "organisation" ? (fullOf.get(name) ?? name) : name}`;
    let e = others.get(key);
    if (!e) {
      const prefix = r.kind === "organisation" ? "o" : r.kind === "place" ? "l" : "w";
      const count = (kindCount.get(r.kind) ?? 0) + 1;
      kindCount.set(r.kind, count);
      e = { id: `${prefix}${count}`, kind: r.kind, name: r.words.join(" "), runs: [] };
      others.set(key, e);
    }
    e.runs.push(r);
    // The entity shows the name in full, wherever the text first gives it.
    if (key.endsWith(`:${name}`)) e.name = r.words.join(" ");
  }
  return others;
}

/** Words that close a body's name without changing which body it is: the legal forms of firms and "party", "group". */
const CLOSING_WORDS = new Set([...LEGAL_FORMS, "group", "party"]);

/** "Commission", "Department", "Journal": a word whose commonest sense (WordNet) is a group or a writing. */
function headOfBodies(word: string): boolean {
  const first = nounKinds(word)[0];
  return first === "group" || first === "communication";
}

/** "department" of "brisk department of education", "commission" of "european commission". */
function headWord(words: string[]): string {
  const k = words.findIndex((w, i) => i > 0 && (w === "of" || w === "for"));
  return k > 0 ? words[k - 1]! : words[words.length - 1]!;
}

/** Words a body's initials skip: "Federal Bureau of Investigation" is the FBI. */
const SKIPPED_IN_INITIALS = new Set(["of", "and", "the", "for", "&"]);

/**
 * "NRA" of "National Rifle Association"; and, three letters or more, the initials of the name
 * without a word or two of place before it ("RFS" of "NSW Rural Fire Service", "SES" of "Victoria
 * State Emergency Service"): papers drop the state or country their readers take for granted.
 */
function initialsFit(long: string[], initials: string): boolean {
  const words = long.filter((w) => !SKIPPED_IN_INITIALS.has(w));
  const all = words.map((w) => w[0]).join("");
  if (all === initials) return true;
  const dropped = all.length - initials.length;
  return initials.length >= 3 && dropped >= 1 && dropped <= 2 && all.endsWith(initials);
}

/**
 * The one longer organisation name the text gives that a shorter one stands for: its first
 * words before words that end bodies' names ("Courtaulds" of "Courtaulds PLC"), its initials
 * ("NRA" of "National Rifle Association"), or its head noun alone ("the Commission" of "the
 * European Commission"). None when two longer names fit ("Democratic" of "Democratic Party" and
 * "Democratic National Committee").
 */
function fullBodyName(r: NameRun, bodies: NameRun[]): NameRun | undefined {
  const short = r.words.map((w) => w.toLowerCase());
  const initials = short.length === 1 && /^[A-Z]{2,6}$/.test(r.words[0]!) ? short[0] : undefined;
  const fits = new Map<string, NameRun>();
  for (const b of bodies) {
    const long = b.words.map((w) => w.toLowerCase());
    if (long.length <= short.length) continue;
    // Not "BBC" of "BBC Sport": initials stand for a body, not for one part of it.
    const generic = short.length === 1 && namesABodyAlone(short[0]!);
    // "Courtaulds" of "Courtaulds PLC", "Labour" of "Labour Party"; not "Oxford University" of
    // "Oxford University Press" (another body).
    const prefix =
      !initials &&
      !generic &&
      short.every((w, i) => long[i] === w) &&
      long.slice(short.length).every((w) => CLOSING_WORDS.has(w.replace(/\.$/, "")));
    // "the Commission" after "the European Commission"; not "Congress" before "American Congress of …".
    // Not "the House" after "the White House": a word whose commonest sense is a building or a place.
    const head = generic && headOfBodies(short[0]!) && headWord(long) === short[0] && before(b, r);
    const abbreviated = !!initials && initialsFit(long, initials);
    if (prefix || head || abbreviated) fits.set(long.join(" "), b);
  }
  // A name that is itself a shorter form of a longer one: the longest stands for them all.
  const names = [...fits.keys()];
  const longest = names.sort((a, b) => b.length - a.length)[0];
  if (!longest) return undefined;
  return names.every((n) => longest.startsWith(n) || longest.endsWith(n))
    ? fits.get(longest)
    : undefined;
}

/** "ruud van nistelrooy" and "van nistelrooy"; "george w bush" and "george bush". */
function sameFullName(a: string[], b: string[]): boolean {
  if (a[a.length - 1] !== b[b.length - 1]) return false;
  const core = (w: string[]) => w.filter((x) => !NAME_PARTICLES.has(x) && x.length > 1);
  const ca = core(a);
  const cb = core(b);
  const [short, long] = ca.length <= cb.length ? [ca, cb] : [cb, ca];
  return short.every((w) => long.includes(w)) && (short.length > 1 || a.length === b.length);
}

function endsWith(full: string[], tail: string[]): boolean {
  if (tail.length > full.length) return false;
  return tail.every((w, i) => full[full.length - tail.length + i] === w);
}
