/**
 * Writes src/nlp/lexicon/irregular-forms-data.ts: the irregular past forms of English verbs
 * ("went" → "go", "held" → "hold") and the irregular plurals of nouns ("women" → "woman"),
 * read from compromise (MIT): every verb its lexicon knows (#Infinitive), conjugated by its own
 * models, and its table of irregular plurals. Only forms whose Porter stem differs from their
 * base's are kept (the stemmer already meets "asked" and "ask"), and a form the lexicon tags as
 * a noun only ("rose", "wound") is not taken for a verb, and a pair is kept only when compromise's
 * conjugation of the base gives the form back and WordNet knows the base as a verb (a check on
 * both; compromise's lexicon has a few misspelt entries). The noun-shaped forms left out are
 * written to a list of their own (NOUN_SHAPED_PAST_FORMS), for checking that a sentence says a
 * verb a question asked ("how much did prices rise": "rose"). Loading compromise costs
 * ~1 s at start and ~0.4 s in every worker thread, the table nothing. Rerun after upgrading
 * compromise: `npm run gen`.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import nlp from "compromise";
import { stem } from "../../src/nlp/tokens.js";
import { isWordAs, nounSenses } from "../../src/nlp/lexicon/wordnet.js";

type Tag = string | string[];
interface Model {
  one: { lexicon: Record<string, Tag> };
  two: {
    irregularPlurals: Record<string, string>;
    models: Record<"toPast" | "toParticiple", { ex: Record<string, string> }>;
  };
}
const model = nlp.model() as unknown as Model;
const lexicon = model.one.lexicon;
const tagsOf = (word: string): string[] => {
  const t = lexicon[word];
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
};
const VERB_TAGS = ["Verb", "PastTense", "Participle", "Infinitive", "PresentTense"];
const NOT_VERB_TAGS = ["Noun", "Singular", "Plural", "Uncountable", "ProperNoun"];

/** A form the lexicon tags as a noun and never as a verb ("ground", "wound"). */
function nounOnly(word: string): boolean {
  const tags = tagsOf(word);
  return tags.some((t) => NOT_VERB_TAGS.includes(t)) && !tags.some((t) => VERB_TAGS.includes(t));
}

/** The base form compromise gives a word its lexicon tags as a past form ("held" → "hold"). */
function baseOf(form: string): string {
  const doc = nlp(form).compute("root");
  const term = (doc.json() as { terms: { root?: string }[] }[])[0]?.terms[0];
  return term?.root ?? form;
}

function isPastInLexicon(word: string): boolean {
  return tagsOf(word).some((t) => t === "PastTense" || t === "Participle");
}

/** "acting", "acted": a verb's own inflection, not a base ("bring", "need" are bases). */
function isInflected(word: string): boolean {
  const m = /^(.{2,}?)(?:ing|ed)$/.exec(word);
  return !!m && !word.endsWith("eed") && isWordAs(m[1]!, "verb");
}

/** "added", "focused", "panicked", "tried": the regular spelling rules, only the stemmer misses them. */
function isRegularPast(form: string, base: string): boolean {
  const regular = [`${base}ed`, `${base}${base.at(-1)}ed`, `${base}ked`];
  if (base.endsWith("e")) regular.push(`${base}d`);
  if (/[^aeiou]y$/.test(base)) regular.push(`${base.slice(0, -1)}ied`);
  return regular.includes(form);
}

/** Forms of the helping verbs ("was", "had", "did"): function words, not what a sentence reports. */
function isHelping(form: string): boolean {
  return (
    tagsOf(form).some((t) => t === "Copula" || t === "Auxiliary") || /^(?:had|did|done)$/.test(form)
  );
}

/** The past tense and participle compromise's models give a verb ("hold" → "held"). */
function pastOf(base: string): string[] {
  const doc = nlp(base);
  doc.tag("Infinitive");
  const forms = doc.verbs().conjugate()[0] as Record<string, string> | undefined;
  return [forms?.["PastTense"], forms?.["Participle"]].filter((f): f is string => !!f);
}

// Candidates both ways — the lexicon's past forms with their root, and the lexicon's verbs with
// their past forms — kept when the verb's conjugation gives the form back (a check on both).
const candidates: [string, string][] = [];
for (const name of ["toPast", "toParticiple"] as const)
  for (const [base, form] of Object.entries(model.two.models[name].ex))
    candidates.push([form, base]);
for (const word of Object.keys(lexicon)) {
  if (!/^[a-z]+$/.test(word)) continue;
  const tags = tagsOf(word);
  if (tags.includes("Copula") || tags.includes("Auxiliary")) continue;
  if (isPastInLexicon(word)) candidates.push([word, baseOf(word)]);
  // The lexicon tags many verbs by their commoner noun sense ("hold", "fall": #Singular).
  if (tags.includes("Infinitive") || isWordAs(word, "verb"))
    for (const form of pastOf(word)) candidates.push([form, word]);
}
/** A word compromise tags as a verb in "they often X" ("leaves", "ties"): not only a plural. */
function isVerbForm(word: string): boolean {
  return nlp(`it often ${word}`).has(`(${word} && #Verb)`);
}

/** Forms compromise knows as past forms: its tables of exceptions and its lexicon's #PastTense and #Participle. */
// (also its adjectives that are no noun: "known", "worn", "frozen" are tagged by their adjective sense).
const knownForms = new Set(
  candidates
    .filter(
      ([form]) =>
        isPastInLexicon(form) || (tagsOf(form).includes("Adjective") && !isWordAs(form, "noun")),
    )
    .map(([form]) => form),
);
for (const name of ["toPast", "toParticiple"] as const)
  for (const form of Object.values(model.two.models[name].ex)) knownForms.add(form);

const pastForms = new Map<string, string>();
const dropped: string[] = [];
const nounShaped = new Map<string, string>();
for (const [form, base] of candidates) {
  if (!/^[a-z]+$/.test(form) || !/^[a-z]+$/.test(base) || stem(form) === stem(base)) continue;
  if (!knownForms.has(form) || pastForms.has(form) || !pastOf(base).includes(form)) continue;
  if (!isWordAs(base, "verb") || isInflected(base) || isRegularPast(form, base) || isHelping(form))
    continue;
  if (nounOnly(form)) {
    if (!dropped.includes(form)) dropped.push(form);
    if (!nounShaped.has(form)) nounShaped.set(form, base);
    continue;
  }
  pastForms.set(form, base);
}

const plurals = new Map<string, string>();
for (const [singular, plural] of Object.entries(model.two.irregularPlurals))
  // A plural WordNet lists as a noun of its own keeps its meaning ("people", "opera").
  if (
    /^[a-z]+$/.test(plural) &&
    stem(plural) !== stem(singular) &&
    !isVerbForm(plural) &&
    !nounSenses(plural).length
  )
    plurals.set(plural, singular);

const pairs = (m: Map<string, string>) =>
  [...m]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([form, base]) => `${form}:${base}`)
    .join(" ");

let out =
  "// Generated by scripts/build/irregular-forms.ts (npm run gen) from compromise (MIT): its lexicon's verbs conjugated by its models, and its irregular plurals. Do not edit by hand.\n";
out += "// Each list is 'form:base' pairs separated by spaces.\n";
out += `\nexport const PAST_FORMS = ${JSON.stringify(pairs(pastForms))};\n`;
out += `\nexport const PLURALS = ${JSON.stringify(pairs(plurals))};\n`;
out +=
  '\n// Past forms the lexicon tags as nouns only ("rose", "wound"): for checking a verb already asked about, never for the index.\n';
out += `export const NOUN_SHAPED_PAST_FORMS = ${JSON.stringify(pairs(nounShaped))};\n`;
writeFileSync(path.join(import.meta.dirname, "../../src/nlp/lexicon/irregular-forms-data.ts"), out);
console.log(`nouns, not taken for past forms: ${dropped.join(" ")}`);
console.log(`PAST_FORMS: ${pastForms.size}, PLURALS: ${plurals.size}`);
